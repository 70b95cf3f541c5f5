//! Hostile input: odd bytes, huge and deep structures, closed pipes. Each gives a
//! clear error or a correct result, exit 1 or 2, never a panic.

use crate::common::*;

fn validate_bytes(name: &str, bytes: &[u8]) -> (i32, String) {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    let o = run(&["validate", &path.to_string_lossy()], None);
    let err = text(&o.stderr);
    assert!(!err.contains("panicked"), "{name}: {err}");
    (code(&o), err)
}

#[test]
fn empty_and_bom_only_files_say_they_are_empty() {
    for (name, bytes) in [
        ("empty.toml", &b""[..]),
        ("bom.toml", &b"\xef\xbb\xbf"[..]),
        ("blank.toml", &b"\n  \r\n"[..]),
    ] {
        let (status, err) = validate_bytes(name, bytes);
        assert_eq!(status, 1, "{name}");
        assert!(
            err.contains("error[empty-file]: this file is empty"),
            "{name}: {err}"
        );
    }
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_crash() {
    let deep = format!("a = {}{}", "[".repeat(100_000), "]".repeat(100_000));
    let (status, err) = validate_bytes("deep.toml", deep.as_bytes());
    assert_eq!(status, 1);
    assert!(err.contains("error[toml-syntax]"), "{err}");
    let inline = format!("a = {}1{}", "{ b = ".repeat(5_000), " }".repeat(5_000));
    let (status, _) = validate_bytes("deep-inline.toml", inline.as_bytes());
    assert_eq!(status, 1);
}

#[test]
fn huge_arrays_many_teams_and_long_lines_are_handled() {
    let head = "definition = \"partnerschapscan\"\n[session]\norganisation = \"X\"\n";
    let votes = vec!["3"; 100_000].join(", ");
    let big = format!(
        "{head}[[team]]\nname = \"T\"\ntype = \"primary\"\n[team.answers.A1]\nvotes = [{votes}]\n"
    );
    let (status, err) = validate_bytes("votes.toml", big.as_bytes());
    assert_eq!(status, 0, "{err}");
    assert!(err.contains("left 23 of 24 items unanswered"), "{err}");

    let teams: String = (0..3000)
        .map(|i| {
            format!("[[team]]\nname = \"T{i}\"\ntype = \"primary\"\n[team.answers.A1]\nscore = 3\n")
        })
        .collect();
    let (status, err) = validate_bytes("teams.toml", format!("{head}{teams}").as_bytes());
    assert_eq!(status, 0);
    assert!(
        err.contains("0 errors, 3000 warnings"),
        "{}",
        err.lines().last().unwrap_or("")
    );

    let long = format!("{head}colour = \"{}\"\n", "a".repeat(2_000_000));
    let (status, err) = validate_bytes("long.toml", long.as_bytes());
    assert_eq!(status, 1);
    let shown = err
        .lines()
        .find(|l| l.starts_with("4 |"))
        .unwrap_or_default();
    assert!(
        shown.chars().count() < 200,
        "a long line is shown cut around the caret: {} chars",
        shown.len()
    );
}

#[test]
fn control_characters_in_names_do_not_reach_the_terminal() {
    let text = "definition = \"partnerschapscan\"\n[session]\norganisation = \"X\"\n[[team]]\nname = \"\\u001b[31mrood\"\ntype = \"nergens\"\n";
    let (status, err) = validate_bytes("ctl.toml", text.as_bytes());
    assert_eq!(status, 1);
    assert!(
        !err.contains('\u{1b}'),
        "escape codes are shown escaped: {err:?}"
    );
    assert!(err.contains("\\u{1b}[31mrood"), "{err}");
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    use std::io::Read;
    use std::process::Stdio;
    // Many problems (far more output than a pipe holds), a reader that stops after a
    // few bytes.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut many =
        String::from("definition = \"partnerschapscan\"\n[session]\norganisation = \"X\"\n");
    for i in 0..3000 {
        many.push_str(&format!("onbekend{i} = 1\n"));
    }
    let file = dir.path().join("many.toml");
    std::fs::write(&file, many).expect("written");
    let mut child = scan()
        .args(["validate", "--format", "json"])
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let out = child.wait_with_output().expect("ends");
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{:?} {err}",
        out.status
    );
}

// ---------------------------------------------------------------------------------
// The payload corpus (tests/fixtures/hostile/): a custom definition and two sessions
// whose every string is hostile, through `report` and `compare` in every format.

const CORPUS: &str = "tests/fixtures/hostile";
const SESSIONS: [&str; 2] = [
    "tests/fixtures/hostile/club.toml",
    "tests/fixtures/hostile/school.toml",
];

fn ok_stdout(args: &[&str]) -> String {
    let o = run(args, None);
    assert_eq!(code(&o), 0, "scan {args:?}: {}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    text(&o.stdout)
}

/// Runs of whitespace as one space, so that names with newlines can be found.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every string value of a TOML file below the given keys (e.g. `name`, `title`).
fn strings_at(file: &str, keys: &[&str]) -> Vec<String> {
    fn walk(v: &toml::Value, keys: &[&str], here: Option<&str>, out: &mut Vec<String>) {
        match v {
            toml::Value::String(s) if here.is_some_and(|k| keys.contains(&k)) => {
                out.push(s.clone())
            }
            toml::Value::Array(a) => a.iter().for_each(|x| walk(x, keys, here, out)),
            toml::Value::Table(t) => t.iter().for_each(|(k, x)| walk(x, keys, Some(k), out)),
            _ => {}
        }
    }
    let text = std::fs::read_to_string(root().join(file)).expect("fixture");
    let value: toml::Value = toml::from_str(&text).expect("fixture is TOML");
    let mut out = Vec::new();
    walk(&value, keys, None, &mut out);
    assert!(!out.is_empty(), "{file} has {keys:?}");
    out
}

/// Plain-text fields that the report of `session` must show whole: its own and those
/// of its definition (scale labels, titles, the label of the type its teams have).
/// Markdown fields such as `text` and `notes` are rendered, so they are checked by
/// marker instead.
fn plain_fields(session: &str) -> Vec<String> {
    let definition = "tests/fixtures/hostile/hostile-scan.toml";
    let kind = strings_at(session, &["type"]);
    let mut all = strings_at(definition, &["labels", "title"]);
    all.extend(strings_at(definition, &[kind[0].as_str()]));
    all.extend(strings_at(
        session,
        &[
            "organisation",
            "location",
            "facilitator",
            "guests",
            "name",
            "examples",
            "owner",
            "title",
        ],
    ));
    all.into_iter().map(|s| squash(&s)).collect()
}

/// One tag of an HTML document: its name and attributes (values decoded).
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
}

fn decode_entities(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let body = &rest[1..e];
            let c = match body {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let n = body
                        .strip_prefix("#x")
                        .or_else(|| body.strip_prefix("#X"))
                        .map(|h| u32::from_str_radix(h, 16))
                        .or_else(|| body.strip_prefix('#').map(str::parse::<u32>));
                    n.and_then(Result::ok).and_then(char::from_u32)
                }
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The tags, the text and the stylesheets of an HTML page, read the way a browser
/// tokenises it (user text is escaped, so every `<` in the output starts real markup).
fn html_parts(html: &str) -> (Vec<Tag>, String, Vec<String>) {
    let mut tags = Vec::new();
    let mut text = String::new();
    let mut styles = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        text.push_str(&decode_entities(&rest[..i]));
        text.push(' ');
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").expect("comment closed");
            rest = &after[end + 3..];
            continue;
        }
        let end = rest.find('>').expect("tag closed");
        let inner = &rest[1..end];
        rest = &rest[end + 1..];
        if inner.starts_with('!') || inner.starts_with('/') {
            continue;
        }
        let inner = inner.trim_end_matches('/');
        let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut a = inner[name_end..].trim_start();
        while !a.is_empty() {
            let key_end = a
                .find(|c: char| c == '=' || c.is_whitespace())
                .unwrap_or(a.len());
            let key = a[..key_end].to_ascii_lowercase();
            a = a[key_end..].trim_start();
            let mut value = String::new();
            if let Some(v) = a.strip_prefix('=') {
                let v = v.trim_start();
                let (val, next) = match v.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let close = v[1..].find(q).expect("quoted value closed") + 1;
                        (&v[1..close], &v[close + 1..])
                    }
                    _ => {
                        let e = v.find(char::is_whitespace).unwrap_or(v.len());
                        (&v[..e], &v[e..])
                    }
                };
                value = decode_entities(val);
                a = next.trim_start();
            }
            attrs.push((key, value));
        }
        if name == "style" {
            let close = rest.find("</style>").expect("style closed");
            styles.push(rest[..close].to_string());
            rest = &rest[close..];
        }
        tags.push(Tag { name, attrs });
    }
    text.push_str(&decode_entities(rest));
    (tags, text, styles)
}

/// Nothing in the page can run, load or leave: only known tags, no event handlers,
/// no `src`, links only to the page itself, the web or the neighbouring reports, no
/// stylesheet with user text or a `url(`.
pub(crate) fn assert_safe_html(html: &str, what: &str) {
    const TAGS: &[&str] = &[
        "a",
        "abbr",
        "article",
        "blockquote",
        "body",
        "br",
        "caption",
        "circle",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "footer",
        "g",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "li",
        "line",
        "main",
        "meta",
        "nav",
        "ol",
        "p",
        "path",
        "polyline",
        "pre",
        "rect",
        "section",
        "small",
        "span",
        "strong",
        "style",
        "svg",
        "table",
        "tbody",
        "td",
        "text",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "ul",
        "desc",
        "polygon",
        "tspan",
        "input",
        "label",
        "details",
        "summary",
        "tfoot",
    ];
    let (tags, _, styles) = html_parts(html);
    assert!(!tags.is_empty(), "{what}: no tags");
    for tag in &tags {
        assert!(
            TAGS.contains(&tag.name.as_str()),
            "{what}: unexpected <{}>",
            tag.name
        );
        if tag.name == "input" {
            let kind = tag.attrs.iter().find(|(k, _)| k == "type");
            assert!(
                kind.is_some_and(|(_, v)| v == "checkbox"),
                "{what}: an input that is not a checkbox"
            );
        }
        for (key, value) in &tag.attrs {
            let v = value.to_ascii_lowercase();
            assert!(!key.starts_with("on"), "{what}: <{} {key}=…>", tag.name);
            assert!(
                !matches!(
                    key.as_str(),
                    "src" | "srcset" | "action" | "formaction" | "background" | "poster" | "data"
                ),
                "{what}: <{} {key}=…> loads something",
                tag.name
            );
            // What a browser would take as the scheme: control characters and spaces
            // are ignored there.
            let scheme: String = v
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect();
            assert!(
                !["javascript:", "vbscript:", "data:"]
                    .iter()
                    .any(|s| scheme.starts_with(s)),
                "{what}: <{} {key}={value:?}>",
                tag.name
            );
            if key == "style" {
                assert!(
                    !v.contains("url(") && !v.contains("expression("),
                    "{what}: style={value:?}"
                );
            }
            if key == "href" || key == "xlink:href" {
                assert_eq!(tag.name, "a", "{what}: only links have an href");
                let fine = v.starts_with('#')
                    || v.starts_with("https://")
                    || v.starts_with("http://")
                    || v.starts_with("mailto:")
                    || (!v.contains(':') && !v.contains('/') && v.ends_with(".html"));
                assert!(fine, "{what}: href={value:?}");
            }
        }
    }
    assert_eq!(styles.len(), 1, "{what}: one stylesheet, the report's own");
    for css in &styles {
        let lower = css.to_ascii_lowercase();
        for bad in ["url(", "@import", "expression(", "evil", "</"] {
            assert!(!lower.contains(bad), "{what}: `{bad}` in the stylesheet");
        }
    }
}

/// Every unescaped pipe in a table row counted: a row has as many as its header.
fn unescaped_pipes(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    let mut in_code = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => {
                escaped = true;
                continue;
            }
            '`' if !escaped => in_code = !in_code,
            '|' if !escaped => n += 1,
            _ => {}
        }
        escaped = false;
    }
    n
}

/// The Markdown is whole: tables keep their columns, nothing user-written becomes a
/// heading, raw HTML, an image or a script link, and template tags are escaped.
fn assert_safe_markdown(md: &str, what: &str) {
    for tag in ["{{", "}}", "{%", "%}", "{#", "#}"] {
        assert!(
            !md.contains(tag),
            "{what}: `{tag}` left for a template engine"
        );
    }
    assert_markdown_structure(md, what);
}

/// [`assert_safe_markdown`] without the template-tag check (answers may hold code
/// spans, which show `{{` as written).
pub(crate) fn assert_markdown_structure(md: &str, what: &str) {
    use comrak::nodes::NodeValue;
    crate::gfm::assert_gfm_safe(md, what);
    let mut header: Option<usize> = None;
    let mut in_fence = false;
    for line in md.lines() {
        if line.starts_with("```") {
            in_fence = !in_fence;
        }
        if !in_fence && line.starts_with('|') {
            let n = unescaped_pipes(line);
            match header {
                None => header = Some(n),
                Some(h) => assert_eq!(n, h, "{what}: table row broken: {line}"),
            }
        } else {
            header = None;
        }
    }
    let arena = comrak::Arena::new();
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.autolink = true;
    options.extension.strikethrough = true;
    let root = comrak::parse_document(&arena, md, &options);
    let mut h1 = 0;
    for node in root.descendants() {
        match &node.data().value {
            NodeValue::HtmlBlock(b) => assert_eq!(
                b.literal.trim(),
                "<!-- end list -->",
                "{what}: raw HTML block"
            ),
            NodeValue::HtmlInline(h) => panic!("{what}: raw HTML {h:?}"),
            NodeValue::Image(_) => panic!("{what}: an image"),
            NodeValue::Link(link) => {
                let url = link.url.to_ascii_lowercase();
                assert!(
                    url.starts_with("https://")
                        || url.starts_with("http://")
                        || url.starts_with("mailto:")
                        || (!url.contains(':') && url.ends_with(".md")),
                    "{what}: link to {url}"
                );
            }
            NodeValue::Heading(h) => {
                let mut words = String::new();
                for d in node.descendants() {
                    if let NodeValue::Text(t) = &d.data().value {
                        words.push_str(t);
                    }
                }
                assert!(
                    !words.trim_start().starts_with("HEADING-INJECT"),
                    "{what}: user text became a heading: {words}"
                );
                if h.level == 1 {
                    h1 += 1;
                }
            }
            _ => {}
        }
    }
    assert_eq!(h1, 1, "{what}: one title");
}

/// The text a reader sees in a Markdown document (escapes and references resolved).
fn markdown_text(md: &str) -> String {
    use comrak::nodes::NodeValue;
    let arena = comrak::Arena::new();
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.autolink = true;
    let root = comrak::parse_document(&arena, md, &options);
    let mut out = String::new();
    for node in root.descendants() {
        match &node.data().value {
            NodeValue::Text(t) => out.push_str(t),
            NodeValue::Code(c) => out.push_str(&c.literal),
            NodeValue::SoftBreak
            | NodeValue::LineBreak
            | NodeValue::Paragraph
            | NodeValue::TableCell
            | NodeValue::Heading(_)
            | NodeValue::Item(_) => out.push(' '),
            _ => {}
        }
    }
    squash(&out)
}

fn assert_nothing_evaluated(out: &str, what: &str) {
    assert!(
        !out.contains("3333"),
        "{what}: {{{{ 1111*3 }}}} was evaluated"
    );
}

#[test]
fn the_payload_corpus_stays_text_in_every_report_format() {
    for session in SESSIONS {
        for lang in ["en", "nl"] {
            let what = format!("{session} {lang}");
            let html = ok_stdout(&["report", "-q", "--format", "html", "--lang", lang, session]);
            assert_safe_html(&html, &what);
            assert_nothing_evaluated(&html, &what);
            let (_, seen, _) = html_parts(&html);
            let seen = squash(&seen);
            assert!(
                seen.contains("{{ 7*7 }}"),
                "{what}: template tags shown as written"
            );
            let md = ok_stdout(&["report", "-q", "--lang", lang, session]);
            assert_safe_markdown(&md, &what);
            assert_nothing_evaluated(&md, &what);
            let md_seen = markdown_text(&md);
            // Nothing lost: every plain field of the session and its definition is
            // there in full, as text.
            for f in plain_fields(session) {
                assert!(seen.contains(f.as_str()), "{what}: HTML lost {f:?}");
                assert!(md_seen.contains(f.as_str()), "{what}: Markdown lost {f:?}");
            }
        }
        let json: serde_json::Value =
            serde_json::from_str(&ok_stdout(&["report", "-q", "--format", "json", session]))
                .expect("JSON");
        let orgs = strings_at(session, &["organisation"]);
        assert_eq!(
            json["session"]["organisation"],
            orgs[0].as_str(),
            "unchanged"
        );
        let names: Vec<&str> = json["teams"]
            .as_array()
            .expect("teams")
            .iter()
            .filter_map(|t| t["name"].as_str())
            .collect();
        assert_eq!(
            names,
            strings_at(session, &["name"]),
            "team names unchanged"
        );
    }
    // A folder of them: one report each and an index, all as safe.
    for format in ["md", "html"] {
        let dir = tempfile::tempdir().expect("tmp");
        let out = dir.path().join("out");
        let out_s = out.to_string_lossy().into_owned();
        ok_stdout(&["report", "-q", "--format", format, "-o", &out_s, CORPUS]);
        let written = files_below(&out, format);
        assert_eq!(written.len(), 3, "{written:?}");
        for f in written {
            let page = std::fs::read_to_string(&f).expect("written");
            let what = f.display().to_string();
            if format == "html" {
                assert_safe_html(&page, &what);
            } else {
                assert_safe_markdown(&page, &what);
            }
            assert_nothing_evaluated(&page, &what);
        }
    }
}

#[test]
fn the_payload_corpus_stays_text_in_every_comparison_format() {
    let json_names = |by: &str| -> Vec<String> {
        let out = ok_stdout(&[
            "compare", "-q", "--format", "json", "--by", by, "--role", "all", CORPUS,
        ]);
        let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        v["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .map(|g| g.as_str().expect("a name").to_string())
            .collect()
    };
    // JSON carries the names exactly as written.
    let mut teams = json_names("team");
    teams.sort();
    let mut want: Vec<String> = SESSIONS
        .iter()
        .flat_map(|s| strings_at(s, &["name"]))
        .collect();
    want.sort();
    assert_eq!(teams, want);
    for by in ["type", "team", "organisation", "role", "file"] {
        let base = [
            "compare",
            "-q",
            "--by",
            by,
            "--role",
            "all",
            "--examples",
            CORPUS,
        ];
        let what = format!("compare --by {by}");
        let html = ok_stdout(&[&base[..], &["--format", "html"]].concat());
        assert_safe_html(&html, &what);
        assert_nothing_evaluated(&html, &what);
        let md = ok_stdout(&base);
        assert_safe_markdown(&md, &what);
        assert_nothing_evaluated(&md, &what);
        let names = json_names(by);
        let md_seen = markdown_text(&md);
        let (_, html_seen, _) = html_parts(&html);
        let html_seen = squash(&html_seen);
        for n in &names {
            assert!(md_seen.contains(&squash(n)), "{what}: Markdown lost {n:?}");
            assert!(html_seen.contains(&squash(n)), "{what}: HTML lost {n:?}");
        }
        // CSV: a standard reader, the same columns on every row, the names whole, and
        // nothing a spreadsheet would run as a formula.
        let csv_text = ok_stdout(&[&base[..], &["--format", "csv", "--lang", "en"]].concat());
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let header = reader.headers().expect("header").clone();
        assert_eq!(header.len(), 18);
        let mut groups = std::collections::BTreeSet::new();
        for row in reader.records() {
            let row = row.expect("a CSV row");
            assert_eq!(row.len(), 18, "{what}: {row:?}");
            for field in [&row[1], &row[2], &row[3], &row[4]] {
                assert!(
                    !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{what}: {field:?} would run in a spreadsheet"
                );
            }
            groups.insert(row[4].to_string());
        }
        let want: std::collections::BTreeSet<String> = names
            .iter()
            .chain(std::iter::once(&"Total".to_string()))
            .map(|n| {
                if n.starts_with(['=', '+', '-', '@']) {
                    format!("'{n}")
                } else {
                    n.clone()
                }
            })
            .collect();
        assert_eq!(groups, want, "{what}");
    }
}

/// Like `scan … | head -c 1`: reads one byte, hangs up, and the command must end
/// without a panic or a signal.
fn hang_up_after_one_byte(dir: &std::path::Path, args: &[&str]) {
    use std::process::Stdio;
    let mut child = scan()
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut out = child.stdout.take().expect("stdout");
    let mut one = [0u8; 1];
    let _ = std::io::Read::read(&mut out, &mut one);
    drop(out);
    let o = child.wait_with_output().expect("wait");
    let err = text(&o.stderr);
    assert!(!err.contains("panicked"), "{args:?}: {err}");
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{args:?}: {:?} {err}",
        o.status
    );
}

#[test]
fn every_command_with_long_output_survives_a_closed_pipe() {
    let here = root();
    for args in [
        &[
            "compare",
            "-q",
            "--examples",
            "--by",
            "team",
            "--role",
            "all",
            CORPUS,
        ][..],
        &["compare", "-q", "--format", "html", "--examples", CORPUS],
        &["compare", "-q", "--format", "csv", CORPUS],
        &["compare", "-q", "--format", "json", CORPUS],
        &["report", "-q", "tests/fixtures/hostile/club.toml"],
        &["fmt", "-"],
        &["list"],
        &["completions", "bash"],
        &["schema", "--for", "partnerschapscan"],
    ] {
        hang_up_after_one_byte(&here, args);
    }
    // JSON that is written as it is made, larger than a pipe's buffer.
    let many = tempfile::tempdir().expect("tempdir");
    let mut teams =
        String::from("definition = \"partnerschapscan\"\n\n[session]\norganisation = \"X\"\n");
    for i in 0..400 {
        teams.push_str(&format!(
            "\n[[team]]\nname = \"Team {i}\"\ntype = \"primary\"\n"
        ));
    }
    std::fs::write(many.path().join("many.toml"), teams).expect("write");
    for args in [
        &["report", "-q", "--format", "json", "many.toml"][..],
        &[
            "compare",
            "-q",
            "--by",
            "team",
            "--format",
            "json",
            "many.toml",
        ],
    ] {
        hang_up_after_one_byte(many.path(), args);
    }
    let (repo, _) = crate::history::story();
    for args in [
        &["history", "sessies/regenboog.toml"][..],
        &["history", "--format", "html", "sessies/regenboog.toml"],
        &["history", "--format", "json", "sessies/regenboog.toml"],
        &["diff", "HEAD~2", "sessies/regenboog.toml"],
    ] {
        hang_up_after_one_byte(repo.path(), args);
    }
}

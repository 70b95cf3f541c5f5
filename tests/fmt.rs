//! `scan fmt`: formatting changes no value, keeps every comment, is idempotent, and
//! `--check` reports without touching anything. Run on every example, on what
//! `scan new` writes, and on hand-made messy files (`tests/fixtures/fmt/`, plus CRLF and
//! BOM variants made here).

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::*;

/// The TOML data of a text (BOM removed), to compare before and after.
fn data(text: &str) -> toml::Table {
    toml::from_str(text.trim_start_matches('\u{feff}')).expect("valid TOML")
}

/// Every full-line comment and every end-of-line comment, trimmed: independent of
/// the formatter's own bookkeeping. End-of-line comments are found on lines that hold
/// no string quotes, so no `#` inside text is taken for one.
fn comment_texts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with('#') {
            out.push(t.to_string());
        } else if !t.contains('"')
            && !t.contains('\'')
            && let Some(i) = t.find('#')
        {
            out.push(t[i..].trim().to_string());
        }
    }
    out
}

fn copy_to(dir: &Path, from: &Path) -> PathBuf {
    let to = dir.join(from.file_name().expect("name"));
    fs::copy(from, &to).expect("copy");
    // A definition beside an example is needed to load it.
    if let Some(parent) = from.parent() {
        for f in files_below(parent, "toml") {
            let target = dir.join(f.file_name().expect("name"));
            if !target.exists() {
                fs::copy(&f, target).expect("copy definition");
            }
        }
    }
    to
}

/// Formats `path` in place; returns (before, after).
fn format_file(path: &Path) -> (String, String) {
    let before = fs::read_to_string(path).expect("read");
    let o = run(&["fmt", &path.to_string_lossy()], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let after = fs::read_to_string(path).expect("read");
    (before, after)
}

fn assert_keeps_everything(name: &str, before: &str, after: &str) {
    let kept = comment_texts(after);
    for c in comment_texts(before) {
        assert!(kept.contains(&c), "{name}: comment `{c}` kept\n{after}");
    }
    assert_same_data_and_comments(name, before, after);
}

/// Values compared as TOML data; comments found by `scan::toml_layout::comments`, a scanner
/// that knows strings (so text like "# not a comment" inside a string is not one).
fn assert_same_data_and_comments(name: &str, before: &str, after: &str) {
    assert_eq!(data(before), data(after), "{name}: same values");
    let mut a = scan::toml_layout::comments(before);
    let mut b = scan::toml_layout::comments(after);
    a.sort();
    b.sort();
    assert_eq!(a, b, "{name}: the same comments, no more");
}

fn session_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = files_below(&root().join("examples"), "toml")
        .into_iter()
        .filter(|f| fs::read_to_string(f).expect("read").contains("\n[session]"))
        .collect();
    files.extend(files_below(&root().join("tests/fixtures/fmt"), "toml"));
    assert!(files.len() >= 5, "{files:?}");
    files
}

#[test]
fn formatting_keeps_every_value_and_comment_and_a_second_run_changes_nothing() {
    for file in session_files() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = copy_to(dir.path(), &file);
        let name = file.display().to_string();
        let (before, after) = format_file(&path);
        assert_keeps_everything(&name, &before, &after);
        let (_, again) = format_file(&path);
        assert_eq!(after, again, "{name}: idempotent");
        let (status, v) = validate_json(&[&path.to_string_lossy()]);
        assert_eq!((status, &v["errors"]), (0, &serde_json::json!(0)), "{v:#}");
    }
}

#[test]
fn the_shipped_examples_are_formatted() {
    let o = run(&["fmt", "--check", "examples"], None);
    assert_eq!(
        code(&o),
        0,
        "run `scan fmt examples`:\n{}{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn what_scan_new_writes_is_formatted() {
    let o = run(
        &[
            "new",
            "--org",
            "Test",
            "--type",
            "primary",
            "--type",
            "childcare",
            "--parents",
        ],
        None,
    );
    assert_eq!(code(&o), 0);
    let check = run(&["fmt", "--check", "-"], Some(&o.stdout));
    assert_eq!(code(&check), 0, "{}", text(&check.stdout));
}

#[test]
fn messy_files_get_the_canonical_layout() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = copy_to(dir.path(), &root().join("tests/fixtures/fmt/messy.toml"));
    let (_, after) = format_file(&path);
    // Answers in the definition's order, indented two spaces.
    let a1 = after.find("  [team.answers.A1]").expect("A1");
    let b1 = after.find("  [team.answers.B1]").expect("B1");
    let c1 = after.find("  [team.answers.C1]").expect("C1");
    assert!(a1 < b1 && b1 < c1, "{after}");
    // Double quotes everywhere; text over lines as a block.
    assert!(!after.contains("'Kindcentrum"), "{after}");
    assert!(after.contains("organisation = \"Kindcentrum De Regenboog\""));
    assert!(
        after.contains("text = \"\"\"\nline one\nline two\"\"\""),
        "{after}"
    );
    // Keys in a fixed order; [targets] before [[action]], in definition order.
    let org = after.find("organisation =").expect("org");
    let fac = after.find("facilitator =").expect("facilitator");
    assert!(org < fac);
    assert!(after.find("[targets]") < after.find("[[action]]"));
    assert!(
        after.contains("[targets]\nA = 2\nB1 = 2.5\nC1 = 3\n"),
        "{after}"
    );
    // Comments stay with what they describe.
    assert!(after.contains("# where we met\nlocation ="), "{after}");
    assert!(
        after.contains("  # A1 is the first question\n  [team.answers.A1]"),
        "{after}"
    );
    assert!(
        after.contains("organisation = \"Kindcentrum De Regenboog\"   # full name"),
        "{after}"
    );
    // One blank line between tables, none doubled.
    assert!(!after.contains("\n\n\n"), "{after}");
    assert!(after.contains("role = \"professionals\"\n\n"), "{after}");
}

#[test]
fn inline_tables_and_dotted_keys_become_tables() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = copy_to(
        dir.path(),
        &root().join("tests/fixtures/fmt/messy-inline.toml"),
    );
    let (_, after) = format_file(&path);
    assert!(after.contains("[session] # inline session\n"), "{after}");
    assert!(
        after.contains("  [team.answers.A2]\n  score = 1\n"),
        "{after}"
    );
    assert!(after.contains("[targets]\nA1 = 4\nC = 3\n"), "{after}");
    assert!(
        !after.lines().any(|l| l.starts_with("answers.")),
        "no dotted answers left: {after}"
    );
}

#[test]
fn crlf_line_endings_and_a_bom_are_kept() {
    let dir = tempfile::tempdir().expect("tmp");
    let messy = fs::read_to_string(root().join("tests/fixtures/fmt/messy.toml")).expect("read");
    let path = dir.path().join("windows.toml");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(messy.replace('\n', "\r\n").as_bytes());
    fs::write(&path, &bytes).expect("write");
    let (before, after) = format_file(&path);
    assert!(after.starts_with('\u{feff}'), "BOM kept");
    assert_eq!(
        after.matches('\n').count(),
        after.matches("\r\n").count(),
        "every line ends in CRLF"
    );
    assert_keeps_everything("windows.toml", &before, &after);
    // The same layout as with LF endings.
    let lf_dir = tempfile::tempdir().expect("tmp");
    let lf = copy_to(lf_dir.path(), &root().join("tests/fixtures/fmt/messy.toml"));
    let (_, lf_after) = format_file(&lf);
    // Only text written as `"…\n…"` differs: in a CRLF file a line break would be
    // `\r\n`, so that text keeps its escapes.
    let normalise = |t: &str| {
        t.trim_start_matches('\u{feff}')
            .replace("\r\n", "\n")
            .replace(
                "text = \"line one\\nline two\"",
                "text = \"\"\"\nline one\nline two\"\"\"",
            )
    };
    assert_eq!(normalise(&after), normalise(&lf_after));
    let (_, again) = format_file(&path);
    assert_eq!(after, again, "idempotent");
}

#[test]
fn check_reports_with_a_diff_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = copy_to(dir.path(), &root().join("tests/fixtures/fmt/messy.toml"));
    let p = path.to_string_lossy().into_owned();
    let before = fs::read(&path).expect("read");
    let o = run(&["fmt", "--check", &p], None);
    assert_eq!(code(&o), 1);
    let diff = text(&o.stdout);
    assert!(diff.contains(&format!("--- {p}")), "{diff}");
    assert!(diff.contains(&format!("+++ {p} (formatted)")), "{diff}");
    assert!(
        diff.contains("-organisation='Kindcentrum De Regenboog'"),
        "{diff}"
    );
    assert!(
        diff.contains("+organisation = \"Kindcentrum De Regenboog\""),
        "{diff}"
    );
    assert!(
        text(&o.stderr).contains("1 file not formatted"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(
        fs::read(&path).expect("read"),
        before,
        "--check writes nothing"
    );
    format_file(&path);
    let o = run(&["fmt", "--check", &p], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stdout));
    assert!(o.stdout.is_empty());
}

#[test]
fn a_formatted_file_is_not_written_again() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = copy_to(dir.path(), &root().join("examples/vo-het-baken.toml"));
    let stamp = fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    std::thread::sleep(std::time::Duration::from_millis(20));
    let o = run(&["fmt", &path.to_string_lossy()], None);
    assert_eq!(code(&o), 0);
    assert!(
        text(&o.stderr).contains("1 file already formatted"),
        "{}",
        text(&o.stderr)
    );
    let now = fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    assert_eq!(stamp, now, "untouched");
}

#[test]
fn files_with_errors_are_left_alone() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("broken.toml");
    let broken = "definition = 'partnerschapscan'\n[session]\norganisation='X'\n[[team]]\nname='T'\ntype='primary'\n[team.answers.A1]\nscore = 9\n";
    fs::write(&path, broken).expect("write");
    for args in [vec!["fmt"], vec!["fmt", "--check"]] {
        let mut args = args.clone();
        let p = path.to_string_lossy().into_owned();
        args.push(&p);
        let o = run(&args, None);
        assert_eq!(code(&o), 1, "{args:?}");
        let err = text(&o.stderr);
        assert!(err.contains("error[score-out-of-range]"), "{err}");
        assert!(err.contains("with errors left as it is"), "{err}");
        assert_eq!(fs::read_to_string(&path).expect("read"), broken);
    }
}

#[test]
fn stdin_is_formatted_to_stdout_and_definitions_are_skipped() {
    let messy = fs::read(root().join("tests/fixtures/fmt/messy.toml")).expect("read");
    let o = run(&["fmt", "-"], Some(&messy));
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.starts_with("# A session written by hand"), "{out}");
    assert!(
        o.stderr.is_empty(),
        "no summary for stdin: {}",
        text(&o.stderr)
    );
    assert_keeps_everything("stdin", &text(&messy), &out);

    let dir = tempfile::tempdir().expect("tmp");
    let def = copy_to(
        dir.path(),
        &root().join("examples/sportclub/sportclub-scan.toml"),
    );
    let before = fs::read(&def).expect("read");
    let o = run(&["fmt", "--check", &def.to_string_lossy()], None);
    assert_eq!(code(&o), 0);
    assert_eq!(fs::read(&def).expect("read"), before);
}

/// Random choices read from a byte tape, so proptest shrinks a failing file by
/// shortening the tape (0 once it runs out).
struct Tape(Vec<u8>, usize);

impl Tape {
    fn pick(&mut self, n: usize) -> usize {
        let b = self.0.get(self.1).copied().unwrap_or(0);
        self.1 += 1;
        usize::from(b) % n.max(1)
    }

    fn chance(&mut self, in_four: usize) -> bool {
        self.pick(4) < in_four
    }
}

const WORDS: &[&str] = &[
    "ouders",
    "koffie ochtend",
    "Dát",
    "\"quoted\"",
    "it's",
    "back\\slash",
    "# not a comment",
    "tab\there",
    "",
    "ééé",
    "a '''b",
];

/// A text value in one of TOML's string forms, or `None` when the form cannot hold it.
fn string_in_form(value: &str, form: usize) -> Option<String> {
    match form {
        0 => Some(toml::Value::String(value.to_string()).to_string()),
        1 if !value.contains(['\'', '\n', '\t']) => Some(format!("'{value}'")),
        2 if !value.contains("\"\"\"") && !value.contains('\\') && !value.ends_with('"') => {
            Some(format!("\"\"\"\n{value}\"\"\""))
        }
        3 if !value.contains("'''") && !value.ends_with('\'') => Some(format!("'''\n{value}'''")),
        _ => None,
    }
}

fn text_value(t: &mut Tape) -> String {
    let mut words = Vec::new();
    for _ in 0..=t.pick(4) {
        words.push(WORDS[t.pick(WORDS.len())]);
    }
    let sep = if t.chance(1) { "\n" } else { " " };
    let value = words.join(sep);
    let form = t.pick(4);
    string_in_form(&value, form)
        .or_else(|| string_in_form(&value, 0))
        .unwrap_or_default()
}

fn comment(t: &mut Tape, out: &mut String, indent: &str) {
    if t.chance(1) {
        if t.chance(2) {
            out.push('\n');
        }
        out.push_str(&format!("{indent}# note {}\n", t.pick(1000)));
    }
}

fn eol(t: &mut Tape) -> String {
    if t.chance(1) {
        format!("{}# eol {}", " ".repeat(1 + t.pick(3)), t.pick(1000))
    } else {
        String::new()
    }
}

/// A valid session file for the built-in Partnerschapscan, laid out at random.
fn random_session(t: &mut Tape) -> String {
    let def = scan::load::builtin("partnerschapscan").expect("built in");
    let codes: Vec<&str> = def.items().map(|i| i.code.as_str()).collect();
    let mut out = String::new();
    comment(t, &mut out, "");
    out.push_str(&format!("definition = \"partnerschapscan\"{}\n", eol(t)));
    comment(t, &mut out, "");
    out.push_str(&format!("\n[session]{}\n", eol(t)));
    let mut keys = vec![
        format!(
            "organisation = {}",
            string_in_form("Org", t.pick(2)).unwrap_or_default()
        ),
        format!("notes = {}", text_value(t)),
        "date = 2026-11-20".to_string(),
        format!("guests = [{}]", text_value(t)),
    ];
    let turn = t.pick(keys.len());
    keys.rotate_left(turn);
    for k in keys {
        comment(t, &mut out, "");
        out.push_str(&format!("{}{k}{}\n", " ".repeat(t.pick(3)), eol(t)));
    }
    for n in 0..=t.pick(3) {
        comment(t, &mut out, "");
        out.push_str(&format!(
            "\n[[team]]{}\nname = \"Team {n}\"\ntype = 'primary'\n",
            eol(t)
        ));
        let indent = ["", "  ", "\t", "    "][t.pick(4)];
        // 0: `[team.answers.A1]` tables; 1: `answers.A1 = { … }`; 2: `[team.answers]`
        // with `A1 = { … }` lines.
        let form = t.pick(3);
        if form == 2 {
            out.push_str(&format!("{indent}[team.answers]{}\n", eol(t)));
        }
        let mut used = Vec::new();
        for _ in 0..t.pick(6) {
            let code = codes[t.pick(codes.len())];
            if used.contains(&code) {
                continue;
            }
            used.push(code);
            let mut fields = Vec::new();
            if t.chance(1) {
                fields.push("na = true".to_string());
            } else {
                fields.push(format!("score = {}", 1 + t.pick(4)));
                if t.chance(2) {
                    fields.push(format!("votes = [{}, {}]", 1 + t.pick(4), 1 + t.pick(4)));
                }
            }
            fields.push(format!("text = {}", text_value(t)));
            if t.chance(2) {
                fields.push(format!("examples = [{}, {}]", text_value(t), text_value(t)));
            }
            let turn = t.pick(fields.len());
            fields.rotate_left(turn);
            comment(t, &mut out, indent);
            match form {
                0 => {
                    out.push_str(&format!("\n{indent}[team.answers.{code}]{}\n", eol(t)));
                    for f in fields {
                        comment(t, &mut out, indent);
                        out.push_str(&format!("{indent}{f}{}\n", eol(t)));
                    }
                }
                _ => {
                    let key = if form == 1 {
                        format!("answers.{code}")
                    } else {
                        code.to_string()
                    };
                    out.push_str(&format!(
                        "{indent}{key} = {{ {} }}{}\n",
                        fields.join(", "),
                        eol(t)
                    ));
                }
            }
        }
    }
    if t.chance(2) {
        out.push_str(&format!("\n[targets]\nC1 = {}\nA = 3\n", 1 + t.pick(4)));
    }
    comment(t, &mut out, "");
    if t.chance(1) {
        out = out.replace('\n', "\r\n");
    }
    out
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 200, .. Default::default() })]

    #[test]
    fn any_layout_formats_keeping_values_and_comments_and_is_stable(
        tape in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)
    ) {
        let text = random_session(&mut Tape(tape, 0));
        let loader = scan::load::Loader::new();
        let source = scan::source::Source::new("random.toml", text.clone());
        let (loaded, diags) = loader.load_source(&source, Path::new("."));
        let scan::load::Loaded::Session(session) = loaded else {
            panic!("the generator writes valid files:\n{text}\n{diags:?}");
        };
        let once = scan::toml_layout::format_session(&text, &session.definition)
            .unwrap_or_else(|e| panic!("{e:#}\n{text}"));
        assert_same_data_and_comments("random", &text, &once);
        let twice = scan::toml_layout::format_session(&once, &session.definition)
            .unwrap_or_else(|e| panic!("{e:#}\n{once}"));
        proptest::prop_assert_eq!(&once, &twice, "idempotent; input:\n{}", text);
    }
}

/// A text's lines ended at random in CRLF or LF (both kinds present when it has two
/// lines or more), read from the tape.
fn mixed_endings(text: &str, t: &mut Tape) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let breaks = lines.len() - 1;
    let first_crlf = t.chance(2);
    // One line break, not the first, is sure to differ from the first.
    let other = 1 + t.pick(breaks.saturating_sub(1));
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line.strip_suffix('\r').unwrap_or(line));
        if i == breaks {
            break;
        }
        let crlf = match i {
            0 => first_crlf,
            _ if i == other => !first_crlf,
            _ => t.chance(2),
        };
        out.push_str(if crlf { "\r\n" } else { "\n" });
    }
    out
}

/// TOML data with every CRLF inside a text read as LF, the way scan loads a value.
fn data_as_loaded(text: &str) -> toml::Value {
    fn walk(v: toml::Value) -> toml::Value {
        match v {
            toml::Value::String(s) => toml::Value::String(s.replace("\r\n", "\n")),
            toml::Value::Array(a) => toml::Value::Array(a.into_iter().map(walk).collect()),
            toml::Value::Table(t) => {
                toml::Value::Table(t.into_iter().map(|(k, v)| (k, walk(v))).collect())
            }
            other => other,
        }
    }
    walk(toml::Value::Table(data(text)))
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 100, .. Default::default() })]

    /// A file whose lines end in both CRLF and LF is valid TOML: it is formatted with
    /// the first line's ending everywhere, exactly as the file with that ending alone.
    #[test]
    fn mixed_line_endings_take_the_first_lines_kind(
        tape in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
        endings in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
    ) {
        let plain = random_session(&mut Tape(tape, 0)).replace("\r\n", "\n");
        let text = mixed_endings(&plain, &mut Tape(endings, 0));
        let first_crlf = text[..text.find('\n').expect("lines")].ends_with('\r');
        proptest::prop_assert_eq!(scan::toml_layout::mixed_line_endings(&text), Some(first_crlf));
        let def = scan::load::builtin("partnerschapscan").expect("built in");
        let once = scan::toml_layout::format_session(&text, &def)
            .unwrap_or_else(|e| panic!("{e:#}\n{text:?}"));
        let crlf_count = once.matches("\r\n").count();
        let lf_count = once.matches('\n').count();
        proptest::prop_assert_eq!(crlf_count, if first_crlf { lf_count } else { 0 }, "{:?}", once);
        proptest::prop_assert_eq!(scan::toml_layout::mixed_line_endings(&once), None);
        proptest::prop_assert_eq!(data_as_loaded(&text), data_as_loaded(&once));
        let uniform = if first_crlf { plain.replace('\n', "\r\n") } else { plain.clone() };
        let expected = scan::toml_layout::format_session(&uniform, &def)
            .unwrap_or_else(|e| panic!("{e:#}\n{uniform:?}"));
        proptest::prop_assert_eq!(&once, &expected);
    }
}

#[test]
fn fmt_says_when_it_makes_mixed_line_endings_one_kind() {
    let example = fs::read_to_string(root().join("examples/vo-het-baken.toml")).expect("read");
    let (first, rest) = example.split_once('\n').expect("lines");
    let variants = [
        // First line CRLF, the rest LF; and the other way round.
        (format!("{first}\r\n{rest}"), true),
        (format!("{first}\n{}", rest.replace('\n', "\r\n")), false),
        // Alternating, starting either way.
        (
            example
                .split('\n')
                .enumerate()
                .map(|(i, l)| {
                    if i % 2 == 0 {
                        format!("{l}\r")
                    } else {
                        l.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            true,
        ),
    ];
    for (input, crlf) in variants {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("mixed.toml");
        fs::write(&path, &input).expect("write");
        let p = path.to_string_lossy().into_owned();
        let check = run(&["fmt", "--check", "--lang", "en", &p], None);
        assert_eq!(code(&check), 1, "{}", text_of(&check));
        let o = run(&["fmt", "--lang", "en", &p], None);
        assert_eq!(code(&o), 0, "{}", text_of(&o));
        let kind = if crlf { "CRLF" } else { "LF" };
        assert!(
            text(&o.stderr).contains(&format!(
                "note: {p} had lines ending in CRLF and in LF; every line now ends in {kind}, like the first one"
            )),
            "{}",
            text(&o.stderr)
        );
        let after = fs::read_to_string(&path).expect("read");
        let crlf_lines = after.matches("\r\n").count();
        assert_eq!(
            crlf_lines,
            if crlf { after.matches('\n').count() } else { 0 }
        );
        assert_eq!(data_as_loaded(&input), data_as_loaded(&after));
        // Now one kind: nothing more to say, nothing to change.
        let again = run(&["fmt", "--check", "--lang", "en", &p], None);
        assert_eq!(code(&again), 0, "{}", text_of(&again));
        assert!(!text(&again.stderr).contains("note:"));
    }
}

fn text_of(o: &std::process::Output) -> String {
    format!("{}{}", text(&o.stdout), text(&o.stderr))
}

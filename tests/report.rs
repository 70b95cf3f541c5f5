//! `scan report`, its templates and `scan new --format html`: every example in every
//! format and language, snapshots of every built-in template, safety of user text,
//! output files (names, index, never over an input), user templates.
//!
//! Snapshots live in `tests/snapshots/`; after a deliberate change, regenerate with
//! `INSTA_UPDATE=always cargo test report` (or `cargo insta review`) and read the diff.

use std::path::{Path, PathBuf};

use crate::common::*;

/// The example session files (definition files skipped).
fn example_sessions() -> Vec<PathBuf> {
    files_below(&root().join("examples"), "toml")
        .into_iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).expect("readable example");
            !text.lines().any(|l| l.trim() == "[scan]")
        })
        .collect()
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root())
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

fn report(args: &[&str]) -> String {
    let mut all = vec!["report", "-q"];
    all.extend_from_slice(args);
    let o = run(&all, None);
    assert_eq!(code(&o), 0, "scan {all:?}\nstderr: {}", text(&o.stderr));
    text(&o.stdout)
}

#[test]
fn every_example_renders_in_every_format_and_language() {
    let sessions = example_sessions();
    assert!(sessions.len() >= 3, "{sessions:?}");
    for s in &sessions {
        let path = rel(s);
        for lang in ["nl", "en"] {
            let md = report(&["--lang", lang, &path]);
            assert!(md.starts_with("# "), "{path} {lang}: {md}");
            assert!(md.ends_with('\n') && !md.ends_with("\n\n"), "{path} {lang}");
            let html = report(&["--format", "html", "--lang", lang, &path]);
            assert!(
                html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")),
                "{path} {lang}"
            );
            assert!(html.trim_end().ends_with("</html>"), "{path} {lang}");
            assert!(html.contains(r#"role="img""#), "{path}: a chart");
            for forbidden in ["<script", "<img", "<link", "@import", "url("] {
                assert!(!html.contains(forbidden), "{path}: {forbidden}");
            }
        }
        let json: serde_json::Value =
            serde_json::from_str(&report(&["--format", "json", &path])).expect("JSON");
        assert!(json["teams"].as_array().is_some_and(|t| !t.is_empty()));
    }
}

#[test]
fn odd_sessions_render_in_every_format_and_language() {
    let fixtures = files_below(&root().join("tests/fixtures/report"), "toml");
    assert!(fixtures.len() >= 2, "{fixtures:?}");
    for f in &fixtures {
        let path = rel(f);
        for lang in ["nl", "en"] {
            for format in ["md", "html", "json"] {
                let out = report(&["--lang", lang, "--format", format, &path]);
                assert!(!out.is_empty(), "{path} {lang} {format}");
            }
        }
    }
    let md = report(&["--lang", "en", "tests/fixtures/report/empty.toml"]);
    assert!(
        md.contains("There are no teams in this session file yet."),
        "{md}"
    );
}

#[test]
fn output_is_byte_identical_across_runs() {
    for s in example_sessions() {
        let path = rel(&s);
        for format in ["md", "html", "json"] {
            assert_eq!(
                report(&["--format", format, &path]),
                report(&["--format", format, &path]),
                "{path} {format}"
            );
        }
    }
}

#[test]
fn snapshots_of_every_builtin_template() {
    for s in example_sessions() {
        let path = rel(&s);
        let stem = s.file_stem().expect("stem").to_string_lossy().into_owned();
        for lang in ["nl", "en"] {
            insta::assert_snapshot!(
                format!("report-md-{stem}-{lang}"),
                report(&["--lang", lang, &path])
            );
        }
        insta::assert_snapshot!(
            format!("report-html-{stem}"),
            report(&["--format", "html", &path])
        );
        insta::assert_snapshot!(
            format!("report-json-{stem}"),
            report(&["--format", "json", &path])
        );
        for lang in ["nl", "en"] {
            insta::assert_snapshot!(
                format!("parents-md-{stem}-{lang}"),
                report(&["--audience", "parents", "--lang", lang, &path])
            );
        }
        insta::assert_snapshot!(
            format!("parents-html-{stem}"),
            report(&["--audience", "parents", "--format", "html", &path])
        );
        insta::assert_snapshot!(
            format!("parents-json-{stem}"),
            report(&["--audience", "parents", "--format", "json", &path])
        );
    }
    // The index pages (and with them the shared HTML layout, styles and chart macro).
    for format in ["md", "html"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("out");
        let out_s = out.to_string_lossy().into_owned();
        report(&["--format", format, "-o", &out_s, "examples"]);
        let index = std::fs::read_to_string(out.join(format!("index.{format}"))).expect("index");
        insta::assert_snapshot!(format!("index-{format}"), index);
    }
    for lang in ["nl", "en"] {
        let o = run(&["new", "--format", "html", "--lang", lang], None);
        assert_eq!(code(&o), 0, "{}", text(&o.stderr));
        insta::assert_snapshot!(format!("worksheet-{lang}"), text(&o.stdout));
        let o = run(
            &["new", "--format", "html", "--parents", "--lang", lang],
            None,
        );
        assert_eq!(code(&o), 0, "{}", text(&o.stderr));
        insta::assert_snapshot!(format!("parents-worksheet-{lang}"), text(&o.stdout));
    }
}

#[test]
fn json_has_the_spec_shape_and_full_precision() {
    let v: serde_json::Value = serde_json::from_str(&report(&[
        "--format",
        "json",
        "examples/kindcentrum-de-regenboog.toml",
    ]))
    .expect("JSON");
    assert_eq!(v["definition"]["id"], "partnerschapscan");
    assert_eq!(v["definition"]["version"], "1.0");
    assert_eq!(v["session"]["organisation"], "Kindcentrum De Regenboog");
    let teams = v["teams"].as_array().expect("teams");
    assert_eq!(teams.len(), 3);
    for t in teams {
        for key in ["name", "type", "role", "completeness", "items", "criteria"] {
            assert!(t.get(key).is_some(), "team has {key}");
        }
        for i in t["items"].as_array().expect("items") {
            for key in ["code", "score", "answered", "na", "votes"] {
                assert!(i.get(key).is_some(), "item has {key}");
            }
        }
        for c in t["criteria"].as_array().expect("criteria") {
            assert!(c.get("code").is_some() && c.get("score").is_some());
        }
    }
    assert!(v["gaps"].is_array() && v["actions"].is_array());
    // The basisschool team's criterion A: (3+2+3+3+3+2)/6 = 2.6666…, unrounded.
    let school = &teams[1];
    let a = school["criteria"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["code"] == "A"))
        .expect("A");
    let score = a["score"].as_f64().expect("a number");
    assert!((score - 16.0 / 6.0).abs() < 1e-12, "{score}");
    assert_ne!(score, 2.7, "JSON is not rounded");
    // An unanswered item has score null.
    let opvang = &teams[0];
    let b4 = opvang["items"]
        .as_array()
        .and_then(|i| i.iter().find(|i| i["code"] == "B4"))
        .expect("B4");
    assert!(b4["score"].is_null());
    assert_eq!(b4["answered"], false);
    // Gaps are sorted by their size, largest first.
    let gaps: Vec<f64> = v["gaps"]
        .as_array()
        .expect("gaps")
        .iter()
        .map(|g| g["gap"].as_f64().expect("gap").abs())
        .collect();
    assert!(!gaps.is_empty());
    assert!(gaps.windows(2).all(|w| w[0] >= w[1]), "{gaps:?}");
}

/// Every row of every Markdown table has as many cells as its header.
fn assert_tables_intact(md: &str) {
    let cells = |line: &str| {
        let mut n = 0;
        let mut escaped = false;
        for c in line.chars() {
            match c {
                '\\' if !escaped => {
                    escaped = true;
                    continue;
                }
                '|' if !escaped => n += 1,
                _ => {}
            }
            escaped = false;
        }
        n
    };
    let mut header: Option<usize> = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let n = cells(line);
            match header {
                None => header = Some(n),
                Some(h) => assert_eq!(n, h, "table row broken: {line}"),
            }
        } else {
            header = None;
        }
    }
}

#[test]
fn user_text_cannot_break_or_script_a_report() {
    let file = "tests/fixtures/report/hostile.toml";
    let md = report(&[file]);
    assert_tables_intact(&md);
    assert!(md.contains("# Team \\| Pipe \\<script\\>"), "{md}");
    assert!(
        md.contains("\\{\\{ 7 \\* 7 \\}\\}"),
        "template tags shown, not evaluated"
    );
    assert!(!md.contains("49"), "{{ 7 * 7 }} was never evaluated");
    // A link in plain text (a guest's name) is escaped; in Markdown text it is unwrapped.
    assert!(md.contains("\\[link\\](javascript\\:alert(1))"), "{md}");
    assert!(!md.contains("[link](javascript"), "{md}");
    assert!(!md.contains("(javascript:alert('x'))"), "{md}");
    assert!(!md.contains("[bad link](vbscript"), "{md}");
    assert!(
        md.contains("See here."),
        "a vbscript: link is unwrapped: {md}"
    );
    assert!(!md.contains("!["), "no images: {md}");
    for line in md.lines() {
        assert!(
            !line.starts_with("<") && !line.starts_with("# Not"),
            "no raw HTML or stray heading: {line}"
        );
    }
    let html = report(&["--format", "html", file]);
    let lower = html.to_lowercase();
    for forbidden in [
        "<script",
        "<iframe",
        "<img",
        "<div onclick",
        "href=\"javascript:",
        "href=\"vbscript:",
        "href=\"data:",
        "<b>bold",
        "<i>tonight",
    ] {
        assert!(!lower.contains(forbidden), "{forbidden} in HTML");
    }
    assert!(html.contains("&lt;script&gt;"), "raw HTML is shown as text");
    assert!(
        html.contains("{{ 7 * 7 }}"),
        "template tags are shown as written"
    );
    assert!(html.contains("tracker"), "an image becomes its alt text");
    assert!(html.contains("See here."), "a vbscript: link is unwrapped");
    assert!(
        html.contains("<li>that stays a list</li>"),
        "Markdown still works"
    );
}

#[test]
fn many_files_to_a_folder_with_unique_names_and_an_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    let example =
        std::fs::read_to_string(root().join("examples/vo-het-baken.toml")).expect("example");
    for sub in ["a", "b"] {
        std::fs::create_dir_all(dir.path().join("in").join(sub)).expect("mkdir");
        std::fs::write(
            dir.path().join("in").join(sub).join("school.toml"),
            &example,
        )
        .expect("write");
    }
    std::fs::write(dir.path().join("in/index.toml"), &example).expect("write");
    let o = run_in(dir.path(), &["report", "-o", "out", "in"], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["a-school.md", "b-school.md", "index-2.md", "index.md"]
    );
    let index = std::fs::read_to_string(dir.path().join("out/index.md")).expect("index");
    for n in ["a-school.md", "b-school.md", "index-2.md"] {
        assert!(index.contains(&format!("]({n})")), "{n} linked: {index}");
    }
    // Again: the same files, byte for byte.
    let before = std::fs::read(dir.path().join("out/a-school.md")).expect("report");
    let o = run_in(dir.path(), &["report", "-o", "out", "in"], None);
    assert_eq!(code(&o), 0);
    assert_eq!(
        before,
        std::fs::read(dir.path().join("out/a-school.md")).expect("report")
    );
}

#[test]
fn several_sessions_without_a_folder_are_refused() {
    let o = run(&["report", "examples"], None);
    assert_eq!(code(&o), 2);
    assert!(text(&o.stderr).contains("-o DIR"), "{}", text(&o.stderr));
    assert!(o.stdout.is_empty());
}

#[test]
fn never_writes_over_an_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = dir.path().join("s.toml");
    std::fs::copy(root().join("examples/vo-het-baken.toml"), &session).expect("copy");
    let before = std::fs::read(&session).expect("read");
    let o = run_in(dir.path(), &["report", "-o", "s.toml", "s.toml"], None);
    assert_eq!(code(&o), 2, "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("input"), "{}", text(&o.stderr));
    assert_eq!(before, std::fs::read(&session).expect("read"));
    // Nor over another scan file that happens to be there.
    std::fs::write(dir.path().join("other.toml"), "x = 1\n").expect("write");
    let o = run_in(dir.path(), &["report", "-o", "other.toml", "s.toml"], None);
    assert_eq!(code(&o), 2);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("other.toml")).expect("read"),
        "x = 1\n"
    );
}

#[test]
fn broken_files_are_shown_and_left_out_while_the_others_are_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("in")).expect("mkdir");
    std::fs::copy(
        root().join("examples/vo-het-baken.toml"),
        dir.path().join("in/good.toml"),
    )
    .expect("copy");
    let example = std::fs::read_to_string(root().join("examples/vo-het-baken.toml")).expect("read");
    assert!(example.contains("score = 3"));
    std::fs::write(
        dir.path().join("in/bad.toml"),
        example.replacen("score = 3", "score = 9", 1),
    )
    .expect("write");
    let o = run_in(dir.path(), &["report", "-o", "out", "in"], None);
    assert_eq!(code(&o), 1, "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(err.contains("error[score-out-of-range]"), "{err}");
    assert!(err.contains("bad.toml"), "{err}");
    assert!(dir.path().join("out/good.md").is_file());
    assert!(!dir.path().join("out/bad.md").exists());
    // One broken file alone: problems shown, nothing written, exit 1.
    let o = run_in(dir.path(), &["report", "in/bad.toml"], None);
    assert_eq!(code(&o), 1);
    assert!(o.stdout.is_empty());
}

#[test]
fn definition_files_in_folders_are_skipped() {
    let o = run(
        &["report", "-q", "--format", "json", "examples/sportclub"],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON report");
    assert_eq!(v["session"]["organisation"], "VV De Zwaluwen");
}

#[test]
fn a_user_template_can_extend_a_builtin_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mine = dir.path().join("mine.html.j2");
    std::fs::write(
        &mine,
        "{% extends \"report.html.j2\" %}\n{% block session %}<p>Ons eigen begin: {{ report.session.organisation }}</p>{% endblock %}\n",
    )
    .expect("write");
    let mine_s = mine.to_string_lossy().into_owned();
    let html = report(&[
        "--format",
        "html",
        "--template",
        &mine_s,
        "examples/vo-het-baken.toml",
    ]);
    assert!(html.contains("<p>Ons eigen begin: Het Baken</p>"), "{html}");
    assert!(
        html.contains("id=\"scores-h\""),
        "the rest of the built-in report is there"
    );
    assert!(!html.contains("id=\"session-h\""), "the block was replaced");

    // A folder: its report.md.j2 replaces the built-in one and may include builtins.
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(
        folder.join("report.md.j2"),
        "# {{ report.session.organisation|md_heading }}\n\n{{ t(\"teams\") }}: {{ report.teams|length }}\n",
    )
    .expect("write");
    let folder_s = folder.to_string_lossy().into_owned();
    let md = report(&[
        "--template",
        &folder_s,
        "--lang",
        "en",
        "examples/vo-het-baken.toml",
    ]);
    assert_eq!(md, "# Het Baken\n\nTeams: 1\n");
}

#[test]
fn a_template_error_names_the_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.md.j2");
    std::fs::write(&broken, "# ok\n\n{{ report.no_such_thing.deeper }}\n").expect("write");
    let broken_s = broken.to_string_lossy().into_owned();
    let o = run(
        &[
            "report",
            "-q",
            "--template",
            &broken_s,
            "examples/vo-het-baken.toml",
        ],
        None,
    );
    assert_eq!(code(&o), 1, "a template error is an input error");
    let err = text(&o.stderr);
    assert!(err.contains("broken.md.j2"), "{err}");
    assert!(err.contains("line 3"), "{err}");
    assert!(err.contains("{{ report.no_such_thing.deeper }}"), "{err}");
    let syntax = dir.path().join("syntax.md.j2");
    std::fs::write(&syntax, "{% for x in %}\n").expect("write");
    let syntax_s = syntax.to_string_lossy().into_owned();
    let o = run(
        &[
            "report",
            "-q",
            "--template",
            &syntax_s,
            "examples/vo-het-baken.toml",
        ],
        None,
    );
    assert_eq!(code(&o), 1, "a template error is an input error");
    assert!(
        text(&o.stderr).contains("syntax error"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn templates_export_writes_them_all_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("mine");
    let out_s = out.to_string_lossy().into_owned();
    let o = run(&["templates", "export", &out_s], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    for (name, body) in scan::render::BUILTIN_TEMPLATES {
        assert_eq!(
            &std::fs::read_to_string(out.join(name)).expect("exported"),
            body
        );
    }
    std::fs::write(out.join("report.md.j2"), "changed\n").expect("write");
    let o = run(&["templates", "export", &out_s], None);
    assert_eq!(code(&o), 0);
    assert!(text(&o.stderr).contains("kept"));
    assert_eq!(
        std::fs::read_to_string(out.join("report.md.j2")).expect("read"),
        "changed\n"
    );
    // The exported folder renders exactly like the built-ins.
    let md = report(&["--template", &out_s, "examples/vo-het-baken.toml"]);
    assert_eq!(md, "changed\n");
    std::fs::remove_file(out.join("report.md.j2")).expect("rm");
    assert_eq!(
        report(&[
            "--template",
            &out_s,
            "--format",
            "html",
            "examples/vo-het-baken.toml"
        ]),
        report(&["--format", "html", "examples/vo-het-baken.toml"])
    );
}

#[test]
fn the_worksheet_lists_every_item_with_room_to_write() {
    let o = run(
        &[
            "new",
            "--format",
            "html",
            "--definition",
            "partnerschapscan-en",
            "--org",
            "De <Zon>",
            "--type",
            "primary",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let html = text(&o.stdout);
    let def = scan::load::builtin("partnerschapscan-en").expect("built in");
    for item in def.items() {
        assert!(
            html.contains(&format!("id=\"s1-{}\"", item.code)),
            "{}",
            item.code
        );
    }
    assert!(html.contains("De &lt;Zon&gt;"));
    assert!(html.contains("Primary education"));
    assert!(html.contains("Agreed score"));
}

#[test]
fn unknown_language_is_a_usage_error() {
    let o = run(
        &["report", "--lang", "fr", "examples/vo-het-baken.toml"],
        None,
    );
    assert_eq!(code(&o), 2);
    assert!(text(&o.stderr).contains("--lang nl"), "{}", text(&o.stderr));
}

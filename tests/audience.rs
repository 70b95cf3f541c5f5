//! Reports for each audience: the summary every session report opens with, the
//! parents' report (`--audience parents`) and its privacy rule, the worksheets for
//! the parents' evening, and contents lists that follow what renders.

use std::path::{Path, PathBuf};

use crate::common::*;

fn ok(args: &[&str]) -> String {
    let o = run(args, None);
    assert_eq!(code(&o), 0, "scan {args:?}\nstderr: {}", text(&o.stderr));
    text(&o.stdout)
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(args)).expect("JSON")
}

const REGENBOOG: &str = "examples/kindcentrum-de-regenboog.toml";

#[test]
fn the_summary_comes_first_and_holds_what_the_spec_lists() {
    let v = json(&["report", "-q", "--format", "json", REGENBOOG]);
    let summary = &v["summary"];
    // Professionals' teams only, in file order.
    let names: Vec<&str> = summary["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .map(|t| t["name"].as_str().expect("name"))
        .collect();
    let pros: Vec<&str> = v["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .filter(|t| t["role"] == "professionals")
        .map(|t| t["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, pros);
    // Strongest and weakest agree with the teams' own criterion scores.
    for (st, team) in summary["teams"].as_array().expect("teams").iter().zip(
        v["teams"]
            .as_array()
            .expect("teams")
            .iter()
            .filter(|t| t["role"] == "professionals"),
    ) {
        let score = |code: &serde_json::Value| -> f64 {
            team["criteria"]
                .as_array()
                .expect("criteria")
                .iter()
                .find(|c| &c["code"] == code)
                .and_then(|c| c["score"].as_f64())
                .expect("a scored criterion")
        };
        let strong: Vec<f64> = st["strongest"]
            .as_array()
            .expect("strongest")
            .iter()
            .map(score)
            .collect();
        let weak: Vec<f64> = st["weakest"]
            .as_array()
            .expect("weakest")
            .iter()
            .map(score)
            .collect();
        assert_eq!((strong.len(), weak.len()), (2, 2), "{st}");
        assert!(strong[0] >= strong[1] && weak[0] <= weak[1], "{st}");
        assert!(weak[1] <= strong[1], "{st}");
    }
    // The first three gaps, exactly as the report's gaps list has them.
    let gaps = v["gaps"].as_array().expect("gaps");
    assert_eq!(summary["gaps"].as_array().expect("gaps")[..], gaps[..3]);
    // Session 2026-11-20: not done and due by 2027-02-18.
    let actions: Vec<(&str, &str, bool)> = summary["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| {
            (
                a["due"].as_str().expect("due"),
                a["status"].as_str().expect("status"),
                a["late"].as_bool().expect("late"),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("2027-01-15", "doing", false),
            ("2027-01-31", "doing", false),
            ("2027-02-01", "planned", false),
        ]
    );

    for (lang, heading, strong) in [
        ("nl", "## Samenvatting", "scoort het hoogst op"),
        ("en", "## Summary", "scores highest on"),
    ] {
        let md = ok(&["report", "-q", "--lang", lang, REGENBOOG]);
        let first_h2 = md
            .lines()
            .find(|l| l.starts_with("## "))
            .expect("a section");
        assert_eq!(first_h2, heading, "the summary is the first section");
        assert!(md.contains(strong), "{md}");
        let html = ok(&[
            "report", "-q", "--format", "html", "--lang", lang, REGENBOOG,
        ]);
        let main = html.split("<main").nth(1).expect("main");
        assert!(
            main.trim_start_matches(|c| c != '<')
                .contains("<section id=\"summary\""),
            "{main}"
        );
        assert!(
            main.find("id=\"summary-h\"") < main.find("id=\"session-h\""),
            "summary before the session facts"
        );
    }
}

#[test]
fn the_summary_says_how_professionals_and_parents_differ_in_plain_words() {
    let v = json(&["report", "-q", "--format", "json", REGENBOOG]);
    let first = &v["summary"]["gaps"][0];
    let md = ok(&["report", "-q", "--lang", "nl", REGENBOOG]);
    let num =
        |x: &serde_json::Value| format!("{:.1}", x.as_f64().expect("number")).replace('.', ",");
    let word = if first["gap"].as_f64().expect("gap") > 0.0 {
        "lager"
    } else {
        "hoger"
    };
    let sentence = format!("({}) {word} dan", first["code"].as_str().expect("code"));
    let line = md
        .lines()
        .find(|l| l.contains(&sentence))
        .unwrap_or_else(|| panic!("no sentence with {sentence}: {md}"));
    assert!(line.starts_with("- Ouders zien „"), "{line}");
    assert!(
        line.ends_with(&format!(
            "{} tegen {}.",
            num(&first["parents"]),
            num(&first["professionals"])
        )),
        "{line}"
    );
}

#[test]
fn without_a_session_date_no_action_is_due_and_today_is_never_used() {
    let src = std::fs::read_to_string(root().join(REGENBOOG)).expect("example");
    let undated: String = src
        .lines()
        .filter(|l| !l.starts_with("date = "))
        .map(|l| format!("{l}\n"))
        .collect();
    let o = run(
        &["report", "-q", "--format", "json", "-"],
        Some(undated.as_bytes()),
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["summary"]["actions"], serde_json::json!([]));
    let o = run(
        &["report", "-q", "--lang", "en", "-"],
        Some(undated.as_bytes()),
    );
    assert!(
        text(&o.stdout)
            .contains("The session has no date, so scan cannot tell which actions are due soon."),
        "{}",
        text(&o.stdout)
    );
    // A session date long ago makes every open action late or far away, never "soon" by today.
    let old = src.replace("date = 2026-11-20", "date = 2027-06-01");
    let o = run(
        &["report", "-q", "--format", "json", "-"],
        Some(old.as_bytes()),
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let late: Vec<bool> = v["summary"]["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| a["late"].as_bool().expect("late"))
        .collect();
    assert_eq!(
        late,
        [true, true, true, true, true],
        "every open action is late"
    );
}

/// Every `href="#x"` in a page has an element with `id="x"`.
fn assert_no_dead_links(html: &str, what: &str) {
    for part in html.split("href=\"#").skip(1) {
        let id = &part[..part.find('"').expect("closing quote")];
        assert!(
            html.contains(&format!("id=\"{id}\"")),
            "{what}: a link to #{id} leads nowhere"
        );
    }
}

#[test]
fn the_contents_list_follows_the_sections_that_render() {
    let html = ok(&["report", "-q", "--format", "html", REGENBOOG]);
    assert!(
        html.contains("<li><a href=\"#summary-h\">Samenvatting</a></li>"),
        "{html}"
    );
    assert!(!html.contains("<!--scan:toc-->"));
    assert_no_dead_links(&html, REGENBOOG);

    let dir = tempfile::tempdir().expect("temp dir");
    let mine = dir.path().join("mine.html.j2");
    std::fs::write(
        &mine,
        "{% extends \"builtin/report.html.j2\" %}\n{% block gaps %}{% endblock %}\n{% block targets %}{% endblock %}\n",
    )
    .expect("write");
    let mine_s = mine.to_string_lossy().into_owned();
    let html = ok(&[
        "report",
        "-q",
        "--format",
        "html",
        "--template",
        &mine_s,
        REGENBOOG,
    ]);
    assert!(
        !html.contains("id=\"gaps-h\"") && !html.contains("href=\"#gaps-h\""),
        "{html}"
    );
    assert!(!html.contains("href=\"#targets-h\""), "{html}");
    assert!(html.contains("href=\"#actions-h\""), "{html}");
    assert_no_dead_links(&html, "a template without gaps and targets");

    for path in [
        "examples/vo-het-baken.toml",
        "tests/fixtures/report/empty.toml",
    ] {
        for audience in ["team", "parents"] {
            let html = ok(&[
                "report",
                "-q",
                "--format",
                "html",
                "--audience",
                audience,
                path,
            ]);
            assert_no_dead_links(&html, path);
        }
    }
}

#[test]
fn an_unknown_name_in_a_template_is_named_with_the_closest_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (body, unknown, close) in [
        ("{{ sesion.organisation }}", "sesion", "session"),
        ("{{ report.sesion.date }}", "sesion", "session"),
        (
            "{% set r = report %}{{ r.organisaton }}",
            "organisaton",
            "organisation",
        ),
        ("{{ report.teams[0].nmae }}", "nmae", "name"),
        (
            "{% for t in report.teams %}{{ t.nmae }}{% endfor %}",
            "nmae",
            "name",
        ),
    ] {
        let file = dir.path().join("mine.md.j2");
        std::fs::write(&file, format!("# x\n{body}\n")).expect("write");
        let file_s = file.to_string_lossy().into_owned();
        let o = run(&["report", "-q", "--template", &file_s, REGENBOOG], None);
        assert_ne!(code(&o), 0);
        let err = text(&o.stderr);
        assert!(err.contains("line 2"), "{err}");
        assert!(
            err.contains(&format!("`{unknown}` (did you mean `{close}`?)")),
            "{body}: {err}"
        );
    }
}

/// The session files of the examples and of the payload corpus, each with the folder
/// it needs (for definitions referenced by path).
fn corpus() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [
        "examples",
        "tests/fixtures/hostile",
        "tests/fixtures/report",
    ] {
        for f in files_below(&root().join(dir), "toml") {
            let text = std::fs::read_to_string(&f).expect("readable");
            if !text.lines().any(|l| l.trim() == "[scan]") {
                files.push(f);
            }
        }
    }
    files
}

/// A copy of a session file in which every professionals' and partners' text and
/// example carries a marker, with the files next to it.
fn marked_copy(file: &Path, into: &Path) -> PathBuf {
    let folder = file.parent().expect("folder");
    for f in std::fs::read_dir(folder).expect("folder") {
        let f = f.expect("entry").path();
        if f.is_file() {
            std::fs::copy(&f, into.join(f.file_name().expect("name"))).expect("copy");
        }
    }
    let text = std::fs::read_to_string(file).expect("readable");
    let mut doc: toml_edit::DocumentMut = text.parse().expect("a TOML document");
    if let Some(teams) = doc.get_mut("team").and_then(|t| t.as_array_of_tables_mut()) {
        for team in teams.iter_mut() {
            if team.get("role").and_then(|r| r.as_str()) == Some("parents") {
                continue;
            }
            let Some(answers) = team.get_mut("answers").and_then(|a| a.as_table_like_mut()) else {
                continue;
            };
            for (_, answer) in answers.iter_mut() {
                let Some(answer) = answer.as_table_like_mut() else {
                    continue;
                };
                if let Some(t) = answer.get("text").and_then(|t| t.as_str()) {
                    let marked = format!("PROFTEXTMARK {t}");
                    answer.insert("text", toml_edit::value(marked));
                }
                if let Some(list) = answer.get("examples").and_then(|e| e.as_array()) {
                    let mut marked = toml_edit::Array::new();
                    for e in list.iter().filter_map(|e| e.as_str()) {
                        marked.push(format!("PROFEXAMPLEMARK {e}"));
                    }
                    answer.insert("examples", toml_edit::value(marked));
                }
            }
        }
    }
    let target = into.join(file.file_name().expect("name"));
    std::fs::write(&target, doc.to_string()).expect("write");
    target
}

/// Vote lists of two or more votes as the team's report writes them.
fn vote_lists(team_json: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    for team in team_json["teams"].as_array().expect("teams") {
        for item in team["items"].as_array().expect("items") {
            let votes: Vec<String> = item["votes"]
                .as_array()
                .expect("votes")
                .iter()
                .map(|v| v.to_string())
                .collect();
            if votes.len() >= 3 && votes.windows(2).any(|w| w[0] != w[1]) {
                out.push(votes.join(", "));
            }
        }
    }
    out
}

fn has_key(v: &serde_json::Value, key: &str) -> bool {
    match v {
        serde_json::Value::Object(m) => m.iter().any(|(k, x)| k == key || has_key(x, key)),
        serde_json::Value::Array(a) => a.iter().any(|x| has_key(x, key)),
        _ => false,
    }
}

#[test]
fn the_parents_report_never_shows_what_professionals_wrote_nor_any_vote() {
    let files = corpus();
    assert!(files.len() >= 6, "{files:?}");
    let mut checked = 0;
    for file in &files {
        let dir = tempfile::tempdir().expect("temp dir");
        let marked = marked_copy(file, dir.path());
        let marked_s = marked.to_string_lossy().into_owned();
        // The team's report does show the marks, so the marks can be found.
        let team = run(&["report", "-q", "--format", "json", &marked_s], None);
        if code(&team) != 0 {
            continue;
        }
        let team_json: serde_json::Value = serde_json::from_slice(&team.stdout).expect("JSON");
        let team_md = ok(&["report", "-q", &marked_s]);
        let votes = vote_lists(&team_json);
        for lang in ["nl", "en"] {
            for format in ["md", "html", "json"] {
                let out = ok(&[
                    "report",
                    "-q",
                    "--audience",
                    "parents",
                    "--lang",
                    lang,
                    "--format",
                    format,
                    &marked_s,
                ]);
                let what = format!("{} {lang} {format}", file.display());
                assert!(
                    !out.contains("PROFTEXTMARK"),
                    "{what}: a professionals' text"
                );
                assert!(
                    !out.contains("PROFEXAMPLEMARK"),
                    "{what}: a professionals' example"
                );
                for v in &votes {
                    assert!(!out.contains(v.as_str()), "{what}: the votes {v}");
                }
                if format == "json" {
                    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
                    assert_eq!(v["audience"], "parents");
                    assert!(!has_key(&v, "votes"), "{what}: votes in the JSON");
                    assert!(!has_key(&v, "notes"), "{what}: the session notes");
                }
            }
        }
        if team_md.contains("PROFTEXTMARK") {
            checked += 1;
        }
    }
    assert!(
        checked >= 4,
        "marked texts were found in {checked} team reports only"
    );
}

#[test]
fn the_parents_report_shows_the_parents_words_and_the_teams_scores() {
    let v = json(&[
        "report",
        "-q",
        "--format",
        "json",
        "--audience",
        "parents",
        REGENBOOG,
    ]);
    let keys: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "audience",
            "definition",
            "session",
            "scale",
            "parent_teams",
            "professional_teams",
            "criteria",
            "gaps",
            "gaps_compared_with_all",
            "actions"
        ]
    );
    let team = json(&["report", "-q", "--format", "json", REGENBOOG]);
    assert_eq!(
        v["gaps"], team["gaps"],
        "the same gaps as the team's report"
    );
    assert_eq!(
        v["actions"].as_array().expect("actions").len(),
        team["actions"].as_array().expect("actions").len()
    );
    // C3: the parents' answer with how many voted, their text, in parents' words.
    let c3 = v["criteria"][2]["items"][2].clone();
    assert_eq!(c3["code"], "C3");
    assert_eq!(
        c3["question"],
        "Weet u wat uw kind leert, en hoe u thuis kunt helpen bij het leren?"
    );
    let a = &c3["answers"][0];
    assert!(a["voters"].as_u64().expect("voters") >= 2, "{a}");
    let md = ok(&["report", "-q", "--audience", "parents", REGENBOOG]);
    assert!(
        md.starts_with("# Wat ouders ons vertelden: Kindcentrum De Regenboog\n"),
        "{md}"
    );
    assert!(
        md.contains(&format!("{} ouders gaven een score", a["voters"])),
        "{md}"
    );
    assert!(md.contains("| Team: Basisschool De Regenboog |"), "{md}");
    assert!(md.contains("## Wat gaat er nu gebeuren"), "{md}");
    let en = ok(&[
        "report",
        "-q",
        "--audience",
        "parents",
        "--lang",
        "en",
        REGENBOOG,
    ]);
    assert!(
        en.starts_with("# What parents told us: Kindcentrum De Regenboog\n"),
        "{en}"
    );
    let html = ok(&[
        "report",
        "-q",
        "--audience",
        "parents",
        "--format",
        "html",
        REGENBOOG,
    ]);
    assert!(
        html.contains("<h2 id=\"plan-h\">Wat gaat er nu gebeuren</h2>"),
        "{html}"
    );
    assert_no_dead_links(&html, "parents' report");
}

#[test]
fn parents_reports_for_a_folder_come_with_an_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("ouders");
    let out_s = out.to_string_lossy().into_owned();
    for format in ["md", "html", "json"] {
        let o = run(
            &[
                "report",
                "-q",
                "--audience",
                "parents",
                "--format",
                format,
                "-o",
                &out_s,
                "examples",
            ],
            None,
        );
        assert_eq!(code(&o), 0, "{}", text(&o.stderr));
        let one = std::fs::read_to_string(out.join(format!("kindcentrum-de-regenboog.{format}")))
            .expect("a parents' report per file");
        match format {
            "json" => assert!(one.contains("\"audience\": \"parents\"")),
            "md" => assert!(one.starts_with("# Wat ouders ons vertelden")),
            _ => assert!(one.contains("<h1>Wat ouders ons vertelden")),
        }
        assert!(out.join(format!("index.{format}")).is_file());
    }
}

#[test]
fn the_parents_templates_are_listed_and_exported() {
    let list = ok(&["list"]);
    assert!(
        list.contains("parents.md.j2") && list.contains("parents.html.j2"),
        "{list}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().join("t");
    let d_s = d.to_string_lossy().into_owned();
    let o = run(&["templates", "export", &d_s], None);
    assert_eq!(code(&o), 0);
    for name in ["parents.md.j2", "parents.html.j2"] {
        assert!(d.join(name).is_file(), "{name}");
    }
}

//! Acceptance: `scan` used the way the SPEC promises, by someone who has never seen the
//! shipped examples. The files under `tests/fixtures/acceptance/` were written from the
//! SPEC alone: a library's own definition on a 0–10 scale in a sub-folder (`bib/`), a
//! sports club with an inline 1–5 definition and codes like `K1-a`, and `broken/`, one
//! file per kind of mistake, each ending in `# expect: CODE LINE:COLUMN` lines. Every
//! number asserted here was worked out by hand from the SPEC's definitions.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_json::Value;

use crate::common::*;

const DIR: &str = "tests/fixtures/acceptance";
const ZUID: &str = "tests/fixtures/acceptance/bib/zuid.toml";
const SPORT: &str = "tests/fixtures/acceptance/inline-sport.toml";

fn report_json(args: &[&str]) -> Value {
    let mut all = vec!["report", "--format", "json", "-q"];
    all.extend_from_slice(args);
    let o = run(&all, None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("report JSON")
}

fn close(got: &Value, want: f64) -> bool {
    got.as_f64().is_some_and(|g| (g - want).abs() < 1e-12)
}

fn team<'a>(r: &'a Value, name: &str) -> &'a Value {
    r["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .find(|t| t["name"] == name)
        .unwrap_or_else(|| panic!("team {name} in {r:#}"))
}

fn item<'a>(t: &'a Value, code: &str) -> &'a Value {
    t["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["code"] == code)
        .unwrap_or_else(|| panic!("item {code}"))
}

fn criterion<'a>(t: &'a Value, code: &str) -> &'a Value {
    t["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .find(|c| c["code"] == code)
        .unwrap_or_else(|| panic!("criterion {code}"))
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect()
}

fn has_keys(v: &Value, want: &[&str]) {
    let got = keys(v);
    for k in want {
        assert!(got.contains(k), "key `{k}` missing in {got:?}");
    }
}

#[test]
fn custom_definition_on_a_0_to_10_scale_scores_as_the_spec_defines() {
    let r = report_json(&[ZUID]);
    assert_eq!(r["definition"]["id"], "bieb-scan");
    assert_eq!(r["definition"]["version"], "2.1");
    assert_eq!(
        r["session"]["organisation"],
        "Bibliotheek Zuid — Ærø & Çatalhöyük"
    );

    let zuid = team(&r, "Vestiging Zuid 📚");
    assert_eq!(zuid["type"], "branch");
    assert_eq!(zuid["role"], "professionals");
    // V1: no agreed score, votes 7, 8, 10 → 25/3, at full precision.
    assert!(close(&item(zuid, "V1")["score"], 25.0 / 3.0));
    assert_eq!(item(zuid, "V1")["votes"], serde_json::json!([7, 8, 10]));
    // V2: an agreed 0 is a score, not a missing one.
    assert!(close(&item(zuid, "V2")["score"], 0.0));
    // W1: na → answered, no score.
    let w1 = item(zuid, "W1");
    assert!(w1["score"].is_null() && w1["na"] == true && w1["answered"] == true);
    // W2: the agreed score wins over the votes.
    assert!(close(&item(zuid, "W2")["score"], 9.0));
    // W3: unanswered.
    let w3 = item(zuid, "W3");
    assert!(w3["score"].is_null() && w3["answered"] == false && w3["na"] == false);
    // Criteria: V = (25/3 + 0) / 2; W leaves the na item out: 9.
    assert!(close(&criterion(zuid, "V")["score"], 25.0 / 6.0));
    assert!(close(&criterion(zuid, "W")["score"], 9.0));
    // Completeness: 4 of 5 answered (the na one included).
    assert!(close(&zuid["completeness"], 0.8));

    let bus = team(&r, "Bus");
    assert!(close(&item(bus, "W3")["score"], 3.5), "mean of votes 3, 4");
    assert!(close(&criterion(bus, "W")["score"], 3.5));
    assert!(close(&bus["completeness"], 0.4));

    // A criterion nobody scored is null, not 0.
    let partners = team(&r, "Partners");
    assert_eq!(partners["role"], "partners");
    assert!(criterion(partners, "W")["score"].is_null());
    assert!(close(&partners["completeness"], 0.2));

    // Gaps: professionals − parents, largest first; partners left out. The parents of a
    // branch are set against the branch's own team only, not the mobile library's bus.
    let gaps = r["gaps"].as_array().expect("gaps");
    assert_eq!(gaps.len(), 2, "{gaps:#?}");
    assert_eq!(gaps[0]["code"], "W2");
    assert!(close(&gaps[0]["gap"], 7.0));
    assert_eq!(gaps[1]["code"], "V1");
    assert_eq!(gaps[1]["type"], "branch");
    assert_eq!(gaps[1]["compared_with"], "type");
    assert_eq!(gaps[1]["professional_teams"], 1);
    assert!(close(&gaps[1]["professionals"], 25.0 / 3.0));
    assert!(close(&gaps[1]["parents"], 3.0));
    assert!(close(&gaps[1]["gap"], 25.0 / 3.0 - 3.0));

    let actions = r["actions"].as_array().expect("actions");
    assert_eq!(actions.len(), 2);
    assert_eq!(actions[0]["status"], "doing");
    assert_eq!(actions[1]["status"], "planned", "the default status");
    assert!(actions[1]["owner"].is_null() && actions[1]["due"].is_null());
}

#[test]
fn report_json_has_every_key_the_spec_lists() {
    let r = report_json(&[ZUID]);
    has_keys(&r, &["definition", "session", "teams", "gaps", "actions"]);
    has_keys(&r["definition"], &["id", "version"]);
    for t in r["teams"].as_array().expect("teams") {
        has_keys(
            t,
            &["name", "type", "role", "completeness", "items", "criteria"],
        );
        for i in t["items"].as_array().expect("items") {
            has_keys(i, &["code", "score", "answered", "na", "votes"]);
        }
        for c in t["criteria"].as_array().expect("criteria") {
            has_keys(c, &["code", "score"]);
        }
        // Every item of the definition is listed, answered or not.
        assert_eq!(t["items"].as_array().expect("items").len(), 5);
    }
    // Missing session facts are null, not left out.
    assert!(r["session"]["notes"].is_null());
}

#[test]
fn inline_definition_with_its_own_codes_and_a_1_to_5_scale() {
    let r = report_json(&[SPORT]);
    assert_eq!(r["definition"]["id"], "club-scan");
    let staff = team(&r, "Trainers | staf");
    assert_eq!(staff["type"], "youth-dept");
    assert!(close(&criterion(staff, "K1")["score"], 3.5), "(5 + 2) / 2");
    assert!(
        close(&item(staff, "T-1")["score"], 5.0 / 3.0),
        "votes 1, 2, 2"
    );
    let parents = team(&r, "Ouders");
    assert!(
        criterion(parents, "T")["score"].is_null(),
        "only item is na"
    );
    assert!(
        close(&parents["completeness"], 1.0),
        "na counts as answered"
    );
    // Gaps only where both sides have a score: K1-a 5 − 1 = 4 before K1-b 2 − 1 = 1.
    let gaps: Vec<(&str, f64)> = r["gaps"]
        .as_array()
        .expect("gaps")
        .iter()
        .map(|g| {
            (
                g["code"].as_str().expect("code"),
                g["gap"].as_f64().expect("gap"),
            )
        })
        .collect();
    assert_eq!(gaps, vec![("K1-a", 4.0), ("K1-b", 1.0)]);

    // The definition's language (nl) is the default; `--lang en` switches the wording.
    let nl = text(&run(&["report", "-q", SPORT], None).stdout);
    let en = text(&run(&["report", "-q", "--lang", "en", SPORT], None).stdout);
    assert!(nl.contains("## Volledigheid"), "{nl}");
    assert!(en.contains("## Completeness"), "{en}");
    // Scale labels of the definition, whatever the report's language.
    assert!(nl.contains("Goed") && en.contains("Goed"));
}

#[test]
fn a_pipe_or_newline_in_a_name_does_not_break_a_markdown_table() {
    let md = text(&run(&["report", "-q", SPORT], None).stdout);
    let mut header_cells = None;
    for line in md.lines() {
        if !line.starts_with('|') {
            header_cells = None;
            continue;
        }
        // Cells are separated by pipes that are not escaped.
        let cells = line.replace("\\|", "").matches('|').count();
        match header_cells {
            None => header_cells = Some(cells),
            Some(n) => assert_eq!(cells, n, "row breaks its table: {line}"),
        }
    }
    assert!(md.contains("Trainers \\| staf"), "{md}");
    let heading = md.lines().next().expect("heading");
    assert!(
        heading.starts_with("# ") && heading.contains("\\<b\\>"),
        "raw HTML in a name is shown as text: {heading}"
    );
}

/// `# expect: CODE LINE:COLUMN` lines of a fixture.
fn expectations(text: &str) -> Vec<(String, u64, u64)> {
    text.lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .filter_map(|e| {
            let (code, place) = e.trim().split_once(' ')?;
            let (line, col) = place.split_once(':')?;
            Some((code.to_string(), line.parse().ok()?, col.parse().ok()?))
        })
        .collect()
}

#[test]
fn every_broken_file_gives_exactly_its_problems_each_with_a_place_and_a_hint() {
    let files = files_below(&root().join(DIR).join("broken"), "toml");
    assert!(files.len() >= 15, "{}", files.len());
    let mut failures = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(root())
            .expect("below root")
            .to_string_lossy()
            .into_owned();
        let want = expectations(&std::fs::read_to_string(f).expect("fixture"));
        assert!(!want.is_empty(), "{rel} has `# expect:` lines");
        let (status, v) = validate_json(&[&rel]);
        let diags = v["diagnostics"].as_array().expect("list");
        let got: Vec<(String, u64, u64)> = diags
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap_or_default().to_string(),
                    d["line"].as_u64().unwrap_or_default(),
                    d["column"].as_u64().unwrap_or_default(),
                )
            })
            .collect();
        let errors = diags.iter().filter(|d| d["severity"] == "error").count();
        if got != want || status != i32::from(errors > 0) {
            failures.push(format!("{rel}: want {want:?}, got {got:?} (exit {status})"));
        }
        for d in diags {
            has_keys(
                d,
                &[
                    "file", "line", "column", "severity", "code", "message", "help",
                ],
            );
            if d["help"].as_str().is_none_or(|h| h.trim().is_empty()) {
                failures.push(format!("{rel}: no hint for {d}"));
            }
        }
        // The same problems for people: place, source line, caret, hint.
        let o = run(&["validate", &rel], None);
        let human = text(&o.stderr);
        for (c, line, col) in &want {
            let header = format!("[{c}]: ");
            let place = format!("--> {rel}:{line}:{col}");
            if !human.contains(&header) || !human.contains(&place) {
                failures.push(format!(
                    "{rel}: `{header}` at `{place}` missing in\n{human}"
                ));
            }
        }
        let carets = human
            .lines()
            .filter(|l| l.trim_end().ends_with('^'))
            .count();
        let helps = human.matches("= help: ").count();
        if helps != want.len() || carets < want.len() {
            failures.push(format!(
                "{rel}: every problem needs a source line, caret and hint:\n{human}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn hints_say_what_to_do_in_plain_words() {
    let cases = [
        ("vote-off-scale.toml", "vote 11 is outside the scale 0–10"),
        (
            "vote-off-scale.toml",
            "use a whole number from 0 to 10 — see `scan explain score-out-of-range`\n",
        ),
        ("vote-as-text.toml", "remove the quotes around 8"),
        ("answer-for-criterion.toml", "`W` is a criterion"),
        (
            "answer-unknown-item.toml",
            "did you mean `W3`? Criterion W has the items `W1`, `W2` and `W3`",
        ),
        ("role-typo.toml", "did you mean `parents`?"),
        (
            "type-of-other-scan.toml",
            "the types of bieb-scan are `branch`, `mobile` and `school-lib`",
        ),
        ("definition-typo.toml", "did you mean `partnerschapscan"),
        (
            "definition-below-header.toml",
            "belongs at the top of the file",
        ),
        ("action-typos.toml", "an action is for `w1`"),
        ("action-typos.toml", "did you mean `title`?"),
        ("action-typos.toml", "did you mean `W1`?"),
        (
            "target-unknown.toml",
            "target 11 for V is outside the scale 0–10",
        ),
        ("team-without-answers.toml", "`[team.answers.V1]`"),
        ("def-bad.toml", "for example `mobile-lib = \"\"`"),
        ("def-bad.toml", "for example `id = \"bieb-scan\"`"),
        ("def-bad.toml", "11 scores but 2 labels"),
        (
            "session-value-types.toml",
            "remove the quotes: `date = 2026-03-04`",
        ),
        ("session-value-types.toml", "`guests = [\"wijkagent\"]`"),
    ];
    for (file, words) in cases {
        let path = format!("{DIR}/broken/{file}");
        let err = text(&run(&["validate", &path], None).stderr);
        assert!(err.contains(words), "{file}: want `{words}` in\n{err}");
    }
}

#[test]
fn exit_codes_strict_and_quiet() {
    // Warnings only: 0; with --strict: 1; -q prints only the summary line.
    let o = run(&["validate", ZUID], None);
    assert_eq!(code(&o), 0);
    let err = text(&o.stderr);
    assert!(err.contains("warning[unanswered-items]"));
    // "Board talk" has neither owner nor due date.
    assert!(err.contains("warning[action-without-owner]: action \"Board talk\" has no owner"));
    assert!(err.contains("warning[action-without-due]: action \"Board talk\" has no due date"));
    assert_eq!(code(&run(&["validate", "--strict", ZUID], None)), 1);
    let o = run(&["validate", "-q", ZUID], None);
    assert_eq!(text(&o.stderr).trim(), "0 errors, 6 warnings in 1 file");
    assert!(o.stdout.is_empty());
    let o = run(&["validate", "-q", "--strict", ZUID], None);
    assert_eq!(code(&o), 1);
    assert_eq!(text(&o.stderr).lines().count(), 1);
    // Errors: 1. Usage errors, missing files: 2.
    assert_eq!(
        code(&run(
            &["validate", &format!("{DIR}/broken/role-typo.toml")],
            None
        )),
        1
    );
    assert_eq!(code(&run(&["validate"], None)), 2);
    assert_eq!(code(&run(&["validate", "--no-such-flag", ZUID], None)), 2);
    assert_eq!(code(&run(&["validate", "no/such/file.toml"], None)), 2);
    assert_eq!(code(&run(&["report", "--format", "pdf", ZUID], None)), 2);
    assert_eq!(code(&run(&["report", "--lang", "de", ZUID], None)), 2);
}

#[test]
fn a_folder_honours_gitignore_and_checks_definition_files_met_on_the_way() {
    // bib/ holds a session, a definition in defs/ and (ignored) junk that is not TOML.
    let (status, v) = validate_json(&[&format!("{DIR}/bib")]);
    assert_eq!(status, 0, "{v:#}");
    assert_eq!(
        v["files"], 2,
        "session and definition, not the ignored junk"
    );
    assert_eq!(v["errors"], 0);
    // report skips the definition: one report (and the index).
    let out = tempfile::tempdir().expect("tmp");
    let dir = out.path().join("rapporten");
    let o = run(
        &[
            "report",
            "-q",
            "-o",
            &dir.to_string_lossy(),
            &format!("{DIR}/bib"),
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["index.md", "zuid.md"]);
    let index = std::fs::read_to_string(dir.join("index.md")).expect("index");
    assert!(index.contains("One report"), "{index}");
    assert!(index.contains("](zuid.md)"), "{index}");
}

#[test]
fn standard_input_finds_a_relative_definition_from_the_working_folder() {
    let session = std::fs::read(root().join(ZUID)).expect("session");
    let o = run_in(
        &root().join(DIR).join("bib"),
        &["report", "--format", "json", "-q", "-"],
        Some(&session),
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let from_stdin: Value = serde_json::from_slice(&o.stdout).expect("json");
    let from_file = report_json(&[ZUID]);
    assert_eq!(from_stdin["teams"], from_file["teams"]);
}

#[test]
fn bom_and_crlf_give_the_same_report_as_plain_utf8() {
    let dir = tempfile::tempdir().expect("tmp");
    let plain = std::fs::read_to_string(root().join(SPORT)).expect("fixture");
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(plain.replace('\n', "\r\n").into_bytes());
    let windows = dir.path().join("windows.toml");
    std::fs::write(&windows, bytes).expect("write");
    let from_windows = report_json(&[&windows.to_string_lossy()]);
    let from_plain = report_json(&[SPORT]);
    assert_eq!(from_windows["teams"], from_plain["teams"]);
    assert_eq!(from_windows["session"], from_plain["session"]);
}

#[test]
fn an_encoding_error_shows_the_line_and_a_caret_under_the_bad_byte() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("latin1.toml");
    std::fs::write(
        &path,
        b"definition = \"partnerschapscan\"\n[session]\norganisation = \"Cr\xe8che\"\n",
    )
    .expect("write");
    let err = text(&run(&["validate", &path.to_string_lossy()], None).stderr);
    assert!(err.contains(":3:19"), "{err}");
    assert!(
        err.contains("3 | organisation = \"Cr\u{fffd}che\""),
        "{err}"
    );
    let caret_line = err
        .lines()
        .find(|l| l.trim_end().ends_with('^'))
        .expect("caret");
    let source_line = err
        .lines()
        .find(|l| l.contains("organisation"))
        .expect("line");
    let col = |l: &str, c: char| l.chars().position(|x| x == c);
    assert_eq!(col(caret_line, '^'), col(source_line, '\u{fffd}'), "{err}");

    let path = dir.path().join("nul.toml");
    std::fs::write(&path, b"definition = \"partnerschapscan\"\n# a\0b\n").expect("write");
    let err = text(&run(&["validate", &path.to_string_lossy()], None).stderr);
    assert!(err.contains(":2:4") && err.contains("# a\\u{0}b"), "{err}");
}

#[test]
fn more_than_16_mib_on_standard_input_does_not_claim_a_size() {
    let big = vec![b'#'; 17 * 1024 * 1024];
    let o = run(&["validate", "-"], Some(&big));
    assert_eq!(code(&o), 1);
    let err = text(&o.stderr);
    assert!(err.contains("more than 16 MiB"), "{err}");
}

#[cfg(unix)]
#[test]
fn written_files_get_normal_permissions_and_fmt_keeps_a_files_own() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tmp");
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    // What the umask gives any new file.
    let reference = dir.path().join("reference");
    std::fs::write(&reference, "x").expect("write");
    let report = dir.path().join("zuid.html");
    let o = run(
        &[
            "report",
            "-q",
            "--format",
            "html",
            "-o",
            &report.to_string_lossy(),
            ZUID,
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert_eq!(
        mode(&report),
        mode(&reference),
        "a report is readable like any file"
    );

    let session = dir.path().join("sport.toml");
    let messy = std::fs::read_to_string(root().join(SPORT))
        .expect("fixture")
        .replace("score = 5", "score   =   5");
    std::fs::write(&session, messy).expect("write");
    std::fs::set_permissions(&session, std::fs::Permissions::from_mode(0o664)).expect("chmod");
    let o = run(&["fmt", &session.to_string_lossy()], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(
        std::fs::read_to_string(&session)
            .expect("read")
            .contains("score = 5")
    );
    assert_eq!(mode(&session), 0o664, "fmt keeps the file's permissions");
}

#[test]
fn outputs_never_replace_inputs_and_many_reports_need_a_folder() {
    let dir = tempfile::tempdir().expect("tmp");
    let session = dir.path().join("zuid.toml");
    let text_in = std::fs::read_to_string(root().join(SPORT)).expect("fixture");
    std::fs::write(&session, &text_in).expect("write");
    let s = session.to_string_lossy().into_owned();
    // Over the input itself, or over another existing .toml: refused, exit 2.
    let o = run(&["report", "-q", "-o", &s, &s], None);
    assert_eq!(code(&o), 2);
    let other = dir.path().join("other.toml");
    std::fs::write(&other, "# mine").expect("write");
    let o = run(&["report", "-q", "-o", &other.to_string_lossy(), &s], None);
    assert_eq!(code(&o), 2);
    assert!(text(&o.stderr).contains("refusing"), "{}", text(&o.stderr));
    assert_eq!(std::fs::read_to_string(&session).expect("read"), text_in);
    assert_eq!(std::fs::read_to_string(&other).expect("read"), "# mine");

    // Two sessions and `-o report.md`: a usage error, not a folder called report.md.
    let second = dir.path().join("tweede.toml");
    std::fs::write(&second, &text_in).expect("write");
    let target = dir.path().join("report.md");
    let o = run(
        &[
            "report",
            "-q",
            "-o",
            &target.to_string_lossy(),
            &s,
            &second.to_string_lossy(),
        ],
        None,
    );
    assert_eq!(code(&o), 2);
    assert!(text(&o.stderr).contains("folder"), "{}", text(&o.stderr));
    assert!(!target.exists());
}

#[test]
fn same_file_names_in_different_folders_get_distinct_reports_inside_the_folder() {
    let dir = tempfile::tempdir().expect("tmp");
    let text_in = std::fs::read_to_string(root().join(SPORT)).expect("fixture");
    for sub in ["noord", "zuid"] {
        std::fs::create_dir_all(dir.path().join("in").join(sub)).expect("mkdir");
        std::fs::write(
            dir.path().join("in").join(sub).join("sessie.toml"),
            text_in.replace("VV Oranje", &format!("VV {sub}")),
        )
        .expect("write");
    }
    // A session file called `index.toml` must not take the index page's name.
    std::fs::write(dir.path().join("in").join("index.toml"), &text_in).expect("write");
    let out = dir.path().join("out");
    for _ in 0..2 {
        let o = run_in(
            dir.path(),
            &["report", "-q", "--format", "html", "-o", "out", "in"],
            None,
        );
        assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    }
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.contains(&"index.html".to_string()));
    let index = std::fs::read_to_string(out.join("index.html")).expect("index");
    for n in names.iter().filter(|n| *n != "index.html") {
        assert!(
            index.contains(&format!("href=\"{n}\"")),
            "{n} linked from the index"
        );
    }
}

#[test]
fn every_format_is_byte_identical_across_runs() {
    for format in ["md", "html", "json"] {
        for file in [ZUID, SPORT] {
            let a = run(&["report", "-q", "--format", format, file], None);
            let b = run(&["report", "-q", "--format", format, file], None);
            assert_eq!(code(&a), 0);
            assert!(a.stdout == b.stdout, "{format} {file} differs between runs");
        }
    }
    let a = run(&["validate", "--format", "json", DIR], None);
    let b = run(&["validate", "--format", "json", DIR], None);
    assert!(a.stdout == b.stdout && a.stderr == b.stderr);
}

#[test]
fn new_for_a_definition_file_refers_to_it_relatively_and_validates() {
    let bib = root().join(DIR).join("bib");
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::create_dir_all(dir.path().join("defs")).expect("mkdir");
    std::fs::copy(
        bib.join("defs/bieb-scan.toml"),
        dir.path().join("defs/bieb-scan.toml"),
    )
    .expect("copy");
    let o = run_in(
        dir.path(),
        &[
            "new",
            "--definition",
            "defs/bieb-scan.toml",
            "--org",
            "Bieb Ü",
            "--type",
            "branch",
            "--type",
            "mobile",
            "--parents",
            "-o",
            "nieuw.toml",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("(3 teams, 5 items each)"));
    let written = std::fs::read_to_string(dir.path().join("nieuw.toml")).expect("new file");
    assert!(
        written.starts_with("# ") && written.contains("\ndefinition = \"defs/bieb-scan.toml\"\n"),
        "a relative path that still works when the folder moves:\n{written}"
    );
    for q in ["# V1 Why work with parents?", "# W3 Is there coffee?"] {
        assert!(written.contains(q), "questions as comments: {q}");
    }
    let o = run_in(
        dir.path(),
        &["validate", "--format", "json", "nieuw.toml"],
        None,
    );
    assert_eq!(code(&o), 0);
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["errors"], 0, "{v:#}");
    // Never overwrites.
    let o = run_in(
        dir.path(),
        &[
            "new",
            "--definition",
            "defs/bieb-scan.toml",
            "--org",
            "X",
            "--type",
            "branch",
            "-o",
            "nieuw.toml",
        ],
        None,
    );
    assert_eq!(code(&o), 2);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("nieuw.toml")).expect("still there"),
        written
    );
    let o = run_in(
        dir.path(),
        &[
            "new",
            "--definition",
            "defs/bieb-scan.toml",
            "--org",
            "X",
            "--type",
            "one",
        ],
        None,
    );
    assert_eq!(code(&o), 2, "a type the definition lacks is a usage error");
    assert!(text(&o.stderr).contains("branch"), "{}", text(&o.stderr));
}

#[test]
fn fmt_keeps_comments_and_values_is_idempotent_and_checks() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("rommel.toml");
    let messy = "# kop\n[[action]] # bij de kop\ntitle = 'Koffie'   # waarom\n\n[targets]\nT = 4 # doel\n\n[[team]]\nrole = \"parents\"\ntype = \"club\"\nname = \"Ouders\"\n  [team.answers.K1-b]\n  text = 'twee'\n  score = 2\n  # tussen\n  [team.answers.K1-a]\n  score = 3\n\n[session]\norganisation = \"VV\"  # naam\n";
    let inline_def: String = std::fs::read_to_string(root().join(SPORT))
        .expect("fixture")
        .split("[session]")
        .next()
        .expect("definition part")
        .to_string();
    let before = format!("{inline_def}{messy}");
    std::fs::write(&path, &before).expect("write");
    let p = path.to_string_lossy().into_owned();
    assert_eq!(code(&run(&["validate", "-q", &p], None)), 0);

    let o = run(&["fmt", "--check", &p], None);
    assert_eq!(code(&o), 1);
    let diff = text(&o.stdout) + &text(&o.stderr);
    assert!(
        diff.contains("-[session]") || diff.contains("+[session]"),
        "{diff}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        before,
        "--check writes nothing"
    );

    assert_eq!(code(&run(&["fmt", &p], None)), 0);
    let after = std::fs::read_to_string(&path).expect("read");
    for c in [
        "# kop",
        "# bij de kop",
        "# waarom",
        "# doel",
        "# tussen",
        "# naam",
    ] {
        assert!(after.contains(c), "lost `{c}`:\n{after}");
    }
    let data = |s: &str| s.parse::<toml::Table>().expect("toml");
    assert_eq!(data(&before), data(&after), "same data");
    assert!(after.find("[session]") < after.find("[[team]]"), "{after}");
    assert!(
        after.find("K1-a]") < after.find("K1-b]"),
        "items in definition order"
    );
    let o = run(&["fmt", "--check", &p], None);
    assert_eq!(code(&o), 0, "idempotent: {}", text(&o.stdout));

    // A file with errors is refused and left alone.
    let broken = root().join(DIR).join("broken/role-typo.toml");
    let copy = dir.path().join("kapot.toml");
    std::fs::copy(&broken, &copy).expect("copy");
    let copy_text = std::fs::read_to_string(&copy).expect("read");
    let o = run(&["fmt", &copy.to_string_lossy()], None);
    assert_ne!(code(&o), 0);
    assert_eq!(std::fs::read_to_string(&copy).expect("read"), copy_text);
}

/// The subcommands `scan --help` lists.
fn subcommands() -> Vec<String> {
    let help = text(&run(&["--help"], None).stdout);
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn every_command_has_help_with_an_example() {
    let commands = subcommands();
    assert!(commands.len() >= 10, "{commands:?}");
    for c in &commands {
        let o = run(&[c, "--help"], None);
        assert_eq!(code(&o), 0, "{c}");
        let help = text(&o.stdout);
        assert!(
            help.contains("Example") && help.contains(&format!("scan {c}")),
            "`scan {c} --help` shows an example:\n{help}"
        );
    }
}

#[test]
fn a_closed_pipe_is_not_a_panic() {
    let cases: Vec<Vec<&str>> = vec![
        vec!["report", "-q", "--format", "html", ZUID],
        vec!["report", "-q", "--format", "json", ZUID],
        vec!["validate", "--format", "json", DIR],
        vec!["schema"],
        vec!["new", "--org", "X", "--type", "primary", "--parents"],
        vec!["new", "--format", "html"],
        vec!["completions", "zsh"],
    ];
    for args in cases {
        let mut child = scan()
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::null())
            .spawn()
            .expect("spawn");
        // Like `| head -c 1`: read a little, then hang up.
        let mut out = child.stdout.take().expect("stdout");
        let mut one = [0u8; 1];
        let _ = std::io::Read::read(&mut out, &mut one);
        drop(out);
        let o = child.wait_with_output().expect("wait");
        let err = text(&o.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(o.status.code().is_some(), "{args:?} ended by a signal");
    }
}

#[test]
fn no_colour_when_not_on_a_terminal() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_scan"))
        .current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .args(["validate", &format!("{DIR}/broken/role-typo.toml")])
        .stdin(Stdio::null())
        .output()
        .expect("run");
    assert!(!o.stderr.contains(&0x1b), "{}", text(&o.stderr));
}

#[test]
fn hostile_text_in_a_custom_definition_report_stays_text() {
    let dir = tempfile::tempdir().expect("tmp");
    let path: PathBuf = dir.path().join("vijandig.toml");
    let sport = std::fs::read_to_string(root().join(SPORT)).expect("fixture");
    let hostile = sport.replace(
        "  [team.answers.K1-b]\n  score = 2\n",
        "  [team.answers.K1-b]\n  score = 2\n  text = \"<script>alert(1)</script>\\n\\n[x](javascript:alert(2)) ![p](https://example.com/p.png) {{ 6*7 }}\"\n  examples = [\"<img src=x onerror=alert(3)>\", \"{% raw %}\"]\n",
    );
    std::fs::write(&path, hostile).expect("write");
    let p = path.to_string_lossy().into_owned();
    let o = run(&["report", "-q", "--format", "html", &p], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let html = text(&o.stdout);
    // Shown as text is fine; a link, an image or a script that would act is not.
    let lower = html.to_lowercase();
    for bad in [
        "<script>alert",
        "href=\"javascript:",
        "src=\"https://",
        "<img src=x",
    ] {
        assert!(!lower.contains(bad), "`{bad}` in the HTML");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        html.contains("{{ 6*7 }}"),
        "template syntax shown, not evaluated"
    );
    let md = text(&run(&["report", "-q", &p], None).stdout);
    assert!(
        !md.contains("](javascript:") && !md.contains("<script>"),
        "{md}"
    );
}

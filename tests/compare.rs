//! `scan compare`: statistics worked out by hand on fixed fixtures, a property test
//! against a naive recomputation, CSV read back with a standard reader, refusals,
//! invalid files, and the same output however many threads read the files.
//!
//! The fixtures in `tests/fixtures/compare/` (definition `duo`: A1 A2 | B1 B2, scale 1–4):
//!
//! | file | team | type | role | A1 | A2 | B1 | B2 |
//! | --- | --- | --- | --- | --- | --- | --- | --- |
//! | opvang-noord | Opvang Noord | childcare | professionals | 3, "een twee drie", 2 examples | votes 2,3, 4 words | na, 2 words | – |
//! | opvang-noord | Ouders Noord | childcare | parents | 2 | 1 | 4 | – |
//! | opvang-zuid | Opvang Zuid | childcare | professionals | 4, 1 example | 2, "a b" | 1 | 2, "x" |
//! | school-oost | School Oost | primary | professionals | 1, "kort" | 1 | 3 | 4 |
//! | school-oost | Partners Oost | primary | partners | 4 | – | – | – |

use serde_json::{Value, json};

use crate::common::*;

const FIXTURES: &str = "tests/fixtures/compare";

fn compare_json(args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["compare", "--format", "json"];
    all.extend_from_slice(args);
    let o = run(&all, None);
    let v = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "JSON from compare: {e}\nstdout: {}\nstderr: {}",
            text(&o.stdout),
            text(&o.stderr)
        )
    });
    (code(&o), v, text(&o.stderr))
}

fn item<'a>(v: &'a Value, code: &str) -> &'a Value {
    v["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["code"] == code)
        .unwrap_or_else(|| panic!("item {code} in {v:#}"))
}

fn criterion<'a>(v: &'a Value, code: &str) -> &'a Value {
    v["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .find(|i| i["code"] == code)
        .unwrap_or_else(|| panic!("criterion {code} in {v:#}"))
}

/// Asserts every statistic; numbers within 1e-12.
fn assert_stats(got: &Value, want: Value) {
    let want = want.as_object().expect("object");
    let mut got_keys: Vec<&String> = got.as_object().expect("stats").keys().collect();
    // After the SPEC's keys, how many votes the scores rest on (checked against a
    // plain recomputation in `props::naive`).
    assert_eq!(got_keys.pop().map(String::as_str), Some("voters"));
    let want_keys: Vec<&String> = want.keys().collect();
    assert_eq!(got_keys, want_keys, "the SPEC's keys, in its order");
    for (k, w) in want {
        let g = &got[k];
        match (g.as_f64(), w.as_f64()) {
            (Some(a), Some(b)) => assert!((a - b).abs() < 1e-12, "{k}: got {a}, want {b}"),
            _ => assert_eq!(g, w, "{k}"),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn stats(
    teams: u64,
    answered: u64,
    scored: u64,
    mean: Value,
    median: Value,
    min: Value,
    max: Value,
    sd: Value,
    completeness: Value,
    words: Value,
    examples: Value,
) -> Value {
    json!({
        "teams": teams, "answered": answered, "scored": scored, "mean": mean, "median": median,
        "min": min, "max": max, "sd": sd, "completeness": completeness, "words": words,
        "examples": examples,
    })
}

#[test]
fn by_type_statistics_worked_out_by_hand() {
    let (status, v, stderr) = compare_json(&[FIXTURES]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(v["definition"]["id"], "duo");
    assert_eq!(v["definition"]["version"], "1");
    assert_eq!(v["by"], "type");
    assert_eq!(v["role"], "professionals");
    // Types in the definition's order, named by their labels.
    assert_eq!(v["groups"], json!(["Opvang", "School"]));

    // A1: Opvang scores 3 and 4; words 3 and 0; examples 2 and 1.
    let a1 = &item(&v, "A1")["stats"];
    assert_stats(
        &a1["Opvang"],
        stats(
            2,
            2,
            2,
            json!(3.5),
            json!(3.5),
            json!(3.0),
            json!(4.0),
            json!(0.5),
            json!(1.0),
            json!(1.5),
            json!(1.5),
        ),
    );
    assert_stats(
        &a1["School"],
        stats(
            1,
            1,
            1,
            json!(1.0),
            json!(1.0),
            json!(1.0),
            json!(1.0),
            json!(0.0),
            json!(1.0),
            json!(1.0),
            json!(0.0),
        ),
    );
    // A2: votes 2 and 3 make 2.5; with 2 the mean is 2.25; words (4 + 2) / 2.
    assert_stats(
        &item(&v, "A2")["stats"]["Opvang"],
        stats(
            2,
            2,
            2,
            json!(2.25),
            json!(2.25),
            json!(2.0),
            json!(2.5),
            json!(0.25),
            json!(1.0),
            json!(3.0),
            json!(0.0),
        ),
    );
    // B1: `na` is answered but has no score; its two words count.
    assert_stats(
        &item(&v, "B1")["stats"]["Opvang"],
        stats(
            2,
            2,
            1,
            json!(1.0),
            json!(1.0),
            json!(1.0),
            json!(1.0),
            json!(0.0),
            json!(1.0),
            json!(1.0),
            json!(0.0),
        ),
    );
    // B2: only Zuid answered: completeness 1/2; words over answered answers only.
    assert_stats(
        &item(&v, "B2")["stats"]["Opvang"],
        stats(
            2,
            1,
            1,
            json!(2.0),
            json!(2.0),
            json!(2.0),
            json!(2.0),
            json!(0.0),
            json!(0.5),
            json!(1.0),
            json!(0.0),
        ),
    );

    // Criterion A, Opvang: Noord (3 + 2.5) / 2 = 2.75, Zuid (4 + 2) / 2 = 3;
    // words over the four answered answers (3 + 4 + 0 + 2) / 4, examples (2 + 0 + 1 + 0) / 4.
    assert_stats(
        &criterion(&v, "A")["stats"]["Opvang"],
        stats(
            2,
            2,
            2,
            json!(2.875),
            json!(2.875),
            json!(2.75),
            json!(3.0),
            json!(0.125),
            json!(1.0),
            json!(2.25),
            json!(0.75),
        ),
    );
    // Criterion B, Opvang: Noord answered (na) but has no score; Zuid (1 + 2) / 2.
    assert_stats(
        &criterion(&v, "B")["stats"]["Opvang"],
        stats(
            2,
            2,
            1,
            json!(1.5),
            json!(1.5),
            json!(1.5),
            json!(1.5),
            json!(0.0),
            json!(1.0),
            json!(1.0),
            json!(0.0),
        ),
    );
    assert_stats(
        &criterion(&v, "B")["stats"]["School"],
        stats(
            1,
            1,
            1,
            json!(3.5),
            json!(3.5),
            json!(3.5),
            json!(3.5),
            json!(0.0),
            json!(1.0),
            json!(0.0),
            json!(0.0),
        ),
    );

    // Largest range of group means first: A1 2.5, B1 2, B2 2, A2 1.25 (ties in definition order).
    let order: Vec<&str> = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["code"].as_str().expect("code"))
        .collect();
    assert_eq!(order, ["A1", "B1", "B2", "A2"]);
    assert_eq!(item(&v, "A1")["range"], json!(2.5));
    assert_eq!(item(&v, "A1")["criterion"], "A");
    let crit_order: Vec<&str> = v["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .map(|i| i["code"].as_str().expect("code"))
        .collect();
    assert_eq!(crit_order, ["A", "B"], "criteria in definition order");

    // No free text unless asked.
    assert!(item(&v, "A1").get("examples").is_none());
    assert!(!v.to_string().contains("een twee drie"));
}

#[test]
fn professionals_against_parents_where_parents_answered() {
    let (_, v, _) = compare_json(&[FIXTURES]);
    let versus = v["versus"].as_array().expect("versus");
    assert_eq!(versus.len(), 1, "only Opvang has parents: {versus:#?}");
    let opvang = &versus[0];
    assert_eq!(opvang["group"], "Opvang");
    assert_eq!(opvang["professionals"], 2);
    assert_eq!(opvang["parents"], 1);
    assert_eq!(opvang["type"], "childcare");
    assert_eq!(opvang["compared_with"], "type");
    // gap = professionals − parents. Largest gaps first, either way: B1 −3, A1 +1.5,
    // A2 +1.25; B2 has no parents' score.
    let items: Vec<(String, Value)> = opvang["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            (
                i["code"].as_str().expect("code").to_string(),
                i["gap"].clone(),
            )
        })
        .collect();
    assert_eq!(
        items,
        [
            ("B1".to_string(), json!(-3.0)),
            ("A1".to_string(), json!(1.5)),
            ("A2".to_string(), json!(1.25)),
            ("B2".to_string(), Value::Null),
        ]
    );
    // Criterion A: professionals 2.875, parents (2 + 1) / 2.
    let a = &opvang["criteria"][0];
    assert_eq!(a["code"], "A");
    assert_eq!(a["professionals"], json!(2.875));
    assert_eq!(a["parents"], json!(1.5));
    assert_eq!(a["gap"], json!(1.375));
}

#[test]
fn by_role_uses_every_team() {
    let (status, v, _) = compare_json(&[FIXTURES, "--by", "role"]);
    assert_eq!(status, 0);
    assert_eq!(v["role"], "all");
    assert_eq!(v["groups"], json!(["professionals", "parents", "partners"]));
    // A1 of the professionals: 3, 4, 1 in file order.
    let mean = 8.0 / 3.0;
    let sd =
        (((3.0 - mean) * (3.0 - mean) + (4.0 - mean) * (4.0 - mean) + (1.0 - mean) * (1.0 - mean))
            / 3.0f64)
            .sqrt();
    assert_stats(
        &item(&v, "A1")["stats"]["professionals"],
        stats(
            3,
            3,
            3,
            json!(mean),
            json!(3.0),
            json!(1.0),
            json!(4.0),
            json!(sd),
            json!(1.0),
            json!(4.0 / 3.0),
            json!(1.0),
        ),
    );
    assert_stats(
        &item(&v, "A2")["stats"]["partners"],
        stats(
            1,
            0,
            0,
            Value::Null,
            Value::Null,
            Value::Null,
            Value::Null,
            Value::Null,
            json!(0.0),
            Value::Null,
            Value::Null,
        ),
    );
    // A1 ranges from parents' 2 to partners' 4.
    assert_eq!(item(&v, "A1")["range"], json!(2.0));
    // Grouped by role, professionals against parents covers all teams at once.
    assert_eq!(v["versus"].as_array().expect("versus").len(), 1);
    assert_eq!(v["versus"][0]["group"], Value::Null);

    // An explicit --role still wins.
    let (_, v, _) = compare_json(&[FIXTURES, "--by", "role", "--role", "parents"]);
    assert_eq!(v["groups"], json!(["parents"]));
}

#[test]
fn other_groupings_and_roles() {
    let (_, v, _) = compare_json(&[FIXTURES, "--by", "organisation"]);
    assert_eq!(
        v["groups"],
        json!(["Noord", "Oost", "Zuid"]),
        "sorted by name"
    );
    let (_, v, _) = compare_json(&[FIXTURES, "--by", "team", "--role", "all"]);
    assert_eq!(
        v["groups"],
        json!([
            "Opvang Noord",
            "Opvang Zuid",
            "Ouders Noord",
            "Partners Oost",
            "School Oost"
        ])
    );
    let (_, v, _) = compare_json(&[FIXTURES, "--by", "file"]);
    assert_eq!(
        v["groups"],
        json!([
            "tests/fixtures/compare/opvang-noord.toml",
            "tests/fixtures/compare/opvang-zuid.toml",
            "tests/fixtures/compare/school-oost.toml"
        ])
    );
    let (_, v, _) = compare_json(&[FIXTURES, "--role", "parents"]);
    assert_eq!(v["groups"], json!(["Opvang"]));
    assert_eq!(item(&v, "B1")["stats"]["Opvang"]["mean"], json!(4.0));
}

#[test]
fn min_group_leaves_out_small_groups_and_says_so() {
    let o = run(
        &["compare", FIXTURES, "--min-group", "2", "--format", "json"],
        None,
    );
    assert_eq!(code(&o), 0);
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["groups"], json!(["Opvang"]));
    assert_eq!(v["left_out"], json!({"groups": 1, "teams": 1}));
    assert!(item(&v, "A1")["stats"].get("School").is_none());
    assert_eq!(item(&v, "A1")["range"], Value::Null, "one group: no range");
    let stderr = text(&o.stderr);
    assert!(
        stderr.contains("left out 1 group of fewer than 2 teams (1 team)"),
        "{stderr}"
    );
    // The parents' side of Opvang has one team: not shown with --min-group 2.
    assert_eq!(v["versus"], json!([]));
    assert_eq!(v["versus_left_out"], 1);
}

#[test]
fn examples_only_when_asked_most_frequent_first() {
    let (_, v, _) = compare_json(&[FIXTURES, "--examples"]);
    let ex = &item(&v, "A1")["examples"];
    // "koffie" and "Koffie" are one example, shown as first written.
    assert_eq!(
        ex["Opvang"],
        json!([{"text": "koffie", "count": 2}, {"text": "uitje", "count": 1}])
    );
    assert_eq!(ex["School"], json!([]));
}

#[test]
fn csv_parses_with_a_standard_reader_and_matches_json() {
    let o = run(&["compare", FIXTURES, "--format", "csv"], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let (_, v, _) = compare_json(&[FIXTURES]);
    let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        header,
        [
            "kind",
            "code",
            "label",
            "criterion",
            "group",
            "teams",
            "answered",
            "scored",
            "mean",
            "median",
            "min",
            "max",
            "sd",
            "completeness",
            "words",
            "examples",
            "voters",
            "gap"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    // (4 items + 2 criteria) × (2 groups + their total).
    assert_eq!(rows.len(), 18);
    for row in &rows {
        let (kind, code, group) = (&row[0], &row[1], &row[4]);
        let entry = match kind {
            "item" => item(&v, code),
            "criterion" => criterion(&v, code),
            other => panic!("kind {other}"),
        };
        let label = entry
            .get("label")
            .or_else(|| entry.get("title"))
            .and_then(|l| l.as_str());
        assert_eq!(Some(&row[2]), label, "label beside the code");
        let s = if group == "Totaal" {
            &entry["total"]
        } else {
            &entry["stats"][group]
        };
        for (i, key) in header.iter().enumerate().take(16).skip(5) {
            let cell = &row[i];
            match s[key.as_str()].as_f64() {
                None => assert_eq!(cell, "", "{kind} {code} {group} {key}"),
                Some(want) => {
                    let got: f64 = cell.parse().expect("number");
                    assert_eq!(got, want, "{kind} {code} {group} {key}");
                }
            }
        }
    }
    assert_eq!(&rows[0][0], "item");
    assert_eq!(&rows[0][1], "A1", "items where groups differ most first");
}

#[test]
fn csv_quotes_names_with_commas_and_quotes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("s.toml");
    std::fs::write(
        &path,
        "definition = \"partnerschapscan\"\n[session]\norganisation = 'De \"Regenboog\", Almere'\n[[team]]\nname = \"T\"\ntype = \"primary\"\n  [team.answers.A1]\n  score = 2\n",
    )
    .expect("write");
    let p = path.to_string_lossy().into_owned();
    let o = run(
        &["compare", &p, "--by", "organisation", "--format", "csv"],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let raw = text(&o.stdout);
    assert!(raw.contains("\"De \"\"Regenboog\"\", Almere\""), "{raw}");
    let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
    let first = reader.records().next().expect("a row").expect("valid");
    assert_eq!(&first[4], "De \"Regenboog\", Almere");
}

#[test]
fn different_definitions_are_refused_naming_the_files() {
    let o = run(&["compare", FIXTURES, "examples/vo-het-baken.toml"], None);
    assert_eq!(code(&o), 1);
    assert!(o.stdout.is_empty(), "nothing compared");
    let err = text(&o.stderr);
    assert!(err.contains("different definitions"), "{err}");
    assert!(
        err.contains("duo (version 1): tests/fixtures/compare/opvang-noord.toml, tests/fixtures/compare/opvang-zuid.toml, tests/fixtures/compare/school-oost.toml"),
        "{err}"
    );
    assert!(
        err.contains("partnerschapscan (version 1.0): examples/vo-het-baken.toml"),
        "{err}"
    );
}

#[test]
fn versions_of_one_definition_warn_and_compare_by_code() {
    let (status, v, err) = compare_json(&[FIXTURES, "tests/fixtures/compare-versions"]);
    assert_eq!(status, 0, "{err}");
    assert!(err.contains("different versions of `duo`"), "{err}");
    assert!(
        err.contains("version 2: tests/fixtures/compare-versions/school-west.toml"),
        "{err}"
    );
    assert_eq!(v["definition"]["version"], "2", "the newest names things");
    assert_eq!(v["definition"]["versions"], json!(["1", "2"]));
    // B3 exists only in version 2: one School team has it, no Opvang team.
    let b3 = &item(&v, "B3")["stats"];
    assert_eq!(b3["School"]["teams"], 1);
    assert_eq!(b3["School"]["mean"], json!(2.0));
    assert_eq!(b3["Opvang"]["teams"], 0);
    assert_eq!(b3["Opvang"]["completeness"], Value::Null);
    // A1 of School: Oost 1 and West 3.
    assert_eq!(item(&v, "A1")["stats"]["School"]["mean"], json!(2.0));
}

#[test]
fn invalid_files_are_reported_and_the_rest_compared() {
    let dir = tempfile::tempdir().expect("temp dir");
    for f in [
        "duo-scan.toml",
        "opvang-noord.toml",
        "opvang-zuid.toml",
        "school-oost.toml",
    ] {
        std::fs::copy(root().join(FIXTURES).join(f), dir.path().join(f)).expect("copy");
    }
    std::fs::write(
        dir.path().join("kapot.toml"),
        "definition = \"duo-scan.toml\"\n[session]\norganisation = \"Kapot\"\n[[team]]\nname = \"K\"\ntype = \"primary\"\n  [team.answers.A1]\n  score = 7\n",
    )
    .expect("write");
    let (status, v, err) = compare_json(&[&dir.path().to_string_lossy()]);
    assert_eq!(status, 1, "an invalid file makes the exit status 1");
    assert!(err.contains("error[score-out-of-range]"), "{err}");
    assert!(
        err.contains("kapot.toml:8:"),
        "shown like scan validate: {err}"
    );
    assert_eq!(v["groups"], json!(["Opvang", "School"]));
    assert_eq!(
        item(&v, "A1")["stats"]["School"]["teams"],
        1,
        "the broken team is not counted"
    );

    let o = run(
        &["compare", "--strict", &dir.path().to_string_lossy()],
        None,
    );
    assert_eq!(code(&o), 1);
    assert!(o.stdout.is_empty(), "--strict compares nothing");
    assert!(text(&o.stderr).contains("nothing compared"));
}

#[test]
fn strict_fails_on_warnings_and_shows_them() {
    let o = run(&["compare", "--strict", FIXTURES], None);
    assert_eq!(code(&o), 1);
    assert!(o.stdout.is_empty());
    assert!(text(&o.stderr).contains("warning[unanswered-items]"));
    let o = run(&["compare", FIXTURES, "--format", "csv"], None);
    assert_eq!(code(&o), 0);
    let err = text(&o.stderr);
    assert!(
        !err.contains("warning["),
        "warnings are counted, not shown: {err}"
    );
    assert!(err.contains("3 warnings"), "{err}");
}

#[test]
fn only_definition_files_is_a_usage_error() {
    let o = run(&["compare", "scans"], None);
    assert_eq!(code(&o), 2);
    assert!(text(&o.stderr).contains("no session files"));
}

#[test]
fn output_file_is_written_and_inputs_are_never_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("vergelijking.json");
    let t = target.to_string_lossy().into_owned();
    let o = run(&["compare", FIXTURES, "--format", "json", "-o", &t], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(o.stdout.is_empty());
    let v: Value = serde_json::from_slice(&std::fs::read(&target).expect("written")).expect("json");
    assert_eq!(v["groups"], json!(["Opvang", "School"]));
    let o = run(
        &[
            "compare",
            FIXTURES,
            "-o",
            "tests/fixtures/compare/opvang-zuid.toml",
        ],
        None,
    );
    assert_eq!(code(&o), 2);
    assert!(text(&o.stderr).contains("refusing"));
}

/// Many files, read by one thread or several, in chunks: byte-identical output.
#[test]
fn output_does_not_depend_on_threads() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        root().join(FIXTURES).join("duo-scan.toml"),
        dir.path().join("duo-scan.toml"),
    )
    .expect("copy");
    let mut rng = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |n: u64| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng % n
    };
    for f in 0..700 {
        let mut s = format!(
            "definition = \"duo-scan.toml\"\n[session]\norganisation = \"Org {}\"\n",
            next(40)
        );
        for t in 0..1 + next(3) {
            let kind = ["childcare", "primary"][next(2) as usize];
            let role = ["professionals", "parents", "partners"][next(3) as usize];
            s.push_str(&format!(
                "[[team]]\nname = \"T{f}-{t}\"\ntype = \"{kind}\"\nrole = \"{role}\"\n"
            ));
            for code in ["A1", "A2", "B1", "B2"] {
                match next(4) {
                    0 => {}
                    1 => s.push_str(&format!("  [team.answers.{code}]\n  score = {}\n  text = \"{}\"\n", 1 + next(4), "woord ".repeat(next(9) as usize))),
                    2 => s.push_str(&format!("  [team.answers.{code}]\n  votes = [{}, {}, {}]\n", 1 + next(4), 1 + next(4), 1 + next(4))),
                    _ => s.push_str(&format!("  [team.answers.{code}]\n  na = true\n  text = \"n.v.t.\"\n  examples = [\"x{}\"]\n", next(3))),
                }
            }
        }
        std::fs::write(dir.path().join(format!("s{f:04}.toml")), s).expect("write");
    }
    let d = dir.path().to_string_lossy().into_owned();
    let mut outputs = Vec::new();
    for threads in ["1", "3"] {
        for format in ["json", "csv"] {
            let o = scan()
                .args([
                    "compare",
                    &d,
                    "--by",
                    "organisation",
                    "--role",
                    "all",
                    "--examples",
                    "--format",
                    format,
                ])
                .env("RAYON_NUM_THREADS", threads)
                .output()
                .expect("runs");
            assert!(
                o.status.code().is_some_and(|c| c <= 1),
                "{}",
                text(&o.stderr)
            );
            outputs.push((threads, format, o.stdout));
        }
    }
    assert_eq!(outputs[0].2, outputs[2].2, "json: 1 thread vs 3");
    assert_eq!(outputs[1].2, outputs[3].2, "csv: 1 thread vs 3");
    let v: Value = serde_json::from_slice(&outputs[0].2).expect("json");
    let teams: u64 = v["group_details"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["teams"].as_u64().expect("teams"))
        .sum();
    assert!(teams >= 700, "every file counted: {teams}");
}

/// The accumulated statistics equal a naive recomputation from all the teams at once,
/// and a comparison merged from chunks equals one fed in a single pass.
mod props {
    use std::sync::Arc;

    use indexmap::IndexMap;
    use proptest::prelude::*;
    use scan::analyse::compare::{Compare, GroupBy, Options, RoleFilter, Stats};
    use scan::analyse::score;
    use scan::model::{Answer, Definition, Role, Session, SessionInfo, Team};

    struct Rng(u64);

    impl Rng {
        fn next(&mut self, n: u64) -> u64 {
            // xorshift64*: enough to spread a proptest seed over a session.
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n.max(1)
        }
    }

    fn answer(rng: &mut Rng) -> Option<Answer> {
        let text = |rng: &mut Rng| match rng.next(3) {
            0 => None,
            1 => Some("  ".to_string()),
            _ => Some("woord ".repeat(rng.next(12) as usize)),
        };
        let examples = |rng: &mut Rng| {
            (0..rng.next(4))
                .map(|_| ["koffie", "Koffie", "uitje", "app"][rng.next(4) as usize].to_string())
                .collect()
        };
        Some(match rng.next(6) {
            0 => return None,
            1 => Answer::default(),
            2 => Answer {
                score: Some(1 + rng.next(4) as i64),
                text: text(rng),
                examples: examples(rng),
                ..Answer::default()
            },
            3 => Answer {
                votes: (0..1 + rng.next(6))
                    .map(|_| 1 + rng.next(4) as i64)
                    .collect(),
                text: text(rng),
                ..Answer::default()
            },
            4 => Answer {
                na: true,
                text: text(rng),
                ..Answer::default()
            },
            _ => Answer {
                text: text(rng),
                examples: examples(rng),
                ..Answer::default()
            },
        })
    }

    fn sessions(seed: u64, count: usize, def: &Arc<Definition>) -> Vec<Session> {
        let mut rng = Rng(seed | 1);
        let types: Vec<String> = def.types.keys().take(3).cloned().collect();
        (0..count)
            .map(|f| {
                let teams = (0..rng.next(5))
                    .map(|_| {
                        let mut answers = scan::model::Answers::default();
                        for item in def.items() {
                            if let Some(a) = answer(&mut rng) {
                                answers.insert(item.code.clone(), a);
                            }
                        }
                        Team {
                            name: format!("Team {}", rng.next(6)),
                            kind: types[rng.next(types.len() as u64) as usize].clone(),
                            role: Role::ALL[rng.next(3) as usize],
                            date: None,
                            participants: None,
                            answers,
                        }
                    })
                    .collect();
                Session {
                    file: format!("s{f:03}.toml"),
                    definition: def.clone(),
                    info: SessionInfo {
                        organisation: format!("Org {}", rng.next(4)),
                        ..SessionInfo::default()
                    },
                    teams,
                    targets: IndexMap::new(),
                    actions: Vec::new(),
                }
            })
            .collect()
    }

    fn key(by: GroupBy, s: &Session, t: &Team) -> String {
        match by {
            GroupBy::Type => t.kind.clone(),
            GroupBy::Team => t.name.clone(),
            GroupBy::Organisation => s.info.organisation.clone(),
            GroupBy::Role => t.role.as_str().to_string(),
            GroupBy::File => s.file.clone(),
        }
    }

    /// The SPEC's definitions, written out plainly over a list of answers (items) or
    /// of per-team answer lists (criteria).
    fn naive(teams: &[Vec<Option<&Answer>>], criterion_of_items: bool) -> Stats {
        let mut scores = Vec::new();
        let mut answered = 0u64;
        let mut answers = 0u64;
        let mut words = 0usize;
        let mut examples = 0usize;
        let mut voters = 0u64;
        for team in teams {
            // Per team the most votes on one answer (an item's team has one answer).
            voters += team
                .iter()
                .flatten()
                .map(|a| a.votes.len() as u64)
                .max()
                .unwrap_or(0);
            let given: Vec<&Answer> = team
                .iter()
                .flatten()
                .copied()
                .filter(|a| !a.is_unanswered())
                .collect();
            if !given.is_empty() {
                answered += 1;
            }
            for a in &given {
                answers += 1;
                words += a
                    .text
                    .as_deref()
                    .map_or(0, |t| t.split_whitespace().count());
                examples += a.examples.len();
            }
            let item_scores: Vec<f64> = team
                .iter()
                .flatten()
                .filter(|a| !a.na)
                .filter_map(|a| {
                    a.score.map(|s| s as f64).or_else(|| {
                        (!a.votes.is_empty()).then(|| {
                            a.votes.iter().map(|&v| v as f64).sum::<f64>() / a.votes.len() as f64
                        })
                    })
                })
                .collect();
            if !item_scores.is_empty() {
                let s = item_scores.iter().sum::<f64>() / item_scores.len() as f64;
                scores.push(if criterion_of_items {
                    s
                } else {
                    item_scores[0]
                });
            }
        }
        let n = teams.len() as u64;
        let mean = (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
        let mut sorted = scores.clone();
        sorted.sort_by(f64::total_cmp);
        let k = sorted.len();
        let median = (k > 0).then(|| {
            if k % 2 == 1 {
                sorted[k / 2]
            } else {
                (sorted[k / 2 - 1] + sorted[k / 2]) / 2.0
            }
        });
        Stats {
            teams: n,
            answered,
            scored: scores.len() as u64,
            mean,
            median,
            min: sorted.first().copied(),
            max: sorted.last().copied(),
            sd: mean.map(|m| {
                (scores.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / scores.len() as f64).sqrt()
            }),
            completeness: (n > 0).then(|| answered as f64 / n as f64),
            words: (answers > 0).then(|| words as f64 / answers as f64),
            examples: (answers > 0).then(|| examples as f64 / answers as f64),
            voters,
        }
    }

    fn close(a: &Stats, b: &Stats) -> bool {
        let near = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * (1.0 + x.abs()),
            (None, None) => true,
            _ => false,
        };
        a.teams == b.teams
            && a.answered == b.answered
            && a.scored == b.scored
            && near(a.mean, b.mean)
            && near(a.median, b.median)
            && near(a.min, b.min)
            && near(a.max, b.max)
            && near(a.sd, b.sd)
            && near(a.completeness, b.completeness)
            && near(a.words, b.words)
            && near(a.examples, b.examples)
            && a.voters == b.voters
    }

    const BYS: [GroupBy; 5] = [
        GroupBy::Type,
        GroupBy::Team,
        GroupBy::Organisation,
        GroupBy::Role,
        GroupBy::File,
    ];
    const ROLES: [RoleFilter; 4] = [
        RoleFilter::Professionals,
        RoleFilter::Parents,
        RoleFilter::Partners,
        RoleFilter::All,
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn aggregated_statistics_equal_a_naive_recomputation(
            seed in any::<u64>(),
            count in 1usize..25,
            split in 0usize..25,
            by in 0usize..5,
            role in 0usize..4,
            min_group in 1u64..3,
        ) {
            let def = scan::load::builtin("partnerschapscan").expect("built in");
            let all = sessions(seed, count, &def);
            let options = Options { by: BYS[by], role: ROLES[role], examples: true };

            let mut whole = Compare::new(options);
            for s in &all {
                whole.add(s);
            }
            let split = split.min(all.len());
            let mut first = Compare::new(options);
            let mut second = Compare::new(options);
            for s in &all[..split] {
                first.add(s);
            }
            for s in &all[split..] {
                second.add(s);
            }
            first.merge(second);
            let whole = whole.finish(min_group).expect("one definition");
            let merged = first.finish(min_group).expect("one definition");
            prop_assert_eq!(
                serde_json::to_string(&whole).expect("json"),
                serde_json::to_string(&merged).expect("json"),
                "merging chunks in order changes nothing, to the last bit"
            );

            // Every team admitted, per group key, in input order.
            let mut groups: IndexMap<String, Vec<&Team>> = IndexMap::new();
            for s in &all {
                for t in &s.teams {
                    if options.role.admits(t.role) {
                        groups.entry(key(options.by, s, t)).or_default().push(t);
                    }
                }
            }
            let kept: Vec<&String> = groups.iter().filter(|(_, t)| t.len() as u64 >= min_group).map(|(k, _)| k).collect();
            prop_assert_eq!(whole.groups.len(), kept.len());
            prop_assert_eq!(whole.left_out.groups, groups.len() - kept.len());
            for (gi, g) in whole.groups.iter().enumerate() {
                let teams = &groups[&g.key];
                prop_assert_eq!(g.teams, teams.len() as u64);
                for item in &whole.items {
                    let answers: Vec<Vec<Option<&Answer>>> =
                        teams.iter().map(|t| vec![t.answers.get(&item.code)]).collect();
                    let want = naive(&answers, false);
                    let got = item.stats.get(gi).expect("a group's statistics");
                    prop_assert!(close(&got, &want), "item {} group {}: {:?} vs {:?}", item.code, g.name, got, want);
                }
                for crit in &whole.criteria {
                    let c = def.criterion(&crit.code).expect("criterion");
                    let answers: Vec<Vec<Option<&Answer>>> = teams
                        .iter()
                        .map(|t| c.items.iter().map(|i| t.answers.get(&i.code)).collect())
                        .collect();
                    let want = naive(&answers, true);
                    let got = crit.stats.get(gi).expect("a group's statistics");
                    prop_assert!(close(&got, &want), "criterion {} group {}: {:?} vs {:?}", crit.code, g.name, got, want);
                    // And through the shared scoring, criterion by criterion.
                    let direct: Vec<f64> = teams.iter().filter_map(|t| score::criterion_score(t, c)).collect();
                    prop_assert_eq!(got.scored, direct.len() as u64);
                    prop_assert_eq!(got.mean, score::mean(&direct), "bit for bit");
                }
            }
            // Items where groups differ most come first.
            let ranges: Vec<Option<f64>> = whole.items.iter().map(|i| i.range).collect();
            for w in ranges.windows(2) {
                match (w[0], w[1]) {
                    (Some(a), Some(b)) => prop_assert!(a >= b),
                    (None, Some(_)) => prop_assert!(false, "an item without a range before one with"),
                    _ => {}
                }
            }
        }
    }
}

fn compare_text(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["compare"];
    all.extend_from_slice(args);
    let o = run(&all, None);
    (code(&o), text(&o.stdout), text(&o.stderr))
}

#[test]
fn markdown_of_the_fixtures() {
    let (status, md, err) = compare_text(&[FIXTURES, "--examples"]);
    assert_eq!(status, 0, "{err}");
    insta::assert_snapshot!("compare_fixtures_md", md);
    let (status, md, err) = compare_text(&[FIXTURES, "--by", "role", "--lang", "en"]);
    assert_eq!(status, 0, "{err}");
    insta::assert_snapshot!("compare_fixtures_by_role_en_md", md);
}

#[test]
fn html_of_the_fixtures() {
    let (status, html, err) = compare_text(&[FIXTURES, "--format", "html", "--examples"]);
    assert_eq!(status, 0, "{err}");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    assert!(!html.contains("<script"), "no scripts");
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "nothing from the network"
    );
    // The chart of criterion means per group, accessible, with its numbers written.
    assert!(html.contains(r#"role="img" aria-labelledby="chart-criteria-title""#));
    assert!(
        html.contains(">2,9</text>"),
        "Opvang's mean of A, 2.875, is written"
    );
    // The colour table: a colour and the number, never colour alone.
    assert!(
        html.contains(r#"<td class="num" style="background-color: #acc9ec">3,5</td>"#),
        "A1 Opvang 3.5 is in the highest step, with its number"
    );
    assert!(html.contains(r#"<td class="num" style="background-color: #f6c6a0">1,0</td>"#));
    // Professionals against parents for Opvang, with a dot chart.
    assert!(html.contains("chart-versus-1-title"));
    assert!(html.contains("<span class=\"tag\">koffie (2)</span>"));
    // The page around it (stylesheet, header) is shared with the reports; the
    // comparison is what lies in <main>.
    let main = html
        .split_once("<main")
        .and_then(|(_, rest)| rest.split_once("</main>"))
        .map(|(inside, _)| inside)
        .expect("a <main> element");
    insta::assert_snapshot!("compare_fixtures_html_main", main);
}

#[test]
fn free_text_only_with_examples() {
    for format in ["md", "html", "json", "csv"] {
        let (_, out, _) = compare_text(&[FIXTURES, "--format", format]);
        assert!(
            !out.contains("koffie"),
            "{format}: no examples unless asked"
        );
        assert!(
            !out.contains("een twee drie"),
            "{format}: answers are never shown"
        );
        assert!(
            !out.contains("niet hier"),
            "{format}: answers are never shown"
        );
    }
}

#[test]
fn hostile_names_cannot_break_the_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let names = [
        "<script>alert(1)</script>",
        "A | B",
        "# Kop",
        "[x](javascript:alert(1))",
    ];
    for (i, name) in names.iter().enumerate() {
        std::fs::write(
            dir.path().join(format!("s{i}.toml")),
            format!(
                "definition = \"partnerschapscan\"\n[session]\norganisation = '{name}'\n[[team]]\nname = 'T {name}'\ntype = \"primary\"\n  [team.answers.A1]\n  score = {}\n  examples = ['<img src=x onerror=alert(1)>']\n",
                1 + i
            ),
        )
        .expect("write");
    }
    let d = dir.path().to_string_lossy().into_owned();
    let (status, html, err) =
        compare_text(&[&d, "--by", "organisation", "--format", "html", "--examples"]);
    assert_eq!(status, 0, "{err}");
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    assert!(!html.contains("<img"), "examples are text");
    assert!(!html.contains("href=\"javascript"), "{html}");

    let (status, md, err) = compare_text(&[&d, "--by", "organisation", "--examples"]);
    assert_eq!(status, 0, "{err}");
    assert!(
        md.contains("A \\| B"),
        "a pipe cannot split a table cell: {md}"
    );
    assert!(md.contains("\\<script\\>"), "{md}");
    assert!(!md.contains("\n# Kop"), "a name cannot make a heading");
    // Every table row has as many cells as its header.
    let mut columns = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let cells = line.replace("\\|", "").matches('|').count();
            if line.starts_with("| ---") || columns.is_none() {
                columns = Some(cells);
            }
            assert_eq!(Some(cells), columns, "{line}");
        } else {
            columns = None;
        }
    }
}

#[test]
fn language_and_template_choices() {
    let (_, md, _) = compare_text(&[FIXTURES, "--lang", "en"]);
    assert!(md.starts_with("# Comparison: Duo\n"), "{md}");
    assert!(md.contains("3.5"), "English decimal point");
    let (_, html, _) = compare_text(&[FIXTURES, "--by", "role", "--format", "html"]);
    assert!(
        html.contains(">ouders</text>"),
        "roles in the chart in the output's language"
    );
    let (status, _, err) = compare_text(&[FIXTURES, "--lang", "fr"]);
    assert_eq!(status, 2);
    assert!(err.contains("unknown language `fr`"), "{err}");

    let dir = tempfile::tempdir().expect("temp dir");
    let mine = dir.path().join("mijn.md.j2");
    std::fs::write(
        &mine,
        "{% for g in groups %}{{ g.name }}: {{ criteria[0].stats[loop.index0].mean|num }}\n{% endfor %}",
    )
    .expect("write");
    let (status, out, err) = compare_text(&[FIXTURES, "--template", &mine.to_string_lossy()]);
    assert_eq!(status, 0, "{err}");
    assert_eq!(out, "Opvang: 2,9\nSchool: 1,0\n");
}

#[test]
fn many_groups_leave_out_the_chart_but_keep_the_numbers() {
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..14 {
        std::fs::write(
            dir.path().join(format!("s{i:02}.toml")),
            format!("definition = \"partnerschapscan\"\n[session]\norganisation = \"Org {i:02}\"\n[[team]]\nname = \"T\"\ntype = \"primary\"\n  [team.answers.A1]\n  score = {}\n", 1 + i % 4),
        )
        .expect("write");
    }
    let d = dir.path().to_string_lossy().into_owned();
    let (status, html, err) = compare_text(&[&d, "--by", "organisation", "--format", "html"]);
    assert_eq!(status, 0, "{err}");
    assert!(!html.contains("chart-criteria-title"));
    assert!(html.contains("Met 14 groepen is een grafiek niet leesbaar"));
    assert!(html.contains("<th scope=\"row\">Org 13</th>"));
}

/// On a terminal a long run shows a progress bar; drawing it must not wait for the
/// standard error that the command itself holds (it once did, and hung). Runs the
/// command in a pseudo-terminal with `script` (util-linux) where that is installed.
#[test]
fn progress_bar_on_a_terminal_does_not_hang() {
    use std::time::{Duration, Instant};
    let script = std::path::Path::new("/usr/bin/script");
    if !script.exists() {
        eprintln!("skipped: /usr/bin/script is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..300 {
        std::fs::write(
            dir.path().join(format!("s{i:03}.toml")),
            format!("definition = \"partnerschapscan\"\n[session]\norganisation = \"O{i}\"\n[[team]]\nname = \"T\"\ntype = \"primary\"\n  [team.answers.A1]\n  score = {}\n", 1 + i % 4),
        )
        .expect("write");
    }
    let out = dir.path().join("out.json");
    let command = format!(
        "{} compare {} --format json -o {}",
        env!("CARGO_BIN_EXE_scan"),
        dir.path().display(),
        out.display()
    );
    let mut child = std::process::Command::new(script)
        .args(["-qec", &command, "/dev/null"])
        .env_remove("CI")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("script runs");
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            assert!(status.success(), "{status}");
            break;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("scan compare hung on a terminal");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut shown = String::new();
    use std::io::Read;
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut shown)
        .expect("read");
    assert!(shown.contains("comparing ["), "a progress bar: {shown:?}");
    let v: Value = serde_json::from_slice(&std::fs::read(&out).expect("written")).expect("json");
    assert_eq!(v["teams"], 300);
}

/// Every (kind, code, group) row of a workbook sheet against the JSON.
fn check_sheet_against_json(rows: &[Vec<calamine::Data>], v: &Value, kind: &str, total: &str) {
    use calamine::Data;
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(
        &header[..5],
        ["kind", "code", "label", "criterion", "group"]
    );
    assert!(rows.len() > 1, "{kind}: rows");
    for row in &rows[1..] {
        let cell = |i: usize| row[i].to_string();
        assert_eq!(cell(0), kind);
        let entry = if kind == "item" {
            item(v, &cell(1))
        } else {
            criterion(v, &cell(1))
        };
        let group = cell(4);
        let s = if group == total {
            &entry["total"]
        } else {
            &entry["stats"][group.as_str()]
        };
        assert!(s.is_object(), "{kind} {} {group}", cell(1));
        for (i, key) in header.iter().enumerate().skip(5) {
            if key == "gap" {
                continue;
            }
            match (&row[i], s[key.as_str()].as_f64()) {
                (Data::Float(x), Some(want)) => assert_eq!(*x, want, "{key}"),
                (Data::Int(x), Some(want)) => assert_eq!(*x as f64, want, "{key}"),
                (Data::Empty, None) => {}
                (got, want) => panic!("{kind} {} {group} {key}: {got:?} vs {want:?}", cell(1)),
            }
        }
    }
}

#[test]
fn xlsx_holds_the_json_numbers_and_the_same_bytes_every_time() {
    use calamine::{Reader, Xlsx, open_workbook};
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.xlsx");
    let b = dir.path().join("b.xlsx");
    for path in [&a, &b] {
        let p = path.to_string_lossy().into_owned();
        let o = run(&["compare", FIXTURES, "-o", &p, "--lang", "en"], None);
        assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    }
    let bytes = std::fs::read(&a).expect("written");
    assert_eq!(bytes, std::fs::read(&b).expect("written"), "byte-identical");
    let (_, v, _) = compare_json(&[FIXTURES]);
    let mut book: Xlsx<_> = open_workbook(&a).expect("a workbook");
    assert_eq!(book.sheet_names(), ["Criteria", "Items", "Groups"]);
    for (sheet, kind) in [("Criteria", "criterion"), ("Items", "item")] {
        let range = book.worksheet_range(sheet).expect("sheet");
        let rows: Vec<Vec<calamine::Data>> = range.rows().map(|r| r.to_vec()).collect();
        check_sheet_against_json(&rows, &v, kind, "Total");
    }
    let groups = book.worksheet_range("Groups").expect("sheet");
    let names: Vec<String> = groups.rows().skip(1).map(|r| r[0].to_string()).collect();
    let mut want: Vec<String> = v["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g.as_str().expect("name").to_string())
        .collect();
    want.push("Total".into());
    assert_eq!(names, want);
    let weakest = &v["weakest"][want[0].as_str()];
    assert_eq!(
        groups.rows().nth(1).expect("row")[4].to_string(),
        weakest[0]
    );
}

#[test]
fn the_output_name_chooses_the_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let o = run(&["compare", FIXTURES, "-o", &out("c.json")], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let written: Value =
        serde_json::from_slice(&std::fs::read(out("c.json")).expect("written")).expect("JSON");
    assert!(written["weakest"].is_object());
    for (args, why) in [
        (vec!["-o", "c.txt"], "an unknown extension"),
        (vec!["--format", "md", "-o", "c.json"], "a contradiction"),
        (vec!["--format", "xlsx"], "a workbook on standard output"),
        (vec!["--excel"], "--excel without CSV"),
    ] {
        let args: Vec<String> = args
            .into_iter()
            .map(|a| {
                if a.starts_with("c.") {
                    out(a)
                } else {
                    a.to_string()
                }
            })
            .collect();
        let mut all = vec!["compare", FIXTURES];
        all.extend(args.iter().map(String::as_str));
        let o = run(&all, None);
        assert_eq!(code(&o), 2, "{why}: {}", text(&o.stderr));
        assert!(text(&o.stderr).contains("help"), "{why}: a hint");
    }
    let o = run(
        &[
            "report",
            "examples/kindcentrum-de-regenboog.toml",
            "-o",
            &out("r.csv"),
        ],
        None,
    );
    assert_eq!(code(&o), 2, "report writes no CSV");
    let o = run(
        &[
            "report",
            "examples/kindcentrum-de-regenboog.toml",
            "-o",
            &out("r.html"),
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(
        std::fs::read_to_string(out("r.html"))
            .expect("written")
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn excel_csv_in_dutch_has_a_bom_semicolons_and_decimal_commas() {
    let o = run(&["compare", FIXTURES, "--format", "csv", "--excel"], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let t = text(&o.stdout);
    assert!(
        t.starts_with("\u{feff}kind;code;label;criterion;group;"),
        "{t}"
    );
    assert!(t.contains(";Opvang;2;2;2;3,5;"), "{t}");
    assert!(t.contains(";Totaal;"), "{t}");
    let o = run(
        &[
            "compare", FIXTURES, "--format", "csv", "--excel", "--lang", "en",
        ],
        None,
    );
    let t = text(&o.stdout);
    assert!(t.starts_with("\u{feff}kind,code,label,"), "{t}");
    assert!(t.contains(",Opvang,2,2,2,3.5,"), "{t}");
}

//! Figures nobody can misread: the gap between professionals and parents has one sign
//! and one pairing everywhere, and a criterion score says how many items it rests on.

use serde_json::{Value, json};

use crate::common::*;

const KINDCENTRUM: &str = "tests/fixtures/figures/kindcentrum.toml";

fn json_of(args: &[&str]) -> Value {
    let o = run(args, None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("JSON")
}

fn ok_stdout(args: &[&str]) -> String {
    let o = run(args, None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    text(&o.stdout)
}

#[test]
fn report_sets_parents_against_professionals_of_their_own_type() {
    let r = json_of(&["report", KINDCENTRUM, "--format", "json"]);
    let gaps: Vec<Value> = r["gaps"]
        .as_array()
        .expect("gaps")
        .iter()
        .map(|g| {
            json!([
                g["code"],
                g["criterion"],
                g["type"],
                g["professionals"],
                g["parents"],
                g["gap"],
                g["professional_teams"],
                g["parent_teams"],
                g["compared_with"]
            ])
        })
        .collect();
    // The school's parents against the school only (not the mean with childcare); the
    // sports parents have no team of their own type, so all professionals' teams.
    // Equal sizes: definition order first, then type order.
    assert_eq!(
        gaps,
        [
            json!(["A1", "A", "primary", 2.0, 1.0, 1.0, 1, 1, "type"]),
            json!(["A1", "A", "sport", 3.0, 2.0, 1.0, 2, 1, "all"]),
            json!(["A2", "A", "primary", 2.0, 3.0, -1.0, 1, 1, "type"]),
        ]
    );
}

#[test]
fn report_says_when_parents_are_compared_with_all_teams() {
    let md = ok_stdout(&["report", KINDCENTRUM, "--lang", "en"]);
    assert!(
        md.contains(
            "Gap = professionals − parents: a positive gap means the professionals rate it higher"
        ),
        "{md}"
    );
    assert!(
        md.contains("| Item | Parents of | Professionals | Parents | Gap |"),
        "{md}"
    );
    assert!(
        md.contains("| A1 Waarom partnerschap | Sportclub | 3.0 (all teams) | 2.0 | +1.0 |"),
        "{md}"
    );
    assert!(
        md.contains("Parents of Sportclub: no professionals' team of this type gave a score, so they are compared with all professionals' teams on A1."),
        "{md}"
    );
    let html = ok_stdout(&["report", KINDCENTRUM, "--format", "html", "--lang", "nl"]);
    assert!(html.contains("Verschil = professionals − ouders"), "{html}");
    assert!(html.contains("3,0 (alle teams)"));
}

#[test]
fn criterion_scores_say_how_many_items_they_rest_on() {
    let r = json_of(&["report", KINDCENTRUM, "--format", "json"]);
    let school = r["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .find(|t| t["name"] == "School")
        .expect("School");
    let a = &school["criteria"][0];
    assert_eq!(
        (&a["code"], &a["score"], &a["items"], &a["scored"]),
        (&json!("A"), &json!(2.0), &json!(6), &json!(2))
    );
    let b = &school["criteria"][1];
    assert_eq!((&b["score"], &b["scored"]), (&Value::Null, &json!(0)));

    let md = ok_stdout(&["report", KINDCENTRUM]);
    assert!(
        md.contains("| 2,0 In ontwikkeling · 2 van 6 items |"),
        "{md}"
    );
    assert!(
        md.contains("| School | 2,0 · 2 van 6 items | In ontwikkeling |"),
        "{md}"
    );
    let html = ok_stdout(&["report", KINDCENTRUM, "--format", "html", "--lang", "en"]);
    assert!(html.contains("2.0 · 2 of 6 items"), "{html}");
}

#[test]
fn compare_uses_the_same_sign_and_pairing_in_each_group() {
    let v = json_of(&[
        "compare",
        KINDCENTRUM,
        "--by",
        "organisation",
        "--format",
        "json",
    ]);
    let versus = v["versus"].as_array().expect("versus");
    let views: Vec<Value> = versus
        .iter()
        .map(|x| {
            json!([
                x["group"],
                x["type"],
                x["compared_with"],
                x["professionals"]
            ])
        })
        .collect();
    assert_eq!(
        views,
        [
            json!(["Kindcentrum Figuren", "primary", "type", 1]),
            json!(["Kindcentrum Figuren", "sport", "all", 2]),
        ]
    );
    let a1 = |view: &Value| -> Value {
        let item = view["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["code"] == "A1")
            .expect("A1")
            .clone();
        json!([
            item["professionals"],
            item["parents"],
            item["gap"],
            item["compared_with"]
        ])
    };
    assert_eq!(a1(&versus[0]), json!([2.0, 1.0, 1.0, "type"]));
    assert_eq!(a1(&versus[1]), json!([3.0, 2.0, 1.0, "all"]));

    // By type, the school's group carries the gap in the CSV too.
    let csv = ok_stdout(&["compare", KINDCENTRUM, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert_eq!(header.get(17), Some("gap"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let cell = |kind: &str, code: &str, group: &str| -> String {
        rows.iter()
            .find(|r| &r[0] == kind && &r[1] == code && &r[4] == group)
            .map(|r| r[17].to_string())
            .expect("row")
    };
    assert_eq!(cell("item", "A1", "Primair onderwijs"), "1");
    assert_eq!(cell("item", "A2", "Primair onderwijs"), "-1");
    assert_eq!(
        cell("item", "A1", "Kinderopvang"),
        "",
        "no parents in that group"
    );

    let md = ok_stdout(&["compare", KINDCENTRUM, "--by", "organisation"]);
    assert!(md.contains("Verschil = professionals − ouders"), "{md}");
    assert!(
        md.contains("### Kindcentrum Figuren · Ouders van Sportclub"),
        "{md}"
    );
    assert!(md.contains("dus de ouders zijn vergeleken met al haar teams van professionals"));
}

#[test]
fn the_index_shows_professionals_and_parents_completeness_and_coverage() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("rapporten");
    let o = run(
        &[
            "report",
            KINDCENTRUM,
            "examples/kindcentrum-de-regenboog.toml",
            "-o",
            out.to_str().expect("path"),
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let index = std::fs::read_to_string(out.join("index.md")).expect("index");
    // Professionals: 2 of 24 items each; parents: 2 and 1 of 24.
    assert!(
        index.contains(
            "teams: 4 · volledigheid professionals 8% · ouders 6% · acties klaar: 0 van 0"
        ),
        "{index}"
    );
    // Criterion A of the professionals rests on A1 and A2 only: mean(3.5, 2.0).
    assert!(index.contains("| 2,8 · 2 van 6 items |"), "{index}");
}

#[test]
fn hidden_parents_are_not_said_to_be_missing() {
    let md = ok_stdout(&["compare", "tests/fixtures/compare", "--min-group", "2"]);
    assert!(
        !md.contains("In geen van de groepen hebben ouders geantwoord"),
        "{md}"
    );
    assert!(
        md.contains("Ouders hebben wel geantwoord, maar elke vergelijking met hen is verborgen om de privacy te beschermen (professionals of ouders hebben daar minder dan 2 teams): 1 verborgen."),
        "{md}"
    );
    let html = ok_stdout(&[
        "compare",
        "tests/fixtures/compare",
        "--min-group",
        "2",
        "--format",
        "html",
        "--lang",
        "en",
    ]);
    assert!(
        html.contains("Parents did answer, but every comparison"),
        "{html}"
    );
    assert!(!html.contains("In none of the groups did parents answer"));
}

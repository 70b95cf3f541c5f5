//! Acceptance of `scan compare`, `scan history` and `scan diff` from the outside, as a
//! script author who knows only the SPEC: every statistic is recomputed here from the
//! SPEC's definitions and compared with the JSON as exact `f64`s; CSV is checked
//! against JSON; history and diff run on throwaway git repositories with a custom
//! 0–10 definition, unicode paths with spaces, renames, an invalid version, a
//! definition bump and uncommitted edits.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

use crate::common::{code, root, run, scan, text};

const DIR: &str = "tests/fixtures/spec-compare-history";

// ---------------------------------------------------------------------------------
// A model of the fixture sessions, written out by hand from the TOML files, and the
// SPEC's statistics over it.

#[derive(Clone, Copy, Default)]
struct Ans {
    score: Option<i64>,
    votes: &'static [i64],
    text: Option<&'static str>,
    examples: &'static [&'static str],
    na: bool,
}

struct T {
    org: &'static str,
    file: &'static str,
    name: &'static str,
    kind: &'static str,
    role: &'static str,
    answers: Vec<(&'static str, Ans)>,
}

const ITEMS: [(&str, &str); 5] = [
    ("P1", "P"),
    ("P2", "P"),
    ("P3", "P"),
    ("Q1", "Q"),
    ("Q2", "Q"),
];
const CRITERIA: [&str; 2] = ["P", "Q"];

fn score(s: i64) -> Ans {
    Ans {
        score: Some(s),
        ..Ans::default()
    }
}

/// The teams of `tests/fixtures/spec-compare-history/compare/`, in input order (files by name, teams
/// in file order).
fn fixture_teams() -> Vec<T> {
    let d = "tests/fixtures/spec-compare-history/compare/dolfijn.toml";
    let j = "tests/fixtures/spec-compare-history/compare/jgz-een.toml";
    let o = "tests/fixtures/spec-compare-history/compare/orsted.toml";
    vec![
        T {
            org: "Zwemclub Dolfijn",
            file: d,
            name: "Trainers Dolfijn",
            kind: "zwem-club",
            role: "professionals",
            answers: vec![
                (
                    "P1",
                    Ans {
                        score: Some(7),
                        text: Some("drie woorden hier"),
                        examples: &["Open dag", "ouderpanel"],
                        ..Ans::default()
                    },
                ),
                (
                    "P2",
                    Ans {
                        votes: &[3, 4, 8],
                        text: Some("Één   ouder\tzegt: «genoeg»"),
                        ..Ans::default()
                    },
                ),
                (
                    "P3",
                    Ans {
                        na: true,
                        text: Some("n.v.t."),
                        ..Ans::default()
                    },
                ),
                ("Q1", score(0)),
            ],
        },
        T {
            org: "Zwemclub Dolfijn",
            file: d,
            name: "Ouders Dolfijn",
            kind: "zwem-club",
            role: "parents",
            answers: vec![
                ("P1", score(4)),
                (
                    "P2",
                    Ans {
                        score: Some(9),
                        examples: &["open  dag"],
                        ..Ans::default()
                    },
                ),
                (
                    "Q1",
                    Ans {
                        votes: &[10],
                        ..Ans::default()
                    },
                ),
                (
                    "Q2",
                    Ans {
                        text: Some("alleen tekst, geen score"),
                        ..Ans::default()
                    },
                ),
            ],
        },
        T {
            org: "JGZ Één",
            file: j,
            name: "JGZ-team",
            kind: "jgz",
            role: "professionals",
            answers: vec![
                (
                    "P1",
                    Ans {
                        votes: &[2, 3, 3],
                        ..Ans::default()
                    },
                ),
                (
                    "Q2",
                    Ans {
                        votes: &[0, 10, 5],
                        ..Ans::default()
                    },
                ),
            ],
        },
        T {
            org: "JGZ Één",
            file: j,
            name: "Ouderavond JGZ",
            kind: "jgz",
            role: "parents",
            answers: vec![],
        },
        T {
            org: "Bibliotheek Ørsted",
            file: o,
            name: "Bieb-team Ø",
            kind: "bieb",
            role: "professionals",
            answers: vec![
                (
                    "P1",
                    Ans {
                        score: Some(10),
                        examples: &["OPEN DAG", "leesclub", "Ouderpanel"],
                        ..Ans::default()
                    },
                ),
                (
                    "P2",
                    Ans {
                        votes: &[1, 2, 2],
                        ..Ans::default()
                    },
                ),
                (
                    "P3",
                    Ans {
                        text: Some("   "),
                        ..Ans::default()
                    },
                ),
                (
                    "Q2",
                    Ans {
                        score: Some(6),
                        text: Some("één twee"),
                        ..Ans::default()
                    },
                ),
            ],
        },
        T {
            org: "Bibliotheek Ørsted",
            file: o,
            name: "Partners Ørsted",
            kind: "bieb",
            role: "partners",
            answers: vec![("P1", score(3))],
        },
        T {
            org: "Bibliotheek Ørsted",
            file: o,
            name: "Zwemmers Ø",
            kind: "zwem-club",
            role: "professionals",
            answers: vec![
                (
                    "P1",
                    Ans {
                        score: Some(2),
                        examples: &["leesclub", "open dag"],
                        ..Ans::default()
                    },
                ),
                ("P2", score(6)),
                ("P3", score(1)),
                ("Q1", score(5)),
                ("Q2", score(3)),
            ],
        },
    ]
}

impl T {
    fn answer(&self, code: &str) -> Option<&Ans> {
        self.answers
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, a)| a)
    }
}

/// SPEC: unanswered = neither score, votes, text, examples nor na (blank text is no text).
fn answered(a: Option<&Ans>) -> bool {
    a.is_some_and(|a| {
        a.score.is_some()
            || !a.votes.is_empty()
            || a.text.is_some_and(|t| !t.trim().is_empty())
            || !a.examples.is_empty()
            || a.na
    })
}

fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// SPEC: the item score is `score`, else the mean of `votes`; none for `na`.
fn item_score(a: Option<&Ans>) -> Option<f64> {
    let a = a?;
    if a.na {
        return None;
    }
    match a.score {
        Some(s) => Some(s as f64),
        None => mean(&a.votes.iter().map(|&v| v as f64).collect::<Vec<_>>()),
    }
}

fn criterion_score(t: &T, criterion: &str, items: &[(&str, &str)]) -> Option<f64> {
    let scores: Vec<f64> = items
        .iter()
        .filter(|(_, c)| *c == criterion)
        .filter_map(|(i, _)| item_score(t.answer(i)))
        .collect();
    mean(&scores)
}

fn words(a: &Ans) -> f64 {
    a.text.map_or(0, |t| t.split_whitespace().count()) as f64
}

#[derive(Debug, PartialEq)]
struct Stats {
    teams: u64,
    answered: u64,
    scored: u64,
    mean: Option<f64>,
    median: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    sd: Option<f64>,
    completeness: Option<f64>,
    words: Option<f64>,
    examples: Option<f64>,
}

fn over(teams: usize, answered: usize, scores: &[f64], answers: &[&Ans]) -> Stats {
    let mut sorted = scores.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let median = (n > 0).then(|| {
        if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        }
    });
    let m = mean(scores);
    let sd = m.map(|m| {
        (scores.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / scores.len() as f64).sqrt()
    });
    let per_answer = |f: &dyn Fn(&Ans) -> f64| {
        (!answers.is_empty())
            .then(|| answers.iter().map(|a| f(a)).sum::<f64>() / answers.len() as f64)
    };
    Stats {
        teams: teams as u64,
        answered: answered as u64,
        scored: n as u64,
        mean: m,
        median,
        min: sorted.first().copied(),
        max: sorted.last().copied(),
        sd,
        completeness: (teams > 0).then(|| answered as f64 / teams as f64),
        words: per_answer(&words),
        examples: per_answer(&|a: &Ans| a.examples.len() as f64),
    }
}

fn item_stats(teams: &[&T], code: &str) -> Stats {
    let answers: Vec<&Ans> = teams
        .iter()
        .filter_map(|t| t.answer(code))
        .filter(|a| answered(Some(a)))
        .collect();
    let scores: Vec<f64> = teams
        .iter()
        .filter_map(|t| item_score(t.answer(code)))
        .collect();
    over(teams.len(), answers.len(), &scores, &answers)
}

/// For a criterion: scores are the teams' criterion scores, `answered` counts teams
/// with at least one answered item, words and examples are per answered answer to
/// any of its items.
fn criterion_stats(teams: &[&T], criterion: &str) -> Stats {
    let codes: Vec<&str> = ITEMS
        .iter()
        .filter(|(_, c)| *c == criterion)
        .map(|(i, _)| *i)
        .collect();
    let answered_teams = teams
        .iter()
        .filter(|t| codes.iter().any(|c| answered(t.answer(c))))
        .count();
    let answers: Vec<&Ans> = teams
        .iter()
        .flat_map(|t| codes.iter().filter_map(|c| t.answer(c)))
        .filter(|a| answered(Some(a)))
        .collect();
    let scores: Vec<f64> = teams
        .iter()
        .filter_map(|t| criterion_score(t, criterion, &ITEMS))
        .collect();
    over(teams.len(), answered_teams, &scores, &answers)
}

fn f(v: &Value) -> Option<f64> {
    if v.is_null() {
        None
    } else {
        Some(v.as_f64().unwrap_or_else(|| panic!("a number: {v}")))
    }
}

fn json_stats(v: &Value) -> Stats {
    let n = |k: &str| {
        v[k].as_u64()
            .unwrap_or_else(|| panic!("`{k}` is a count in {v}"))
    };
    Stats {
        teams: n("teams"),
        answered: n("answered"),
        scored: n("scored"),
        mean: f(&v["mean"]),
        median: f(&v["median"]),
        min: f(&v["min"]),
        max: f(&v["max"]),
        sd: f(&v["sd"]),
        completeness: f(&v["completeness"]),
        words: f(&v["words"]),
        examples: f(&v["examples"]),
    }
}

fn compare(args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["compare", "--format", "json"];
    all.extend_from_slice(args);
    let o = run(&all, None);
    let v = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "JSON from compare {args:?}: {e}\nstderr: {}",
            text(&o.stderr)
        )
    });
    (code(&o), v, text(&o.stderr))
}

fn by_code<'a>(list: &'a Value, code: &str) -> &'a Value {
    list.as_array()
        .expect("a list")
        .iter()
        .find(|x| x["code"] == code)
        .unwrap_or_else(|| panic!("{code} is listed"))
}

/// Checks every item and criterion statistic of every group against the hand model,
/// and the item order (largest range of group means first, those without a range last
/// in definition order).
fn check_all(v: &Value, groups: &[(&str, Vec<&T>)]) {
    let names: Vec<&str> = groups.iter().map(|(n, _)| *n).collect();
    assert_eq!(v["groups"], serde_json::json!(names), "group order");
    let mut ranges = Vec::new();
    for (pos, (item, _)) in ITEMS.iter().enumerate() {
        let got = by_code(&v["items"], item);
        let mut means = Vec::new();
        for (name, teams) in groups {
            let want = item_stats(teams, item);
            means.extend(want.mean);
            assert_eq!(
                json_stats(&got["stats"][name]),
                want,
                "item {item}, group {name}"
            );
        }
        let range = (means.len() >= 2).then(|| {
            means.iter().copied().fold(f64::MIN, f64::max)
                - means.iter().copied().fold(f64::MAX, f64::min)
        });
        assert_eq!(f(&got["range"]), range, "range of {item}");
        ranges.push((range, pos, *item));
    }
    for c in CRITERIA {
        let got = by_code(&v["criteria"], c);
        for (name, teams) in groups {
            assert_eq!(
                json_stats(&got["stats"][name]),
                criterion_stats(teams, c),
                "criterion {c}, group {name}"
            );
        }
    }
    ranges.sort_by(|a, b| match (a.0, b.0) {
        (Some(x), Some(y)) => y.total_cmp(&x).then(a.1.cmp(&b.1)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.1.cmp(&b.1),
    });
    let order: Vec<&str> = ranges.iter().map(|r| r.2).collect();
    let got: Vec<&str> = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["code"].as_str().expect("code"))
        .collect();
    assert_eq!(got, order, "items where groups differ most come first");
}

fn select(teams: &[T], keep: impl Fn(&T) -> bool) -> Vec<&T> {
    teams.iter().filter(|t| keep(t)).collect()
}

#[test]
fn compare_by_type_recomputes_every_statistic_from_the_spec() {
    let (c, v, err) = compare(&[&format!("{DIR}/compare")]);
    assert_eq!(c, 0, "{err}");
    assert_eq!(v["definition"]["id"], "tienpunt");
    assert_eq!(v["definition"]["version"], "2.0");
    assert_eq!(v["by"], "type");
    assert_eq!(v["role"], "professionals");
    let teams = fixture_teams();
    let prof =
        |kind: &'static str| select(&teams, move |t| t.kind == kind && t.role == "professionals");
    // Types in the definition's order: zwem-club, bieb, jgz.
    check_all(
        &v,
        &[
            ("Zwemclub", prof("zwem-club")),
            ("Bibliotheek", prof("bieb")),
            ("Jeugd & Gezin", prof("jgz")),
        ],
    );
    // Spot checks against numbers worked out on paper, so the model above cannot
    // share a mistake with scan: Zwemclub P2 = mean(mean(3,4,8), 6) = 5.5.
    let p2 = &by_code(&v["items"], "P2")["stats"]["Zwemclub"];
    assert_eq!(f(&p2["mean"]), Some(5.5));
    assert_eq!(
        f(&p2["words"]),
        Some(2.0),
        "«Één ouder zegt: «genoeg»» is 4 words"
    );
    // A score of 0 on a 0–10 scale is a score, not a missing one.
    let q1 = &by_code(&v["items"], "Q1")["stats"]["Zwemclub"];
    assert_eq!((f(&q1["min"]), f(&q1["mean"])), (Some(0.0), Some(2.5)));
    // Blank text is unanswered: the library team's P3 counts as a team, not an answer.
    let p3 = &by_code(&v["items"], "P3")["stats"]["Bibliotheek"];
    assert_eq!(
        (p3["teams"].as_u64(), p3["answered"].as_u64()),
        (Some(1), Some(0))
    );
    assert_eq!(f(&p3["completeness"]), Some(0.0));
    assert!(p3["words"].is_null() && p3["mean"].is_null());
    // The definition file in the folder is skipped, not counted as a session.
    assert_eq!(v["sessions"], 3);
}

#[test]
fn compare_professionals_against_parents_where_parents_answered() {
    let (_, v, _) = compare(&[&format!("{DIR}/compare")]);
    let versus = v["versus"].as_array().expect("versus");
    // Only the swimming clubs have parents who answered: JGZ's parents left everything
    // empty, and the library has partners, not parents.
    assert_eq!(versus.len(), 1, "{versus:?}");
    let z = &versus[0];
    assert_eq!(
        (
            z["group"].as_str(),
            z["professionals"].as_u64(),
            z["parents"].as_u64()
        ),
        (Some("Zwemclub"), Some(2), Some(1))
    );
    let teams = fixture_teams();
    let side = |role: &str| select(&teams, |t| t.kind == "zwem-club" && t.role == role);
    let (p, q) = (side("professionals"), side("parents"));
    let mut gaps = Vec::new();
    for (item, _) in ITEMS {
        let got = by_code(&z["items"], item);
        let a = item_stats(&p, item).mean;
        let b = item_stats(&q, item).mean;
        assert_eq!(
            (f(&got["professionals"]), f(&got["parents"])),
            (a, b),
            "{item}"
        );
        let gap = a.zip(b).map(|(a, b)| a - b);
        assert_eq!(f(&got["gap"]), gap, "{item}");
        gaps.push((gap, item));
    }
    for c in CRITERIA {
        let got = by_code(&z["criteria"], c);
        let a = criterion_stats(&p, c).mean;
        let b = criterion_stats(&q, c).mean;
        assert_eq!(
            (f(&got["professionals"]), f(&got["parents"])),
            (a, b),
            "{c}"
        );
    }
    // Largest gaps (either sign) first.
    let got: Vec<&str> = z["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|g| !g["gap"].is_null())
        .map(|g| g["code"].as_str().expect("code"))
        .collect();
    gaps.retain(|g| g.0.is_some());
    gaps.sort_by(|a, b| {
        b.0.unwrap_or(0.0)
            .abs()
            .total_cmp(&a.0.unwrap_or(0.0).abs())
    });
    assert_eq!(got, gaps.iter().map(|g| g.1).collect::<Vec<&str>>());
}

#[test]
fn compare_roles_and_other_groupings() {
    let teams = fixture_teams();
    let dir = format!("{DIR}/compare");

    let (_, v, _) = compare(&[&dir, "--role", "parents"]);
    assert_eq!(v["role"], "parents");
    check_all(
        &v,
        &[
            (
                "Zwemclub",
                select(&teams, |t| t.kind == "zwem-club" && t.role == "parents"),
            ),
            (
                "Jeugd & Gezin",
                select(&teams, |t| t.kind == "jgz" && t.role == "parents"),
            ),
        ],
    );

    let (_, v, _) = compare(&[&dir, "--role", "partners"]);
    check_all(
        &v,
        &[("Bibliotheek", select(&teams, |t| t.role == "partners"))],
    );

    let (_, v, _) = compare(&[&dir, "--role", "all"]);
    check_all(
        &v,
        &[
            ("Zwemclub", select(&teams, |t| t.kind == "zwem-club")),
            ("Bibliotheek", select(&teams, |t| t.kind == "bieb")),
            ("Jeugd & Gezin", select(&teams, |t| t.kind == "jgz")),
        ],
    );

    // --by role compares every team, in the order professionals, parents, partners.
    let (_, v, _) = compare(&[&dir, "--by", "role"]);
    assert_eq!(v["role"], "all");
    let role = |r: &'static str| select(&teams, move |t| t.role == r);
    check_all(
        &v,
        &[
            ("professionals", role("professionals")),
            ("parents", role("parents")),
            ("partners", role("partners")),
        ],
    );

    // Organisations by name; "Bibliotheek Ørsted" < "JGZ Één" < "Zwemclub Dolfijn".
    let (_, v, _) = compare(&[&dir, "--by", "organisation"]);
    let org = |o: &'static str| select(&teams, move |t| t.org == o && t.role == "professionals");
    check_all(
        &v,
        &[
            ("Bibliotheek Ørsted", org("Bibliotheek Ørsted")),
            ("JGZ Één", org("JGZ Één")),
            ("Zwemclub Dolfijn", org("Zwemclub Dolfijn")),
        ],
    );

    let (_, v, _) = compare(&[&dir, "--by", "team", "--role", "all"]);
    let mut names: Vec<&str> = teams.iter().map(|t| t.name).collect();
    names.sort_by_key(|n| n.to_lowercase());
    let groups: Vec<(&str, Vec<&T>)> = names
        .iter()
        .map(|n| (*n, select(&teams, |t| t.name == *n)))
        .collect();
    check_all(&v, &groups);

    let (_, v, _) = compare(&[&dir, "--by", "file"]);
    let file = |p: &'static str| select(&teams, move |t| t.file == p && t.role == "professionals");
    let files = [
        "tests/fixtures/spec-compare-history/compare/dolfijn.toml",
        "tests/fixtures/spec-compare-history/compare/jgz-een.toml",
        "tests/fixtures/spec-compare-history/compare/orsted.toml",
    ];
    check_all(&v, &files.map(|p| (p, file(p))));
}

#[test]
fn compare_min_group_leaves_out_small_groups_and_counts_them() {
    let dir = format!("{DIR}/compare");
    let (c, v, err) = compare(&[&dir, "--min-group", "2"]);
    assert_eq!(c, 0);
    let teams = fixture_teams();
    check_all(
        &v,
        &[(
            "Zwemclub",
            select(&teams, |t| {
                t.kind == "zwem-club" && t.role == "professionals"
            }),
        )],
    );
    assert_eq!(v["left_out"]["groups"], 2);
    assert_eq!(v["left_out"]["teams"], 2);
    assert!(
        err.contains("left out 2 groups of fewer than 2 teams (2 teams)"),
        "{err}"
    );
    // The other formats say it too, and never name a group that was left out.
    for format in ["md", "html", "csv"] {
        let o = run(
            &["compare", &dir, "--min-group", "2", "--format", format],
            None,
        );
        let out = text(&o.stdout);
        assert!(
            !out.contains("Bibliotheek") && !out.contains("Jeugd"),
            "{format}: {out}"
        );
    }
    // Parents must also reach the minimum to be set against the professionals.
    let (_, v, _) = compare(&[&dir, "--min-group", "2"]);
    assert_eq!(v["versus"].as_array().map(Vec::len), Some(0));
    assert_eq!(v["versus_left_out"], 1);
    // Every group too small: nothing shown, but not an error.
    let (c, v, err) = compare(&[&dir, "--min-group", "50"]);
    assert_eq!(c, 0, "{err}");
    assert_eq!(v["groups"], serde_json::json!([]));
    assert_eq!(v["left_out"]["groups"], 3);
    assert_eq!(v["left_out"]["teams"], 4);
}

#[test]
fn compare_examples_only_when_asked_most_frequent_first() {
    let dir = format!("{DIR}/compare");
    for format in ["md", "html", "json", "csv"] {
        let o = run(
            &["compare", &dir, "--role", "all", "--format", format],
            None,
        );
        assert_eq!(code(&o), 0);
        let out = text(&o.stdout);
        for free in [
            "ouderpanel",
            "leesclub",
            "drie woorden",
            "genoeg",
            "alleen tekst",
            "n.v.t.",
        ] {
            assert!(
                !out.contains(free),
                "{format} shows `{free}` without --examples"
            );
        }
    }
    let (_, v, _) = compare(&[&dir, "--role", "all", "--examples"]);
    let p1 = &by_code(&v["items"], "P1")["examples"]["Zwemclub"];
    // "Open dag" (Trainers) and "open dag" (Zwemmers) are one example, given twice.
    assert_eq!(
        p1,
        &serde_json::json!([
            {"text": "Open dag", "count": 2},
            {"text": "leesclub", "count": 1},
            {"text": "ouderpanel", "count": 1}
        ])
    );
    let p2 = &by_code(&v["items"], "P2")["examples"]["Zwemclub"];
    assert_eq!(p2, &serde_json::json!([{"text": "open dag", "count": 1}]));
    let md = text(&run(&["compare", &dir, "--role", "all", "--examples"], None).stdout);
    let (a, b) = (
        md.find("Open dag").expect("shown"),
        md.find("ouderpanel").expect("shown"),
    );
    assert!(a < b, "most frequent first in Markdown");
}

fn csv_rows(s: &str) -> Vec<Vec<String>> {
    // The fixtures' names hold no comma or quote; CRLF line ends per RFC 4180.
    assert!(s.ends_with("\r\n"), "CSV lines end in CRLF");
    s.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

#[test]
fn compare_csv_has_the_json_numbers_row_for_row() {
    let dir = format!("{DIR}/compare");
    for by in ["type", "role", "organisation"] {
        let (_, v, _) = compare(&[&dir, "--by", by]);
        let o = run(
            &[
                "compare", &dir, "--by", by, "--format", "csv", "--lang", "en",
            ],
            None,
        );
        assert_eq!(code(&o), 0);
        let rows = csv_rows(&text(&o.stdout));
        let header = [
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
            "gap",
        ];
        assert_eq!(rows[0], header);
        let groups: Vec<&str> = v["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .map(|g| g.as_str().expect("name"))
            .collect();
        let mut want = Vec::new();
        for item in v["items"].as_array().expect("items") {
            let (code, label) = (
                item["code"].as_str().unwrap_or(""),
                item["label"].as_str().unwrap_or(""),
            );
            let criterion = item["criterion"].as_str().unwrap_or("");
            for g in &groups {
                want.push(("item", code, label, criterion, *g, &item["stats"][g]));
            }
            want.push(("item", code, label, criterion, "Total", &item["total"]));
        }
        for crit in v["criteria"].as_array().expect("criteria") {
            let code = crit["code"].as_str().unwrap_or("");
            let title = crit["title"].as_str().unwrap_or("");
            for g in &groups {
                want.push(("criterion", code, title, code, *g, &crit["stats"][g]));
            }
            want.push(("criterion", code, title, code, "Total", &crit["total"]));
        }
        assert_eq!(
            rows.len() - 1,
            want.len(),
            "one row per (item or criterion, group), and the total"
        );
        for (row, (kind, code, label, criterion, group, stats)) in rows[1..].iter().zip(want) {
            assert_eq!(&row[..5], [kind, code, label, criterion, group]);
            for (i, key) in header.iter().enumerate().take(16).skip(5) {
                let cell = &row[i];
                let j = &stats[*key];
                if j.is_null() {
                    assert_eq!(cell, "", "{code} {group} {key}: empty for null");
                } else {
                    let x: f64 = cell
                        .parse()
                        .unwrap_or_else(|_| panic!("{code} {group} {key}: `{cell}` is a number"));
                    assert_eq!(Some(x), j.as_f64(), "{code} {group} {key}");
                }
            }
        }
    }
}

#[test]
fn compare_refuses_other_definitions_and_bridges_versions() {
    let dir = format!("{DIR}/compare");
    let other = format!("{DIR}/mixed/partnerschap.toml");
    let o = run(&["compare", &dir, &other], None);
    assert_eq!(code(&o), 1);
    assert!(o.stdout.is_empty(), "nothing compared");
    let err = text(&o.stderr);
    let tien = err
        .lines()
        .find(|l| l.contains("tienpunt (version 2.0)"))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        tien.contains("dolfijn.toml")
            && tien.contains("orsted.toml")
            && !tien.contains("partnerschap.toml"),
        "{err}"
    );
    let ps = err
        .lines()
        .find(|l| l.contains("partnerschapscan (version 1.0)"))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(ps.contains("mixed/partnerschap.toml"), "{err}");

    // Version 2.10 of the same definition (newer than 2.0) adds Q3: a warning, and
    // items compared by code; Q3 has only the one team whose version knows it.
    let newer = format!("{DIR}/versions/nieuw.toml");
    let (c, v, err) = compare(&[&dir, &newer]);
    assert_eq!(c, 0, "{err}");
    assert!(err.contains("warning[mixed-versions]"), "{err}");
    assert!(
        err.contains("version 2.10: tests/fixtures/spec-compare-history/versions/nieuw.toml"),
        "{err}"
    );
    assert_eq!(
        v["definition"]["version"], "2.10",
        "the newest version names things"
    );
    assert_eq!(
        v["definition"]["versions"],
        serde_json::json!(["2.0", "2.10"])
    );
    let q3 = &by_code(&v["items"], "Q3");
    assert_eq!(q3["criterion"], "Q");
    let z = json_stats(&q3["stats"]["Zwemclub"]);
    assert_eq!((z.teams, z.scored, z.mean), (1, 1, Some(9.0)));
    let p1 = json_stats(&by_code(&v["items"], "P1")["stats"]["Zwemclub"]);
    assert_eq!((p1.teams, p1.mean), (3, Some((7.0 + 2.0 + 8.0) / 3.0)));
    // Criterion Q of the new team is the mean of Q3 alone (Q1, Q2 unanswered).
    let q = json_stats(&by_code(&v["criteria"], "Q")["stats"]["Zwemclub"]);
    assert_eq!(q.mean, Some((0.0 + 4.0 + 9.0) / 3.0));
}

#[test]
fn compare_reports_invalid_files_and_compares_the_rest() {
    let dir = format!("{DIR}/compare");
    let bad = format!("{DIR}/invalid/buiten-schaal.toml");
    let (_, clean, _) = compare(&[&dir]);
    let (c, v, err) = compare(&[&dir, &bad]);
    assert_eq!(c, 1);
    assert!(
        err.contains("error[score-out-of-range]: score 11 is outside the scale 0–10"),
        "{err}"
    );
    assert!(
        err.contains("--> tests/fixtures/spec-compare-history/invalid/buiten-schaal.toml:11:11"),
        "{err}"
    );
    assert!(err.contains("11 |   score = 11"), "the source line: {err}");
    assert_eq!(
        v["items"], clean["items"],
        "the valid files are compared as without it"
    );
    // As validate reports it: same file, line and column.
    let o = run(&["validate", "--format", "json", &bad], None);
    let vj: Value = serde_json::from_slice(&o.stdout).expect("validate JSON");
    let d = &vj["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .find(|d| d["severity"] == "error")
        .cloned()
        .expect("an error");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(11), Some(11))
    );

    let o = run(
        &["compare", "--strict", &dir, &bad, "--format", "csv"],
        None,
    );
    assert_eq!(code(&o), 1);
    assert!(o.stdout.is_empty(), "--strict compares nothing");
    // --strict also fails on warnings alone (the fixtures have unanswered items).
    let o = run(&["compare", "--strict", &dir], None);
    assert_eq!(code(&o), 1);
    assert!(text(&o.stderr).contains("warning[unanswered-items]"));
}

#[test]
fn compare_usage_errors_exit_2() {
    let dir = format!("{DIR}/compare");
    for args in [
        vec!["compare", "tests/fixtures/spec-compare-history/nope.toml"],
        vec!["compare", &dir, "--by", "colour"],
        vec!["compare", &dir, "--role", "kids"],
        vec!["compare", &dir, "--min-group", "many"],
        vec!["compare", &dir, "--format", "pdf"],
        vec!["compare", &dir, "--lang", "de"],
        vec!["compare", &format!("{DIR}/defs")],
    ] {
        let o = run(&args, None);
        assert_eq!(code(&o), 2, "{args:?}: {}", text(&o.stderr));
        assert!(o.stdout.is_empty(), "{args:?}");
        assert!(!text(&o.stderr).contains("panicked"), "{args:?}");
    }
    let o = run(
        &["compare", "tests/fixtures/spec-compare-history/nope.toml"],
        None,
    );
    assert!(text(&o.stderr).contains("nope.toml"), "names the file");
    // Never over an input.
    let o = run(
        &["compare", &dir, "-o", &format!("{dir}/dolfijn.toml")],
        None,
    );
    assert_eq!(code(&o), 2);
}

/// A folder of `n` sessions over many organisations, with votes that make thirds and
/// sevenths, so sums depend on their order.
fn corpus(n: usize) -> (tempfile::TempDir, Vec<T>) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        root().join(DIR).join("defs/tienpunt.toml"),
        dir.path().join("def.toml"),
    )
    .expect("copy");
    let kinds = ["zwem-club", "bieb", "jgz"];
    let mut state: u64 = 0x5eed;
    let mut next = |m: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % m
    };
    let mut teams = Vec::new();
    for i in 0..n {
        let org: &'static str =
            Box::leak(format!("Organisatie {:02} — ü", i % 41).into_boxed_str());
        let file: &'static str = Box::leak(format!("{:04}.toml", i).into_boxed_str());
        let kind = kinds[(next(3)) as usize];
        let mut toml = format!(
            "definition = \"def.toml\"\n\n[session]\norganisation = \"{org}\"\n\n[[team]]\nname = \"T{i}\"\ntype = \"{kind}\"\n"
        );
        let mut answers = Vec::new();
        for (item, _) in ITEMS {
            match next(5) {
                0 => {}
                1 => {
                    let s = next(11) as i64;
                    toml.push_str(&format!("  [team.answers.{item}]\n  score = {s}\n"));
                    answers.push((item, score(s)));
                }
                2 => {
                    toml.push_str(&format!(
                        "  [team.answers.{item}]\n  na = true\n  text = \"nvt\"\n"
                    ));
                    answers.push((
                        item,
                        Ans {
                            na: true,
                            text: Some("nvt"),
                            ..Ans::default()
                        },
                    ));
                }
                _ => {
                    let k = 1 + next(7) as usize;
                    let votes: Vec<i64> = (0..k).map(|_| next(11) as i64).collect();
                    let list = votes
                        .iter()
                        .map(i64::to_string)
                        .collect::<Vec<_>>()
                        .join(", ");
                    toml.push_str(&format!(
                        "  [team.answers.{item}]\n  votes = [{list}]\n  text = \"w w w\"\n"
                    ));
                    answers.push((
                        item,
                        Ans {
                            votes: Box::leak(votes.into_boxed_slice()),
                            text: Some("w w w"),
                            ..Ans::default()
                        },
                    ));
                }
            }
        }
        std::fs::write(dir.path().join(file), toml).expect("write");
        teams.push(T {
            org,
            file,
            name: "",
            kind,
            role: "professionals",
            answers,
        });
    }
    (dir, teams)
}

#[test]
fn compare_many_files_is_exact_and_independent_of_threads() {
    let (dir, teams) = corpus(700);
    let path = dir.path().to_str().expect("utf-8 temp path");
    let go = |threads: Option<&str>, args: &[&str]| -> Output {
        let mut cmd = scan();
        cmd.args(["compare", path]).args(args).stdin(Stdio::null());
        if let Some(t) = threads {
            cmd.env("RAYON_NUM_THREADS", t);
        }
        cmd.output().expect("scan runs")
    };
    let o = go(None, &["--format", "json"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let kind = |k: &'static str| select(&teams, move |t| t.kind == k);
    check_all(
        &v,
        &[
            ("Zwemclub", kind("zwem-club")),
            ("Bibliotheek", kind("bieb")),
            ("Jeugd & Gezin", kind("jgz")),
        ],
    );
    for format in ["json", "csv", "md", "html"] {
        let a = go(
            None,
            &["--format", format, "--by", "organisation", "--examples"],
        );
        let b = go(
            Some("1"),
            &["--format", format, "--by", "organisation", "--examples"],
        );
        let c = go(
            Some("3"),
            &["--format", format, "--by", "organisation", "--examples"],
        );
        assert_eq!(code(&a), 0);
        assert!(
            a.stdout == b.stdout && b.stdout == c.stdout,
            "{format} depends on threads"
        );
        assert_eq!(a.stderr, b.stderr);
    }
    // Organisations 0..=40 hold 18 or 17 teams each (700 = 41·17 + 3): --min-group 18
    // keeps the first three.
    let o = go(
        None,
        &[
            "--format",
            "json",
            "--by",
            "organisation",
            "--min-group",
            "18",
        ],
    );
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["groups"].as_array().map(Vec::len), Some(3));
    assert_eq!(v["left_out"]["groups"], 38);
    assert_eq!(v["left_out"]["teams"], 38 * 17);
    let org = |o: &'static str| select(&teams, move |t| t.org == o);
    check_all(
        &v,
        &[
            ("Organisatie 00 — ü", org("Organisatie 00 — ü")),
            ("Organisatie 01 — ü", org("Organisatie 01 — ü")),
            ("Organisatie 02 — ü", org("Organisatie 02 — ü")),
        ],
    );
    assert!(
        text(&o.stderr).contains("left out 38 groups of fewer than 18 teams (646 teams)"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn compare_is_byte_identical_from_run_to_run() {
    let dir = format!("{DIR}/compare");
    for format in ["md", "html", "json", "csv"] {
        let args = [
            "compare",
            &dir,
            "--role",
            "all",
            "--examples",
            "--format",
            format,
        ];
        let a = run(&args, None);
        let b = run(&args, None);
        assert_eq!(code(&a), 0);
        assert_eq!(a.stdout, b.stdout, "{format}");
        assert!(!a.stdout.is_empty());
    }
}

// ---------------------------------------------------------------------------------
// History and diff on a throwaway repository.

struct Git {
    dir: tempfile::TempDir,
}

impl Git {
    fn new() -> Git {
        let g = Git {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        g.at("2025-01-01T00:00:00+00:00", &["init", "-q", "-b", "main"]);
        g
    }

    fn top(&self) -> &Path {
        self.dir.path()
    }

    fn at(&self, date: &str, args: &[&str]) -> String {
        let o = Command::new("git")
            .current_dir(self.top())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .args([
                "-c",
                "user.name=Fac Ilitator",
                "-c",
                "user.email=f@example.org",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "tag.gpgsign=false",
            ])
            .args(args)
            .output()
            .expect("git runs");
        assert!(o.status.success(), "git {args:?}: {}", text(&o.stderr));
        text(&o.stdout).trim().to_string()
    }

    fn commit(&self, date: &str, message: &str) -> String {
        self.at(date, &["add", "-A"]);
        self.at(date, &["commit", "-q", "-m", message]);
        self.at(date, &["rev-parse", "--short", "HEAD"])
    }

    fn write(&self, rel: &str, content: &str) {
        let p = self.top().join(rel);
        std::fs::create_dir_all(p.parent().expect("a folder")).expect("folders");
        std::fs::write(p, content).expect("write");
    }
}

fn scan_at(dir: &Path, args: &[&str]) -> Output {
    scan()
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("scan runs")
}

const SUB: &str = "map één/sub dir";
const OLD: &str = "map één/sub dir/sessie ö.toml";
const NEW: &str = "map één/sub dir/verhuisd ü.toml";

fn session(
    trainers_p1: i64,
    p1_text: &str,
    p2_votes: &str,
    p3: &str,
    parents: Option<(&str, i64)>,
    status: &str,
) -> String {
    let mut s = format!(
        "definition = \"def.toml\"\n\n[session]\norganisation = \"Zwemclub Dolfijn\"\n\n[[team]]\nname = \"Trainers\"\ntype = \"zwem-club\"\n\n  [team.answers.P1]\n  score = {trainers_p1}\n  text = \"{p1_text}\"\n\n  [team.answers.P2]\n  votes = [{p2_votes}]\n{p3}"
    );
    if let Some((name, score)) = parents {
        s.push_str(&format!("\n[[team]]\nname = \"{name}\"\ntype = \"zwem-club\"\nrole = \"parents\"\n\n  [team.answers.P1]\n  score = {score}\n"));
    }
    s.push_str(&format!(
        "\n[[action]]\ntitle = \"Koffieochtend\"\nitem = \"P1\"\nstatus = \"{status}\"\n"
    ));
    s
}

struct Story {
    git: Git,
    /// Short hashes of the commits, oldest first.
    commits: Vec<String>,
}

/// Seven commits and an uncommitted edit: first version (tag `nulmeting`); scores,
/// text, votes, an `na` answer and an action's status changed; the parents' team
/// renamed (annotated tag `meting`); an invalid version; fixed; the file moved with
/// `git mv`; the definition's version bumped and the parents' team removed; then an
/// edit not yet committed.
fn story() -> Story {
    let git = Git::new();
    let def =
        std::fs::read_to_string(root().join(DIR).join("defs/tienpunt.toml")).expect("definition");
    git.write(&format!("{SUB}/def.toml"), &def);
    git.write("README", "unrelated file\n");
    let na = "\n  [team.answers.P3]\n  na = true\n  text = \"geen huisbezoeken\"\n";
    let mut commits = Vec::new();
    git.write(
        OLD,
        &session(
            3,
            "eerste tekst met vier woorden",
            "1, 2, 2",
            "",
            Some(("Ouders", 5)),
            "planned",
        ),
    );
    commits.push(git.commit("2025-03-01T10:00:00+02:00", "Nulmeting"));
    git.at("2025-03-01T10:00:00+02:00", &["tag", "nulmeting"]);
    git.write(
        OLD,
        &session(
            7,
            "eerste tekst met nu zes nieuwe woorden",
            "2, 2, 3",
            na,
            Some(("Ouders", 5)),
            "done",
        ),
    );
    commits.push(git.commit("2025-06-01T23:30:00-05:00", "Tussenmeting"));
    git.write("README", "an unrelated change is not a version\n");
    git.commit("2025-06-15T10:00:00+00:00", "README");
    git.write(
        OLD,
        &session(
            7,
            "eerste tekst met nu zes nieuwe woorden",
            "2, 2, 3",
            na,
            Some(("Ouderavond", 5)),
            "done",
        ),
    );
    commits.push(git.commit("2025-07-01T10:00:00+00:00", "Ouders hernoemd"));
    git.at(
        "2025-07-01T10:00:00+00:00",
        &["tag", "-a", "meting", "-m", "Meting 2025"],
    );
    git.write(
        OLD,
        &session(
            7,
            "eerste tekst met nu zes nieuwe woorden",
            "2, 2, 3",
            na,
            Some(("Ouderavond", 55)),
            "done",
        ),
    );
    commits.push(git.commit("2025-08-01T10:00:00+00:00", "Kapot"));
    git.write(
        OLD,
        &session(
            7,
            "eerste tekst met nu zes nieuwe woorden",
            "2, 2, 3",
            na,
            Some(("Ouderavond", 6)),
            "done",
        ),
    );
    commits.push(git.commit("2025-09-01T10:00:00+00:00", "Hersteld"));
    git.at("2025-10-01T10:00:00+00:00", &["mv", OLD, NEW]);
    commits.push(git.commit("2025-10-01T10:00:00+00:00", "Verhuisd"));
    git.write(
        &format!("{SUB}/def.toml"),
        &def.replace("version = \"2.0\"", "version = \"2.1\""),
    );
    git.write(
        NEW,
        &session(
            7,
            "eerste tekst met nu zes nieuwe woorden",
            "2, 2, 3",
            na,
            None,
            "done",
        ),
    );
    commits.push(git.commit("2025-11-01T10:00:00+00:00", "Definitie 2.1, ouders weg"));
    git.write(
        NEW,
        &session(
            9,
            "eerste tekst met nu zes nieuwe woorden",
            "2, 2, 3",
            na,
            None,
            "done",
        ),
    );
    Story { git, commits }
}

fn json_of(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("JSON: {e}\nstderr: {}", text(&o.stderr)))
}

#[test]
fn history_follows_the_file_through_every_change() {
    let s = story();
    let top = s.git.top();
    // Run from the repository's top with a relative path, from the file's own folder,
    // and from elsewhere with an absolute path: the same versions.
    let abs = top.join(NEW);
    let outside = tempfile::tempdir().expect("temp dir");
    let runs = [
        scan_at(top, &["history", "--format", "json", NEW]),
        scan_at(
            &top.join(SUB),
            &["history", "--format", "json", "verhuisd ü.toml"],
        ),
        scan_at(
            outside.path(),
            &["history", "--format", "json", abs.to_str().expect("utf-8")],
        ),
    ];
    let v = json_of(&runs[0]);
    for o in &runs {
        // An invalid commit is a warning (it cannot be changed any more): exit 0,
        // after showing everything.
        assert_eq!(code(o), 0, "{}", text(&o.stderr));
        assert_eq!(json_of(o)["versions"], v["versions"]);
    }
    let err = text(&runs[0].stderr);
    assert!(
        err.contains(&format!("sessie ö.toml@{}", s.commits[3])),
        "names the commit: {err}"
    );
    assert!(err.contains("score 55 is outside the scale 0–10"), "{err}");

    let versions = v["versions"].as_array().expect("versions");
    assert_eq!(
        versions.len(),
        8,
        "7 commits that changed the file (not the README) and the working tree"
    );
    let shorts: Vec<&str> = versions
        .iter()
        .filter_map(|x| x["short"].as_str())
        .collect();
    assert_eq!(
        shorts,
        s.commits.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert!(versions[7]["commit"].is_null(), "uncommitted edits last");
    let dates: Vec<&str> = versions.iter().filter_map(|x| x["date"].as_str()).collect();
    // Author dates in the commit's own zone: 23:30 at -05:00 is still 1 June.
    assert_eq!(
        dates,
        [
            "2025-03-01",
            "2025-06-01",
            "2025-07-01",
            "2025-08-01",
            "2025-09-01",
            "2025-10-01",
            "2025-11-01"
        ]
    );
    assert_eq!(versions[0]["tags"], serde_json::json!(["nulmeting"]));
    assert_eq!(
        versions[2]["tags"],
        serde_json::json!(["meting"]),
        "annotated tags count"
    );
    assert_eq!(versions[3]["valid"], false);
    assert!(
        versions[3]["actions"].is_null(),
        "an unreadable version's plan is unknown"
    );
    assert_eq!(
        versions[4]["compared_with"].as_str(),
        Some(s.commits[2].as_str()),
        "compared with the last readable one"
    );
    assert_eq!(versions[5]["path"], NEW);
    assert_eq!(versions[4]["path"], OLD);
    assert_eq!(
        versions[6]["removed_teams"],
        serde_json::json!(["Ouderavond"])
    );
    assert_eq!(versions[6]["definition_change"]["before"]["version"], "2.0");
    assert_eq!(versions[6]["definition_change"]["after"]["version"], "2.1");
    assert_eq!(versions[1]["actions"], serde_json::json!([0, 0, 1]));
    assert_eq!(versions[0]["actions"], serde_json::json!([1, 0, 0]));

    // The trainers' P, by hand: mean(P1, mean of P2's votes); P3 is na.
    let p = |p1: f64, votes: &[f64]| (p1 + votes.iter().sum::<f64>() / votes.len() as f64) / 2.0;
    let want = [
        Some(p(3.0, &[1.0, 2.0, 2.0])),
        Some(p(7.0, &[2.0, 2.0, 3.0])),
        Some(p(7.0, &[2.0, 2.0, 3.0])),
        None,
        Some(p(7.0, &[2.0, 2.0, 3.0])),
        Some(p(7.0, &[2.0, 2.0, 3.0])),
        Some(p(7.0, &[2.0, 2.0, 3.0])),
        Some(p(9.0, &[2.0, 2.0, 3.0])),
    ];
    let trainers = v["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .find(|t| t["name"] == "Trainers")
        .expect("Trainers");
    let got: Vec<Option<f64>> = trainers["scores"][0]
        .as_array()
        .expect("P")
        .iter()
        .map(f)
        .collect();
    assert_eq!(got, want);
    let t1 = versions[1]["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .find(|t| t["name"] == "Trainers")
        .expect("Trainers");
    let pc = by_code(&t1["criteria"], "P");
    assert_eq!(
        f(&pc["change"]),
        Some(want[1].unwrap_or(0.0) - want[0].unwrap_or(0.0))
    );
    let parents = v["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .find(|t| t["role"] == "parents")
        .expect("parents");
    assert_eq!(parents["name"], "Ouderavond");
    assert_eq!(parents["earlier_names"], serde_json::json!(["Ouders"]));

    // --tags-only: the two measurement moments, the second compared with the first.
    let o = scan_at(top, &["history", "--tags-only", "--format", "json", NEW]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let t = json_of(&o);
    let shorts: Vec<&str> = t["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .filter_map(|x| x["short"].as_str())
        .collect();
    assert_eq!(shorts, [s.commits[0].as_str(), s.commits[2].as_str()]);

    // Markdown and HTML: every version listed, the same bytes twice.
    for format in ["md", "html"] {
        let a = scan_at(top, &["history", "--format", format, NEW]);
        let b = scan_at(top, &["history", "--format", format, NEW]);
        assert_eq!(a.stdout, b.stdout, "{format} is deterministic");
        let out = text(&a.stdout);
        for c in &s.commits {
            assert!(out.contains(c.as_str()), "{format} lists {c}");
        }
        assert!(
            out.contains("nulmeting") && out.contains("Ouderavond"),
            "{format}"
        );
    }
    let md = text(&scan_at(top, &["history", NEW]).stdout);
    assert!(md.contains("Ouders → Ouderavond"), "the renamed team: {md}");
    assert!(
        md.contains("sessie ö.toml → map één/sub dir/verhuisd ü.toml"),
        "the move: {md}"
    );
}

#[test]
fn diff_between_versions_and_the_working_tree() {
    let s = story();
    let top = s.git.top();
    let o = scan_at(
        &top.join(SUB),
        &[
            "diff",
            "--format",
            "json",
            "nulmeting",
            "meting",
            "verhuisd ü.toml",
        ],
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v = json_of(&o);
    assert_eq!(v["before"]["short"].as_str(), Some(s.commits[0].as_str()));
    assert_eq!(v["after"]["short"].as_str(), Some(s.commits[2].as_str()));
    let teams = v["teams"].as_array().expect("teams");
    let trainers = teams
        .iter()
        .find(|t| t["name"] == "Trainers")
        .expect("Trainers");
    let p1 = by_code(&trainers["items"], "P1");
    assert_eq!(
        (f(&p1["score"]["before"]), f(&p1["score"]["after"])),
        (Some(3.0), Some(7.0))
    );
    assert_eq!(p1["text"]["added_words"], 3);
    assert_eq!(p1["text"]["removed_words"], 1);
    assert_eq!(p1["text"]["removed"], serde_json::json!(["vier"]));
    let p2 = by_code(&trainers["items"], "P2");
    assert_eq!(
        (f(&p2["score"]["before"]), f(&p2["score"]["after"])),
        (Some(5.0 / 3.0), Some(7.0 / 3.0)),
        "votes-only answer"
    );
    let p3 = by_code(&trainers["items"], "P3");
    assert_eq!(p3["answer"], "added");
    assert_eq!(p3["na_after"], true);
    let parents = teams
        .iter()
        .find(|t| t["role"] == "parents")
        .expect("parents");
    assert_eq!(parents["name"], "Ouderavond");
    assert_eq!(parents["renamed_from"], "Ouders");
    assert_eq!(v["summary"]["teams_renamed"], 1);
    assert_eq!(v["summary"]["answers_added"], 1);
    let action = &v["actions"][0];
    assert_eq!(
        (
            action["status_before"].as_str(),
            action["status_after"].as_str()
        ),
        (Some("planned"), Some("done"))
    );

    // HEAD against the working tree (second revision left out): only the uncommitted edit.
    let o = scan_at(top, &["diff", "--format", "json", "HEAD", NEW]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v = json_of(&o);
    assert!(v["after"]["commit"].is_null());
    assert_eq!(v["summary"]["items_changed"], 1);
    assert_eq!(v["summary"]["teams_removed"], 0);

    // meting → HEAD: the parents removed, the definition bumped (a note, compared by code).
    let o = scan_at(top, &["diff", "--format", "json", "meting", "HEAD", NEW]);
    assert_eq!(code(&o), 0);
    let v = json_of(&o);
    let removed = v["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .find(|t| t["status"] == "removed")
        .expect("a removed team");
    assert_eq!(removed["name"], "Ouderavond");
    assert!(
        text(&o.stderr).contains("tienpunt 2.0 → tienpunt 2.1"),
        "{}",
        text(&o.stderr)
    );

    // An invalid version on either side: named, exit 1, nothing on stdout.
    let o = scan_at(top, &["diff", &s.commits[3], "HEAD", NEW]);
    assert_eq!(code(&o), 1);
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!("@{}", s.commits[3])) && err.contains("score 55"),
        "{err}"
    );
    assert!(o.stdout.is_empty());

    // Markdown and HTML are deterministic and show the change.
    for format in ["md", "html"] {
        let a = scan_at(
            top,
            &["diff", "--format", format, "nulmeting", "meting", NEW],
        );
        let b = scan_at(
            top,
            &["diff", "--format", format, "nulmeting", "meting", NEW],
        );
        assert_eq!(code(&a), 0);
        assert_eq!(a.stdout, b.stdout);
        let out = text(&a.stdout);
        assert!(
            out.contains("Ouderavond") && out.contains("Ouders"),
            "{format}"
        );
    }
}

#[test]
fn history_and_diff_fail_plainly_without_git_or_history() {
    let s = story();
    let top = s.git.top();

    // Not a repository.
    let plain = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        root().join(DIR).join("compare/dolfijn.toml"),
        plain.path().join("d.toml"),
    )
    .expect("copy");
    for args in [vec!["history", "d.toml"], vec!["diff", "HEAD", "d.toml"]] {
        let o = scan_at(plain.path(), &args);
        assert_eq!(code(&o), 2, "{args:?}");
        assert!(
            text(&o.stderr).contains("`d.toml` is not in a git repository"),
            "{}",
            text(&o.stderr)
        );
    }

    // Git not installed.
    let o = scan()
        .current_dir(top)
        .env("PATH", plain.path())
        .args(["history", NEW])
        .output()
        .expect("scan runs");
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("git is not installed"),
        "{}",
        text(&o.stderr)
    );

    // A file never committed: the hint's command works when pasted (quoted path).
    s.git.write(
        "map één/nieuw bestand.toml",
        "definition = \"partnerschapscan\"\n",
    );
    let o = scan_at(top, &["history", "map één/nieuw bestand.toml"]);
    assert_eq!(code(&o), 2);
    let err = text(&o.stderr);
    assert!(err.contains("has never been committed"), "{err}");
    assert!(
        err.contains("`git add 'map één/nieuw bestand.toml'`"),
        "{err}"
    );

    // A file that does not exist at all.
    let o = scan_at(top, &["history", "map één/tikfout.toml"]);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("does not exist"),
        "{}",
        text(&o.stderr)
    );

    // Unknown revision; revision before the file existed; too many arguments.
    let o = scan_at(top, &["diff", "nope", NEW]);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("`nope` is not a commit"),
        "{}",
        text(&o.stderr)
    );
    let o = scan_at(top, &["diff", "a", "b", "c", NEW]);
    assert_eq!(code(&o), 2);

    // A shallow clone says that earlier history is missing.
    let clone = tempfile::tempdir().expect("temp dir");
    let url = format!("file://{}", top.display());
    let o = Command::new("git")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(["clone", "-q", "--depth", "1", &url])
        .arg(clone.path().join("c"))
        .output()
        .expect("git clone");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let c = clone.path().join("c");
    let o = scan_at(&c, &["history", "--format", "json", NEW]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v = json_of(&o);
    assert_eq!(v["shallow"], true);
    assert!(
        text(&o.stderr).contains("shallow clone: history before"),
        "{}",
        text(&o.stderr)
    );
    let o = scan_at(&c, &["diff", "nulmeting", NEW]);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("shallow clone"),
        "{}",
        text(&o.stderr)
    );
}

/// The fixture paths used above exist (a typo would make a test pass for the wrong reason).
#[test]
fn its_fixtures_validate() {
    let files: Vec<PathBuf> = crate::common::files_below(&root().join(DIR), "toml");
    assert!(files.len() >= 8);
    for p in files {
        let s = p.to_str().expect("utf-8");
        let o = run(&["validate", s], None);
        let want = if s.contains("/invalid/") { 1 } else { 0 };
        assert_eq!(code(&o), want, "{s}: {}", text(&o.stderr));
    }
}

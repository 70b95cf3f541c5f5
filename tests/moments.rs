//! `scan compare --at`: a generated git repository with three measurement moments,
//! files added, removed, renamed and broken between them. Every statistic in the JSON
//! is recomputed here from `git show` of each file, with a TOML parser and plain
//! arithmetic (not scan's code); the workbook is read back with calamine.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::common::*;

const TYPES: [&str; 3] = ["childcare", "primary", "secondary"];
const LABELS: [&str; 3] = ["Kinderopvang", "Primair onderwijs", "Voortgezet onderwijs"];
const ITEMS: [&str; 8] = ["A1", "A2", "A3", "B1", "C1", "C2", "D1", "E1"];
const MOMENTS: [&str; 3] = ["nulmeting", "meting-2", "meting-3"];

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
        .args(args)
        .env("GIT_AUTHOR_DATE", "2026-01-01T12:00:00+01:00")
        .env("GIT_COMMITTER_DATE", "2026-01-01T12:00:00+01:00")
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

/// A small deterministic generator, so the repository is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// A session of one organisation: a professionals' team and a parents' team (left out
/// by the default role filter), answers of every kind.
fn session(i: usize, version: u64, rng: &mut Rng) -> String {
    let kind = TYPES[i % 3];
    let mut s = format!(
        "definition = \"partnerschapscan\"\n\n[session]\norganisation = \"Organisatie {i:02}\"\n"
    );
    for (name, role) in [("Team", "professionals"), ("Ouders", "parents")] {
        s.push_str(&format!(
            "\n[[team]]\nname = \"{name} {i} v{version}\"\ntype = \"{kind}\"\nrole = \"{role}\"\n"
        ));
        for code in ITEMS {
            match rng.next(6) {
                0 => {}
                1 => s.push_str(&format!(
                    "\n  [team.answers.{code}]\n  na = true\n  text = \"niet van toepassing hier\"\n"
                )),
                2 => {
                    // One to six votes: a team's members, or respondents of a form.
                    let votes: Vec<String> = (0..1 + rng.next(6))
                        .map(|_| (1 + rng.next(4)).to_string())
                        .collect();
                    s.push_str(&format!(
                        "\n  [team.answers.{code}]\n  votes = [{}]\n  text = \"stemmen {}\"\n",
                        votes.join(", "),
                        "woord ".repeat(rng.next(5) as usize)
                    ))
                }
                3 => s.push_str(&format!(
                    "\n  [team.answers.{code}]\n  text = \"alleen tekst zonder score\"\n  examples = [\"a\", \"b\"]\n"
                )),
                _ => s.push_str(&format!(
                    "\n  [team.answers.{code}]\n  score = {}\n  examples = [\"koffie\"]\n",
                    1 + rng.next(4)
                )),
            }
        }
    }
    s
}

/// The repository: 30 files at the first moment; at the second three removed, four
/// added, one renamed and a third changed; at the third two added, one broken.
fn build(dir: &Path) {
    git(dir, &["init", "-q", "-b", "main"]);
    let folder = dir.join("sessies");
    std::fs::create_dir_all(&folder).expect("folder");
    let mut rng = Rng(7);
    let write = |name: &str, text: String| std::fs::write(folder.join(name), text).expect("write");
    for i in 0..30 {
        write(&format!("s{i:02}.toml"), session(i, 1, &mut rng));
    }
    std::fs::write(dir.join("sessies/.taplo.toml"), "").expect("write");
    std::fs::remove_file(dir.join("sessies/.taplo.toml")).expect("remove");
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-qm", "nulmeting"]);
    git(dir, &["tag", MOMENTS[0]]);

    for i in 0..3 {
        std::fs::remove_file(folder.join(format!("s{i:02}.toml"))).expect("remove");
    }
    for i in 30..34 {
        write(&format!("s{i:02}.toml"), session(i, 2, &mut rng));
    }
    for i in (3..30).step_by(3) {
        write(&format!("s{i:02}.toml"), session(i, 2, &mut rng));
    }
    git(dir, &["add", "-A"]);
    git(dir, &["mv", "sessies/s04.toml", "sessies/hernoemd-04.toml"]);
    git(dir, &["commit", "-qm", "tweede meting"]);
    git(dir, &["tag", "-a", "-m", "tweede", MOMENTS[1]]);

    for i in 34..36 {
        write(&format!("s{i:02}.toml"), session(i, 3, &mut rng));
    }
    for i in (5..30).step_by(4) {
        write(&format!("s{i:02}.toml"), session(i, 3, &mut rng));
    }
    write(
        "s07.toml",
        "definition = \"partnerschapscan\"\n[session]\norganisation = \"Kapot\"\n[[team]]\nname = \"T\"\ntype = \"primary\"\n  [team.answers.A1]\n  score = 9\n".into(),
    );
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-qm", "derde meting"]);
    git(dir, &["tag", MOMENTS[2]]);
}

/// What one professionals' team answered to one item, read independently.
#[derive(Default, Clone)]
struct Ans {
    answered: bool,
    words: f64,
    examples: f64,
    score: Option<f64>,
    votes: u64,
}

fn answers(team: &toml::Value) -> BTreeMap<String, Ans> {
    let mut out = BTreeMap::new();
    let Some(table) = team.get("answers").and_then(|a| a.as_table()) else {
        return out;
    };
    for (code, a) in table {
        let votes: Vec<f64> = a
            .get("votes")
            .and_then(|v| v.as_array())
            .map(|v| {
                v.iter()
                    .filter_map(|x| x.as_integer())
                    .map(|x| x as f64)
                    .collect()
            })
            .unwrap_or_default();
        let text = a.get("text").and_then(|t| t.as_str());
        let examples = a
            .get("examples")
            .and_then(|e| e.as_array())
            .map_or(0, Vec::len);
        let na = a.get("na").and_then(|n| n.as_bool()) == Some(true);
        let score = a
            .get("score")
            .and_then(|s| s.as_integer())
            .map(|s| s as f64);
        let answered = na || score.is_some() || !votes.is_empty() || text.is_some() || examples > 0;
        out.insert(
            code.clone(),
            Ans {
                answered,
                words: text.map_or(0, |t| t.split_whitespace().count()) as f64,
                examples: examples as f64,
                votes: votes.len() as u64,
                score: if na {
                    None
                } else {
                    score.or_else(|| {
                        (!votes.is_empty()).then(|| votes.iter().sum::<f64>() / votes.len() as f64)
                    })
                },
            },
        );
    }
    out
}

/// The SPEC's statistics, plainly: (teams, answered, scored, mean, median, min, max,
/// sd, completeness, words, examples).
fn stats(
    teams: usize,
    answered: usize,
    scores: &[f64],
    answers: &[(f64, f64)],
    voters: u64,
) -> Value {
    let n = scores.len() as f64;
    let mean = (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / n);
    let mut sorted = scores.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = (!sorted.is_empty()).then(|| {
        let k = sorted.len();
        if k % 2 == 1 {
            sorted[k / 2]
        } else {
            (sorted[k / 2 - 1] + sorted[k / 2]) / 2.0
        }
    });
    let sd = mean.map(|m| (scores.iter().map(|x| (x - m).powi(2)).sum::<f64>() / n).sqrt());
    let per = |f: fn(&(f64, f64)) -> f64| {
        (!answers.is_empty()).then(|| answers.iter().map(f).sum::<f64>() / answers.len() as f64)
    };
    serde_json::json!({
        "teams": teams,
        "answered": answered,
        "scored": scores.len(),
        "mean": mean,
        "median": median,
        "min": sorted.first(),
        "max": sorted.last(),
        "sd": sd,
        "completeness": (teams > 0).then(|| answered as f64 / teams as f64),
        "words": per(|a| a.0),
        "examples": per(|a| a.1),
        "voters": voters,
    })
}

/// Every professionals' team at a moment, with its type, read from `git show`.
/// A team's type and answers.
type TeamAnswers = (String, BTreeMap<String, Ans>);

fn teams_at(dir: &Path, rev: &str) -> (usize, Vec<TeamAnswers>) {
    let list = git(dir, &["ls-tree", "-r", "--name-only", rev, "--", "sessies"]);
    let mut files = 0;
    let mut out = Vec::new();
    for path in list.lines().filter(|p| p.ends_with(".toml")) {
        let text = git(dir, &["show", &format!("{rev}:{path}")]);
        let doc: toml::Value = toml::from_str(&text).expect("TOML");
        let valid = !text.contains("score = 9");
        if !valid {
            continue;
        }
        files += 1;
        for team in doc.get("team").and_then(|t| t.as_array()).expect("teams") {
            if team.get("role").and_then(|r| r.as_str()) == Some("professionals") {
                let kind = team.get("type").and_then(|t| t.as_str()).expect("type");
                out.push((kind.to_string(), answers(team)));
            }
        }
    }
    (files, out)
}

/// Statistics of one item or criterion over some teams, computed naively.
fn naive(teams: &[&BTreeMap<String, Ans>], code: &str) -> Value {
    let mut answered = 0;
    let mut scores = Vec::new();
    let mut per_answer = Vec::new();
    let mut voters = 0;
    for t in teams {
        if code.len() == 1 {
            // A criterion: per team the most votes on one of its items.
            voters += t
                .iter()
                .filter(|(c, _)| c.starts_with(code))
                .map(|(_, a)| a.votes)
                .max()
                .unwrap_or(0);
            let mine: Vec<&Ans> = t
                .iter()
                .filter(|(c, a)| c.starts_with(code) && a.answered)
                .map(|(_, a)| a)
                .collect();
            if !mine.is_empty() {
                answered += 1;
            }
            per_answer.extend(mine.iter().map(|a| (a.words, a.examples)));
            // Item scores in definition order: codes sort that way here (one digit).
            let s: Vec<f64> = mine.iter().filter_map(|a| a.score).collect();
            if !s.is_empty() {
                scores.push(s.iter().sum::<f64>() / s.len() as f64);
            }
        } else if let Some(a) = t.get(code).filter(|a| a.answered) {
            voters += a.votes;
            answered += 1;
            per_answer.push((a.words, a.examples));
            scores.extend(a.score);
        }
    }
    stats(teams.len(), answered, &scores, &per_answer, voters)
}

fn close(got: &Value, want: &Value, what: &str) {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => {
            for (k, wv) in w {
                close(&g[k], wv, &format!("{what}.{k}"));
            }
        }
        (Value::Null, Value::Null) => {}
        _ => {
            let (g, w) = (got.as_f64(), want.as_f64());
            let ok =
                matches!((g, w), (Some(a), Some(b)) if (a - b).abs() <= 1e-9 * b.abs().max(1.0));
            assert!(ok, "{what}: scan says {got}, recomputed {want}");
        }
    }
}

#[test]
fn every_statistic_at_every_moment_equals_a_recomputation_from_git_show() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path();
    build(dir);
    let mut args = vec!["compare", "sessies", "--format", "json"];
    for m in MOMENTS {
        args.extend(["--at", m]);
    }
    let o = run_in(dir, &args, None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains("s07.toml") && err.contains("meting-3"),
        "the broken file is named with its moment: {err}"
    );
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["moments"], serde_json::json!(MOMENTS));

    let mut checked = 0;
    let mut means: BTreeMap<(String, String, String), Option<f64>> = BTreeMap::new();
    for m in MOMENTS {
        let (files, teams) = teams_at(dir, m);
        assert_eq!(v["files"][m], files, "files at {m}");
        for (kind, field) in [("item", "items"), ("criterion", "criteria")] {
            let codes: Vec<String> = if kind == "item" {
                ITEMS.iter().map(|c| c.to_string()).collect()
            } else {
                ["A", "B", "C", "D", "E"]
                    .iter()
                    .map(|c| c.to_string())
                    .collect()
            };
            for code in &codes {
                let entry = v[field]
                    .as_array()
                    .expect("list")
                    .iter()
                    .find(|e| e["code"] == code.as_str())
                    .unwrap_or_else(|| panic!("{kind} {code}"));
                for (t, label) in TYPES.iter().zip(LABELS) {
                    let group: Vec<&BTreeMap<String, Ans>> = teams
                        .iter()
                        .filter(|(k, _)| k == t)
                        .map(|(_, a)| a)
                        .collect();
                    let want = naive(&group, code);
                    close(
                        &entry["stats"][label][m],
                        &want,
                        &format!("{m} {code} {label}"),
                    );
                    means.insert(
                        (code.clone(), label.to_string(), m.to_string()),
                        want["mean"].as_f64(),
                    );
                    checked += 1;
                }
                let all: Vec<&BTreeMap<String, Ans>> = teams.iter().map(|(_, a)| a).collect();
                close(
                    &entry["total"][m],
                    &naive(&all, code),
                    &format!("{m} {code} total"),
                );
            }
        }
    }
    assert_eq!(checked, 3 * 3 * (8 + 5));
    // Change: the mean at the last moment minus the mean at the first.
    for field in ["items", "criteria"] {
        for entry in v[field].as_array().expect("list") {
            let code = entry["code"].as_str().expect("code").to_string();
            for label in LABELS {
                let key = |m: &str| {
                    means
                        .get(&(code.clone(), label.to_string(), m.to_string()))
                        .copied()
                        .flatten()
                };
                if let (Some(a), Some(b)) = (key(MOMENTS[0]), key(MOMENTS[2])) {
                    close(
                        &entry["change"][label],
                        &serde_json::json!(b - a),
                        &format!("change {code} {label}"),
                    );
                }
            }
        }
    }
    // The total's change, the teams per moment and group, and each group's three
    // weakest items at the last moment (lowest mean, ties in the scan's order).
    let mut total_means: BTreeMap<(String, String), Option<f64>> = BTreeMap::new();
    for m in MOMENTS {
        let (_, teams) = teams_at(dir, m);
        assert_eq!(v["teams"][m], teams.len(), "teams at {m}");
        let all: Vec<&BTreeMap<String, Ans>> = teams.iter().map(|(_, a)| a).collect();
        for code in ITEMS.iter().chain(&["A", "B", "C", "D", "E"]) {
            total_means.insert(
                (code.to_string(), m.to_string()),
                naive(&all, code)["mean"].as_f64(),
            );
        }
        for (t, label) in TYPES.iter().zip(LABELS) {
            let n = teams.iter().filter(|(k, _)| k == t).count();
            let detail = v["group_details"]
                .as_array()
                .expect("groups")
                .iter()
                .find(|g| g["name"] == label)
                .expect(label);
            let at = MOMENTS.iter().position(|x| *x == m).expect("moment");
            assert_eq!(detail["teams"][at], n, "teams of {label} at {m}");
        }
    }
    for field in ["items", "criteria"] {
        for entry in v[field].as_array().expect("list") {
            let code = entry["code"].as_str().expect("code").to_string();
            let mean = |m: &str| {
                total_means
                    .get(&(code.clone(), m.to_string()))
                    .copied()
                    .flatten()
            };
            let want = match (mean(MOMENTS[0]), mean(MOMENTS[2])) {
                (Some(a), Some(b)) => serde_json::json!(b - a),
                _ => Value::Null,
            };
            close(
                &entry["total_change"],
                &want,
                &format!("total change {code}"),
            );
        }
    }
    let (_, last) = teams_at(dir, MOMENTS[2]);
    for (t, label) in TYPES.iter().zip(LABELS) {
        let group: Vec<&BTreeMap<String, Ans>> = last
            .iter()
            .filter(|(k, _)| k == t)
            .map(|(_, a)| a)
            .collect();
        let mut scored: Vec<(f64, usize, &str)> = ITEMS
            .iter()
            .enumerate()
            .filter_map(|(i, code)| Some((naive(&group, code)["mean"].as_f64()?, i, *code)))
            .collect();
        scored.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let want: Vec<&str> = scored.iter().take(3).map(|x| x.2).collect();
        assert_eq!(
            v["weakest"][label],
            serde_json::json!(want),
            "weakest of {label}"
        );
    }

    // --strict: the broken past fails the run.
    let mut strict = args.clone();
    strict.push("--strict");
    assert_eq!(code(&run_in(dir, &strict, None)), 1);

    // The workbook holds the JSON's numbers.
    xlsx_matches_json(dir, &args, &v);
    // Markdown and HTML render with a total row and the moments.
    let md = run_in(
        dir,
        &args[..args.len()]
            .iter()
            .map(|a| if *a == "json" { "md" } else { a })
            .collect::<Vec<_>>(),
        None,
    );
    assert_eq!(code(&md), 0);
    let md = text(&md.stdout);
    assert!(
        md.contains("| **Totaal** |") && md.contains("| nulmeting |"),
        "{md}"
    );
    // HTML: a chart per criterion of the means per group and moment, beside its table.
    let html = run_in(
        dir,
        &args
            .iter()
            .map(|a| if *a == "json" { "html" } else { a })
            .collect::<Vec<_>>(),
        None,
    );
    assert_eq!(code(&html), 0, "{}", text(&html.stderr));
    let html = text(&html.stdout);
    for i in 1..=5 {
        assert!(
            html.contains(&format!("id=\"chart-criterion-{i}-title\"")),
            "chart {i}"
        );
    }
    assert!(html.contains("<th scope=\"row\">Totaal</th>"));
}

fn xlsx_matches_json(dir: &Path, args: &[&str], v: &Value) {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let mut xargs: Vec<&str> = args
        .iter()
        .copied()
        .filter(|a| *a != "--format" && *a != "json")
        .collect();
    xargs.extend(["-o", "out.xlsx"]);
    let o = run_in(dir, &xargs, None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let first = std::fs::read(dir.join("out.xlsx")).expect("written");
    assert_eq!(code(&run_in(dir, &xargs, None)), 0);
    assert_eq!(
        first,
        std::fs::read(dir.join("out.xlsx")).expect("written"),
        "same bytes"
    );
    let mut book: Xlsx<_> = open_workbook(dir.join("out.xlsx")).expect("workbook");
    assert_eq!(
        book.sheet_names(),
        ["Criteria", "Items", "Groepen", "Veranderingen"]
    );
    for (sheet, field) in [("Criteria", "criteria"), ("Items", "items")] {
        let range = book.worksheet_range(sheet).expect("sheet");
        let mut rows = range.rows();
        let header: Vec<String> = rows
            .next()
            .expect("header")
            .iter()
            .map(|c| c.to_string())
            .collect();
        let mut n = 0;
        for row in rows {
            let code = row[1].to_string();
            let (group, moment) = (row[4].to_string(), row[5].to_string());
            let entry = v[field]
                .as_array()
                .expect("list")
                .iter()
                .find(|e| e["code"] == code.as_str())
                .expect("code");
            let s = if group == "Totaal" {
                &entry["total"][&moment]
            } else {
                &entry["stats"][&group][&moment]
            };
            for (i, key) in header.iter().enumerate().skip(6) {
                if key == "gap" {
                    continue;
                }
                match (&row[i], s[key.as_str()].as_f64()) {
                    (Data::Float(x), Some(want)) => {
                        assert_eq!(*x, want, "{code} {group} {moment} {key}")
                    }
                    (Data::Int(x), Some(want)) => assert_eq!(*x as f64, want),
                    (Data::Empty, None) => {}
                    (got, want) => panic!("{code} {group} {moment} {key}: {got:?} vs {want:?}"),
                }
            }
            n += 1;
        }
        assert!(n > 0);
    }
    // Groups: the teams per moment and the weakest items, as in the JSON.
    let groups = book.worksheet_range("Groepen").expect("sheet");
    let mut n = 0;
    for row in groups.rows().skip(1) {
        let name = row[0].to_string();
        let detail = v["group_details"]
            .as_array()
            .expect("groups")
            .iter()
            .find(|g| g["name"] == name.as_str())
            .expect("group");
        for (m, _) in MOMENTS.iter().enumerate() {
            match (&row[3 + m], detail["teams"][m].as_f64()) {
                (Data::Float(x), Some(w)) => assert_eq!(*x, w, "teams of {name}"),
                (Data::Int(x), Some(w)) => assert_eq!(*x as f64, w, "teams of {name}"),
                (Data::Empty, None) => {}
                (Data::String(s), None) if s.is_empty() => {}
                (got, want) => panic!("teams of {name}: {got:?} vs {want:?}"),
            }
        }
        let weakest: Vec<String> = row[3 + MOMENTS.len()..]
            .iter()
            .map(|c| c.to_string())
            .filter(|c| !c.is_empty())
            .collect();
        assert_eq!(
            serde_json::json!(weakest),
            v["weakest"][&name],
            "weakest of {name}"
        );
        n += 1;
    }
    assert_eq!(n, 3);
    let changes = book.worksheet_range("Veranderingen").expect("sheet");
    for row in changes.rows().skip(1) {
        let code = row[1].to_string();
        let group = row[3].to_string();
        let field = if row[0] == Data::String("item".into()) {
            "items"
        } else {
            "criteria"
        };
        let entry = v[field]
            .as_array()
            .expect("list")
            .iter()
            .find(|e| e["code"] == code.as_str())
            .expect("code");
        let want = if group == "Totaal" {
            &entry["total_change"]
        } else {
            &entry["change"][&group]
        };
        match (&row[6], want.as_f64()) {
            (Data::Float(x), Some(w)) => assert_eq!(*x, w, "exact change {code} {group}"),
            (Data::Empty, None) => {}
            (got, want) => panic!("change {code} {group}: {got:?} vs {want:?}"),
        }
    }
}

/// Per organisation at a revision: its professionals' teams' answers, from `git show`
/// of every valid session file below `sessies`.
fn organisations_at(dir: &Path, rev: &str) -> BTreeMap<String, Vec<BTreeMap<String, Ans>>> {
    let list = git(dir, &["ls-tree", "-r", "--name-only", rev, "--", "sessies"]);
    let mut out: BTreeMap<String, Vec<BTreeMap<String, Ans>>> = BTreeMap::new();
    for path in list.lines().filter(|p| p.ends_with(".toml")) {
        let text = git(dir, &["show", &format!("{rev}:{path}")]);
        if text.contains("score = 9") {
            continue;
        }
        let doc: toml::Value = toml::from_str(&text).expect("TOML");
        let org = doc["session"]["organisation"]
            .as_str()
            .expect("organisation")
            .to_string();
        let teams = out.entry(org).or_default();
        for team in doc["team"].as_array().expect("teams") {
            if team.get("role").and_then(|r| r.as_str()) == Some("professionals") {
                teams.push(answers(team));
            }
        }
    }
    out
}

/// An organisation's criterion score, plainly: per team the mean of its item scores in
/// the criterion, then the mean over the teams that have one.
fn org_score(teams: &[BTreeMap<String, Ans>], criterion: &str) -> Option<f64> {
    let per_team: Vec<f64> = teams
        .iter()
        .filter_map(|t| {
            let s: Vec<f64> = t
                .iter()
                .filter(|(c, _)| c.starts_with(criterion))
                .filter_map(|(_, a)| a.score)
                .collect();
            (!s.is_empty()).then(|| s.iter().sum::<f64>() / s.len() as f64)
        })
        .collect();
    (!per_team.is_empty()).then(|| per_team.iter().sum::<f64>() / per_team.len() as f64)
}

/// `scan history FOLDER`: every organisation's criterion scores at every moment, and its
/// change since its first moment, equal a recomputation from `git show`; with every
/// commit (not only tags) an organisation is listed where it appears, changes, or was
/// last measured.
#[test]
fn folder_history_equals_a_recomputation_from_git_show() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path();
    build(dir);
    // An untagged commit after the last measurement: one organisation changes.
    let mut rng = Rng(11);
    std::fs::write(dir.join("sessies/s10.toml"), session(10, 4, &mut rng)).expect("write");
    git(dir, &["commit", "-qam", "nog een correctie"]);
    let extra = git(dir, &["rev-parse", "--short", "HEAD"])
        .trim()
        .to_string();
    let extra_full = git(dir, &["rev-parse", "HEAD"]).trim().to_string();

    for tags_only in [true, false] {
        let mut args = vec!["history", "sessies", "--format", "json"];
        if tags_only {
            args.push("--tags-only");
        }
        let o = run_in(dir, &args, None);
        assert_eq!(code(&o), 0, "{}", text(&o.stderr));
        let err = text(&o.stderr);
        assert!(
            err.contains("s07.toml") && err.contains("meting-3"),
            "the broken file is named with its moment: {err}"
        );
        let v: Value = serde_json::from_slice(&o.stdout).expect("JSON");
        let mut revs: Vec<String> = MOMENTS.iter().map(|m| m.to_string()).collect();
        let mut commits: Vec<String> = MOMENTS.iter().map(|m| m.to_string()).collect();
        if !tags_only {
            revs.push(extra.clone());
            commits.push(extra_full.clone());
        }
        let shown: Vec<&str> = v["moments"]
            .as_array()
            .expect("moments")
            .iter()
            .map(|m| m["rev"].as_str().expect("rev"))
            .collect();
        assert_eq!(shown, revs, "tags only: {tags_only}");
        let at: Vec<BTreeMap<String, Vec<BTreeMap<String, Ans>>>> =
            commits.iter().map(|c| organisations_at(dir, c)).collect();
        for (m, orgs) in at.iter().enumerate() {
            let files: usize = orgs.len();
            assert_eq!(v["moments"][m]["files"], files, "one file per organisation");
        }
        let names: Vec<&String> = {
            let mut all: Vec<&String> = at.iter().flat_map(|o| o.keys()).collect();
            all.sort();
            all.dedup();
            all
        };
        let listed = v["organisations"].as_array().expect("organisations");
        assert_eq!(listed.len(), names.len());
        let mut rows_checked = 0;
        for (entry, name) in listed.iter().zip(&names) {
            assert_eq!(entry["name"], name.as_str());
            let scores = |m: usize| -> Option<Vec<Option<f64>>> {
                let teams = at[m].get(*name)?;
                Some(
                    ["A", "B", "C", "D", "E"]
                        .iter()
                        .map(|k| org_score(teams, k))
                        .collect(),
                )
            };
            // Which moments it should be listed at.
            let present: Vec<usize> = (0..revs.len()).filter(|&m| scores(m).is_some()).collect();
            let want: Vec<usize> = if tags_only {
                present.clone()
            } else {
                present
                    .iter()
                    .copied()
                    .filter(|&m| {
                        m == present[0]
                            || Some(&m) == present.last()
                            || !present.contains(&(m - 1))
                            || scores(m) != scores(m - 1)
                            || at[m][*name].len() != at[m - 1][*name].len()
                    })
                    .collect()
            };
            let rows = entry["moments"].as_array().expect("rows");
            let got: Vec<&str> = rows
                .iter()
                .map(|r| r["moment"].as_str().expect("moment"))
                .collect();
            let want_revs: Vec<&str> = want.iter().map(|&m| revs[m].as_str()).collect();
            assert_eq!(got, want_revs, "{name}, tags only: {tags_only}");
            for (row, &m) in rows.iter().zip(&want) {
                assert_eq!(row["teams"], at[m][*name].len(), "{name} at {}", revs[m]);
                for (k, want) in ["A", "B", "C", "D", "E"]
                    .iter()
                    .zip(scores(m).expect("present"))
                {
                    close(
                        &row["scores"][k],
                        &serde_json::json!(want),
                        &format!("{name} {k} at {}", revs[m]),
                    );
                    rows_checked += 1;
                }
            }
            let (first, last) = (want[0], want[want.len() - 1]);
            for (i, k) in ["A", "B", "C", "D", "E"].iter().enumerate() {
                let change = match (
                    scores(first).expect("first")[i],
                    scores(last).expect("last")[i],
                ) {
                    (Some(a), Some(b)) if want.len() > 1 => Some(b - a),
                    _ => None,
                };
                close(
                    &entry["change"][k],
                    &serde_json::json!(change),
                    &format!("change {name} {k}"),
                );
            }
            assert_eq!(
                entry["at_last"],
                present.last() == Some(&(revs.len() - 1)),
                "{name}"
            );
        }
        assert!(rows_checked > 5 * 30, "{rows_checked} rows");
        // s00–s02 are removed after the first moment; s30–s35 come later; s04 is renamed.
        let org = |n: &str| listed.iter().find(|o| o["name"] == n).expect(n);
        assert_eq!(
            org("Organisatie 00")["moments"].as_array().map(Vec::len),
            Some(1)
        );
        assert_eq!(org("Organisatie 00")["at_last"], false);
        assert_eq!(org("Organisatie 35")["first"], "meting-3");
        assert_eq!(
            org("Organisatie 04")["moments"].as_array().map(Vec::len),
            Some(if tags_only { 3 } else { 2 }),
            "a renamed file stays the same organisation"
        );

        // With --strict the broken past fails the run.
        let mut strict = args.clone();
        strict.push("--strict");
        assert_eq!(code(&run_in(dir, &strict, None)), 1);
    }

    // Markdown and HTML: a table per organisation and the line of changes; the change
    // shown is the difference of the values shown.
    let md = run_in(
        dir,
        &["history", "sessies", "--tags-only", "--lang", "en", "-q"],
        None,
    );
    assert_eq!(code(&md), 0, "{}", text(&md.stderr));
    let md = text(&md.stdout);
    assert!(md.contains("# History of sessies"), "{md}");
    assert!(
        md.contains("## Change per organisation since its first moment"),
        "{md}"
    );
    assert!(md.contains("### Organisatie 03\n"), "{md}");
    assert!(md.contains("| nulmeting | 2026-01-01 | 1 |"), "{md}");
    let html = run_in(dir, &["history", "sessies", "--format", "html", "-q"], None);
    assert_eq!(code(&html), 0);
    let html = text(&html.stdout);
    assert!(html.contains("<h1>Verloop van sessies</h1>") && html.contains("id=\"org-1\""));
    // The output format follows -o.
    let o = run_in(
        dir,
        &["history", "sessies", "-q", "-o", "verloop.json"],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let written: Value =
        serde_json::from_slice(&std::fs::read(dir.join("verloop.json")).expect("written"))
            .expect("JSON");
    assert_eq!(written["folder"], "sessies");
}

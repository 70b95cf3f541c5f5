//! `scan import` with exports laid out the way Microsoft Forms, Google Forms,
//! LimeSurvey and KoboToolbox write them (XLSX written by a spreadsheet library, CSV
//! in the encodings and separators Excel and the tools use). Every test checks the
//! session afterwards with `scan validate` and compares the votes in `scan report
//! --format json` with the rows it wrote.

// A failed setup step is a failed test; `unwrap` says where.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use crate::common::{code, run_in, text};

/// A cell of an export.
#[derive(Clone)]
enum C {
    S(String),
    N(f64),
    Time,
    Empty,
}

fn s(v: &str) -> C {
    C::S(v.to_string())
}

/// An export: headers, rows, and the votes a correct import must find per item.
struct Export {
    headers: Vec<String>,
    rows: Vec<Vec<C>>,
    votes: BTreeMap<String, Vec<i64>>,
    texts: BTreeMap<String, Vec<String>>,
}

const NL: [&str; 4] = ["Nog niet", "In ontwikkeling", "Grotendeels", "Volledig"];
const EN: [&str; 4] = ["Not yet", "Developing", "Largely", "Fully"];

/// How a tool writes a score.
#[derive(Clone, Copy)]
enum Style {
    /// A number cell (XLSX) or digits (CSV).
    Number,
    /// `3,0`, as a Dutch Excel writes a number in a CSV.
    DecimalComma,
    LabelNl,
    LabelEn,
}

/// `n` respondents answering `items`; some leave a cell empty, some say n.v.t., some
/// write a text. `before` are the tool's own columns (ID, times, e-mail, name), and
/// `header(code, kind)` writes an item's header the tool's way.
fn export(
    n: usize,
    items: &[&str],
    before: &[&str],
    header: &dyn Fn(&str, &str) -> String,
    style: Style,
) -> Export {
    let mut headers: Vec<String> = before.iter().map(|h| h.to_string()).collect();
    for code in items {
        headers.push(header(code, ""));
        headers.push(header(code, "toelichting"));
    }
    let mut rows = Vec::new();
    let mut votes: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    let mut texts: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in 0..n {
        let mut row: Vec<C> = before
            .iter()
            .enumerate()
            .map(|(i, h)| match (i, h.to_lowercase()) {
                (_, h)
                    if h.contains("tijd") || h.contains("time") || h == "start" || h == "end" =>
                {
                    C::Time
                }
                (_, h) if h.contains("mail") => s(&format!("ouder{r}@example.org")),
                (_, h) if h.contains("naam") || h.contains("name") => {
                    s(&format!("Fam. Jansen-{r}"))
                }
                _ => C::N((r + 1) as f64),
            })
            .collect();
        for (k, code) in items.iter().enumerate() {
            let v = (r * 7 + k * 3) % 6;
            let cell = match v {
                0 => C::Empty,
                5 => s(if r % 2 == 0 { "n.v.t." } else { "N/A" }),
                v => {
                    votes.entry(code.to_string()).or_default().push(v as i64);
                    match style {
                        Style::Number => C::N(v as f64),
                        Style::DecimalComma => s(&format!("{v},0")),
                        Style::LabelNl => s(&NL[v - 1].to_lowercase()),
                        Style::LabelEn => s(EN[v - 1]),
                    }
                }
            };
            row.push(cell);
            if (r + k) % 3 == 0 {
                let t = format!("Ouder {r} over {code}: \"goed\" \\ prima");
                texts.entry(code.to_string()).or_default().push(t.clone());
                row.push(C::S(t));
            } else {
                row.push(C::Empty);
            }
        }
        rows.push(row);
    }
    Export {
        headers,
        rows,
        votes,
        texts,
    }
}

fn write_xlsx(e: &Export, path: &Path, sheet: &str) {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).unwrap();
    let time = Format::new().set_num_format("dd-mm-yyyy hh:mm:ss");
    for (c, h) in e.headers.iter().enumerate() {
        ws.write_string(0, c as u16, h).unwrap();
    }
    for (r, row) in e.rows.iter().enumerate() {
        let r = (r + 1) as u32;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                C::S(v) => {
                    ws.write_string(r, c, v).unwrap();
                }
                C::N(v) => {
                    ws.write_number(r, c, *v).unwrap();
                }
                C::Time => {
                    let t = ExcelDateTime::from_ymd(2026, 11, 12)
                        .unwrap()
                        .and_hms(19, (r % 60) as u8, 0)
                        .unwrap();
                    ws.write_datetime_with_format(r, c, &t, &time).unwrap();
                }
                C::Empty => {}
            }
        }
    }
    book.save(path).unwrap();
}

fn csv_text(e: &Export, sep: char) -> String {
    let quote = |v: &str| {
        if v.contains([sep, '"', '\n']) {
            format!("\"{}\"", v.replace('"', "\"\""))
        } else {
            v.to_string()
        }
    };
    let mut out = String::new();
    let line = |cells: Vec<String>| cells.join(&sep.to_string()) + "\r\n";
    out.push_str(&line(e.headers.iter().map(|h| quote(h)).collect()));
    for row in &e.rows {
        out.push_str(&line(
            row.iter()
                .map(|c| match c {
                    C::S(v) => quote(v),
                    C::N(v) => v.to_string(),
                    C::Time => "2026-11-12 19:00:00".to_string(),
                    C::Empty => String::new(),
                })
                .collect(),
        ));
    }
    out
}

/// A new session file for the Partnerschapscan with one childcare team.
fn session(dir: &Path) -> PathBuf {
    let o = run_in(
        dir,
        &[
            "new",
            "--org",
            "Kindcentrum De Regenboog",
            "--type",
            "childcare",
            "-o",
            "s.toml",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    dir.join("s.toml")
}

fn import(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--into", "s.toml"]);
    run_in(dir, &all, None)
}

/// Votes and texts per team and item, from the report's JSON, after checking that
/// the session validates without errors.
fn report(dir: &Path) -> serde_json::Value {
    let o = run_in(dir, &["validate", "--format", "json", "s.toml"], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["errors"], 0, "{}", text(&o.stdout));
    let o = run_in(dir, &["report", "--format", "json", "s.toml"], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn team_votes(report: &serde_json::Value, team: &str) -> BTreeMap<String, Vec<i64>> {
    let t = report["teams"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == team)
        .unwrap_or_else(|| panic!("team {team} in the report"));
    t["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| !i["votes"].as_array().unwrap().is_empty())
        .map(|i| {
            // How many voted, beside the votes themselves.
            assert_eq!(i["voters"], i["votes"].as_array().unwrap().len(), "{i}");
            (
                i["code"].as_str().unwrap().to_string(),
                i["votes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_i64().unwrap())
                    .collect(),
            )
        })
        .collect()
}

fn session_text(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("s.toml")).unwrap()
}

fn assert_private(e: &Export, dir: &Path) {
    let t = session_text(dir);
    for row in &e.rows {
        for c in row {
            if let C::S(v) = c
                && (v.contains('@') || v.starts_with("Fam. Jansen"))
            {
                assert!(!t.contains(v.as_str()), "{v} reached the session file");
            }
        }
    }
}

fn check(e: &Export, dir: &Path, team: &str) {
    let r = report(dir);
    assert_eq!(team_votes(&r, team), e.votes);
    let t = session_text(dir);
    for texts in e.texts.values() {
        for x in texts {
            // Each respondent's text is one bullet, escaped for TOML.
            let written = format!("- {}", x.replace('\\', "\\\\"));
            assert!(t.contains(&written), "{written} in\n{t}");
        }
    }
    assert_private(e, dir);
}

const ITEMS: &[&str] = &["A1", "A2", "B3", "C1", "D2", "E5"];

#[test]
fn microsoft_forms_xlsx_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    let e = export(
        40,
        ITEMS,
        &[
            "ID",
            "Begintijd",
            "Tijd van voltooien",
            "E-mail",
            "Naam",
            "Tijd van laatste wijziging",
        ],
        &|code, kind| match kind {
            "" => format!("{code}. Hoe staat het ervoor?"),
            k => format!("{code} {k}"),
        },
        Style::Number,
    );
    write_xlsx(&e, &dir.path().join("antwoorden.xlsx"), "Form1");
    let o = import(
        dir.path(),
        &[
            "antwoorden.xlsx",
            "--team",
            "Ouderavond 12 november",
            "--type",
            "childcare",
            "--verbose",
        ],
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(err.contains("left out: A (`ID`), B (`Begintijd`)"), "{err}");
    assert!(err.contains("40 respondents"), "{err}");
    check(&e, dir.path(), "Ouderavond 12 november");
    // Reports and comparisons say how many parents voted per item.
    let md = run_in(dir.path(), &["report", "-q", "s.toml"], None);
    let md = text(&md.stdout);
    for (code, votes) in &e.votes {
        let joined: Vec<String> = votes.iter().map(i64::to_string).collect();
        let count = match votes.len() {
            1 => "1 stem".to_string(),
            n => format!("{n} stemmen"),
        };
        let cell = format!("| {count}: {} |", joined.join(", "));
        assert!(md.contains(&cell), "{code}: {cell} in\n{md}");
    }
    let o = run_in(
        dir.path(),
        &[
            "compare", "-q", "--role", "parents", "--by", "team", "--format", "json", "s.toml",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for (code, votes) in &e.votes {
        let item = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["code"] == code.as_str())
            .unwrap();
        assert_eq!(
            item["stats"]["Ouderavond 12 november"]["voters"],
            votes.len(),
            "{code}"
        );
    }
    let t = session_text(dir.path());
    assert!(t.contains("role = \"parents\""));
    // Items every respondent of which said n.v.t. are not applicable, with the reason.
    assert!(!t.contains("volgens alle respondenten") || t.contains("na = true"));
}

#[test]
fn google_forms_csv_in_english_with_labels() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    let e = export(
        25,
        ITEMS,
        &["Timestamp", "Email address", "Your name"],
        &|code, kind| match kind {
            "" => format!("{code} - How is it going?"),
            _ => format!("{code} comment"),
        },
        Style::LabelEn,
    );
    std::fs::write(dir.path().join("responses.csv"), csv_text(&e, ',')).unwrap();
    let o = import(
        dir.path(),
        &[
            "responses.csv",
            "--team",
            "Parents",
            "--type",
            "childcare",
            "--role",
            "parents",
        ],
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    check(&e, dir.path(), "Parents");
}

#[test]
fn limesurvey_csv_with_semicolons_bom_and_decimal_commas() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    let e = export(
        30,
        ITEMS,
        &["id", "submitdate", "lastpage", "startlanguage", "seed"],
        &|code, kind| match kind {
            "" => format!("{}[{code}]", &code[..1]),
            _ => format!("{code} toelichting: licht toe"),
        },
        Style::DecimalComma,
    );
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(csv_text(&e, ';').as_bytes());
    std::fs::write(dir.path().join("results-survey.csv"), bytes).unwrap();
    let o = import(
        dir.path(),
        &[
            "results-survey.csv",
            "--team",
            "Ouders",
            "--type",
            "primary",
            "-v",
        ],
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("UTF-8 with a byte-order mark, cells separated by `;`"));
    check(&e, dir.path(), "Ouders");
}

#[test]
fn kobotoolbox_xlsx_with_group_paths_and_a_team_column() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    let mut e = export(
        24,
        ITEMS,
        &["start", "end", "school"],
        &|code, kind| match kind {
            "" => format!("groep_{}/{code}", code[..1].to_lowercase()),
            _ => format!("groep_{}/{code}_toelichting", code[..1].to_lowercase()),
        },
        Style::LabelNl,
    );
    e.headers
        .extend(["_id", "_uuid", "_submission_time", "_index"].map(String::from));
    for (r, row) in e.rows.iter_mut().enumerate() {
        row[2] = s(if r % 2 == 0 { "De Regenboog" } else { "De Zon" });
        row.extend([C::N(r as f64), s("a1b2"), C::Time, C::N(r as f64)]);
    }
    write_xlsx(&e, &dir.path().join("kobo.xlsx"), "Partnerschapscan");
    let o = import(
        dir.path(),
        &["kobo.xlsx", "--team-column", "school", "--type", "primary"],
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let r = report(dir.path());
    // Each school's votes are those of its own rows.
    for (team, parity) in [("De Regenboog", 0), ("De Zon", 1)] {
        let mut want: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for (row_no, _) in e.rows.iter().enumerate().filter(|(i, _)| i % 2 == parity) {
            for (k, code) in ITEMS.iter().enumerate() {
                let v = (row_no * 7 + k * 3) % 6;
                if (1..=4).contains(&v) {
                    want.entry(code.to_string()).or_default().push(v as i64);
                }
            }
        }
        assert_eq!(team_votes(&r, team), want, "{team}");
    }
}

#[test]
fn unicode_text_is_tab_separated_utf16_with_a_bom() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    let e = export(
        12,
        ITEMS,
        &["ID", "Naam"],
        &|code, kind| format!("{code} {kind}").trim().to_string(),
        Style::Number,
    );
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(csv_text(&e, '\t').encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(dir.path().join("unicode.txt"), bytes).unwrap();
    let o = import(
        dir.path(),
        &[
            "unicode.txt",
            "--team",
            "Ouders",
            "--type",
            "childcare",
            "-v",
        ],
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("UTF-16"), "{}", text(&o.stderr));
    check(&e, dir.path(), "Ouders");
}

#[test]
fn windows_1252_is_read_when_a_csv_is_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    // "Café" and "één" as a Dutch Excel saves them by default.
    let bytes = b"Naam;A1;A1 toelichting\r\nPiet;3;Caf\xE9 \xE9\xE9n keer\r\nKees;4;\r\n".to_vec();
    std::fs::write(dir.path().join("excel.csv"), bytes).unwrap();
    let o = import(
        dir.path(),
        &["excel.csv", "--team", "Ouders", "--type", "childcare", "-v"],
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("Windows-1252"));
    assert!(session_text(dir.path()).contains("- Café één keer"));
    assert!(!session_text(dir.path()).contains("Piet"));
}

#[test]
fn every_wrong_value_is_named_by_its_cell_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let file = session(dir.path());
    let before = std::fs::read(&file).unwrap();
    let mut e = export(
        14,
        ITEMS,
        &["ID"],
        &|c, k| format!("{c} {k}").trim().to_string(),
        Style::Number,
    );
    // Column D is A2's score (A: ID, B: A1, C: A1 text, D: A2 ...). Row 14 = the 13th respondent.
    e.rows[12][3] = C::N(7.0);
    e.rows[3][1] = s("3,5");
    write_xlsx(&e, &dir.path().join("antwoorden.xlsx"), "Blad1");
    let o = import(
        dir.path(),
        &["antwoorden.xlsx", "--team", "Ouders", "--type", "childcare"],
    );
    assert_eq!(code(&o), 1);
    let err = text(&o.stderr);
    assert!(
        err.contains("antwoorden.xlsx: D14: 7 is not on the scale 1–4"),
        "{err}"
    );
    assert!(
        err.contains("antwoorden.xlsx: B5: 3,5 is not a whole number"),
        "{err}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn an_existing_team_is_refused_without_replace_and_replaced_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    std::fs::write(dir.path().join("a.csv"), "A1;A2\n3;4\n2;\n").unwrap();
    std::fs::write(dir.path().join("b.csv"), "A1;A2\n1;1\n").unwrap();
    let args = ["--team", "Ouders", "--type", "childcare"];
    let first = [&["a.csv"][..], &args].concat();
    assert_eq!(code(&import(dir.path(), &first)), 0);
    let after_first = std::fs::read(&s).unwrap();
    let second = [&["b.csv"][..], &args].concat();
    let o = import(dir.path(), &second);
    assert_eq!(code(&o), 1);
    assert!(
        text(&o.stderr).contains("already has votes on A1, A2"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(std::fs::read(&s).unwrap(), after_first);
    let replace = [&second[..], &["--replace"]].concat();
    assert_eq!(code(&import(dir.path(), &replace)), 0);
    let r = report(dir.path());
    let v = team_votes(&r, "Ouders");
    assert_eq!(v["A1"], [1]);
    assert_eq!(v["A2"], [1]);
}

#[test]
fn an_answer_without_votes_gets_them_and_keeps_score_text_and_comments() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s.toml");
    std::fs::write(
        &s,
        "definition = \"partnerschapscan\" # de ingebouwde scan\n\n[session]\norganisation = \"De Zon\"\n\n[[team]]\nname = \"Ouders\"\ntype = \"primary\"\nrole = \"parents\"\n# wat de ouders zeiden\n[team.answers.A1]\nscore = 2 # afgesproken\ntext = \"Ons verhaal.\"\nexamples = [\"koffie\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.csv"),
        "A1,A1 tekst,A1 voorbeelden\n3,Meer uitleg,\"Koffie, nieuwsbrief\"\nn.v.t.,,\n",
    )
    .unwrap();
    let o = import(dir.path(), &["a.csv", "--team", "Ouders"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let t = session_text(dir.path());
    assert!(t.contains("# de ingebouwde scan"), "{t}");
    assert!(t.contains("# wat de ouders zeiden"), "{t}");
    assert!(t.contains("score = 2 # afgesproken"), "{t}");
    assert!(t.contains("votes = [3]"), "{t}");
    assert!(
        t.contains("examples = [\"koffie\", \"nieuwsbrief\"]"),
        "{t}"
    );
    assert!(t.contains("Ons verhaal.\n\n- Meer uitleg"), "{t}");
    report(dir.path());
}

#[test]
fn not_applicable_when_every_respondent_said_so() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    std::fs::write(dir.path().join("a.csv"), "A1;A2\nnvt;3\nn.v.t.;\n;n/a\n").unwrap();
    let o = import(
        dir.path(),
        &["a.csv", "--team", "Ouders", "--type", "childcare"],
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let r = report(dir.path());
    let team = r["teams"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "Ouders")
        .unwrap();
    let item = |c: &str| {
        team["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["code"] == c)
            .unwrap()
            .clone()
    };
    assert_eq!(item("A1")["na"], true);
    assert_eq!(item("A2")["na"], false);
    assert_eq!(item("A2")["votes"], serde_json::json!([3]));
    assert!(session_text(dir.path()).contains("n.v.t. volgens alle respondenten"));
}

#[test]
fn a_session_file_as_source_keeps_its_teams_type_and_role() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    std::fs::write(
        dir.path().join("form.toml"),
        "definition = \"partnerschapscan\"\n\n[session]\norganisation = \"Kindcentrum De Regenboog\"\n\n[[team]]\nname = \"Team onderbouw\"\ntype = \"primary\"\nrole = \"professionals\"\n\n[team.answers.A1]\nscore = 3\ntext = \"Zij zei: \\\"\\\"\\\"ja\\\"\\\"\\\" \\\\ en\\nnog iets\"\nexamples = [\"koffie\"]\n\n[team.answers.B2]\nna = true\ntext = \"Geen wijkteam.\"\n",
    )
    .unwrap();
    let o = import(dir.path(), &["form.toml"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let r = report(dir.path());
    let team = r["teams"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "Team onderbouw")
        .unwrap();
    assert_eq!(team["type"], "primary");
    assert_eq!(team["role"], "professionals");
    let a1 = team["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "A1")
        .unwrap();
    assert_eq!(a1["score"], 3.0);
}

/// An import that must fail with `message` and leave the session as it was.
fn refused(dir: &Path, source: &str, message: &str) {
    let file = dir.join("s.toml");
    let before = std::fs::read(&file).unwrap();
    let o = import(dir, &[source, "--team", "Ouders", "--type", "childcare"]);
    assert_eq!(code(&o), 1, "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains(message), "{}", text(&o.stderr));
    assert!(!text(&o.stderr).contains("panicked"));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn an_empty_sheet_and_merged_header_cells_are_named_plainly() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    let mut book = Workbook::new();
    book.add_worksheet().set_name("Leeg").unwrap();
    book.save(dir.path().join("leeg.xlsx")).unwrap();
    refused(dir.path(), "leeg.xlsx", "the sheet `Leeg` is empty");

    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "ID").unwrap();
    ws.merge_range(0, 1, 0, 2, "A1 Visie", &Format::new())
        .unwrap();
    ws.write_number(1, 1, 3.0).unwrap();
    ws.write_number(1, 2, 4.0).unwrap();
    book.save(dir.path().join("samengevoegd.xlsx")).unwrap();
    refused(
        dir.path(),
        "samengevoegd.xlsx",
        "B1: the header row has merged cells (B1:C1)",
    );

    let mut book = Workbook::new();
    book.add_worksheet().write_string(0, 0, "A1").unwrap();
    book.save(dir.path().join("blad.xlsx")).unwrap();
    let o = import(
        dir.path(),
        &[
            "blad.xlsx",
            "--sheet",
            "Blad9",
            "--team",
            "Ouders",
            "--type",
            "childcare",
        ],
    );
    assert_eq!(code(&o), 1);
    assert!(text(&o.stderr).contains("this workbook has no sheet `Blad9`"));
}

/// Sheets whose header row has a merged cell over two answer columns, saved by
/// LibreOffice Calc as ODS and XLSX: the merge leaves C1 blank while C2 holds a vote.
/// Each is refused with the file and the cell named, and nothing is written.
#[test]
fn merged_header_cells_in_ods_and_xlsx_are_named_with_their_cell() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    for (source, message) in [
        (
            "merged-header.ods",
            "merged-header.ods: C2: this cell stands in a column without a header",
        ),
        (
            "merged-header.xlsx",
            "merged-header.xlsx: B1: the header row has merged cells (B1:C1)",
        ),
    ] {
        std::fs::copy(
            crate::common::root()
                .join("tests/fixtures/import")
                .join(source),
            dir.path().join(source),
        )
        .unwrap();
        refused(dir.path(), source, message);
    }
    // Also in a plain sheet without merge information: a blank header over a vote.
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "A1").unwrap();
    ws.write_string(0, 2, "A2").unwrap();
    for (col, v) in [(0, 3.0), (1, 4.0), (2, 2.0)] {
        ws.write_number(1, col, v).unwrap();
    }
    book.save(dir.path().join("blanco.xlsx")).unwrap();
    refused(
        dir.path(),
        "blanco.xlsx",
        "blanco.xlsx: B2: this cell stands in a column without a header",
    );
}

/// A deflate stream of `n` spaces, written by hand with the fixed Huffman codes: one
/// literal, then matches of 258 bytes at distance 1 (13 bits each), so a file of
/// about a megabyte unpacks to over 100 MiB without compressing anything here.
fn deflated_spaces(n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    let mut put = |value: u32, len: u32, msb_first: bool| {
        for i in 0..len {
            let bit = if msb_first {
                (value >> (len - 1 - i)) & 1
            } else {
                (value >> i) & 1
            };
            acc |= bit << bits;
            bits += 1;
            if bits == 8 {
                out.push(acc as u8);
                acc = 0;
                bits = 0;
            }
        }
    };
    put(1, 1, false); // the last block
    put(1, 2, false); // fixed Huffman codes
    put(0x30 + u32::from(b' '), 8, true);
    for _ in 0..(n - 1) / 258 {
        put(0b1100_0101, 8, true); // length 258
        put(0, 5, true); // distance 1
    }
    put(0, 7, true); // end of block
    put(0, 7, false);
    out
}

#[test]
fn a_workbook_that_unpacks_to_more_than_100_mib_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    let size = (101usize << 20) / 258 * 258 + 1;
    let data = deflated_spaces(size);
    let name = b"xl/worksheets/sheet1.xml";
    let u16le = |v: usize| (v as u16).to_le_bytes();
    let u32le = |v: usize| (v as u32).to_le_bytes();
    let mut zip = Vec::new();
    let fields = |sig: u32, central: bool| {
        let mut h = sig.to_le_bytes().to_vec();
        if central {
            h.extend(u16le(20));
        }
        for v in [u16le(20), u16le(0), u16le(8), u16le(0), u16le(0)] {
            h.extend(v);
        }
        h.extend(u32le(0)); // the checksum is never reached
        h.extend(u32le(data.len()));
        h.extend(u32le(size));
        h.extend(u16le(name.len()));
        h.extend(u16le(0));
        if central {
            for v in [u16le(0), u16le(0), u16le(0)] {
                h.extend(v);
            }
            h.extend(u32le(0));
            h.extend(u32le(0));
        }
        h.extend_from_slice(name);
        h
    };
    zip.extend(fields(0x0403_4b50, false));
    zip.extend(&data);
    let central_at = zip.len();
    let central = fields(0x0201_4b50, true);
    zip.extend(&central);
    zip.extend(0x0605_4b50u32.to_le_bytes());
    for v in [u16le(0), u16le(0), u16le(1), u16le(1)] {
        zip.extend(v);
    }
    zip.extend(u32le(central.len()));
    zip.extend(u32le(central_at));
    zip.extend(u16le(0));
    assert!(zip.len() < 2 << 20);
    std::fs::write(dir.path().join("bom.xlsx"), zip).unwrap();
    refused(dir.path(), "bom.xlsx", "unpacks to more than 100 MiB");
}

/// `a.csv` with the columns named in `map.toml`, as the team "Ouders".
fn import_with_map(dir: &Path) -> std::process::Output {
    import(
        dir,
        &[
            "a.csv",
            "--map",
            "map.toml",
            "--team",
            "Ouders",
            "--type",
            "childcare",
        ],
    )
}

#[test]
fn a_map_file_names_columns_the_rules_do_not_recognise() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    std::fs::write(
        dir.path().join("a.csv"),
        "Naam,Waarom partnerschap?,Licht toe\nPiet,3,Omdat het werkt.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("map.toml"),
        "\"Waarom partnerschap?\" = \"A1\"\n\"Licht toe\" = \"A1 toelichting\"\n",
    )
    .unwrap();
    let o = import_with_map(dir.path());
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert_eq!(team_votes(&report(dir.path()), "Ouders")["A1"], [3]);
    assert!(session_text(dir.path()).contains("- Omdat het werkt."));
}

/// A --map file that is not a list of texts is the user's input problem: shown with its
/// code at its line and column, exit 1, nothing imported.
#[test]
fn a_broken_map_file_is_pointed_at_and_nothing_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    let before = session_text(dir.path());
    std::fs::write(dir.path().join("a.csv"), "Naam,Licht toe\nPiet,Omdat.\n").unwrap();
    for (map, at, says) in [
        ("\"Licht toe\" = A1\n", "map.toml:1:15", "not valid TOML"),
        (
            "# kolommen\n\"Licht toe\" = 1\n",
            "map.toml:2:15",
            "must name an item as text",
        ),
        (
            "[\"Licht toe\"]\nA1 = \"x\"\n",
            "map.toml:1:1",
            "must name an item as text",
        ),
    ] {
        std::fs::write(dir.path().join("map.toml"), map).unwrap();
        let o = import_with_map(dir.path());
        let err = text(&o.stderr);
        assert_eq!(code(&o), 1, "{map}: {err}");
        assert!(err.starts_with("error[import-map]: "), "{map}: {err}");
        assert!(err.contains(says) && err.contains(at), "{map}: {err}");
        assert!(err.contains("scan explain import-map"), "{map}: {err}");
        assert_eq!(session_text(dir.path()), before);
    }
}

#[test]
fn dry_run_shows_the_diff_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = session(dir.path());
    let before = std::fs::read(&file).unwrap();
    std::fs::write(dir.path().join("a.csv"), "A1\n3\n").unwrap();
    let o = import(
        dir.path(),
        &[
            "a.csv",
            "--team",
            "Ouders",
            "--type",
            "childcare",
            "--dry-run",
        ],
    );
    assert_eq!(code(&o), 0);
    assert!(
        text(&o.stdout).contains("+  votes = [3]"),
        "{}",
        text(&o.stdout)
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

/// The JSON the form's script reads, taken from the page.
fn form_data(html: &str) -> serde_json::Value {
    let start = html.find("id=\"form-data\">").unwrap() + "id=\"form-data\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

#[test]
fn the_form_has_the_fixed_field_names_for_every_item() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(
        dir.path(),
        &[
            "new",
            "--format",
            "form",
            "--org",
            "De Regenboog",
            "--type",
            "childcare",
            "--team",
            "Team peuters",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let html = text(&o.stdout);
    let def = scan::load::builtin("partnerschapscan").unwrap();
    for item in def.items() {
        let c = &item.code;
        for v in 1..=4 {
            assert!(
                html.contains(&format!("type=\"radio\" name=\"{c}.score\" value=\"{v}\"")),
                "{c}.score {v}"
            );
        }
        for f in [
            format!("name=\"{c}.na\""),
            format!("name=\"{c}.text\""),
            format!("name=\"{c}.examples\""),
        ] {
            assert!(html.contains(&f), "{f}");
        }
    }
    assert!(html.contains("name=\"team.name\" value=\"Team peuters\""));
    assert!(html.contains("name=\"session.organisation\" value=\"De Regenboog\""));
    assert!(html.contains("<textarea id=\"toml\" readonly"));
    assert!(html.contains("\"scan-form:\" + data.definition + \":\" + data.team"));
    let data = form_data(&html);
    assert_eq!(data["definition"], "partnerschapscan");
    assert_eq!(data["inline"], serde_json::Value::Null);
    assert_eq!(data["team"], "Team peuters");
    assert_eq!(data["type"], "childcare");
    assert_eq!(data["role"], "professionals");
    assert_eq!(data["items"].as_array().unwrap().len(), def.item_count());
}

#[test]
fn a_form_of_a_definition_file_carries_it_inline_and_no_label_breaks_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(
        &crate::common::root(),
        &[
            "new",
            "--format",
            "form",
            "--definition",
            "tests/fixtures/hostile/hostile-scan.toml",
            "--org",
            "Club </script>",
            "--type",
            "club",
            "--team",
            "Team </script><script>alert(1)</script>",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let html = text(&o.stdout);
    // Only the page's own two scripts end; nothing a label says opens one.
    assert_eq!(html.matches("</script>").count(), 2, "{html}");
    assert_eq!(html.matches("<script").count(), 2);
    let data = form_data(&html);
    assert_eq!(data["team"], "Team </script><script>alert(1)</script>");
    // The inline definition, with a session and a team, is a valid session file.
    let inline = data["inline"].as_str().unwrap();
    let session = format!(
        "{inline}\n[session]\norganisation = \"Club\"\n\n[[team]]\nname = \"T\"\ntype = \"club\"\n"
    );
    std::fs::write(dir.path().join("s.toml"), session).unwrap();
    let o = run_in(
        dir.path(),
        &["validate", "--format", "json", "s.toml"],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["errors"], 0, "{}", text(&o.stdout));
}

/// The votes in `tests/fixtures/import/google-forms.*`, read off the rows by hand
/// (`make-spreadsheets` prints them): labels and numbers, `N/A` and empty cells left out.
fn google_forms_votes() -> BTreeMap<String, Vec<i64>> {
    [
        ("A1", &[3, 1, 1, 4, 2, 3, 1, 4][..]),
        ("A2", &[3, 1, 4, 4, 2, 3, 1, 3, 4, 2]),
        ("B1", &[3, 4, 2, 3, 1, 2, 4, 2]),
        ("C3", &[2, 3, 1, 1, 4, 2, 3, 1]),
        ("D2", &[3, 1, 4, 4, 2, 3, 1, 3, 4]),
        ("E5", &[1, 3, 4, 2, 3, 1, 2, 4, 2]),
    ]
    .into_iter()
    .map(|(c, v)| (c.to_string(), v.to_vec()))
    .collect()
}

/// A Google Forms response sheet as Google Sheets downloads it as OpenDocument, and as
/// an old Excel saves it (both written by LibreOffice Calc from the same rows; see
/// `tests/fixtures/import/make-spreadsheets`), and the CSV it came from.
#[test]
fn ods_and_xls_saved_by_a_spreadsheet_program_give_the_votes_of_their_rows() {
    for source in ["google-forms.ods", "google-forms.xls", "google-forms.csv"] {
        let dir = tempfile::tempdir().unwrap();
        session(dir.path());
        std::fs::copy(
            crate::common::root()
                .join("tests/fixtures/import")
                .join(source),
            dir.path().join(source),
        )
        .unwrap();
        let o = import(
            dir.path(),
            &[source, "--team", "Parents", "--type", "childcare", "-v"],
        );
        assert_eq!(code(&o), 0, "{source}: {}", text(&o.stderr));
        let err = text(&o.stderr);
        assert!(
            err.contains("left out: A (`Timestamp`), B (`Email address`), C (`Your name`)"),
            "{source}: {err}"
        );
        assert!(err.contains("12 respondents"), "{source}: {err}");
        assert_eq!(
            team_votes(&report(dir.path()), "Parents"),
            google_forms_votes(),
            "{source}"
        );
        let t = session_text(dir.path());
        assert!(
            t.contains("- Parent 0 on A1: the coffee mornings help"),
            "{source}: {t}"
        );
        assert!(!t.contains("example.org") && !t.contains("\"Parent 0\""));
    }
}

/// Workbooks saved with a password: an ODS by LibreOffice, an XLSX encrypted as Excel
/// does it. Each is named plainly, in English and in Dutch, and nothing is written.
#[test]
fn password_protected_workbooks_are_named_plainly() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    for source in ["password.ods", "password.xlsx"] {
        std::fs::copy(
            crate::common::root()
                .join("tests/fixtures/import")
                .join(source),
            dir.path().join(source),
        )
        .unwrap();
        refused(
            dir.path(),
            source,
            &format!(
                "{source}: this workbook is protected with a password, so scan cannot read it"
            ),
        );
        let o = run_in(
            dir.path(),
            &[
                "import", source, "--into", "s.toml", "--team", "Ouders", "--lang", "nl",
            ],
            None,
        );
        assert_eq!(code(&o), 1);
        let err = text(&o.stderr);
        assert!(
            err.contains("deze werkmap is beveiligd met een wachtwoord"),
            "{err}"
        );
        assert!(err.contains("1 probleem in de bronbestanden"), "{err}");
    }
}

/// A file that is not what its name says, and sheets scan cannot read, in Dutch.
#[test]
fn files_that_are_not_what_they_claim_are_named_in_dutch_too() {
    let dir = tempfile::tempdir().unwrap();
    session(dir.path());
    std::fs::write(dir.path().join("antwoorden.xlsx"), "A1;A2\n3;4\n").unwrap();
    std::fs::write(dir.path().join("kapot.ods"), b"PK\x03\x04 niet echt").unwrap();
    let mut book = Workbook::new();
    book.add_worksheet().set_name("Leeg").unwrap();
    book.save(dir.path().join("leeg.xlsx")).unwrap();
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.merge_range(0, 0, 0, 1, "A1 Visie", &Format::new())
        .unwrap();
    ws.write_number(1, 0, 3.0).unwrap();
    book.save(dir.path().join("samengevoegd.xlsx")).unwrap();
    let o = run_in(
        dir.path(),
        &[
            "import",
            "antwoorden.xlsx",
            "kapot.ods",
            "leeg.xlsx",
            "samengevoegd.xlsx",
            "--into",
            "s.toml",
            "--team",
            "Ouders",
            "--lang",
            "nl",
        ],
        None,
    );
    assert_eq!(code(&o), 1);
    let err = text(&o.stderr);
    for want in [
        "antwoorden.xlsx: dit is geen .xlsx-werkmap maar een tekstbestand",
        "kapot.ods: deze werkmap is beschadigd of is geen spreadsheet",
        "leeg.xlsx: het blad `Leeg` is leeg",
        "samengevoegd.xlsx: A1: de kopregel heeft samengevoegde cellen (A1:B1)",
        "4 problemen in de bronbestanden; s.toml is niet veranderd",
    ] {
        assert!(err.contains(want), "{want} in\n{err}");
    }
    assert!(!err.contains("panicked"));
}

/// The README's four commands from a Forms export to a report, run as written.
#[test]
fn the_readme_path_from_a_forms_export_to_a_report_works() {
    let readme = std::fs::read_to_string(crate::common::root().join("README.md")).unwrap();
    let section = &readme[readme.find("## Answers from a form").unwrap()..];
    let start = section.find("```sh\n").unwrap() + "```sh\n".len();
    let block = &section[start..start + section[start..].find("```").unwrap()];
    let commands: Vec<Vec<String>> = block.lines().map(shell_words).collect();
    assert_eq!(commands.len(), 4, "{block}");
    let dir = tempfile::tempdir().unwrap();
    // The export the commands name, as Microsoft Forms writes it.
    let export_name = commands[1]
        .iter()
        .find(|w| w.ends_with(".xlsx"))
        .unwrap()
        .clone();
    let e = export(
        40,
        ITEMS,
        &["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"],
        &|code, kind| match kind {
            "" => format!("{code}. Hoe staat het ervoor?"),
            k => format!("{code} {k}"),
        },
        Style::Number,
    );
    write_xlsx(&e, &dir.path().join(&export_name), "Form1");
    let session_file = commands[0].last().unwrap().clone();
    let mut before = Vec::new();
    for (i, words) in commands.iter().enumerate() {
        assert_eq!(words[0], "scan", "{words:?}");
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        let o = run_in(dir.path(), &args, None);
        assert_eq!(code(&o), 0, "{words:?}: {}", text(&o.stderr));
        match i {
            0 => before = std::fs::read(dir.path().join(&session_file)).unwrap(),
            // The dry run shows the votes and changes nothing.
            1 => {
                assert!(
                    text(&o.stdout).contains("+  votes = ["),
                    "{}",
                    text(&o.stdout)
                );
                assert_eq!(
                    std::fs::read(dir.path().join(&session_file)).unwrap(),
                    before
                );
            }
            2 => assert_ne!(
                std::fs::read(dir.path().join(&session_file)).unwrap(),
                before
            ),
            _ => {}
        }
    }
    let html = words_after(&commands[3], "-o");
    let page = std::fs::read_to_string(dir.path().join(html)).unwrap();
    assert!(
        page.contains("Ouderavond 12 november"),
        "team in the report"
    );
    let o = run_in(
        dir.path(),
        &["report", "--format", "json", "-q", &session_file],
        None,
    );
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(team_votes(&r, "Ouderavond 12 november"), e.votes);
}

fn words_after<'a>(words: &'a [String], flag: &str) -> &'a str {
    let i = words.iter().position(|w| w == flag).unwrap();
    &words[i + 1]
}

/// A command line split as a POSIX shell does for plain words and double quotes.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let (mut quoted, mut any) = (false, false);
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    words.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            '#' if !quoted && !any => break,
            c => {
                word.push(c);
                any = true;
            }
        }
    }
    assert!(!quoted, "unbalanced quotes in {line}");
    if any {
        words.push(word);
    }
    words
}

//! Hints that fix: where a hint writes the corrected line out, putting that line in
//! the file makes the problem go away (and nothing new appears in its place).

use crate::common::*;

/// The first `` `…` `` in the hint that starts with `key =`.
fn written_fix(help: &str, key: &str) -> String {
    help.split('`')
        .skip(1)
        .step_by(2)
        .find(|part| part.starts_with(&format!("{key} =")))
        .unwrap_or_else(|| panic!("no `{key} = …` in: {help}"))
        .to_string()
}

/// Validates `fixture` (JSON), takes the hint of its first diagnostic with `code`, and
/// returns the hint and the codes left once the line is replaced by each fix.
fn apply_fixes(fixture: &str, code: &str, key: &str, fixes: usize) -> (String, Vec<Vec<String>>) {
    let (status, v) = validate_json(&[fixture]);
    assert_eq!(status, 1, "{v:#}");
    let d = v["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {v:#}"))
        .clone();
    let help = d["help"].as_str().expect("help").to_string();
    let line = d["line"].as_u64().expect("line") as usize;
    let original = std::fs::read_to_string(root().join(fixture)).expect("fixture");
    let mut left = Vec::new();
    let mut rest = help.as_str();
    for _ in 0..fixes {
        let fix = written_fix(rest, key);
        rest = &rest[rest.find(&fix).expect("fix") + fix.len() + 1..];
        let fixed: Vec<String> = original
            .lines()
            .enumerate()
            .map(|(i, l)| {
                if i + 1 == line {
                    let indent = &l[..l.len() - l.trim_start().len()];
                    format!("{indent}{fix}")
                } else {
                    l.to_string()
                }
            })
            .collect();
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("fixed.toml");
        std::fs::write(&path, fixed.join("\n") + "\n").expect("write");
        let (_, v) = validate_json(&[&path.to_string_lossy()]);
        left.push(
            v["diagnostics"]
                .as_array()
                .expect("list")
                .iter()
                .map(|d| d["code"].as_str().expect("code").to_string())
                .collect(),
        );
    }
    (help, left)
}

#[test]
fn a_quote_inside_a_text_gets_both_fixes_and_both_work() {
    let (help, left) = apply_fixes(
        "tests/fixtures/hints/quote-inside.toml",
        "toml-syntax",
        "text",
        2,
    );
    assert!(
        help.contains(r#"`\"`"#) && help.contains(r#"""""#),
        "{help}"
    );
    assert!(
        help.contains(r#"text = "De ouders zeiden \"graag\" tegen de koffieochtend.""#),
        "{help}"
    );
    for codes in left {
        assert_eq!(codes, ["unanswered-items"]);
    }
}

#[test]
fn an_apostrophe_inside_single_quotes_gets_a_fix_that_works() {
    let (help, left) = apply_fixes(
        "tests/fixtures/hints/apostrophe-inside.toml",
        "toml-syntax",
        "text",
        1,
    );
    assert!(
        help.contains(r#"`\"`"#) && help.contains(r#"`"""`"#),
        "{help}"
    );
    assert_eq!(left, [["unanswered-items"]]);
}

#[test]
fn one_text_for_a_list_gets_the_list_it_meant() {
    let (help, left) = apply_fixes(
        "tests/fixtures/hints/examples-one-text.toml",
        "wrong-type",
        "examples",
        1,
    );
    assert!(
        help.contains(r#"examples = ["koffieochtend", "welkomstgesprek"]"#),
        "{help}"
    );
    assert_eq!(left, [["unanswered-items"]]);
}

#[test]
fn a_misspelt_team_header_is_the_only_error() {
    let (status, v) = validate_json(&["tests/fixtures/hints/teams.toml"]);
    assert_eq!(status, 1);
    let d = v["diagnostics"].as_array().expect("list");
    assert_eq!(d.len(), 1, "{v:#}");
    assert_eq!(
        (d[0]["code"].as_str(), d[0]["line"].as_u64()),
        (Some("unknown-key"), Some(23))
    );
    assert!(d[0]["help"].as_str().expect("help").contains("`[[team]]`"));
    // The same header written right: the file validates.
    let text =
        std::fs::read_to_string(root().join("tests/fixtures/hints/teams.toml")).expect("fixture");
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("fixed.toml");
    std::fs::write(&path, text.replace("[[teams]]", "[[team]]")).expect("write");
    let (status, v) = validate_json(&[&path.to_string_lossy()]);
    assert_eq!(status, 0, "{v:#}");
}

#[test]
fn a_text_that_shows_a_header_is_not_mistaken_for_one() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("notes.toml");
    std::fs::write(
        &path,
        "definition = \"partnerschapscan\"\n[session]\norganisation = \"X\"\nnotes = \"\"\"\n[[teams]]\n\"\"\"\n",
    )
    .expect("write");
    let (status, v) = validate_json(&[&path.to_string_lossy()]);
    assert_eq!(status, 0, "{v:#}");
}

#[test]
fn item_codes_are_suggested_only_when_close_in_letter_and_number() {
    let (_, v) = validate_json(&["tests/fixtures/hints/item-code-near.toml"]);
    let helps: Vec<&str> = v["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .filter(|d| d["code"] == "unknown-item")
        .map(|d| d["help"].as_str().expect("help"))
        .collect();
    assert_eq!(helps.len(), 2, "{v:#}");
    // C6: C5 is next to it; A6 (another letter) is not offered.
    assert!(
        helps[0].starts_with("did you mean `C5`?") && !helps[0].contains("A6"),
        "{}",
        helps[0]
    );
    // D7: nothing near; the items of D, and D itself for an action.
    assert!(!helps[1].contains("did you mean"), "{}", helps[1]);
    assert!(
        helps[1].contains("`D1`, `D2`, `D3` and `D4`"),
        "{}",
        helps[1]
    );
}

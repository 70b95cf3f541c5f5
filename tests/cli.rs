//! CLI behaviour as data: `tests/cmd/*.toml` (trycmd). Regenerate on purpose with
//! `TRYCMD=overwrite cargo test cli` and review the diff.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        // Messages in English whatever the machine's locale; cases set their own.
        .env("SCAN_LANG", "")
        .env("LC_ALL", "C")
        .case("tests/cmd/*.toml")
        .case("tests/cmd/*.md");
}

/// The language of messages: each case sets `--lang`, `SCAN_LANG` and the locale itself.
#[test]
fn cli_language_cases() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/lang/*.toml");
}

#[test]
fn clap_definition_is_consistent() {
    use clap::CommandFactory;
    scan::cli::Cli::command().debug_assert();
}

/// `--help` promises a chart only for the pages that draw one: `scan history` for one
/// file has a trend chart per criterion; `scan diff` and a folder's history have none.
#[test]
fn help_promises_a_chart_only_where_the_html_has_one() {
    use crate::common::*;
    let diff = text(&run(&["diff", "--help"], None).stdout);
    assert!(!diff.to_lowercase().contains("chart"), "{diff}");
    let history = text(&run(&["history", "--help"], None).stdout);
    assert!(history.contains("trend chart per criterion"), "{history}");
    assert!(include_str!("../templates/history.html.j2").contains("charts.trend("));
    assert!(!include_str!("../templates/diff.html.j2").contains("chart"));
    assert!(!include_str!("../templates/history-folder.html.j2").contains("chart"));
}

/// The README's command table is one table (no sentence cuts it in two) with a row for
/// every command `scan --help` lists.
#[test]
fn readme_command_table_is_whole_and_names_every_command() {
    use clap::CommandFactory;
    let readme = include_str!("../README.md");
    let section = readme
        .split("\n## Commands\n")
        .nth(1)
        .expect("a Commands section")
        .split("\n## ")
        .next()
        .expect("section");
    let lines: Vec<&str> = section.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.starts_with('|'))
        .expect("a table");
    let last = lines
        .iter()
        .rposition(|l| l.starts_with('|'))
        .expect("a table");
    let cut: Vec<&&str> = lines[first..=last]
        .iter()
        .filter(|l| !l.starts_with('|'))
        .collect();
    assert!(cut.is_empty(), "lines inside the table: {cut:?}");
    for sub in scan::cli::Cli::command().get_subcommands() {
        let name = sub.get_name();
        // `help` is clap's own; hidden commands (`man`, for packagers) are not listed.
        if name == "help" || sub.is_hide_set() {
            continue;
        }
        let row = format!("| `scan {name}");
        assert!(
            lines[first..=last].iter().any(|l| l.starts_with(&row)),
            "no row for `scan {name}` in the README's command table"
        );
    }
}

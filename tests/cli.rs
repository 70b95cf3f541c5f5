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

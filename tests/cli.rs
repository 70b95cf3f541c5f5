//! CLI behaviour as data: `tests/cmd/*.toml` (trycmd). Regenerate on purpose with
//! `TRYCMD=overwrite cargo test cli` and review the diff.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml")
        .case("tests/cmd/*.md");
}

#[test]
fn clap_definition_is_consistent() {
    use clap::CommandFactory;
    scan::cli::Cli::command().debug_assert();
}

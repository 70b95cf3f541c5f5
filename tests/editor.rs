//! At home in editors, shells and git: `scan schema`, `scan completions`, `scan man`
//! and the pre-commit hooks.

use crate::common::*;

fn schema(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["schema"];
    all.extend_from_slice(args);
    let o = run(&all, None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("JSON")
}

#[test]
fn schema_for_sessions_definitions_and_one_definition() {
    let s = schema(&[]);
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["additionalProperties"], false);
    assert!(s["$defs"]["Answer"]["properties"]["score"]["description"].is_string());

    let d = schema(&["--definition"]);
    assert_eq!(d["title"], "scan definition file");
    assert!(d["properties"]["criterion"].is_object());

    let p = schema(&["--for", "partnerschapscan"]);
    let answers = &p["$defs"]["Team"]["properties"]["answers"];
    assert!(answers["properties"]["E5"].is_object());
    assert_eq!(answers["additionalProperties"], false);

    // A definition file, by path: its own scale (1–5) and types.
    let c = schema(&["--for", "examples/sportclub/sportclub-scan.toml"]);
    assert_eq!(c["$defs"]["Answer"]["properties"]["score"]["maximum"], 5);
    assert!(
        c["$defs"]["Team"]["properties"]["type"]["enum"]
            .as_array()
            .expect("enum")
            .contains(&serde_json::json!("sport"))
    );
}

#[test]
fn schema_output_is_deterministic_and_can_go_to_a_file() {
    let a = run(&["schema", "--for", "partnerschapscan"], None);
    let b = run(&["schema", "--for", "partnerschapscan"], None);
    assert_eq!(a.stdout, b.stdout);
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("scan.schema.json");
    let o = run(&["schema", "-o", &out.to_string_lossy()], None);
    assert_eq!(code(&o), 0);
    assert_eq!(
        std::fs::read(&out).expect("written"),
        run(&["schema"], None).stdout
    );
}

#[test]
fn schema_for_an_unknown_or_broken_definition_says_so() {
    let o = run(&["schema", "--for", "partnerscan"], None);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("did you mean `partnerschapscan`?"),
        "{}",
        text(&o.stderr)
    );
    let o = run(
        &[
            "schema",
            "--for",
            "tests/fixtures/defs/broken-definition.toml",
        ],
        None,
    );
    assert_eq!(code(&o), 1, "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("error["), "{}", text(&o.stderr));
    assert!(o.stdout.is_empty());
    let o = run(&["schema", "--for", "examples/vo-het-baken.toml"], None);
    assert_eq!(code(&o), 2);
    assert!(
        text(&o.stderr).contains("is a session file"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn completions_for_every_shell_know_the_commands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let o = run(&["completions", shell], None);
        assert_eq!(code(&o), 0, "{shell}");
        let out = text(&o.stdout);
        for sub in ["validate", "fmt", "schema", "completions", "new"] {
            assert!(out.contains(sub), "{shell} completes `{sub}`");
        }
        // fish spells options `-l check`.
        assert!(
            out.contains("--check") || out.contains("-l check"),
            "{shell} completes options"
        );
    }
    let o = run(&["completions", "tcsh"], None);
    assert_eq!(code(&o), 2);
}

#[test]
fn man_pages_for_scan_and_each_command() {
    let dir = tempfile::tempdir().expect("tmp");
    let o = run(&["man", &dir.path().to_string_lossy()], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let main = std::fs::read_to_string(dir.path().join("scan.1")).expect("scan.1");
    assert!(main.starts_with(".ie") || main.contains(".TH"), "roff");
    assert!(main.contains("validate") && main.contains("fmt"), "{main}");
    for sub in ["new", "validate", "list", "fmt", "schema", "completions"] {
        let page = std::fs::read_to_string(dir.path().join(format!("scan-{sub}.1")))
            .unwrap_or_else(|_| panic!("scan-{sub}.1"));
        assert!(page.contains(".TH"), "{sub}");
    }
    assert!(
        !dir.path().join("scan-man.1").exists(),
        "the hidden command has none"
    );
    assert!(!dir.path().join("scan-help.1").exists());
    // Hidden from the help.
    let help = text(&run(&["--help"], None).stdout);
    assert!(help.contains("fmt") && !help.contains("\n  man "), "{help}");
}

#[test]
fn pre_commit_hooks_run_validate_and_fmt_check_on_toml_files() {
    let hooks = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).expect("hooks");
    for (id, entry, language) in [
        ("scan-validate", "scan validate", "rust"),
        ("scan-fmt", "scan fmt --check", "rust"),
        ("scan-validate-system", "scan validate", "system"),
        ("scan-fmt-system", "scan fmt --check", "system"),
    ] {
        let block = hooks
            .split("- id: ")
            .find(|b| b.starts_with(&format!("{id}\n")))
            .unwrap_or_else(|| panic!("hook {id}"));
        assert!(block.contains(&format!("entry: {entry}\n")), "{block}");
        assert!(block.contains("files: \\.toml$"), "{block}");
        assert!(
            block.contains(&format!("language: {language}\n")),
            "{block}"
        );
        // The entry is a real command line of this scan.
        let mut args: Vec<&str> = entry.split(' ').skip(1).collect();
        args.push("examples");
        let o = run(&args, None);
        assert_eq!(code(&o), 0, "{entry}: {}", text(&o.stderr));
    }
}

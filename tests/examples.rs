//! Every shipped example and built-in definition validates with no error, and
//! what `scan new` writes validates too.

use crate::common::*;

#[test]
fn every_example_and_builtin_validates_without_errors() {
    let mut files = files_below(&root().join("examples"), "toml");
    files.extend(files_below(&root().join("scans"), "toml"));
    assert!(
        files.len() >= 6,
        "examples and scans are present: {files:?}"
    );
    for f in &files {
        let path = f.to_string_lossy().into_owned();
        let (status, v) = validate_json(&[&path]);
        assert_eq!(v["errors"], 0, "{path}: {v:#}");
        assert_eq!(status, 0, "{path}");
    }
}

#[test]
fn builtins_are_listed_with_their_counts() {
    let o = run(&["list", "--json"], None);
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let defs = v["definitions"].as_array().expect("list");
    let nl = defs
        .iter()
        .find(|d| d["id"] == "partnerschapscan")
        .expect("nl");
    let en = defs
        .iter()
        .find(|d| d["id"] == "partnerschapscan-en")
        .expect("en");
    assert_eq!(nl["criteria"], 5);
    assert_eq!(nl["language"], "nl");
    assert_eq!(en["language"], "en");
    assert_eq!(
        nl["items"], en["items"],
        "the translation has the same items"
    );
}

#[test]
fn builtin_partnerschapscan_follows_the_seed() {
    let def = scan::load::builtin("partnerschapscan").expect("built in");
    let codes: Vec<&str> = def.criteria.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["A", "B", "C", "D", "E"]);
    let c: Vec<&str> = def.criteria[2]
        .items
        .iter()
        .map(|i| i.code.as_str())
        .collect();
    assert_eq!(c, ["C1", "C2", "C3", "C4", "C5"]);
    for crit in &def.criteria {
        assert!(
            crit.items.len() >= 2,
            "{} has at least two items",
            crit.code
        );
        for item in &crit.items {
            assert!(
                item.code.starts_with(&crit.code),
                "{} belongs to {}",
                item.code,
                crit.code
            );
        }
    }
    let types: Vec<&str> = def.types.keys().map(String::as_str).collect();
    assert_eq!(
        types,
        [
            "childcare",
            "primary",
            "secondary",
            "sport",
            "library",
            "youth"
        ]
    );
    assert_eq!(
        (def.scale.min, def.scale.max, def.scale.labels.len()),
        (1, 4, 4)
    );
    let en = scan::load::builtin("partnerschapscan-en").expect("built in");
    let en_codes: Vec<&str> = en.items().map(|i| i.code.as_str()).collect();
    let nl_codes: Vec<&str> = def.items().map(|i| i.code.as_str()).collect();
    assert_eq!(en_codes, nl_codes);
}

#[test]
fn new_writes_a_file_that_validates_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("regenboog.toml");
    let out_s = out.to_string_lossy().into_owned();
    let o = run(
        &[
            "new",
            "--org",
            "Kindcentrum \"De\" Regenboog",
            "--type",
            "childcare",
            "--type",
            "primary",
            "--parents",
            "-o",
            &out_s,
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let written = std::fs::read_to_string(&out).expect("written");
    assert_eq!(written.matches("[[team]]").count(), 3);
    assert_eq!(written.matches("[team.answers.").count(), 3 * 24);
    assert!(written.contains("# A1 "), "questions as comments");
    let (status, v) = validate_json(&[&out_s]);
    assert_eq!(v["errors"], 0, "{v:#}");
    assert_eq!(status, 0);
    // Not overwritten, exit 2, content unchanged.
    let again = run(
        &["new", "--org", "Other", "--type", "primary", "-o", &out_s],
        None,
    );
    assert_eq!(code(&again), 2);
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(std::fs::read_to_string(&out).expect("still there"), written);
}

#[test]
fn new_for_a_kindcentrum_with_two_childcare_teams_validates_and_shows_every_key() {
    // Day care and out-of-school care: two childcare teams, a primary team, parents.
    let dir = tempfile::tempdir().expect("tmp");
    for (lang, parents_words) in [
        ("nl", "# hetzelfde `type`"),
        ("en", "of the\n# same `type`"),
    ] {
        let out = dir.path().join(format!("kc-{lang}.toml"));
        let out_s = out.to_string_lossy().into_owned();
        let def = if lang == "nl" {
            "partnerschapscan"
        } else {
            "partnerschapscan-en"
        };
        let o = run(
            &[
                "new",
                "--definition",
                def,
                "--org",
                "KC",
                "--type",
                "childcare",
                "--type",
                "childcare",
                "--type",
                "primary",
                "--parents",
                "-o",
                &out_s,
            ],
            None,
        );
        assert_eq!(code(&o), 0, "{}", text(&o.stderr));
        let written = std::fs::read_to_string(&out).expect("written");
        let names: Vec<&str> = written
            .lines()
            .filter_map(|l| l.strip_prefix("name = "))
            .collect();
        assert_eq!(names.len(), 4, "{names:?}");
        let mut distinct = names.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), 4, "every team its own name: {names:?}");
        assert!(
            names[0].ends_with(" 1\"") && names[1].ends_with(" 2\""),
            "{names:?}"
        );
        // Every item shows each key it can have, commented out.
        for key in [
            "# score =",
            "# votes = []",
            "# examples = []",
            "# na = true",
        ] {
            assert_eq!(written.matches(key).count(), 4 * 24, "{key}");
        }
        assert!(
            written.contains(parents_words),
            "{lang}: the parents' type comment"
        );
        let (status, v) = validate_json(&[&out_s]);
        assert_eq!(v["errors"], 0, "{v:#}");
        assert_eq!(status, 0);
        let fmt = run(&["fmt", "--check", &out_s], None);
        assert_eq!(
            code(&fmt),
            0,
            "a new file is formatted: {}",
            text(&fmt.stdout)
        );
    }
}

#[test]
fn new_with_a_definition_file_refers_to_it_relative_to_the_new_file() {
    let dir = tempfile::tempdir().expect("tmp");
    let sub = dir.path().join("sessies");
    std::fs::create_dir(&sub).expect("dir");
    let def = root().join("examples/sportclub/sportclub-scan.toml");
    std::fs::copy(&def, dir.path().join("club.toml")).expect("copy");
    let out = sub.join("nieuw.toml");
    let o = run_in(
        dir.path(),
        &[
            "new",
            "--org",
            "VV Test",
            "--type",
            "sport",
            "--definition",
            "club.toml",
            "-o",
            "sessies/nieuw.toml",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let written = std::fs::read_to_string(&out).expect("written");
    assert!(
        written.contains("definition = \"../club.toml\""),
        "{written}"
    );
    let (status, v) = validate_json(&[&out.to_string_lossy()]);
    assert_eq!((status, &v["errors"]), (0, &serde_json::json!(0)), "{v:#}");
}

#[test]
fn directories_are_walked_for_toml_honouring_gitignore() {
    let dir = tempfile::tempdir().expect("tmp");
    let good = std::fs::read_to_string(root().join("examples/vo-het-baken.toml")).expect("example");
    std::fs::create_dir_all(dir.path().join("sub/deeper")).expect("dirs");
    std::fs::write(dir.path().join("sub/deeper/a.toml"), &good).expect("write");
    std::fs::write(dir.path().join("b.toml"), &good).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "not toml = [").expect("write");
    std::fs::write(dir.path().join("ignored.toml"), "broken = [").expect("write");
    std::fs::write(dir.path().join(".gitignore"), "ignored.toml\n").expect("write");
    let (status, v) = validate_json(&[&dir.path().to_string_lossy()]);
    assert_eq!(v["files"], 2, "{v:#}");
    assert_eq!((status, &v["errors"]), (0, &serde_json::json!(0)), "{v:#}");
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    // Piped (as in every test) there is no colour even when NO_COLOR is unset.
    let mut cmd = scan();
    cmd.env_remove("NO_COLOR")
        .args(["validate", "tests/fixtures/invalid/unknown-key.toml"]);
    let o = cmd.output().expect("runs");
    assert!(
        !text(&o.stderr).contains('\u{1b}'),
        "no escape codes in a pipe"
    );
    assert!(text(&o.stderr).contains("error[unknown-key]"));
}

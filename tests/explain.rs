//! `scan explain`: every code in the registry is explained in Dutch and English, has a
//! fixture that gives exactly that code, and its TOML examples do what they say (the
//! wrong one gives the code, the right one validates).

use std::path::Path;

use scan::diag::Code;
use scan::diag::explain::{self, Role};
use scan::i18n::Lang;

use crate::common::*;

/// The codes `validate --format json` gives for `file` in `dir`, and the exit status.
fn codes_in(dir: &Path, file: &str) -> (i32, Vec<String>) {
    let o = run_in(dir, &["validate", "--format", "json", file], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let codes = v["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .map(|d| d["code"].as_str().expect("code").to_string())
        .collect();
    (code(&o), codes)
}

/// The codes of the `error[…]` and `warning[…]` headers in a rendered stderr.
fn header_codes(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| {
            let rest = l
                .strip_prefix("error[")
                .or_else(|| l.strip_prefix("warning["))?;
            Some(rest.split_once(']')?.0.to_string())
        })
        .collect()
}

/// A fixture in `tests/fixtures/invalid/` (whose exact diagnostics `fixtures` checks).
fn has_invalid_fixture(code: Code) -> bool {
    files_below(&root().join("tests/fixtures/invalid"), "toml")
        .iter()
        .any(|f| {
            let stem = f.file_stem().expect("name").to_string_lossy();
            stem.split('.').next() == Some(code.as_str())
        })
}

/// A CLI case `tests/cmd/*.toml` (whose exact output trycmd checks) that shows this
/// code and no other (but its consequence, where it has one).
fn has_cli_case(code: Code) -> bool {
    let allowed = |c: &str| {
        c == code.as_str()
            || CONSEQUENCES
                .iter()
                .any(|(cause, then)| *cause == code && then.as_str() == c)
    };
    files_below(&root().join("tests/cmd"), "stderr")
        .iter()
        .any(|f| {
            let codes = header_codes(&std::fs::read_to_string(f).expect("stderr"));
            codes.first().map(String::as_str) == Some(code.as_str())
                && codes.iter().all(|c| allowed(c))
        })
}

/// Codes that never come alone: a session whose definition file is not a definition
/// also gets `definition-invalid` on its `definition = …` line.
const CONSEQUENCES: &[(Code, Code)] = &[
    (Code::NotADefinition, Code::DefinitionInvalid),
    (Code::Unreadable, Code::DefinitionInvalid),
];

/// Codes whose situation a file cannot hold (a file of 20 MiB, a git history): made
/// here, each asserting that exactly its code comes out.
fn made_here(code: Code) -> Option<fn()> {
    match code {
        Code::FileTooLarge => Some(file_too_large),
        Code::GitFailed => Some(git_failed),
        Code::GitMissing => Some(git_missing),
        Code::NoHistory => Some(no_history),
        Code::UnknownRevision => Some(unknown_revision),
        Code::MomentInvalid => Some(moment_invalid),
        Code::NotASession => Some(not_a_session),
        Code::Unreadable => Some(unreadable),
        Code::UnreadableVersions => Some(unreadable_versions),
        _ => None,
    }
}

/// A safety net: a file that is invalid without any other error. No input reaches it
/// today; it stays so that an invalid file can never pass silently.
const NO_INPUT_REACHES: &[Code] = &[Code::InvalidFile];

/// Reached only when git changes while scan reads it (the list of versions names a
/// file that the version then does not have): no fixture can hold that moment.
const RACES: &[Code] = &[Code::MissingInCommit];

#[test]
fn every_code_is_explained_has_a_fixture_and_working_examples() {
    let mut failures = Vec::new();
    for &code in Code::ALL {
        for lang in Lang::ALL {
            let Some(text) = explain::source(code, lang) else {
                failures.push(format!("{code}: no explain/{lang}/{code}.md"));
                continue;
            };
            if let Err(e) = examples_behave(code, text) {
                failures.push(format!("explain/{lang}/{code}.md: {e}"));
            }
        }
        if NO_INPUT_REACHES.contains(&code) || RACES.contains(&code) {
            continue;
        }
        if let Some(check) = made_here(code) {
            check();
        } else if !has_invalid_fixture(code) && !has_cli_case(code) {
            failures.push(format!(
                "{code}: no fixture (tests/fixtures/invalid/{code}.toml, or a tests/cmd case showing only it)"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The wrong TOML example gives `code`; the right one validates without it.
fn examples_behave(code: Code, text: &str) -> Result<(), String> {
    let examples = explain::examples(text);
    for role in [Role::Wrong, Role::Right] {
        let files: Vec<_> = examples
            .iter()
            .filter(|e| e.role == role && e.kind == "toml")
            .collect();
        if files.is_empty() {
            if !examples.iter().any(|e| e.role == role) {
                return Err(format!("no {role:?} example"));
            }
            continue;
        }
        let dir = tempfile::tempdir().expect("tmp");
        for (i, e) in files.iter().enumerate() {
            let name = e
                .file
                .clone()
                .unwrap_or_else(|| format!("example-{i}.toml"));
            std::fs::write(dir.path().join(&name), &e.text).expect("write");
        }
        let first = files[0]
            .file
            .clone()
            .unwrap_or_else(|| "example-0.toml".into());
        let (status, codes) = codes_in(dir.path(), &first);
        let has = codes.iter().any(|c| c == code.as_str());
        match role {
            Role::Wrong if !has => {
                return Err(format!("the wrong example gives {codes:?}, not `{code}`"));
            }
            Role::Right if has || status != 0 => {
                return Err(format!(
                    "the right example does not validate: {codes:?} (exit {status})"
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

fn file_too_large() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("groot.toml");
    let f = std::fs::File::create(&path).expect("create");
    f.set_len(17 * 1024 * 1024).expect("sparse file");
    let o = run_in(dir.path(), &["validate", "groot.toml"], None);
    assert_eq!(code(&o), 1);
    assert_eq!(header_codes(&text(&o.stderr)), ["file-too-large"]);
    file_too_large_in_git();
}

/// A git repository with `sessie.toml` committed, and scan run in it.
fn in_repo(setup: &[&[&str]], args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().expect("tmp");
    let dir = dir.path();
    let git = |a: &[&str]| {
        let o = std::process::Command::new("git")
            .current_dir(dir)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Sanne")
            .env("GIT_AUTHOR_EMAIL", "sanne@example.org")
            .env("GIT_COMMITTER_NAME", "Sanne")
            .env("GIT_COMMITTER_EMAIL", "sanne@example.org")
            .args(a)
            .output()
            .expect("git runs");
        assert!(o.status.success(), "git {a:?}: {}", text(&o.stderr));
    };
    git(&["init", "-q"]);
    for step in setup {
        match step {
            ["write", name, from] => {
                let to = dir.join(name);
                std::fs::create_dir_all(to.parent().expect("folder")).expect("mkdir");
                std::fs::copy(root().join(from), to).expect("copy");
            }
            ["remove", name] => std::fs::remove_dir_all(dir.join(name)).expect("remove"),
            // A damaged repository: the objects git keeps loose are gone.
            ["lose-objects"] => {
                for e in std::fs::read_dir(dir.join(".git/objects")).expect("objects") {
                    let path = e.expect("entry").path();
                    let name = path.file_name().expect("name").to_string_lossy();
                    if name.len() == 2 {
                        std::fs::remove_dir_all(&path).expect("remove");
                    }
                }
            }
            ["big", name] => {
                let big = vec![b'#'; 17 * 1024 * 1024];
                std::fs::write(dir.join(name), big).expect("write");
            }
            _ => git(step),
        }
    }
    run_in(dir, args, None)
}

const SESSION: &str = "examples/kindcentrum-de-regenboog.toml";
const DEFINITION: &str = "scans/partnerschapscan.toml";

fn not_a_session() {
    let o = in_repo(
        &[
            &["write", "sessie.toml", DEFINITION],
            &["add", "sessie.toml"],
            &["commit", "-q", "-m", "definitie"],
            &["write", "sessie.toml", SESSION],
            &["add", "sessie.toml"],
            &["commit", "-q", "-m", "sessie"],
        ],
        &["history", "sessie.toml"],
    );
    assert_eq!(
        header_codes(&text(&o.stderr)),
        ["not-a-session", "unreadable-versions"],
        "{o:?}"
    );
}

/// A session that does not validate at the second of two measurement moments: left
/// out of that moment only.
fn moment_invalid() {
    let o = in_repo(
        &[
            &["write", "sessie.toml", SESSION],
            &["write", "baken.toml", "examples/vo-het-baken.toml"],
            &["add", "."],
            &["commit", "-q", "-m", "nulmeting"],
            &[
                "write",
                "sessie.toml",
                "tests/fixtures/explain/session-score-out-of-range.toml",
            ],
            &["add", "."],
            &["commit", "-q", "-m", "eenmeting"],
        ],
        &[
            "compare",
            "--at",
            "HEAD~1",
            "--at",
            "HEAD",
            "-o",
            "vergelijking.json",
            ".",
        ],
    );
    assert_eq!(code(&o), 0, "{o:?}");
    assert_eq!(header_codes(&text(&o.stderr)), ["moment-invalid"], "{o:?}");
}

/// A committed version with a score out of range, fixed in the working tree: the
/// history lists it without scores and says so.
fn unreadable_versions() {
    let o = in_repo(
        &[
            &[
                "write",
                "sessie.toml",
                "tests/fixtures/explain/session-score-out-of-range.toml",
            ],
            &["add", "sessie.toml"],
            &["commit", "-q", "-m", "sessie"],
            &["write", "sessie.toml", SESSION],
        ],
        &["history", "sessie.toml"],
    );
    assert_eq!(code(&o), 0, "{o:?}");
    assert_eq!(
        header_codes(&text(&o.stderr)),
        ["score-out-of-range", "unreadable-versions"],
        "{o:?}"
    );
}

/// A committed version whose definition "file" is a folder in that commit: git has
/// the name but no file to read, and the session's `definition = …` line says so.
fn unreadable() {
    let o = in_repo(
        &[
            &[
                "write",
                "mijn-scan.toml/lees-mij.toml",
                "tests/fixtures/defs/mini.toml",
            ],
            &[
                "write",
                "sessie.toml",
                "tests/fixtures/explain/session-with-own-definition.toml",
            ],
            &["add", "."],
            &["commit", "-q", "-m", "sessie"],
            &["remove", "mijn-scan.toml"],
            &["write", "mijn-scan.toml", "tests/fixtures/defs/mini.toml"],
        ],
        &["history", "sessie.toml"],
    );
    let codes = header_codes(&text(&o.stderr));
    assert_eq!(
        codes,
        ["unreadable", "definition-invalid", "unreadable-versions"],
        "{o:?}"
    );
}

/// A definition file that git has, but larger than scan reads: the same
/// `file-too-large` as for a file on disk, and that version of the session cannot be
/// checked (its `definition = …` line says so).
fn file_too_large_in_git() {
    let o = in_repo(
        &[
            &["big", "mijn-scan.toml"],
            &[
                "write",
                "sessie.toml",
                "tests/fixtures/explain/session-with-own-definition.toml",
            ],
            &["add", "."],
            &["commit", "-q", "-m", "sessie"],
            &["write", "mijn-scan.toml", "tests/fixtures/defs/mini.toml"],
        ],
        &["history", "sessie.toml"],
    );
    let codes = header_codes(&text(&o.stderr));
    assert_eq!(
        codes,
        [
            "file-too-large",
            "definition-invalid",
            "unreadable-versions"
        ],
        "{o:?}"
    );
}

#[test]
fn explain_prints_the_explanation_in_the_language_of_messages() {
    let o = run(&["explain", "score-out-of-range"], None);
    assert_eq!(code(&o), 0);
    let en = text(&o.stdout);
    assert!(en.starts_with("# score-out-of-range: "), "{en}");
    assert!(!en.contains("toml wrong") && !en.contains("toml right"));
    let o = run(
        &["explain", "--lang", "nl", "error[score-out-of-range]"],
        None,
    );
    assert_eq!(code(&o), 0);
    let nl = text(&o.stdout);
    assert!(nl.starts_with("# score-out-of-range: ") && nl != en, "{nl}");
    let o = run(&["explain", "scroe-out-of-range"], None);
    assert_eq!(code(&o), 2);
    assert!(text(&o.stderr).contains("did you mean `score-out-of-range`?"));
}

#[test]
fn explain_list_names_every_code_once() {
    for lang in ["en", "nl"] {
        let o = run(&["explain", "--list", "--lang", lang], None);
        assert_eq!(code(&o), 0);
        let out = text(&o.stdout);
        let listed: Vec<&str> = out
            .lines()
            .map(|l| l.split_whitespace().next().unwrap_or(""))
            .collect();
        let all: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(listed, all, "{lang}");
        assert!(
            out.lines().all(|l| l.split_whitespace().count() > 1),
            "{out}"
        );
    }
}

/// The code and exit status of a run that git stops.
fn stopped_by_git(o: &std::process::Output, code_name: &str) {
    assert_eq!(code(o), 2, "{o:?}");
    assert_eq!(header_codes(&text(&o.stderr)), [code_name], "{o:?}");
}

fn unknown_revision() {
    let o = in_repo(
        &[
            &["write", "sessie.toml", SESSION],
            &["add", "sessie.toml"],
            &["commit", "-q", "-m", "sessie"],
        ],
        &["diff", "voormetting", "sessie.toml"],
    );
    stopped_by_git(&o, "unknown-revision");
}

fn no_history() {
    let o = in_repo(
        &[
            &["write", "sessie.toml", SESSION],
            &["write", "ander.toml", "examples/vo-het-baken.toml"],
            &["add", "ander.toml"],
            &["commit", "-q", "-m", "een ander bestand"],
        ],
        &["history", "sessie.toml"],
    );
    stopped_by_git(&o, "no-history");
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join(SESSION), dir.path().join("sessie.toml")).expect("copy");
    let o = run_in(dir.path(), &["history", "sessie.toml"], None);
    stopped_by_git(&o, "no-history");
}

fn git_failed() {
    let o = in_repo(
        &[
            &["write", "sessie.toml", SESSION],
            &["add", "sessie.toml"],
            &["commit", "-q", "-m", "sessie"],
            &["lose-objects"],
        ],
        &["history", "sessie.toml"],
    );
    stopped_by_git(&o, "git-failed");
}

/// No `git` on PATH: scan says so instead of failing somewhere inside.
fn git_missing() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join(SESSION), dir.path().join("sessie.toml")).expect("copy");
    let empty = tempfile::tempdir().expect("tmp");
    let o = scan()
        .current_dir(dir.path())
        .env("PATH", empty.path())
        .args(["history", "sessie.toml"])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("scan runs");
    stopped_by_git(&o, "git-missing");
}

//! Hostile input: odd bytes, huge and deep structures, closed pipes. Each gives a
//! clear error or a correct result, exit 1 or 2, never a panic.

use crate::common::*;

fn validate_bytes(name: &str, bytes: &[u8]) -> (i32, String) {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    let o = run(&["validate", &path.to_string_lossy()], None);
    let err = text(&o.stderr);
    assert!(!err.contains("panicked"), "{name}: {err}");
    (code(&o), err)
}

#[test]
fn empty_and_bom_only_files_say_they_are_empty() {
    for (name, bytes) in [
        ("empty.toml", &b""[..]),
        ("bom.toml", &b"\xef\xbb\xbf"[..]),
        ("blank.toml", &b"\n  \r\n"[..]),
    ] {
        let (status, err) = validate_bytes(name, bytes);
        assert_eq!(status, 1, "{name}");
        assert!(
            err.contains("error[empty-file]: this file is empty"),
            "{name}: {err}"
        );
    }
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_crash() {
    let deep = format!("a = {}{}", "[".repeat(100_000), "]".repeat(100_000));
    let (status, err) = validate_bytes("deep.toml", deep.as_bytes());
    assert_eq!(status, 1);
    assert!(err.contains("error[toml-syntax]"), "{err}");
    let inline = format!("a = {}1{}", "{ b = ".repeat(5_000), " }".repeat(5_000));
    let (status, _) = validate_bytes("deep-inline.toml", inline.as_bytes());
    assert_eq!(status, 1);
}

#[test]
fn huge_arrays_many_teams_and_long_lines_are_handled() {
    let head = "definition = \"partnerschapscan\"\n[session]\norganisation = \"X\"\n";
    let votes = vec!["3"; 100_000].join(", ");
    let big = format!(
        "{head}[[team]]\nname = \"T\"\ntype = \"primary\"\n[team.answers.A1]\nvotes = [{votes}]\n"
    );
    let (status, err) = validate_bytes("votes.toml", big.as_bytes());
    assert_eq!(status, 0, "{err}");
    assert!(err.contains("left 23 of 24 items unanswered"), "{err}");

    let teams: String = (0..3000)
        .map(|i| {
            format!("[[team]]\nname = \"T{i}\"\ntype = \"primary\"\n[team.answers.A1]\nscore = 3\n")
        })
        .collect();
    let (status, err) = validate_bytes("teams.toml", format!("{head}{teams}").as_bytes());
    assert_eq!(status, 0);
    assert!(
        err.contains("0 errors, 3000 warnings"),
        "{}",
        err.lines().last().unwrap_or("")
    );

    let long = format!("{head}colour = \"{}\"\n", "a".repeat(2_000_000));
    let (status, err) = validate_bytes("long.toml", long.as_bytes());
    assert_eq!(status, 1);
    let shown = err
        .lines()
        .find(|l| l.starts_with("4 |"))
        .unwrap_or_default();
    assert!(
        shown.chars().count() < 200,
        "a long line is shown cut around the caret: {} chars",
        shown.len()
    );
}

#[test]
fn control_characters_in_names_do_not_reach_the_terminal() {
    let text = "definition = \"partnerschapscan\"\n[session]\norganisation = \"X\"\n[[team]]\nname = \"\\u001b[31mrood\"\ntype = \"nergens\"\n";
    let (status, err) = validate_bytes("ctl.toml", text.as_bytes());
    assert_eq!(status, 1);
    assert!(
        !err.contains('\u{1b}'),
        "escape codes are shown escaped: {err:?}"
    );
    assert!(err.contains("\\u{1b}[31mrood"), "{err}");
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    use std::io::Read;
    use std::process::Stdio;
    // Many problems, a reader that stops after a few bytes.
    let mut child = scan()
        .args([
            "validate",
            "--format",
            "json",
            "../shared/data/toml-test-invalid",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let out = child.wait_with_output().expect("ends");
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{:?} {err}",
        out.status
    );
}

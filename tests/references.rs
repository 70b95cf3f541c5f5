//! A session's `definition = "…"` names a file: whatever file that is, none of its
//! bytes reach the output unless it is a scan definition inside the session's folder
//! (or git work tree); system files, pipes and devices are never read; and no `-o`
//! replaces the definition file it read.

use std::path::Path;

use crate::common::{code, run_in, text};

/// Marks every secret line, so a leak of any of them is found.
const SECRET: &str = "S3CRET";

fn session_naming(definition: &str) -> String {
    format!(
        "definition = {definition:?}\n[session]\norganisation = \"X\"\n\n[[team]]\nname = \"T\"\ntype = \"t\"\n[team.answers.A1]\nscore = 2\n"
    )
}

/// Files a colleague could name as a definition, each full of secrets: not TOML, TOML
/// without `[scan]`, TOML with `[scan]` and errors quoting the secret, binary bytes.
fn secret_files() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (
            "environ.toml",
            format!("HOME=/root\0AWS_SECRET={SECRET}-1\0PATH=/bin\0").into_bytes(),
        ),
        (
            "credentials.toml",
            format!("[default]\naws_secret_access_key = \"{SECRET}-2\"\n").into_bytes(),
        ),
        (
            "broken.toml",
            format!("token = {SECRET}-3\npassword = \"{SECRET}-4\n").into_bytes(),
        ),
        (
            "scanlike.toml",
            format!(
                "[scan]\nid = \"{SECRET}-5\"\nversion = \"1\"\ntitle = \"t\"\nlanguage = \"en\"\npassword = \"{SECRET}-6\"\n"
            )
            .into_bytes(),
        ),
        (
            "latin1.toml",
            [b"key = \"".as_slice(), SECRET.as_bytes(), b"-7 \xe9\xff\"\n"].concat(),
        ),
        ("shadow.toml", format!("root:{SECRET}-8:19000:0:99999:7:::\n").into_bytes()),
    ]
}

fn assert_no_secret(out: &std::process::Output, what: &str) {
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(!all.contains(SECRET), "{what}: a secret was shown:\n{all}");
    assert!(!all.contains("panicked"), "{what}: {all}");
    assert_eq!(code(out), 1, "{what}: an input error\n{all}");
}

/// Outside the session's folder, by relative path, absolute path and link: every kind
/// of file is named, never shown; the same in every command that reads sessions.
#[test]
fn a_definition_outside_the_session_folder_is_never_shown() {
    let tmp = tempfile::tempdir().expect("tmp");
    let secrets = tmp.path().join("home");
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&secrets).expect("dir");
    std::fs::create_dir_all(&work).expect("dir");
    for (name, bytes) in secret_files() {
        std::fs::write(secrets.join(name), bytes).expect("write");
        let absolute = secrets.join(name).display().to_string();
        let link = work.join(format!("link-{name}"));
        #[cfg(unix)]
        std::os::unix::fs::symlink(secrets.join(name), &link).expect("link");
        for reference in [format!("../home/{name}"), absolute, format!("link-{name}")] {
            if reference.starts_with("link-") && !link.exists() {
                continue;
            }
            std::fs::write(work.join("s.toml"), session_naming(&reference)).expect("write");
            for args in [
                &["validate", "s.toml"][..],
                &["report", "s.toml"],
                &["report", "--format", "json", "s.toml"],
                &["compare", "s.toml"],
                &["validate", "--format", "json", "s.toml"],
            ] {
                let out = run_in(&work, args, None);
                assert_no_secret(&out, &format!("{reference} {args:?}"));
                let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
                assert!(all.contains(name), "the file is named: {all}");
            }
        }
    }
}

/// Inside the session's folder a file without `[scan]` is not shown either; a real
/// definition with a mistake is shown with its lines, as any input is.
#[test]
fn inside_the_folder_only_a_real_definition_shows_its_lines() {
    let tmp = tempfile::tempdir().expect("tmp");
    for (name, bytes) in secret_files() {
        std::fs::write(tmp.path().join(name), &bytes).expect("write");
        std::fs::write(tmp.path().join("s.toml"), session_naming(name)).expect("write");
        let out = run_in(tmp.path(), &["validate", "s.toml"], None);
        if name == "scanlike.toml" {
            // A definition of the user's own, with mistakes: they see where.
            assert_eq!(code(&out), 1);
            let err = text(&out.stderr);
            assert!(err.contains("scanlike.toml:"), "{err}");
        } else {
            assert_no_secret(&out, name);
        }
    }
}

/// Names that are not `.toml` files, system files, folders, pipes and devices are
/// refused before a byte is read (a pipe would block for ever).
#[test]
fn system_files_pipes_and_devices_are_never_read() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let mut references = vec![
        "/proc/self/environ".to_string(),
        "/proc/kmsg".to_string(),
        "/dev/zero".to_string(),
        "/etc/passwd".to_string(),
        "../../../../../../../../etc/shadow".to_string(),
        "mydef.scan".to_string(),
        "folder.toml".to_string(),
    ];
    std::fs::create_dir(dir.join("folder.toml")).expect("dir");
    std::fs::write(
        dir.join("mydef.scan"),
        format!("[scan]\nid = \"{SECRET}\"\n"),
    )
    .expect("w");
    #[cfg(unix)]
    {
        for (link, to) in [
            ("environ.toml", "/proc/self/environ"),
            ("zero.toml", "/dev/zero"),
            ("passwd.toml", "/etc/passwd"),
        ] {
            std::os::unix::fs::symlink(to, dir.join(link)).expect("link");
            references.push(link.to_string());
        }
        let fifo = dir.join("fifo.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            references.push("fifo.toml".to_string());
        }
    }
    for reference in references {
        std::fs::write(dir.join("s.toml"), session_naming(&reference)).expect("write");
        let out = run_with_deadline(dir, &["validate", "s.toml"]);
        let err = text(&out.stderr);
        assert_eq!(code(&out), 1, "{reference}: {err}");
        assert!(!err.contains(SECRET), "{reference}: {err}");
        assert!(!err.contains("root:"), "{reference}: {err}");
        assert!(!err.contains("PATH="), "{reference}: {err}");
        assert!(err.contains("definition"), "{reference}: {err}");
    }
}

/// `scan`, killed if it has not finished in 20 s (a read that blocks fails the test
/// instead of hanging it).
fn run_with_deadline(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut child = crate::common::scan()
        .current_dir(dir)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("scan runs");
    let start = std::time::Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("scan {args:?} did not finish: a read blocked");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

/// A definition file is an input: no `-o` of any command writes over it, however the
/// output is named (a link to it, its own name).
#[test]
fn no_output_replaces_the_definition_it_read() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let def = std::fs::read_to_string(crate::common::root().join("tests/fixtures/defs/mini.toml"))
        .ok()
        .unwrap_or_else(|| {
            std::fs::read_to_string(crate::common::root().join("scans/partnerschapscan-en.toml"))
                .expect("a definition")
        });
    std::fs::write(dir.join("mydef.toml"), &def).expect("write");
    let session = std::fs::read_to_string(
        crate::common::root().join("examples/kindcentrum-de-regenboog.toml"),
    )
    .expect("example");
    let session = session.replacen(
        &session
            .lines()
            .find(|l| l.starts_with("definition"))
            .expect("definition line")
            .to_string(),
        "definition = \"mydef.toml\"",
        1,
    );
    std::fs::write(dir.join("s.toml"), session).expect("write");
    #[cfg(unix)]
    for link in ["out.md", "out.html", "out.json", "out.csv"] {
        std::os::unix::fs::symlink(dir.join("mydef.toml"), dir.join(link)).expect("link");
    }
    for args in [
        &["report", "-o", "mydef.toml", "s.toml"][..],
        &["report", "-o", "out.md", "s.toml"],
        &["report", "--format", "html", "-o", "out.html", "s.toml"],
        &["report", "--format", "json", "-o", "out.json", "s.toml"],
        &["compare", "-o", "out.md", "s.toml"],
        &["compare", "--format", "csv", "-o", "out.csv", "s.toml"],
    ] {
        let out = run_in(dir, args, None);
        assert_ne!(code(&out), 0, "{args:?} refused");
        assert_eq!(
            std::fs::read_to_string(dir.join("mydef.toml")).expect("still there"),
            def,
            "{args:?} left the definition as it was"
        );
    }
}

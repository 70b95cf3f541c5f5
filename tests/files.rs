//! Output files under attack: never over an input (also through another path or a
//! link), never through a link in `-o DIR`, never outside it, whole or not at all,
//! devices and pipes written to but never replaced, and clear errors when the place
//! cannot be written. These checks hold when the tests run as root (as CI does), where
//! a read-only folder would not stop a write: unwritable places are made from a path
//! under a regular file and from `/proc`.

use std::path::Path;

use crate::common::*;

const SESSION: &str = "examples/vo-het-baken.toml";

fn copy_session(dir: &Path, name: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::copy(root().join(SESSION), &p).expect("copy");
    p
}

/// Every file below a folder, relative to it, sorted (temporary files included).
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("folder") {
            let p = e.expect("entry").path();
            let meta = std::fs::symlink_metadata(&p).expect("meta");
            if meta.is_dir() {
                stack.push(p.clone());
            }
            out.push(
                p.strip_prefix(dir)
                    .expect("below")
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
    out.sort();
    out
}

#[test]
fn an_input_is_never_written_over_by_another_path_or_a_link() {
    let dir = tempfile::tempdir().expect("tmp");
    // A session file that does not end in .toml, so only the identity check can save it.
    let input = copy_session(dir.path(), "sessie.md");
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&input, dir.path().join("link.md")).expect("symlink");
    let before = std::fs::read(&input).expect("read");
    let mut targets = vec!["sessie.md", "./sessie.md", "sub/../sessie.md"];
    if cfg!(unix) {
        targets.push("link.md");
    }
    for target in targets {
        for cmd in [&["report", "-q"][..], &["compare", "-q"][..]] {
            let mut args = cmd.to_vec();
            args.extend(["-o", target, "sessie.md"]);
            let o = run_in(dir.path(), &args, None);
            assert_eq!(code(&o), 2, "{args:?}: {}", text(&o.stderr));
            assert!(
                text(&o.stderr).contains("it is one of the input files"),
                "{args:?}: {}",
                text(&o.stderr)
            );
            assert_eq!(std::fs::read(&input).expect("read"), before, "{args:?}");
        }
    }
    // A link named like a report that points at a scan file is that scan file.
    #[cfg(unix)]
    {
        let other = dir.path().join("other.toml");
        std::fs::write(&other, "# mine\n").expect("write");
        std::os::unix::fs::symlink(&other, dir.path().join("innocent.md")).expect("symlink");
        let o = run_in(
            dir.path(),
            &["report", "-q", "-o", "innocent.md", "sessie.md"],
            None,
        );
        assert_eq!(code(&o), 2, "{}", text(&o.stderr));
        assert_eq!(std::fs::read_to_string(&other).expect("read"), "# mine\n");
    }
}

#[cfg(unix)]
#[test]
fn a_link_in_the_output_folder_is_replaced_never_written_through() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::create_dir(dir.path().join("in")).expect("mkdir");
    copy_session(&dir.path().join("in"), "a.toml");
    copy_session(&dir.path().join("in"), "b.toml");
    let outside = dir.path().join("outside.md");
    std::fs::write(&outside, "keep me\n").expect("write");
    std::fs::create_dir(dir.path().join("out")).expect("mkdir");
    std::os::unix::fs::symlink(&outside, dir.path().join("out/a.md")).expect("symlink");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), dir.path().join("out/b.md"))
        .expect("dangling symlink");
    let o = run_in(dir.path(), &["report", "-q", "-o", "out", "in"], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert_eq!(
        std::fs::read_to_string(&outside).expect("read"),
        "keep me\n"
    );
    for name in ["a.md", "b.md"] {
        let meta = std::fs::symlink_metadata(dir.path().join("out").join(name)).expect("meta");
        assert!(meta.is_file(), "{name} is now a report, not a link");
    }
    assert!(
        !dir.path().join("nowhere").exists(),
        "nothing written through a dangling link"
    );
    assert_eq!(
        tree(dir.path()),
        [
            "in",
            "in/a.toml",
            "in/b.toml",
            "out",
            "out/a.md",
            "out/b.md",
            "out/index.md",
            "outside.md"
        ]
    );
}

#[test]
fn names_made_from_input_names_stay_in_the_output_folder() {
    let dir = tempfile::tempdir().expect("tmp");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    let mut names = vec![
        "..toml".to_string(),
        "...toml".to_string(),
        " .toml".to_string(),
        "-rf.toml".to_string(),
        "%2e%2e%2fetc.toml".to_string(),
        "con.toml".to_string(),
        format!("{}.toml", "x".repeat(200)),
        "\u{202e}lmth.toml".to_string(),
    ];
    if cfg!(unix) {
        names.push("a\\..\\..\\b.toml".to_string());
        names.push("new\nline.toml".to_string());
    }
    for n in &names {
        copy_session(&input, n);
    }
    let o = run_in(
        dir.path(),
        &["report", "-q", "--format", "html", "-o", "out", "in"],
        None,
    );
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let all = tree(dir.path());
    let outside: Vec<&String> = all
        .iter()
        .filter(|p| !p.starts_with("in") && !p.starts_with("out"))
        .collect();
    assert!(outside.is_empty(), "written outside: {outside:?}");
    let reports: Vec<&String> = all.iter().filter(|p| p.starts_with("out/")).collect();
    assert_eq!(
        reports.len(),
        names.len() + 1,
        "one each and the index: {reports:?}"
    );
    for r in reports {
        let name = r.trim_start_matches("out/");
        assert!(
            !name.starts_with(['.', '-'])
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                && name.len() <= 200,
            "{name:?}"
        );
    }
}

#[test]
fn an_unwritable_place_gives_a_clear_error_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().expect("tmp");
    copy_session(dir.path(), "s.toml");
    std::fs::write(dir.path().join("plain-file"), "x").expect("write");
    // A folder that is a file; a folder that does not exist; /proc, where not even
    // root can create a file.
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["report", "-q", "-o", "plain-file/r.md", "s.toml"],
            "is a file, not a folder",
        ),
        (
            vec!["compare", "-q", "-o", "plain-file/c.md", "s.toml"],
            "is a file, not a folder",
        ),
        (
            vec!["schema", "-o", "plain-file/s.json"],
            "is a file, not a folder",
        ),
        (
            vec!["report", "-q", "-o", "missing/r.md", "s.toml"],
            "does not exist",
        ),
        (
            vec!["report", "-q", "-o", "/proc/scan-report.md", "s.toml"],
            "cannot write",
        ),
        (
            vec!["compare", "-q", "-o", "/proc/scan-compare.md", "s.toml"],
            "cannot write",
        ),
        (
            vec![
                "new",
                "--org",
                "X",
                "--type",
                "primary",
                "-o",
                "/proc/scan-new.toml",
            ],
            "cannot write",
        ),
        (vec!["report", "-q", "-o", "/proc/", "s.toml"], "cannot"),
    ];
    for (args, says) in cases {
        if args.iter().any(|a| a.starts_with("/proc")) && !Path::new("/proc/self").exists() {
            continue;
        }
        let o = run_in(dir.path(), &args, None);
        let err = text(&o.stderr);
        assert_eq!(code(&o), 2, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // Refused writes leave no temporary file: `new` never overwrites, `templates export`
    // keeps what is there.
    let o = run_in(
        dir.path(),
        &["new", "--org", "X", "--type", "primary", "-o", "s.toml"],
        None,
    );
    assert_eq!(code(&o), 2, "{}", text(&o.stderr));
    assert_eq!(tree(dir.path()), ["plain-file", "s.toml"]);
}

/// A copy of /dev/full where one can be made (root), else /dev/full itself (which a
/// user who is not root could not replace, were the write not direct).
#[cfg(unix)]
fn device_full(dir: &Path) -> std::path::PathBuf {
    let made = dir.join("full");
    let ok = std::process::Command::new("mknod")
        .args([&made.to_string_lossy(), "c", "1", "7"])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ok {
        made
    } else {
        std::path::PathBuf::from("/dev/full")
    }
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_a_clear_error_and_a_device_is_never_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("tmp");
    let full = device_full(dir.path());
    let full_s = full.to_string_lossy().into_owned();
    for args in [
        vec!["report", "-q", "-o", &full_s, SESSION],
        vec!["compare", "-q", "-o", &full_s, SESSION],
        vec!["schema", "-o", &full_s],
    ] {
        let o = run(&args, None);
        let err = text(&o.stderr);
        assert_eq!(code(&o), 2, "{args:?}: {err}");
        assert!(err.contains("No space left on device"), "{args:?}: {err}");
        let kind = std::fs::symlink_metadata(&full)
            .expect("still there")
            .file_type();
        assert!(kind.is_char_device(), "{args:?}: the device was replaced");
    }
    let left: Vec<String> = tree(dir.path())
        .into_iter()
        .filter(|n| n != "full")
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

#[cfg(unix)]
#[test]
fn dev_stdout_and_named_pipes_receive_the_output() {
    use std::os::unix::fs::FileTypeExt;
    // `-o /dev/stdout`, with standard output a pipe.
    let o = run(&["report", "-q", "-o", "/dev/stdout", SESSION], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).starts_with("# Het Baken"),
        "{}",
        text(&o.stdout)
    );
    // ... and with standard output a file: the file gets the report.
    let dir = tempfile::tempdir().expect("tmp");
    let file = std::fs::File::create(dir.path().join("redirected.md")).expect("create");
    let status = scan()
        .args(["report", "-q", "-o", "/dev/stdout", SESSION])
        .stdout(file)
        .status()
        .expect("runs");
    assert!(status.success());
    let got = std::fs::read_to_string(dir.path().join("redirected.md")).expect("read");
    assert!(got.starts_with("# Het Baken"), "{got}");
    // A named pipe with a reader on the other end.
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if made {
        let reader_path = fifo.clone();
        let reader = std::thread::spawn(move || std::fs::read_to_string(reader_path));
        let o = run(
            &[
                "compare",
                "-q",
                "--format",
                "csv",
                "-o",
                &fifo.to_string_lossy(),
                SESSION,
            ],
            None,
        );
        assert_eq!(code(&o), 0, "{}", text(&o.stderr));
        let got = reader.join().expect("reader").expect("read the pipe");
        assert!(got.starts_with("kind,code,"), "{got}");
        let kind = std::fs::symlink_metadata(&fifo).expect("meta").file_type();
        assert!(kind.is_fifo(), "the pipe is still a pipe");
    }
}

#[cfg(unix)]
#[test]
fn fmt_rewrites_the_file_behind_a_link_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("tmp");
    let real = dir.path().join("real.toml");
    let messy = std::fs::read_to_string(root().join(SESSION))
        .expect("example")
        .replacen("score = 3", "score   =   3", 1);
    std::fs::write(&real, &messy).expect("write");
    std::os::unix::fs::symlink("real.toml", dir.path().join("link.toml")).expect("symlink");
    let o = run_in(dir.path(), &["fmt", "link.toml"], None);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let meta = std::fs::symlink_metadata(dir.path().join("link.toml")).expect("meta");
    assert!(meta.file_type().is_symlink(), "the link is still a link");
    let now = std::fs::read_to_string(&real).expect("read");
    assert!(
        !now.contains("score   ="),
        "the file behind it was formatted"
    );
    assert_eq!(tree(dir.path()), ["link.toml", "real.toml"]);
}

#[test]
fn a_vanished_input_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tmp");
    let gone = copy_session(dir.path(), "gone.toml");
    std::fs::remove_file(&gone).expect("rm");
    for cmd in ["validate", "report", "compare", "fmt"] {
        let o = run_in(dir.path(), &[cmd, "gone.toml"], None);
        let err = text(&o.stderr);
        assert_eq!(code(&o), 2, "{cmd}: {err}");
        assert!(
            err.contains("gone.toml") && err.contains("does not exist"),
            "{cmd}: {err}"
        );
        assert!(o.stdout.is_empty(), "{cmd}");
    }
    // `history` reads git, not the file, so a deleted file may still have a history;
    // one that is neither here nor in git is most likely a typo, and says so.
    let (repo, _) = crate::history::story();
    let o = repo.scan(&["history", "gone.toml"]);
    let err = text(&o.stderr);
    assert_eq!(code(&o), 2, "{err}");
    assert!(err.contains("`gone.toml` does not exist"), "{err}");
}

/// Long folder and file names in letters outside ASCII: the whole name `-o DIR`
/// derives (folder in front, stem, extension) stays within 200 bytes, so every report
/// is written, on every file system. Names of 60 letters of two, three and four bytes.
#[test]
fn long_names_outside_ascii_fit_as_a_whole() {
    for letter in ["é", "ऄ", "オ", "𝔸"] {
        let dir = tempfile::tempdir().expect("tmp");
        let stem = letter.repeat(60);
        for folder in [letter.repeat(60), format!("{}b", letter.repeat(59))] {
            let folder = dir.path().join("in").join(folder);
            std::fs::create_dir_all(&folder).expect("mkdir");
            copy_session(&folder, &format!("{stem}.toml"));
        }
        for format in ["md", "html", "json"] {
            let o = run_in(
                dir.path(),
                &["report", "-q", "--format", format, "-o", "out", "in"],
                None,
            );
            assert_eq!(code(&o), 0, "{letter} {format}: {}", text(&o.stderr));
        }
        let written: Vec<String> = std::fs::read_dir(dir.path().join("out"))
            .expect("read out")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(written.len(), 9, "{letter}: {written:?}");
        for name in &written {
            assert!(
                name.len() <= 200,
                "{letter}: {name} is {} bytes",
                name.len()
            );
        }
        // Different folders keep different names, each with as much of the stem as fits.
        assert!(
            written
                .iter()
                .all(|n| n.contains(&letter.repeat(20)) || n.starts_with("index")),
            "{written:?}"
        );
    }
}

/// A report that cannot be written (a folder stands where it goes) is told, with its
/// name; the other reports and the index are still written, and the exit status is 2.
#[test]
fn a_report_that_cannot_be_written_does_not_stop_the_others() {
    let dir = tempfile::tempdir().expect("tmp");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    for name in ["a.toml", "b.toml", "c.toml", "d.toml"] {
        copy_session(&input, name);
    }
    std::fs::create_dir_all(dir.path().join("out/b.md/inside")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("out/d.md")).expect("mkdir");
    for lang in ["en", "nl"] {
        let o = run_in(
            dir.path(),
            &["report", "--lang", lang, "-q", "-o", "out", "in"],
            None,
        );
        let err = text(&o.stderr);
        assert_eq!(code(&o), 2, "{err}");
        assert!(err.contains("b.md") && err.contains("d.md"), "{err}");
        let summary = if lang == "en" {
            "2 reports could not be written"
        } else {
            "2 rapporten konden niet worden geschreven"
        };
        assert!(err.contains(summary), "{err}");
        for written in ["out/a.md", "out/c.md", "out/index.md"] {
            assert!(dir.path().join(written).is_file(), "{written}: {err}");
        }
        let index = std::fs::read_to_string(dir.path().join("out/index.md")).expect("index");
        assert!(index.contains("a.md") && index.contains("c.md"), "{index}");
        assert!(
            !index.contains("b.md") && !index.contains("d.md"),
            "{index}"
        );
        assert!(dir.path().join("out/b.md/inside").is_dir());
    }
}

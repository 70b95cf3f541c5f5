//! Fixture folders where every file is a test. `tests/fixtures/invalid/<code>.toml`
//! starts with `# expect: CODE LINE:COLUMN` lines naming exactly the diagnostics it
//! must give (errors and warnings), in order.

use crate::common::*;

fn expectations(text: &str) -> Vec<(String, u64, u64)> {
    text.lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .map(|e| {
            let (code, place) = e.trim().split_once(' ').expect("CODE LINE:COL");
            let (line, col) = place.split_once(':').expect("LINE:COL");
            (
                code.to_string(),
                line.parse().expect("line"),
                col.parse().expect("col"),
            )
        })
        .collect()
}

#[test]
fn each_invalid_fixture_gives_exactly_its_diagnostics() {
    let files = files_below(&root().join("tests/fixtures/invalid"), "toml");
    assert!(files.len() >= 25, "one fixture per code: {}", files.len());
    let mut failures = Vec::new();
    for f in &files {
        let text_in = std::fs::read_to_string(f).expect("fixture");
        let want = expectations(&text_in);
        assert!(!want.is_empty(), "{} has `# expect:` lines", f.display());
        let stem = f.file_stem().expect("name").to_string_lossy().into_owned();
        let code_name = stem.split('.').next().expect("code").to_string();
        assert!(
            want.iter().any(|(c, _, _)| *c == code_name),
            "{} expects its own code",
            f.display()
        );
        let rel = f
            .strip_prefix(root())
            .expect("below root")
            .to_string_lossy()
            .into_owned();
        let (status, v) = validate_json(&[&rel]);
        let got: Vec<(String, u64, u64)> = v["diagnostics"]
            .as_array()
            .expect("list")
            .iter()
            .filter(|d| d["file"] == *rel)
            .map(|d| {
                (
                    d["code"].as_str().expect("code").to_string(),
                    d["line"].as_u64().expect("line"),
                    d["column"].as_u64().expect("column"),
                )
            })
            .collect();
        let has_error = v["errors"].as_u64().expect("count") > 0;
        if got != want || status != i32::from(has_error) {
            failures.push(format!(
                "{rel}: want {want:?}, got {got:?} (exit {status})\n{v:#}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn encoding_problems_are_clear_errors() {
    let dir = tempfile::tempdir().expect("tmp");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("utf16.toml", b"\xff\xfed\0e\0f\0".to_vec(), "UTF-16"),
        (
            "utf16-nobom.toml",
            "definition = 1"
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect(),
            "UTF-16",
        ),
        (
            "latin1.toml",
            b"definition = \"caf\xe9\"\n".to_vec(),
            "not valid UTF-8",
        ),
        ("nul.toml", b"definition = 1\n\0".to_vec(), "NUL"),
    ];
    for (name, bytes, words) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let o = run(&["validate", &path.to_string_lossy()], None);
        assert_eq!(code(&o), 1, "{name}");
        let err = text(&o.stderr);
        assert!(
            err.contains("error[encoding]") && err.contains(words),
            "{name}: {err}"
        );
    }
    // A BOM and CRLF line endings are fine, and columns still count from the line start.
    let path = dir.path().join("bom.toml");
    std::fs::write(&path, b"\xef\xbb\xbfdefinition = \"partnerschapscan\"\r\n[session]\r\norganisation = \"X\"\r\n  colour = 1\r\n").expect("write");
    let (status, v) = validate_json(&[&path.to_string_lossy()]);
    assert_eq!(status, 1);
    let d = &v["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
        (Some("unknown-key"), Some(4), Some(3)),
        "{v:#}"
    );
}

#[test]
fn files_over_16_mib_are_refused_unread() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("huge.toml");
    let f = std::fs::File::create(&path).expect("create");
    f.set_len(20 * 1024 * 1024).expect("sparse file");
    let o = run(&["validate", &path.to_string_lossy()], None);
    assert_eq!(code(&o), 1);
    let err = text(&o.stderr);
    assert!(
        err.contains("error[file-too-large]") && err.contains("16 MiB"),
        "{err}"
    );
    // The same through standard input.
    let big = vec![b'#'; 17 * 1024 * 1024];
    let o = run(&["validate", "-"], Some(&big));
    assert_eq!(code(&o), 1);
    assert!(text(&o.stderr).contains("file-too-large"));
}

/// The same problems in Dutch and English: codes, places and severities are equal, and
/// no message shows a raw Fluent placeholder or isolation mark.
#[test]
fn diagnostics_speak_dutch_and_english_with_the_same_codes() {
    let files = files_below(&root().join("tests/fixtures/invalid"), "toml");
    let rel: Vec<String> = files
        .iter()
        .map(|f| {
            f.strip_prefix(root())
                .expect("below root")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let args: Vec<&str> = rel.iter().map(String::as_str).collect();
    let (_, en) = validate_json(&[&["--lang", "en"], &args[..]].concat());
    let (_, nl) = validate_json(&[&["--lang", "nl"], &args[..]].concat());
    let en = en["diagnostics"].as_array().expect("list").clone();
    let nl = nl["diagnostics"].as_array().expect("list").clone();
    assert_eq!(en.len(), nl.len());
    for (e, n) in en.iter().zip(&nl) {
        for key in ["file", "line", "column", "severity", "code"] {
            assert_eq!(e[key], n[key], "{key}: {e} / {n}");
        }
        for m in [&n["message"], &n["help"]] {
            let m = m.as_str().unwrap_or("");
            assert!(!m.contains("{ $") && !m.contains('\u{2068}'), "{m}");
        }
    }
}

//! Every file of the toml-test suite's invalid set is rejected: exit 1, a
//! `path:line:column`, and no panic.
//!
//! The suite is an external corpus, not part of the repository, so the test is
//! ignored by `cargo test`; `.ci/run` runs it with `cargo test -- --ignored` and
//! `SCAN_TOML_TEST_DIR` pointing at the corpus (`.ci/run` knows where it is).

use crate::common::*;

#[test]
#[ignore = "needs the external toml-test corpus; run by .ci/run with --ignored"]
fn toml_test_invalid_files_are_rejected_with_a_place() {
    let dir = std::path::PathBuf::from(
        std::env::var_os("SCAN_TOML_TEST_DIR")
            .expect("set SCAN_TOML_TEST_DIR to the toml-test suite's invalid files"),
    );
    assert!(
        dir.is_dir(),
        "the toml-test suite is expected at {}",
        dir.display()
    );
    let files = files_below(&dir, "toml");
    assert!(files.len() > 400, "found {} files", files.len());
    let dir_s = dir.to_string_lossy().into_owned();
    let (status, v) = validate_json(&[&dir_s]);
    assert_eq!(status, 1);
    let diags = v["diagnostics"].as_array().expect("diagnostics");
    for f in &files {
        let name = f.to_string_lossy();
        let errors: Vec<_> = diags
            .iter()
            .filter(|d| d["file"] == *name && d["severity"] == "error")
            .collect();
        assert!(!errors.is_empty(), "{name} is rejected");
        for e in errors {
            assert!(e["line"].as_u64().is_some_and(|l| l >= 1), "{name}: {e}");
            assert!(e["column"].as_u64().is_some_and(|c| c >= 1), "{name}: {e}");
        }
    }
    // The human form names file:line:column too, for a sample of files.
    for f in files.iter().step_by(50) {
        let name = f.to_string_lossy().into_owned();
        let o = run(&["validate", &name], None);
        assert_eq!(code(&o), 1, "{name}");
        let err = text(&o.stderr);
        assert!(err.contains(&format!("{name}:")), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
}

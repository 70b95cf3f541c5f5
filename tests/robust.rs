//! Property tests: no bytes and no TOML make `scan` panic, and validation always
//! ends with a verdict (a model or at least one error).

use proptest::prelude::*;
use scan::load::{Loaded, Loader, decode_source};
use std::path::Path;

fn check(bytes: Vec<u8>) {
    let loader = Loader::new();
    if let Ok(source) = decode_source("prop.toml".into(), bytes) {
        let (loaded, diags) = loader.load_source(&source, Path::new("tests/fixtures/defs"));
        if let Loaded::Invalid = loaded {
            assert!(
                diags.iter().any(|d| d.is_error()),
                "invalid without an error"
            );
        }
        for d in &diags {
            let _ = scan::diag::render_human(d, scan::diag::Palette::PLAIN);
        }
    }
}

/// TOML-ish text built from the format's own words, so the parser gets far.
fn tomlish() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "definition",
        "session",
        "organisation",
        "team",
        "name",
        "type",
        "role",
        "answers",
        "score",
        "votes",
        "text",
        "examples",
        "na",
        "targets",
        "action",
        "title",
        "item",
        "status",
        "due",
        "date",
        "scan",
        "scale",
        "min",
        "max",
        "labels",
        "types",
        "criterion",
        "code",
        "question",
        "A1",
        "A",
        "C5",
        "exmples",
        "\"A1\"",
    ]);
    let value = prop::sample::select(vec![
        "\"partnerschapscan\"",
        "\"../defs/mini.toml\"",
        "1",
        "4",
        "7",
        "-3",
        "2.5",
        "true",
        "\"primary\"",
        "\"parents\"",
        "[1, 2, 9]",
        "[]",
        "[\"a\", 1]",
        "2026-11-20",
        "{ score = 3 }",
        "\"\"",
        "\"\"\"\nx\n\"\"\"",
        "9223372036854775807",
        "0x10",
        "inf",
        "{}",
        "[[1]]",
    ]);
    let line = prop_oneof![
        (key.clone(), value).prop_map(|(k, v)| format!("{k} = {v}")),
        key.clone().prop_map(|k| format!("[{k}]")),
        key.clone().prop_map(|k| format!("[[{k}]]")),
        (key.clone(), key.clone()).prop_map(|(a, b)| format!("[team.{a}.{b}]")),
        Just("[[criterion.item]]".to_string()),
    ];
    prop::collection::vec(line, 0..40).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(bytes);
    }

    #[test]
    fn arbitrary_toml_never_panics(text in tomlish()) {
        check(text.into_bytes());
    }

    #[test]
    fn session_prefix_with_arbitrary_tail_never_panics(tail in tomlish()) {
        let text = format!("definition = \"partnerschapscan\"\n[session]\norganisation = \"X\"\n{tail}");
        check(text.into_bytes());
    }
}

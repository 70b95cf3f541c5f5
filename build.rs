//! Embeds every Fluent catalogue under `locales/<language>/*.ftl` in the binary: a new
//! file in a language folder is picked up without a list to edit.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    for lang in read_dir(&root) {
        if !lang.is_dir() {
            continue;
        }
        for file in read_dir(&lang) {
            if file.extension().is_some_and(|e| e == "ftl") {
                files.push(file);
            }
        }
    }
    // Sorted, so the order of messages in a bundle never depends on the file system.
    files.sort();
    let mut code = String::from(
        "/// (language folder, file name, contents) of every catalogue.\npub const CATALOGUES: &[(&str, &str, &str)] = &[\n",
    );
    for f in &files {
        let lang = f
            .parent()
            .and_then(Path::file_name)
            .and_then(|n| n.to_str())
            .expect("language folder name is UTF-8");
        let name = f
            .file_name()
            .and_then(|n| n.to_str())
            .expect("file name is UTF-8");
        // Relative to the crate being compiled, not to where this script ran: a build
        // folder shared by two checkouts must never embed the other checkout's files.
        let rel = format!("/locales/{lang}/{name}");
        writeln!(
            code,
            "    ({lang:?}, {name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {rel:?}))),"
        )
        .expect("write");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogues.rs");
    std::fs::write(out, code).expect("write catalogues.rs");
}

fn read_dir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .expect("locales folder")
        .map(|e| e.expect("folder entry").path())
        .collect();
    v.sort();
    v
}

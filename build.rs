//! Embeds every Fluent catalogue under `locales/<language>/*.ftl` and every explanation
//! of a diagnostic code under `explain/<language>/<code>.md` in the binary: a new file in
//! a language folder is picked up without a list to edit.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let mut code = embed(
        "locales",
        "ftl",
        "/// (language folder, file name, contents) of every catalogue.\npub const CATALOGUES",
    );
    code.push_str(&embed(
        "explain",
        "md",
        "/// (language folder, file name, contents) of every explanation.\npub const EXPLANATIONS",
    ));
    code.push_str(&messages());
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogues.rs");
    std::fs::write(out, code).expect("write catalogues.rs");
}

/// A constant listing `<folder>/<language>/*.<ext>`, sorted.
fn embed(folder: &str, ext: &str, head: &str) -> String {
    println!("cargo::rerun-if-changed={folder}");
    // Read at run time: a build script compiled in another checkout (a shared or moved
    // build folder) must still read this checkout's files.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join(folder);
    let mut files = Vec::new();
    for lang in read_dir(&root) {
        if !lang.is_dir() {
            continue;
        }
        for file in read_dir(&lang) {
            if file.extension().is_some_and(|e| e == ext) {
                files.push(file);
            }
        }
    }
    // Sorted, so the order of messages in a bundle never depends on the file system.
    files.sort();
    let mut code = format!("{head}: &[(&str, &str, &str)] = &[\n");
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
        let rel = format!("/{folder}/{lang}/{name}");
        writeln!(
            code,
            "    ({lang:?}, {name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {rel:?}))),"
        )
        .expect("write");
    }
    code.push_str("];\n");
    code
}

/// A constant listing every message id of the catalogues with its language folder and
/// the catalogue file that holds it (an index into `CATALOGUES`, which lists the same
/// files in the same order), sorted by language and id: so a run finds a message's
/// file without parsing every catalogue. A message starts on a line that starts with
/// an identifier and `=`; every other line of a Fluent file is blank, a comment (`#`),
/// a term (`-`) or indented. The test `message_table_is_what_fluent_reads` holds this
/// to Fluent's own parser.
fn messages() -> String {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    let mut files = Vec::new();
    for lang in read_dir(&root) {
        if lang.is_dir() {
            files.extend(
                read_dir(&lang)
                    .into_iter()
                    .filter(|f| f.extension().is_some_and(|e| e == "ftl")),
            );
        }
    }
    files.sort();
    let mut rows = Vec::new();
    for (index, f) in files.iter().enumerate() {
        let lang = f
            .parent()
            .and_then(Path::file_name)
            .and_then(|n| n.to_str())
            .expect("language folder name is UTF-8")
            .to_string();
        let text = std::fs::read_to_string(f).expect("catalogue is UTF-8");
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end_matches(' ');
            let mut chars = id.chars();
            let starts = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
            if starts && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                rows.push((lang.clone(), id.to_string(), index));
            }
        }
    }
    rows.sort();
    let mut code = String::from(
        "/// (language folder, message id, index of its file in `CATALOGUES`), sorted.\npub const MESSAGES: &[(&str, &str, usize)] = &[\n",
    );
    for (lang, id, index) in rows {
        writeln!(code, "    ({lang:?}, {id:?}, {index}),").expect("write");
    }
    code.push_str("];\n");
    code
}

fn read_dir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .expect("locales or explain folder")
        .map(|e| e.expect("folder entry").path())
        .collect();
    v.sort();
    v
}

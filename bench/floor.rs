//! The floor: the least work any tool must do on a corpus. Walks a folder for `*.toml`
//! (sorted), reads every file and parses it into a generic TOML table, single-threaded.
//! `cargo run --release --example floor -- DIR`

use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: floor DIR");
        std::process::exit(2);
    };
    let mut files = Vec::new();
    walk(Path::new(&dir), &mut files)?;
    files.sort();
    let mut keys = 0usize;
    for f in &files {
        let text = std::fs::read_to_string(f)?;
        let table: toml::Table = toml::from_str(&text)?;
        keys += table.len();
    }
    println!("{} files, {keys} top-level keys", files.len());
    Ok(())
}

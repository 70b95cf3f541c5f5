//! The floor: the least work any tool must do on a corpus. Walks a folder for `*.toml`
//! (sorted), reads every file and parses it into a generic TOML table, single-threaded.
//! `cargo run --release --example floor -- DIR [--threads N]`
//!
//! With `--threads N` the files are shared out over N threads (each takes the next file
//! from a shared counter): the same work, on all cores, for a second, fairer line.

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

type Error = Box<dyn std::error::Error + Send + Sync>;

/// Reads and parses one file; the number of its top-level keys.
fn parse(f: &Path) -> Result<usize, Error> {
    let text = std::fs::read_to_string(f)?;
    let table: toml::Table = toml::from_str(&text)?;
    Ok(table.len())
}

fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, threads) = match args.as_slice() {
        [dir] => (dir, 1),
        [dir, flag, n] if flag == "--threads" => (dir, n.parse::<usize>()?.max(1)),
        _ => {
            eprintln!("usage: floor DIR [--threads N]");
            std::process::exit(2);
        }
    };
    let mut files = Vec::new();
    walk(Path::new(dir), &mut files)?;
    files.sort();
    let keys = if threads == 1 {
        files
            .iter()
            .map(|f| parse(f))
            .sum::<Result<usize, Error>>()?
    } else {
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut keys = 0;
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(f) = files.get(i) else { break };
                            keys += parse(f)?;
                        }
                        Ok::<usize, Error>(keys)
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| {
                    w.join()
                        .map_err(|_| Error::from("a floor thread panicked"))?
                })
                .sum::<Result<usize, Error>>()
        })?
    };
    println!("{} files, {keys} top-level keys", files.len());
    Ok(())
}

//! The crate's layering, read from the `src/` tree: the pipeline of the crate docs
//! (load → parse → validate → analyse → render, with `commands` on top) holds in the
//! imports, no command imports another command, nothing imports from `commands`, and
//! the top-level modules import each other without cycles. Test code (`#[cfg(test)]`
//! modules) is not looked at.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::common::*;

/// A module of the crate (`src/NAME.rs` or `src/NAME/…`) and the non-test code of its files.
fn modules() -> BTreeMap<String, Vec<(String, String)>> {
    let src = root().join("src");
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for file in files_below(&src, "rs") {
        let rel = file
            .strip_prefix(&src)
            .expect("below src")
            .to_string_lossy()
            .replace('\\', "/");
        let top = rel
            .split('/')
            .next()
            .expect("a first part")
            .trim_end_matches(".rs")
            .to_string();
        let text = std::fs::read_to_string(&file).expect("readable source");
        out.entry(top).or_default().push((rel, code_of(&text)));
    }
    out
}

/// The text before the first `#[cfg(test)]`, without comments.
fn code_of(text: &str) -> String {
    // Test code may use any layer: a file that is all tests (`#![cfg(test)]`) counts
    // for nothing, and a file's code ends where its tests begin.
    let text = text.split("#![cfg(test)]").next().unwrap_or_default();
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every identifier right after `prefix` (`crate::` → `load`, `render`, …), following
/// `prefix{a, b::c}` groups one level deep.
fn named_after(code: &str, prefix: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices(prefix) {
        // `super::` inside `super::super::` or a longer path is still a parent reference.
        if prefix == "super::" && code[..i].ends_with("::") {
            continue;
        }
        let rest = &code[i + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = group.split('}').next().unwrap_or_default();
            for part in group.split(',') {
                out.insert(ident(part));
            }
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The top-level modules a module's code names through `crate::`.
fn uses(files: &[(String, String)], all: &BTreeSet<String>) -> BTreeSet<String> {
    files
        .iter()
        .flat_map(|(_, code)| named_after(code, "crate::"))
        .filter(|m| all.contains(m))
        .collect()
}

#[test]
fn no_command_imports_another_command() {
    let dir = root().join("src/commands");
    let commands: BTreeSet<String> = files_below(&dir, "rs")
        .iter()
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .filter(|s| s != "mod")
        .collect();
    assert!(commands.contains("history") && commands.contains("diff"));
    let mut broken = Vec::new();
    for file in files_below(&dir, "rs") {
        if file.file_name().is_some_and(|n| n == "mod.rs") {
            continue;
        }
        let code = code_of(&std::fs::read_to_string(&file).expect("readable"));
        let named: BTreeSet<String> = named_after(&code, "super::")
            .into_iter()
            .chain(named_after(&code, "crate::commands::"))
            .collect();
        for other in named.intersection(&commands) {
            broken.push(format!("{} imports the command `{other}`", name(&file)));
        }
    }
    assert!(
        broken.is_empty(),
        "a command's file imports another command's file; move what they share into a library \
         module (or, if it is only glue, into src/commands/mod.rs):\n{}",
        broken.join("\n")
    );
}

#[test]
fn nothing_outside_commands_imports_from_it() {
    let mut broken = Vec::new();
    for (top, files) in modules() {
        if top == "commands" {
            continue;
        }
        for (rel, code) in files {
            // The crate root declares the module and hands its `run` to `main`.
            let code = if rel == "lib.rs" {
                code.replace("pub mod commands;", "")
                    .replace("pub use commands::run;", "")
            } else {
                code
            };
            if code.contains("commands::") {
                broken.push(rel);
            }
        }
    }
    assert!(
        broken.is_empty(),
        "only src/commands/ may use src/commands/ (move what is shared into a library module): {broken:?}"
    );
}

#[test]
fn the_pipeline_layers_hold() {
    let modules = modules();
    let all: BTreeSet<String> = modules.keys().cloned().collect();
    for expected in ["load", "parse", "validate", "analyse", "render", "versions"] {
        assert!(all.contains(expected), "src/{expected} exists");
    }
    // What a layer must not reach: the analysis is pure (no files, git or output), the
    // rendering knows no git, files or loading, and nothing below the commands knows
    // the command line.
    let forbidden: &[(&str, &[&str])] = &[
        (
            "analyse",
            &[
                "render", "commands", "cli", "git", "versions", "load", "output", "parse",
                "validate",
            ],
        ),
        (
            "render",
            &[
                "commands", "cli", "git", "versions", "load", "parse", "validate",
            ],
        ),
        ("versions", &["commands", "cli", "render"]),
        ("git", &["commands", "cli", "render", "analyse", "versions"]),
        (
            "load",
            &["commands", "cli", "render", "analyse", "versions", "git"],
        ),
        (
            "validate",
            &["commands", "cli", "render", "analyse", "load"],
        ),
        (
            "parse",
            &["commands", "cli", "render", "analyse", "load", "validate"],
        ),
        (
            "model",
            &[
                "commands", "cli", "render", "analyse", "load", "validate", "parse",
            ],
        ),
    ];
    let mut broken = Vec::new();
    for (layer, nots) in forbidden {
        let used = uses(&modules[*layer], &all);
        for n in nots.iter().filter(|n| used.contains(**n)) {
            broken.push(format!("src/{layer} uses src/{n}"));
        }
    }
    assert!(
        broken.is_empty(),
        "the pipeline's layers are crossed:\n{}",
        broken.join("\n")
    );
}

#[test]
fn top_level_modules_import_each_other_without_cycles() {
    let modules = modules();
    let all: BTreeSet<String> = modules.keys().cloned().collect();
    let graph: BTreeMap<&str, BTreeSet<String>> = modules
        .iter()
        .map(|(top, files)| {
            let mut used = uses(files, &all);
            used.remove(top);
            (top.as_str(), used)
        })
        .collect();
    // Depth-first search; a module met again on the current path closes a cycle.
    fn visit<'a>(
        m: &'a str,
        graph: &'a BTreeMap<&str, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
        cycles: &mut Vec<String>,
    ) {
        if let Some(at) = path.iter().position(|p| *p == m) {
            let mut cycle = path[at..].to_vec();
            cycle.push(m);
            cycles.push(cycle.join(" → "));
            return;
        }
        if !done.insert(m) {
            return;
        }
        path.push(m);
        for next in graph.get(m).into_iter().flatten() {
            visit(next, graph, path, done, cycles);
        }
        path.pop();
    }
    let mut cycles = Vec::new();
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done, &mut cycles);
    }
    assert!(
        cycles.is_empty(),
        "modules import each other in a circle:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_checks_see_imports() {
    // The reader finds imports in the forms the crate uses, so the rules above can fail.
    let code = code_of(
        "use super::{history, emit};\nuse crate::render::Lang; // crate::cli\nlet x = super::diff::run();\n#[cfg(test)]\nuse crate::git;\n",
    );
    let sup = named_after(&code, "super::");
    assert!(sup.contains("history") && sup.contains("diff") && sup.contains("emit"));
    let krate = named_after(&code, "crate::");
    assert!(krate.contains("render"));
    assert!(!krate.contains("cli"), "comments are not code");
    assert!(!krate.contains("git"), "test code is not looked at");
}

fn name(p: &Path) -> String {
    p.strip_prefix(root())
        .unwrap_or(p)
        .to_string_lossy()
        .into_owned()
}

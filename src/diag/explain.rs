//! `scan explain CODE`: for every diagnostic code, what it means, a wrong and a right
//! example, and how to fix it, in Dutch and English. The texts are Markdown files,
//! `explain/<language>/<code>.md`, embedded in the binary (like rustc's error index).
//!
//! A file starts with `# CODE: what it is about`. Its examples are fenced blocks whose
//! info string says which they are and, where an example is more than one file, the
//! file's name: ```` ```toml wrong ````, ```` ```toml right definitie.toml ````. A TOML
//! example is a file `scan validate` can check (the tests do: the wrong one gives the
//! code, the right one validates); an example of a situation that is not a TOML file
//! (an import source, a git revision) is a ```` ```console ```` block.

use super::Code;
use crate::i18n::{self, Lang};

/// Which side of the fix an example shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Wrong,
    Right,
}

/// One fenced example of an explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub role: Role,
    /// The fence's language: `toml`, `console`, `csv`, …
    pub kind: String,
    /// The file name the example stands for, when it gives one.
    pub file: Option<String>,
    pub text: String,
}

/// The explanation of `code` in `lang`, as written (Markdown).
pub fn source(code: Code, lang: Lang) -> Option<&'static str> {
    i18n::explanation(lang, code.as_str())
}

/// What the code is about, in a few words: the first line after `# CODE: `.
pub fn title(code: Code, lang: Lang) -> Option<&'static str> {
    let first = source(code, lang)?.lines().next()?;
    first
        .strip_prefix("# ")?
        .strip_prefix(code.as_str())?
        .strip_prefix(": ")
}

/// The explanation for a reader: the Markdown without the examples' marks (a fence
/// shows its language only).
pub fn for_reader(code: Code, lang: Lang) -> Option<String> {
    let text = source(code, lang)?;
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        match fence(line) {
            Some((kind, Some(_), _)) => {
                out.push_str("```");
                out.push_str(kind);
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    Some(out)
}

/// The examples of an explanation, in order.
pub fn examples(text: &str) -> Vec<Example> {
    enum State {
        Outside,
        /// Inside a fenced block that is not an example.
        Other,
        Example(Example),
    }
    let mut out = Vec::new();
    let mut state = State::Outside;
    for line in text.lines() {
        state = match (state, fence(line)) {
            (State::Outside, Some((kind, Some(role), file))) => State::Example(Example {
                role,
                kind: kind.to_string(),
                file: file.map(str::to_string),
                text: String::new(),
            }),
            (State::Outside, Some(_)) => State::Other,
            (State::Outside, None) => State::Outside,
            (State::Other, f) => match f {
                Some(_) if line.trim() == "```" => State::Outside,
                _ => State::Other,
            },
            (State::Example(e), Some(_)) if line.trim() == "```" => {
                out.push(e);
                State::Outside
            }
            (State::Example(mut e), _) => {
                e.text.push_str(line);
                e.text.push('\n');
                State::Example(e)
            }
        };
    }
    out
}

/// A fence line: its language, its role (when it is an example) and its file name.
fn fence(line: &str) -> Option<(&str, Option<Role>, Option<&str>)> {
    let info = line.strip_prefix("```")?;
    let mut words = info.split_whitespace();
    let kind = words.next().unwrap_or("");
    let role = match words.next() {
        Some("wrong") => Some(Role::Wrong),
        Some("right") => Some(Role::Right),
        _ => None,
    };
    Some((kind, role, words.next()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_explained_in_both_languages() {
        for &code in Code::ALL {
            for lang in Lang::ALL {
                let text = source(code, lang)
                    .unwrap_or_else(|| panic!("explain/{lang}/{code}.md is missing"));
                assert!(title(code, lang).is_some(), "{lang}/{code}: `# {code}: …`");
                let ex = examples(text);
                assert!(
                    ex.iter().any(|e| e.role == Role::Wrong)
                        && ex.iter().any(|e| e.role == Role::Right),
                    "{lang}/{code}: a wrong and a right example"
                );
                let shown = for_reader(code, lang).unwrap_or_default();
                assert!(!shown.contains("``` wrong") && !shown.contains("```toml wrong"));
            }
        }
    }

    #[test]
    fn no_explanation_without_a_code() {
        for lang in Lang::ALL {
            for name in i18n::explained(lang) {
                assert!(
                    Code::parse(name).is_some(),
                    "explain/{lang}/{name}.md: no such code"
                );
            }
        }
    }

    #[test]
    fn reads_examples_and_their_files() {
        let text = "# x: y\n\n```toml wrong a.toml\nscore = 7\n```\n\n```sh\nls\n```\n\n```toml right\nscore = 3\n```\n";
        let ex = examples(text);
        assert_eq!(ex.len(), 2);
        assert_eq!(ex[0].role, Role::Wrong);
        assert_eq!(ex[0].file.as_deref(), Some("a.toml"));
        assert_eq!(ex[0].text, "score = 7\n");
        assert_eq!(ex[1].role, Role::Right);
        assert_eq!(ex[1].kind, "toml");
    }
}

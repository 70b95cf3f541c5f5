//! TOML text → raw structs that mirror the file, every value with its byte span.
//!
//! Owns the shape of the format: which keys exist where, and which TOML type each
//! takes. Reports unknown keys (with "did you mean"), wrong types and TOML syntax
//! errors as diagnostics and keeps going, so one run shows every problem. Knows
//! nothing of scales, codes or definitions: that is `validate`'s job.

mod raw;
mod reader;

pub use raw::*;
pub use reader::{Sp, list as list_words, list_or};

use crate::diag::{Code, Diagnostic, did_you_mean};
use crate::msg;
use crate::source::Source;
use reader::Reader;
use toml::de::DeTable;

/// What a TOML file holds, judged by its top-level keys.
#[derive(Debug)]
pub enum RawFile {
    Definition(Box<RawDefinition>),
    Session(Box<RawSession>),
}

/// Parses a file into its raw form. `None` when the TOML itself is broken.
pub fn parse(source: &Source, diags: &mut Vec<Diagnostic>) -> Option<RawFile> {
    if let Some(d) = control_character(source) {
        diags.push(d);
        return None;
    }
    let doc = match DeTable::parse(&source.text) {
        Ok(doc) => doc,
        Err(err) => {
            let at = err.span().map_or(0, |s| s.start);
            // `[[teams]]` twice makes the parser stop many lines later, at a repeated
            // `[team.answers.A1]`: the header is the mistake to show.
            diags.push(
                misspelt_header(source, |_| true, at).unwrap_or_else(|| syntax_error(source, &err)),
            );
            return None;
        }
    };
    let root = doc.get_ref();
    // Everything below a misspelt `[[teams]]` is read as something else; one error at
    // the header says more than the errors that follow from it.
    if let Some(d) = misspelt_header(
        source,
        |name| root.keys().any(|k| k.get_ref() == name),
        usize::MAX,
    ) {
        diags.push(d);
        return None;
    }
    let mut reader = Reader::new(source, diags);
    let is_definition = root.keys().any(|k| k.get_ref() == "scan")
        && !root.keys().any(|k| {
            matches!(
                k.get_ref().as_ref(),
                "definition" | "session" | "team" | "targets" | "action"
            )
        });
    Some(if is_definition {
        RawFile::Definition(Box::new(raw::read_definition(
            &mut reader,
            root,
            doc.span(),
            true,
        )))
    } else {
        RawFile::Session(Box::new(raw::read_session(&mut reader, root, doc.span())))
    })
}

/// A TOML syntax error in plain words, pointing at where the parser stopped.
fn syntax_error(source: &Source, err: &toml::de::Error) -> Diagnostic {
    let span = err.span().unwrap_or(0..0);
    let message = err.message().trim().trim_end_matches('.').to_string();
    let first = message.lines().next().unwrap_or("invalid TOML").to_string();
    let (line, _) = source.line_col(span.start);
    // The parser's own words stay as they are (English): they name the TOML detail.
    let text = source.line_text(line);
    if let Some((what, help)) = quote_mistake(text).or_else(|| value_mistake(text)) {
        let text = msg!("toml-syntax-detail", what = what, detail = first);
        return Diagnostic::error(Code::TomlSyntax, source, span, text).with_help(help);
    }
    let (text, help) = match plain_syntax(&first, source.line_text(line)) {
        Some((what, help)) => (
            msg!("toml-syntax-detail", what = msg!(what), detail = first),
            msg!(help),
        ),
        None => (msg!("toml-syntax", what = first), msg!("toml-syntax-help")),
    };
    Diagnostic::error(Code::TomlSyntax, source, span, text).with_help(help)
}

/// The catalogue ids of the TOML parser's message in plain words and of its hint;
/// `None` when there are no plainer words for it.
fn plain_syntax(message: &str, line: &str) -> Option<(&'static str, &'static str)> {
    let value = line.split_once('=').map(|(_, v)| v.trim());
    let ids = if message.contains("duplicate key") {
        ("syntax-duplicate-key", "syntax-duplicate-key-help")
    } else if message.contains("string values must be quoted") && value.is_some_and(str::is_empty) {
        ("syntax-missing-value", "syntax-missing-value-help")
    } else if message.contains("string values must be quoted") {
        ("syntax-unquoted", "syntax-unquoted-help")
    } else if message.contains("multi-line basic string")
        || message.contains("multi-line literal string")
    {
        ("syntax-multiline-open", "syntax-multiline-open-help")
    } else if message.contains("invalid basic string") {
        ("syntax-basic-open", "syntax-basic-open-help")
    } else if message.contains("invalid literal string") {
        ("syntax-literal-open", "syntax-literal-open-help")
    } else if message.contains("unclosed table") || message.contains("unclosed array of tables") {
        ("syntax-header-open", "syntax-header-open-help")
    } else if message.contains("unclosed array") {
        ("syntax-list-open", "syntax-list-open-help")
    } else if message.contains("unclosed inline table") {
        ("syntax-inline-open", "syntax-inline-open-help")
    } else if message.contains("keys cannot be empty") {
        ("syntax-key-missing", "syntax-key-missing-help")
    } else if message.contains("recurse") || message.contains("recursion") {
        ("syntax-too-deep", "syntax-too-deep-help")
    } else if message.contains("invalid date")
        || message.contains("invalid time")
        || message.contains("datetime")
    {
        ("syntax-date", "syntax-date-help")
    } else {
        return None;
    };
    Some(ids)
}

/// Mistakes new users make in a value that TOML rejects, with the fix written out:
/// a decimal comma (`score = 3,5`), a list without brackets (`votes = 3, 3, 4`) and a
/// date written day/month/year (`date = 13/11/2025`).
fn value_mistake(line: &str) -> Option<(crate::i18n::Msg, crate::i18n::Msg)> {
    let (key, value) = line.split_once('=')?;
    let key = key.trim();
    let value = value.split('#').next().unwrap_or("").trim();
    if key.is_empty()
        || !key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return None;
    }
    let number = |s: &str| !s.is_empty() && s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = value.split(',').collect();
    if parts.len() == 2 && key != "votes" && number(parts[0]) && number(parts[1]) {
        let whole = parts[0].trim_start_matches('0');
        let whole = if whole.is_empty() { "0" } else { whole };
        let (what, help) = if key == "score" {
            ("syntax-decimal-comma", "syntax-decimal-comma-score-help")
        } else {
            ("syntax-decimal-comma", "syntax-decimal-comma-help")
        };
        return Some((
            msg!(what),
            msg!(help, key = key, whole = whole, fraction = parts[1]),
        ));
    }
    if parts.len() >= 2 && parts.iter().all(|p| number(p.trim())) {
        let list = parts
            .iter()
            .map(|p| p.trim())
            .collect::<Vec<_>>()
            .join(", ");
        return Some((
            msg!("syntax-list-brackets"),
            msg!("syntax-list-brackets-help", key = key, list = list),
        ));
    }
    let date: Vec<&str> = value.split(['/', '-', '.']).collect();
    if date.len() == 3
        && date[0].len() <= 2
        && date[1].len() <= 2
        && date[2].len() == 4
        && date.iter().all(|p| number(p))
    {
        let iso = format!("{}-{:0>2}-{:0>2}", date[2], date[1], date[0]);
        return Some((
            msg!("syntax-date-order"),
            msg!("syntax-date-order-help", key = key, date = iso),
        ));
    }
    None
}

/// The tables a file may repeat with `[[…]]`.
const LIST_HEADERS: &[&str] = &["team", "action", "criterion", "criterion.item"];

/// The first `[[…]]` header, before byte `before`, whose name is a near miss of one
/// a file may repeat (`[[teams]]`, `[[Team]]`, `[[actions]]`), as an error at its
/// name. `exists` confirms the first part of the name is a key the parser saw, so a
/// line inside a multi-line text is not mistaken for a header.
fn misspelt_header(
    source: &Source,
    exists: impl Fn(&str) -> bool,
    before: usize,
) -> Option<Diagnostic> {
    let text = source.text.as_str();
    let starts = source.line_starts();
    for (n, &start) in starts.iter().enumerate() {
        if start > before {
            break;
        }
        // Only a line that starts (after its indent) with `[[` can be such a header:
        // that is looked at before the line is cut out of the text (an indent that is
        // not ASCII takes the long way).
        let rest = &text.as_bytes()[start..];
        let indent = rest
            .iter()
            .take_while(|b| b.is_ascii_whitespace() && **b != b'\n')
            .count();
        if rest.get(indent).is_some_and(|b| b.is_ascii()) && !rest[indent..].starts_with(b"[[") {
            continue;
        }
        let line = &text[start..starts.get(n + 1).copied().unwrap_or(text.len())];
        let trimmed = line.trim_start();
        let Some(rest) = trimmed.strip_prefix("[[") else {
            continue;
        };
        let Some((inside, _)) = rest.split_once("]]") else {
            continue;
        };
        let name = inside
            .split('.')
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(".");
        if LIST_HEADERS.contains(&name.as_str()) || !exists(name.split('.').next().unwrap_or("")) {
            continue;
        }
        let Some(suggestion) = did_you_mean(&name, LIST_HEADERS.iter().copied()) else {
            continue;
        };
        let at =
            start + (line.len() - trimmed.len()) + 2 + (inside.len() - inside.trim_start().len());
        let span = at..at + inside.trim().len();
        return Some(
            Diagnostic::error(
                Code::UnknownKey,
                source,
                span,
                msg!("misspelt-list-header", name = inside.trim()),
            )
            .with_help(msg!("misspelt-list-header-help", suggestion = suggestion)),
        );
    }
    None
}

/// A quote inside a text that the same quote closes: `text = "we said "hello""` or
/// `text = 'the parents' evening'`, with the fix written out.
fn quote_mistake(line: &str) -> Option<(crate::i18n::Msg, crate::i18n::Msg)> {
    let (key, value) = line.split_once('=')?;
    let key = key.trim();
    if key.is_empty()
        || !key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return None;
    }
    let value = value.trim();
    let quote = value.chars().next().filter(|q| matches!(q, '"' | '\''))?;
    if value.len() < 2
        || !value.ends_with(quote)
        || value.starts_with(r#"""""#)
        || value.starts_with("'''")
    {
        return None;
    }
    let inner = &value[1..value.len() - 1];
    // Long texts get the fix in outline, so the hint stays one readable line.
    let short = inner.chars().count() <= 60;
    if quote == '"' {
        let mut escaped = String::new();
        let mut found = false;
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    escaped.push(c);
                    escaped.extend(chars.next());
                }
                '"' => {
                    found = true;
                    escaped.push_str(r#"\""#);
                }
                c => escaped.push(c),
            }
        }
        if !found {
            return None;
        }
        let (escaped, triple) = if short && !inner.contains(r#"""""#) && !inner.ends_with('"') {
            (
                format!(r#"{key} = "{escaped}""#),
                format!(r#"{key} = """{inner}""""#),
            )
        } else {
            (
                format!(r#"{key} = "… \"…\" …""#),
                format!(r#"{key} = """… "…" …""""#),
            )
        };
        return Some((
            msg!("syntax-quote-inside"),
            msg!(
                "syntax-quote-inside-help",
                escaped = escaped,
                triple = triple
            ),
        ));
    }
    if !inner.contains('\'') {
        return None;
    }
    let fixed = if short {
        format!("{key} = {}", crate::toml_layout::basic_string(inner))
    } else {
        format!(r#"{key} = "… '…' …""#)
    };
    Some((
        msg!("syntax-apostrophe-inside"),
        msg!("syntax-apostrophe-inside-help", fixed = fixed),
    ))
}

/// Where the first byte below a space stands that is not a tab, a line feed or the
/// carriage return of a CR LF. Every file is read through this, so it looks at blocks
/// of 32 bytes with a test the compiler can run on all of them at once, and at single
/// bytes only in a block that holds a suspect (a carriage return, say).
fn first_control(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 32;
    let allowed_here = |i: usize| {
        let b = bytes[i];
        b >= 0x20 || b == b'\t' || b == b'\n' || (b == b'\r' && bytes.get(i + 1) == Some(&b'\n'))
    };
    let blocks = bytes.chunks_exact(BLOCK);
    let tail = blocks.remainder().len();
    for (n, block) in blocks.enumerate() {
        let suspect = block.iter().fold(false, |any, &b| {
            any | ((b < 0x20) & (b != b'\t') & (b != b'\n'))
        });
        if suspect {
            let start = n * BLOCK;
            if let Some(i) = (start..start + BLOCK).find(|&i| !allowed_here(i)) {
                return Some(i);
            }
        }
    }
    (bytes.len() - tail..bytes.len()).find(|&i| !allowed_here(i))
}

/// The first control character TOML does not allow (anything below a space but a tab
/// and a line break), named, at its place. A file of nothing but a form feed
/// is not empty: it holds one.
fn control_character(source: &Source) -> Option<Diagnostic> {
    let bytes = source.text.as_bytes();
    let at = first_control(bytes)?;
    let byte = bytes[at];
    let name = match byte {
        0x0c => "control-form-feed",
        0x0b => "control-vertical-tab",
        0x08 => "control-backspace",
        0x1b => "control-escape",
        b'\r' => "control-carriage-return",
        _ => "control-other",
    };
    let (line, column) = source.line_col(at);
    Some(
        Diagnostic::error(
            Code::ControlCharacter,
            source,
            at..at + 1,
            msg!(
                "control-character",
                name = msg!(name),
                code = format!("U+{byte:04X}"),
                line = line,
                column = column
            ),
        )
        .with_help(msg!("control-character-help")),
    )
}

#[cfg(test)]
mod tests {
    use super::first_control;
    use proptest::prelude::*;

    /// The rule, one byte at a time.
    fn by_byte(bytes: &[u8]) -> Option<usize> {
        bytes.iter().enumerate().position(|(i, &b)| {
            b < 0x20
                && b != b'\t'
                && b != b'\n'
                && !(b == b'\r' && bytes.get(i + 1) == Some(&b'\n'))
        })
    }

    #[test]
    fn blocks_and_their_edges() {
        let line = "naam = \"De Regenboog\"\t# een opmerking\r\n".repeat(5);
        assert_eq!(first_control(line.as_bytes()), None);
        for at in [0, 1, 31, 32, 33, 63, 64, 100, line.len() - 1, line.len()] {
            for bad in [0x00u8, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, b'\r'] {
                let mut bytes = line.clone().into_bytes();
                bytes.insert(at, bad);
                // A CR put before the LF of a CR LF, or a lone CR before a CR LF's CR.
                assert_eq!(first_control(&bytes), by_byte(&bytes), "{bad:#x} at {at}");
                assert!(by_byte(&bytes).is_some_and(|i| i <= at + 1));
            }
        }
        // Blocks of nothing but spaces, tabs and line feeds, with one control character.
        for filler in [" ", "\t", "\n", " \t\n"] {
            let mut bytes = filler.repeat(40).into_bytes();
            bytes.insert(37, 0x0c);
            assert_eq!(first_control(&bytes), Some(37), "{filler:?}");
        }
        // A CR at the very end has no LF after it.
        assert_eq!(
            first_control(&[b' '; 64].iter().chain(b"\r").copied().collect::<Vec<_>>()),
            Some(64)
        );
        assert_eq!(first_control(b""), None);
    }

    proptest::proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn blocks_find_what_single_bytes_find(
            bytes in proptest::collection::vec(
                prop_oneof![
                    8 => 0x20u8..0x7f,
                    2 => Just(b'\n'),
                    1 => Just(b'\t'),
                    2 => Just(b'\r'),
                    1 => 0u8..0x20,
                    1 => 0x80u8..=0xff,
                ],
                0..300,
            )
        ) {
            prop_assert_eq!(first_control(&bytes), by_byte(&bytes));
        }
    }
}

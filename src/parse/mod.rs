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

use crate::diag::{Code, Diagnostic};
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
    let doc = match DeTable::parse(&source.text) {
        Ok(doc) => doc,
        Err(err) => {
            diags.push(syntax_error(source, &err));
            return None;
        }
    };
    let mut reader = Reader::new(source, diags);
    let root = doc.get_ref();
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

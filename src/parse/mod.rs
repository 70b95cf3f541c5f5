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

use crate::diag::Diagnostic;
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
    let help = syntax_hint(&first, source, &span);
    Diagnostic::error(
        "toml-syntax",
        source,
        span,
        format!("this is not valid TOML: {first}"),
    )
    .with_help(help)
}

fn syntax_hint(message: &str, source: &Source, span: &std::ops::Range<usize>) -> String {
    let line = source.line_text(source.line_col(span.start).0);
    if message.contains("duplicate key") {
        "each key may appear only once in a table; remove or rename one of them".into()
    } else if message.contains("invalid string") || message.contains("unterminated") {
        "text must stand between double quotes, like \"text\"; use \"\"\" … \"\"\" for text over several lines".into()
    } else if line.contains('=')
        && !line.contains('"')
        && line
            .split('=')
            .nth(1)
            .is_some_and(|v| v.trim().chars().any(char::is_alphabetic))
    {
        "text values need double quotes, like `name = \"Kinderopvang De Regenboog\"`".into()
    } else {
        "check the quotes, brackets and `=` signs on this line and the one before it".into()
    }
}

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
    let (what, help) = plain_syntax(&first, source.line_text(line));
    Diagnostic::error(
        Code::TomlSyntax,
        source,
        span,
        format!("this is not valid TOML: {what}"),
    )
    .with_help(help)
}

/// The TOML parser's message in plain words, and a hint.
fn plain_syntax(message: &str, line: &str) -> (String, String) {
    let value = line.split_once('=').map(|(_, v)| v.trim());
    let check = "check the quotes, brackets and `=` signs on this line and the one before it";
    let (what, help): (&str, &str) = if message.contains("duplicate key") {
        (
            "a key is written twice in the same table",
            "each key may appear only once in a table; remove or rename one of them",
        )
    } else if message.contains("string values must be quoted") && value.is_some_and(str::is_empty) {
        (
            "a value is missing after `=`",
            "write a value, like `score = 3` or `text = \"…\"`, or remove the line (a `#` in front makes it a comment)",
        )
    } else if message.contains("string values must be quoted") {
        (
            "text must stand between double quotes",
            "write it like `name = \"Kinderopvang De Regenboog\"`",
        )
    } else if message.contains("multi-line basic string")
        || message.contains("multi-line literal string")
    {
        (
            "a text that spans several lines is not closed",
            "end it with `\"\"\"` on a line of its own",
        )
    } else if message.contains("invalid basic string") {
        (
            "this text has no closing double quote",
            "end the text with `\"`; for text over several lines use `\"\"\"` … `\"\"\"`",
        )
    } else if message.contains("invalid literal string") {
        (
            "this text has no closing single quote",
            "end the text with `'`, or use double quotes: `\"…\"`",
        )
    } else if message.contains("unclosed table") || message.contains("unclosed array of tables") {
        (
            "this table header has no closing bracket",
            "write it like `[session]` or `[[team]]`",
        )
    } else if message.contains("unclosed array") {
        (
            "this list has no closing `]`",
            "a list looks like `[2, 3, 3, 4]` or `[\"a\", \"b\"]`; it may span lines but needs its `]`",
        )
    } else if message.contains("unclosed inline table") {
        (
            "this `{ … }` table has no closing `}`",
            "write an inline table on one line, like `A1 = { score = 3 }`",
        )
    } else if message.contains("keys cannot be empty") {
        (
            "a key is missing before `=`",
            "write the name of the setting before `=`, like `score = 3`",
        )
    } else if message.contains("recurse") || message.contains("recursion") {
        (
            "the lists or tables are nested too deeply",
            "a scan file needs no more than a few levels of nesting",
        )
    } else if message.contains("invalid date")
        || message.contains("invalid time")
        || message.contains("datetime")
    {
        (
            "this date is not valid",
            "write a date as year-month-day, like `date = 2026-11-20`",
        )
    } else {
        (message, check)
    };
    let what = if what == message {
        what.to_string()
    } else {
        format!("{what} ({message})")
    };
    (what, help.to_string())
}

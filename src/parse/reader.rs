//! Typed, spanned access to a parsed TOML table that reports, rather than stops at,
//! unknown keys and values of the wrong type.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, did_you_mean};
use crate::source::Source;

/// A value with the byte span it was written at.
#[derive(Debug, Clone, PartialEq)]
pub struct Sp<T> {
    pub value: T,
    pub span: Range<usize>,
}

impl<T> Sp<T> {
    pub fn new(value: T, span: Range<usize>) -> Self {
        Sp { value, span }
    }
}

pub type Value<'i> = Spanned<DeValue<'i>>;

pub struct Reader<'a> {
    pub source: &'a Source,
    pub diags: &'a mut Vec<Diagnostic>,
}

/// The keys of one table, handed out one by one; what is left over is unknown.
pub struct Fields<'t, 'i> {
    table: &'t DeTable<'i>,
    /// Where the table starts, for "missing key" messages.
    pub span: Range<usize>,
    /// "answer A1", "[session]": how messages name this table.
    pub what: String,
    known: &'static [&'static str],
}

impl<'t, 'i> Fields<'t, 'i> {
    pub fn get(&self, key: &str) -> Option<&'t Value<'i>> {
        debug_assert!(self.known.contains(&key), "{key} not declared");
        self.table.get(key)
    }

    /// The key's own span (for messages about the key rather than its value).
    pub fn key_span(&self, key: &str) -> Option<Range<usize>> {
        self.table.get_key_value(key).map(|(k, _)| k.span())
    }

    pub fn entries(
        &self,
    ) -> impl Iterator<Item = (&'t Spanned<std::borrow::Cow<'i, str>>, &'t Value<'i>)> {
        self.table.iter()
    }
}

/// The TOML type of a value, in words.
pub fn type_name(v: &DeValue) -> &'static str {
    match v {
        DeValue::String(_) => "text",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(a) if a.iter().any(|v| v.get_ref().is_table()) => "a list of tables",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// Keys that only a file's top level has, not any table in it.
const TOP_LEVEL_ONLY: &[&str] = &["definition"];

impl<'a> Reader<'a> {
    pub fn new(source: &'a Source, diags: &'a mut Vec<Diagnostic>) -> Self {
        Reader { source, diags }
    }

    pub fn error(
        &mut self,
        code: &'static str,
        span: Range<usize>,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        let d = Diagnostic::error(code, self.source, span, message).with_help_opt(help);
        self.diags.push(d);
    }

    /// Opens a table, reporting every key not in `known`.
    pub fn fields<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        span: Range<usize>,
        what: impl Into<String>,
        known: &'static [&'static str],
    ) -> Fields<'t, 'i> {
        let what = what.into();
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if !known.contains(&name) {
                let help = match did_you_mean(name, known.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    // In TOML a key below a `[header]` belongs to that table: a file's
                    // own keys must come before the first header.
                    None if TOP_LEVEL_ONLY.contains(&name) => format!(
                        "`{name}` belongs at the top of the file, above the first `[…]` header; where it stands now it is read as part of {what}"
                    ),
                    None => format!("the keys allowed here are: {}", list(known)),
                };
                self.error(
                    "unknown-key",
                    key.span(),
                    format!("unknown key `{}` in {what}", printable_key(name)),
                    Some(help),
                );
            }
        }
        Fields {
            table,
            span,
            what,
            known,
        }
    }

    /// Like [`Reader::fields`], for a table whose unknown keys were reported already.
    pub fn fields_unchecked<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        span: Range<usize>,
        what: impl Into<String>,
        known: &'static [&'static str],
    ) -> Fields<'t, 'i> {
        Fields {
            table,
            span,
            what: what.into(),
            known,
        }
    }

    fn wrong_type(&mut self, v: &Value, key: &str, what: &str, expected: &str, example: &str) {
        self.error(
            "wrong-type",
            v.span(),
            format!(
                "`{key}` in {what} must be {expected}, not {}",
                type_name(v.get_ref())
            ),
            Some(format!("write it like `{key} = {example}`")),
        );
    }

    pub fn required<T>(
        &mut self,
        f: &Fields,
        key: &str,
        value: Option<T>,
        example: &str,
    ) -> Option<T> {
        if value.is_none() && f.get(key).is_none() {
            self.error(
                "missing-key",
                f.span.start..f.span.start,
                format!("{} has no `{key}`", f.what),
                Some(format!("add `{key} = {example}`")),
            );
        }
        value
    }

    pub fn string(&mut self, f: &Fields, key: &str) -> Option<Sp<String>> {
        let v = f.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(Sp::new(text(s), v.span())),
            _ => {
                self.wrong_type(v, key, &f.what, "text between quotes", "\"…\"");
                None
            }
        }
    }

    /// A string that must not be empty or only spaces.
    pub fn text(&mut self, f: &Fields, key: &str) -> Option<Sp<String>> {
        let s = self.string(f, key)?;
        if s.value.trim().is_empty() {
            self.error(
                "empty-text",
                s.span.clone(),
                format!("`{key}` in {} is empty", f.what),
                Some(format!("write something in `{key}`, or leave the key out")),
            );
            return None;
        }
        Some(s)
    }

    pub fn bool(&mut self, f: &Fields, key: &str) -> Option<Sp<bool>> {
        let v = f.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(Sp::new(*b, v.span())),
            _ => {
                self.wrong_type(v, key, &f.what, "true or false (without quotes)", "true");
                None
            }
        }
    }

    pub fn integer(&mut self, f: &Fields, key: &str, example: &str) -> Option<Sp<i64>> {
        let v = f.get(key)?;
        self.integer_value(v, key, &f.what, example, false)
    }

    /// A whole number, on its own (`score = 3`) or as an entry of a list (`votes = [2, 3]`):
    /// the message and the fix it suggests differ, since a list entry is not `key = value`.
    fn integer_value(
        &mut self,
        v: &Value,
        key: &str,
        what: &str,
        example: &str,
        in_list: bool,
    ) -> Option<Sp<i64>> {
        let subject = if in_list {
            format!("an entry of `{key}` in {what}")
        } else {
            format!("`{key}` in {what}")
        };
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(Sp::new(n, v.span())),
                Err(e) => {
                    let problem = match e.kind() {
                        std::num::IntErrorKind::PosOverflow
                        | std::num::IntErrorKind::NegOverflow => "is too large a number",
                        _ => "is not a valid number",
                    };
                    self.error(
                        "wrong-type",
                        v.span(),
                        format!("{subject} {problem}"),
                        Some(format!(
                            "write a whole number with the digits 0–9, like `{key} = {example}`"
                        )),
                    );
                    None
                }
            },
            DeValue::Float(_) => {
                self.error(
                    "wrong-type",
                    v.span(),
                    format!("{subject} must be a whole number, not a decimal number"),
                    Some(format!(
                        "scores are whole numbers, like `{key} = {example}`"
                    )),
                );
                None
            }
            DeValue::String(s) if s.trim().parse::<i64>().is_ok() => {
                let hint = if in_list {
                    format!("remove the quotes around {}", s.trim())
                } else {
                    format!("remove the quotes: `{key} = {}`", s.trim())
                };
                self.error(
                    "wrong-type",
                    v.span(),
                    format!("{subject} must be a number, not text"),
                    Some(hint),
                );
                None
            }
            _ if in_list => {
                self.error(
                    "wrong-type",
                    v.span(),
                    format!(
                        "{subject} must be a whole number, not {}",
                        type_name(v.get_ref())
                    ),
                    Some(format!(
                        "a list of whole numbers looks like `{key} = {example}`"
                    )),
                );
                None
            }
            _ => {
                self.wrong_type(v, key, what, "a whole number", example);
                None
            }
        }
    }

    /// A whole or decimal number.
    pub fn number(&mut self, v: &Value, key: &str, what: &str) -> Option<Sp<f64>> {
        match v.get_ref() {
            DeValue::Float(x) => match x.as_str().replace('_', "").parse::<f64>() {
                Ok(n) if n.is_finite() => Some(Sp::new(n, v.span())),
                _ => {
                    self.error(
                        "wrong-type",
                        v.span(),
                        format!("`{key}` in {what} must be a finite number"),
                        Some(format!("write a number like `{key} = 3` or `{key} = 3.5`")),
                    );
                    None
                }
            },
            _ => self
                .integer_value(v, key, what, "3", false)
                .map(|n| Sp::new(n.value as f64, n.span)),
        }
    }

    /// A local date (`2026-11-20`), kept as its text.
    pub fn date(&mut self, f: &Fields, key: &str) -> Option<Sp<String>> {
        let v = f.get(key)?;
        match v.get_ref() {
            DeValue::Datetime(d) if d.date.is_some() && d.time.is_none() && d.offset.is_none() => {
                Some(Sp::new(d.to_string(), v.span()))
            }
            DeValue::String(s) => {
                let hint = if looks_like_date(s) {
                    format!("remove the quotes: `{key} = {s}`")
                } else {
                    format!(
                        "write a date as year-month-day without quotes, like `{key} = 2026-11-20`"
                    )
                };
                self.error(
                    "wrong-type",
                    v.span(),
                    format!("`{key}` in {} must be a date, not text", f.what),
                    Some(hint),
                );
                None
            }
            _ => {
                self.wrong_type(v, key, &f.what, "a date (year-month-day)", "2026-11-20");
                None
            }
        }
    }

    pub fn string_list(&mut self, f: &Fields, key: &str) -> Option<Vec<Sp<String>>> {
        let v = f.get(key)?;
        let DeValue::Array(items) = v.get_ref() else {
            if let DeValue::String(s) = v.get_ref() {
                self.error(
                    "wrong-type",
                    v.span(),
                    format!(
                        "`{key}` in {} must be a list of texts, not a single text",
                        f.what
                    ),
                    Some(format!(
                        "put it between square brackets: `{key} = [\"{}\"]`",
                        s.escape_default()
                    )),
                );
            } else {
                self.wrong_type(v, key, &f.what, "a list of texts", "[\"…\", \"…\"]");
            }
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(Sp::new(text(s), item.span())),
                other => self.error(
                    "wrong-type",
                    item.span(),
                    format!(
                        "every entry of `{key}` in {} must be text, not {}",
                        f.what,
                        type_name(other)
                    ),
                    Some("put each entry between double quotes".into()),
                ),
            }
        }
        Some(out)
    }

    pub fn integer_list(&mut self, f: &Fields, key: &str) -> Option<Vec<Sp<i64>>> {
        let v = f.get(key)?;
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(v, key, &f.what, "a list of whole numbers", "[2, 3, 3, 4]");
            return None;
        };
        let what = f.what.clone();
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            if let Some(n) = self.integer_value(item, key, &what, "[2, 3, 3, 4]", true) {
                out.push(n);
            }
        }
        Some(out)
    }

    /// A sub-table, e.g. `[session]` or `[team.answers.A1]`.
    pub fn table<'t, 'i>(
        &mut self,
        v: &'t Value<'i>,
        key: &str,
        what: &str,
    ) -> Option<&'t DeTable<'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Some(t),
            other => {
                self.error(
                    "wrong-type",
                    v.span(),
                    format!(
                        "`{key}` in {what} must be a table, not {}",
                        type_name(other)
                    ),
                    Some(format!("start it with a header line like `[{key}]`")),
                );
                None
            }
        }
    }

    /// An array of tables, e.g. `[[team]]`. A single table is accepted as a list of one.
    pub fn tables<'t, 'i>(
        &mut self,
        v: &'t Value<'i>,
        key: &str,
        what: &str,
    ) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        match v.get_ref() {
            DeValue::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::Table(t) => out.push((t, item.span())),
                        other => self.error(
                            "wrong-type",
                            item.span(),
                            format!(
                                "every `{key}` in {what} must be a table, not {}",
                                type_name(other)
                            ),
                            Some(format!("write each one under its own `[[{key}]]` header")),
                        ),
                    }
                }
                out
            }
            other => {
                self.error(
                    "wrong-type",
                    v.span(),
                    format!(
                        "`{key}` in {what} must be a list of tables, not {}",
                        type_name(other)
                    ),
                    Some(format!(
                        "write each one under its own `[[{key}]]` header (two square brackets)"
                    )),
                );
                Vec::new()
            }
        }
    }
}

fn looks_like_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars().filter(char::is_ascii_digit).count() == 8
}

/// Keys are shown in messages; keep control characters from garbling the terminal.
pub fn printable_key(key: &str) -> String {
    key.chars()
        .flat_map(char::escape_debug)
        .collect::<String>()
        .replace("\\'", "'")
}

/// "`a`, `b` and `c`"
pub fn list(items: &[&str]) -> String {
    join_quoted(items, "and")
}

/// "`a`, `b` or `c`"
pub fn list_or(items: &[&str]) -> String {
    join_quoted(items, "or")
}

fn join_quoted(items: &[&str], last_word: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {last_word} {last}", rest.join(", ")),
    }
}

/// A text value as the rest of scan sees it: every line ending (CRLF, or a lone CR,
/// which Markdown and browsers treat as a line break but Rust's `lines()` does not)
/// becomes LF, once, here where values are read.
pub fn text(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

//! Typed, spanned access to a parsed TOML table that reports, rather than stops at,
//! unknown keys and values of the wrong type.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Code, Diagnostic, did_you_mean};
use crate::i18n::{Msg, Val};
use crate::msg;
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
    pub what: Msg,
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
pub fn type_name(v: &DeValue) -> Val {
    let id = match v {
        DeValue::String(_) => "kind-text",
        DeValue::Integer(_) => "kind-whole-number",
        DeValue::Float(_) => "kind-decimal-number",
        DeValue::Boolean(_) => "kind-true-false",
        DeValue::Datetime(_) => "kind-date",
        DeValue::Array(a) if a.iter().any(|v| v.get_ref().is_table()) => "kind-list-of-tables",
        DeValue::Array(_) => "kind-list",
        DeValue::Table(_) => "kind-table",
    };
    Val::from(msg!(id))
}

/// Keys that only a file's top level has, not any table in it.
const TOP_LEVEL_ONLY: &[&str] = &["definition"];

impl<'a> Reader<'a> {
    pub fn new(source: &'a Source, diags: &'a mut Vec<Diagnostic>) -> Self {
        Reader { source, diags }
    }

    pub fn error(
        &mut self,
        code: Code,
        span: Range<usize>,
        message: impl Into<crate::i18n::Msg>,
        help: Option<impl Into<crate::i18n::Msg>>,
    ) {
        let d =
            Diagnostic::error(code, self.source, span, message).with_help_opt(help.map(Into::into));
        self.diags.push(d);
    }

    /// Opens a table, reporting every key not in `known`.
    pub fn fields<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        span: Range<usize>,
        what: impl Into<Msg>,
        known: &'static [&'static str],
    ) -> Fields<'t, 'i> {
        let what = what.into();
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if !known.contains(&name) {
                let help = match did_you_mean(name, known.iter().copied()) {
                    Some(s) => msg!("did-you-mean", suggestion = s),
                    // In TOML a key below a `[header]` belongs to that table: a file's
                    // own keys must come before the first header.
                    None if TOP_LEVEL_ONLY.contains(&name) => {
                        msg!("unknown-key-top-level", key = name, what = &what)
                    }
                    None => msg!("unknown-key-allowed", keys = Val::and(known)),
                };
                self.error(
                    Code::UnknownKey,
                    key.span(),
                    msg!("unknown-key", key = printable_key(name), what = &what),
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
        what: impl Into<Msg>,
        known: &'static [&'static str],
    ) -> Fields<'t, 'i> {
        Fields {
            table,
            span,
            what: what.into(),
            known,
        }
    }

    fn wrong_type(
        &mut self,
        v: &Value,
        key: &str,
        what: &Msg,
        expected: &'static str,
        example: &str,
    ) {
        self.error(
            Code::WrongType,
            v.span(),
            msg!(
                "wrong-type",
                key = key,
                what = what,
                expected = msg!(expected),
                found = type_name(v.get_ref())
            ),
            Some(msg!("wrong-type-help", key = key, example = example)),
        );
    }

    pub fn required<T>(
        &mut self,
        f: &Fields,
        key: &str,
        value: Option<T>,
        example: impl Into<Val>,
    ) -> Option<T> {
        if value.is_none() && f.get(key).is_none() {
            self.error(
                Code::MissingKey,
                f.span.start..f.span.start,
                msg!("missing-key", what = &f.what, key = key),
                Some(Msg::Id(
                    "missing-key-help",
                    vec![("key", key.into()), ("example", example.into())],
                )),
            );
        }
        value
    }

    pub fn string(&mut self, f: &Fields, key: &str) -> Option<Sp<String>> {
        let v = f.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(Sp::new(text(s), v.span())),
            _ => {
                self.wrong_type(v, key, &f.what, "expected-text", "\"…\"");
                None
            }
        }
    }

    /// A string that must not be empty or only spaces.
    pub fn text(&mut self, f: &Fields, key: &str) -> Option<Sp<String>> {
        let s = self.string(f, key)?;
        if s.value.trim().is_empty() {
            self.error(
                Code::EmptyText,
                s.span.clone(),
                msg!("empty-text", key = key, what = &f.what),
                Some(msg!("empty-text-help", key = key)),
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
                self.wrong_type(v, key, &f.what, "expected-true-false", "true");
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
        what: &Msg,
        example: &str,
        in_list: bool,
    ) -> Option<Sp<i64>> {
        // Made only for a message: every vote of every team passes here.
        let subject = || {
            if in_list {
                msg!("subject-entry", key = key, what = what)
            } else {
                msg!("subject-key", key = key, what = what)
            }
        };
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(Sp::new(n, v.span())),
                Err(e) => {
                    let problem = match e.kind() {
                        std::num::IntErrorKind::PosOverflow
                        | std::num::IntErrorKind::NegOverflow => "number-too-large",
                        _ => "number-invalid",
                    };
                    self.error(
                        Code::WrongType,
                        v.span(),
                        msg!(problem, subject = subject()),
                        Some(msg!("number-digits-help", key = key, example = example)),
                    );
                    None
                }
            },
            DeValue::Float(_) => {
                self.error(
                    Code::WrongType,
                    v.span(),
                    msg!("number-not-decimal", subject = subject()),
                    Some(msg!(
                        "number-not-decimal-help",
                        key = key,
                        example = example
                    )),
                );
                None
            }
            DeValue::String(s) if s.trim().parse::<i64>().is_ok() => {
                let hint = if in_list {
                    msg!("remove-quotes-around", value = s.trim())
                } else {
                    msg!("remove-quotes", key = key, value = s.trim())
                };
                self.error(
                    Code::WrongType,
                    v.span(),
                    msg!("number-not-text", subject = subject()),
                    Some(hint),
                );
                None
            }
            _ if in_list => {
                self.error(
                    Code::WrongType,
                    v.span(),
                    msg!(
                        "entry-not-whole-number",
                        subject = subject(),
                        found = type_name(v.get_ref())
                    ),
                    Some(msg!(
                        "entry-not-whole-number-help",
                        key = key,
                        example = example
                    )),
                );
                None
            }
            _ => {
                self.wrong_type(v, key, what, "expected-whole-number", example);
                None
            }
        }
    }

    /// A whole or decimal number.
    pub fn number(&mut self, v: &Value, key: &str, what: &Msg) -> Option<Sp<f64>> {
        match v.get_ref() {
            DeValue::Float(x) => match x.as_str().replace('_', "").parse::<f64>() {
                Ok(n) if n.is_finite() => Some(Sp::new(n, v.span())),
                _ => {
                    self.error(
                        Code::WrongType,
                        v.span(),
                        msg!("number-not-finite", key = key, what = what),
                        Some(msg!("number-not-finite-help", key = key)),
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
                    msg!("remove-quotes", key = key, value = s.as_ref())
                } else {
                    msg!("date-help", key = key)
                };
                self.error(
                    Code::WrongType,
                    v.span(),
                    msg!("date-not-text", key = key, what = &f.what),
                    Some(hint),
                );
                None
            }
            _ => {
                self.wrong_type(v, key, &f.what, "expected-date", "2026-11-20");
                None
            }
        }
    }

    pub fn string_list(&mut self, f: &Fields, key: &str) -> Option<Vec<Sp<String>>> {
        let v = f.get(key)?;
        let DeValue::Array(items) = v.get_ref() else {
            if let DeValue::String(s) = v.get_ref() {
                self.error(
                    Code::WrongType,
                    v.span(),
                    msg!("list-not-single-text", key = key, what = &f.what),
                    Some(msg!(
                        "list-not-single-text-help",
                        key = key,
                        list = texts_of(s)
                    )),
                );
            } else {
                self.wrong_type(v, key, &f.what, "expected-list-of-texts", "[\"…\", \"…\"]");
            }
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(Sp::new(text(s), item.span())),
                other => self.error(
                    Code::WrongType,
                    item.span(),
                    msg!(
                        "list-entry-not-text",
                        key = key,
                        what = &f.what,
                        found = type_name(other)
                    ),
                    Some(msg!("list-entry-not-text-help")),
                ),
            }
        }
        Some(out)
    }

    pub fn integer_list(&mut self, f: &Fields, key: &str) -> Option<Vec<Sp<i64>>> {
        let v = f.get(key)?;
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(
                v,
                key,
                &f.what,
                "expected-list-of-whole-numbers",
                "[2, 3, 3, 4]",
            );
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            if let Some(n) = self.integer_value(item, key, &f.what, "[2, 3, 3, 4]", true) {
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
        what: &Msg,
    ) -> Option<&'t DeTable<'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Some(t),
            other => {
                self.error(
                    Code::WrongType,
                    v.span(),
                    msg!(
                        "table-not",
                        key = key,
                        what = what,
                        found = type_name(other)
                    ),
                    Some(msg!("table-not-help", key = key)),
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
        what: &Msg,
    ) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        match v.get_ref() {
            DeValue::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::Table(t) => out.push((t, item.span())),
                        other => self.error(
                            Code::WrongType,
                            item.span(),
                            msg!(
                                "tables-entry-not",
                                key = key,
                                what = what,
                                found = type_name(other)
                            ),
                            Some(msg!("tables-entry-not-help", key = key)),
                        ),
                    }
                }
                out
            }
            other => {
                self.error(
                    Code::WrongType,
                    v.span(),
                    msg!(
                        "tables-not",
                        key = key,
                        what = what,
                        found = type_name(other)
                    ),
                    Some(msg!("tables-not-help", key = key)),
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

/// `"koffieochtend, welkomstgesprek"` as the list it was meant to be:
/// `"koffieochtend", "welkomstgesprek"` (each part a TOML text).
fn texts_of(s: &str) -> String {
    let parts: Vec<String> = s
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(crate::toml_layout::basic_string)
        .collect();
    if parts.is_empty() {
        crate::toml_layout::basic_string(s)
    } else {
        parts.join(", ")
    }
}

//! Raw → checked model. The only bridge between what the user wrote and what the rest
//! of `scan` works with: every rule of the format that is not a matter of TOML types
//! lives here, and every broken rule becomes a diagnostic. Validation never stops at
//! the first problem; it returns a model only when there was no error.
//!
//! The parts follow the format: [`definition`] checks a definition (its `[scan]`,
//! scale, types and criteria); [`session`] checks a session file, through `team` (a
//! team, its type and role, and how complete its answers are), `answer` (one answer),
//! `targets` and `actions`.

mod actions;
mod answer;
mod definition;
mod session;
mod targets;
mod team;

pub use definition::definition;
pub use session::session;

use std::ops::Range;

use crate::diag::Diagnostic;
use crate::model::{Definition, Scale};
use crate::parse::Sp;
use crate::source::Source;

/// Collects the diagnostics of one file and counts its errors.
struct Check<'a> {
    source: &'a Source,
    diags: &'a mut Vec<Diagnostic>,
    errors: usize,
}

impl Check<'_> {
    fn error(
        &mut self,
        code: crate::diag::Code,
        span: Range<usize>,
        message: crate::i18n::Msg,
        help: impl Into<Option<crate::i18n::Msg>>,
    ) {
        self.errors += 1;
        self.diags
            .push(Diagnostic::error(code, self.source, span, message).with_help_opt(help.into()));
    }

    fn warning(
        &mut self,
        code: crate::diag::Code,
        span: Range<usize>,
        message: crate::i18n::Msg,
        help: impl Into<Option<crate::i18n::Msg>>,
    ) {
        self.diags
            .push(Diagnostic::warning(code, self.source, span, message).with_help_opt(help.into()));
    }
}

/// What a session is checked against: the definition and its codes.
struct Known<'a> {
    def: &'a Definition,
    /// Item codes, in definition order.
    items: Vec<&'a str>,
    /// Criterion codes, in definition order.
    criteria: Vec<&'a str>,
}

impl<'a> Known<'a> {
    fn new(def: &'a Definition) -> Self {
        Known {
            def,
            items: def.items().map(|i| i.code.as_str()).collect(),
            criteria: def.criteria.iter().map(|c| c.code.as_str()).collect(),
        }
    }

    /// Every code a target or an action may name: criteria, then items.
    fn all_codes(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.criteria.iter().chain(self.items.iter()).copied()
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A valid id close to what the user wrote: `Bieb_Scan` → `bieb-scan`.
fn suggest_id(id: &str) -> String {
    let dashed: String = id
        .to_lowercase()
        .chars()
        .map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '-' })
        .collect();
    dashed.trim_matches('-').to_string()
}

fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 32
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_')
}

fn valid_language(lang: &str) -> bool {
    let mut parts = lang.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn text(v: &Option<Sp<String>>) -> Option<String> {
    v.as_ref().map(|s| s.value.clone())
}

/// "1 Nog niet, 2 In ontwikkeling, …"
/// The scale's labels after their numbers, ` (1 Nog niet, 2 …)`; nothing when the labels
/// only repeat the numbers (a 0–10 scale), which would say everything twice.
fn scale_words(scale: &Scale) -> String {
    let numbered = scale
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| (scale.min + i as i64, l));
    if numbered.clone().all(|(v, l)| *l == v.to_string()) {
        return String::new();
    }
    let words: Vec<String> = numbered.map(|(v, l)| format!("{v} {l}")).collect();
    format!(" ({})", words.join(", "))
}

/// "A1 … E3" for long lists, every code for short ones ("`A1`, `A2` and `A3`").
fn item_range(codes: &[&str]) -> crate::i18n::Val {
    match codes {
        [first, .., last] if codes.len() > 8 => format!("{first} … {last}").into(),
        _ => crate::i18n::Val::and(codes),
    }
}

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

/// The hint for a code the definition does not have (`C6`, `D7`): a code that exists
/// and is close in both letter and number (`C5` for `C6`, `A1` for `a01`), or else the
/// items of the criterion its letter names. `None` when the letter names no criterion
/// (the caller lists every code). Codes that are not a letter and a number get the
/// usual near miss. `criteria_too`: the code may also name a criterion (targets,
/// actions).
fn code_help(known: &Known, word: &str, criteria_too: bool) -> Option<crate::i18n::Msg> {
    use crate::diag::did_you_mean;
    use crate::msg;
    let word = word.trim();
    let exact = known
        .all_codes()
        .filter(|c| criteria_too || known.items.contains(c))
        .find(|c| c.eq_ignore_ascii_case(word));
    if let Some(code) = exact {
        return Some(msg!("did-you-mean", suggestion = code));
    }
    let Some((letter, number)) = letter_number(word) else {
        let candidates = known
            .all_codes()
            .filter(|c| criteria_too || known.items.contains(c));
        return did_you_mean(word, candidates).map(|s| msg!("did-you-mean", suggestion = s));
    };
    let criterion = known
        .def
        .criteria
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(letter))?;
    let items: Vec<&str> = criterion.items.iter().map(|i| i.code.as_str()).collect();
    let mut near: Vec<(u64, &str)> = items
        .iter()
        .filter_map(|code| {
            let (l, n) = letter_number(code)?;
            (l.eq_ignore_ascii_case(letter) && n.abs_diff(number) <= 1)
                .then(|| (n.abs_diff(number), *code))
        })
        .collect();
    near.sort();
    let best = match near.as_slice() {
        [(d, code)] => Some((*d, *code)),
        [(d, code), (d2, _), ..] if d < d2 => Some((*d, *code)),
        _ => None,
    };
    let list = crate::i18n::Val::and(&items);
    Some(match best {
        Some((_, code)) => msg!(
            "unknown-item-near-help",
            suggestion = code,
            criterion = &criterion.code,
            items = list
        ),
        None if criteria_too => msg!(
            "unknown-item-in-criterion-or-whole-help",
            criterion = &criterion.code,
            items = list
        ),
        None => msg!(
            "unknown-item-in-criterion-help",
            criterion = &criterion.code,
            items = list
        ),
    })
}

/// `C6` → (`C`, 6): a code of letters and then a number.
fn letter_number(code: &str) -> Option<(&str, u64)> {
    let split = code.find(|c: char| !c.is_ascii_alphabetic())?;
    let (letter, number) = code.split_at(split);
    let number = number.trim_start();
    if letter.is_empty()
        || number.is_empty()
        || number.len() > 9
        || !number.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    Some((letter, number.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::letter_number;

    #[test]
    fn codes_split_into_letter_and_number() {
        assert_eq!(letter_number("C6"), Some(("C", 6)));
        assert_eq!(letter_number("a04"), Some(("a", 4)));
        assert_eq!(letter_number("AB 12"), Some(("AB", 12)));
        assert_eq!(letter_number("D"), None);
        assert_eq!(letter_number("1A"), None);
        assert_eq!(letter_number("A1a"), None);
    }
}

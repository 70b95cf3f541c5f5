//! Scan's own writers of the session report (`report.md.j2`, `report.html.j2`) for
//! when the built-in templates are in use: the same bytes as the templates, without
//! the template engine's values and steps. The templates stay what users read, export
//! and replace; a writer here follows its template line by line, and the tests hold
//! the two to the same output on every fixture, example and generated session.
//!
//! A writer may decline a report it was not made for ([`write`] returns `false`
//! before anything is written); the template then renders it.

use std::fmt;
use std::io;

mod html;
pub(crate) mod index;
mod md;
#[cfg(test)]
mod testing;

use super::report::ReportContext;
use super::{Lang, numbers, words};
use crate::analyse::report::AnswerReport;
use crate::i18n::Arg;
use crate::model::{Role, Status};

/// Where a report is written: a text in memory, or a stream that gets the text in
/// parts of about [`PART`] bytes, so a page of many teams is never held whole.
pub(crate) struct Page<'a> {
    text: String,
    out: Option<&'a mut dyn io::Write>,
    failed: Option<io::Error>,
}

/// How much text a streaming [`Page`] holds before it passes it on.
const PART: usize = 64 * 1024;

impl<'a> Page<'a> {
    /// A page kept in memory ([`Page::into_text`]).
    #[cfg(test)]
    pub(crate) fn in_memory() -> Page<'static> {
        Page::in_memory_with(0)
    }

    /// A page kept in memory with room for `capacity` bytes: a page of a batch is
    /// made about as long as the one before it, and text copied to a larger buffer
    /// each time it outgrows one costs as much as writing it again.
    pub(crate) fn in_memory_with(capacity: usize) -> Page<'static> {
        Page {
            text: String::with_capacity(capacity),
            out: None,
            failed: None,
        }
    }

    /// A page passed on to `out` as it is written; [`Page::finish`] passes the rest.
    pub(crate) fn streaming(out: &'a mut dyn io::Write) -> Page<'a> {
        Page {
            text: String::with_capacity(PART + PART / 4),
            out: Some(out),
            failed: None,
        }
    }

    pub(crate) fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// A place between two parts of the page (after a row, a block): a streaming page
    /// passes its text on here once it holds [`PART`] bytes.
    pub(crate) fn spill(&mut self) {
        if self.text.len() >= PART {
            self.pass_on();
        }
    }

    fn pass_on(&mut self) {
        if let Some(out) = self.out.as_mut() {
            if self.failed.is_none()
                && let Err(e) = out.write_all(self.text.as_bytes())
            {
                self.failed = Some(e);
            }
            self.text.clear();
        }
    }

    /// The text of a page kept in memory.
    pub(crate) fn into_text(self) -> String {
        self.text
    }

    /// Passes the rest of a streaming page on; the first error of writing, if any.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        self.pass_on();
        match self.failed {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

impl fmt::Write for Page<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.text.push_str(s);
        Ok(())
    }
}

/// Writes the built-in template `name` for `context` to `page`, or declines (`false`,
/// nothing written): a template without a writer here, or a report its writer was
/// not made for.
pub(crate) fn write(name: &str, context: &ReportContext, page: &mut Page) -> bool {
    match name {
        "report.md.j2" => md::write(context, page),
        "report.html.j2" => html::write(context, page),
        _ => false,
    }
}

/// Whether a text the template tests (`{% if x %}`) is there: none and the empty
/// text are false.
fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref().filter(|s| !s.is_empty())
}

/// The word `t("role_" ~ team.role)` names.
fn role_word(role: Role) -> &'static str {
    match role {
        Role::Professionals => "role_professionals",
        Role::Parents => "role_parents",
        Role::Partners => "role_partners",
    }
}

/// The word `t("status_" ~ group.status)` names.
fn status_word(status: Status) -> &'static str {
    match status {
        Status::Planned => "status_planned",
        Status::Doing => "status_doing",
        Status::Done => "status_done",
    }
}

/// `t(key)`: the word for `key`, made once per run; through Fluent (with no values)
/// only for words that are not plain.
fn word(lang: Lang, key: &str) -> std::borrow::Cow<'static, str> {
    match words::word(key, lang) {
        Some(word) => std::borrow::Cow::Borrowed(word),
        None => std::borrow::Cow::Owned(fill(lang, key, &[])),
    }
}

/// `t(key, name=value, …)`: the words filled in. They exist and get every value they
/// ask for (the tests render them all): a failure here is a bug of scan, never half a
/// sentence in a release build.
fn fill(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    words::fill(key, lang, args).unwrap_or_else(|e| {
        debug_assert!(false, "{e}");
        String::new()
    })
}

/// An answer's votes cell, the same in both templates: `{% if a.votes %}{{
/// t("rep_voters", n=a.voters) }}: {{ a.votes|join(", ") }}{% else %}–{% endif %}`
/// (escaped as a whole for HTML, which gives what escaping each piece gives).
fn votes_cell(a: &AnswerReport, lang: Lang, out: &mut impl fmt::Write) {
    if a.votes.is_empty() {
        let _ = out.write_str("–");
        return;
    }
    let _ = out.write_str(&fill(
        lang,
        "rep_voters",
        &[("n", Arg::from(a.voters as i64))],
    ));
    let _ = out.write_str(": ");
    for (i, vote) in a.votes.iter().enumerate() {
        if i > 0 {
            let _ = out.write_str(", ");
        }
        let _ = write!(out, "{vote}");
    }
}

/// An answer's spread cell, the same in both templates: `{% if a.spread %}{{
/// a.spread.min }}–{{ a.spread.max }}, {{ t("sd_words") }} {{ a.spread.sd|num }}{%
/// else %}–{% endif %}` (escaped as a whole for HTML).
fn spread_cell(a: &AnswerReport, lang: Lang, out: &mut impl fmt::Write) {
    let _ = match &a.spread {
        Some(spread) => write!(
            out,
            "{}–{}, {} {}",
            spread.min,
            spread.max,
            words::word("sd_words", lang).unwrap_or_default(),
            numbers::number(spread.sd, 1, lang)
        ),
        None => out.write_str("–"),
    };
}

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
mod md;

use super::report::ReportContext;

/// Where a report is written: a text in memory, or a stream that gets the text in
/// parts of about [`PART`] bytes, so a page of many teams is never held whole.
pub(crate) struct Page<'a> {
    text: String,
    out: Option<&'a mut dyn io::Write>,
    failed: Option<io::Error>,
}

/// How much text a streaming [`Page`] holds before it passes it on.
const PART: usize = 64 * 1024;

// The writers of the next commits use every method.
#[allow(dead_code)]
impl<'a> Page<'a> {
    /// A page kept in memory ([`Page::into_text`]).
    pub(crate) fn in_memory() -> Page<'static> {
        Page {
            text: String::new(),
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

    pub(crate) fn push(&mut self, c: char) {
        self.text.push(c);
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

//! The one sink for diagnostics of a run: every command hands its problems to a
//! [`Reporter`], which shows each once, counts errors and warnings, honours `--quiet`
//! and `--strict`, colours them and speaks the run's language. What a command does with
//! the counts (its exit status, its summary line) it asks the reporter.

use std::io::{self, Write};

use super::{Diagnostic, Palette, Seen, render_human};
use crate::Exit;
use crate::i18n::Lang;

/// Which diagnostics are printed (all of them are counted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// Errors and warnings.
    All,
    /// Errors; warnings too with `--strict` (they count as errors then).
    Errors,
    /// None: a summary line only (`--quiet` of `validate`, JSON output).
    Nothing,
}

/// Shows, counts and deduplicates the diagnostics of one run.
#[derive(Debug)]
pub struct Reporter {
    lang: Lang,
    palette: Palette,
    show: Show,
    strict: bool,
    seen: Seen,
    errors: usize,
    warnings: usize,
}

impl Reporter {
    pub fn new(lang: Lang, palette: Palette, show: Show, strict: bool) -> Self {
        Reporter {
            lang,
            palette,
            show,
            strict,
            seen: Seen::default(),
            errors: 0,
            warnings: 0,
        }
    }

    /// Counts and prints `d` the first time it is met; `false` when it was met before
    /// (a broken definition shared by many sessions is one problem).
    pub fn report(&mut self, err: &mut dyn Write, d: &Diagnostic) -> io::Result<bool> {
        if !self.seen.first_time(d) {
            return Ok(false);
        }
        if d.is_error() {
            self.errors += 1;
        } else {
            self.warnings += 1;
        }
        let shown = match self.show {
            Show::All => true,
            Show::Errors => d.is_error() || self.strict,
            Show::Nothing => false,
        };
        if shown {
            writeln!(err, "{}", render_human(d, self.palette, self.lang))?;
        }
        Ok(true)
    }

    /// Warnings that were found but not handed over one by one (counted only).
    pub fn count_warnings(&mut self, n: usize) {
        self.warnings += n;
    }

    pub fn errors(&self) -> usize {
        self.errors
    }

    pub fn warnings(&self) -> usize {
        self.warnings
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn strict(&self) -> bool {
        self.strict
    }

    /// Errors, or warnings with `--strict`.
    pub fn failed(&self) -> bool {
        self.errors > 0 || (self.strict && self.warnings > 0)
    }

    /// `Exit::Problems` when the run [`failed`](Self::failed), else `Exit::Ok`.
    pub fn exit(&self) -> Exit {
        if self.failed() {
            Exit::Problems
        } else {
            Exit::Ok
        }
    }

    /// `2 errors, 1 warning in 3 files`.
    pub fn summary(&self, files: usize) -> String {
        super::summary(self.lang, files, self.errors, self.warnings)
    }
}

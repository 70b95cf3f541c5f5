//! The one sink for diagnostics of a run: every command hands its problems to a
//! [`Reporter`], which shows each once, counts errors and warnings, honours `--quiet`
//! and `--strict`, colours them and speaks the run's language. What a command does with
//! the counts (its exit status, its summary line) it asks the reporter.

use std::io::{self, Write};

use super::{Diagnostic, Palette, Seen, render_human, write_json};
use crate::Exit;
use crate::i18n::Lang;

/// Which diagnostics are printed (all of them are counted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// Errors and warnings.
    All,
    /// Errors; warnings too with `--strict` (they count as errors then).
    Errors,
    /// None: a summary line only (`--quiet` of `validate`, of `compare`).
    Nothing,
    /// None while the run goes on; all of them as one JSON document at the end
    /// ([`Reporter::finish`]).
    Json,
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
    /// With [`Show::Json`]: the diagnostics met, in order, for the document at the end.
    kept: Vec<Diagnostic>,
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
            kept: Vec::new(),
        }
    }

    /// Counts and prints `d` the first time it is met; `false` when it was met before
    /// (a broken definition shared by many sessions is one problem).
    pub fn report(&mut self, err: &mut dyn Write, d: &Diagnostic) -> io::Result<bool> {
        self.record(err, d, false)
    }

    /// Like [`report`](Self::report), for a problem of the run as a whole rather than
    /// of one file (the files use different definitions, or versions of one): an
    /// error is shown even when only a summary is ([`Show::Nothing`], `--quiet`), since
    /// the run stops for it; a warning is shown where only the files' errors are
    /// ([`Show::Errors`]).
    pub fn report_about_run(&mut self, err: &mut dyn Write, d: &Diagnostic) -> io::Result<bool> {
        self.record(err, d, true)
    }

    fn record(&mut self, err: &mut dyn Write, d: &Diagnostic, about_run: bool) -> io::Result<bool> {
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
            Show::Errors => d.is_error() || self.strict || about_run,
            Show::Nothing => about_run && d.is_error(),
            Show::Json => {
                self.kept.push(d.clone());
                false
            }
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

    /// The end of a run over `files` files: with [`Show::Json`] the JSON document of
    /// every diagnostic to `out`, else the summary line to `err`.
    pub fn finish(&self, out: &mut dyn Write, err: &mut dyn Write, files: usize) -> io::Result<()> {
        match self.show {
            Show::Json => write_json(out, files, &self.kept, self.lang),
            _ => writeln!(err, "{}", self.summary(files)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Severity};

    fn warning(text: &str) -> Diagnostic {
        Diagnostic::about_files(Severity::Warning, Code::MixedVersions, text.to_string())
    }

    fn error(text: &str) -> Diagnostic {
        Diagnostic::file_error(Code::Unreadable, "a.toml", text.to_string())
    }

    /// What `report` (or `report_about_run` with `about_run`) prints, and the counts.
    fn shown(
        show: Show,
        strict: bool,
        about_run: bool,
        d: &[Diagnostic],
    ) -> (String, usize, usize) {
        let mut r = Reporter::new(Lang::En, Palette::PLAIN, show, strict);
        let mut err = Vec::new();
        for d in d {
            if about_run {
                r.report_about_run(&mut err, d).expect("write");
            } else {
                r.report(&mut err, d).expect("write");
            }
        }
        (
            String::from_utf8(err).expect("UTF-8"),
            r.errors(),
            r.warnings(),
        )
    }

    #[test]
    fn each_problem_is_counted_and_shown_once() {
        let (text, errors, warnings) = shown(
            Show::All,
            false,
            false,
            &[error("gone"), error("gone"), warning("old")],
        );
        assert_eq!((errors, warnings), (1, 1));
        assert_eq!(text.matches("error[unreadable]: gone").count(), 1);
        assert_eq!(text.matches("warning[mixed-versions]: old").count(), 1);
    }

    #[test]
    fn errors_only_hides_the_files_warnings_but_not_the_runs() {
        let d = [warning("old")];
        let (text, _, warnings) = shown(Show::Errors, false, false, &d);
        assert_eq!((text.as_str(), warnings), ("", 1));
        let (text, _, warnings) = shown(Show::Errors, true, false, &d);
        assert!(text.contains("warning[mixed-versions]"), "{text}");
        assert_eq!(warnings, 1);
        let (text, _, warnings) = shown(Show::Errors, false, true, &d);
        assert!(text.contains("warning[mixed-versions]"), "{text}");
        assert_eq!(warnings, 1);
    }

    #[test]
    fn quiet_shows_only_an_error_that_stops_the_run() {
        let (text, errors, _) = shown(Show::Nothing, false, false, &[error("gone")]);
        assert_eq!((text.as_str(), errors), ("", 1));
        let (text, errors, _) = shown(Show::Nothing, false, true, &[error("gone")]);
        assert!(text.contains("error[unreadable]: gone"), "{text}");
        assert_eq!(errors, 1);
        let (text, _, warnings) = shown(Show::Nothing, false, true, &[warning("old")]);
        assert_eq!((text.as_str(), warnings), ("", 1));
    }

    #[test]
    fn json_keeps_every_problem_for_one_document_at_the_end() {
        let mut r = Reporter::new(Lang::En, Palette::PLAIN, Show::Json, false);
        let (mut out, mut err) = (Vec::new(), Vec::new());
        for d in [error("gone"), warning("old"), error("gone")] {
            r.report_about_run(&mut err, &d).expect("write");
        }
        r.finish(&mut out, &mut err, 3).expect("write");
        assert!(err.is_empty());
        let v: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
        assert_eq!(v["files"], 3);
        assert_eq!(v["errors"], 1);
        assert_eq!(v["warnings"], 1);
        let codes: Vec<&str> = v["diagnostics"]
            .as_array()
            .expect("list")
            .iter()
            .map(|d| d["code"].as_str().expect("code"))
            .collect();
        assert_eq!(codes, ["unreadable", "mixed-versions"]);
        assert!(r.failed());
    }

    #[test]
    fn the_summary_goes_to_standard_error_unless_json() {
        let mut r = Reporter::new(Lang::En, Palette::PLAIN, Show::All, true);
        let (mut out, mut err) = (Vec::new(), Vec::new());
        r.report(&mut err, &warning("old")).expect("write");
        err.clear();
        r.finish(&mut out, &mut err, 2).expect("write");
        assert!(out.is_empty());
        assert_eq!(
            String::from_utf8(err).expect("UTF-8"),
            "0 errors, 1 warning in 2 files\n"
        );
        assert!(r.failed(), "a warning fails with --strict");
        assert_eq!(r.exit(), Exit::Problems);
    }
}

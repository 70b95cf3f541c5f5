//! Problems in the user's files, as data: a severity, a stable code, a place, a message
//! and a hint. Validation collects them; commands decide what they mean for the exit code;
//! this module renders them, rustc-style for people and as JSON for machines.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;

use serde::Serialize;

use crate::i18n::{Lang, Msg};
use crate::source::Source;

mod code;
pub mod explain;
pub mod failure;
mod reporter;

pub use code::Code;
pub use failure::Failure;
pub use reporter::{Reporter, Show};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable, the same in every language; scripts and tests depend on it.
    pub code: Code,
    pub file: String,
    /// Where in the file; `None` for problems with the file as a whole.
    pub place: Option<Place>,
    pub message: Msg,
    /// Lines shown under the message, e.g. which files use which definition.
    pub lines: Vec<Msg>,
    pub help: Option<Msg>,
}

/// A resolved position with the source line it points into, so a diagnostic can be
/// shown without its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub span: Range<usize>,
    pub line: usize,
    pub column: usize,
    pub width: usize,
    pub line_text: String,
}

impl Diagnostic {
    pub fn error(code: Code, source: &Source, span: Range<usize>, message: impl Into<Msg>) -> Self {
        Self::new(Severity::Error, code, source, Some(span), message)
    }

    pub fn warning(
        code: Code,
        source: &Source,
        span: Range<usize>,
        message: impl Into<Msg>,
    ) -> Self {
        Self::new(Severity::Warning, code, source, Some(span), message)
    }

    /// A problem with a file as a whole (unreadable, too large, wrong encoding).
    pub fn file_error(code: Code, file: &str, message: impl Into<Msg>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.to_string(),
            place: None,
            message: message.into(),
            lines: Vec::new(),
            help: None,
        }
    }

    /// A problem of several files together (they use different definitions): no
    /// file of its own, its details in [`lines`](Self::with_lines).
    pub fn about_files(severity: Severity, code: Code, message: impl Into<Msg>) -> Self {
        Diagnostic {
            severity,
            ..Diagnostic::file_error(code, "", message)
        }
    }

    /// Lines shown under the message, each as it is (with its own indentation).
    pub fn with_lines(mut self, lines: Vec<Msg>) -> Self {
        self.lines = lines;
        self
    }

    pub fn new(
        severity: Severity,
        code: Code,
        source: &Source,
        span: Option<Range<usize>>,
        message: impl Into<Msg>,
    ) -> Self {
        let place = span.map(|span| {
            let loc = source.locate(&span);
            Place {
                line_text: source.line_text(loc.line).to_string(),
                span,
                line: loc.line,
                column: loc.column,
                width: loc.width,
            }
        });
        Diagnostic {
            severity,
            code,
            file: source.name.clone(),
            place,
            message: message.into(),
            lines: Vec::new(),
            help: None,
        }
    }

    /// A place given as line and column (for problems found before a `Source` exists).
    pub fn with_line_col(mut self, line: usize, column: usize, line_text: &str) -> Self {
        self.place = Some(Place {
            span: 0..0,
            line,
            column,
            width: 1,
            line_text: line_text.to_string(),
        });
        self
    }

    pub fn with_help(mut self, help: impl Into<Msg>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_help_opt(mut self, help: Option<Msg>) -> Self {
        self.help = help;
        self
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.message.render(lang)
    }

    /// The hint in `lang`, if there is one.
    pub fn help(&self, lang: Lang) -> Option<String> {
        self.help.as_ref().map(|h| h.render(lang))
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn line(&self) -> usize {
        self.place.as_ref().map_or(1, |p| p.line)
    }

    pub fn column(&self) -> usize {
        self.place.as_ref().map_or(1, |p| p.column)
    }
}

/// Remembers the diagnostics already shown in a run, so a problem shared by many files
/// (a broken definition file used by many sessions) is shown once.
#[derive(Debug, Default)]
pub struct Seen(std::collections::HashSet<(String, usize, usize, Code, Msg)>);

impl Seen {
    /// True the first time a diagnostic (same file, place, code and message) is met.
    pub fn first_time(&mut self, d: &Diagnostic) -> bool {
        self.0.insert((
            d.file.clone(),
            d.line(),
            d.column(),
            d.code,
            d.message.clone(),
        ))
    }
}

/// Colours for the human rendering; all empty when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    error: &'static str,
    warning: &'static str,
    accent: &'static str,
    bold: &'static str,
    reset: &'static str,
}

impl Palette {
    pub const PLAIN: Palette = Palette {
        error: "",
        warning: "",
        accent: "",
        bold: "",
        reset: "",
    };
    pub const ANSI: Palette = Palette {
        error: "\x1b[1;31m",
        warning: "\x1b[1;33m",
        accent: "\x1b[1;34m",
        bold: "\x1b[1m",
        reset: "\x1b[0m",
    };

    /// Colour only on a terminal that shows it: never when `NO_COLOR` is set or
    /// `TERM` is `dumb`, and on Windows only in a console that has accepted colour
    /// codes (Windows 10 and later); anywhere else the codes would show as `←[1;31m`.
    pub fn for_stderr() -> Palette {
        use std::io::IsTerminal;
        let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        if anstyle_query::no_color() || dumb || !io::stderr().is_terminal() {
            return Palette::PLAIN;
        }
        if cfg!(windows) && anstyle_query::windows::enable_ansi_colors() != Some(true) {
            return Palette::PLAIN;
        }
        Palette::ANSI
    }
}

/// rustc-style rendering:
///
/// ```text
/// error[unknown-key]: unknown key `exmples` in answer A1
///  --> regenboog.toml:12:3
///    |
/// 12 |   exmples = ["koffieochtend"]
///    |   ^^^^^^^
///    |
///    = help: did you mean `examples`? — see `scan explain unknown-key`
/// ```
pub fn render_human(d: &Diagnostic, p: Palette, lang: Lang) -> String {
    let mut out = String::new();
    let (label, colour) = match d.severity {
        Severity::Error => (crate::t!(lang, "severity-error"), p.error),
        Severity::Warning => (crate::t!(lang, "severity-warning"), p.warning),
    };
    let _ = writeln!(
        out,
        "{colour}{label}[{}]{reset}{bold}: {}{reset}",
        d.code,
        printable(&d.message(lang)),
        reset = p.reset,
        bold = p.bold
    );
    let gutter = d.place.as_ref().map_or(1, |pl| pl.line.to_string().len());
    let pad = " ".repeat(gutter);
    match &d.place {
        Some(pl) => {
            let _ = writeln!(
                out,
                "{pad}{}-->{} {}:{}:{}",
                p.accent,
                p.reset,
                printable(&d.file),
                pl.line,
                pl.column
            );
            let _ = writeln!(out, "{pad} {}|{}", p.accent, p.reset);
            let (shown, caret_at, width) = window(&pl.line_text, pl.column - 1, pl.width);
            let _ = writeln!(
                out,
                "{}{} |{} {}",
                p.accent,
                pl.line,
                p.reset,
                printable(&shown)
            );
            // Pad by display width, so the caret stands under wide characters
            // (CJK, emoji) and escaped control characters too.
            let lead: String = shown
                .chars()
                .take(caret_at)
                .map(|c| {
                    if c == '\t' {
                        "\t".to_string()
                    } else {
                        " ".repeat(display_width(c))
                    }
                })
                .collect();
            let carets: usize = shown
                .chars()
                .skip(caret_at)
                .take(width)
                .map(display_width)
                .sum();
            let _ = writeln!(
                out,
                "{pad} {}|{} {lead}{colour}{}{}",
                p.accent,
                p.reset,
                "^".repeat(carets.max(1)),
                p.reset
            );
        }
        None if d.file.is_empty() => {}
        None => {
            let _ = writeln!(
                out,
                "{pad}{}-->{} {}",
                p.accent,
                p.reset,
                printable(&d.file)
            );
        }
    }
    for line in &d.lines {
        let _ = writeln!(out, "{}", printable(&line.render(lang)));
    }
    // Every code has an explanation (a test keeps it so): the help line points to it.
    let help = match d.help(lang) {
        Some(help) => crate::t!(lang, "explain-pointer", help = help, code = d.code.as_str()),
        None => crate::t!(lang, "explain-pointer-alone", code = d.code.as_str()),
    };
    let _ = writeln!(
        out,
        "{pad} {}={} {}{}:{} {}",
        p.accent,
        p.reset,
        p.bold,
        crate::t!(lang, "help-label"),
        p.reset,
        printable(&help)
    );
    out
}

/// At most about 160 characters of a long source line, around the caret:
/// the text shown, the caret's offset in it, and the caret's width.
fn window(line: &str, caret: usize, width: usize) -> (String, usize, usize) {
    const BEFORE: usize = 60;
    const MAX: usize = 160;
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= MAX {
        return (line.to_string(), caret, width);
    }
    let start = caret.saturating_sub(BEFORE);
    let end = (start + MAX).min(chars.len());
    let mut shown = String::new();
    let mut caret_at = caret - start;
    if start > 0 {
        shown.push('…');
        caret_at += 1;
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    let width = width.min(end.saturating_sub(caret).max(1));
    (shown, caret_at, width)
}

/// Columns a character takes on a terminal, as `printable` shows it.
fn display_width(c: char) -> usize {
    if needs_escape(c) {
        c.escape_default().count()
    } else {
        unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
    }
}

/// Control characters in a source line would garble the terminal, and bidirectional
/// overrides would make it show something else than the file holds (`exe.png` read
/// as `gnp.exe`): show them escaped.
fn printable(line: &str) -> String {
    if line.chars().any(needs_escape) {
        line.chars()
            .map(|c| {
                if needs_escape(c) {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect()
    } else {
        line.to_string()
    }
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The summary line after a run: `2 errors, 1 warning in 3 files`.
pub fn summary(lang: crate::i18n::Lang, files: usize, errors: usize, warnings: usize) -> String {
    crate::t!(
        lang,
        "diagnostics-summary",
        errors = errors,
        warnings = warnings,
        files = files
    )
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    severity: Severity,
    code: Code,
    message: String,
    help: Option<String>,
}

/// The SPEC's `scan validate --format json` shape.
fn write_json(
    out: &mut dyn Write,
    files: usize,
    diags: &[Diagnostic],
    lang: Lang,
) -> io::Result<()> {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let list: Vec<JsonDiagnostic> = diags
        .iter()
        .map(|d| JsonDiagnostic {
            file: &d.file,
            line: d.line(),
            column: d.column(),
            severity: d.severity,
            code: d.code,
            message: d.message(lang),
            help: d.help(lang),
        })
        .collect();
    let doc = serde_json::json!({
        "files": files,
        "errors": errors,
        "warnings": diags.len() - errors,
        "diagnostics": list,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

/// Closest candidate within a small edit distance, for "did you mean".
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if c.to_lowercase() == lower {
            return Some(c);
        }
        let d = edit_distance(&lower, &c.to_lowercase());
        let limit = (c.chars().count().max(word.chars().count()) / 3).max(1);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Optimal string alignment distance (Levenshtein plus swapped neighbours).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > 64 || b.len() > 64 {
        return usize::MAX;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        let keys = ["score", "votes", "text", "examples", "na"];
        assert_eq!(did_you_mean("exmples", keys), Some("examples"));
        assert_eq!(did_you_mean("Score", keys), Some("score"));
        assert_eq!(did_you_mean("vtoes", keys), Some("votes"));
        assert_eq!(did_you_mean("colour", keys), None);
    }

    #[test]
    fn caret_stands_under_wide_characters() {
        let src = Source::new("f.toml", "a = { text = \"日本語\", scroe = 3 }\n");
        let at = src.text.find("scroe").unwrap();
        let d = Diagnostic::error(Code::UnknownKey, &src, at..at + 5, "unknown key `scroe`");
        let text = render_human(&d, Palette::PLAIN, Lang::En);
        let lines: Vec<&str> = text.lines().collect();
        let caret_col = lines[4].find('^').unwrap();
        // Three CJK characters take six columns: the caret moves three further than
        // the character count says.
        assert_eq!(caret_col, "1 | a = { text = \"".len() + 6 + "\", ".len());
    }

    #[test]
    fn renders_caret_under_span() {
        let src = Source::new("f.toml", "[a]\n  exmples = 1\n");
        let d = Diagnostic::error(Code::UnknownKey, &src, 6..13, "unknown key `exmples`")
            .with_help("did you mean `examples`?");
        let text = render_human(&d, Palette::PLAIN, Lang::En);
        assert_eq!(
            text,
            "error[unknown-key]: unknown key `exmples`\n --> f.toml:2:3\n  |\n2 |   exmples = 1\n  |   ^^^^^^^\n  = help: did you mean `examples`? — see `scan explain unknown-key`\n"
        );
    }
}

//! `scan report`: one report per session file, in Markdown, HTML or JSON; with many
//! files and `-o DIR`, one file per session plus an index page.
//!
//! Files with errors are shown like `scan validate` shows them and left out; the others
//! are still written, and the exit status is 1 so scripts notice. Definition files met
//! in folders are skipped (named on the command line, they get a note).

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use rayon::prelude::*;

use crate::analyse::parents::{ParentsReport, parents_report};
use crate::analyse::report::{self as analysis, IndexPart, Report};
use crate::cli::{Audience, ReportArgs, ReportFormat};
use crate::diag::{self, Diagnostic, Reporter, Show};
use crate::load::{self, Input, Loaded, Loader};
use crate::model::Session;
use crate::output;
use crate::render::report::{
    ParentsContext, ReportContext, index_context, parents_context, report_context,
};
use crate::render::{Lang, Renderer};
use crate::{Exit, Io, t};

pub fn run(args: ReportArgs, lang: Option<Lang>, io: &mut Io) -> Result<Exit> {
    // Taken once, so every report of a run carries the same moment.
    let stamp = args.stamp.then(crate::render::numbers::stamp);
    let inputs = super::inputs(&args.paths, args.verbose, io)?;
    load::require_inputs(&inputs)?;
    let renderer = Renderer::new(args.template.as_deref())?;
    let loader = Loader::new();
    let input_paths: Vec<PathBuf> = inputs
        .iter()
        .filter_map(|i| match i {
            Input::File(p) => Some(p.clone()),
            Input::Stdin => None,
        })
        .collect();
    if let Some(out) = &args.output {
        // Decided by what was asked, not by how many files turned out valid.
        let to_dir = out.is_dir()
            || out.as_os_str().to_string_lossy().ends_with(['/', '\\'])
            || inputs.len() > 1
            || args.paths.iter().any(|a| a.is_dir());
        if to_dir {
            let dir = out.clone();
            return run_dir(
                &args,
                io,
                &inputs,
                &input_paths,
                &renderer,
                &loader,
                lang,
                &dir,
                stamp,
            );
        }
    }
    let loaded = load::load_all(&loader, &inputs)?;

    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut sessions: Vec<(Input, Box<Session>)> = Vec::new();
    let mut left_out = 0usize;
    for file in loaded {
        // With --strict a warning keeps a file out of the reports like an error does.
        let blocked = file.diags.iter().any(|d| d.is_error() || args.strict);
        diags.extend(file.diags);
        match file.loaded {
            Loaded::Session(s) if !blocked => {
                sessions.push((file.input, s));
            }
            Loaded::Session(_) | Loaded::Invalid => left_out += 1,
            Loaded::Definition(def) => {
                if let Input::File(p) = &file.input
                    && args.paths.iter().any(|a| a == p)
                {
                    writeln!(
                        io.err,
                        "{}",
                        t!(
                            io.lang,
                            "report-definition-note",
                            path = p.display().to_string(),
                            definition = format!("{} {}", def.id, def.version)
                        )
                    )?;
                }
            }
        }
    }
    let mut reporter = reporter(&args, io);
    for d in &diags {
        reporter.report(&mut *io.err, d)?;
    }
    let problems = left_out > 0;
    if problems {
        say_left_out(
            io,
            inputs.len(),
            reporter.errors(),
            reporter.warnings(),
            left_out,
        )?;
    }
    if sessions.is_empty() {
        if problems {
            return Ok(Exit::Problems);
        }
        return Err(no_sessions(io.lang));
    }

    let reports: Vec<Analysed> = sessions
        .par_iter()
        .map(|(_, s)| analyse(s, args.audience))
        .collect();
    match &args.output {
        None => {
            if reports.len() > 1 {
                let message = t!(io.lang, "report-many-to-stdout", n = reports.len());
                return Err(diag::Failure::new(diag::Code::OutputRefused, message).into());
            }
            for r in &reports {
                write_one(
                    &renderer,
                    r,
                    args.format,
                    lang,
                    stamp.as_deref(),
                    &mut *io.out,
                )?;
            }
        }
        Some(file) => {
            output::check_target(file, &input_paths)?;
            // The definition files the sessions named are inputs too.
            output::check_target(file, &loader.definition_files())?;
            for r in &reports {
                if renderer.streams() {
                    output::write_output_with(file, |w| {
                        write_one(&renderer, r, args.format, lang, stamp.as_deref(), w)
                    })?;
                } else {
                    let rendered = render_one(&renderer, r, args.format, lang, stamp.as_deref())?;
                    output::write_output_with(file, |w| rendered.write_to(w))?;
                }
                if !args.quiet {
                    writeln!(
                        io.err,
                        "{}",
                        t!(io.lang, "output-wrote", path = file.display().to_string())
                    )?;
                }
            }
        }
    }
    Ok(if problems { Exit::Problems } else { Exit::Ok })
}

/// What became of one input in a folder run.
enum Outcome {
    Written(Box<IndexPart>),
    /// Valid, but its report could not be written: why.
    NotWritten(anyhow::Error),
    LeftOut,
    /// A definition file named on the command line: it gets a note.
    Definition(String),
    Skipped,
}

/// Many files into a folder: each file is read, analysed, rendered and written on its
/// own, on all cores, so memory does not grow with the number of files; the index
/// keeps only a line per report.
#[allow(clippy::too_many_arguments)]
fn run_dir(
    args: &ReportArgs,
    io: &mut Io,
    inputs: &[Input],
    input_paths: &[PathBuf],
    renderer: &Renderer,
    loader: &Loader,
    lang: Option<Lang>,
    dir: &Path,
    stamp: Option<String>,
) -> Result<Exit> {
    if !dir.is_dir() && looks_like_report_file(dir) {
        bail!(t!(
            io.lang,
            "report-folder-looks-like-file",
            path = dir.display().to_string()
        ));
    }
    output::create_folder(dir)?;
    let ext = extension(args.format);
    let inputs_resolved = output::InputSet::new(input_paths);
    let folders = output::Folders::default();
    let names = output_names(inputs.iter());
    let work: Vec<(&Input, String)> = inputs
        .iter()
        .zip(names)
        .map(|(i, n)| (i, format!("{n}.{ext}")))
        .collect();

    let io_lang = io.lang;
    let one = |input: &Input, file: &str| -> Result<(Vec<Diagnostic>, Outcome)> {
        let report = loader.load(input)?;
        // With --strict a warning keeps a file out of the reports like an error does.
        let blocked = report.diags.iter().any(|d| d.is_error() || args.strict);
        let outcome = match report.loaded {
            Loaded::Session(s) if !blocked => {
                let r = analyse(&s, args.audience);
                drop(s);
                let rendered = render_one(renderer, &r, args.format, lang, stamp.as_deref())?;
                let target = dir.join(file);
                // A report that cannot be written (a folder in its place, a full disk)
                // is told, and the others are still written.
                let definitions = output::InputSet::of_resolved(loader.definition_files());
                let written = output::check_target_in_all(
                    &target,
                    &folders,
                    &[&inputs_resolved, &definitions],
                )
                .and_then(|()| output::write_atomic_with(&target, true, |w| rendered.write_to(w)));
                match written {
                    Ok(()) => Outcome::Written(Box::new(analysis::index_part(
                        &r.report,
                        file.to_string(),
                    ))),
                    Err(e) => Outcome::NotWritten(e),
                }
            }
            Loaded::Session(_) | Loaded::Invalid => Outcome::LeftOut,
            Loaded::Definition(def) => match input {
                Input::File(p) if args.paths.iter().any(|a| a == p) => Outcome::Definition(t!(
                    io_lang,
                    "report-definition-note",
                    path = p.display().to_string(),
                    definition = format!("{} {}", def.id, def.version)
                )),
                _ => Outcome::Skipped,
            },
        };
        Ok((report.diags, outcome))
    };

    let mut reporter = reporter(args, io);
    let (mut left_out, mut not_written, mut output_errors) = (0usize, 0usize, 0usize);
    let mut parts: Vec<IndexPart> = Vec::new();
    let mut first_language: Option<String> = None;
    let progress = super::Progress::new(work.len(), args.quiet, io.lang, "progress-reporting");
    // The files are taken in order on all cores; what each gives is shown in order.
    super::for_each_in_order(
        &work,
        |(input, file)| one(input, file),
        |result| {
            let (diags, outcome) = result?;
            progress.advance(1);
            let says = !diags.is_empty()
                || matches!(outcome, Outcome::NotWritten(_) | Outcome::Definition(_));
            let show = || -> Result<()> {
                for d in &diags {
                    reporter.report(&mut *io.err, d)?;
                }
                match outcome {
                    Outcome::Written(part) => {
                        if first_language.is_none() {
                            first_language = Some(part.entry.definition.language.clone());
                        }
                        parts.push(*part);
                    }
                    Outcome::NotWritten(e) => {
                        match super::failure_diagnostic(&e).0 {
                            Some(d) => {
                                if reporter.report(&mut *io.err, &d)? {
                                    output_errors += 1;
                                }
                            }
                            None => writeln!(io.err, "{}: {e:#}", t!(io.lang, "severity-error"))?,
                        }
                        not_written += 1;
                    }
                    Outcome::LeftOut => left_out += 1,
                    Outcome::Definition(note) => writeln!(io.err, "{note}")?,
                    Outcome::Skipped => {}
                }
                Ok(())
            };
            if says { progress.suspend(show) } else { show() }
        },
    )?;
    progress.finish();
    let problems = left_out > 0;
    if problems {
        // The summary counts the problems in the files; a report that could not be
        // written is said below.
        say_left_out(
            io,
            inputs.len(),
            reporter.errors() - output_errors,
            reporter.warnings(),
            left_out,
        )?;
    }
    // Exit 2 when a report could not be written, after the others and the index.
    let finish = |problems: bool| {
        if not_written > 0 {
            Exit::Failure
        } else if problems {
            Exit::Problems
        } else {
            Exit::Ok
        }
    };
    if not_written > 0 {
        writeln!(
            io.err,
            "{}",
            crate::t!(io.lang, "reports-not-written", n = not_written)
        )?;
    }
    if parts.is_empty() {
        if problems || not_written > 0 {
            return Ok(finish(problems));
        }
        return Err(no_sessions(io.lang));
    }
    let written = parts.len();
    let index = analysis::index_of(parts);
    let index_name = format!("{INDEX}.{ext}");
    // The index speaks the language asked for, else that of the first report.
    let lang =
        lang.unwrap_or_else(|| Lang::for_definition(first_language.as_deref().unwrap_or("")));
    let index_text = match args.format {
        ReportFormat::Json => json(&index)?,
        ReportFormat::Md => renderer.render_index("index.md.j2", &index_context(&index, lang))?,
        ReportFormat::Html => {
            renderer.render_index("index.html.j2", &index_context(&index, lang))?
        }
    };
    let target = dir.join(&index_name);
    output::check_target_in(&target, &inputs_resolved)?;
    output::write_atomic(&target, index_text.as_bytes(), true)?;
    if !args.quiet {
        writeln!(
            io.err,
            "{}",
            t!(
                io.lang,
                "report-wrote-folder",
                reports = written,
                index = index_name.as_str(),
                folder = dir.display().to_string()
            )
        )?;
    }
    Ok(finish(problems))
}

/// The name of the index page in a folder of reports (a session file called
/// `index.toml` gets another name).
const INDEX: &str = "index";

/// A path named like a report file (`report.md`), which a user would not mean as a folder.
fn looks_like_report_file(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["md", "markdown", "html", "htm", "json", "csv", "txt", "pdf"]
            .contains(&e.to_ascii_lowercase().as_str())
    })
}

fn extension(format: ReportFormat) -> &'static str {
    match format {
        ReportFormat::Md => "md",
        ReportFormat::Html => "html",
        ReportFormat::Json => "json",
    }
}

fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text)
}

/// A session's report, and for `--audience parents` the parents' report made from it.
struct Analysed {
    report: Report,
    parents: Option<ParentsReport>,
}

fn analyse(session: &Session, audience: Audience) -> Analysed {
    let report = analysis::report(session);
    let parents = match audience {
        Audience::Team => None,
        Audience::Parents => Some(parents_report(&report, &session.definition)),
    };
    Analysed { report, parents }
}

/// A JSON report written straight to `out`, as `json` would make it: a large report
/// is never held as one string.
fn json_to<T: serde::Serialize>(value: &T, out: &mut dyn std::io::Write) -> Result<()> {
    // As an I/O error, so a reader that hangs up (`| head`) is still recognised.
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(())
}

fn json_stamped<T: serde::Serialize>(
    value: &T,
    stamp: Option<&str>,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    match stamp {
        None => json_to(value, out),
        Some(at) => {
            #[derive(serde::Serialize)]
            struct Stamped<'a, T> {
                #[serde(flatten)]
                report: &'a T,
                generated: &'a str,
            }
            json_to(
                &Stamped {
                    report: value,
                    generated: at,
                },
                out,
            )
        }
    }
}

/// A report ready to be written: a rendered page, or JSON written as it goes out.
enum Rendered<'a> {
    Text(String),
    Json(&'a Analysed, Option<&'a str>),
}

impl Rendered<'_> {
    fn write_to(&self, out: &mut dyn std::io::Write) -> Result<()> {
        match self {
            Rendered::Text(text) => out.write_all(text.as_bytes())?,
            Rendered::Json(analysed, stamp) => match &analysed.parents {
                Some(parents) => json_stamped(parents, *stamp, out)?,
                None => json_stamped(&analysed.report, *stamp, out)?,
            },
        }
        Ok(())
    }
}

/// The template and context of a session's page: the parents' report when the
/// audience is the parents, else the team's report.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum PageContext<'a> {
    Parents(ParentsContext<'a>),
    Report(Box<ReportContext<'a>>),
}

fn page<'a>(
    analysed: &'a Analysed,
    format: ReportFormat,
    lang: Option<Lang>,
    stamp: Option<&str>,
) -> (&'static str, PageContext<'a>) {
    let report = &analysed.report;
    let lang = lang.unwrap_or_else(|| Lang::for_definition(&report.definition.language));
    let md = format == ReportFormat::Md;
    let stamp = stamp.map(str::to_string);
    match &analysed.parents {
        Some(parents) => {
            let mut context = parents_context(parents, lang);
            context.stamp = stamp;
            let name = if md {
                "parents.md.j2"
            } else {
                "parents.html.j2"
            };
            (name, PageContext::Parents(context))
        }
        None => {
            let mut context = report_context(report, lang);
            context.stamp = stamp;
            let name = if md { "report.md.j2" } else { "report.html.j2" };
            (name, PageContext::Report(Box::new(context)))
        }
    }
}

/// Renders a page now (so a template's error stops the run before anything is
/// written); JSON is made while it is written.
fn render_one<'a>(
    renderer: &Renderer,
    analysed: &'a Analysed,
    format: ReportFormat,
    lang: Option<Lang>,
    stamp: Option<&'a str>,
) -> Result<Rendered<'a>> {
    if format == ReportFormat::Json {
        return Ok(Rendered::Json(analysed, stamp));
    }
    match page(analysed, format, lang, stamp) {
        (name, PageContext::Report(context)) => renderer.render_report(name, &context),
        (name, context) => renderer.render(name, &context),
    }
    .map(Rendered::Text)
}

/// A report written to `out` as it is made, for the built-in templates: a page of
/// many teams is never held in memory whole (see [`Renderer::render_to`]; a user's
/// template is made whole first, as [`render_one`] does).
fn write_one(
    renderer: &Renderer,
    analysed: &Analysed,
    format: ReportFormat,
    lang: Option<Lang>,
    stamp: Option<&str>,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    if format == ReportFormat::Json {
        return Rendered::Json(analysed, stamp).write_to(out);
    }
    match page(analysed, format, lang, stamp) {
        (name, PageContext::Report(context)) => renderer.render_report_to(name, &context, out),
        (name, context) => renderer.render_to(name, &context, out),
    }
}

/// A file name made from user text: letters, digits, `-`, `_` and `.` only, never
/// starting with a dot, never empty, so it cannot leave the output folder.
fn sanitise(raw: &str) -> String {
    let mut out = String::new();
    for c in raw.chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches(['-', '.']);
    if trimmed.is_empty() {
        "report".to_string()
    } else {
        trimmed.to_string()
    }
}

/// The longest extension a report folder holds (`.html`).
const LONGEST_EXTENSION: usize = ".html".len();

/// At most this many bytes for a name without its extension, so the whole file name
/// stays within [`output::NAME_BYTES`].
const STEM_BYTES: usize = output::NAME_BYTES - LONGEST_EXTENSION;

/// `folder-stem` within `budget` bytes as a whole: the stem keeps at least half of it,
/// the folder name what the stem leaves.
fn joined(folder: &str, stem: &str, budget: usize) -> String {
    if folder.len() + 1 + stem.len() <= budget {
        return format!("{folder}-{stem}");
    }
    let room = budget - 1;
    let stem = output::fit_name(stem, room - folder.len().min(room / 2));
    let folder = output::fit_name(folder, room - stem.len());
    match (folder.is_empty(), stem.is_empty()) {
        (_, true) => "report".to_string(),
        (true, false) => stem.to_string(),
        (false, false) => format!("{folder}-{stem}"),
    }
}

/// A name within `budget` bytes that Windows accepts: cut to fit, then a device name
/// marked (which adds one byte, kept free here).
fn finished(name: &str, budget: usize) -> String {
    let cut = output::fit_name(name, budget - 1);
    output::portable_name(if cut.is_empty() {
        "report".to_string()
    } else {
        cut.to_string()
    })
}

fn stem(input: &Input) -> String {
    match input {
        Input::Stdin => "stdin".to_string(),
        Input::File(p) => sanitise(
            &p.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    }
}

/// The parent folder's name, to tell `a/x.toml` from `b/x.toml`.
fn parent_name(input: &Input) -> Option<String> {
    match input {
        Input::File(p) => p
            .parent()
            .and_then(Path::file_name)
            .map(|n| sanitise(&n.to_string_lossy())),
        Input::Stdin => None,
    }
}

/// Output names (without extension) for the inputs, unique and deterministic: the
/// file's stem; where stems collide, the parent folder's name in front; where they
/// still collide, `-2`, `-3`, … in input order. `index` is kept for the index page.
pub(crate) fn output_names<'a>(inputs: impl Iterator<Item = &'a Input>) -> Vec<String> {
    let inputs: Vec<&Input> = inputs.collect();
    let stems: Vec<String> = inputs.iter().map(|i| stem(i)).collect();
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for s in &stems {
        *count.entry(output::case_key(s)).or_default() += 1;
    }
    let first: Vec<String> = inputs
        .iter()
        .zip(&stems)
        .map(|(input, s)| {
            if count.get(&output::case_key(s)).copied().unwrap_or(0) > 1 {
                match parent_name(input) {
                    Some(p) => joined(&p, s, STEM_BYTES),
                    None => s.clone(),
                }
            } else {
                s.clone()
            }
        })
        .collect();
    // Case-insensitive, because macOS and Windows folders are.
    let mut taken: HashSet<String> = HashSet::new();
    taken.insert(output::case_key(INDEX));
    first
        .into_iter()
        .map(|name| {
            // Never a device name of Windows (`con`, `aux.2026`), never longer than
            // STEM_BYTES, a `-2` included: the name is cut shorter to make room for it.
            let mut candidate = finished(&name, STEM_BYTES);
            let mut n = 2;
            while !taken.insert(output::case_key(&candidate)) {
                let suffix = format!("-{n}");
                let base = finished(&name, STEM_BYTES - suffix.len());
                // `-` before any dot: never a device name.
                candidate = format!("{base}{suffix}");
                n += 1;
            }
            candidate
        })
        .collect()
}

/// The run's diagnostics sink. Warnings (e.g. unanswered items) also show in the
/// report; `-q` leaves them out here (but `--strict` makes them count).
fn reporter(args: &ReportArgs, io: &Io) -> Reporter {
    let show = if args.quiet { Show::Errors } else { Show::All };
    Reporter::new(io.lang, io.palette, show, args.strict)
}

/// The line after the problems when some files are left out of the reports.
fn say_left_out(
    io: &mut Io,
    files: usize,
    errors: usize,
    warnings: usize,
    left_out: usize,
) -> Result<()> {
    let summary = diag::summary(io.lang, files, errors, warnings);
    let line = t!(
        io.lang,
        "left-out-of-reports",
        summary = summary,
        files = left_out
    );
    writeln!(io.err, "{line}")?;
    Ok(())
}

/// Only definition files among the inputs: nothing to report on.
fn no_sessions(lang: Lang) -> anyhow::Error {
    diag::Failure::new(diag::Code::NoScanFiles, t!(lang, "report-no-sessions")).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(p: &str) -> Input {
        Input::File(PathBuf::from(p))
    }

    /// Whether Windows accepts `name` as a file name in a folder, written from
    /// Microsoft's rules ("Naming files, paths, and namespaces") without the code
    /// under test: not empty, at most 255 UTF-16 units, none of `<>:"/\|?*` or
    /// control characters, no trailing dot or space, not a device name even with an
    /// extension.
    fn windows_accepts(name: &str) -> Result<(), String> {
        if name.is_empty() || name == "." || name == ".." {
            return Err("empty or a dot name".into());
        }
        if name.encode_utf16().count() > 255 {
            return Err("longer than 255 UTF-16 units".into());
        }
        if let Some(c) = name
            .chars()
            .find(|c| (*c as u32) < 32 || "<>:\"/\\|?*".contains(*c))
        {
            return Err(format!("forbidden character {c:?}"));
        }
        if name.ends_with(['.', ' ']) {
            return Err("ends in a dot or a space".into());
        }
        let mut devices: Vec<String> = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
            .iter()
            .map(|d| d.to_string())
            .collect();
        for port in ["COM", "LPT"] {
            for n in "0123456789¹²³".chars() {
                devices.push(format!("{port}{n}"));
            }
        }
        let before_dot = name.split('.').next().unwrap_or_default();
        let base = before_dot.trim_end_matches(' ');
        if devices.iter().any(|d| d.eq_ignore_ascii_case(base)) {
            return Err(format!("`{base}` is a device"));
        }
        Ok(())
    }

    #[test]
    fn the_windows_check_itself_refuses_what_windows_refuses() {
        for bad in [
            "CON.md",
            "con",
            "aux.md",
            "Nul.tar.gz",
            "com1.html",
            "LPT9.json",
            "com¹.md",
            "lpt0",
            "conin$.md",
            "a:b.md",
            "a?.md",
            "a*",
            "tab\there",
            "x.",
            "x ",
            "",
            "q\"uote",
            "<b>",
            "a|b",
            "a\\b",
            "a/b",
        ] {
            assert!(windows_accepts(bad).is_err(), "{bad:?} should be refused");
        }
        let long = "é".repeat(256);
        assert!(windows_accepts(&long).is_err());
        for good in [
            "console.md",
            "con_.md",
            "aux_.2026.md",
            "com10.md",
            "lpt.md",
            "Ouderavond-groep-3.html",
            "index.json",
        ] {
            assert!(windows_accepts(good).is_ok(), "{good:?} should be accepted");
        }
    }

    #[test]
    fn device_names_of_windows_get_a_mark() {
        let inputs = [
            file("a/CON.toml"),
            file("a/aux.2026.toml"),
            file("b/Com1.toml"),
            file("b/LPT¹.toml"),
            file("b/nul .toml"),
            file("b/console.toml"),
            file("c/con_.toml"),
        ];
        assert_eq!(
            output_names(inputs.iter()),
            [
                "CON_",
                "aux_.2026",
                "Com1_",
                "LPT¹_",
                "nul_",
                "console",
                "con_-2"
            ]
        );
    }

    /// Text a user may type as a folder or file name, weighted towards what Windows
    /// refuses: device names in any case with extensions, reserved characters, control
    /// characters, trailing dots and spaces, long runs of letters outside ASCII.
    fn hostile_name() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            any::<String>(),
            "(?i)(con|prn|aux|nul|conin\\$|conout\\$|com[0-9¹²³]|lpt[0-9¹²³])( |\\.)?([a-z0-9 .]{0,6})",
            "[<>:\"/\\\\|?*\\x00-\\x1f. a-zA-Zé—-]{0,16}",
            "[a-zA-Z0-9 ._-]{0,8}[ .]{0,4}",
            "[σςΣkK\u{212a}ßẞ]{1,4}",
            "[𝔸😀é—a]{20,40}",
            // Long names in scripts of two, three and four bytes a letter.
            "[éøŁ]{50,130}",
            "[ऑक्षオ한]{40,90}",
            "[𝔸𝒳a-]{30,70}",
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 1000, .. Default::default() })]
        /// Whatever the session files and their folders are called, every file that
        /// `scan report -o DIR` writes (reports and the index, in every format) has a
        /// name Windows accepts, and no two of them are the same file in a folder that
        /// ignores case.
        #[test]
        fn every_derived_name_is_a_valid_windows_file_name(
            stems in proptest::collection::vec(hostile_name(), 1..4),
            files in proptest::collection::vec((hostile_name(), 0..4usize, proptest::bool::ANY), 1..8),
            stdin in proptest::bool::ANY,
        ) {
            // Few stems for many files, so that names collide and folders are put in front.
            let mut inputs: Vec<Input> = files
                .iter()
                .map(|(folder, pick, toml)| {
                    let stem = &stems[pick % stems.len()];
                    let name = if *toml { format!("{stem}.toml") } else { stem.clone() };
                    Input::File(PathBuf::from(folder).join(name))
                })
                .collect();
            if stdin {
                inputs.push(Input::Stdin);
            }
            let names = output_names(inputs.iter());
            proptest::prop_assert_eq!(names.len(), inputs.len());
            for ext in ["md", "html", "json"] {
                let (mut seen, mut seen_lower) = (HashSet::new(), HashSet::new());
                for name in names.iter().map(String::as_str).chain([INDEX]) {
                    let file = format!("{name}.{ext}");
                    if let Err(why) = windows_accepts(&file) {
                        proptest::prop_assert!(false, "{file:?}: {why} (inputs {inputs:?})");
                    }
                    proptest::prop_assert!(
                        file.len() <= output::NAME_BYTES,
                        "{file:?} is {} bytes, more than {} (inputs {inputs:?})",
                        file.len(),
                        output::NAME_BYTES
                    );
                    // Folded both ways on its own, not through the code's key.
                    proptest::prop_assert!(
                        seen.insert(file.to_uppercase()) && seen_lower.insert(file.to_lowercase()),
                        "{file:?} twice, ignoring case (inputs {inputs:?})"
                    );
                }
            }
        }
    }

    #[test]
    fn names_stay_in_the_folder_and_are_unique() {
        let inputs = [
            file("a/regenboog.toml"),
            file("b/regenboog.toml"),
            file("b/Regenboog.toml"),
            file("../../etc/passwd.toml"),
            file("x/index.toml"),
            file("x/.. .toml"),
            file("x/Ouders & team (2026).toml"),
            Input::Stdin,
        ];
        let names = output_names(inputs.iter());
        assert_eq!(
            names,
            [
                "a-regenboog",
                "b-regenboog",
                "b-Regenboog-2",
                "passwd",
                "index-2",
                "report",
                "Ouders-team-2026",
                "stdin",
            ]
        );
        for n in &names {
            assert!(
                !n.contains('/') && !n.contains('\\') && !n.starts_with('.'),
                "{n}"
            );
        }
    }
}

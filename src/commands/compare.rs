//! `scan compare`: many session files → statistics per item, criterion and group.
//!
//! Reads the inputs in parallel, a chunk at a time, and folds each session into a
//! [`Compare`] as soon as it is read, so memory does not grow with the amount of free
//! text. Partial comparisons are merged in input order, so the output does not depend
//! on how the threads were scheduled. Problems in files are shown as `scan validate`
//! shows them; the valid files are still compared unless `--strict`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};
use rayon::prelude::*;

use super::{Progress, file_list, mixed_definitions, moments_problems};
use crate::analyse::compare::{Compare, Comparison, DefinitionUse, GroupBy, Options, RoleFilter};
use crate::analyse::moments::{MomentsError, combine};
use crate::cli::{CompareArgs, CompareBy, CompareFormat, CompareRole};
use crate::diag::{self, Diagnostic, Reporter, Show};
use crate::git;
use crate::i18n::with_help;
use crate::load::{self, Input, Loaded, Loader};
use crate::render::table::CsvStyle;
use crate::render::{self, Lang, Renderer};
use crate::{Exit, Io, output, t};

/// Inputs read before their results are merged: bounds the sessions and diagnostics
/// held at once, and is how often the progress bar moves.
const CHUNK: usize = 256;
/// Inputs one worker folds into one partial comparison.
const PART: usize = 8;

pub fn run(args: CompareArgs, lang: Option<Lang>, io: &mut Io) -> Result<Exit> {
    if args.format == CompareFormat::Xlsx && args.output.is_none() {
        let message = t!(io.lang, "compare-xlsx-stdout");
        return Err(diag::Failure::new(diag::Code::OutputRefused, message)
            .help(t!(io.lang, "compare-xlsx-stdout-help"))
            .into());
    }
    if args.excel && args.format != CompareFormat::Csv {
        bail!(with_help(
            io.lang,
            &t!(io.lang, "compare-excel-not-csv"),
            &t!(io.lang, "compare-excel-not-csv-help")
        ));
    }
    if !args.at.is_empty() {
        return run_at(args, lang, io);
    }
    let inputs = super::inputs(&args.paths, args.verbose, io)?;
    load::require_inputs(&inputs)?;
    if let Some(target) = &args.output {
        let files: Vec<PathBuf> = inputs
            .iter()
            .filter_map(|i| match i {
                Input::File(p) => Some(p.clone()),
                Input::Stdin => None,
            })
            .collect();
        output::check_target(target, &files)?;
    }
    let look = Look::new(&args, lang)?;
    let options = options(&args);
    let loader = Loader::new();
    let progress = Progress::new(inputs.len(), args.quiet, io.lang, "progress-comparing");

    let mut compare = Compare::new(options);
    let mut problems = Problems::new(args.strict, args.quiet, io);
    for chunk in inputs.chunks(CHUNK) {
        let parts: Vec<Result<Part>> = chunk
            .par_chunks(PART)
            .map(|inputs| read_part(&loader, inputs, options, args.strict))
            .collect();
        // The bar moves on this thread only: it holds standard error (`io.err`), and a
        // worker drawing there would wait for it for ever.
        progress.advance(chunk.len());
        for part in parts {
            let part = part?;
            compare.merge(part.compare);
            problems.definition_files += part.definition_files;
            progress.suspend(|| problems.show(part.files, io))?;
        }
    }
    progress.finish();

    if compare.mixes_definitions() {
        let d = mixed_definitions(compare.definitions());
        problems.reporter.report_about_run(&mut *io.err, &d)?;
        problems.summary(inputs.len(), io)?;
        return Ok(Exit::Problems);
    }
    if args.strict && (problems.errors() > 0 || problems.warnings() > 0) {
        problems.summary(inputs.len(), io)?;
        writeln!(io.err, "{}", t!(io.lang, "compare-strict-nothing"))?;
        return Ok(Exit::Problems);
    }
    if compare.definitions().len() > 1 {
        let d = mixed_versions(compare.definitions());
        problems.reporter.report_about_run(&mut *io.err, &d)?;
        problems.about_run += 1;
    }
    let sessions = compare.sessions();
    let Some(comparison) = compare.finish(args.min_group) else {
        if problems.errors() > 0 {
            problems.summary(inputs.len(), io)?;
            writeln!(io.err, "{}", t!(io.lang, "compare-none-readable"))?;
            return Ok(Exit::Problems);
        }
        let message = t!(io.lang, "compare-no-sessions");
        return Err(diag::Failure::new(diag::Code::NoScanFiles, message).into());
    };

    // JSON, and Markdown from the built-in template, are written as they are made
    // (with a group per team they are large; a file is written whole or not at all,
    // see `output`); the rest is made first, so an error in a template writes nothing.
    let streamed = args.format == CompareFormat::Json
        || (args.format == CompareFormat::Md
            && look.as_ref().is_some_and(|l| l.renderer.streams()));
    let bytes = if streamed {
        None
    } else {
        Some(render(&comparison, &args, look.as_ref(), lang)?)
    };
    let write = |w: &mut dyn Write| -> Result<()> {
        match (&bytes, look.as_ref()) {
            (Some(b), _) => w.write_all(b)?,
            (None, Some(look)) => {
                let lang = look
                    .lang
                    .unwrap_or_else(|| Lang::for_definition(&comparison.definition.language));
                render::compare::markdown_to(&look.renderer, &comparison, lang, args.examples, w)?
            }
            (None, None) => render::compare::json_to(&comparison, w)?,
        }
        Ok(())
    };
    match &args.output {
        Some(target) => {
            // The definition files the sessions named are inputs too.
            output::check_target(target, &loader.definition_files())?;
            output::write_output_with(target, write)?
        }
        None => write(&mut *io.out)?,
    }

    if !args.quiet {
        writeln!(io.err, "{}", done(&comparison, sessions, &args, io.lang))?;
        if args.examples && args.format == CompareFormat::Csv {
            writeln!(io.err, "{}", t!(io.lang, "compare-csv-no-examples"))?;
        }
    }
    if problems.errors() > 0 {
        problems.summary(inputs.len(), io)?;
    } else if problems.file_warnings() > 0 && !args.quiet {
        writeln!(
            io.err,
            "{}",
            t!(
                io.lang,
                "compare-warnings-note",
                warnings = problems.file_warnings()
            )
        )?;
    }
    Ok(if problems.errors() > 0 {
        Exit::Problems
    } else {
        Exit::Ok
    })
}

/// `--at REV…`: the files as they were at each revision, side by side.
fn run_at(args: CompareArgs, lang: Option<Lang>, io: &mut Io) -> Result<Exit> {
    for (i, rev) in args.at.iter().enumerate() {
        if args.at[..i].contains(rev) {
            bail!(
                "{}",
                crate::t!(io.lang, "moments-twice", rev = rev.as_str())
            );
        }
    }
    if let Some(target) = &args.output {
        let files: Vec<PathBuf> = args.paths.iter().filter(|p| p.is_file()).cloned().collect();
        output::check_target(target, &files)?;
    }
    let look = Look::new(&args, lang)?;
    let mut broken = Vec::new();
    let moments =
        crate::moments::compare_at(&args.paths, &args.at, options(&args), |b| broken.push(b))?;
    let mut reporter = Reporter::new(io.lang, io.palette, Show::All, args.strict);
    if moments_problems(
        io,
        &mut reporter,
        &moments,
        &broken,
        args.quiet && !args.strict,
        |rev| rev.to_string(),
    )? {
        return Ok(Exit::Problems);
    }
    if args.strict && !broken.is_empty() {
        writeln!(io.err, "{}", crate::t!(io.lang, "moments-strict"))?;
        return Ok(Exit::Problems);
    }
    let per: Vec<(String, u64, Option<Comparison>)> = moments
        .into_iter()
        .map(|m| (m.rev, m.files, m.compare.finish(args.min_group)))
        .collect();
    let files_line = per
        .iter()
        .map(|(rev, files, _)| format!("{rev}: {files}"))
        .collect::<Vec<_>>()
        .join(", ");
    let count = per.len();
    let c = match combine(per, render::compare::csv_gap) {
        Ok(c) => c,
        Err(MomentsError::Empty) => {
            let rev = git::shell_word(args.at.last().map_or("HEAD", String::as_str));
            let failure = diag::Failure::new(diag::Code::NoScanFiles, t!(io.lang, "moments-empty"))
                .help(t!(io.lang, "moments-empty-help", rev = rev));
            return Err(failure.into());
        }
        Err(MomentsError::Mixed(list)) => {
            let list = list
                .iter()
                .map(|(rev, id)| format!("{rev}: {id}"))
                .collect::<Vec<_>>()
                .join(", ");
            let d = super::moments_mixed(list);
            reporter.report(&mut *io.err, &d)?;
            return Ok(Exit::Problems);
        }
    };
    let lang = lang.unwrap_or_else(|| Lang::for_definition(&c.definition.language));
    let bytes = match (args.format, &look) {
        (CompareFormat::Json, _) => render::moments::json(&c)?,
        (CompareFormat::Csv, _) => {
            let style = if args.excel {
                CsvStyle::Excel(lang)
            } else {
                CsvStyle::Plain
            };
            render::moments::csv(&c, lang, style)?
        }
        (CompareFormat::Xlsx, _) => render::moments::xlsx(&c, lang)?,
        (CompareFormat::Html, Some(look)) => {
            render::moments::html(&look.renderer, &c, lang)?.into_bytes()
        }
        (_, Some(look)) => render::moments::markdown(&look.renderer, &c, lang)?.into_bytes(),
        (_, None) => bail!("no template environment for this format"),
    };
    match &args.output {
        Some(target) => output::write_output(target, &bytes)?,
        None => io.out.write_all(&bytes)?,
    }
    if !args.quiet {
        writeln!(
            io.err,
            "{}",
            crate::t!(
                io.lang,
                "moments-done",
                moments = count,
                files = files_line,
                by = c.by.as_str()
            )
        )?;
    }
    Ok(Exit::Ok)
}

fn options(args: &CompareArgs) -> Options {
    let by = match args.by {
        CompareBy::Type => GroupBy::Type,
        CompareBy::Team => GroupBy::Team,
        CompareBy::Organisation => GroupBy::Organisation,
        CompareBy::Role => GroupBy::Role,
        CompareBy::File => GroupBy::File,
    };
    let role = match args.role {
        Some(CompareRole::Professionals) => RoleFilter::Professionals,
        Some(CompareRole::Parents) => RoleFilter::Parents,
        Some(CompareRole::Partners) => RoleFilter::Partners,
        Some(CompareRole::All) => RoleFilter::All,
        None if by == GroupBy::Role => RoleFilter::All,
        None => RoleFilter::Professionals,
    };
    Options {
        by,
        role,
        examples: args.examples,
    }
}

/// What one worker made of a few consecutive inputs.
struct Part {
    compare: Compare,
    definition_files: usize,
    /// Per input, in order: the problems worth showing, and how many warnings it had.
    files: Vec<FileProblems>,
}

struct FileProblems {
    diags: Vec<Diagnostic>,
    warnings: usize,
}

fn read_part(loader: &Loader, inputs: &[Input], options: Options, strict: bool) -> Result<Part> {
    let mut part = Part {
        compare: Compare::new(options),
        definition_files: 0,
        files: Vec::new(),
    };
    for input in inputs {
        let report = loader.load(input)?;
        let warnings = report.diags.iter().filter(|d| !d.is_error()).count();
        match report.loaded {
            // Definition files met on the way are not sessions: skipped, as the SPEC says.
            Loaded::Definition(_) => part.definition_files += 1,
            Loaded::Session(session) => {
                part.compare.add(&session);
                // A valid session's warnings are counted; shown only when they fail the run.
                part.files.push(FileProblems {
                    diags: if strict { report.diags } else { Vec::new() },
                    warnings,
                });
            }
            Loaded::Invalid => part.files.push(FileProblems {
                diags: report.diags,
                warnings,
            }),
        }
    }
    Ok(part)
}

/// Problems found so far, shown once each (a broken definition file shared by many
/// sessions is one problem) by the run's [`Reporter`]: errors, and warnings with
/// `--strict`; none with `--quiet`.
struct Problems {
    reporter: Reporter,
    definition_files: usize,
    /// Warnings about the run as a whole (counted by the reporter, not in any file).
    about_run: usize,
}

impl Problems {
    fn new(strict: bool, quiet: bool, io: &Io) -> Self {
        let show = if quiet { Show::Nothing } else { Show::Errors };
        Problems {
            reporter: Reporter::new(io.lang, io.palette, show, strict),
            definition_files: 0,
            about_run: 0,
        }
    }

    fn show(&mut self, files: Vec<FileProblems>, io: &mut Io) -> Result<()> {
        for file in files {
            let shown_warnings = file.diags.iter().filter(|d| !d.is_error()).count();
            self.reporter
                .count_warnings(file.warnings - shown_warnings.min(file.warnings));
            for d in &file.diags {
                self.reporter.report(&mut *io.err, d)?;
            }
        }
        Ok(())
    }

    fn errors(&self) -> usize {
        self.reporter.errors()
    }

    fn warnings(&self) -> usize {
        self.reporter.warnings()
    }

    /// The warnings found in the compared files (which `scan validate` shows).
    fn file_warnings(&self) -> usize {
        self.reporter.warnings() - self.about_run
    }

    fn summary(&self, files: usize, io: &mut Io) -> Result<()> {
        let mut line = self.reporter.summary(files);
        if self.file_warnings() > 0 && !self.reporter.strict() {
            line = crate::t!(io.lang, "validate-shows-warnings", summary = line);
        }
        writeln!(io.err, "{line}")?;
        Ok(())
    }
}

/// The warning that sessions use different versions of one definition, naming which
/// files use which version.
fn mixed_versions(uses: &[DefinitionUse]) -> Diagnostic {
    let lines = uses
        .iter()
        .map(|u| {
            crate::msg!(
                "compare-mixed-versions-line",
                version = u.definition.version.as_str(),
                files = file_list(u)
            )
        })
        .collect();
    Diagnostic::about_files(
        diag::Severity::Warning,
        diag::Code::MixedVersions,
        crate::msg!(
            "compare-mixed-versions",
            definition = uses.first().map_or("", |u| u.definition.id.as_str())
        ),
    )
    .with_lines(lines)
}

/// The closing line on stderr: what was compared, and what was left out.
fn done(c: &Comparison, sessions: u64, args: &CompareArgs, lang: Lang) -> String {
    let role = match c.role {
        RoleFilter::All => t!(lang, "compare-all-roles"),
        r => t!(lang, "compare-role", role = r.as_str()),
    };
    let mut line = t!(
        lang,
        "compare-done",
        teams = c.teams,
        groups = c.groups.len(),
        files = sessions,
        by = t!(lang, "compare-by", by = c.by.as_str()),
        role = role
    );
    if c.left_out.groups > 0 {
        line.push_str(&t!(
            lang,
            "compare-left-out",
            groups = c.left_out.groups,
            min = args.min_group,
            teams = c.left_out.teams
        ));
    }
    if c.teams == 0 && c.left_out.groups == 0 {
        line.push('\n');
        line.push_str(&t!(
            lang,
            "compare-no-team-with-role",
            role = c.role.as_str()
        ));
    }
    line
}

/// How Markdown and HTML are made: checked before any file is read, so a typo in
/// `--lang` or `--template` does not wait for a thousand files.
struct Look {
    renderer: Renderer,
    lang: Option<Lang>,
}

impl Look {
    fn new(args: &CompareArgs, lang: Option<Lang>) -> Result<Option<Look>> {
        if !matches!(args.format, CompareFormat::Md | CompareFormat::Html) {
            return Ok(None);
        }
        Ok(Some(Look {
            renderer: Renderer::new(args.template.as_deref())?,
            lang,
        }))
    }
}

fn render(
    c: &Comparison,
    args: &CompareArgs,
    look: Option<&Look>,
    lang: Option<Lang>,
) -> Result<Vec<u8>> {
    let lang = || lang.unwrap_or_else(|| Lang::for_definition(&c.definition.language));
    Ok(match (args.format, look) {
        (CompareFormat::Json, _) => render::compare::json(c)?,
        (CompareFormat::Csv, _) => {
            let style = if args.excel {
                CsvStyle::Excel(lang())
            } else {
                CsvStyle::Plain
            };
            render::compare::csv(c, lang(), style)?
        }
        (CompareFormat::Xlsx, _) => render::compare::xlsx(c, lang())?,
        (format, Some(look)) => {
            let lang = look
                .lang
                .unwrap_or_else(|| Lang::for_definition(&c.definition.language));
            let text = if format == CompareFormat::Html {
                render::compare::html(&look.renderer, c, lang, args.examples)?
            } else {
                render::compare::markdown(&look.renderer, c, lang, args.examples)?
            };
            text.into_bytes()
        }
        (_, None) => bail!("no template environment for this format"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusal_names_files_and_counts_the_rest() {
        let def = crate::load::builtin("partnerschapscan").unwrap();
        let u = DefinitionUse {
            definition: def,
            count: 8,
            files: (0..DefinitionUse::NAMED)
                .map(|i| format!("f{i}.toml"))
                .collect(),
        };
        assert_eq!(
            file_list(&u).render(Lang::En),
            "f0.toml, f1.toml, f2.toml, f3.toml, f4.toml and 3 more"
        );
        let d = mixed_definitions(&[u]);
        assert_eq!(d.code, diag::Code::MixedDefinitions);
        assert!(
            diag::render_human(&d, diag::Palette::PLAIN, Lang::En)
                .contains("partnerschapscan (version 1.0): f0.toml")
        );
    }
}

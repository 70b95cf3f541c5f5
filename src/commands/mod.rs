//! One module per subcommand: each takes its parsed arguments and an `Io`, and returns
//! how the run ended. Nothing here exits the process or prints outside `Io`.

mod compare;
mod completions;
mod diff;
mod explain;
mod fmt;
mod form;
mod history;
mod import;
mod list;
mod man;
mod new;
mod report;
mod schema;
mod templates;
mod validate;
mod worksheet;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Result;
use serde::Serialize;

use crate::analyse::compare::DefinitionUse;
use crate::cli::{Cli, Command, NewFormat};
use crate::diag::{self, Diagnostic};
use crate::load::{self, NamedDefinition};
use crate::model::{Definition, Session};
use crate::output;
use crate::render::Lang;
use crate::versions::LoadedVersion;
use crate::{Exit, Io};

/// Runs the command; a failure with a code (see [`failure_diagnostic`]) is shown like
/// a problem in a file and ends the run with its exit status; any other error is the
/// caller's to show.
pub fn run(cli: Cli, io: &mut Io) -> Result<Exit> {
    match run_command(cli, io) {
        Err(e) if !output::is_broken_pipe(&e) => match failure_diagnostic(&e) {
            (Some(d), exit) => {
                let mut reporter = diag::Reporter::new(io.lang, io.palette, diag::Show::All, false);
                reporter.report(&mut *io.err, &d)?;
                Ok(exit)
            }
            (None, _) => Err(e),
        },
        done => done,
    }
}

fn run_command(cli: Cli, io: &mut Io) -> Result<Exit> {
    use crate::cli::choose_format;
    let mut cli = cli;
    match &mut cli.command {
        Command::Report(a) => {
            a.format = choose_format("report", a.format_arg, a.output.as_deref())?
        }
        Command::Compare(a) => {
            a.format = choose_format("compare", a.format_arg, a.output.as_deref())?
        }
        Command::History(a) => {
            a.format = choose_format("history", a.format_arg, a.output.as_deref())?
        }
        Command::Diff(a) => a.format = choose_format("diff", a.format_arg, a.output.as_deref())?,
        _ => {}
    }
    match cli.command {
        Command::New(args) if args.format == NewFormat::Html => worksheet::run(&args, cli.lang, io),
        Command::New(args) if args.format == NewFormat::Form => form::run(&args, cli.lang, io),
        Command::New(args) => new::run(args, io),
        Command::Validate(args) => validate::run(args, io),
        Command::List(args) => list::run(args, io),
        Command::Compare(args) => compare::run(args, cli.lang, io),
        Command::Report(args) => report::run(args, cli.lang, io),
        Command::Templates(args) => templates::run(args, io),
        Command::Fmt(args) => fmt::run(args, io),
        Command::Schema(args) => schema::run(args, io),
        Command::Completions(args) => completions::run(args, io),
        Command::Man(args) => man::run(args, io),
        Command::History(args) => history::run(args, cli.lang, io),
        Command::Diff(args) => diff::run(args, cli.lang, io),
        Command::Import(args) => import::run(args, io),
        Command::Explain(args) => explain::run(&args, io),
    }
}

/// The label of an organisation type given on the command line (`--type`), or a
/// usage error naming the types the definition has.
pub(crate) fn type_label<'a>(
    def: &'a crate::model::Definition,
    t: &str,
    lang: crate::i18n::Lang,
) -> anyhow::Result<&'a str> {
    if let Some(label) = def.types.get(t) {
        return Ok(label);
    }
    let allowed: Vec<&str> = def.types.keys().map(String::as_str).collect();
    let types = allowed.join(", ");
    let message = match crate::diag::did_you_mean(t, allowed.iter().copied()) {
        Some(s) => crate::t!(
            lang,
            "no-such-type-did-you-mean",
            definition = def.id.as_str(),
            kind = t,
            suggestion = s,
            types = types
        ),
        None => crate::t!(
            lang,
            "no-such-type",
            definition = def.id.as_str(),
            kind = t,
            types = types
        ),
    };
    anyhow::bail!(message)
}

/// The inputs of a command that reads session files; with `verbose`, a note for every
/// TOML file a folder walk skipped because it is not about a scan.
pub(super) fn inputs(
    paths: &[std::path::PathBuf],
    verbose: bool,
    io: &mut Io,
) -> Result<Vec<crate::load::Input>> {
    let (inputs, skipped) = crate::load::collect_inputs_and_skipped(paths)?;
    if verbose {
        for p in skipped {
            writeln!(
                io.err,
                "{}",
                crate::t!(io.lang, "walk-skipped", file = p.display().to_string())
            )?;
        }
    }
    Ok(inputs)
}

/// Prints the problems of versions that do not validate (only their errors: the
/// warnings of old versions are old news) and the notes; returns the invalid versions.
/// With `past_as_warnings`, the problems of committed versions are shown as warnings.
pub fn report_problems<'v>(
    versions: &'v [LoadedVersion],
    notes: &[crate::i18n::Msg],
    show_problems: bool,
    show_notes: bool,
    past_as_warnings: bool,
    reporter: &mut diag::Reporter,
    io: &mut Io,
) -> Result<Vec<&'v LoadedVersion>> {
    let mut invalid = Vec::new();
    for v in versions {
        if v.session.is_some() {
            continue;
        }
        invalid.push(v);
        if !show_problems {
            continue;
        }
        let mut diags: Vec<Diagnostic> = v.diags.iter().filter(|d| d.is_error()).cloned().collect();
        if past_as_warnings && v.meta.commit.is_some() {
            for d in &mut diags {
                d.severity = diag::Severity::Warning;
            }
        }
        for d in &diags {
            reporter.report(&mut *io.err, d)?;
        }
    }
    if show_notes {
        for n in notes {
            writeln!(
                io.err,
                "{}: {}",
                crate::t!(io.lang, "note-label"),
                n.render(io.lang)
            )?;
        }
    }
    Ok(invalid)
}

/// The error that stopped a command as a diagnostic with its code (`None` for an error
/// without one: a failure of scan itself or of the machine), and the exit status it
/// gives. The coded errors are [`diag::Failure`], git's failures and errors in the
/// user's template: the outermost is found first, as the error itself, a context given
/// to it (only anyhow sees those) or a cause below it.
pub fn failure_diagnostic(e: &anyhow::Error) -> (Option<Diagnostic>, Exit) {
    use diag::failure::Coded;
    fn of<'a>(e: &'a (dyn std::error::Error + 'static)) -> Option<&'a dyn Coded> {
        if let Some(f) = e.downcast_ref::<diag::Failure>() {
            Some(f)
        } else if let Some(g) = e.downcast_ref::<crate::git::GitError>() {
            Some(g)
        } else {
            e.downcast_ref::<crate::render::TemplateError>()
                .map(|t| t as &dyn Coded)
        }
    }
    let coded = e
        .downcast_ref::<diag::Failure>()
        .map(|f| f as &dyn Coded)
        .or_else(|| e.chain().find_map(of));
    match coded {
        Some(c) => {
            let (d, exit) = diag::failure::diagnostic(e, c);
            (Some(d), exit)
        }
        None => (None, Exit::Failure),
    }
}

/// `--lang`, else the definition's language (of the newest readable version).
pub fn choose_lang(arg: Option<Lang>, newest: Option<&Session>) -> Lang {
    arg.or_else(|| newest.map(|s| Lang::for_definition(&s.definition.language)))
        .unwrap_or(Lang::En)
}

pub fn json(value: &impl Serialize) -> Result<String> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text)
}

/// Writes to standard output, or atomically to `-o FILE`.
pub fn emit(text: &str, output: Option<&Path>, io: &mut Io) -> Result<()> {
    match output {
        Some(path) => {
            output::write_output(path, text.as_bytes())?;
            writeln!(
                io.err,
                "{}",
                crate::t!(io.lang, "output-wrote", path = path.display().to_string())
            )?;
        }
        None => io.out.write_all(text.as_bytes())?,
    }
    Ok(())
}

/// A definition found by [`named_definition`], and the file it was read from.
pub(crate) type NamedFound = (Arc<Definition>, Option<PathBuf>);

/// A definition named on the command line (a built-in id or a file's path), with its
/// diagnostics shown (only the errors with `errors_only`); `Err(exit)` when the file
/// has errors. The path is the file's, `None` for a built-in.
pub(crate) fn named_definition(
    name: &str,
    errors_only: bool,
    io: &mut Io,
) -> Result<std::result::Result<NamedFound, Exit>> {
    let (found, diags) = match load::named_definition(name)? {
        NamedDefinition::Found {
            definition,
            path,
            diags,
        } => (Ok((definition, path)), diags),
        NamedDefinition::Invalid(diags) => (Err(Exit::Problems), diags),
    };
    let show = if errors_only {
        diag::Show::Errors
    } else {
        diag::Show::All
    };
    let mut reporter = diag::Reporter::new(io.lang, io.palette, show, false);
    for d in &diags {
        reporter.report(&mut *io.err, d)?;
    }
    Ok(found)
}

/// One team to write (or one worksheet to print): its name from `--team`, its type
/// from `--type`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TeamSpec {
    pub name: Option<String>,
    pub kind: Option<String>,
}

/// The teams `--team` and `--type` ask for: the i-th name with the i-th type, or one
/// type for every name; without names, one team per type.
pub(crate) fn team_specs(args: &crate::cli::NewArgs) -> anyhow::Result<Vec<TeamSpec>> {
    let (names, types) = (&args.teams, &args.types);
    if names.is_empty() {
        return Ok(types
            .iter()
            .map(|t| TeamSpec {
                name: None,
                kind: Some(t.clone()),
            })
            .collect());
    }
    if types.len() > 1 && types.len() != names.len() {
        anyhow::bail!(crate::t!(
            crate::i18n::run_lang(),
            "new-teams-and-types",
            teams = names.len(),
            types = types.len()
        ));
    }
    Ok(names
        .iter()
        .enumerate()
        .map(|(i, n)| TeamSpec {
            name: Some(n.clone()),
            kind: types.get(i).or(types.first()).cloned(),
        })
        .collect())
}

/// The problems of measurement moments: the files left out at a past moment because
/// they did not validate there (one warning each, the revision as `rev_label` names it,
/// or only their count when `quiet`), and the refusal when a moment mixes definitions.
/// `true` when the run stops for it.
pub(crate) fn moments_problems(
    io: &mut Io,
    reporter: &mut diag::Reporter,
    moments: &[crate::moments::Moment],
    broken: &[crate::moments::Broken],
    quiet: bool,
    rev_label: impl Fn(&str) -> String,
) -> Result<bool> {
    if !quiet {
        for b in broken {
            let rev = crate::git::shell_word(&rev_label(&b.rev));
            let path = crate::git::shell_word(&b.path);
            let d = Diagnostic::about_files(
                diag::Severity::Warning,
                diag::Code::MomentInvalid,
                crate::msg!(
                    "moments-left-out",
                    path = path.as_str(),
                    rev = rev.as_str(),
                    errors = b.errors.len().max(1)
                ),
            )
            .with_help(crate::msg!(
                "moments-left-out-help",
                path = path.as_str(),
                rev = rev.as_str()
            ));
            reporter.report(&mut *io.err, &d)?;
        }
    } else if !broken.is_empty() {
        reporter.count_warnings(broken.len());
        writeln!(
            io.err,
            "{}",
            crate::t!(io.lang, "moments-left-out-count", n = broken.len())
        )?;
    }
    if let Some(m) = moments.iter().find(|m| m.compare.mixes_definitions()) {
        reporter.report(&mut *io.err, &mixed_definitions(m.compare.definitions()))?;
        return Ok(true);
    }
    Ok(false)
}

/// The refusal to compare sessions of different definitions, naming which files use
/// which definition.
pub(crate) fn mixed_definitions(uses: &[DefinitionUse]) -> Diagnostic {
    let lines = uses
        .iter()
        .map(|u| {
            crate::msg!(
                "mixed-definitions-line",
                definition = u.definition.id.as_str(),
                version = u.definition.version.as_str(),
                files = file_list(u)
            )
        })
        .collect();
    Diagnostic::about_files(
        diag::Severity::Error,
        diag::Code::MixedDefinitions,
        crate::msg!("mixed-definitions"),
    )
    .with_lines(lines)
    .with_help(crate::msg!("mixed-definitions-help"))
}

/// The refusal to compare measurement moments that use different definitions;
/// `list` names each moment's definition.
pub(crate) fn moments_mixed(list: String) -> Diagnostic {
    Diagnostic::about_files(
        diag::Severity::Error,
        diag::Code::MixedDefinitions,
        crate::msg!("moments-mixed", list = list),
    )
    .with_help(crate::msg!("mixed-definitions-help"))
}

/// The files that use a definition: the first few by name, and how many more.
pub(crate) fn file_list(u: &DefinitionUse) -> crate::i18n::Msg {
    let list = u.files.join(", ");
    let more = u.count.saturating_sub(u.files.len() as u64);
    if more > 0 {
        crate::msg!("files-and-more", list = list, more = more)
    } else {
        list.into()
    }
}

/// Runs `work` on each of `items` on all cores ([`rayon::current_num_threads`]
/// threads), and `each` on the results in the items' order, on the calling thread, as
/// soon as a result and all before it are ready. The threads take the items in order,
/// one at a time, so a slow item holds up only the results after it, never another
/// thread (the results finished past it wait until it is done). An error from `each`
/// stops the work (each thread ends with the item it is on) and is returned.
pub(crate) fn for_each_in_order<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&T) -> R + Sync,
    mut each: impl FnMut(R) -> Result<()>,
) -> Result<()> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let threads = rayon::current_num_threads().clamp(1, items.len().max(1));
    let next = AtomicUsize::new(0);
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, R)>(threads);
    std::thread::scope(|s| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, work) = (&next, &work);
            s.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if tx.send((i, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // Owned here, so that an early return drops it and the threads stop.
        let rx = rx;
        let mut waiting = std::collections::BTreeMap::new();
        let mut wanted = 0;
        for (i, result) in &rx {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&wanted) {
                wanted += 1;
                each(result)?;
            }
        }
        Ok(())
    })
}

/// Fewer inputs than this finish too soon for a progress bar to help.
const PROGRESS_FROM: usize = 200;

/// A progress bar on a terminal for long runs (`compare`, `report -o DIR`), in the
/// user's language; nothing in pipes, in CI, with `--quiet` or for a small batch.
pub(crate) struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    /// A bar for `total` files, named by the message `doing` ("comparing", …).
    pub(crate) fn new(total: usize, quiet: bool, lang: crate::i18n::Lang, doing: &str) -> Self {
        use std::io::IsTerminal;
        let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
        if !Progress::wanted(total, quiet, ci, std::io::stderr().is_terminal()) {
            return Progress(None);
        }
        let bar = indicatif::ProgressBar::new(total as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(&Progress::template(lang)) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_prefix(crate::t!(lang, doing));
        Progress(Some(bar))
    }

    /// The bar's layout: indicatif's fields (`{pos}`, `{eta}`, …) in the words of
    /// `lang`.
    fn template(lang: crate::i18n::Lang) -> String {
        let counts = crate::t!(
            lang,
            "progress-files",
            pos = "{pos}",
            len = "{len}",
            eta = "{eta}"
        );
        format!("{{prefix}} [{{wide_bar}}] {counts}")
    }

    /// Only for people watching a long run: a terminal, not CI, not `--quiet`, and
    /// enough files for it to matter.
    fn wanted(total: usize, quiet: bool, ci: bool, terminal: bool) -> bool {
        terminal && !quiet && !ci && total >= PROGRESS_FROM
    }

    pub(crate) fn advance(&self, files: usize) {
        if let Some(bar) = &self.0 {
            bar.inc(files as u64);
        }
    }

    /// Runs `f` with the bar out of the way, so messages are not drawn over.
    pub(crate) fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.0 {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// A run that stops early (an error) does not leave its bar on the screen.
impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Failure};
    use anyhow::Context as _;

    #[test]
    fn progress_only_for_long_runs_on_a_terminal() {
        assert!(Progress::wanted(5000, false, false, true));
        assert!(Progress::wanted(PROGRESS_FROM, false, false, true));
        assert!(!Progress::wanted(5000, false, false, false), "pipes");
        assert!(!Progress::wanted(5000, false, true, true), "CI");
        assert!(!Progress::wanted(5000, true, false, true), "--quiet");
        assert!(
            !Progress::wanted(PROGRESS_FROM - 1, false, false, true),
            "small batches"
        );
    }

    #[test]
    fn the_progress_bar_speaks_the_users_language() {
        use crate::i18n::Lang;
        assert_eq!(
            Progress::template(Lang::En),
            "{prefix} [{wide_bar}] {pos}/{len} files ({eta} left)"
        );
        assert_eq!(
            Progress::template(Lang::Nl),
            "{prefix} [{wide_bar}] {pos}/{len} bestanden (nog {eta})"
        );
        for lang in [Lang::En, Lang::Nl] {
            assert!(indicatif::ProgressStyle::with_template(&Progress::template(lang)).is_ok());
        }
    }

    #[test]
    fn work_on_all_cores_is_taken_in_the_items_order() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let items: Vec<u64> = (0..500).collect();
        let mut seen = Vec::new();
        // Uneven work, so that results come back out of order.
        let slow = |n: &u64| {
            std::thread::sleep(std::time::Duration::from_micros((n * 7919) % 13 * 50));
            n * 2
        };
        for_each_in_order(&items, slow, |r| {
            seen.push(r);
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, items.iter().map(|n| n * 2).collect::<Vec<_>>());
        for_each_in_order(&[] as &[u64], slow, |_| panic!("no items")).unwrap();

        // An error stops the work: items from 25 on wait until `each` has failed;
        // then each thread ends with the item it is on, or the few more the channel
        // takes before it is closed.
        let started = AtomicUsize::new(0);
        let failed = std::sync::atomic::AtomicBool::new(false);
        let mut taken = 0;
        let err = for_each_in_order(
            &items,
            |n| {
                started.fetch_add(1, Ordering::SeqCst);
                while *n >= 25 && !failed.load(Ordering::SeqCst) {
                    std::thread::yield_now();
                }
                *n
            },
            |n| {
                taken += 1;
                if n == 20 {
                    failed.store(true, Ordering::SeqCst);
                    anyhow::bail!("stop at 20")
                }
                Ok(())
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "stop at 20");
        assert_eq!(taken, 21);
        let threads = rayon::current_num_threads();
        let started = started.load(Ordering::SeqCst);
        assert!(started <= 25 + 4 * threads, "{started} started");
    }

    #[test]
    fn a_failure_is_found_as_itself_as_a_context_and_as_a_cause() {
        let f = Failure::new(Code::OutputUnwritable, "cannot write `a.md`").help("look");
        let itself = anyhow::Error::new(f.clone());
        let as_context = Err::<(), _>(std::io::Error::other("disk full"))
            .context(f.clone())
            .unwrap_err();
        let as_cause = anyhow::Error::new(f).context("while writing the index");
        for (e, text) in [
            (itself, "cannot write `a.md`"),
            (as_context, "cannot write `a.md`: disk full"),
            (as_cause, "while writing the index: cannot write `a.md`"),
        ] {
            let (d, exit) = failure_diagnostic(&e);
            let d = d.expect("coded");
            assert_eq!(d.code, Code::OutputUnwritable);
            assert_eq!(d.message(crate::i18n::Lang::En), text);
            assert_eq!(d.help(crate::i18n::Lang::En).as_deref(), Some("look"));
            assert_eq!(exit, Exit::Failure);
        }
    }

    #[test]
    fn an_error_without_a_code_stays_plain() {
        let (d, exit) = failure_diagnostic(&anyhow::anyhow!("out of memory"));
        assert!(d.is_none());
        assert_eq!(exit, Exit::Failure);
    }
}

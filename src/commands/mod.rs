//! One module per subcommand: each takes its parsed arguments and an `Io`, and returns
//! how the run ended. Nothing here exits the process or prints outside `Io`.

mod compare;
mod completions;
mod diff;
mod fmt;
mod history;
mod import;
mod list;
mod man;
mod new;
mod progress_view;
mod report;
mod schema;
mod templates;
mod validate;
mod worksheet;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::{Exit, Io};

pub fn run(cli: Cli, io: &mut Io) -> Result<Exit> {
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
        Command::New(args) => new::run(args, cli.lang, io),
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
    }
}

/// Diagnostics shared by several files (a broken definition file used by many
/// sessions) are shown once.
pub(crate) fn dedup(diags: &mut Vec<crate::diag::Diagnostic>) {
    let mut seen = crate::diag::Seen::default();
    diags.retain(|d| seen.first_time(d));
}

/// The label of an organisation type given on the command line (`--type`), or a
/// usage error naming the types the definition has.
pub(crate) fn type_label<'a>(
    def: &'a crate::model::Definition,
    t: &str,
) -> anyhow::Result<&'a str> {
    if let Some(label) = def.types.get(t) {
        return Ok(label);
    }
    let allowed: Vec<&str> = def.types.keys().map(String::as_str).collect();
    let hint = match crate::diag::did_you_mean(t, allowed.iter().copied()) {
        Some(s) => format!(" Did you mean `{s}`?"),
        None => String::new(),
    };
    anyhow::bail!(
        "{} has no organisation type `{t}`.{hint} Its types are: {}",
        def.id,
        allowed.join(", ")
    )
}

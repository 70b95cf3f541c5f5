//! The command line: clap types whose doc comments are the `--help` text.

use crate::t;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub mod help;

use crate::i18n::Lang;

/// Turn a partnership scan, written down in TOML, into reports that people act on.
///
/// A team rates its own organisation on the criteria of a scan (built in: the
/// Partnerschapscan), parents are heard on the same questions, and `scan` checks the
/// files, compares teams and writes the reports.
#[derive(Debug, Parser)]
#[command(
    name = "scan",
    bin_name = "scan",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(
    after_help = "Start with `scan new --org \"Kindcentrum De Regenboog\" --type childcare -o regenboog.toml`,\nfill it in, then `scan validate regenboog.toml`."
)]
pub struct Cli {
    /// Language of messages and of the words of reports: `nl` (Dutch) or `en` (English).
    /// Messages default to SCAN_LANG, else the locale (LANG), else English; reports to
    /// the scan definition's language.
    #[arg(long, global = true, value_name = "LANG", value_parser = Lang::from_arg)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    New(NewArgs),
    Validate(ValidateArgs),
    List(ListArgs),
    Compare(CompareArgs),
    Report(ReportArgs),
    Templates(TemplatesArgs),
    Fmt(FmtArgs),
    Schema(SchemaArgs),
    Completions(CompletionsArgs),
    #[command(hide = true)]
    Man(ManArgs),
    History(HistoryArgs),
    Diff(DiffArgs),
    Import(ImportArgs),
    Explain(ExplainArgs),
}

/// Write a new session file, ready to fill in, for an organisation and its team types.
///
/// Every item of the definition is present (empty), with its question as a comment
/// above it. Never overwrites an existing file.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scan new --org \"Kindcentrum De Regenboog\" --type childcare --type primary -o regenboog.toml\n  scan new --format html --type childcare --type primary -o werkbladen.html   # one sheet per team\n  scan new --format html --parents --org \"Kindcentrum De Regenboog\" -o ouderavond.html\n  scan new --format form --org \"Kindcentrum De Regenboog\" --type childcare --team \"Team peuters\" -o formulier.html"
)]
pub struct NewArgs {
    /// The organisation's name.
    #[arg(long, value_name = "NAME", required_if_eq_any([("format", "toml"), ("format", "form")]))]
    pub org: Option<String>,
    /// An organisation type (one team each); repeat for more teams, e.g. `--type childcare --type primary`.
    #[arg(long = "type", value_name = "TYPE", required_if_eq_any([("format", "toml"), ("format", "form")]))]
    pub types: Vec<String>,
    /// The definition: a built-in id or the path of a definition file.
    #[arg(long, value_name = "ID|PATH", default_value = "partnerschapscan")]
    pub definition: String,
    /// Also add a team for what parents say. With `--format html`: the worksheet for the
    /// parents' evening instead, in parents' words.
    #[arg(long)]
    pub parents: bool,
    /// A team's name; repeat for more teams, in the order of `--type` (one name for
    /// each type, or one type for all names). With `--format html`: one worksheet per
    /// team. With `--format form`: the one team the form is for [default: the label
    /// of its --type].
    #[arg(long = "team", value_name = "NAME")]
    pub teams: Vec<String>,
    /// Where to write the new file (standard output when absent). Never overwritten.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// `toml`: a session file to fill in; `html`: a printable worksheet (A4) of the
    /// definition for a session on paper (--org and --type are then optional); `form`:
    /// one HTML page to fill in one team's answers on screen.
    #[arg(long, value_enum, default_value_t = NewFormat::Toml)]
    pub format: NewFormat,
    /// The role of the form's team (`--format form`) [default: professionals].
    #[arg(long, value_enum)]
    pub role: Option<RoleArg>,
    /// A minijinja template (file or folder) used instead of the built-in worksheet.
    #[arg(long, value_name = "FILE|DIR")]
    pub template: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewFormat {
    /// A session file to fill in.
    Toml,
    /// A printable worksheet of the definition.
    Html,
    /// One HTML page to fill in one team's answers on screen (works offline); it shows
    /// the session file of what is filled in, to copy or download.
    Form,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagFormat {
    /// Messages for people, with the source line and a caret.
    Human,
    /// One JSON document for scripts and editors.
    Json,
}

/// Check session and definition files, and show every problem at once.
///
/// Each problem has a stable code, the file, line and column, the line itself with a
/// caret under the exact place, and a hint. Exit status: 0 when there is no error,
/// 1 when there are errors (or warnings with --strict), 2 when a file cannot be read.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scan validate regenboog.toml\n  scan validate sessions/          # every *.toml below, honouring .gitignore\n  scan validate --format json - < regenboog.toml"
)]
pub struct ValidateArgs {
    /// Files, directories or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// How to print the problems.
    #[arg(long, value_enum, default_value_t = DiagFormat::Human)]
    pub format: DiagFormat,
    /// Treat warnings as errors (exit 1 when there are any).
    #[arg(long)]
    pub strict: bool,
    /// Print only the summary line.
    #[arg(short, long)]
    pub quiet: bool,
    /// Also say which TOML files in folders were skipped as not being about a scan
    /// (such as `.taplo.toml` or `Cargo.toml`).
    #[arg(long)]
    pub verbose: bool,
}

/// List the built-in definitions and templates.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  scan list")]
pub struct ListArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Rewrite session files into one layout, keeping every comment and every value.
///
/// The layout: `definition` first, then `[session]`, an inline definition if any, the
/// teams in file order with their answers in the definition's order, `[targets]`,
/// then the actions. Keys in a fixed order, text in double quotes, answers indented
/// two spaces, one blank line between tables. Files with errors are left alone (fix
/// them first: see `scan validate`). Definition files are skipped.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scan fmt regenboog.toml\n  scan fmt sessions/                # every session file below, honouring .gitignore\n  scan fmt --check sessions/        # for CI and git hooks: exit 1 and a diff when not formatted\n  scan fmt - < regenboog.toml       # formatted text on standard output"
)]
pub struct FmtArgs {
    /// Files, directories or `-` (read standard input, write the result to standard output).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Change nothing; show a diff of each file that is not formatted and exit 1.
    #[arg(long)]
    pub check: bool,
    /// Print no summary line.
    #[arg(short, long)]
    pub quiet: bool,
    /// Also say which TOML files in folders were skipped as not being about a scan
    /// (such as `.taplo.toml` or `Cargo.toml`).
    #[arg(long)]
    pub verbose: bool,
}

/// Print a JSON Schema of session files (or definition files), for editors.
///
/// With the schema, editors that use taplo (VS Code's Even Better TOML, and others)
/// complete keys, show what each key means and mark mistakes while you type. Save it
/// next to your files and put `#:schema ./scan.schema.json` on the first line of a
/// session file, or name it in a `.taplo.toml`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scan schema > scan.schema.json\n  scan schema --for partnerschapscan > partnerschapscan.schema.json   # knows the items, types and scale\n  scan schema --definition > scan-definition.schema.json"
)]
pub struct SchemaArgs {
    /// The schema of definition files instead of session files.
    #[arg(long, conflicts_with = "for_definition")]
    pub definition: bool,
    /// Narrow the schema to one definition (a built-in id or the path of a definition
    /// file): its item codes, organisation types and score range.
    #[arg(long = "for", value_name = "ID|PATH")]
    pub for_definition: Option<String>,
    /// Write the schema to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Print shell completions for `scan`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scan completions bash > ~/.local/share/bash-completion/completions/scan\n  scan completions zsh > ~/.zfunc/_scan\n  scan completions fish > ~/.config/fish/completions/scan.fish\n  scan completions powershell >> $PROFILE"
)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Write man pages for `scan` and each of its commands into a folder.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  scan man target/man && man -l target/man/scan.1")]
pub struct ManArgs {
    /// The folder to write `scan.1` and `scan-COMMAND.1` into (created if missing).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// GitHub-flavoured Markdown, readable as plain text.
    #[default]
    Md,
    /// One self-contained HTML page (inline CSS and SVG charts, no scripts).
    Html,
    /// Every number at full precision, for scripts.
    Json,
}

/// Write the report of a session: facts, scores per criterion and team, every answer,
/// professionals against parents, targets, completeness and the action plan.
///
/// One file gives one report on standard output (or in -o FILE). Many files, or a
/// folder, with -o DIR give one report per session file, named after it, plus an
/// index page. Definition files met in folders are skipped. Files with errors are
/// reported like `scan validate` does and left out; the exit status is then 1.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scan report regenboog.toml                      # Markdown on standard output\n  scan report --format html -o regenboog.html regenboog.toml\n  scan report --format html -o reports/ sessions/   # one report per file + index.html\n  scan report --template mijn-rapport.html.j2 --format html regenboog.toml\n  scan report --audience parents --format html -o voor-ouders.html regenboog.toml"
)]
pub struct ReportArgs {
    /// Session files, directories or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The kind of report [default: the extension of -o, else md].
    #[arg(long = "format", id = "format", value_enum, value_name = "FORMAT")]
    pub format_arg: Option<ReportFormat>,
    /// The format in use: `--format`, else chosen by the extension of `-o`.
    #[arg(skip)]
    pub format: ReportFormat,
    /// Where to write: a file for one report, a folder for many (created when missing).
    /// Never an input file.
    #[arg(short, long, value_name = "FILE|DIR")]
    pub output: Option<PathBuf>,
    /// A minijinja template file, or a folder whose templates replace the built-in ones
    /// of the same name (see `scan templates export`).
    #[arg(long, value_name = "FILE|DIR")]
    pub template: Option<PathBuf>,
    /// Treat warnings as errors: files with warnings are left out, exit status 1.
    #[arg(long)]
    pub strict: bool,
    /// Print only errors: no warnings (unless --strict), no note of what was written.
    #[arg(short, long)]
    pub quiet: bool,
    /// Also say which TOML files in folders were skipped as not being about a scan
    /// (such as `.taplo.toml` or `Cargo.toml`).
    #[arg(long)]
    pub verbose: bool,
    /// Add the date and time the report was made (UTC; `SOURCE_DATE_EPOCH` when set).
    /// Without it the same input always gives byte-identical output.
    #[arg(long)]
    pub stamp: bool,
    /// Who the report is for: `team` (everything), or `parents` (what parents said, the
    /// team's criterion scores, the differences and the plan; no team texts, examples
    /// or votes).
    #[arg(long, value_enum, default_value_t = Audience::Team)]
    pub audience: Audience,
}

/// Who a session report is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Audience {
    /// The organisation's teams: every answer, vote and figure.
    Team,
    /// Parents: their own answers, the team's criterion scores, the gaps and the plan.
    Parents,
}

/// Work with the built-in report templates.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  scan templates export mijn-templates/\n  scan report --template mijn-templates/ --format html regenboog.toml"
)]
pub struct TemplatesArgs {
    #[command(subcommand)]
    pub command: TemplatesCommand,
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    Export(ExportArgs),
}

/// Write the built-in templates into a folder, as a start for your own. Existing files
/// are never overwritten. Use the folder with `--template DIR`: a template there
/// replaces the built-in one of the same name, and can `{% extends "builtin/NAME" %}`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  scan templates export mijn-templates/")]
pub struct ExportArgs {
    /// The folder to write to (created when missing).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ProgressFormat {
    /// Markdown (GitHub-flavoured), readable as plain text.
    #[default]
    Md,
    /// One self-contained HTML page, to open in a browser or print.
    Html,
    /// JSON for scripts; numbers at full precision.
    Json,
}

/// How a session file's scores changed across its git history.
///
/// One row per commit that changed the file (following renames), oldest first: the
/// date, the short commit hash, the tags pointing at it (tags name measurement moments,
/// like `nulmeting-2025`), each team's score per criterion and the change since the
/// previous version. Uncommitted changes in the working tree are the last row. A
/// commit with errors is named, its problems are printed as warnings (it cannot be
/// changed any more: exit 0, or 1 with --strict), and the others are still shown;
/// errors in the working tree are errors (exit 1). Dates are author dates, in the
/// commit's own time zone.
///
/// With a folder: every organisation whose session files are below it, one table
/// each with its criterion scores (the mean over its professionals' teams) at every
/// moment, and one line per organisation with the change since its first moment. The
/// moments are the commits that changed a file below the folder, or with --tags-only
/// every tag (each file as it was at the tag). Uncommitted changes are not included.
///
/// The HTML page of one file adds a trend chart per criterion, with its numbers in a
/// table beside it.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scan history regenboog.toml\n  scan history --tags-only --format html -o voortgang.html regenboog.toml\n  scan history --format json regenboog.toml\n  scan history --tags-only sessies/            # every organisation at every measurement moment"
)]
pub struct HistoryArgs {
    /// The session file, or a folder of session files; it must be in a git repository.
    #[arg(value_name = "FILE|FOLDER")]
    pub file: PathBuf,
    /// Output format [default: the extension of -o, else md].
    #[arg(long = "format", id = "format", value_enum, value_name = "FORMAT")]
    pub format_arg: Option<ProgressFormat>,
    /// The format in use: `--format`, else chosen by the extension of `-o`.
    #[arg(skip)]
    pub format: ProgressFormat,
    /// Only versions a tag points at (the measurement moments).
    #[arg(long)]
    pub tags_only: bool,
    /// Your own template: a file used instead of the built-in one, or a folder whose
    /// templates override the built-in ones of the same name.
    #[arg(long, value_name = "FILE|DIR")]
    pub template: Option<PathBuf>,
    /// Where to write (standard output when absent).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print no notes or problems of old versions, only the summary.
    #[arg(short, long)]
    pub quiet: bool,
    /// Fail (exit 1) when a version in git history does not validate; without it that
    /// is a warning, since a commit cannot be changed any more.
    #[arg(long)]
    pub strict: bool,
}

/// What changed in a session file between two versions in git.
///
/// Per team and item: the score before → after, answers added or removed, texts
/// changed (a short word-level summary), examples added or removed; teams added,
/// removed or probably renamed; actions whose status changed. With one revision the
/// file in the working tree is the newer version.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scan diff nulmeting-2025 regenboog.toml            # that tag against the working tree\n  scan diff nulmeting-2025 meting-2026 regenboog.toml\n  scan diff HEAD~1 HEAD --format html -o wijzigingen.html regenboog.toml"
)]
#[command(override_usage = "scan diff [OPTIONS] <REV> [REV] <FILE>")]
pub struct DiffArgs {
    /// The older revision (a tag, commit hash, branch or e.g. `HEAD~1`), optionally
    /// the newer one (default: the working tree), then the session file (in a git
    /// repository).
    #[arg(value_name = "REV|FILE", required = true)]
    pub args: Vec<std::ffi::OsString>,
    /// Output format [default: the extension of -o, else md].
    #[arg(long = "format", id = "format", value_enum, value_name = "FORMAT")]
    pub format_arg: Option<ProgressFormat>,
    /// The format in use: `--format`, else chosen by the extension of `-o`.
    #[arg(skip)]
    pub format: ProgressFormat,
    /// Your own template: a file used instead of the built-in one, or a folder whose
    /// templates override the built-in ones of the same name.
    #[arg(long, value_name = "FILE|DIR")]
    pub template: Option<PathBuf>,
    /// Where to write (standard output when absent).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print no notes, only problems.
    #[arg(short, long)]
    pub quiet: bool,
}

/// What `scan compare` groups teams by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareBy {
    /// The organisation type (childcare, primary, …).
    Type,
    /// The team's name (teams of the same name in different files form one group).
    Team,
    /// The organisation of the session.
    Organisation,
    /// Professionals, parents and partners.
    Role,
    /// The session file.
    File,
}

/// Whose teams `scan compare` compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareRole {
    Professionals,
    Parents,
    Partners,
    All,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// Markdown (GitHub-flavoured).
    #[default]
    Md,
    /// One self-contained HTML page with charts.
    Html,
    /// For scripts and other tools: every number at full precision.
    Json,
    /// One row per item or criterion and group, with a header row.
    Csv,
    /// An Excel workbook (needs -o FILE): sheets of criteria, items and groups (and
    /// changes with --at); numbers are numbers, shown with one decimal.
    Xlsx,
}

/// Compare answers across many teams: per item, per criterion and per group.
///
/// Reads session files and folders (every *.toml below them; definition files are
/// skipped) and shows, per group, the number of teams, mean, median, minimum, maximum,
/// standard deviation, completeness, words and examples per answer. The items where
/// groups differ most come first; professionals are set against parents per group.
/// Files of different definitions are refused; files with errors are reported and left
/// out (exit status 1), unless --strict stops the comparison.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scan compare sessions/                          # by organisation type, Markdown\n  scan compare sessions/ --by organisation --min-group 5 --format html -o vergelijking.html\n  scan compare sessions/ --by role --format csv -o scores.csv\n  scan compare --at nulmeting-2025 --at meting-2026 sessions/ -o voortgang.xlsx"
)]
pub struct CompareArgs {
    /// Session files, directories or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// What to group the teams by.
    #[arg(long, value_enum, default_value_t = CompareBy::Type)]
    pub by: CompareBy,
    /// Whose teams to compare [default: professionals; all with --by role].
    #[arg(long, value_enum)]
    pub role: Option<CompareRole>,
    /// Output format [default: the extension of -o, else md].
    #[arg(long = "format", id = "format", value_enum, value_name = "FORMAT")]
    pub format_arg: Option<CompareFormat>,
    /// The format in use: `--format`, else chosen by the extension of `-o`.
    #[arg(skip)]
    pub format: CompareFormat,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Leave out groups of fewer than N teams (privacy when comparing organisations).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub min_group: u64,
    /// Also list the examples teams gave, most frequent first, with counts.
    #[arg(long)]
    pub examples: bool,
    /// A template file or folder that replaces the built-in `compare.md.j2` / `compare.html.j2`.
    #[arg(long, value_name = "FILE|DIR")]
    pub template: Option<PathBuf>,
    /// Treat warnings as errors, and compare nothing when any file has a problem.
    #[arg(long)]
    pub strict: bool,
    /// No progress bar and no details of problems: only a one-line summary of them.
    #[arg(short, long)]
    pub quiet: bool,
    /// Also say which TOML files in folders were skipped as not being about a scan
    /// (such as `.taplo.toml` or `Cargo.toml`).
    #[arg(long)]
    pub verbose: bool,
    /// Compare the files as they were at a git revision (a tag naming a measurement
    /// moment, a commit, a branch); repeat for more moments, oldest first. Each moment
    /// reads the session files (and the definition files they name) from that revision.
    #[arg(long = "at", value_name = "REV")]
    pub at: Vec<String>,
    /// CSV for a spreadsheet program opened by double-click: a UTF-8 BOM, and in Dutch
    /// `;` between fields and a decimal comma (language: --lang, else the definition's).
    #[arg(long)]
    pub excel: bool,
}

/// What the extension of `-o` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputKind {
    Md,
    Html,
    Json,
    Csv,
    Xlsx,
}

impl OutputKind {
    fn of_extension(ext: &str) -> Option<OutputKind> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "md" => OutputKind::Md,
            "html" | "htm" => OutputKind::Html,
            "json" => OutputKind::Json,
            "csv" => OutputKind::Csv,
            "xlsx" => OutputKind::Xlsx,
            _ => return None,
        })
    }
}

/// A command's `--format` values that `-o`'s extension can choose.
pub trait OutputFormat: Copy + PartialEq + ValueEnum {
    fn from_kind(kind: OutputKind) -> Option<Self>;
    fn name(self) -> String {
        self.to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    }
}

impl OutputFormat for ReportFormat {
    fn from_kind(kind: OutputKind) -> Option<Self> {
        match kind {
            OutputKind::Md => Some(ReportFormat::Md),
            OutputKind::Html => Some(ReportFormat::Html),
            OutputKind::Json => Some(ReportFormat::Json),
            _ => None,
        }
    }
}

impl OutputFormat for ProgressFormat {
    fn from_kind(kind: OutputKind) -> Option<Self> {
        match kind {
            OutputKind::Md => Some(ProgressFormat::Md),
            OutputKind::Html => Some(ProgressFormat::Html),
            OutputKind::Json => Some(ProgressFormat::Json),
            _ => None,
        }
    }
}

impl OutputFormat for CompareFormat {
    fn from_kind(kind: OutputKind) -> Option<Self> {
        Some(match kind {
            OutputKind::Md => CompareFormat::Md,
            OutputKind::Html => CompareFormat::Html,
            OutputKind::Json => CompareFormat::Json,
            OutputKind::Csv => CompareFormat::Csv,
            OutputKind::Xlsx => CompareFormat::Xlsx,
        })
    }
}

/// The format a command writes: `--format` when given, else the one the extension of
/// `-o` names, else Markdown. A usage error (exit 2) when the extension is unknown or
/// names a format the command does not write (without `--format`), or contradicts
/// `--format`. A folder that exists says nothing by its name.
pub fn choose_format<F: OutputFormat + Default>(
    command: &str,
    explicit: Option<F>,
    output: Option<&std::path::Path>,
) -> anyhow::Result<F> {
    let ext = output
        .filter(|p| !p.is_dir())
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().into_owned());
    let lang = crate::i18n::run_lang();
    let writes = F::value_variants()
        .iter()
        .map(|f| f.name())
        .collect::<Vec<_>>()
        .join(", ");
    // A `.toml` output is refused later, with its own reason (it would be a scan file).
    let Some(ext) = ext.filter(|e| !e.eq_ignore_ascii_case("toml")) else {
        return Ok(explicit.unwrap_or_default());
    };
    let kind = OutputKind::of_extension(&ext);
    let named = kind.and_then(F::from_kind);
    match (explicit, named) {
        (Some(f), Some(n)) if f != n => Err(refused(
            &t!(
                lang,
                "format-extension-mismatch",
                format = f.name(),
                ext = ext
            ),
            &t!(lang, "format-extension-mismatch-help", format = f.name()),
        )),
        (Some(f), _) if kind.is_some() && named.is_none() => Err(refused(
            &t!(
                lang,
                "format-not-written-mismatch",
                command = command,
                format = f.name(),
                ext = ext
            ),
            &t!(lang, "format-not-written-mismatch-help", format = f.name()),
        )),
        (Some(f), _) => Ok(f),
        (None, Some(n)) => Ok(n),
        (None, None) if kind.is_some() => Err(refused(
            &t!(lang, "format-not-written", command = command, ext = ext),
            &t!(lang, "format-not-written-help", writes = writes),
        )),
        (None, None) => Err(refused(
            &t!(
                lang,
                "format-unknown-extension",
                command = command,
                ext = ext
            ),
            &t!(lang, "format-unknown-extension-help", writes = writes),
        )),
    }
}

/// A format the output's name does not allow: refused with a hint (exit 2).
fn refused(message: &str, help: &str) -> anyhow::Error {
    crate::diag::Failure::new(crate::diag::Code::OutputRefused, message)
        .help(help)
        .into()
}

/// The role of a team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    Professionals,
    Parents,
    Partners,
}

/// Bring answers collected elsewhere into a session file: form exports (CSV, XLSX,
/// ODS from Microsoft Forms, Google Forms, LimeSurvey, KoboToolbox) and session files
/// written by the form (`scan new --format form`).
///
/// One row is one respondent; a column belongs to an item when its header starts with
/// the item's code (`A1`, `A1.`, `[A1]`, `groep_a/A1`) or ends in `[A1]`; `A1
/// toelichting` is the item's text, `A1 voorbeelden` its examples. Each respondent's
/// value becomes one vote; other columns (ID, times, names, e-mail) are left out. The
/// session file is edited in place, keeping its comments, and only when every value
/// of every source is right.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scan import antwoorden.xlsx --into regenboog.toml --team \"Ouderavond 12 november\" --type childcare\n  scan import export.csv --into regenboog.toml --team-column School --type primary --dry-run\n  scan import team-onderbouw.toml --into regenboog.toml      # a file the form wrote"
)]
pub struct ImportArgs {
    /// CSV, XLSX or ODS exports, or session files (`.toml`).
    #[arg(required = true, value_name = "SOURCE")]
    pub sources: Vec<PathBuf>,
    /// The session file to add the answers to; it must exist (see `scan new`).
    #[arg(long, value_name = "SESSION.toml")]
    pub into: PathBuf,
    /// The team all rows belong to.
    #[arg(long, value_name = "NAME", conflicts_with = "team_column")]
    pub team: Option<String>,
    /// The column whose values name the teams (one team per distinct value).
    #[arg(long, value_name = "HEADER")]
    pub team_column: Option<String>,
    /// The organisation type of teams that are not in the session yet.
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// The role of teams that are not in the session yet [default: parents].
    #[arg(long, value_enum)]
    pub role: Option<RoleArg>,
    /// Replace the votes, texts and examples of items a team already has votes on.
    #[arg(long)]
    pub replace: bool,
    /// Change nothing; show what would change as a diff.
    #[arg(long)]
    pub dry_run: bool,
    /// A TOML file that names the item of headers scan does not recognise:
    /// `"Waarom wilt u partnerschap?" = "A1"`, `"Licht toe" = "A1 toelichting"`.
    #[arg(long, value_name = "FILE")]
    pub map: Option<PathBuf>,
    /// The sheet of a workbook to read [default: the first].
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Also say which columns were left out and how each CSV file was read.
    #[arg(short, long)]
    pub verbose: bool,
    /// Print only problems.
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
}

/// Explain a problem code that scan showed (like `score-out-of-range`): what it means,
/// a wrong and a right example, and how to fix it.
///
/// The explanation is in the language of messages (--lang, SCAN_LANG, the locale).
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  scan explain score-out-of-range\n  scan explain --list")]
pub struct ExplainArgs {
    /// The code, as shown between brackets: `error[unknown-key]` → `unknown-key`.
    #[arg(
        value_name = "CODE",
        required_unless_present = "list",
        conflicts_with = "list"
    )]
    pub code: Option<String>,
    /// List every code with what it is about.
    #[arg(long)]
    pub list: bool,
}

//! `scan import`: answers from form exports and form files into a session file.
//! Reads every source first; writes the session (atomically, in place) only when
//! every source is right and no answer would be overwritten without `--replace`.

use std::path::Path;

use anyhow::{Context, Result, bail};
use indexmap::IndexMap;

use crate::cli::{ImportArgs, RoleArg};
use crate::diag::{Code, Diagnostic, Failure, Reporter, Show};
use crate::import::{self, Options, TeamFrom, edit};
use crate::load::{self, Input, Loaded, Loader};
use crate::model::Role;
use crate::{Exit, Io, msg, output, t};

const BOM: &[u8] = b"\xEF\xBB\xBF";

pub fn run(args: ImportArgs, io: &mut Io) -> Result<Exit> {
    let into = &args.into;
    let lang = io.lang;
    if !into.is_file() {
        let file = into.display().to_string();
        let message = if into.exists() {
            t!(lang, "import-into-not-file", file = file)
        } else {
            t!(lang, "import-into-missing", file = file)
        };
        return Err(Failure::new(Code::Unreadable, message).into());
    }
    // Every problem of the run is shown, once, even with `--quiet`: it is why nothing
    // was imported.
    let mut reporter = Reporter::new(lang, io.palette, Show::All, false);
    let source = match load::read_input(&Input::File(into.clone()))? {
        Ok(s) => s,
        Err(d) => return show(&[d], &mut reporter, io).map(|()| Exit::Problems),
    };
    let base = into.parent().map(Path::to_path_buf).unwrap_or_default();
    let loader = Loader::new();
    let (loaded, diags) = loader.load_source(&source, &base);
    let errors: Vec<Diagnostic> = diags.into_iter().filter(Diagnostic::is_error).collect();
    if !errors.is_empty() {
        show(&errors, &mut reporter, io)?;
        writeln!(
            io.err,
            "{}",
            t!(lang, "import-into-invalid", file = source.name.as_str())
        )?;
        return Ok(Exit::Problems);
    }
    let session = match loaded {
        Loaded::Session(s) => s,
        _ => {
            let message = t!(
                lang,
                "import-into-definition",
                file = into.display().to_string()
            );
            return Err(Failure::new(Code::NotASession, message).into());
        }
    };
    let def = session.definition.clone();
    if let Some(t) = &args.kind {
        super::type_label(&def, t, io.lang)?;
    }
    let map = match &args.map {
        Some(p) => match read_map(p)? {
            Ok(map) => map,
            Err(d) => return show(&[d], &mut reporter, io).map(|()| Exit::Problems),
        },
        None => IndexMap::new(),
    };
    let opts = Options {
        team: match (&args.team, &args.team_column) {
            (Some(t), _) => TeamFrom::Name(t.clone()),
            (None, Some(c)) => TeamFrom::Column(c.clone()),
            (None, None) => TeamFrom::Unset,
        },
        map,
        sheet: args.sheet.clone(),
    };
    for s in &args.sources {
        let file = s.display().to_string();
        if !s.is_file() {
            let message = t!(lang, "import-no-such-source", file = file);
            return Err(Failure::new(Code::Unreadable, message).into());
        }
        if same_file(s, into) {
            let message = t!(lang, "import-source-is-session", file = file);
            return Err(Failure::new(Code::ImportFile, message).into());
        }
    }
    let imported = import::read_sources(&args.sources, &def, &opts)?;
    if args.verbose {
        for n in &imported.notes {
            writeln!(io.err, "{}: {}", t!(lang, "note-label"), n.render(lang))?;
        }
    }
    if !imported.problems.is_empty() {
        show(&imported.problems, &mut reporter, io)?;
        writeln!(
            io.err,
            "{}",
            t!(
                lang,
                "import-problems",
                problems = imported.problems.len(),
                file = source.name.as_str()
            )
        )?;
        return Ok(Exit::Problems);
    }
    if imported.teams.is_empty() {
        writeln!(
            io.err,
            "{}",
            t!(lang, "import-nothing", file = source.name.as_str())
        )?;
        return Ok(Exit::Ok);
    }
    let plan = edit::Plan {
        replace: args.replace,
        kind: args.kind.as_deref(),
        role: match args.role {
            Some(RoleArg::Professionals) => Role::Professionals,
            Some(RoleArg::Partners) => Role::Partners,
            Some(RoleArg::Parents) | None => Role::Parents,
        },
    };
    let edit::Edited {
        text,
        check,
        changes,
    } = match edit::apply(&source.text, &session, &imported.teams, &plan)? {
        Ok(done) => done,
        Err(edit::Refusal::Problems(p)) => {
            show(&p, &mut reporter, io)?;
            writeln!(
                io.err,
                "{}",
                t!(lang, "import-not-changed", file = source.name.as_str())
            )?;
            return Ok(Exit::Problems);
        }
        Err(edit::Refusal::NeedsType(message)) => {
            return Err(Failure::new(Code::ImportNoTeam, message.render(lang)).into());
        }
    };
    // What is written must be a valid session file: checked, never assumed (through
    // the same text with each votes array cut to its extremes; see `edit::Edited`).
    let check = crate::source::Source::new(source.name.clone(), check);
    let (_, after) = loader.load_source(&check, &base);
    drop(check);
    if let Some(d) = after.iter().find(|d| d.is_error()) {
        bail!(t!(
            lang,
            "import-would-break",
            file = source.name.as_str(),
            problem = d.message(lang)
        ));
    }
    let old_bytes =
        std::fs::read(into).with_context(|| format!("cannot read `{}`", into.display()))?;
    let mut new_bytes = Vec::with_capacity(text.len() + 3);
    if old_bytes.starts_with(BOM) {
        new_bytes.extend_from_slice(BOM);
    }
    new_bytes.extend_from_slice(text.as_bytes());
    if args.dry_run {
        write_diff(&source.name, &source.text, &text, lang, io)?;
    } else if new_bytes != old_bytes {
        output::rewrite_in_place(into, &new_bytes)?;
    }
    if !args.quiet {
        for c in &changes {
            let line = t!(
                lang,
                if c.added {
                    "import-team-added"
                } else {
                    "import-team-updated"
                },
                team = c.name.as_str(),
                kind = c.kind.as_str(),
                role = c.role.as_str(),
                items = c.items,
                respondents = c.respondents,
                voted = c.voted
            );
            writeln!(io.err, "{line}")?;
        }
        let file = source.name.as_str();
        if args.dry_run {
            writeln!(io.err, "{}", t!(lang, "import-dry-run", file = file))?;
        } else {
            writeln!(io.err, "{}", t!(lang, "import-wrote", file = file))?;
        }
    }
    Ok(Exit::Ok)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// `--map FILE`: `"header text" = "A1"` lines. Its problems are the user's input
/// problems, shown like a session file's, at their line.
fn read_map(path: &Path) -> Result<Result<IndexMap<String, String>, Diagnostic>> {
    let source = match load::read_input(&Input::File(path.to_path_buf()))? {
        Ok(s) => s,
        Err(d) => return Ok(Err(d)),
    };
    let table = match toml::de::DeTable::parse(&source.text) {
        Ok(table) => table,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let error = e.message().trim().trim_end_matches('.').to_string();
            let d = Diagnostic::error(
                Code::ImportMap,
                &source,
                span,
                msg!("import-map-invalid", error = error),
            )
            .with_help(msg!("import-map-help"));
            return Ok(Err(d));
        }
    };
    let mut map = IndexMap::new();
    for (k, v) in table.get_ref() {
        let key = k.get_ref().to_string();
        let toml::de::DeValue::String(text) = v.get_ref() else {
            let d = Diagnostic::error(
                Code::ImportMap,
                &source,
                v.span(),
                msg!("import-map-not-text", key = key.as_str()),
            )
            .with_help(msg!("import-map-help"));
            return Ok(Err(d));
        };
        map.insert(key.trim().to_string(), text.to_string());
    }
    Ok(Ok(map))
}

fn show(diags: &[Diagnostic], reporter: &mut Reporter, io: &mut Io) -> Result<()> {
    for d in diags {
        reporter.report(&mut *io.err, d)?;
    }
    Ok(())
}

/// A unified diff, the way `git diff` shows it.
fn write_diff(
    name: &str,
    before: &str,
    after: &str,
    lang: crate::i18n::Lang,
    io: &mut Io,
) -> Result<()> {
    let before = before.replace("\r\n", "\n");
    let after = after.replace("\r\n", "\n");
    let diff = similar::TextDiff::from_lines(&before, &after);
    write!(
        io.out,
        "{}",
        diff.unified_diff()
            .context_radius(3)
            .header(name, &t!(lang, "import-diff-after", file = name))
    )?;
    Ok(())
}

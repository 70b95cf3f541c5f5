//! `scan import`: answers from form exports and form files into a session file.
//! Reads every source first; writes the session (atomically, in place) only when
//! every source is right and no answer would be overwritten without `--replace`.

use std::path::Path;

use anyhow::{Context, Result, bail};
use indexmap::IndexMap;

use crate::cli::{ImportArgs, RoleArg};
use crate::diag::{self, Diagnostic};
use crate::import::{self, Options, TeamFrom, edit};
use crate::load::{self, Input, Loaded, Loader};
use crate::model::Role;
use crate::{Exit, Io, output};

const BOM: &[u8] = b"\xEF\xBB\xBF";

pub fn run(args: ImportArgs, io: &mut Io) -> Result<Exit> {
    let into = &args.into;
    if !into.is_file() {
        let hint = if into.exists() {
            "it is not a file".to_string()
        } else {
            format!(
                "scan import adds answers to an existing session file; make one first with `scan new --org NAME --type TYPE -o {}`",
                into.display()
            )
        };
        bail!(
            "`{}` does not exist as a session file: {hint}",
            into.display()
        );
    }
    let source = match load::read_input(&Input::File(into.clone()))? {
        Ok(s) => s,
        Err(d) => return show(&[d], io).map(|()| Exit::Problems),
    };
    let base = into.parent().map(Path::to_path_buf).unwrap_or_default();
    let loader = Loader::new();
    let (loaded, diags) = loader.load_source(&source, &base);
    let errors: Vec<Diagnostic> = diags.into_iter().filter(Diagnostic::is_error).collect();
    if !errors.is_empty() {
        show(&errors, io)?;
        writeln!(
            io.err,
            "{}: fix these problems first (see `scan validate`); nothing was imported",
            source.name
        )?;
        return Ok(Exit::Problems);
    }
    let session = match loaded {
        Loaded::Session(s) => s,
        _ => bail!(
            "`{}` is a definition, not a session file; import into a session file (see `scan new`)",
            into.display()
        ),
    };
    let def = session.definition.clone();
    if let Some(t) = &args.kind {
        super::type_label(&def, t, io.lang)?;
    }
    let map = match &args.map {
        Some(p) => read_map(p, io.lang)?,
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
        if !s.is_file() {
            bail!("cannot read `{}`: there is no such file", s.display());
        }
        if same_file(s, into) {
            bail!(
                "`{}` is the session file itself; name another source",
                s.display()
            );
        }
    }
    let imported = import::read_sources(&args.sources, &def, &opts)?;
    if args.verbose {
        for n in &imported.notes {
            writeln!(io.err, "note: {n}")?;
        }
    }
    if !imported.problems.is_empty() {
        show(&imported.problems, io)?;
        let n = imported.problems.len();
        writeln!(
            io.err,
            "{n} problem{} in the sources; {} was not changed",
            if n == 1 { "" } else { "s" },
            source.name
        )?;
        return Ok(Exit::Problems);
    }
    if imported.teams.is_empty() {
        writeln!(
            io.err,
            "the sources hold no answers; {} was not changed",
            source.name
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
    let (text, changes) = match edit::apply(&source.text, &session, &imported.teams, &plan)? {
        Ok(done) => done,
        Err(edit::Refusal::Problems(p)) => {
            show(&p, io)?;
            writeln!(io.err, "{} was not changed", source.name)?;
            return Ok(Exit::Problems);
        }
        Err(edit::Refusal::Usage(message)) => bail!(message),
    };
    // What is written must be a valid session file: checked, never assumed.
    let check = crate::source::Source::new(source.name.clone(), text.clone());
    let (_, after) = loader.load_source(&check, &base);
    if let Some(d) = after.iter().find(|d| d.is_error()) {
        bail!(
            "scan import would have made {} invalid ({}), so it left the file as it is (please report this, with the sources)",
            source.name,
            d.message(io.lang)
        );
    }
    let old_bytes =
        std::fs::read(into).with_context(|| format!("cannot read `{}`", into.display()))?;
    let mut new_bytes = Vec::with_capacity(text.len() + 3);
    if old_bytes.starts_with(BOM) {
        new_bytes.extend_from_slice(BOM);
    }
    new_bytes.extend_from_slice(text.as_bytes());
    if args.dry_run {
        write_diff(&source.name, &source.text, &text, io)?;
    } else if new_bytes != old_bytes {
        output::rewrite_in_place(into, &new_bytes)?;
    }
    if !args.quiet {
        for c in &changes {
            let who = if c.respondents > 0 {
                format!(
                    "{} respondent{}",
                    c.respondents,
                    if c.respondents == 1 { "" } else { "s" }
                )
            } else {
                "a session file".to_string()
            };
            writeln!(
                io.err,
                "{} team `{}` ({}, {}): {} item{} from {who}, {} with votes",
                if c.added { "added" } else { "updated" },
                c.name,
                c.kind,
                c.role,
                c.items,
                if c.items == 1 { "" } else { "s" },
                c.voted
            )?;
        }
        if args.dry_run {
            writeln!(io.err, "dry run: {} was not changed", source.name)?;
        } else {
            writeln!(io.err, "wrote {}", source.name)?;
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

/// `--map FILE`: `"header text" = "A1"` lines.
fn read_map(path: &Path, lang: crate::i18n::Lang) -> Result<IndexMap<String, String>> {
    let source = match load::read_input(&Input::File(path.to_path_buf()))? {
        Ok(s) => s,
        Err(d) => bail!("{}: {}", d.file, d.message(lang)),
    };
    let table: toml::Table = toml::from_str(&source.text).map_err(|e| {
        let at = e
            .span()
            .map(|s| {
                let (l, c) = source.line_col(s.start);
                format!(":{l}:{c}")
            })
            .unwrap_or_default();
        anyhow::anyhow!(
            "{}{at}: this --map file is not valid TOML: {}",
            path.display(),
            e.message()
        )
    })?;
    let mut map = IndexMap::new();
    for (k, v) in table {
        let Some(v) = v.as_str() else {
            bail!(
                "{}: `{k}` must name an item as text, like `\"{k}\" = \"A1\"`",
                path.display()
            );
        };
        map.insert(k.trim().to_string(), v.to_string());
    }
    Ok(map)
}

fn show(diags: &[Diagnostic], io: &mut Io) -> Result<()> {
    for d in diags {
        writeln!(io.err, "{}", diag::render_human(d, io.palette, io.lang))?;
    }
    Ok(())
}

/// A unified diff, the way `git diff` shows it.
fn write_diff(name: &str, before: &str, after: &str, io: &mut Io) -> Result<()> {
    let before = before.replace("\r\n", "\n");
    let after = after.replace("\r\n", "\n");
    let diff = similar::TextDiff::from_lines(&before, &after);
    write!(
        io.out,
        "{}",
        diff.unified_diff()
            .context_radius(3)
            .header(name, &format!("{name} (imported)"))
    )?;
    Ok(())
}

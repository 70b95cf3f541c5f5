//! `scan new`: a session file to fill in, every item present with its question.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use anyhow::{Result, bail};

use crate::cli::{NewArgs, NewFormat};
use crate::diag::{self, did_you_mean};
use crate::load::{self, Input, Loaded, Loader};
use crate::model::Definition;
use crate::output;
use crate::{Exit, Io};

pub fn run(args: NewArgs, lang: Option<crate::i18n::Lang>, io: &mut Io) -> Result<Exit> {
    if args.format == NewFormat::Html {
        return super::worksheet::run(&args, lang, io);
    }
    if args.org.is_none() || args.types.is_empty() {
        bail!(
            "a new session file needs the organisation and at least one team type: `scan new --org NAME --type TYPE` (only the worksheet, `--format html`, can do without)"
        );
    }
    if let Some(out) = &args.output
        && out.exists()
    {
        bail!(
            "`{}` already exists; scan new never overwrites a file (choose another name)",
            out.display()
        );
    }
    let (def, reference) = match resolve(&args, io)? {
        Ok(found) => found,
        Err(exit) => return Ok(exit),
    };
    for t in &args.types {
        super::type_label(&def, t)?;
    }
    team_specs(&args)?;
    let text = session_template(&def, &reference, &args);
    match &args.output {
        Some(path) => {
            output::write_atomic(path, text.as_bytes(), false)?;
            let teams = team_count(&args);
            writeln!(
                io.err,
                "wrote {} ({} {}, {} items each)",
                path.display(),
                teams,
                if teams == 1 { "team" } else { "teams" },
                def.item_count()
            )?;
        }
        None => io.out.write_all(text.as_bytes())?,
    }
    Ok(Exit::Ok)
}

fn team_count(args: &NewArgs) -> usize {
    args.types.len().max(args.teams.len()) + usize::from(args.parents)
}

/// One team to write (or one worksheet to print): its name from `--team`, its type
/// from `--type`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct TeamSpec {
    pub name: Option<String>,
    pub kind: Option<String>,
}

/// The teams `--team` and `--type` ask for: the i-th name with the i-th type, or one
/// type for every name; without names, one team per type.
pub(super) fn team_specs(args: &NewArgs) -> Result<Vec<TeamSpec>> {
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
        bail!(
            "{} team names and {} types: give one `--type` for every `--team` (in the same order), or one `--type` for all of them",
            names.len(),
            types.len()
        );
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

/// The definition, and how the new file refers to it.
pub(super) fn resolve(
    args: &NewArgs,
    io: &mut Io,
) -> Result<std::result::Result<(Arc<Definition>, String), Exit>> {
    if let Some(def) = load::builtin(&args.definition) {
        return Ok(Ok((def, args.definition.clone())));
    }
    let path = PathBuf::from(&args.definition);
    if !path.is_file() {
        let hint = match did_you_mean(&args.definition, load::builtin_ids()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!(
                "the built-in definitions are {}; or give the path of a definition file",
                load::builtin_ids().collect::<Vec<_>>().join(", ")
            ),
        };
        bail!(
            "there is no built-in definition or definition file `{}`: {hint}",
            args.definition
        );
    }
    let report = Loader::new().load(&Input::File(path.clone()))?;
    for d in &report.diags {
        writeln!(io.err, "{}", diag::render_human(d, io.palette))?;
    }
    match report.loaded {
        Loaded::Definition(def) => {
            let base = args
                .output
                .as_ref()
                .and_then(|o| o.parent())
                .map(Path::to_path_buf)
                .unwrap_or_default();
            Ok(Ok((def, relative_to(&path, &base))))
        }
        Loaded::Session(_) => bail!("`{}` is a session file, not a definition", path.display()),
        Loaded::Invalid => Ok(Err(Exit::Problems)),
    }
}

/// `path` (relative to the working folder) as seen from `base`.
fn relative_to(path: &Path, base: &Path) -> String {
    // `Path::new("")` (a bare file name's parent) is the working folder; `absolute` refuses it.
    let abs = |p: &Path| {
        let p = if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        };
        std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
    };
    let (path_abs, base_abs) = (abs(path), abs(base));
    let p: Vec<Component> = path_abs.components().collect();
    let b: Vec<Component> = base_abs.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut rel = PathBuf::new();
    for _ in common..b.len() {
        rel.push("..");
    }
    for c in &p[common..] {
        rel.push(c);
    }
    rel.to_string_lossy().replace('\\', "/")
}

fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn comment(out: &mut String, indent: &str, text: &str) {
    for line in text.trim().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            let _ = writeln!(out, "{indent}#");
        } else {
            let _ = writeln!(out, "{indent}# {line}");
        }
    }
}

/// The new file's text: session facts, a team per type, every item as an empty answer.
pub fn session_template(def: &Definition, reference: &str, args: &NewArgs) -> String {
    let nl = def.language.starts_with("nl");
    let org = args.org.as_deref().unwrap_or_default();
    let mut out = String::new();
    comment(
        &mut out,
        "",
        &if nl {
            format!(
                "Sessie voor de {} ({} {}). Vul per team de antwoorden in en controleer met `scan validate`.",
                def.title, def.id, def.version
            )
        } else {
            format!(
                "Session for the {} ({} {}). Fill in each team's answers, then check with `scan validate`.",
                def.title, def.id, def.version
            )
        },
    );
    let scale: Vec<String> = def
        .scale
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{} = {l}", def.scale.min + i as i64))
        .collect();
    comment(
        &mut out,
        "",
        &format!(
            "{}: {}",
            if nl { "Schaal" } else { "Scale" },
            scale.join(", ")
        ),
    );
    let _ = writeln!(out, "definition = {}\n", quoted(reference));
    let _ = writeln!(out, "[session]");
    let _ = writeln!(out, "organisation = {}", quoted(org));
    let _ = writeln!(out, "# location = \"\"");
    let _ = writeln!(out, "# date = 2026-01-31");
    let _ = writeln!(out, "# facilitator = \"\"");
    let _ = writeln!(out, "# guests = [\"\"]");
    let mut teams: Vec<(String, &str, &str)> = team_specs(args)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|spec| {
            let kind = args.types.iter().find(|t| Some(*t) == spec.kind.as_ref())?;
            let name = spec
                .name
                .unwrap_or_else(|| format!("{} – {}", org, def.types[kind.as_str()]));
            Some((name, kind.as_str(), "professionals"))
        })
        .collect();
    if args.parents {
        let first = args.types.first().map_or("", String::as_str);
        let name = if nl {
            format!("{} – ouders", org)
        } else {
            format!("{} – parents", org)
        };
        teams.push((name, first, "parents"));
    }
    for (name, kind, role) in &teams {
        let _ = writeln!(out, "\n[[team]]");
        let _ = writeln!(out, "name = {}", quoted(name));
        let _ = writeln!(out, "type = {}", quoted(kind));
        let _ = writeln!(out, "role = {}", quoted(role));
        for c in &def.criteria {
            let _ = writeln!(out);
            comment(&mut out, "  ", &format!("{} {}", c.code, c.title));
            for item in &c.items {
                let _ = writeln!(out);
                comment(&mut out, "  ", &format!("{} {}", item.code, item.question));
                let _ = writeln!(out, "  [team.answers.{}]", bare_or_quoted(&item.code));
                let _ = writeln!(out, "  # score =");
                let _ = writeln!(out, "  # text = \"\"\"\n  # \"\"\"");
                let _ = writeln!(out, "  # examples = []");
            }
        }
    }
    let _ = writeln!(
        out,
        "\n# [targets]\n# {} = {}",
        def.criteria.first().map_or("A", |c| c.code.as_str()),
        def.scale.max
    );
    let _ = writeln!(
        out,
        "\n# [[action]]\n# title = \"\"\n# item = \"{}\"\n# owner = \"\"\n# due = 2027-01-31\n# status = \"planned\"",
        def.items().next().map_or("A1", |i| i.code.as_str())
    );
    out
}

fn bare_or_quoted(key: &str) -> String {
    if !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        key.to_string()
    } else {
        quoted(key)
    }
}

//! `scan new`: a session file to fill in, every item present with its question.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use anyhow::{Result, bail};

use super::team_specs;
use crate::cli::NewArgs;
use crate::model::Definition;
use crate::output;
use crate::{Exit, Io, t};

pub fn run(args: NewArgs, io: &mut Io) -> Result<Exit> {
    if args.org.is_none() || args.types.is_empty() {
        bail!(t!(io.lang, "new-usage"));
    }
    if let Some(out) = &args.output
        && out.exists()
    {
        let message = t!(io.lang, "new-exists", path = out.display().to_string());
        return Err(crate::diag::Failure::new(crate::diag::Code::OutputRefused, message).into());
    }
    let (def, reference) = match resolve(&args, io)? {
        Ok(found) => found,
        Err(exit) => return Ok(exit),
    };
    for t in &args.types {
        super::type_label(&def, t, io.lang)?;
    }
    team_specs(&args)?;
    let text = session_template(&def, &reference, &args);
    match &args.output {
        Some(path) => {
            output::write_atomic(path, text.as_bytes(), false)?;
            let teams = team_count(&args);
            writeln!(
                io.err,
                "{}",
                t!(
                    io.lang,
                    "new-wrote",
                    path = path.display().to_string(),
                    teams = teams,
                    items = def.item_count()
                )
            )?;
        }
        None => io.out.write_all(text.as_bytes())?,
    }
    Ok(Exit::Ok)
}

fn team_count(args: &NewArgs) -> usize {
    args.types.len().max(args.teams.len()) + usize::from(args.parents)
}

/// The definition, and how the new file refers to it: a built-in by its id, a file by
/// its path as seen from the new file's folder.
fn resolve(
    args: &NewArgs,
    io: &mut Io,
) -> Result<std::result::Result<(Arc<Definition>, String), Exit>> {
    Ok(
        super::named_definition(&args.definition, false, io)?.map(|(def, path)| {
            let reference = match path {
                None => args.definition.clone(),
                Some(path) => {
                    let base = args
                        .output
                        .as_ref()
                        .and_then(|o| o.parent())
                        .map(Path::to_path_buf)
                        .unwrap_or_default();
                    relative_to(&path, &base)
                }
            };
            (def, reference)
        }),
    )
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

/// A TOML string as `toml_edit` writes it: one quoting rule for every value and key
/// of the new file (basic quotes, escapes where TOML needs them).
fn quoted(s: &str) -> String {
    toml_edit::Value::from(s).to_string()
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
    comment(
        &mut out,
        "",
        if nl {
            "Per item: `score` is de score waar het team het over eens werd; `votes` zijn de\n\
             eigen scores van ieder teamlid vóór het gesprek, zoals `votes = [2, 3, 3]`; `text` is\n\
             wat er gezegd is (Markdown); `examples` zijn voorbeelden, zoals `[\"koffieochtend\"]`;\n\
             `na = true` als het item hier niet van toepassing is (zeg in `text` waarom).\n\
             Haal het `#` weg voor wat je invult."
        } else {
            "Per item: `score` is the score the team agreed on; `votes` are each member's own\n\
             scores before the discussion, like `votes = [2, 3, 3]`; `text` is what was said\n\
             (Markdown); `examples` are examples, like `[\"coffee morning\"]`; `na = true` when\n\
             the item does not apply here (say why in `text`).\n\
             Remove the `#` in front of what you fill in."
        },
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
    number_repeated_names(&mut teams);
    for (name, kind, role) in &teams {
        let _ = writeln!(out);
        if *role == "parents" {
            comment(
                &mut out,
                "",
                if nl {
                    "Wat ouders zeggen. Hun scores worden vergeleken met die van het team met\n\
                     hetzelfde `type`: zet `type` op het deel van de organisatie waar deze ouders\n\
                     bij horen (kopieer het team voor ouders van een ander deel)."
                } else {
                    "What parents say. Their scores are compared with those of the team of the\n\
                     same `type`: set `type` to the part of the organisation these parents belong\n\
                     to (copy the team for parents of another part)."
                },
            );
        }
        let _ = writeln!(out, "[[team]]");
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
                let _ = writeln!(out, "  # votes = []");
                let _ = writeln!(out, "  # text = \"\"\"\n  # \"\"\"");
                let _ = writeln!(out, "  # examples = []");
                let _ = writeln!(out, "  # na = true");
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

/// Teams that would share a name (two `--type childcare` for day care and out-of-school
/// care, say) get a number each, so the new file validates: "KC – Kinderopvang 1", "… 2".
fn number_repeated_names(teams: &mut [(String, &str, &str)]) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (name, _, _) in teams.iter() {
        *seen.entry(name.clone()).or_default() += 1;
    }
    let mut next: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (name, _, _) in teams.iter_mut() {
        if seen[name.as_str()] > 1 {
            let n = next.entry(name.clone()).or_default();
            *n += 1;
            let mut numbered = format!("{name} {n}");
            // A number that makes the name of another team: count on.
            while seen.contains_key(&numbered) {
                *n += 1;
                numbered = format!("{name} {n}");
            }
            *name = numbered;
        }
    }
}

/// A key bare where TOML allows it (`A1`), else quoted as `toml_edit` quotes it.
fn bare_or_quoted(key: &str) -> String {
    toml_edit::Key::new(key).display_repr().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_bare_where_toml_allows_and_quoted_otherwise() {
        assert_eq!(bare_or_quoted("A1"), "A1");
        assert_eq!(bare_or_quoted("b-2_c"), "b-2_c");
        assert_eq!(bare_or_quoted(""), "\"\"");
        assert_eq!(bare_or_quoted("A 1"), "\"A 1\"");
        assert_eq!(bare_or_quoted("één"), "\"één\"");
    }

    #[test]
    fn strings_are_quoted_and_escaped_as_toml_needs() {
        assert_eq!(quoted("De Regenboog"), "\"De Regenboog\"");
        assert_eq!(quoted(""), "\"\"");
        let tricky = "Zeg \"hoi\" \\ tab\there\u{7}";
        let parsed: toml::Table = toml::from_str(&format!("k = {}", quoted(tricky))).unwrap();
        assert_eq!(parsed["k"].as_str(), Some(tricky));
    }
}

//! `scan new --format html`: a printable worksheet of a definition, for a session on
//! paper: every criterion and item with its question and help, the scale to tick, and
//! room to write the score, the votes, the story and the examples.

use anyhow::Result;
use serde::Serialize;

use crate::cli::NewArgs;
use crate::model::Definition;
use crate::output;
use crate::render::{Lang, Renderer};
use crate::{Exit, Io};

#[derive(Serialize)]
struct WorksheetContext<'a> {
    lang: Lang,
    definition: &'a Definition,
    /// `[{value, label}]` of the scale.
    scale: Vec<Step<'a>>,
    organisation: Option<&'a str>,
    /// Labels of the organisation types named with `--type`.
    types: Vec<&'a str>,
}

#[derive(Serialize)]
struct Step<'a> {
    value: i64,
    label: &'a str,
}

pub fn run(args: &NewArgs, lang: Option<Lang>, io: &mut Io) -> Result<Exit> {
    let renderer = Renderer::new(args.template.as_deref())?;
    let (def, _) = match super::named_definition(&args.definition, false, io)? {
        Ok(found) => found,
        Err(exit) => return Ok(exit),
    };
    let types = args
        .types
        .iter()
        .map(|t| super::type_label(&def, t))
        .collect::<Result<Vec<&str>>>()?;
    let context = WorksheetContext {
        lang: lang.unwrap_or_else(|| Lang::for_definition(&def.language)),
        definition: &def,
        scale: def
            .scale
            .labels
            .iter()
            .enumerate()
            .map(|(i, label)| Step {
                value: def.scale.min + i as i64,
                label,
            })
            .collect(),
        organisation: args.org.as_deref(),
        types,
    };
    let html = renderer.render("worksheet.html.j2", &context)?;
    match &args.output {
        Some(path) => {
            output::check_target(path, &[])?;
            output::write_atomic(path, html.as_bytes(), false)?;
            writeln!(io.err, "wrote {}", path.display())?;
        }
        None => io.out.write_all(html.as_bytes())?,
    }
    Ok(Exit::Ok)
}

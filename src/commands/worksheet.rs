//! `scan new --format html`: printable worksheets (A4) of a definition, for a session
//! on paper. The team's worksheet has every criterion and item with its question and
//! help, boxes to tick, room to write the votes, the story and the examples, and a
//! last page for targets and actions. With `--parents`, the worksheet for the parents'
//! evening: the questions in parents' words, one score to tick, room for what they
//! see, and a last page for their wishes. One sheet per team (`--team`, or each
//! `--type`).

use anyhow::Result;
use serde::Serialize;

use super::{TeamSpec, team_specs};
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
    /// One worksheet each, in order; at least one.
    sheets: Vec<Sheet>,
    /// The questions in parents' words, per item code (the question where the
    /// definition has none); for the parents' worksheet.
    parents_questions: indexmap::IndexMap<String, String>,
}

#[derive(Serialize)]
struct Step<'a> {
    value: i64,
    label: &'a str,
}

#[derive(Serialize)]
struct Sheet {
    /// Prefix for the element ids of this sheet (`s1-`), unique in the page.
    id: String,
    /// The team's name, when `--team` gave one.
    name: Option<String>,
    /// The label of the team's organisation type, when it has one.
    type_label: Option<String>,
}

pub fn run(args: &NewArgs, lang: Option<Lang>, io: &mut Io) -> Result<Exit> {
    let renderer = Renderer::new(args.template.as_deref())?;
    let (def, _) = match super::named_definition(&args.definition, false, io)? {
        Ok(found) => found,
        Err(exit) => return Ok(exit),
    };
    for t in &args.types {
        super::type_label(&def, t, io.lang)?;
    }
    let mut specs = team_specs(args)?;
    if specs.is_empty() {
        specs.push(TeamSpec {
            name: None,
            kind: None,
        });
    }
    let sheets = specs
        .into_iter()
        .enumerate()
        .map(|(i, spec)| Sheet {
            id: format!("s{}-", i + 1),
            name: spec.name,
            type_label: spec.kind.and_then(|k| def.types.get(&k).cloned()),
        })
        .collect();
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
        sheets,
        parents_questions: def
            .items()
            .map(|i| (i.code.clone(), i.parents_question().to_string()))
            .collect(),
    };
    let template = if args.parents {
        "parents-worksheet.html.j2"
    } else {
        "worksheet.html.j2"
    };
    let html = renderer.render(template, &context)?;
    match &args.output {
        Some(path) => {
            output::check_target(path, &[])?;
            output::write_atomic(path, html.as_bytes(), false)?;
            writeln!(
                io.err,
                "{}",
                crate::t!(io.lang, "output-wrote", path = path.display().to_string())
            )?;
        }
        None => io.out.write_all(html.as_bytes())?,
    }
    Ok(Exit::Ok)
}

//! The outputs of `scan history FOLDER`: JSON written directly, Markdown and HTML
//! through `history-folder.md.j2` / `history-folder.html.j2` with a context in which
//! every number (and every change as people see it) is computed.

use anyhow::Result;
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::{Lang, Renderer};
use crate::analyse::folder_history::FolderHistory;

/// A number as people see it: rounded to one decimal, half away from zero.
fn shown(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// What `history-folder.*.j2` get.
#[derive(Debug, Serialize)]
pub struct Context<'a> {
    pub lang: Lang,
    #[serde(flatten)]
    pub history: &'a FolderHistory,
    pub orgs: Vec<OrgView>,
}

#[derive(Debug, Serialize)]
pub struct OrgView {
    pub name: String,
    /// Its types' labels, joined.
    pub types: String,
    /// An id for the HTML page (`org-1`, …): names may hold anything.
    pub id: String,
    pub rows: Vec<RowView>,
    /// The moments of its first and last rows.
    pub first: String,
    pub last: String,
    /// Per criterion: the shown last score minus the shown first, so it adds up.
    pub changes: Vec<Option<f64>>,
    pub at_last: bool,
}

#[derive(Debug, Serialize)]
pub struct RowView {
    pub rev: String,
    pub date: String,
    pub teams: u64,
    pub scores: Vec<Option<f64>>,
}

impl<'a> Context<'a> {
    pub fn new(h: &'a FolderHistory, lang: Lang) -> Context<'a> {
        let orgs = h
            .organisations
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let rows: Vec<RowView> = o
                    .rows
                    .iter()
                    .map(|r| RowView {
                        rev: h.moments[r.moment].rev.clone(),
                        date: h.moments[r.moment].date.clone(),
                        teams: r.teams,
                        scores: r.scores.clone(),
                    })
                    .collect();
                let (first, last) = (&o.rows[0], &o.rows[o.rows.len() - 1]);
                OrgView {
                    name: o.name.clone(),
                    types: o.types.join(", "),
                    id: format!("org-{}", i + 1),
                    first: h.moments[first.moment].rev.clone(),
                    last: h.moments[last.moment].rev.clone(),
                    changes: first
                        .scores
                        .iter()
                        .zip(&last.scores)
                        .map(|(a, b)| {
                            (o.rows.len() > 1)
                                .then(|| Some(shown((*b)?) - shown((*a)?)))
                                .flatten()
                        })
                        .collect(),
                    at_last: o.at_last,
                    rows,
                }
            })
            .collect();
        Context {
            lang,
            history: h,
            orgs,
        }
    }
}

pub fn markdown(r: &Renderer, h: &FolderHistory, lang: Lang) -> Result<String> {
    r.render("history-folder.md.j2", &Context::new(h, lang))
}

pub fn html(r: &Renderer, h: &FolderHistory, lang: Lang) -> Result<String> {
    r.render("history-folder.html.j2", &Context::new(h, lang))
}

/// `{"folder", "tags_only", "definition", "moments": [{"rev", "commit", "date",
/// "tags", "files"}], "criteria": [{"code", "title"}], "organisations": [{"name",
/// "types", "moments": [{"moment", "teams", "scores": {CODE: number|null}}], "first",
/// "last", "at_last", "change": {CODE: number|null}}]}`, numbers at full precision.
pub fn json(h: &FolderHistory) -> Result<Vec<u8>> {
    let by_code = |values: &[Option<f64>]| -> Value {
        Value::Object(
            h.criteria
                .iter()
                .zip(values)
                .map(|(k, v)| (k.code.clone(), json!(v)))
                .collect::<Map<String, Value>>(),
        )
    };
    let organisations: Vec<Value> = h
        .organisations
        .iter()
        .map(|o| {
            let rows: Vec<Value> = o
                .rows
                .iter()
                .map(|r| {
                    json!({
                        "moment": h.moments[r.moment].rev,
                        "teams": r.teams,
                        "scores": by_code(&r.scores),
                    })
                })
                .collect();
            json!({
                "name": o.name,
                "types": o.types,
                "moments": rows,
                "first": o.rows.first().map(|r| &h.moments[r.moment].rev),
                "last": o.rows.last().map(|r| &h.moments[r.moment].rev),
                "at_last": o.at_last,
                "change": by_code(&o.change),
            })
        })
        .collect();
    let doc = json!({
        "folder": h.folder,
        "tags_only": h.tags_only,
        "definition": {
            "id": h.definition.id,
            "version": h.definition.version,
            "versions": h.definition.versions,
            "title": h.definition.title,
        },
        "moments": h.moments,
        "criteria": h.criteria,
        "organisations": organisations,
    });
    let mut bytes = serde_json::to_vec_pretty(&doc)?;
    bytes.push(b'\n');
    Ok(bytes)
}

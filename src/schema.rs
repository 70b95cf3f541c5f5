//! JSON Schemas of the file format, for editors (taplo / Even Better TOML): completion,
//! hover text and red squiggles while typing.
//!
//! The schemas are generated from the "shape" types below, whose doc comments are the
//! hover text. The parser (`parse/raw.rs`) is a hand-written walker, not these types,
//! so the tests at the bottom hold the two together: every table's property names must
//! equal the parser's key list for that table, and a key is required in the schema
//! exactly when the parser reports it missing. A key added to the parser but not here
//! fails the build's tests.
//!
//! `for_definition` narrows the session schema to one definition: its item codes (with
//! their questions as hover text), its organisation types and its score range.
//! Keywords are kept to those taplo understands (it validates at about draft 7):
//! `properties`, `required`, `additionalProperties`, `enum`, `minimum`/`maximum`,
//! `pattern`, `anyOf`/`not` and `$ref` into `$defs`.

// The shape types are never built: they only describe the format to schemars.
#![allow(dead_code)]

use anyhow::{Context, Result};
// Maps in the schema only say "any key"; their order does not matter here.
use schemars::{JsonSchema, Schema, SchemaGenerator, generate::SchemaSettings, json_schema};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap as IndexMap;

use crate::model::{Definition, Role, Status};

/// A session file of `scan`: the organisation, who took part, each team's answers,
/// what parents said, targets and the plan (the ouderschapsplan).
///
/// It names its definition with `definition = "…"`, or carries one inline in the
/// `[scan]`, `[scale]`, `[types]` and `[[criterion]]` tables.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "scan session file")]
#[schemars(extend("anyOf" = definition_or_inline()))]
struct SessionFile {
    /// The scan definition these answers belong to: a built-in id
    /// (`partnerschapscan`, `partnerschapscan-en`) or the path of a definition file,
    /// relative to this file (like `"mijn-scan.toml"`).
    #[schemars(extend("pattern" = NOT_BLANK))]
    definition: Option<String>,
    /// The session: which organisation, where, when, who led it and who joined.
    session: Session,
    /// A team that answered the scan: professionals, parents (what parents said on the
    /// parents' evening) or partners. One `[[team]]` per team.
    team: Option<Vec<Team>>,
    /// Where the organisation wants to be: a target score per criterion or item code,
    /// like `C = 3` or `C1 = 4`.
    targets: Option<IndexMap<String, f64>>,
    /// An action of the ouderschapsplan (the plan that follows the scan).
    action: Option<Vec<Action>>,
    /// Inline definition: the scan's name, version and language.
    scan: Option<Scan>,
    /// Inline definition: the rating scale.
    scale: Option<Scale>,
    /// Inline definition: the organisation types, `id = "label"`.
    #[schemars(extend("additionalProperties" = label()))]
    types: Option<IndexMap<String, String>>,
    /// Inline definition: a criterion with its items.
    criterion: Option<Vec<Criterion>>,
}

/// `[session]`: the facts of the session.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Session {
    /// The organisation's name, like "Kindcentrum De Regenboog".
    #[schemars(extend("pattern" = NOT_BLANK))]
    organisation: String,
    /// Where the session took place (town or building).
    location: Option<String>,
    /// The date of the session, year-month-day without quotes: `date = 2026-11-20`.
    #[schemars(extend("format" = "date"))]
    date: Option<String>,
    /// The facilitator (procesbegeleider) who led the session.
    facilitator: Option<String>,
    /// Guests from outside who joined, like "wijkagent" or "consultatiebureauarts".
    guests: Option<Vec<String>>,
    /// Notes on the session, in Markdown.
    notes: Option<String>,
}

/// `[[team]]`: one team and its answers.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Team {
    /// The team's name, unique in this file, like "Kinderopvang De Regenboog".
    #[schemars(extend("pattern" = NOT_BLANK))]
    name: String,
    /// The organisation type: a key of the definition's `[types]`, like `childcare`,
    /// `primary` or `secondary`.
    #[serde(rename = "type")]
    #[schemars(extend("pattern" = NOT_BLANK))]
    kind: String,
    /// Who answered: `professionals` (the default), `parents` or `partners`.
    #[serde(default)]
    #[schemars(schema_with = "role_schema")]
    role: Option<String>,
    /// When this team answered, if not on the session's date (a parents' evening after
    /// the team session), year-month-day without quotes: `date = 2026-11-20`.
    #[schemars(extend("format" = "date"))]
    date: Option<String>,
    /// How many people took part: a whole number, 0 or more.
    #[schemars(range(min = 0))]
    participants: Option<i64>,
    /// The team's answers, one table per item code: `[team.answers.A1]`.
    answers: Option<IndexMap<String, Answer>>,
}

/// `[team.answers.CODE]`: a team's answer to one item. An answer with neither score,
/// votes, text, examples nor `na` counts as unanswered.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Answer {
    /// The team's agreed score: a whole number on the definition's scale.
    score: Option<i64>,
    /// Each member's own score before the discussion; without `score`, the item's
    /// score is their mean, and their spread shows where the team disagrees.
    votes: Option<Vec<i64>>,
    /// The team's answer in Markdown: stories, what was said.
    text: Option<String>,
    /// Concrete examples or elements, one short text each.
    examples: Option<Vec<String>>,
    /// Not applicable here: counts as answered but has no score; say why in `text`.
    na: Option<bool>,
}

/// `[[action]]`: one action of the ouderschapsplan.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Action {
    /// What will be done, like "Maandelijkse koffieochtend".
    #[schemars(extend("pattern" = NOT_BLANK))]
    title: String,
    /// The criterion or item code this action works on, like "C1".
    #[schemars(extend("pattern" = NOT_BLANK))]
    item: Option<String>,
    /// Who takes care of it.
    owner: Option<String>,
    /// When it is due, year-month-day without quotes: `due = 2027-02-01`.
    #[schemars(extend("format" = "date"))]
    due: Option<String>,
    /// `planned` (the default), `doing` or `done`.
    #[serde(default)]
    #[schemars(schema_with = "status_schema")]
    status: Option<String>,
    /// Notes in Markdown: what was agreed, who else helps, how it went.
    notes: Option<String>,
}

/// A scan definition: the criteria and their items, the rating scale and the
/// organisation types that are compared.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "scan definition file")]
struct DefinitionFile {
    /// The definition's id, name, version and language.
    scan: Scan,
    /// The rating scale: whole scores from `min` to `max`, one label each.
    scale: Scale,
    /// The organisation types this scan compares: `id = "label"`, like
    /// `childcare = "Kinderopvang"`.
    #[schemars(extend("additionalProperties" = label()))]
    types: IndexMap<String, String>,
    /// A criterion with its items. Criteria and items keep this order in reports.
    criterion: Vec<Criterion>,
}

/// `[scan]`: which definition this is.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Scan {
    /// A unique id of lowercase letters, digits and `-`, like "mijn-scan". Session
    /// files name a built-in definition by it.
    #[schemars(extend("pattern" = "^[a-z0-9-]+$"))]
    id: String,
    /// The definition's version as text, like "1.0"; reports warn when teams answered
    /// different versions.
    #[schemars(extend("pattern" = NOT_BLANK))]
    version: String,
    /// The scan's name, like "Partnerschapscan".
    #[schemars(extend("pattern" = NOT_BLANK))]
    title: String,
    /// The language of the texts, like "nl" or "en"; also the reports' default language.
    #[schemars(extend("pattern" = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"))]
    language: String,
    /// What the scan is about, in Markdown.
    description: Option<String>,
}

/// `[scale]`: the rating scale.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Scale {
    /// The lowest score, like 1.
    min: i64,
    /// The highest score, like 4.
    max: i64,
    /// One label per score, lowest first, like ["Nog niet", "In ontwikkeling",
    /// "Grotendeels", "Volledig"].
    #[schemars(extend("items" = label()))]
    labels: Vec<String>,
}

/// `[[criterion]]`: a criterion and its items.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Criterion {
    /// A short code, unique in the definition, like "A".
    #[schemars(extend("pattern" = CODE))]
    code: String,
    /// The criterion's title, like "Visie op ouderpartnerschap".
    #[schemars(extend("pattern" = NOT_BLANK))]
    title: String,
    /// What the criterion is about, in Markdown.
    description: Option<String>,
    /// An item (a question the team rates): `[[criterion.item]]`.
    item: Vec<Item>,
}

/// `[[criterion.item]]`: one question a team rates.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Item {
    /// A short code, unique in the definition, like "A1".
    #[schemars(extend("pattern" = CODE))]
    code: String,
    /// A short label for tables; the question stands in when it is absent.
    #[schemars(extend("pattern" = NOT_BLANK))]
    title: Option<String>,
    /// The question the team answers, in Markdown.
    #[schemars(extend("pattern" = NOT_BLANK))]
    question: String,
    /// A hint for the team, in Markdown.
    help: Option<String>,
    /// The question in parents' words, in Markdown: shown on the parents' evening
    /// worksheet and in the parents' report (the question stands in when absent).
    parents: Option<String>,
}

/// Text with at least one character that is not a space.
const NOT_BLANK: &str = "\\S";
/// Criterion and item codes: letters, digits, `.`, `-` and `_`, at most 32.
const CODE: &str = "^[A-Za-z0-9._-]{1,32}$";

/// Top-level keys of an inline definition in a session file.
const INLINE: [&str; 4] = ["scan", "scale", "types", "criterion"];

/// A session file names a definition, or carries a whole one inline; not both.
fn definition_or_inline() -> Value {
    let any_inline: Vec<Value> = INLINE.iter().map(|k| json!({ "required": [k] })).collect();
    json!([
        { "required": ["definition"], "not": { "anyOf": any_inline } },
        { "required": INLINE, "not": { "required": ["definition"] } }
    ])
}

/// A label people read: not empty.
fn label() -> Value {
    json!({ "type": "string", "pattern": NOT_BLANK })
}

fn role_schema(_: &mut SchemaGenerator) -> Schema {
    let all: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
    json_schema!({ "type": "string", "enum": all })
}

fn status_schema(_: &mut SchemaGenerator) -> Schema {
    let all: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
    json_schema!({ "type": "string", "enum": all })
}

fn generate<T: JsonSchema>() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<T>().to_value();
    tidy(&mut schema);
    schema
}

/// Removes what schemars adds for Rust's sake but that does not fit TOML: "T or null"
/// for `Option<T>` (TOML has no null; a key that may be left out is already expressed
/// by `required`), `default: null`, and number formats like `int64`.
fn tidy(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if map.get("default") == Some(&Value::Null) {
                map.remove("default");
            }
            if map.get("format").is_some_and(|f| f != "date") {
                map.remove("format");
            }
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    map.insert("type".into(), only);
                }
            }
            // Option<Struct>: `anyOf: [{$ref}, {type: null}]` → the `$ref` alone.
            if let Some(Value::Array(any)) = map.get("anyOf")
                && any.len() == 2
                && any.iter().any(|s| s == &json!({ "type": "null" }))
                && let Some(Value::Object(inner)) = any.iter().find(|s| s.get("$ref").is_some())
            {
                let inner = inner.clone();
                map.remove("anyOf");
                for (k, val) in inner {
                    map.entry(k).or_insert(val);
                }
            }
            map.values_mut().for_each(tidy);
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// The schema of session files, for any definition.
pub fn session() -> Value {
    generate::<SessionFile>()
}

/// The schema of definition files.
pub fn definition() -> Value {
    generate::<DefinitionFile>()
}

/// The schema of session files for one definition: its item codes as the keys of
/// `answers` (with the question as hover text), its types, its score range, and its
/// codes for targets and actions.
pub fn for_definition(def: &Definition) -> Result<Value> {
    let mut schema = session();
    let (min, max) = (def.scale.min, def.scale.max);
    let scale_words = def
        .scale
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{} {l}", def.scale.min + i as i64))
        .collect::<Vec<_>>()
        .join(", ");
    let title = format!("scan session file for {} {}", def.id, def.version);
    object(&mut schema, "")?.insert("title".into(), json!(title));

    let score = object(&mut schema, "/$defs/Answer/properties/score")?;
    score.insert("minimum".into(), json!(min));
    score.insert("maximum".into(), json!(max));
    append_description(score, &format!("Scale of {}: {scale_words}.", def.id));
    let votes = object(&mut schema, "/$defs/Answer/properties/votes/items")?;
    votes.insert("minimum".into(), json!(min));
    votes.insert("maximum".into(), json!(max));

    let answer_props: Map<String, Value> = def
        .criteria
        .iter()
        .flat_map(|c| c.items.iter().map(move |i| (c, i)))
        .map(|(c, i)| {
            let mut text = format!("{} ({}): {}", i.code, c.title, i.question);
            if let Some(help) = &i.help {
                text.push_str("\n\n");
                text.push_str(help);
            }
            (
                i.code.clone(),
                json!({ "$ref": "#/$defs/Answer", "description": text }),
            )
        })
        .collect();
    let answers = object(&mut schema, "/$defs/Team/properties/answers")?;
    answers.remove("additionalProperties");
    answers.insert("properties".into(), Value::Object(answer_props));
    answers.insert("additionalProperties".into(), json!(false));

    let types: Vec<&str> = def.types.keys().map(String::as_str).collect();
    let type_words = def
        .types
        .iter()
        .map(|(k, v)| format!("`{k}` {v}"))
        .collect::<Vec<_>>()
        .join(", ");
    let kind = object(&mut schema, "/$defs/Team/properties/type")?;
    kind.remove("pattern");
    kind.insert("enum".into(), json!(types));
    append_description(kind, &format!("The types of {}: {type_words}.", def.id));

    let mut codes: Vec<(String, String)> = Vec::new();
    for c in &def.criteria {
        codes.push((c.code.clone(), format!("criterion {}: {}", c.code, c.title)));
        for i in &c.items {
            codes.push((i.code.clone(), format!("item {}: {}", i.code, i.label())));
        }
    }
    let target_props: Map<String, Value> = codes
        .iter()
        .map(|(code, what)| {
            (
                code.clone(),
                json!({
                    "type": "number",
                    "minimum": min,
                    "maximum": max,
                    "description": format!("Target for {what} ({min}–{max})."),
                }),
            )
        })
        .collect();
    let targets = object(&mut schema, "/properties/targets")?;
    targets.remove("additionalProperties");
    targets.insert("properties".into(), Value::Object(target_props));
    targets.insert("additionalProperties".into(), json!(false));

    let item = object(&mut schema, "/$defs/Action/properties/item")?;
    item.remove("pattern");
    item.insert(
        "enum".into(),
        json!(codes.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>()),
    );
    Ok(schema)
}

fn object<'v>(schema: &'v mut Value, pointer: &str) -> Result<&'v mut Map<String, Value>> {
    schema
        .pointer_mut(pointer)
        .and_then(Value::as_object_mut)
        .with_context(|| format!("the generated schema has no object at `{pointer}`"))
}

fn append_description(map: &mut Map<String, Value>, more: &str) {
    let text = match map.get("description").and_then(Value::as_str) {
        Some(d) => format!("{d}\n\n{more}"),
        None => more.to_string(),
    };
    map.insert("description".into(), json!(text));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;
    use crate::source::Source;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn props(schema: &Value, pointer: &str) -> BTreeSet<String> {
        schema
            .pointer(&format!("{pointer}/properties"))
            .and_then(Value::as_object)
            .unwrap_or_else(|| panic!("{pointer} has properties"))
            .keys()
            .cloned()
            .collect()
    }

    fn required(schema: &Value, pointer: &str) -> BTreeSet<String> {
        schema
            .pointer(&format!("{pointer}/required"))
            .and_then(Value::as_array)
            .map(|r| {
                r.iter()
                    .map(|k| k.as_str().expect("key").to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn set(keys: &[&str]) -> BTreeSet<String> {
        keys.iter().map(|k| k.to_string()).collect()
    }

    /// (schema, pointer of the table's schema, the parser's keys for that table)
    fn tables() -> Vec<(Value, &'static str, &'static [&'static str])> {
        let s = session();
        let d = definition();
        vec![
            (s.clone(), "", parse::SESSION_FILE_KEYS),
            (s.clone(), "/$defs/Session", parse::SESSION_KEYS),
            (s.clone(), "/$defs/Team", parse::TEAM_KEYS),
            (s.clone(), "/$defs/Answer", parse::ANSWER_KEYS),
            (s.clone(), "/$defs/Action", parse::ACTION_KEYS),
            (s.clone(), "/$defs/Scan", parse::SCAN_KEYS),
            (s.clone(), "/$defs/Scale", parse::SCALE_KEYS),
            (s.clone(), "/$defs/Criterion", parse::CRITERION_KEYS),
            (s, "/$defs/Item", parse::ITEM_KEYS),
            (d.clone(), "", parse::DEFINITION_KEYS),
            (d.clone(), "/$defs/Scan", parse::SCAN_KEYS),
            (d.clone(), "/$defs/Scale", parse::SCALE_KEYS),
            (d.clone(), "/$defs/Criterion", parse::CRITERION_KEYS),
            (d, "/$defs/Item", parse::ITEM_KEYS),
        ]
    }

    #[test]
    fn every_table_has_exactly_the_parsers_keys_and_no_others() {
        for (schema, pointer, keys) in tables() {
            assert_eq!(props(&schema, pointer), set(keys), "keys of `{pointer}`");
            assert_eq!(
                schema.pointer(&format!("{pointer}/additionalProperties")),
                Some(&json!(false)),
                "`{pointer}` refuses unknown keys, as the parser does"
            );
            for key in keys {
                let p = schema
                    .pointer(&format!("{pointer}/properties/{key}"))
                    .expect("property");
                let described = p.get("description").is_some()
                    || p.get("$ref")
                        .and_then(Value::as_str)
                        .and_then(|r| schema.pointer(r.trim_start_matches('#')))
                        .is_some_and(|d| d.get("description").is_some());
                assert!(described, "`{pointer}/{key}` has hover text");
            }
        }
    }

    /// A session file with every key of every table, and a definition file likewise.
    const FULL_SESSION: &str = r#"
definition = "partnerschapscan"
[session]
organisation = "O"
location = "L"
date = 2026-11-20
facilitator = "F"
guests = ["g"]
notes = "n"
[[team]]
name = "T"
type = "primary"
role = "parents"
date = 2026-12-03
participants = 12
[team.answers.A1]
score = 3
votes = [3]
text = "t"
examples = ["e"]
na = false
[targets]
A1 = 3
[[action]]
title = "A"
item = "A1"
owner = "O"
due = 2027-01-01
status = "done"
notes = "n"
"#;

    const FULL_DEFINITION: &str = r#"
[scan]
id = "x"
version = "1"
title = "X"
language = "nl"
description = "d"
[scale]
min = 1
max = 2
labels = ["a", "b"]
[types]
t = "T"
[[criterion]]
code = "A"
title = "A"
description = "d"
[[criterion.item]]
code = "A1"
title = "t"
question = "q"
help = "h"
parents = "p"
"#;

    /// The keys whose absence `scan validate` reports as `missing-key`, found by removing
    /// each key of the table at `path` in turn.
    fn parser_required(text: &str, path: &[&str], keys: &[&str]) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for key in keys {
            let mut doc: toml_edit::DocumentMut = text.parse().expect("sample parses");
            let removed = remove_at(&mut doc, path, key);
            assert!(removed, "sample has `{key}` at {path:?}");
            let source = Source::new("sample.toml", doc.to_string());
            // The full sample is clean (tested below), so any `missing-key` now is
            // about the key just removed.
            let (_, diags) = crate::load::Loader::new().load_source(&source, Path::new("."));
            if diags
                .iter()
                .any(|d| d.code == crate::diag::Code::MissingKey)
            {
                out.insert(key.to_string());
            }
        }
        out
    }

    fn remove_at(doc: &mut toml_edit::DocumentMut, path: &[&str], key: &str) -> bool {
        fn walk(item: &mut toml_edit::Item, path: &[&str], key: &str) -> bool {
            match path.split_first() {
                None => item
                    .as_table_like_mut()
                    .is_some_and(|t| t.remove(key).is_some()),
                Some((step, rest)) => match (step.parse::<usize>(), item) {
                    (Ok(i), toml_edit::Item::ArrayOfTables(a)) => {
                        let Some(t) = a.get_mut(i) else { return false };
                        let mut as_item = toml_edit::Item::Table(std::mem::take(t));
                        let ok = walk(&mut as_item, rest, key);
                        if let toml_edit::Item::Table(back) = as_item {
                            *t = back;
                        }
                        ok
                    }
                    (_, item) => match item.get_mut(step) {
                        Some(next) => walk(next, rest, key),
                        None => false,
                    },
                },
            }
        }
        walk(doc.as_item_mut(), path, key)
    }

    #[test]
    fn required_keys_are_the_ones_the_parser_reports_missing() {
        let s = session();
        let d = definition();
        /// (schema, full sample, table's schema, path to the table, parser's keys)
        type Case<'a> = (&'a Value, &'a str, &'a str, Vec<&'a str>, &'a [&'a str]);
        let cases: Vec<Case> = vec![
            (
                &s,
                FULL_SESSION,
                "/$defs/Session",
                vec!["session"],
                parse::SESSION_KEYS,
            ),
            (
                &s,
                FULL_SESSION,
                "/$defs/Team",
                vec!["team", "0"],
                parse::TEAM_KEYS,
            ),
            (
                &s,
                FULL_SESSION,
                "/$defs/Answer",
                vec!["team", "0", "answers", "A1"],
                parse::ANSWER_KEYS,
            ),
            (
                &s,
                FULL_SESSION,
                "/$defs/Action",
                vec!["action", "0"],
                parse::ACTION_KEYS,
            ),
            (&d, FULL_DEFINITION, "", vec![], parse::DEFINITION_KEYS),
            (
                &d,
                FULL_DEFINITION,
                "/$defs/Scan",
                vec!["scan"],
                parse::SCAN_KEYS,
            ),
            (
                &d,
                FULL_DEFINITION,
                "/$defs/Scale",
                vec!["scale"],
                parse::SCALE_KEYS,
            ),
            (
                &d,
                FULL_DEFINITION,
                "/$defs/Criterion",
                vec!["criterion", "0"],
                parse::CRITERION_KEYS,
            ),
            (
                &d,
                FULL_DEFINITION,
                "/$defs/Item",
                vec!["criterion", "0", "item", "0"],
                parse::ITEM_KEYS,
            ),
        ];
        for (schema, text, pointer, path, keys) in cases {
            assert_eq!(
                required(schema, pointer),
                parser_required(text, &path, keys),
                "required keys of `{pointer}`"
            );
        }
        // The top level of a session file: `[session]` always; `definition` or a
        // whole inline definition, expressed with anyOf.
        assert_eq!(
            parser_required(FULL_SESSION, &[], &["session", "definition"]),
            set(&["session", "definition"])
        );
        assert_eq!(required(&s, ""), set(&["session"]));
        assert!(s["anyOf"][0]["required"] == json!(["definition"]));
    }

    #[test]
    fn the_full_samples_are_clean() {
        for text in [FULL_SESSION, FULL_DEFINITION] {
            let source = Source::new("sample.toml", text);
            let (_, diags) = crate::load::Loader::new().load_source(&source, Path::new("."));
            assert!(
                diags
                    .iter()
                    .all(|d| d.code != crate::diag::Code::MissingKey && !d.is_error()),
                "{diags:?}"
            );
        }
    }

    #[test]
    fn schemas_say_draft_2020_12_and_use_only_keywords_taplo_knows() {
        const KNOWN: &[&str] = &[
            "$schema",
            "$ref",
            "$defs",
            "title",
            "description",
            "type",
            "properties",
            "required",
            "additionalProperties",
            "items",
            "enum",
            "minimum",
            "maximum",
            "pattern",
            "format",
            "anyOf",
            "not",
        ];
        fn walk(v: &Value, in_props: bool, bad: &mut Vec<String>) {
            match v {
                Value::Object(m) => {
                    for (k, child) in m {
                        // Names under `properties` / `$defs` are keys, not keywords.
                        if !in_props && !KNOWN.contains(&k.as_str()) {
                            bad.push(k.clone());
                        }
                        let is_map = !in_props && (k == "properties" || k == "$defs");
                        walk(child, is_map, bad);
                    }
                }
                Value::Array(a) => a.iter().for_each(|c| walk(c, false, bad)),
                _ => {}
            }
        }
        let def = crate::load::builtin("partnerschapscan").expect("built in");
        for schema in [
            session(),
            definition(),
            for_definition(&def).expect("schema"),
        ] {
            assert_eq!(
                schema["$schema"],
                "https://json-schema.org/draft/2020-12/schema"
            );
            let mut bad = Vec::new();
            walk(&schema, false, &mut bad);
            assert!(bad.is_empty(), "keywords taplo ignores: {bad:?}");
            assert!(!schema.to_string().contains("\"null\""), "TOML has no null");
        }
    }

    #[test]
    fn for_a_definition_the_schema_knows_its_codes_types_and_scale() {
        let def = crate::load::builtin("partnerschapscan").expect("built in");
        let s = for_definition(&def).expect("schema");
        let codes: Vec<String> = def.items().map(|i| i.code.clone()).collect();
        let answers: Vec<String> = s["$defs"]["Team"]["properties"]["answers"]["properties"]
            .as_object()
            .expect("answers")
            .keys()
            .cloned()
            .collect();
        assert_eq!(answers, codes, "in definition order");
        assert_eq!(
            s["$defs"]["Team"]["properties"]["answers"]["additionalProperties"],
            false
        );
        assert_eq!(
            s["$defs"]["Team"]["properties"]["type"]["enum"],
            json!(def.types.keys().collect::<Vec<_>>())
        );
        let score = &s["$defs"]["Answer"]["properties"]["score"];
        assert_eq!(
            (score["minimum"].clone(), score["maximum"].clone()),
            (json!(1), json!(4))
        );
        let a1 = s["$defs"]["Team"]["properties"]["answers"]["properties"]["A1"]["description"]
            .as_str()
            .expect("hover");
        assert!(a1.contains(&def.items().next().expect("item").question));
        assert_eq!(
            s["properties"]["targets"]["properties"]
                .as_object()
                .expect("targets")
                .len(),
            def.criteria.len() + def.item_count()
        );
    }
}

//! The raw form of definition and session files: what the user wrote, with spans.

use crate::diag::Code;
use crate::i18n::Msg;
use crate::msg;
use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::reader::{Reader, Sp, Value};

pub const DEFINITION_KEYS: &[&str] = &["scan", "scale", "types", "criterion"];
pub const SCAN_KEYS: &[&str] = &["id", "version", "title", "language", "description"];
pub const SCALE_KEYS: &[&str] = &["min", "max", "labels"];
pub const CRITERION_KEYS: &[&str] = &["code", "title", "description", "item"];
pub const ITEM_KEYS: &[&str] = &["code", "title", "question", "help", "parents"];
pub const SESSION_FILE_KEYS: &[&str] = &[
    "definition",
    "session",
    "team",
    "targets",
    "action",
    "scan",
    "scale",
    "types",
    "criterion",
];
pub const SESSION_KEYS: &[&str] = &[
    "organisation",
    "location",
    "date",
    "facilitator",
    "guests",
    "notes",
];
pub const TEAM_KEYS: &[&str] = &["name", "type", "role", "date", "participants", "answers"];
pub const ANSWER_KEYS: &[&str] = &["score", "votes", "text", "examples", "na"];
pub const ACTION_KEYS: &[&str] = &["title", "item", "owner", "due", "status", "notes"];

#[derive(Debug, Default)]
pub struct RawDefinition {
    /// The whole file or, for an inline definition, the `[scan]` table.
    pub span: Range<usize>,
    pub scan: Option<RawScanInfo>,
    pub scale: Option<RawScale>,
    pub types: Option<Sp<Vec<RawType>>>,
    pub criteria: Vec<RawCriterion>,
    /// Where `[[criterion]]` would be reported missing.
    pub criteria_span: Option<Range<usize>>,
}

/// A type id and its label.
pub type RawType = (Sp<String>, Sp<String>);

#[derive(Debug, Default)]
pub struct RawScanInfo {
    pub span: Range<usize>,
    pub id: Option<Sp<String>>,
    pub version: Option<Sp<String>>,
    pub title: Option<Sp<String>>,
    pub language: Option<Sp<String>>,
    pub description: Option<Sp<String>>,
}

#[derive(Debug, Default)]
pub struct RawScale {
    pub span: Range<usize>,
    pub min: Option<Sp<i64>>,
    pub max: Option<Sp<i64>>,
    pub labels: Option<Sp<Vec<Sp<String>>>>,
}

#[derive(Debug, Default)]
pub struct RawCriterion {
    pub span: Range<usize>,
    pub code: Option<Sp<String>>,
    pub title: Option<Sp<String>>,
    pub description: Option<Sp<String>>,
    pub items: Vec<RawItem>,
}

#[derive(Debug, Default)]
pub struct RawItem {
    pub span: Range<usize>,
    pub code: Option<Sp<String>>,
    pub title: Option<Sp<String>>,
    pub question: Option<Sp<String>>,
    pub help: Option<Sp<String>>,
    pub parents: Option<Sp<String>>,
}

#[derive(Debug, Default)]
pub struct RawSession {
    pub span: Range<usize>,
    pub definition: Option<Sp<String>>,
    /// The `[scan]`, `[scale]`, `[types]` and `[[criterion]]` tables written in the session file.
    pub inline: Option<RawDefinition>,
    pub session: Option<RawSessionInfo>,
    pub teams: Vec<RawTeam>,
    pub targets: Vec<(Sp<String>, Sp<f64>)>,
    pub actions: Vec<RawAction>,
}

#[derive(Debug, Default)]
pub struct RawSessionInfo {
    pub span: Range<usize>,
    pub organisation: Option<Sp<String>>,
    pub location: Option<Sp<String>>,
    pub date: Option<Sp<String>>,
    pub facilitator: Option<Sp<String>>,
    pub guests: Vec<Sp<String>>,
    pub notes: Option<Sp<String>>,
}

#[derive(Debug, Default)]
pub struct RawTeam {
    pub span: Range<usize>,
    pub name: Option<Sp<String>>,
    pub kind: Option<Sp<String>>,
    pub role: Option<Sp<String>>,
    /// When this team answered (`YYYY-MM-DD`).
    pub date: Option<Sp<String>>,
    /// How many people took part.
    pub participants: Option<Sp<i64>>,
    pub answers: Vec<RawAnswer>,
}

#[derive(Debug, Default)]
pub struct RawAnswer {
    /// The item code as written, with the span of the key.
    pub code: Sp<String>,
    pub span: Range<usize>,
    pub score: Option<Sp<i64>>,
    pub votes: Vec<Sp<i64>>,
    pub text: Option<Sp<String>>,
    pub examples: Vec<Sp<String>>,
    pub na: Option<Sp<bool>>,
    /// The parser reported a problem inside this answer.
    pub has_errors: bool,
}

impl Default for Sp<String> {
    fn default() -> Self {
        Sp::new(String::new(), 0..0)
    }
}

#[derive(Debug, Default)]
pub struct RawAction {
    pub span: Range<usize>,
    pub title: Option<Sp<String>>,
    pub item: Option<Sp<String>>,
    pub owner: Option<Sp<String>>,
    pub due: Option<Sp<String>>,
    pub status: Option<Sp<String>>,
    pub notes: Option<Sp<String>>,
    /// `owner` and `due` are written (even if wrongly): no warning that they are missing.
    pub owner_written: bool,
    pub due_written: bool,
}

/// Reads the definition tables from `root`. `whole_file` says whether unknown
/// top-level keys are this function's to report.
pub fn read_definition(
    r: &mut Reader,
    root: &DeTable,
    span: Range<usize>,
    whole_file: bool,
) -> RawDefinition {
    let top = if whole_file {
        r.fields(
            root,
            span.start..span.start,
            msg!("what-definition-file"),
            DEFINITION_KEYS,
        )
    } else {
        // The session reader already reported the unknown keys of the top level.
        r.fields_unchecked(
            root,
            span.start..span.start,
            msg!("what-inline-definition"),
            SESSION_FILE_KEYS,
        )
    };
    let mut def = RawDefinition {
        span: span.clone(),
        ..Default::default()
    };
    let scan_value = top.get("scan");
    if let Some(v) = scan_value {
        if let Some(t) = r.table(v, "scan", &msg!("what-definition")) {
            let f = r.fields(t, v.span(), "[scan]", SCAN_KEYS);
            let info = RawScanInfo {
                span: v.span(),
                id: r.text(&f, "id"),
                version: version(r, &f),
                title: r.text(&f, "title"),
                language: r.text(&f, "language"),
                description: r.string(&f, "description"),
            };
            r.required(&f, "id", info.id.as_ref(), "\"mijn-scan\"");
            r.required(&f, "version", info.version.as_ref(), "\"1.0\"");
            r.required(&f, "title", info.title.as_ref(), "\"Mijn scan\"");
            r.required(&f, "language", info.language.as_ref(), "\"nl\"");
            def.scan = Some(info);
        }
    } else {
        r.required(&top, "scan", None::<()>, msg!("example-scan-table"));
    }
    let here = scan_value.map_or(span.start..span.start, |v| v.span());
    if !whole_file {
        def.span = here.clone();
    }
    match top.get("scale") {
        Some(v) => {
            if let Some(t) = r.table(v, "scale", &msg!("what-definition")) {
                let f = r.fields(t, v.span(), "[scale]", SCALE_KEYS);
                let scale = RawScale {
                    span: v.span(),
                    min: r.integer(&f, "min", "1"),
                    max: r.integer(&f, "max", "4"),
                    labels: f
                        .get("labels")
                        .and_then(|lv| r.string_list(&f, "labels").map(|l| Sp::new(l, lv.span()))),
                };
                r.required(&f, "min", scale.min.as_ref(), "1");
                r.required(&f, "max", scale.max.as_ref(), "4");
                r.required(&f, "labels", scale.labels.as_ref(), "[\"…\", \"…\"]");
                def.scale = Some(scale);
            }
        }
        None => r.error(
            Code::MissingKey,
            here.start..here.start,
            msg!("definition-no-scale"),
            Some(msg!("definition-no-scale-help")),
        ),
    }
    match top.get("types") {
        Some(v) => {
            if let Some(t) = r.table(v, "types", &msg!("what-definition")) {
                let mut types = Vec::new();
                for (key, value) in t.iter() {
                    match value.get_ref() {
                        DeValue::String(s) => types.push((
                            Sp::new(key.get_ref().to_string(), key.span()),
                            Sp::new(super::reader::text(s), value.span()),
                        )),
                        other => r.error(
                            Code::WrongType,
                            value.span(),
                            msg!(
                                "type-label-not-text",
                                id = super::reader::printable_key(key.get_ref()),
                                found = super::reader::type_name(other)
                            ),
                            Some(msg!(
                                "type-label-not-text-help",
                                id = super::reader::printable_key(key.get_ref())
                            )),
                        ),
                    }
                }
                def.types = Some(Sp::new(types, v.span()));
            }
        }
        None => r.error(
            Code::MissingKey,
            here.start..here.start,
            msg!("definition-no-types"),
            Some(msg!("definition-no-types-help")),
        ),
    }
    match top.get("criterion") {
        Some(v) => {
            def.criteria_span = Some(v.span());
            for (t, tspan) in r.tables(v, "criterion", &msg!("what-definition")) {
                def.criteria.push(read_criterion(r, t, tspan));
            }
        }
        None => r.error(
            Code::MissingKey,
            here.start..here.start,
            msg!("definition-no-criterion"),
            Some(msg!("definition-no-criterion-help")),
        ),
    }
    def
}

/// `version = 1.0` is a common slip; accept text only, with a hint.
fn version(r: &mut Reader, f: &super::reader::Fields) -> Option<Sp<String>> {
    let v = f.get("version")?;
    match v.get_ref() {
        DeValue::Float(_) | DeValue::Integer(_) => {
            let raw = &r.source.text[v.span()];
            r.error(
                Code::WrongType,
                v.span(),
                msg!("version-not-number"),
                Some(msg!("version-not-number-help", version = raw)),
            );
            None
        }
        _ => r.text(f, "version"),
    }
}

fn read_criterion(r: &mut Reader, t: &DeTable, span: Range<usize>) -> RawCriterion {
    let what = match t.get("code").and_then(|c| c.get_ref().as_str()) {
        Some(code) => msg!("what-criterion", code = super::reader::printable_key(code)),
        None => msg!("what-any-criterion"),
    };
    let f = r.fields(t, span.clone(), what.clone(), CRITERION_KEYS);
    let mut c = RawCriterion {
        span,
        code: r.text(&f, "code"),
        title: r.string(&f, "title"),
        description: r.string(&f, "description"),
        items: Vec::new(),
    };
    r.required(&f, "code", c.code.as_ref(), "\"A\"");
    r.required(&f, "title", c.title.as_ref(), "\"…\"");
    match f.get("item") {
        Some(v) => {
            for (it, ispan) in r.tables(v, "item", &what) {
                c.items.push(read_item(r, it, ispan));
            }
        }
        None => r.error(
            Code::MissingKey,
            c.span.start..c.span.start,
            msg!("criterion-no-items", what = &what),
            Some(msg!("criterion-no-items-help")),
        ),
    }
    c
}

fn read_item(r: &mut Reader, t: &DeTable, span: Range<usize>) -> RawItem {
    let what = match t.get("code").and_then(|c| c.get_ref().as_str()) {
        Some(code) => msg!("what-item", code = super::reader::printable_key(code)),
        None => msg!("what-any-item"),
    };
    let f = r.fields(t, span.clone(), what, ITEM_KEYS);
    let item = RawItem {
        span,
        code: r.text(&f, "code"),
        title: r.string(&f, "title"),
        question: r.string(&f, "question"),
        help: r.string(&f, "help"),
        parents: r.string(&f, "parents"),
    };
    r.required(&f, "code", item.code.as_ref(), "\"A1\"");
    r.required(&f, "question", item.question.as_ref(), "\"…?\"");
    item
}

pub fn read_session(r: &mut Reader, root: &DeTable, span: Range<usize>) -> RawSession {
    let top = r.fields(
        root,
        span.start..span.start,
        msg!("what-a-session-file"),
        SESSION_FILE_KEYS,
    );
    let mut s = RawSession {
        span: span.clone(),
        definition: r.text(&top, "definition"),
        ..Default::default()
    };
    let has_inline = ["scan", "scale", "types", "criterion"]
        .iter()
        .any(|k| top.get(k).is_some());
    if has_inline {
        s.inline = Some(read_definition(r, root, span.clone(), false));
    }
    match top.get("session") {
        Some(v) => {
            if let Some(t) = r.table(v, "session", &msg!("what-session-file")) {
                let f = r.fields(t, v.span(), "[session]", SESSION_KEYS);
                let info = RawSessionInfo {
                    span: v.span(),
                    organisation: r.text(&f, "organisation"),
                    location: r.string(&f, "location"),
                    date: r.date(&f, "date"),
                    facilitator: r.string(&f, "facilitator"),
                    guests: r.string_list(&f, "guests").unwrap_or_default(),
                    notes: r.string(&f, "notes"),
                };
                r.required(
                    &f,
                    "organisation",
                    info.organisation.as_ref(),
                    "\"Kindcentrum De Regenboog\"",
                );
                s.session = Some(info);
            }
        }
        None => r.error(
            Code::MissingKey,
            span.start..span.start,
            msg!("session-no-session"),
            Some(msg!("session-no-session-help")),
        ),
    }
    if let Some(v) = top.get("team") {
        for (t, tspan) in r.tables(v, "team", &msg!("what-session-file")) {
            s.teams.push(read_team(r, t, tspan));
        }
    }
    if let Some(v) = top.get("targets")
        && let Some(t) = r.table(v, "targets", &msg!("what-session-file"))
    {
        for (key, value) in t.iter() {
            if let Some(n) = r.number(value, key.get_ref(), &Msg::from("[targets]")) {
                s.targets
                    .push((Sp::new(key.get_ref().to_string(), key.span()), n));
            }
        }
    }
    if let Some(v) = top.get("action") {
        for (t, aspan) in r.tables(v, "action", &msg!("what-session-file")) {
            s.actions.push(read_action(r, t, aspan));
        }
    }
    s
}

fn read_team(r: &mut Reader, t: &DeTable, span: Range<usize>) -> RawTeam {
    let what = match t.get("name").and_then(|c| c.get_ref().as_str()) {
        Some(name) => msg!("what-team", name = super::reader::printable_key(name)),
        None => msg!("what-any-team"),
    };
    let f = r.fields(t, span.clone(), what.clone(), TEAM_KEYS);
    let mut team = RawTeam {
        span,
        name: r.text(&f, "name"),
        kind: r.text(&f, "type"),
        role: r.text(&f, "role"),
        date: r.date(&f, "date"),
        participants: r.integer(&f, "participants", "12"),
        answers: Vec::new(),
    };
    r.required(&f, "name", team.name.as_ref(), "\"…\"");
    r.required(&f, "type", team.kind.as_ref(), "\"primary\"");
    if let Some(v) = f.get("answers")
        && let Some(answers) = r.table(v, "answers", &what)
    {
        for (code, value) in answers.iter() {
            let code = Sp::new(code.get_ref().to_string(), code.span());
            team.answers.push(read_answer(r, code, value, &what));
        }
    }
    team
}

fn read_answer(r: &mut Reader, code: Sp<String>, value: &Value, team: &Msg) -> RawAnswer {
    let before = r.diags.iter().filter(|d| d.is_error()).count();
    let mut a = read_answer_fields(r, code, value, team);
    a.has_errors = r.diags.iter().filter(|d| d.is_error()).count() > before;
    a
}

fn read_answer_fields(r: &mut Reader, code: Sp<String>, value: &Value, team: &Msg) -> RawAnswer {
    let what = msg!(
        "what-answer",
        code = super::reader::printable_key(&code.value),
        team = team
    );
    let mut a = RawAnswer {
        code: code.clone(),
        span: value.span(),
        ..Default::default()
    };
    let Some(t) = (match value.get_ref() {
        DeValue::Table(t) => Some(t),
        other => {
            let help = match other {
                DeValue::Integer(_) => msg!(
                    "answer-score-inline-help",
                    code = &code.value,
                    score = &r.source.text[value.span()]
                ),
                _ => msg!("answer-table-help", code = &code.value),
            };
            r.error(
                Code::WrongType,
                value.span(),
                msg!(
                    "answer-not-table",
                    what = &what,
                    found = super::reader::type_name(other)
                ),
                Some(help),
            );
            None
        }
    }) else {
        return a;
    };
    let f = r.fields(t, value.span(), what, ANSWER_KEYS);
    a.score = r.integer(&f, "score", "3");
    a.votes = r.integer_list(&f, "votes").unwrap_or_default();
    a.text = r.string(&f, "text");
    a.examples = r.string_list(&f, "examples").unwrap_or_default();
    a.na = r.bool(&f, "na");
    a
}

fn read_action(r: &mut Reader, t: &DeTable, span: Range<usize>) -> RawAction {
    let what = match t.get("title").and_then(|c| c.get_ref().as_str()) {
        Some(title) => msg!("what-action", title = super::reader::printable_key(title)),
        None => msg!("what-any-action"),
    };
    let f = r.fields(t, span.clone(), what, ACTION_KEYS);
    let a = RawAction {
        span,
        title: r.text(&f, "title"),
        item: r.text(&f, "item"),
        owner: r.string(&f, "owner"),
        due: r.date(&f, "due"),
        status: r.text(&f, "status"),
        notes: r.string(&f, "notes"),
        owner_written: f.get("owner").is_some(),
        due_written: f.get("due").is_some(),
    };
    r.required(&f, "title", a.title.as_ref(), "\"…\"");
    a
}

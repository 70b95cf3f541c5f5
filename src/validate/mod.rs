//! Raw → checked model. The only bridge between what the user wrote and what the rest
//! of `scan` works with: every rule of the format that is not a matter of TOML types
//! lives here, and every broken rule becomes a diagnostic. Validation never stops at
//! the first problem; it returns a model only when there was no error.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use indexmap::IndexMap;

use crate::diag::{Diagnostic, did_you_mean};
use crate::model::{
    Action, Answer, Criterion, Definition, Item, Origin, Role, Scale, Session, SessionInfo, Status,
    Team,
};
use crate::parse::{RawDefinition, RawSession, Sp, list_or, list_words};
use crate::source::Source;

struct Check<'a> {
    source: &'a Source,
    diags: &'a mut Vec<Diagnostic>,
    errors: usize,
}

impl Check<'_> {
    fn error(
        &mut self,
        code: &'static str,
        span: Range<usize>,
        message: impl Into<String>,
        help: impl Into<Option<String>>,
    ) {
        self.errors += 1;
        self.diags
            .push(Diagnostic::error(code, self.source, span, message).with_help_opt(help.into()));
    }

    fn warning(
        &mut self,
        code: &'static str,
        span: Range<usize>,
        message: impl Into<String>,
        help: impl Into<Option<String>>,
    ) {
        self.diags
            .push(Diagnostic::warning(code, self.source, span, message).with_help_opt(help.into()));
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A valid id close to what the user wrote: `Bieb_Scan` → `bieb-scan`.
fn suggest_id(id: &str) -> String {
    let dashed: String = id
        .to_lowercase()
        .chars()
        .map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '-' })
        .collect();
    dashed.trim_matches('-').to_string()
}

fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 32
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_')
}

fn valid_language(lang: &str) -> bool {
    let mut parts = lang.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn text(v: &Option<Sp<String>>) -> Option<String> {
    v.as_ref().map(|s| s.value.clone())
}

/// Checks a definition. `None` when it has errors (all of them pushed to `diags`).
pub fn definition(
    raw: &RawDefinition,
    source: &Source,
    origin: Origin,
    diags: &mut Vec<Diagnostic>,
) -> Option<Definition> {
    let before = diags.iter().filter(|d| d.is_error()).count();
    let mut c = Check {
        source,
        diags,
        errors: 0,
    };
    let info = raw.scan.as_ref();
    if let Some(id) = info.and_then(|i| i.id.as_ref())
        && !valid_id(&id.value)
    {
        c.error(
            "bad-id",
            id.span.clone(),
            format!(
                "definition id `{}` may only use lowercase letters, digits and `-`",
                id.value
            ),
            format!("for example `id = \"{}\"`", suggest_id(&id.value)),
        );
    }
    if let Some(lang) = info.and_then(|i| i.language.as_ref())
        && !valid_language(&lang.value)
    {
        c.error(
            "bad-language",
            lang.span.clone(),
            format!("`{}` is not a language code", lang.value),
            Some("use a code like \"nl\" or \"en\"".to_string()),
        );
    }
    let mut scale = None;
    if let Some(s) = &raw.scale
        && let (Some(min), Some(max)) = (&s.min, &s.max)
    {
        if min.value >= max.value {
            c.error(
                "bad-scale",
                max.span.clone(),
                format!(
                    "the scale's `max` ({}) must be larger than its `min` ({})",
                    max.value, min.value
                ),
                Some(
                    "a scale runs from a low score to a high one, like `min = 1` and `max = 4`"
                        .to_string(),
                ),
            );
        } else if max.value - min.value > 100 {
            c.error(
                "bad-scale",
                max.span.clone(),
                format!(
                    "the scale {}–{} has more than 101 scores",
                    min.value, max.value
                ),
                Some("a rating scale has a handful of scores, like 1–4 or 1–5".to_string()),
            );
        } else if let Some(labels) = &s.labels {
            let want = (max.value - min.value + 1) as usize;
            if labels.value.len() != want {
                c.error(
                    "label-count",
                    labels.span.clone(),
                    format!(
                        "the scale {}–{} has {want} scores but {} label{}",
                        min.value,
                        max.value,
                        labels.value.len(),
                        if labels.value.len() == 1 { "" } else { "s" }
                    ),
                    Some(format!(
                        "give exactly one label per score, {want} in all, lowest first"
                    )),
                );
            } else {
                for l in &labels.value {
                    if l.value.trim().is_empty() {
                        c.error(
                            "empty-text",
                            l.span.clone(),
                            "a label of the scale is empty",
                            Some("every score needs a label people can read".to_string()),
                        );
                    }
                }
                scale = Some(Scale {
                    min: min.value,
                    max: max.value,
                    labels: labels.value.iter().map(|l| l.value.clone()).collect(),
                });
            }
        }
    }
    let mut types = IndexMap::new();
    if let Some(t) = &raw.types {
        if t.value.is_empty() {
            c.error(
                "missing-key",
                t.span.clone(),
                "the definition's `[types]` names no organisation type",
                Some("add at least one, like `primary = \"Primair onderwijs\"`".to_string()),
            );
        }
        for (key, label) in &t.value {
            if !valid_id(&key.value)
                && !key
                    .value
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_')
            {
                c.error(
                    "bad-id",
                    key.span.clone(),
                    format!(
                        "type id `{}` may only use lowercase letters, digits and `-`",
                        key.value
                    ),
                    Some(format!(
                        "for example `{} = \"{}\"`; the label after `=` may be any text",
                        suggest_id(&key.value),
                        label.value.escape_default()
                    )),
                );
            }
            if label.value.trim().is_empty() {
                c.error(
                    "empty-title",
                    label.span.clone(),
                    format!("type `{}` has an empty label", key.value),
                    Some("write the name people use for this kind of organisation, like `primary = \"Primair onderwijs\"`".to_string()),
                );
            }
            types.insert(key.value.clone(), label.value.clone());
        }
    }
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    let mut criteria = Vec::new();
    if raw.criteria.is_empty() && raw.criteria_span.is_some() {
        c.error(
            "missing-key",
            raw.criteria_span.clone().unwrap_or_default(),
            "the definition has no criteria",
            None,
        );
    }
    for rc in &raw.criteria {
        let mut check_code = |c: &mut Check, code: &Sp<String>, kind: &str| {
            if !valid_code(&code.value) {
                c.error(
                    "bad-code",
                    code.span.clone(),
                    format!("{kind} code `{}` may only use letters, digits, `.`, `-` and `_` (at most 32)", code.value),
                    Some("codes are short, like `A` for a criterion and `A1` for an item".to_string()),
                );
            }
            if let Some(first) = seen.get(&code.value) {
                let (line, _) = c.source.line_col(first.start);
                c.error(
                    "duplicate-code",
                    code.span.clone(),
                    format!("code `{}` is used twice", code.value),
                    Some(format!("it is already used on line {line}; every criterion and item needs its own code")),
                );
            } else {
                seen.insert(code.value.clone(), code.span.clone());
            }
        };
        if let Some(code) = &rc.code {
            check_code(&mut c, code, "criterion");
        }
        if let Some(t) = &rc.title
            && t.value.trim().is_empty()
        {
            c.error(
                "empty-title",
                t.span.clone(),
                format!(
                    "criterion {} has an empty title",
                    text(&rc.code).unwrap_or_default()
                ),
                Some("give every criterion a title people recognise".to_string()),
            );
        }
        let mut items = Vec::new();
        for ri in &rc.items {
            if let Some(code) = &ri.code {
                check_code(&mut c, code, "item");
            }
            if let Some(t) = &ri.title
                && t.value.trim().is_empty()
            {
                c.error(
                    "empty-title",
                    t.span.clone(),
                    format!(
                        "item {} has an empty title",
                        text(&ri.code).unwrap_or_default()
                    ),
                    Some("give it a short title, or leave `title` out".to_string()),
                );
            }
            if let Some(q) = &ri.question
                && q.value.trim().is_empty()
            {
                c.error(
                    "empty-title",
                    q.span.clone(),
                    format!(
                        "item {} has an empty question",
                        text(&ri.code).unwrap_or_default()
                    ),
                    Some("write the question the team answers".to_string()),
                );
            }
            if let (Some(code), Some(question)) = (&ri.code, &ri.question) {
                items.push(Item {
                    code: code.value.clone(),
                    title: text(&ri.title),
                    question: question.value.clone(),
                    help: text(&ri.help),
                    parents: text(&ri.parents),
                });
            }
        }
        if let (Some(code), Some(title)) = (&rc.code, &rc.title) {
            if rc.items.is_empty() && rc.code.is_some() {
                // reported by the parser when `item` is missing; an empty list lands here
                if c.diags.iter().all(|d| {
                    d.code != "missing-key"
                        || !d.message.contains(&format!("criterion {}", code.value))
                }) {
                    c.error(
                        "missing-key",
                        rc.span.clone(),
                        format!("criterion {} has no items", code.value),
                        None,
                    );
                }
            }
            criteria.push(Criterion {
                code: code.value.clone(),
                title: title.value.clone(),
                description: text(&rc.description),
                items,
            });
        }
    }
    let errors_now = c.diags.iter().filter(|d| d.is_error()).count();
    if errors_now > before {
        return None;
    }
    let info = info?;
    Some(Definition {
        id: info.id.as_ref()?.value.clone(),
        version: info.version.as_ref()?.value.clone(),
        title: info.title.as_ref()?.value.clone(),
        language: info.language.as_ref()?.value.clone(),
        description: text(&info.description),
        scale: scale?,
        types,
        criteria,
        origin,
    })
}

/// Checks a session against its definition. `None` when it has errors.
pub fn session(
    raw: &RawSession,
    source: &Source,
    def: Arc<Definition>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Session> {
    let before = diags.iter().filter(|d| d.is_error()).count();
    let mut c = Check {
        source,
        diags,
        errors: 0,
    };
    let codes: Vec<&str> = def.items().map(|i| i.code.as_str()).collect();
    let criteria: Vec<&str> = def.criteria.iter().map(|c| c.code.as_str()).collect();
    let mut info = SessionInfo::default();
    if let Some(s) = &raw.session {
        info = SessionInfo {
            organisation: text(&s.organisation).unwrap_or_default(),
            location: text(&s.location),
            date: text(&s.date),
            facilitator: text(&s.facilitator),
            guests: s.guests.iter().map(|g| g.value.clone()).collect(),
            notes: text(&s.notes),
        };
    }

    let mut names: HashMap<&str, Range<usize>> = HashMap::new();
    let mut teams = Vec::new();
    for rt in &raw.teams {
        let team_name = rt.name.as_ref().map_or("(no name)", |n| n.value.as_str());
        if let Some(name) = &rt.name {
            if let Some(first) = names.get(name.value.as_str()) {
                let (line, _) = source.line_col(first.start);
                c.error(
                    "duplicate-team",
                    name.span.clone(),
                    format!("two teams are called \"{}\"", name.value),
                    Some(format!("the first is on line {line}; give each team its own name, e.g. add the date or the group")),
                );
            } else {
                names.insert(&name.value, name.span.clone());
            }
        }
        if let Some(kind) = &rt.kind
            && !def.types.contains_key(&kind.value)
        {
            let allowed: Vec<&str> = def.types.keys().map(String::as_str).collect();
            let help = match did_you_mean(&kind.value, allowed.iter().copied()) {
                Some(s) => format!(
                    "did you mean `{s}`? The types of {} are {}",
                    def.id,
                    list_words(&allowed)
                ),
                None => format!("the types of {} are {}", def.id, list_words(&allowed)),
            };
            c.error(
                "unknown-type",
                kind.span.clone(),
                format!(
                    "team \"{team_name}\" has type `{}`, which {} does not know",
                    kind.value, def.id
                ),
                help,
            );
        }
        let role = match &rt.role {
            None => Some(Role::Professionals),
            Some(r) => match Role::parse(&r.value) {
                Some(role) => Some(role),
                None => {
                    let all: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
                    let help = match did_you_mean(&r.value, all.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!("a role is {}", list_or(&all)),
                    };
                    c.error(
                        "unknown-role",
                        r.span.clone(),
                        format!("unknown role `{}` for team \"{team_name}\"", r.value),
                        help,
                    );
                    None
                }
            },
        };
        let mut answers: Vec<(usize, String, Answer)> = Vec::new();
        let mut seen_codes: BTreeSet<&str> = BTreeSet::new();
        // Items whose answer has an error: written, so not "unanswered".
        let mut errored: BTreeSet<&str> = BTreeSet::new();
        for ra in &rt.answers {
            let code = &ra.code;
            let errors_before_answer = c.errors;
            let Some(index) = def.item_index(&code.value) else {
                let help = if criteria.contains(&code.value.as_str()) {
                    let items: Vec<&str> = def
                        .criterion(&code.value)
                        .map(|cr| cr.items.iter().map(|i| i.code.as_str()).collect())
                        .unwrap_or_default();
                    format!(
                        "`{}` is a criterion; answers are given per item: {}",
                        code.value,
                        list_words(&items)
                    )
                } else {
                    match did_you_mean(&code.value, codes.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!("the items of {} are {}", def.id, item_range(&codes)),
                    }
                };
                c.error(
                    "unknown-item",
                    code.span.clone(),
                    format!(
                        "team \"{team_name}\" answers item `{}`, which {} does not have",
                        code.value, def.id
                    ),
                    help,
                );
                continue;
            };
            seen_codes.insert(&code.value);
            let scale_ok = |c: &mut Check, v: &Sp<i64>, what: &str| {
                if def.scale.contains(v.value) {
                    true
                } else {
                    c.error(
                        "score-out-of-range",
                        v.span.clone(),
                        format!(
                            "{what} {} is outside the scale {}",
                            v.value,
                            def.scale.range_text()
                        ),
                        Some(format!(
                            "use a whole number from {} to {}{}",
                            def.scale.min,
                            def.scale.max,
                            scale_words(&def.scale)
                        )),
                    );
                    false
                }
            };
            let score_ok = ra
                .score
                .as_ref()
                .is_none_or(|s| scale_ok(&mut c, s, "score"));
            let mut votes_ok = true;
            for v in &ra.votes {
                votes_ok &= scale_ok(&mut c, v, "vote");
            }
            let na = ra.na.as_ref().is_some_and(|n| n.value);
            if na {
                if let Some(s) = &ra.score {
                    c.error(
                        "na-with-score",
                        s.span.clone(),
                        format!("answer {} of team \"{team_name}\" is marked `na` but has a score", code.value),
                        Some("an item that does not apply has no score: remove `score`, or remove `na = true`".to_string()),
                    );
                }
                if let Some(v) = ra.votes.first() {
                    c.error(
                        "na-with-score",
                        v.span.start..ra.votes.last().map_or(v.span.end, |l| l.span.end),
                        format!("answer {} of team \"{team_name}\" is marked `na` but has votes", code.value),
                        Some("an item that does not apply has no votes: remove `votes`, or remove `na = true`".to_string()),
                    );
                }
                if ra.text.as_ref().is_none_or(|t| t.value.trim().is_empty()) {
                    let span = ra.na.as_ref().map_or(ra.span.clone(), |n| n.span.clone());
                    c.warning(
                        "na-without-text",
                        span,
                        format!("answer {} of team \"{team_name}\" is marked `na` without saying why", code.value),
                        Some("add a `text` that says why this does not apply, so readers of the report know".to_string()),
                    );
                }
            }
            if ra.has_errors || c.errors > errors_before_answer {
                errored.insert(&code.value);
            }
            if score_ok && votes_ok {
                answers.push((
                    index,
                    code.value.clone(),
                    Answer {
                        score: ra.score.as_ref().map(|s| s.value),
                        votes: ra.votes.iter().map(|v| v.value).collect(),
                        text: text(&ra.text),
                        examples: ra.examples.iter().map(|e| e.value.clone()).collect(),
                        na,
                    },
                ));
            }
        }
        let header = rt.name.as_ref().map_or(rt.span.clone(), |n| n.span.clone());
        let filled = |code: &str| {
            errored.contains(code)
                || answers
                    .iter()
                    .any(|(_, c2, a)| c2 == code && !a.is_unanswered())
        };
        // Answers under codes the definition lacks were written too (and reported).
        let wrote_something = def.items().any(|i| filled(&i.code))
            || rt
                .answers
                .iter()
                .any(|a| def.item_index(&a.code.value).is_none());
        if !wrote_something {
            c.warning(
                "empty-team",
                header,
                format!("team \"{team_name}\" has no answers at all"),
                Some(format!(
                    "add its answers under `[team.answers.{}]` and so on, or remove the team",
                    codes.first().copied().unwrap_or("A1")
                )),
            );
        } else {
            let missing: Vec<&str> = def
                .items()
                .map(|i| i.code.as_str())
                .filter(|code| !filled(code))
                .collect();
            if !missing.is_empty() {
                c.warning(
                    "unanswered-items",
                    header,
                    format!(
                        "team \"{team_name}\" left {} of {} items unanswered: {}",
                        missing.len(),
                        codes.len(),
                        missing.join(", ")
                    ),
                    Some("completeness is reported, not required; answer them or mark them `na = true` with a reason".to_string()),
                );
            }
        }
        answers.sort_by_key(|(i, _, _)| *i);
        if let (Some(name), Some(kind), Some(role)) = (&rt.name, &rt.kind, role) {
            teams.push(Team {
                name: name.value.clone(),
                kind: kind.value.clone(),
                role,
                answers: answers.into_iter().map(|(_, code, a)| (code, a)).collect(),
            });
        }
    }

    let mut targets: Vec<(usize, String, f64)> = Vec::new();
    let all_codes = || criteria.iter().copied().chain(codes.iter().copied());
    let order = |code: &str| def.code_rank(code);
    for (code, value) in &raw.targets {
        let Some(pos) = order(&code.value) else {
            let help = match did_you_mean(&code.value, all_codes()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "a target is set for a criterion ({}) or an item ({})",
                    list_words(&criteria),
                    item_range(&codes)
                ),
            };
            c.error(
                "unknown-item",
                code.span.clone(),
                format!(
                    "target for `{}`, which {} does not have",
                    code.value, def.id
                ),
                help,
            );
            continue;
        };
        if value.value < def.scale.min as f64 || value.value > def.scale.max as f64 {
            c.error(
                "target-out-of-range",
                value.span.clone(),
                format!(
                    "target {} for {} is outside the scale {}",
                    value.value,
                    code.value,
                    def.scale.range_text()
                ),
                Some(format!(
                    "a target is a score from {} to {}",
                    def.scale.min, def.scale.max
                )),
            );
            continue;
        }
        targets.push((pos, code.value.clone(), value.value));
    }
    targets.sort_by_key(|(p, _, _)| *p);

    let mut actions = Vec::new();
    for ra in &raw.actions {
        let title = text(&ra.title);
        if let Some(item) = &ra.item
            && order(&item.value).is_none()
        {
            let help = match did_you_mean(&item.value, all_codes()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "name a criterion ({}) or an item ({})",
                    list_words(&criteria),
                    item_range(&codes)
                ),
            };
            c.error(
                "unknown-item",
                item.span.clone(),
                format!(
                    "{} is for `{}`, which {} does not have",
                    title
                        .as_ref()
                        .map_or_else(|| "an action".to_string(), |t| format!("action \"{t}\"")),
                    item.value,
                    def.id
                ),
                help,
            );
        }
        let status = match &ra.status {
            None => Some(Status::Planned),
            Some(s) => {
                let parsed = Status::parse(&s.value);
                if parsed.is_none() {
                    let all: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
                    let help = match did_you_mean(&s.value, all.iter().copied()) {
                        Some(x) => format!("did you mean `{x}`?"),
                        None => format!("a status is {}", list_or(&all)),
                    };
                    c.error(
                        "unknown-status",
                        s.span.clone(),
                        format!("unknown status `{}`", s.value),
                        help,
                    );
                }
                parsed
            }
        };
        if let (Some(title), Some(status)) = (title, status) {
            actions.push(Action {
                title,
                item: text(&ra.item),
                owner: text(&ra.owner),
                due: text(&ra.due),
                status,
            });
        }
    }

    let errors_now = c.diags.iter().filter(|d| d.is_error()).count();
    if errors_now > before
        || raw
            .session
            .as_ref()
            .and_then(|s| s.organisation.as_ref())
            .is_none()
    {
        return None;
    }
    Some(Session {
        file: source.name.clone(),
        definition: def,
        info,
        teams,
        targets: targets.into_iter().map(|(_, k, v)| (k, v)).collect(),
        actions,
    })
}

/// "1 Nog niet, 2 In ontwikkeling, …"
/// The scale's labels after their numbers, ` (1 Nog niet, 2 …)`; nothing when the labels
/// only repeat the numbers (a 0–10 scale), which would say everything twice.
fn scale_words(scale: &Scale) -> String {
    let numbered = scale
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| (scale.min + i as i64, l));
    if numbered.clone().all(|(v, l)| *l == v.to_string()) {
        return String::new();
    }
    let words: Vec<String> = numbered.map(|(v, l)| format!("{v} {l}")).collect();
    format!(" ({})", words.join(", "))
}

/// "A1 … E3" for long lists, every code for short ones.
fn item_range(codes: &[&str]) -> String {
    match codes {
        [] => "none".to_string(),
        _ if codes.len() <= 8 => list_words(codes),
        [first, .., last] => format!("{first} … {last}"),
        [only] => only.to_string(),
    }
}

//! Raw → checked model. The only bridge between what the user wrote and what the rest
//! of `scan` works with: every rule of the format that is not a matter of TOML types
//! lives here, and every broken rule becomes a diagnostic. Validation never stops at
//! the first problem; it returns a model only when there was no error.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use indexmap::IndexMap;

use crate::diag::{Code, Diagnostic, did_you_mean};
use crate::i18n::{Msg, Val};
use crate::model::{
    Action, Answer, Criterion, Definition, Item, Origin, Role, Scale, Session, SessionInfo, Status,
    Team,
};
use crate::msg;
use crate::parse::{RawDefinition, RawSession, Sp};
use crate::source::Source;

struct Check<'a> {
    source: &'a Source,
    diags: &'a mut Vec<Diagnostic>,
    errors: usize,
}

impl Check<'_> {
    fn error(
        &mut self,
        code: Code,
        span: Range<usize>,
        message: impl Into<Msg>,
        help: impl Into<Option<Msg>>,
    ) {
        self.errors += 1;
        self.diags
            .push(Diagnostic::error(code, self.source, span, message).with_help_opt(help.into()));
    }

    fn warning(
        &mut self,
        code: Code,
        span: Range<usize>,
        message: impl Into<Msg>,
        help: impl Into<Option<Msg>>,
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
            Code::BadId,
            id.span.clone(),
            msg!("bad-id-definition", id = &id.value),
            msg!("bad-id-definition-help", suggestion = suggest_id(&id.value)),
        );
    }
    if let Some(lang) = info.and_then(|i| i.language.as_ref())
        && !valid_language(&lang.value)
    {
        c.error(
            Code::BadLanguage,
            lang.span.clone(),
            msg!("bad-language", language = &lang.value),
            msg!("bad-language-help"),
        );
    }
    let mut scale = None;
    if let Some(s) = &raw.scale
        && let (Some(min), Some(max)) = (&s.min, &s.max)
    {
        if min.value >= max.value {
            c.error(
                Code::BadScale,
                max.span.clone(),
                msg!("bad-scale-order", max = max.value, min = min.value),
                msg!("bad-scale-order-help"),
            );
        } else if max.value - min.value > 100 {
            c.error(
                Code::BadScale,
                max.span.clone(),
                msg!("bad-scale-size", min = min.value, max = max.value),
                msg!("bad-scale-size-help"),
            );
        } else if let Some(labels) = &s.labels {
            let want = (max.value - min.value + 1) as usize;
            if labels.value.len() != want {
                c.error(
                    Code::LabelCount,
                    labels.span.clone(),
                    msg!(
                        "label-count",
                        min = min.value,
                        max = max.value,
                        want = want,
                        labels = labels.value.len()
                    ),
                    msg!("label-count-help", want = want),
                );
            } else {
                for l in &labels.value {
                    if l.value.trim().is_empty() {
                        c.error(
                            Code::EmptyText,
                            l.span.clone(),
                            msg!("empty-text-scale-label"),
                            msg!("empty-text-scale-label-help"),
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
                Code::MissingKey,
                t.span.clone(),
                msg!("missing-key-no-types"),
                msg!("missing-key-no-types-help"),
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
                    Code::BadId,
                    key.span.clone(),
                    msg!("bad-id-type", id = &key.value),
                    msg!(
                        "bad-id-type-help",
                        suggestion = suggest_id(&key.value),
                        label = label.value.escape_default().to_string()
                    ),
                );
            }
            if label.value.trim().is_empty() {
                c.error(
                    Code::EmptyTitle,
                    label.span.clone(),
                    msg!("empty-title-type", id = &key.value),
                    msg!("empty-title-type-help"),
                );
            }
            types.insert(key.value.clone(), label.value.clone());
        }
    }
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    let mut criteria = Vec::new();
    if raw.criteria.is_empty() && raw.criteria_span.is_some() {
        c.error(
            Code::MissingKey,
            raw.criteria_span.clone().unwrap_or_default(),
            msg!("missing-key-no-criteria"),
            None,
        );
    }
    for rc in &raw.criteria {
        let mut check_code = |c: &mut Check, code: &Sp<String>, kind: &'static str| {
            if !valid_code(&code.value) {
                c.error(
                    Code::BadCode,
                    code.span.clone(),
                    msg!("bad-code", kind = kind, code = &code.value),
                    msg!("bad-code-help"),
                );
            }
            if let Some(first) = seen.get(&code.value) {
                let (line, _) = c.source.line_col(first.start);
                c.error(
                    Code::DuplicateCode,
                    code.span.clone(),
                    msg!("duplicate-code", code = &code.value),
                    msg!("duplicate-code-help", line = line),
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
                Code::EmptyTitle,
                t.span.clone(),
                msg!(
                    "empty-title-criterion",
                    code = text(&rc.code).unwrap_or_default()
                ),
                msg!("empty-title-criterion-help"),
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
                    Code::EmptyTitle,
                    t.span.clone(),
                    msg!(
                        "empty-title-item",
                        code = text(&ri.code).unwrap_or_default()
                    ),
                    msg!("empty-title-item-help"),
                );
            }
            if let Some(q) = &ri.question
                && q.value.trim().is_empty()
            {
                c.error(
                    Code::EmptyTitle,
                    q.span.clone(),
                    msg!(
                        "empty-title-question",
                        code = text(&ri.code).unwrap_or_default()
                    ),
                    msg!("empty-title-question-help"),
                );
            }
            if let (Some(code), Some(question)) = (&ri.code, &ri.question) {
                items.push(Item {
                    code: code.value.clone(),
                    title: text(&ri.title),
                    question: question.value.clone(),
                    help: text(&ri.help),
                });
            }
        }
        if let (Some(code), Some(title)) = (&rc.code, &rc.title) {
            if rc.items.is_empty() && rc.code.is_some() {
                // reported by the parser when `item` is missing; an empty list lands here
                let this = msg!("missing-key-no-items", code = &code.value);
                if c.diags
                    .iter()
                    .all(|d| d.code != Code::MissingKey || d.message != this)
                {
                    c.error(Code::MissingKey, rc.span.clone(), this, None);
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
                    Code::DuplicateTeam,
                    name.span.clone(),
                    msg!("duplicate-team", name = &name.value),
                    msg!("duplicate-team-help", line = line),
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
                Some(s) => msg!(
                    "unknown-type-did-you-mean",
                    suggestion = s,
                    definition = &def.id,
                    types = Val::and(&allowed)
                ),
                None => msg!(
                    "unknown-type-help",
                    definition = &def.id,
                    types = Val::and(&allowed)
                ),
            };
            c.error(
                Code::UnknownType,
                kind.span.clone(),
                msg!(
                    "unknown-type",
                    team = team_name,
                    kind = &kind.value,
                    definition = &def.id
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
                        Some(s) => msg!("did-you-mean", suggestion = s),
                        None => msg!("unknown-role-help", roles = Val::or(&all)),
                    };
                    c.error(
                        Code::UnknownRole,
                        r.span.clone(),
                        msg!("unknown-role", role = &r.value, team = team_name),
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
                    msg!(
                        "unknown-item-is-criterion",
                        code = &code.value,
                        items = Val::and(&items)
                    )
                } else {
                    match did_you_mean(&code.value, codes.iter().copied()) {
                        Some(s) => msg!("did-you-mean", suggestion = s),
                        None => msg!(
                            "unknown-item-help",
                            definition = &def.id,
                            items = item_range(&codes)
                        ),
                    }
                };
                c.error(
                    Code::UnknownItem,
                    code.span.clone(),
                    msg!(
                        "unknown-item",
                        team = team_name,
                        code = &code.value,
                        definition = &def.id
                    ),
                    help,
                );
                continue;
            };
            seen_codes.insert(&code.value);
            let scale_ok = |c: &mut Check, v: &Sp<i64>, what: &'static str| {
                if def.scale.contains(v.value) {
                    true
                } else {
                    c.error(
                        Code::ScoreOutOfRange,
                        v.span.clone(),
                        msg!(what, value = v.value, scale = def.scale.range_text()),
                        msg!(
                            "score-out-of-range-help",
                            min = def.scale.min,
                            max = def.scale.max,
                            labels = scale_words(&def.scale)
                        ),
                    );
                    false
                }
            };
            let score_ok = ra
                .score
                .as_ref()
                .is_none_or(|s| scale_ok(&mut c, s, "score-out-of-range"));
            let mut votes_ok = true;
            for v in &ra.votes {
                votes_ok &= scale_ok(&mut c, v, "score-out-of-range-vote");
            }
            let na = ra.na.as_ref().is_some_and(|n| n.value);
            if na {
                if let Some(s) = &ra.score {
                    c.error(
                        Code::NaWithScore,
                        s.span.clone(),
                        msg!("na-with-score", code = &code.value, team = team_name),
                        msg!("na-with-score-help"),
                    );
                }
                if let Some(v) = ra.votes.first() {
                    c.error(
                        Code::NaWithScore,
                        v.span.start..ra.votes.last().map_or(v.span.end, |l| l.span.end),
                        msg!("na-with-votes", code = &code.value, team = team_name),
                        msg!("na-with-votes-help"),
                    );
                }
                if ra.text.as_ref().is_none_or(|t| t.value.trim().is_empty()) {
                    let span = ra.na.as_ref().map_or(ra.span.clone(), |n| n.span.clone());
                    c.warning(
                        Code::NaWithoutText,
                        span,
                        msg!("na-without-text", code = &code.value, team = team_name),
                        msg!("na-without-text-help"),
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
                Code::EmptyTeam,
                header,
                msg!("empty-team", team = team_name),
                msg!(
                    "empty-team-help",
                    code = codes.first().copied().unwrap_or("A1")
                ),
            );
        } else {
            let missing: Vec<&str> = def
                .items()
                .map(|i| i.code.as_str())
                .filter(|code| !filled(code))
                .collect();
            if !missing.is_empty() {
                c.warning(
                    Code::UnansweredItems,
                    header,
                    msg!(
                        "unanswered-items",
                        team = team_name,
                        missing = missing.len(),
                        items = codes.len(),
                        codes = missing.join(", ")
                    ),
                    msg!("unanswered-items-help"),
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
                Some(s) => msg!("did-you-mean", suggestion = s),
                None => msg!(
                    "unknown-item-target-help",
                    criteria = Val::and(&criteria),
                    items = item_range(&codes)
                ),
            };
            c.error(
                Code::UnknownItem,
                code.span.clone(),
                msg!(
                    "unknown-item-target",
                    code = &code.value,
                    definition = &def.id
                ),
                help,
            );
            continue;
        };
        if value.value < def.scale.min as f64 || value.value > def.scale.max as f64 {
            c.error(
                Code::TargetOutOfRange,
                value.span.clone(),
                msg!(
                    "target-out-of-range",
                    target = value.value.to_string(),
                    code = &code.value,
                    scale = def.scale.range_text()
                ),
                msg!(
                    "target-out-of-range-help",
                    min = def.scale.min,
                    max = def.scale.max
                ),
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
                Some(s) => msg!("did-you-mean", suggestion = s),
                None => msg!(
                    "unknown-item-action-help",
                    criteria = Val::and(&criteria),
                    items = item_range(&codes)
                ),
            };
            let message = match &title {
                Some(t) => msg!(
                    "unknown-item-action",
                    title = t,
                    code = &item.value,
                    definition = &def.id
                ),
                None => msg!(
                    "unknown-item-untitled-action",
                    code = &item.value,
                    definition = &def.id
                ),
            };
            c.error(Code::UnknownItem, item.span.clone(), message, help);
        }
        let status = match &ra.status {
            None => Some(Status::Planned),
            Some(s) => {
                let parsed = Status::parse(&s.value);
                if parsed.is_none() {
                    let all: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
                    let help = match did_you_mean(&s.value, all.iter().copied()) {
                        Some(x) => msg!("did-you-mean", suggestion = x),
                        None => msg!("unknown-status-help", statuses = Val::or(&all)),
                    };
                    c.error(
                        Code::UnknownStatus,
                        s.span.clone(),
                        msg!("unknown-status", status = &s.value),
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
fn item_range(codes: &[&str]) -> Val {
    match codes {
        _ if codes.len() <= 8 => Val::and(codes),
        [first, .., last] => Val::Text(format!("{first} … {last}")),
        _ => Val::and(codes),
    }
}

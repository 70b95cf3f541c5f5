//! A team: a name of its own, a type the definition knows, a role, its answers, and
//! how complete they are.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use super::{Check, Known, answer};
use crate::diag::{Code, did_you_mean};
use crate::i18n::Val;
use crate::model::{Answer, Role, Team};
use crate::msg;
use crate::parse::RawTeam;

/// Checks a team; `None` when its name, type or role is missing or wrong (reported).
/// `names` holds the names of the teams before it, to find one used twice.
pub(super) fn team<'r>(
    c: &mut Check,
    known: &Known,
    names: &mut HashMap<&'r str, Range<usize>>,
    rt: &'r RawTeam,
) -> Option<Team> {
    let team_name = rt.name.as_ref().map_or("(no name)", |n| n.value.as_str());
    if let Some(name) = &rt.name {
        if let Some(first) = names.get(name.value.as_str()) {
            let (line, _) = c.source.line_col(first.start);
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
    known_type(c, known, rt, team_name);
    let participants = participants(c, rt, team_name);
    let role = role(c, rt, team_name);
    let mut answers: Vec<(usize, String, Answer)> = Vec::new();
    // Items whose answer has an error: written, so not "unanswered".
    let mut errored: BTreeSet<&str> = BTreeSet::new();
    for ra in &rt.answers {
        let checked = answer::answer(c, known, ra, team_name);
        if checked.errored {
            errored.insert(&ra.code.value);
        }
        if let Some((index, a)) = checked.answer {
            answers.push((index, ra.code.value.clone(), a));
        }
    }
    completeness(c, known, rt, team_name, &answers, &errored);
    answers.sort_by_key(|(i, _, _)| *i);
    let (Some(name), Some(kind), Some(role)) = (&rt.name, &rt.kind, role) else {
        return None;
    };
    Some(Team {
        name: name.value.clone(),
        kind: kind.value.clone(),
        role,
        date: rt.date.as_ref().map(|d| d.value.clone()),
        participants,
        answers: answers.into_iter().map(|(_, code, a)| (code, a)).collect(),
    })
}

/// `participants`: how many people took part, a whole number from 0.
fn participants(c: &mut Check, rt: &RawTeam, team_name: &str) -> Option<u64> {
    let p = rt.participants.as_ref()?;
    match u64::try_from(p.value) {
        Ok(n) => Some(n),
        Err(_) => {
            c.error(
                Code::BadParticipants,
                p.span.clone(),
                msg!("bad-participants", team = team_name, count = p.value),
                msg!("bad-participants-help"),
            );
            None
        }
    }
}

fn known_type(c: &mut Check, known: &Known, rt: &RawTeam, team_name: &str) {
    let def = known.def;
    let Some(kind) = rt
        .kind
        .as_ref()
        .filter(|k| !def.types.contains_key(&k.value))
    else {
        return;
    };
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

/// The team's role: `professionals` when none is given; `None` for an unknown one.
fn role(c: &mut Check, rt: &RawTeam, team_name: &str) -> Option<Role> {
    let Some(r) = &rt.role else {
        return Some(Role::Professionals);
    };
    let role = Role::parse(&r.value);
    if role.is_none() {
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
    }
    role
}

/// Warns about a team without answers, or with items left unanswered.
fn completeness(
    c: &mut Check,
    known: &Known,
    rt: &RawTeam,
    team_name: &str,
    answers: &[(usize, String, Answer)],
    errored: &BTreeSet<&str>,
) {
    let def = known.def;
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
                code = known.items.first().copied().unwrap_or("A1")
            ),
        );
        return;
    }
    let missing: Vec<&str> = known
        .items
        .iter()
        .copied()
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
                items = known.items.len(),
                codes = missing.join(", ")
            ),
            msg!("unanswered-items-help"),
        );
    }
}

//! A session file: its `[session]` facts, its teams, targets and actions, checked
//! against the definition it uses.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Check, Known, actions, targets, team, text};
use crate::diag::Diagnostic;
use crate::model::{Definition, Session, SessionInfo};
use crate::parse::{RawSession, RawSessionInfo};
use crate::source::Source;

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
    let known = Known::new(&def);
    let info = raw.session.as_ref().map(info).unwrap_or_default();
    let mut names = HashMap::new();
    let teams: Vec<_> = raw
        .teams
        .iter()
        .filter_map(|rt| team::team(&mut c, &known, &mut names, rt))
        .collect();
    let targets = targets::targets(&mut c, &known, &raw.targets);
    let actions = actions::actions(&mut c, &known, &raw.actions);
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
        targets: targets.into_iter().collect(),
        actions,
    })
}

fn info(s: &RawSessionInfo) -> SessionInfo {
    SessionInfo {
        organisation: text(&s.organisation).unwrap_or_default(),
        location: text(&s.location),
        date: text(&s.date),
        facilitator: text(&s.facilitator),
        guests: s.guests.iter().map(|g| g.value.clone()).collect(),
        notes: text(&s.notes),
    }
}

//! `[[action]]`: what the team will do, for a criterion or item the definition has,
//! with a known status.

use super::{Check, Known, code_help, item_range, text};
use crate::diag::{Code, did_you_mean};
use crate::i18n::Val;
use crate::model::{Action, Status};
use crate::msg;
use crate::parse::{RawAction, Sp};

/// Message ids of a warning about a missing part: with the action's title, without
/// one, and the hint.
const OWNER_IDS: [&str; 3] = [
    "action-without-owner",
    "action-without-owner-untitled",
    "action-without-owner-help",
];
const DUE_IDS: [&str; 3] = [
    "action-without-due",
    "action-without-due-untitled",
    "action-without-due-help",
];

/// The valid actions, in file order.
pub(super) fn actions(c: &mut Check, known: &Known, raw: &[RawAction]) -> Vec<Action> {
    raw.iter().filter_map(|ra| action(c, known, ra)).collect()
}

fn action(c: &mut Check, known: &Known, ra: &RawAction) -> Option<Action> {
    let def = known.def;
    let title = text(&ra.title);
    if let Some(item) = &ra.item
        && def.code_rank(&item.value).is_none()
    {
        let help = code_help(known, &item.value, true).unwrap_or_else(|| {
            msg!(
                "unknown-item-action-help",
                criteria = Val::and(&known.criteria),
                items = item_range(&known.items)
            )
        });
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
    let owner_missing =
        !ra.owner_written || ra.owner.as_ref().is_some_and(|o| o.value.trim().is_empty());
    let missing = [
        (owner_missing, Code::ActionWithoutOwner, OWNER_IDS),
        (!ra.due_written, Code::ActionWithoutDue, DUE_IDS),
    ];
    for (_, code, [named, untitled, help]) in missing.into_iter().filter(|(m, _, _)| *m) {
        let message = match &title {
            Some(t) => msg!(named, title = t),
            None => msg!(untitled),
        };
        c.warning(code, ra.span.clone(), message, msg!(help));
    }
    let status = match &ra.status {
        None => Some(Status::Planned),
        Some(s) => status(c, s),
    };
    Some(Action {
        title: title?,
        item: text(&ra.item),
        owner: text(&ra.owner),
        due: text(&ra.due),
        status: status?,
        notes: ra.notes.as_ref().map(|n| n.value.clone()),
    })
}

/// A known status; `None` (reported) for another word.
fn status(c: &mut Check, s: &Sp<String>) -> Option<Status> {
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

//! One answer of a team: an item the definition has, scores and votes on its scale,
//! and `na` without a score.

use super::{Check, Known, code_help, item_range, scale_words, text};
use crate::diag::Code;
use crate::i18n::{Msg, Val};
use crate::model::{Answer, Definition};
use crate::msg;
use crate::parse::{RawAnswer, Sp};

/// An answer as checked.
pub(super) struct Checked {
    /// The item's index in the definition and the answer, when its scores fit the scale.
    pub answer: Option<(usize, Answer)>,
    /// The answer has an error (it was written, so its item is not "unanswered").
    pub errored: bool,
}

pub(super) fn answer(c: &mut Check, known: &Known, ra: &RawAnswer, team_name: &str) -> Checked {
    let errors_before = c.errors;
    let Some(index) = item_of(c, known, ra, team_name) else {
        return Checked {
            answer: None,
            errored: false,
        };
    };
    let def = known.def;
    let score_ok = ra.score.as_ref().is_none_or(|s| in_scale(c, def, s, false));
    let mut votes_ok = true;
    for v in &ra.votes {
        votes_ok &= in_scale(c, def, v, true);
    }
    let na = ra.na.as_ref().is_some_and(|n| n.value);
    if na {
        not_applicable(c, ra, team_name);
    }
    Checked {
        errored: ra.has_errors || c.errors > errors_before,
        answer: (score_ok && votes_ok).then(|| {
            (
                index,
                Answer {
                    score: ra.score.as_ref().map(|s| s.value),
                    votes: ra.votes.iter().map(|v| v.value).collect(),
                    text: text(&ra.text),
                    examples: ra.examples.iter().map(|e| e.value.clone()).collect(),
                    na,
                },
            )
        }),
    }
}

/// The index of the answered item; `None` (reported) when the definition lacks it.
fn item_of(c: &mut Check, known: &Known, ra: &RawAnswer, team_name: &str) -> Option<usize> {
    let (def, code) = (known.def, &ra.code);
    let index = def.item_index(&code.value);
    if index.is_some() {
        return index;
    }
    let help = if known.criteria.contains(&code.value.as_str()) {
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
        code_help(known, &code.value, false).unwrap_or_else(|| {
            msg!(
                "unknown-item-help",
                definition = &def.id,
                items = item_range(&known.items)
            )
        })
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
    None
}

/// True when a score or vote is on the scale; reported when not.
fn in_scale(c: &mut Check, def: &Definition, v: &Sp<i64>, vote: bool) -> bool {
    if def.scale.contains(v.value) {
        return true;
    }
    c.error(
        Code::ScoreOutOfRange,
        v.span.clone(),
        Msg::Id(
            if vote {
                "score-out-of-range-vote"
            } else {
                "score-out-of-range"
            },
            vec![
                ("value", Val::from(v.value)),
                ("scale", Val::from(def.scale.range_text())),
            ],
        ),
        msg!(
            "score-out-of-range-help",
            min = def.scale.min,
            max = def.scale.max,
            labels = scale_words(&def.scale)
        ),
    );
    false
}

/// An item marked `na` has no score and no votes, and says why.
fn not_applicable(c: &mut Check, ra: &RawAnswer, team_name: &str) {
    let code = &ra.code.value;
    if let Some(s) = &ra.score {
        c.error(
            Code::NaWithScore,
            s.span.clone(),
            msg!("na-with-score", code = code, team = team_name),
            msg!("na-with-score-help"),
        );
    }
    if let Some(v) = ra.votes.first() {
        c.error(
            Code::NaWithScore,
            v.span.start..ra.votes.last().map_or(v.span.end, |l| l.span.end),
            msg!("na-with-votes", code = code, team = team_name),
            msg!("na-with-votes-help"),
        );
    }
    if ra.text.as_ref().is_none_or(|t| t.value.trim().is_empty()) {
        let span = ra.na.as_ref().map_or(ra.span.clone(), |n| n.span.clone());
        c.warning(
            Code::NaWithoutText,
            span,
            msg!("na-without-text", code = code, team = team_name),
            msg!("na-without-text-help"),
        );
    }
}

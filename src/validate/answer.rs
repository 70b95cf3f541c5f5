//! One answer of a team: an item the definition has, scores and votes on its scale,
//! and `na` without a score.

use super::{Check, Known, item_range, scale_words, text};
use crate::diag::did_you_mean;
use crate::model::{Answer, Definition};
use crate::parse::{RawAnswer, Sp, list_words};

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
    let score_ok = ra
        .score
        .as_ref()
        .is_none_or(|s| in_scale(c, def, s, "score"));
    let mut votes_ok = true;
    for v in &ra.votes {
        votes_ok &= in_scale(c, def, v, "vote");
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
        format!(
            "`{}` is a criterion; answers are given per item: {}",
            code.value,
            list_words(&items)
        )
    } else {
        match did_you_mean(&code.value, known.items.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("the items of {} are {}", def.id, item_range(&known.items)),
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
    None
}

/// True when a score or vote is on the scale; reported when not.
fn in_scale(c: &mut Check, def: &Definition, v: &Sp<i64>, what: &str) -> bool {
    if def.scale.contains(v.value) {
        return true;
    }
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

/// An item marked `na` has no score and no votes, and says why.
fn not_applicable(c: &mut Check, ra: &RawAnswer, team_name: &str) {
    let code = &ra.code.value;
    if let Some(s) = &ra.score {
        c.error(
            "na-with-score",
            s.span.clone(),
            format!("answer {code} of team \"{team_name}\" is marked `na` but has a score"),
            Some(
                "an item that does not apply has no score: remove `score`, or remove `na = true`"
                    .to_string(),
            ),
        );
    }
    if let Some(v) = ra.votes.first() {
        c.error(
            "na-with-score",
            v.span.start..ra.votes.last().map_or(v.span.end, |l| l.span.end),
            format!("answer {code} of team \"{team_name}\" is marked `na` but has votes"),
            Some(
                "an item that does not apply has no votes: remove `votes`, or remove `na = true`"
                    .to_string(),
            ),
        );
    }
    if ra.text.as_ref().is_none_or(|t| t.value.trim().is_empty()) {
        let span = ra.na.as_ref().map_or(ra.span.clone(), |n| n.span.clone());
        c.warning(
            "na-without-text",
            span,
            format!("answer {code} of team \"{team_name}\" is marked `na` without saying why"),
            Some(
                "add a `text` that says why this does not apply, so readers of the report know"
                    .to_string(),
            ),
        );
    }
}

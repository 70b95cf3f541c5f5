//! A definition: its `[scan]` facts, its scale, its organisation types, and its
//! criteria with their items.

use std::collections::HashMap;
use std::ops::Range;

use indexmap::IndexMap;

use super::{Check, suggest_id, text, valid_code, valid_id, valid_language};
use crate::diag::{Code, Diagnostic};
use crate::model::{Criterion, Definition, Item, Origin, Scale};
use crate::msg;
use crate::parse::{RawCriterion, RawDefinition, RawItem, RawScale, RawScanInfo, RawType, Sp};
use crate::source::Source;

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
    if let Some(info) = info {
        scan_info(&mut c, info);
    }
    let scale = raw.scale.as_ref().and_then(|s| scale(&mut c, s));
    let types = raw
        .types
        .as_ref()
        .map(|t| types(&mut c, t))
        .unwrap_or_default();
    let criteria = criteria(&mut c, raw);
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

/// The id and the language of `[scan]`.
fn scan_info(c: &mut Check, info: &RawScanInfo) {
    if let Some(id) = &info.id
        && !valid_id(&id.value)
    {
        c.error(
            Code::BadId,
            id.span.clone(),
            msg!("bad-id-definition", id = &id.value),
            msg!("bad-id-definition-help", suggestion = suggest_id(&id.value)),
        );
    }
    if let Some(lang) = &info.language
        && !valid_language(&lang.value)
    {
        c.error(
            Code::BadLanguage,
            lang.span.clone(),
            msg!("bad-language", language = &lang.value),
            msg!("bad-language-help"),
        );
    }
}

/// The scale, when its bounds and labels fit together.
/// The largest score (and the smallest, negated) a scale may have.
const SCORE_LIMIT: i64 = 1_000_000;

fn scale(c: &mut Check, s: &RawScale) -> Option<Scale> {
    let (Some(min), Some(max)) = (&s.min, &s.max) else {
        return None;
    };
    if min.value >= max.value {
        c.error(
            Code::BadScale,
            max.span.clone(),
            msg!("bad-scale-order", max = max.value, min = min.value),
            msg!("bad-scale-order-help"),
        );
        return None;
    }
    if min.value < -SCORE_LIMIT || max.value > SCORE_LIMIT {
        // Scores are also figures (means, gaps): beyond this they would lose
        // precision, and sums of them could overflow.
        c.error(
            Code::BadScale,
            if max.value > SCORE_LIMIT {
                max.span.clone()
            } else {
                min.span.clone()
            },
            msg!(
                "bad-scale-limit",
                min = min.value,
                max = max.value,
                lowest = -SCORE_LIMIT,
                highest = SCORE_LIMIT
            ),
            msg!("bad-scale-size-help"),
        );
        return None;
    }
    if max.value.checked_sub(min.value).is_none_or(|d| d > 100) {
        c.error(
            Code::BadScale,
            max.span.clone(),
            msg!("bad-scale-size", min = min.value, max = max.value),
            msg!("bad-scale-size-help"),
        );
        return None;
    }
    let labels = s.labels.as_ref()?;
    // At most 101 points (checked above), so this cannot overflow.
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
        return None;
    }
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
    Some(Scale {
        min: min.value,
        max: max.value,
        labels: labels.value.iter().map(|l| l.value.clone()).collect(),
    })
}

/// The organisation types of `[types]`, by id.
fn types(c: &mut Check, t: &Sp<Vec<RawType>>) -> IndexMap<String, String> {
    let mut types = IndexMap::new();
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
    types
}

/// The codes of criteria and items met so far, to find one used twice.
#[derive(Default)]
struct Codes(HashMap<String, Range<usize>>);

impl Codes {
    fn check(&mut self, c: &mut Check, code: &Sp<String>, kind: &str) {
        if !valid_code(&code.value) {
            c.error(
                Code::BadCode,
                code.span.clone(),
                msg!("bad-code", kind = kind, code = &code.value),
                msg!("bad-code-help"),
            );
        }
        if let Some(first) = self.0.get(&code.value) {
            let (line, _) = c.source.line_col(first.start);
            c.error(
                Code::DuplicateCode,
                code.span.clone(),
                msg!("duplicate-code", code = &code.value),
                msg!("duplicate-code-help", line = line),
            );
        } else {
            self.0.insert(code.value.clone(), code.span.clone());
        }
    }
}

/// The criteria, each with its items.
fn criteria(c: &mut Check, raw: &RawDefinition) -> Vec<Criterion> {
    if raw.criteria.is_empty() && raw.criteria_span.is_some() {
        c.error(
            Code::MissingKey,
            raw.criteria_span.clone().unwrap_or_default(),
            msg!("missing-key-no-criteria"),
            None,
        );
    }
    let mut codes = Codes::default();
    raw.criteria
        .iter()
        .filter_map(|rc| criterion(c, &mut codes, rc))
        .collect()
}

fn criterion(c: &mut Check, codes: &mut Codes, rc: &RawCriterion) -> Option<Criterion> {
    if let Some(code) = &rc.code {
        codes.check(c, code, "criterion");
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
    let items: Vec<Item> = rc
        .items
        .iter()
        .filter_map(|ri| item(c, codes, ri))
        .collect();
    let (Some(code), Some(title)) = (&rc.code, &rc.title) else {
        return None;
    };
    // Reported by the parser when `item` is missing; an empty list lands here.
    if rc.items.is_empty()
        && c.diags.iter().all(|d| {
            d.code != Code::MissingKey
                || !d
                    .message(crate::i18n::Lang::En)
                    .contains(&format!("criterion {}", code.value))
        })
    {
        c.error(
            Code::MissingKey,
            rc.span.clone(),
            msg!("missing-key-no-items", code = &code.value),
            None,
        );
    }
    Some(Criterion {
        code: code.value.clone(),
        title: title.value.clone(),
        description: text(&rc.description),
        items,
    })
}

fn item(c: &mut Check, codes: &mut Codes, ri: &RawItem) -> Option<Item> {
    if let Some(code) = &ri.code {
        codes.check(c, code, "item");
    }
    if let Some(t) = empty(&ri.title) {
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
    if let Some(q) = empty(&ri.question) {
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
    let (Some(code), Some(question)) = (&ri.code, &ri.question) else {
        return None;
    };
    Some(Item {
        code: code.value.clone(),
        title: text(&ri.title),
        question: question.value.clone(),
        help: text(&ri.help),
        parents: text(&ri.parents),
    })
}

/// The text when it is there but empty (or only spaces).
fn empty(s: &Option<Sp<String>>) -> Option<&Sp<String>> {
    s.as_ref().filter(|t| t.value.trim().is_empty())
}

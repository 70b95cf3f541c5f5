//! `[targets]`: a score to reach per criterion or item, on the scale.

use super::{Check, Known, item_range};
use crate::diag::did_you_mean;
use crate::parse::{Sp, list_words};

/// The valid targets, in definition order.
pub(super) fn targets(
    c: &mut Check,
    known: &Known,
    raw: &[(Sp<String>, Sp<f64>)],
) -> Vec<(String, f64)> {
    let def = known.def;
    let mut targets: Vec<(usize, String, f64)> = Vec::new();
    for (code, value) in raw {
        let Some(pos) = def.code_rank(&code.value) else {
            let help = match did_you_mean(&code.value, known.all_codes()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "a target is set for a criterion ({}) or an item ({})",
                    list_words(&known.criteria),
                    item_range(&known.items)
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
    targets.into_iter().map(|(_, k, v)| (k, v)).collect()
}

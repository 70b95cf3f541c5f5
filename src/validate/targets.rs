//! `[targets]`: a score to reach per criterion or item, on the scale.

use super::{Check, Known, code_help, item_range};
use crate::diag::Code;
use crate::i18n::Val;
use crate::msg;
use crate::parse::Sp;

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
            let help = code_help(known, &code.value, true).unwrap_or_else(|| {
                msg!(
                    "unknown-item-target-help",
                    criteria = Val::and(&known.criteria),
                    items = item_range(&known.items)
                )
            });
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
    targets.into_iter().map(|(_, k, v)| (k, v)).collect()
}

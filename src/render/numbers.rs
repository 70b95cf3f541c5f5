//! How numbers look to people: one rule for every report, so the same score reads the
//! same everywhere. JSON never goes through here (it carries full precision).
//!
//! The rule: a fixed number of decimals (one by default), rounded half away from zero,
//! with the language's decimal mark — a comma in Dutch (`2,7`), a point in English
//! (`2.7`); `-0.0` is shown as `0.0`; a missing number is an en dash (`–`).

use super::Lang;

/// What a missing number is shown as.
pub const MISSING: &str = "–";

/// `2.6667` → `"2.7"` (en) or `"2,7"` (nl).
pub fn number(x: f64, decimals: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return MISSING.to_string();
    }
    let factor = 10f64.powi(decimals as i32);
    let scaled = (x * factor).round();
    if decimals <= FAST_DECIMALS && scaled.abs() < FAST_LIMIT {
        return from_scaled(scaled as i64, decimals, lang);
    }
    let mut rounded = scaled / factor;
    if rounded == 0.0 {
        // -0.04 would otherwise print as "-0.0".
        rounded = 0.0;
    }
    let text = format!("{rounded:.decimals$}");
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

/// Up to how many decimals [`number`] writes the digits itself.
const FAST_DECIMALS: usize = 6;
/// Below this (2^50) a whole `f64` divided by a power of ten up to 10^6 is so close to
/// its decimal value that formatting it with that many decimals gives exactly the
/// digits of the whole number with a point put in (`fast_numbers_equal_formatted`).
const FAST_LIMIT: f64 = 1_125_899_906_842_624.0;

/// `scaled` (the number times 10^`decimals`, rounded) written with the point put in
/// before the last `decimals` digits: what `format!("{:.decimals$}")` writes for
/// `scaled / 10^decimals`, without formatting a float. Zero has no minus sign.
fn from_scaled(scaled: i64, decimals: usize, lang: Lang) -> String {
    let digits = scaled.unsigned_abs().to_string();
    let mut text = String::with_capacity(digits.len() + decimals + 3);
    if scaled < 0 {
        text.push('-');
    }
    let whole = digits.len().saturating_sub(decimals);
    if whole == 0 {
        text.push('0');
    } else {
        text.push_str(&digits[..whole]);
    }
    if decimals > 0 {
        text.push(match lang {
            Lang::Nl => ',',
            Lang::En => '.',
        });
        for _ in digits.len()..decimals {
            text.push('0');
        }
        text.push_str(&digits[whole..]);
    }
    text
}

/// Like [`number`], with a `+` in front of positive values (for gaps and distances).
pub fn signed(x: f64, decimals: usize, lang: Lang) -> String {
    let text = number(x, decimals, lang);
    if x.is_finite()
        && !text.starts_with('-')
        && text.chars().any(|c| c.is_ascii_digit() && c != '0')
    {
        format!("+{text}")
    } else {
        text
    }
}

/// The change from `before` to `after` as people can check it: the difference of the
/// two numbers as [`number`] shows them (2.84 → 3.16 shows 2.8 → 3.2, so +0.4, not the
/// exact +0.3), with a sign like [`signed`].
pub fn shown_change(before: f64, after: f64, decimals: usize, lang: Lang) -> String {
    if !before.is_finite() || !after.is_finite() {
        return MISSING.to_string();
    }
    let factor = 10f64.powi(decimals as i32);
    let shown = ((after * factor).round() - (before * factor).round()) / factor;
    signed(shown, decimals, lang)
}

/// A share from 0 to 1 as a whole percentage: `0.8333` → `"83%"` (en), `"83%"` (nl).
pub fn percent(share: f64) -> String {
    if !share.is_finite() {
        return MISSING.to_string();
    }
    format!("{}%", (share * 100.0).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`number`] as it was before it wrote digits itself: round, then format.
    fn formatted(x: f64, decimals: usize, lang: Lang) -> String {
        if !x.is_finite() {
            return MISSING.to_string();
        }
        let factor = 10f64.powi(decimals as i32);
        let mut rounded = (x * factor).round() / factor;
        if rounded == 0.0 {
            rounded = 0.0;
        }
        let text = format!("{rounded:.decimals$}");
        match lang {
            Lang::Nl => text.replace('.', ","),
            Lang::En => text,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20000))]

        /// Writing the digits of the scaled number gives what formatting the rounded
        /// number gave, for scores, shares, large and tiny numbers and every precision.
        #[test]
        fn fast_numbers_equal_formatted(
            x in prop_oneof![
                -10.0f64..10.0,
                (-100_000i64..100_000).prop_map(|n| n as f64 / 1000.0),
                (-100_000i64..100_000).prop_map(|n| n as f64 / 20.0 + 0.05),
                any::<f64>(),
                -1e16f64..1e16,
                -1e-3f64..1e-3,
            ],
            decimals in 0usize..8,
            nl in any::<bool>(),
        ) {
            let lang = if nl { Lang::Nl } else { Lang::En };
            prop_assert_eq!(number(x, decimals, lang), formatted(x, decimals, lang));
        }
    }

    #[test]
    fn one_rule_for_numbers() {
        assert_eq!(number(2.6667, 1, Lang::En), "2.7");
        assert_eq!(number(2.6667, 1, Lang::Nl), "2,7");
        assert_eq!(number(3.0, 1, Lang::En), "3.0");
        assert_eq!(number(2.25, 1, Lang::En), "2.3");
        assert_eq!(number(-0.04, 1, Lang::En), "0.0");
        assert_eq!(number(f64::NAN, 1, Lang::En), "–");
        assert_eq!(number(0.4714, 2, Lang::Nl), "0,47");
        assert_eq!(signed(0.5, 1, Lang::En), "+0.5");
        assert_eq!(signed(-0.5, 1, Lang::Nl), "-0,5");
        assert_eq!(signed(0.01, 1, Lang::En), "0.0");
        assert_eq!(percent(5.0 / 6.0), "83%");
        // 2.84 → 3.16 reads 2,8 → 3,2: the change shown is +0,4, not the exact +0,3.
        assert_eq!(signed(3.16 - 2.84, 1, Lang::Nl), "+0,3");
        assert_eq!(shown_change(2.84, 3.16, 1, Lang::Nl), "+0,4");
        assert_eq!(shown_change(3.16, 2.84, 1, Lang::En), "-0.4");
        assert_eq!(shown_change(2.96, 3.04, 1, Lang::En), "0.0");
        assert_eq!(percent(1.0), "100%");
    }
}

/// The moment a report is made, for `--stamp`: `2026-11-28 15:04 UTC`. Taken from
/// `SOURCE_DATE_EPOCH` when set (reproducible builds), else from the clock.
pub fn stamp() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
        });
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        rest / 3600,
        rest % 3600 / 60
    )
}

/// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod stamp_tests {
    #[test]
    fn civil_dates_by_hand() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(19_722), (2023, 12, 31));
        assert_eq!(super::civil_from_days(20_785), (2026, 11, 28));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
    }
}

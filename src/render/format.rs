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
    let mut rounded = (x * factor).round() / factor;
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
        assert_eq!(percent(1.0), "100%");
    }
}

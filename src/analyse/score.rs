//! The SPEC's definitions of scores, in one place so every command computes the same
//! numbers: an item score is the team's `score`, else the mean of its `votes`, else
//! none (`na` has none); a criterion score is the mean of its item scores.

use crate::model::{Answer, Criterion, Definition, Team};

/// A team's score for one answer.
pub fn item_score(answer: &Answer) -> Option<f64> {
    if answer.na {
        return None;
    }
    match answer.score {
        Some(s) => Some(s as f64),
        None => mean_i64(&answer.votes),
    }
}

/// A team's score for one item, by code.
pub fn team_item_score(team: &Team, code: &str) -> Option<f64> {
    team.answers.get(code).and_then(item_score)
}

/// The mean of a team's item scores in a criterion.
pub fn criterion_score(team: &Team, criterion: &Criterion) -> Option<f64> {
    let scores: Vec<f64> = criterion
        .items
        .iter()
        .filter_map(|i| team_item_score(team, &i.code))
        .collect();
    mean(&scores)
}

/// Whether a team answered an item (an `na` answer counts as answered).
pub fn answered(team: &Team, code: &str) -> bool {
    team.answers.get(code).is_some_and(|a| !a.is_unanswered())
}

/// Whether a team answered at least one item of a criterion.
pub fn criterion_answered(team: &Team, criterion: &Criterion) -> bool {
    criterion.items.iter().any(|i| answered(team, &i.code))
}

/// Answered items / all items of the definition.
pub fn completeness(team: &Team, def: &Definition) -> f64 {
    let total = def.item_count();
    if total == 0 {
        return 0.0;
    }
    def.items().filter(|i| answered(team, &i.code)).count() as f64 / total as f64
}

/// Whitespace-separated words, as `split_whitespace` counts them.
pub fn word_count(text: &str) -> usize {
    // Every Unicode space but the ASCII ones starts with one of four bytes (U+0085 and
    // U+00A0 with C2, U+1680 with E1, U+2000–U+205F with E2, U+3000 with E3). Between
    // two such bytes, words are counted on bytes alone, two at a time, in a loop the
    // compiler runs on many bytes at once; at one of them the character is decoded.
    let bytes = text.as_bytes();
    let mut next_c2_e1_e2 = memchr::memchr3(0xC2, 0xE1, 0xE2, bytes);
    let mut next_e3 = memchr::memchr(0xE3, bytes);
    let mut words = 0;
    let mut after_space = true;
    let mut start = 0;
    loop {
        let next = match (next_c2_e1_e2, next_e3) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let segment = &bytes[start..next.unwrap_or(bytes.len())];
        if let (Some(&first), Some(&last)) = (segment.first(), segment.last()) {
            words += usize::from(after_space && !ascii_space(first));
            words += word_starts_after_first(segment);
            after_space = ascii_space(last);
        }
        let Some(at) = next else {
            return words;
        };
        let len = if bytes[at] == 0xC2 { 2 } else { 3 };
        let space = text
            .get(at..at + len)
            .and_then(|c| c.chars().next())
            .is_some_and(char::is_whitespace);
        words += usize::from(after_space && !space);
        after_space = space;
        start = at + len;
        if next_c2_e1_e2.is_some_and(|i| i < start) {
            next_c2_e1_e2 = memchr::memchr3(0xC2, 0xE1, 0xE2, &bytes[start..]).map(|i| i + start);
        }
        if next_e3.is_some_and(|i| i < start) {
            next_e3 = memchr::memchr(0xE3, &bytes[start..]).map(|i| i + start);
        }
    }
}

/// How many bytes of `bytes` after its first are not a space but follow one. Counted in
/// blocks of 64 pairs into a byte (at most 64 each), a loop the compiler runs on many
/// bytes at once.
fn word_starts_after_first(bytes: &[u8]) -> usize {
    let Some(rest) = bytes.get(1..) else {
        return 0;
    };
    let mut starts = 0;
    for (before, here) in bytes.chunks(64).zip(rest.chunks(64)) {
        let mut n = 0u8;
        for (&a, &b) in before.iter().zip(here) {
            n += u8::from(ascii_space(a) & !ascii_space(b));
        }
        starts += usize::from(n);
    }
    starts
}

/// The spaces of ASCII that `split_whitespace` splits at.
fn ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

pub fn mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        None
    } else {
        Some(xs.iter().sum::<f64>() / xs.len() as f64)
    }
}

pub fn mean_i64(xs: &[i64]) -> Option<f64> {
    if xs.is_empty() {
        None
    } else {
        Some(xs.iter().map(|&x| x as f64).sum::<f64>() / xs.len() as f64)
    }
}

/// The middle value; the mean of the two middle values for an even count.
pub fn median(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// Population standard deviation.
pub fn sd(xs: &[f64]) -> Option<f64> {
    let m = mean(xs)?;
    let var = xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / xs.len() as f64;
    Some(var.sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character, between two letters and alone between spaces: the table of
    /// first bytes that can start a space misses none.
    #[test]
    fn word_count_agrees_on_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for text in [format!("a{c}b"), format!(" {c} ")] {
                assert_eq!(
                    word_count(&text),
                    text.split_whitespace().count(),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
    }

    proptest::proptest! {
        /// The byte-wise count of ASCII text equals `split_whitespace`'s, for every
        /// ASCII character (control characters included) and for text that is not ASCII.
        #[test]
        fn word_count_equals_split_whitespace(text in "[\\x00-\\x7F]{0,40}|[ a\\t\\n\u{a0}\u{2003}é\u{1c}\u{85}]{0,20}|[ a\u{a0}\u{a9}\u{c2}\u{1680}\u{1681}\u{2000}\u{200a}\u{200b}\u{2028}\u{2029}\u{202f}\u{205f}\u{2060}\u{3000}\u{3001}\u{feff}ëĀ€😀]{0,30}|[ ab\\t\\n\u{a0}é\u{2003}\u{3000}]{60,300}") {
            proptest::prop_assert_eq!(word_count(&text), text.split_whitespace().count(), "for {:?}", text);
        }
    }

    #[test]
    fn statistics_by_hand() {
        let xs = [2.0, 3.0, 3.0, 4.0];
        assert_eq!(mean(&xs), Some(3.0));
        assert_eq!(median(&xs), Some(3.0));
        assert_eq!(median(&[1.0, 4.0, 2.0]), Some(2.0));
        assert_eq!(sd(&xs), Some((0.5f64).sqrt()));
        assert_eq!(mean(&[]), None);
    }

    #[test]
    fn item_score_prefers_score_then_votes() {
        let a = Answer {
            score: Some(3),
            votes: vec![1, 1],
            ..Default::default()
        };
        assert_eq!(item_score(&a), Some(3.0));
        let b = Answer {
            votes: vec![2, 3, 3, 4],
            ..Default::default()
        };
        assert_eq!(item_score(&b), Some(3.0));
        let c = Answer {
            na: true,
            text: Some("x".into()),
            ..Default::default()
        };
        assert_eq!(item_score(&c), None);
    }
}

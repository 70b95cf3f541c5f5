//! How a text changed, in words: how many words were added and removed, and the
//! first few changed phrases. A short summary for people ("+12 words, −3 words"),
//! never a wall of text. Pure; words are whitespace-separated, as in the SPEC's
//! word counts.

use serde::Serialize;
use similar::{Algorithm, DiffOp};

/// Phrases shown per direction, and words per phrase, before "…".
const MAX_PHRASES: usize = 3;
const MAX_PHRASE_WORDS: usize = 8;
/// Changed sentences shown per side, and words per sentence, before "…".
const MAX_SENTENCES: usize = 3;
const MAX_SENTENCE_WORDS: usize = 60;
/// Words (or sentences) that the alignment compares one by one at most, once the
/// common start and end are set aside; a longer changed middle counts as removed
/// and added whole. Myers' diff does work that grows with the product of the lengths
/// on texts that differ everywhere: at this size that stays near a tenth of a second,
/// while ordinary answers (up to thousands of words, mostly the same) never come near.
/// The result depends on the texts alone, never on the machine's speed.
const MAX_ALIGNED: usize = 8_000;

/// The summary of a changed text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextChange {
    pub words_before: usize,
    pub words_after: usize,
    pub added_words: usize,
    pub removed_words: usize,
    /// The first added phrases, each at most a few words (longer ones end in "…").
    pub added: Vec<String>,
    /// The first removed phrases, likewise.
    pub removed: Vec<String>,
    /// The sentences of the old text that changed, whole (a reader sees what was
    /// written, not fragments), at most a few.
    pub before: Vec<String>,
    /// The sentences of the new text that replaced them, likewise.
    pub after: Vec<String>,
}

/// The change from `before` to `after`; `None` when the words are the same
/// (a change in line breaks or spacing only is no change).
pub fn diff(before: &str, after: &str) -> Option<TextChange> {
    let a: Vec<&str> = before.split_whitespace().collect();
    let b: Vec<&str> = after.split_whitespace().collect();
    if a == b {
        return None;
    }
    let (removed_runs, added_runs) = align(&a, &b);
    let count = |runs: &[Vec<&str>]| runs.iter().map(Vec::len).sum();
    let (sa, sb) = (sentences(&a), sentences(&b));
    let (sa, sb): (Vec<&str>, Vec<&str>) = (
        sa.iter().map(String::as_str).collect(),
        sb.iter().map(String::as_str).collect(),
    );
    let (gone, new) = align(&sa, &sb);
    Some(TextChange {
        before: whole(&gone),
        after: whole(&new),
        words_before: a.len(),
        words_after: b.len(),
        added_words: count(&added_runs),
        removed_words: count(&removed_runs),
        added: phrases(&added_runs),
        removed: phrases(&removed_runs),
    })
}

/// The words (or sentences) of `a` and `b` aligned; returns the runs of removed and of
/// added ones, in text order. A replaced stretch is a removed and an added run.
fn align<'a>(a: &[&'a str], b: &[&'a str]) -> (Vec<Vec<&'a str>>, Vec<Vec<&'a str>>) {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    if a.len() + b.len() > MAX_ALIGNED {
        let whole = |side: &[&'a str]| {
            if side.is_empty() {
                Vec::new()
            } else {
                vec![side.to_vec()]
            }
        };
        return (whole(a), whole(b));
    }
    let ops = similar::capture_diff_slices(Algorithm::Myers, a, b);
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    let (mut run_r, mut run_a): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for op in ops {
        match op {
            DiffOp::Equal { .. } => {
                flush(&mut run_r, &mut removed);
                flush(&mut run_a, &mut added);
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => run_r.extend_from_slice(&a[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => run_a.extend_from_slice(&b[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                run_r.extend_from_slice(&a[old_index..old_index + old_len]);
                run_a.extend_from_slice(&b[new_index..new_index + new_len]);
            }
        }
    }
    flush(&mut run_r, &mut removed);
    flush(&mut run_a, &mut added);
    (removed, added)
}

fn flush<'a>(run: &mut Vec<&'a str>, into: &mut Vec<Vec<&'a str>>) {
    if !run.is_empty() {
        into.push(std::mem::take(run));
    }
}

/// A text's sentences, with its words joined by single spaces (so a change in line
/// breaks is no change). A sentence ends after a word ending in `.`, `!` or `?`.
fn sentences(words: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for w in words {
        current.push(w);
        if w.ends_with(['.', '!', '?']) {
            out.push(current.join(" "));
            current.clear();
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

/// The first few changed sentences, long ones cut at a word with "…".
fn whole(runs: &[Vec<&str>]) -> Vec<String> {
    runs.iter()
        .flatten()
        .take(MAX_SENTENCES)
        .map(|s| {
            let words: Vec<&str> = s.split(' ').collect();
            if words.len() > MAX_SENTENCE_WORDS {
                format!("{} …", words[..MAX_SENTENCE_WORDS].join(" "))
            } else {
                s.to_string()
            }
        })
        .collect()
}

fn phrases(runs: &[Vec<&str>]) -> Vec<String> {
    runs.iter()
        .filter(|r| !r.is_empty())
        .take(MAX_PHRASES)
        .map(|r| {
            let mut p = r
                .iter()
                .take(MAX_PHRASE_WORDS)
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            if r.len() > MAX_PHRASE_WORDS {
                p.push_str(" …");
            }
            p
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_words_are_no_change() {
        assert_eq!(diff("a  b\nc", "a b c"), None);
    }

    #[test]
    fn counts_and_shows_added_and_removed_words() {
        let d = diff(
            "Ouders komen naar de koffieochtend.",
            "Veel ouders komen elke maand naar de inloop.",
        )
        .unwrap();
        assert_eq!(d.words_before, 5);
        assert_eq!(d.words_after, 8);
        assert_eq!(d.added, ["Veel ouders", "elke maand", "inloop."]);
        assert_eq!(d.removed, ["Ouders", "koffieochtend."]);
        assert_eq!((d.added_words, d.removed_words), (5, 2));
    }

    #[test]
    fn changed_sentences_are_shown_whole() {
        let d = diff(
            "We hebben een koffieochtend. Ouders komen\nsoms langs. Dat is fijn!",
            "We hebben een koffieochtend. Veel ouders komen elke maand. Dat is fijn!",
        )
        .unwrap();
        assert_eq!(d.before, ["Ouders komen soms langs."]);
        assert_eq!(d.after, ["Veel ouders komen elke maand."]);
        let d = diff("", "Nieuw antwoord zonder punt").unwrap();
        assert!(d.before.is_empty());
        assert_eq!(d.after, ["Nieuw antwoord zonder punt"]);
    }

    #[test]
    fn long_phrases_are_cut() {
        let long = "een twee drie vier vijf zes zeven acht negen tien";
        let d = diff("start", &format!("start {long}")).unwrap();
        assert_eq!(d.added_words, 10);
        assert_eq!(d.added, ["een twee drie vier vijf zes zeven acht …"]);
        assert!(d.removed.is_empty());
    }

    #[test]
    fn a_long_changed_middle_counts_as_removed_and_added_whole() {
        let words = |from: usize, n: usize| -> String {
            (from..from + n).map(|i| format!("w{i} ")).collect()
        };
        // Within the bound the words are aligned one by one: the common ones stay.
        let half = MAX_ALIGNED / 4;
        let before = format!("begin {}{}eind", words(0, half), words(10 * half, half));
        let after = format!("begin {}{}eind", words(0, half), words(20 * half, half));
        let d = diff(&before, &after).unwrap();
        assert_eq!((d.removed_words, d.added_words), (half, half));
        // Past it the whole middle (between the common start and end) changed.
        let n = MAX_ALIGNED / 2 + 1;
        let mut after = format!("begin {}eind", words(0, n));
        after = after.replacen("w1 ", "x1 ", 1);
        let before = format!("begin {}eind", words(0, n));
        let d = diff(&before, &after).unwrap();
        assert_eq!(
            (d.removed_words, d.added_words),
            (1, 1),
            "common words are set aside"
        );
        let before = format!("begin {}eind", words(0, n));
        let after = format!("begin {}eind", words(n, n));
        let d = diff(&before, &after).unwrap();
        assert_eq!((d.removed_words, d.added_words), (n, n));
        assert_eq!(d.removed, [format!("{}…", words(0, 8))]);
        assert_eq!(d.added, [format!("{}…", words(n, 8))]);
        let d = diff("kort", &format!("kort {}", words(0, MAX_ALIGNED + 1))).unwrap();
        assert_eq!((d.removed_words, d.added_words), (0, MAX_ALIGNED + 1));
        assert!(d.removed.is_empty());
    }

    /// A middle of `m` changed words between `m` kept ones (`x0 s0 x1 s1 …` against
    /// `y0 s0 y1 s1 …`), with `extra` more new words in front: aligned word by word,
    /// `m` words are removed; taken whole, the whole middle is.
    fn interleaved(m: usize, extra: usize) -> (String, String, usize, usize) {
        let side =
            |changed: &str| -> String { (0..m).map(|i| format!("{changed}{i} s{i} ")).collect() };
        let z: String = (0..extra).map(|i| format!("z{i} ")).collect();
        let before = format!("begin {}eind", side("x"));
        let after = format!("begin {z}{}eind", side("y"));
        // The common start (`begin`) and end (`s{m-1} eind`) are set aside.
        (before, after, 2 * m - 1, 2 * m - 1 + extra)
    }

    #[test]
    fn the_bound_counts_both_middles_together() {
        // Exactly at the bound: still aligned word by word.
        let (before, after, a, b) = interleaved(2000, 2);
        assert_eq!(a + b, MAX_ALIGNED);
        let d = diff(&before, &after).unwrap();
        assert_eq!((d.removed_words, d.added_words), (2000, 2002));
        // One word past it: the middles are taken whole.
        let (before, after, a, b) = interleaved(2000, 3);
        assert_eq!(a + b, MAX_ALIGNED + 1);
        let d = diff(&before, &after).unwrap();
        assert_eq!((d.removed_words, d.added_words), (a, b));
        // Small middles whose product is past the bound are aligned.
        let (before, after, _, _) = interleaved(60, 0);
        let d = diff(&before, &after).unwrap();
        assert_eq!((d.removed_words, d.added_words), (60, 60));
    }

    #[test]
    fn from_and_to_nothing() {
        let d = diff("", "nieuw antwoord").unwrap();
        assert_eq!((d.added_words, d.removed_words), (2, 0));
        let d = diff("weg ermee", "").unwrap();
        assert_eq!((d.added_words, d.removed_words), (0, 2));
    }
}

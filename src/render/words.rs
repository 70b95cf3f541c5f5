//! The reports' own words in Dutch and English (user text is never translated).
//!
//! They live in the Fluent catalogues `locales/<lang>/words-*.ftl`, one file per report
//! family, beside the messages (see [`crate::i18n`] for how to add words). Templates call
//! `t("id")`, or `t("id", n=3, total=24)` to fill `{ $n }` and `{ $total }`; plurals are
//! Fluent's (`{ $n -> [one] 1 vote *[other] { $n } votes }`). An unknown id, or a
//! variable without a value, is a template error, so a typo cannot print an empty
//! heading or half a sentence. Only the `words-*` catalogues answer `t`: a template
//! cannot print a diagnostic message by accident.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::Lang;
use crate::i18n::{self, Arg};

/// The catalogue files that hold the report words.
const WORD_FILES: &str = "words-";

/// Every word id.
fn ids() -> &'static HashSet<String> {
    static IDS: OnceLock<HashSet<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        i18n::ids_in_files(Lang::En, WORD_FILES)
            .into_iter()
            .collect()
    })
}

/// The word for `key` in `lang` when it needs no variables, as text and as a template
/// value. Looked up for nearly every cell of a report, so the words are formatted
/// once, a catalogue file at a time, only for the language and the files asked for
/// (formatting every word of both languages was a tenth of a one-session report).
fn plain(key: &str, lang: Lang) -> Option<&'static (String, minijinja::Value)> {
    type Words = Vec<Option<(String, minijinja::Value)>>;
    // Where each word of a language is: its file, and its place among the file's ids.
    static PLACES: [OnceLock<HashMap<&'static str, (usize, usize)>>; 2] =
        [const { OnceLock::new() }; 2];
    static WORDS: [OnceLock<Words>; i18n::CATALOGUE_FILES] =
        [const { OnceLock::new() }; i18n::CATALOGUE_FILES];
    let places = PLACES[lang as usize].get_or_init(|| {
        i18n::files_named(lang, WORD_FILES)
            .flat_map(|file| {
                i18n::ids_of_file(file)
                    .enumerate()
                    .map(move |(place, id)| (id, (file, place)))
            })
            .collect()
    });
    let &(file, place) = places.get(key)?;
    let words = WORDS[file].get_or_init(|| {
        i18n::ids_of_file(file)
            .map(|id| {
                let text = i18n::lookup(lang, id, &[]).ok()?;
                let value = minijinja::Value::from(text.as_str());
                Some((text, value))
            })
            .collect()
    });
    words.get(place)?.as_ref()
}

/// Whether `key` is one of the report words.
pub fn is_word(key: &str) -> bool {
    ids().contains(key)
}

/// The word for `key` in `lang`; `None` for an unknown key or one that needs variables.
pub fn word(key: &str, lang: Lang) -> Option<&'static str> {
    plain(key, lang).map(|(text, _)| text.as_str())
}

/// [`word`] as a template value, made once: a template asks for the same words in
/// every row.
pub fn word_value(key: &str, lang: Lang) -> Option<minijinja::Value> {
    plain(key, lang).map(|(_, value)| value.clone())
}

/// The words for `key` in `lang` with its variables filled in once (a team called
/// `{ $pros }` stays that text); `Err` for an unknown key or a missing variable.
pub fn fill(key: &str, lang: Lang, args: &[(&str, Arg<'_>)]) -> Result<String, String> {
    if !is_word(key) {
        return Err(format!("there are no words for `{key}`"));
    }
    let Some(asked) = asked(key, lang, args) else {
        return i18n::lookup(lang, key, args);
    };
    if let Some(text) = FILLED.with_borrow(|filled| filled.get(&asked).cloned()) {
        return Ok(text);
    }
    let text = i18n::lookup(lang, key, args)?;
    FILLED.with_borrow_mut(|filled| {
        if filled.len() >= FILLED_MAX {
            filled.clear();
        }
        filled.insert(asked, text.clone());
    });
    Ok(text)
}

thread_local! {
    /// Words filled in before, by what was asked (see [`asked`]): a report asks for the
    /// same few sentences ("3 votes", "scores for B2") again and again, and Fluent
    /// resolves each anew.
    static FILLED: RefCell<HashMap<Vec<u8>, String>> = RefCell::new(HashMap::new());
}

/// How many filled-in words [`FILLED`] keeps before it starts again.
const FILLED_MAX: usize = 4096;

/// One key for the language, the id and every variable with its value, which
/// together decide the words (every piece with its length, so no two questions share
/// a key); `None` for a value Fluent could format in more than one way (a number with
/// formatting options), which is then never kept.
fn asked(key: &str, lang: Lang, args: &[(&str, Arg<'_>)]) -> Option<Vec<u8>> {
    fn piece(asked: &mut Vec<u8>, bytes: &[u8]) {
        asked.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        asked.extend_from_slice(bytes);
    }
    let mut asked = Vec::with_capacity(key.len() + 40 * args.len() + 9);
    asked.push(lang as u8);
    piece(&mut asked, key.as_bytes());
    for (name, value) in args {
        piece(&mut asked, name.as_bytes());
        match value {
            Arg::String(text) => {
                asked.push(b's');
                piece(&mut asked, text.as_bytes());
            }
            Arg::Number(n) if n.options == Default::default() => {
                asked.push(b'n');
                asked.extend_from_slice(&n.value.to_bits().to_le_bytes());
            }
            _ => return None,
        }
    }
    Some(asked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_both_languages() {
        assert!(ids().len() > 300, "the word catalogues are embedded");
        assert_eq!(word("team", Lang::Nl), Some("Team"));
        assert_eq!(word("missing", Lang::Nl), Some("geen score"));
        assert_eq!(word("nope", Lang::En), None);
        // Messages are not report words.
        assert!(!is_word("diagnostics-summary"));
        assert!(fill("diagnostics-summary", Lang::En, &[]).is_err());
    }

    #[test]
    fn fills_variables_once_and_counts_with_plurals() {
        let n = |n: i64| [("n", Arg::from(n))];
        assert_eq!(fill("rep_voters", Lang::En, &n(1)).unwrap(), "1 vote");
        assert_eq!(fill("rep_voters", Lang::En, &n(3)).unwrap(), "3 votes");
        assert_eq!(fill("rep_voters", Lang::Nl, &n(1)).unwrap(), "1 stem");
        assert_eq!(fill("rep_voters", Lang::Nl, &n(0)).unwrap(), "0 stemmen");
        let sneaky = [("name", Arg::from("{ $name } {n}"))];
        assert_eq!(
            fill("hist_team_added", Lang::En, &sneaky).unwrap(),
            "team added: { $name } {n}"
        );
        let missing = fill("rep_voters", Lang::En, &[]).unwrap_err();
        assert!(missing.contains("`n`"), "{missing}");
        assert!(word("rep_voters", Lang::En).is_none());
    }

    proptest::proptest! {
        /// Words asked for again come from what was kept, and are what Fluent says:
        /// for every language, id, variable and value, asked in any order, with texts
        /// that look like numbers or like other questions, and numbers with and
        /// without formatting options.
        #[test]
        fn kept_words_are_what_fluent_says(
            asks in proptest::collection::vec(
                (0usize..2, 0usize..4, 0i64..4, "[0-9a-z:{}$ ]{0,6}", proptest::bool::ANY),
                1..40,
            ),
        ) {
            const IDS: [(&str, &[&str]); 4] = [
                ("rep_voters", &["n"]),
                ("coverage", &["n", "total"]),
                ("hist_team_added", &["name"]),
                ("of_items", &["n", "total"]),
            ];
            for (lang, id, n, text, as_text) in asks {
                let lang = Lang::ALL[lang];
                let (id, names) = IDS[id];
                let value = |i: usize| -> Arg<'static> {
                    if as_text {
                        Arg::from(format!("{text}{i}"))
                    } else if i == 1 {
                        let mut number = fluent_bundle::types::FluentNumber::from(n);
                        number.options.minimum_fraction_digits = Some(1);
                        Arg::Number(number)
                    } else {
                        Arg::from(n + i as i64)
                    }
                };
                let args: Vec<(&str, Arg<'_>)> =
                    names.iter().enumerate().map(|(i, name)| (*name, value(i))).collect();
                let fluent = i18n::lookup(lang, id, &args);
                proptest::prop_assert_eq!(fill(id, lang, &args), fluent.clone());
                proptest::prop_assert_eq!(fill(id, lang, &args), fluent);
            }
        }
    }

    #[test]
    fn what_is_asked_tells_values_apart() {
        let three = [("n", Arg::from(3))];
        let text = [("n", Arg::from("3"))];
        assert_ne!(asked("a", Lang::En, &three), asked("a", Lang::En, &text));
        assert_ne!(asked("a", Lang::En, &three), asked("a", Lang::Nl, &three));
        assert_ne!(asked("a", Lang::En, &three), asked("b", Lang::En, &three));
        let ab = [("a", Arg::from("b:c")), ("d", Arg::from("e"))];
        let ab2 = [("a", Arg::from("b")), ("c", Arg::from("d:e"))];
        assert_ne!(asked("x", Lang::En, &ab), asked("x", Lang::En, &ab2));
        let mut number = fluent_bundle::types::FluentNumber::from(3);
        number.options.minimum_fraction_digits = Some(2);
        assert_eq!(asked("a", Lang::En, &[("n", Arg::Number(number))]), None);
        // Kept words are never more than the limit.
        for i in 0..FILLED_MAX + 10 {
            let n = [("n", Arg::from(i as i64))];
            assert!(fill("rep_voters", Lang::En, &n).is_ok());
        }
        assert!(FILLED.with_borrow(|f| f.len()) <= FILLED_MAX);
        assert_eq!(
            fill("rep_voters", Lang::En, &[("n", Arg::from(7))]).unwrap(),
            "7 votes"
        );
    }

    /// Every `t("id")` written literally in a built-in template names a report word,
    /// and every report word is asked for somewhere (by its id in a template or in
    /// Rust, or through a built id such as `t("status_" ~ a.status)`): a word nobody
    /// asks for is a word nobody translates with care.
    #[test]
    fn built_in_templates_ask_for_words_that_exist() {
        let templates: Vec<&str> = super::super::BUILTIN_TEMPLATES
            .iter()
            .map(|(_, text)| *text)
            .collect();
        let mut used = std::collections::HashSet::new();
        let mut prefixes = Vec::new();
        for text in templates.iter().chain(RUST_SOURCES) {
            for token in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                if is_word(token) {
                    used.insert(token.to_string());
                }
            }
        }
        for text in &templates {
            for (start, _) in text.match_indices("t(\"") {
                // `split("…")` is not `t("…")`.
                let before = text[..start].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[start + 3..];
                let end = rest.find('"').unwrap_or(0);
                let id = &rest[..end];
                let after = rest[end + 1..].trim_start();
                if after.starts_with('~') {
                    prefixes.push(id.to_string());
                } else {
                    assert!(
                        is_word(id),
                        "t(\"{id}\") in a built-in template has no words"
                    );
                }
            }
        }
        let mut unused: Vec<&String> = ids()
            .iter()
            .filter(|k| !used.contains(*k) && !prefixes.iter().any(|p| k.starts_with(p)))
            .collect();
        unused.sort();
        assert!(unused.is_empty(), "report words nobody uses: {unused:?}");
    }

    /// The Rust files that ask for words by id.
    const RUST_SOURCES: &[&str] = &[
        include_str!("report.rs"),
        include_str!("compare.rs"),
        include_str!("moments.rs"),
        include_str!("progress.rs"),
        include_str!("folder_history.rs"),
        include_str!("mod.rs"),
        include_str!("../commands/form.rs"),
        include_str!("../analyse/history.rs"),
    ];
}

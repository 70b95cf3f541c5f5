//! The reports' own words in Dutch and English (user text is never translated).
//!
//! They live in the Fluent catalogues `locales/<lang>/words-*.ftl`, one file per report
//! family, beside the messages (see [`crate::i18n`] for how to add words). Templates call
//! `t("id")`, or `t("id", n=3, total=24)` to fill `{ $n }` and `{ $total }`; plurals are
//! Fluent's (`{ $n -> [one] 1 vote *[other] { $n } votes }`). An unknown id, or a
//! variable without a value, is a template error, so a typo cannot print an empty
//! heading or half a sentence. Only the `words-*` catalogues answer `t`: a template
//! cannot print a diagnostic message by accident.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Lang;
use crate::i18n::{self, Arg};

/// The catalogue files that hold the report words.
const WORD_FILES: &str = "words-";

/// Every word id, with its text in each language when it needs no variables.
/// Looked up for nearly every cell of a report, so the texts are formatted once.
fn index() -> &'static HashMap<String, [Option<String>; 2]> {
    static INDEX: OnceLock<HashMap<String, [Option<String>; 2]>> = OnceLock::new();
    INDEX.get_or_init(|| {
        i18n::ids_in_files(Lang::En, WORD_FILES)
            .into_iter()
            .map(|id| {
                let plain = Lang::ALL.map(|lang| i18n::lookup(lang, &id, &[]).ok());
                (id, plain)
            })
            .collect()
    })
}

/// Whether `key` is one of the report words.
pub fn is_word(key: &str) -> bool {
    index().contains_key(key)
}

/// The word for `key` in `lang`; `None` for an unknown key or one that needs variables.
pub fn word(key: &str, lang: Lang) -> Option<&'static str> {
    index().get(key)?[lang as usize].as_deref()
}

/// The words for `key` in `lang` with its variables filled in once (a team called
/// `{ $pros }` stays that text); `Err` for an unknown key or a missing variable.
pub fn fill(key: &str, lang: Lang, args: &[(&str, Arg<'_>)]) -> Result<String, String> {
    if !is_word(key) {
        return Err(format!("there are no words for `{key}`"));
    }
    i18n::lookup(lang, key, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_both_languages() {
        assert!(index().len() > 300, "the word catalogues are embedded");
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
        let mut unused: Vec<&String> = index()
            .keys()
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

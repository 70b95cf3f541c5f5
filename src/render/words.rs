//! The reports' own words in Dutch and English (user text is never translated).
//!
//! Templates call `t("key")`, or `t("key", n=3, total=24)` to fill `{n}` and `{total}`.
//! An unknown key is a template error, so a typo cannot print an empty heading. Add
//! new words to the table of the report they belong to (one table per report family,
//! listed in `TABLES`), so the reports can grow independently.

use super::Lang;

/// (key, English, Dutch)
type Word = (&'static str, &'static str, &'static str);

/// Every table of words; keys are unique across all of them.
const TABLES: &[&[Word]] = &[SHARED];

/// Words shared by every report.
const SHARED: &[Word] = &[
    ("generated_by", "Made with scan", "Gemaakt met scan"),
    ("missing", "no score", "geen score"),
    ("none", "none", "geen"),
    (
        "chart_data",
        "The numbers of this chart",
        "De getallen van deze grafiek",
    ),
    ("team", "Team", "Team"),
    ("teams", "Teams", "Teams"),
    ("type", "Type", "Type"),
    ("role", "Role", "Rol"),
    ("role_professionals", "professionals", "professionals"),
    ("role_parents", "parents", "ouders"),
    ("role_partners", "partners", "partners"),
    ("criterion", "Criterion", "Criterium"),
    ("criteria", "Criteria", "Criteria"),
    ("item", "Item", "Item"),
    ("items", "Items", "Items"),
    ("score", "Score", "Score"),
    ("scale", "Scale", "Schaal"),
    ("mean", "Mean", "Gemiddelde"),
    ("median", "Median", "Mediaan"),
    ("min", "Minimum", "Minimum"),
    ("max", "Maximum", "Maximum"),
    ("sd", "Standard deviation", "Standaardafwijking"),
    ("completeness", "Completeness", "Volledigheid"),
    ("contents", "Contents", "Inhoud"),
    ("definition", "Scan", "Scan"),
    ("version", "version", "versie"),
    ("file", "File", "Bestand"),
    ("organisation", "Organisation", "Organisatie"),
    ("location", "Location", "Plaats"),
    ("date", "Date", "Datum"),
    ("facilitator", "Facilitator", "Procesbegeleider"),
    ("guests", "Guests", "Gasten"),
    ("notes", "Notes", "Notities"),
];

/// The word for `key` in `lang`, or `None` for an unknown key.
pub fn word(key: &str, lang: Lang) -> Option<&'static str> {
    TABLES
        .iter()
        .flat_map(|t| t.iter())
        .find(|(k, _, _)| *k == key)
        .map(|(_, en, nl)| match lang {
            Lang::En => *en,
            Lang::Nl => *nl,
        })
}

/// Fills `{name}` placeholders from `args`; unknown placeholders stay as written.
pub fn fill(template: &str, args: &[(String, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_has_both_languages_and_keys_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for (key, en, nl) in TABLES.iter().flat_map(|t| t.iter()) {
            assert!(seen.insert(*key), "duplicate key {key}");
            assert!(!en.is_empty() && !nl.is_empty(), "{key}");
            // Placeholders must match between the languages.
            let holes = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(h, _)| h.to_string()))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(holes(en), holes(nl), "{key}");
        }
    }

    #[test]
    fn fills_placeholders() {
        let args = [("n".to_string(), "3".to_string())];
        assert_eq!(fill("{n} of {m}", &args), "3 of {m}");
        assert_eq!(word("team", Lang::Nl), Some("Team"));
        assert_eq!(word("nope", Lang::En), None);
    }
}

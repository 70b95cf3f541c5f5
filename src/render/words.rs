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
const TABLES: &[&[Word]] = &[SHARED, COMPARE];

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

/// Words of `scan compare`.
const COMPARE: &[Word] = &[
    ("cmp_title", "Comparison: {title}", "Vergelijking: {title}"),
    ("cmp_files", "Session files", "Sessiebestanden"),
    ("cmp_teams", "Teams compared", "Vergeleken teams"),
    ("cmp_groups", "Groups", "Groepen"),
    ("cmp_grouped_by", "grouped by", "gegroepeerd naar"),
    ("cmp_by_type", "organisation type", "organisatietype"),
    ("cmp_by_team", "team", "team"),
    ("cmp_by_organisation", "organisation", "organisatie"),
    ("cmp_by_role", "role", "rol"),
    ("cmp_by_file", "file", "bestand"),
    ("cmp_role_all", "all teams", "alle teams"),
    (
        "cmp_left_out",
        "Groups left out (fewer than {min} teams, for privacy): {groups}; teams in them: {teams}.",
        "Weggelaten groepen (minder dan {min} teams, om de privacy te beschermen): {groups}; teams daarin: {teams}.",
    ),
    (
        "cmp_versions",
        "The files use different versions of this scan ({versions}); items are compared by code, and an item that a version lacks has fewer teams. Names are those of version {version}.",
        "De bestanden gebruiken verschillende versies van deze scan ({versions}); items worden vergeleken op hun code, en een item dat in een versie ontbreekt heeft minder teams. De namen komen uit versie {version}.",
    ),
    (
        "cmp_no_groups",
        "There are no teams to compare.",
        "Er zijn geen teams om te vergelijken.",
    ),
    ("cmp_group", "Group", "Groep"),
    (
        "cmp_criteria_heading",
        "Criteria per group",
        "Criteria per groep",
    ),
    (
        "cmp_criteria_intro",
        "The mean criterion score of each group, on the scale {min}–{max}.",
        "De gemiddelde criteriumscore van elke groep, op de schaal {min}–{max}.",
    ),
    (
        "cmp_chart_title",
        "Mean criterion score per group",
        "Gemiddelde criteriumscore per groep",
    ),
    (
        "cmp_chart_left_out",
        "With {n} groups a chart would be unreadable; the table has every number.",
        "Met {n} groepen is een grafiek niet leesbaar; de tabel heeft alle getallen.",
    ),
    (
        "cmp_differ_heading",
        "Where groups differ most",
        "Waar de groepen het meest verschillen",
    ),
    (
        "cmp_differ_intro",
        "Items ordered by the range of the group means: the highest group mean minus the lowest.",
        "Items geordend naar de spreiding van de groepsgemiddelden: het hoogste groepsgemiddelde min het laagste.",
    ),
    (
        "cmp_differ_one_group",
        "With fewer than two groups that have scores there is nothing to set side by side.",
        "Met minder dan twee groepen met scores valt er niets naast elkaar te zetten.",
    ),
    ("cmp_range", "Range", "Spreiding"),
    ("cmp_lowest", "Lowest group", "Laagste groep"),
    ("cmp_highest", "Highest group", "Hoogste groep"),
    (
        "cmp_heat_heading",
        "Item means per group",
        "Itemgemiddelden per groep",
    ),
    (
        "cmp_heat_intro",
        "The background follows the mean, from low (orange) to high (blue); the number is always written in the cell.",
        "De achtergrond volgt het gemiddelde, van laag (oranje) naar hoog (blauw); het getal staat altijd in de cel.",
    ),
    ("cmp_heat_legend", "Colours", "Kleuren"),
    (
        "cmp_versus_heading",
        "Professionals and parents",
        "Professionals en ouders",
    ),
    (
        "cmp_versus_intro",
        "For each group where parents answered: the mean score of the professionals' teams, of the parents, and the gap (parents minus professionals). Largest gaps first.",
        "Voor elke groep waarin ouders antwoordden: de gemiddelde score van de teams van professionals, van de ouders, en het verschil (ouders min professionals). Grootste verschillen eerst.",
    ),
    (
        "cmp_versus_none",
        "In none of the groups did parents answer.",
        "In geen van de groepen hebben ouders geantwoord.",
    ),
    (
        "cmp_versus_left_out",
        "Groups not shown (professionals or parents have fewer than {min} teams, for privacy): {n}.",
        "Niet getoonde groepen (professionals of ouders hebben minder dan {min} teams, om de privacy te beschermen): {n}.",
    ),
    ("cmp_versus_all", "All teams", "Alle teams"),
    (
        "cmp_versus_teams",
        "Professionals' teams: {professionals}; parents' teams: {parents}.",
        "Teams van professionals: {professionals}; teams van ouders: {parents}.",
    ),
    (
        "cmp_versus_chart",
        "Professionals (circle) and parents (square) per criterion: {name}",
        "Professionals (rondje) en ouders (vierkantje) per criterium: {name}",
    ),
    ("cmp_professionals", "Professionals", "Professionals"),
    ("cmp_parents", "Parents", "Ouders"),
    ("cmp_gap", "Gap", "Verschil"),
    (
        "cmp_criteria_stats_heading",
        "Statistics per criterion",
        "Statistieken per criterium",
    ),
    (
        "cmp_items_stats_heading",
        "Statistics per item",
        "Statistieken per item",
    ),
    ("cmp_in_criterion", "Criterion {code}", "Criterium {code}"),
    ("cmp_answered", "Answered", "Beantwoord"),
    ("cmp_scored", "Scored", "Met score"),
    ("cmp_sd", "SD", "SD"),
    ("cmp_words", "Words per answer", "Woorden per antwoord"),
    (
        "cmp_examples",
        "Examples per answer",
        "Voorbeelden per antwoord",
    ),
    (
        "cmp_examples_given",
        "Examples given",
        "Genoemde voorbeelden",
    ),
    (
        "cmp_how_heading",
        "How the numbers are computed",
        "Zo zijn de getallen berekend",
    ),
    (
        "cmp_how_item",
        "A team's item score is its agreed score, or else the mean of its members' votes; an answer marked not applicable has no score.",
        "De itemscore van een team is de afgesproken score, of anders het gemiddelde van de stemmen van de teamleden; een antwoord dat niet van toepassing is heeft geen score.",
    ),
    (
        "cmp_how_criterion",
        "A team's criterion score is the mean of its item scores in that criterion.",
        "De criteriumscore van een team is het gemiddelde van zijn itemscores binnen dat criterium.",
    ),
    (
        "cmp_how_stats",
        "Per group: teams in the group; answered = teams that answered (not applicable counts; for a criterion: at least one of its items); scored = teams with a score; mean, median, minimum, maximum and standard deviation (of the population) over the scores.",
        "Per groep: teams in de groep; beantwoord = teams die antwoordden (niet van toepassing telt mee; voor een criterium: minstens één van de items); met score = teams met een score; gemiddelde, mediaan, minimum, maximum en standaardafwijking (van de populatie) over de scores.",
    ),
    (
        "cmp_how_completeness",
        "Completeness = answered / teams. Words and examples per answer are means over the answered answers.",
        "Volledigheid = beantwoord / teams. Woorden en voorbeelden per antwoord zijn gemiddelden over de gegeven antwoorden.",
    ),
    (
        "cmp_how_order",
        "Groups by type follow the scan's order of types; by role: professionals, parents, partners; other groups are sorted by name.",
        "Groepen naar type volgen de volgorde van de typen in de scan; naar rol: professionals, ouders, partners; andere groepen staan op naam.",
    ),
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

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
const TABLES: &[&[Word]] = &[SHARED, REPORT, WORKSHEET];

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

/// Words of the session report and its index (`report.*.j2`, `index.*.j2`).
const REPORT: &[Word] = &[
    ("report", "Report", "Rapportage"),
    (
        "report_of",
        "Report of the {title}",
        "Rapportage van de {title}",
    ),
    ("session", "Session", "Sessie"),
    ("who_took_part", "Who took part", "Wie deden mee"),
    (
        "how_scores",
        "How the scores are computed",
        "Zo zijn de scores berekend",
    ),
    (
        "how_scores_text",
        "An item's score is the score the team agreed on or, without one, the mean of the members' own votes. A criterion's score is the mean of its item scores. An item marked not applicable counts as answered, but has no score and is left out of every mean. Where members voted, the spread of their votes (lowest–highest, and the standard deviation) shows where a team disagrees. Numbers are rounded to one decimal; a label belongs to the nearest whole score.",
        "De score van een item is de score waarover het team het eens werd of, als die er niet is, het gemiddelde van de eigen stemmen van de teamleden. De score van een criterium is het gemiddelde van de scores van zijn items. Een item dat niet van toepassing is, telt mee als beantwoord, maar heeft geen score en blijft buiten elk gemiddelde. Waar teamleden stemden, laat de spreiding van de stemmen (laagste–hoogste, en de standaardafwijking) zien waar een team het oneens is. Getallen zijn afgerond op één decimaal; een omschrijving hoort bij de dichtstbijzijnde hele score.",
    ),
    (
        "scale_is",
        "The scale runs from {min} to {max}:",
        "De schaal loopt van {min} tot {max}:",
    ),
    ("summary", "Scores per criterion", "Scores per criterium"),
    (
        "summary_caption",
        "Criterion scores per team (scale {min}–{max})",
        "Scores per criterium en team (schaal {min}–{max})",
    ),
    (
        "summary_chart",
        "Bar chart of the criterion scores per team",
        "Staafdiagram van de scores per criterium en team",
    ),
    (
        "completeness_caption",
        "Answered items per team",
        "Beantwoorde items per team",
    ),
    ("answered", "Answered", "Beantwoord"),
    ("not_applicable", "Not applicable", "Niet van toepassing"),
    ("na_short", "n/a", "n.v.t."),
    ("scored", "With a score", "Met score"),
    ("of_items", "{n} of {total}", "{n} van {total}"),
    (
        "gaps_heading",
        "Professionals and parents",
        "Professionals en ouders",
    ),
    (
        "gaps_intro",
        "Per item, the mean score of the professional teams against the mean score of the parent teams, largest differences first. A positive difference means the professionals rate the item higher than the parents do.",
        "Per item de gemiddelde score van de teams van professionals naast die van de ouders, grootste verschillen eerst. Een positief verschil betekent dat de professionals het item hoger scoren dan de ouders.",
    ),
    (
        "gaps_none",
        "No item has a score from both professionals and parents.",
        "Geen item heeft een score van zowel professionals als ouders.",
    ),
    (
        "no_parents",
        "No parents' team took part in this session, so there is no comparison with parents.",
        "Er deed geen team van ouders mee aan deze sessie, dus er is geen vergelijking met ouders.",
    ),
    (
        "gaps_caption",
        "Professionals and parents per item, largest differences first",
        "Professionals en ouders per item, grootste verschillen eerst",
    ),
    (
        "gaps_chart",
        "Dot chart: per item the professionals' mean score (circle) and the parents' mean score (square)",
        "Stippendiagram: per item de gemiddelde score van de professionals (cirkel) en van de ouders (vierkant)",
    ),
    ("professionals", "Professionals", "Professionals"),
    ("parents", "Parents", "Ouders"),
    (
        "chart_professionals",
        "Professionals (circle)",
        "Professionals (cirkel)",
    ),
    ("chart_parents", "Parents (square)", "Ouders (vierkant)"),
    ("difference", "Difference", "Verschil"),
    ("targets_heading", "Targets", "Doelen"),
    (
        "targets_intro",
        "Where the organisation wants to be, and how far each team of professionals still has to go: the target minus the current score (0 or less: reached).",
        "Waar de organisatie naartoe wil, en hoe ver elk team van professionals daar nog vanaf is: het doel min de huidige score (0 of minder: bereikt).",
    ),
    (
        "targets_none",
        "No targets were set.",
        "Er zijn geen doelen gesteld.",
    ),
    (
        "targets_no_team",
        "No team of professionals took part, so there is no distance to show.",
        "Er deed geen team van professionals mee, dus er is geen afstand te tonen.",
    ),
    (
        "targets_caption",
        "Targets and the distance to them",
        "Doelen en de afstand ernaartoe",
    ),
    ("target", "Target", "Doel"),
    (
        "item_or_criterion",
        "Item or criterion",
        "Item of criterium",
    ),
    ("now", "Now", "Nu"),
    ("to_go", "To go", "Nog te gaan"),
    ("reached", "reached", "bereikt"),
    ("actions_heading", "Action plan", "Actieplan"),
    (
        "actions_none",
        "There are no actions yet.",
        "Er zijn nog geen acties.",
    ),
    ("status_planned", "Planned", "Gepland"),
    ("status_doing", "In progress", "Bezig"),
    ("status_done", "Done", "Klaar"),
    ("action", "Action", "Actie"),
    ("about", "About", "Over"),
    ("owner", "Who", "Wie"),
    ("due", "When", "Wanneer"),
    (
        "details_heading",
        "Per criterion and item",
        "Per criterium en item",
    ),
    ("votes", "Votes", "Stemmen"),
    ("spread", "Spread", "Spreiding"),
    ("label", "Label", "Omschrijving"),
    ("examples", "Examples", "Voorbeelden"),
    ("not_answered", "not answered", "niet beantwoord"),
    (
        "nobody_answered",
        "No team answered this item.",
        "Geen team heeft dit item beantwoord.",
    ),
    ("answers", "Answers", "Antwoorden"),
    (
        "mean_of_votes",
        "mean of the votes",
        "gemiddelde van de stemmen",
    ),
    ("scores_caption", "Scores for {code}", "Scores voor {code}"),
    (
        "criterion_scores_caption",
        "Criterion {code} per team",
        "Criterium {code} per team",
    ),
    ("index_title", "Session reports", "Rapportages van sessies"),
    (
        "index_intro",
        "{n} reports, one per session file.",
        "{n} rapportages, één per sessiebestand.",
    ),
    (
        "index_line",
        "teams: {teams} · completeness {completeness} · actions done: {done} of {actions}",
        "teams: {teams} · volledigheid {completeness} · acties klaar: {done} van {actions}",
    ),
    ("index_caption", "The reports", "De rapportages"),
    (
        "index_compare",
        "Criterion scores side by side",
        "Scores per criterium naast elkaar",
    ),
    (
        "index_compare_intro",
        "Per report, the mean of the professional teams' criterion scores; only reports of the same scan (and version) stand side by side.",
        "Per rapportage het gemiddelde van de criteriumscores van de teams van professionals; alleen rapportages van dezelfde scan (en versie) staan naast elkaar.",
    ),
    (
        "index_compare_none",
        "No two reports use the same scan, so there is nothing to put side by side.",
        "Geen twee rapportages gebruiken dezelfde scan, dus er staat niets naast elkaar.",
    ),
    (
        "index_compare_caption",
        "{title} ({id} {version}): criterion scores of the professionals",
        "{title} ({id} {version}): criteriumscores van de professionals",
    ),
    ("summary_short", "Summary", "Samenvatting"),
    (
        "no_teams",
        "There are no teams in this session file yet.",
        "Er staan nog geen teams in dit sessiebestand.",
    ),
];

/// Words of the paper worksheet (`worksheet.html.j2`).
const WORKSHEET: &[Word] = &[
    ("worksheet", "Worksheet", "Werkblad"),
    (
        "worksheet_intro",
        "Per item: first each member writes down their own score (votes), then the team agrees on one score and ticks it. Write down what the team tells: stories, examples, what goes well and what could be better.",
        "Per item: eerst schrijft ieder teamlid een eigen score op (stemmen), daarna spreekt het team één score af en kruist die aan. Schrijf op wat het team vertelt: verhalen, voorbeelden, wat goed gaat en wat beter kan.",
    ),
    ("team_name", "Team", "Team"),
    ("agreed_score", "Agreed score", "Afgesproken score"),
    ("member_votes", "Members' votes", "Stemmen van de teamleden"),
    (
        "story",
        "Stories and explanation",
        "Verhalen en toelichting",
    ),
    (
        "not_applicable_tick",
        "not applicable",
        "niet van toepassing",
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

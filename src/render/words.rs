//! The reports' own words in Dutch and English (user text is never translated).
//!
//! Templates call `t("key")`, or `t("key", n=3, total=24)` to fill `{n}` and `{total}`.
//! An unknown key is a template error, so a typo cannot print an empty heading. Add
//! new words to the table of the report they belong to (one table per report family,
//! listed in `TABLES`), so the reports can grow independently.

use super::Lang;
use super::audience_words::{PARENTS, SHEETS, SUMMARY};

/// (key, English, Dutch)
pub(crate) type Word = (&'static str, &'static str, &'static str);

/// Every table of words; keys are unique across all of them.
const TABLES: &[&[Word]] = &[
    SHARED,
    REPORT,
    WORKSHEET,
    FORM,
    HISTORY,
    COMPARE,
    MOMENTS,
    FOLDER_HISTORY,
    SUMMARY,
    PARENTS,
    SHEETS,
];

/// Words shared by every report.
const SHARED: &[Word] = &[
    ("generated_by", "Made with scan", "Gemaakt met scan"),
    ("generated_on", "on", "op"),
    ("missing", "no score", "geen score"),
    ("none", "none", "geen"),
    (
        "chart_data",
        "The numbers of this chart",
        "De getallen van deze grafiek",
    ),
    ("team", "Team", "Team"),
    ("teams", "Teams", "Teams"),
    ("gap", "Gap", "Verschil"),
    (
        "gap_explained",
        "Gap = professionals − parents: a positive gap means the professionals rate it higher than the parents do.",
        "Verschil = professionals − ouders: een positief verschil betekent dat de professionals het hoger scoren dan de ouders.",
    ),
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
    ("participants", "Participants", "Deelnemers"),
];

/// Words of `scan history` and `scan diff` (keys start with `hist_` or `diff_`).
const HISTORY: &[Word] = &[
    ("hist_title", "Progress over time", "Voortgang in de tijd"),
    (
        "hist_intro",
        "{n} versions of {file} in git, from {from} to {to}.",
        "{n} versies van {file} in git, van {from} tot {to}.",
    ),
    (
        "hist_how",
        "Each row is a version of the file: a commit in git that changed it, oldest first, dated by when the change was written (in the commit's own time zone). Tags name the measurement moments. A criterion's score is the mean of the team's item scores; the number after it is the change since the previous readable version.",
        "Elke rij is een versie van het bestand: een commit in git die het wijzigde, de oudste eerst, met de datum waarop de wijziging is geschreven (in de tijdzone van de commit). Tags geven de meetmomenten een naam. De score van een criterium is het gemiddelde van de itemscores van het team; het getal erachter is de verandering sinds de vorige leesbare versie.",
    ),
    (
        "hist_intro_one",
        "One version of {file} in git, from {from}.",
        "Eén versie van {file} in git, van {from}.",
    ),
    ("hist_versions", "Versions", "Versies"),
    (
        "hist_versions_caption",
        "Every version of the file in git, oldest first",
        "Elke versie van het bestand in git, de oudste eerst",
    ),
    (
        "hist_how_short",
        "score per criterion in each version, the change since the previous version in brackets",
        "score per criterium in elke versie, de verandering sinds de vorige versie tussen haakjes",
    ),
    ("hist_version", "Version", "Versie"),
    ("hist_moment", "Measurement", "Meetmoment"),
    ("hist_message", "Message", "Omschrijving"),
    ("hist_changes", "Changes", "Wijzigingen"),
    ("hist_first", "first version", "eerste versie"),
    ("hist_worktree", "not committed", "niet vastgelegd"),
    ("hist_now", "now (not committed)", "nu (niet vastgelegd)"),
    (
        "hist_worktree_long",
        "the file as it is now, not committed",
        "het bestand zoals het nu is, niet vastgelegd",
    ),
    (
        "hist_invalid",
        "could not be read (errors: {n})",
        "niet te lezen (fouten: {n})",
    ),
    (
        "hist_no_changes",
        "no changes in the answers",
        "geen wijzigingen in de antwoorden",
    ),
    (
        "hist_moved",
        "file moved: {from} → {to}",
        "bestand verplaatst: {from} → {to}",
    ),
    (
        "hist_items_changed",
        "answers changed: {n}",
        "antwoorden gewijzigd: {n}",
    ),
    (
        "hist_team_added",
        "team added: {name}",
        "team erbij: {name}",
    ),
    (
        "hist_team_removed",
        "team removed: {name}",
        "team verwijderd: {name}",
    ),
    (
        "hist_team_renamed",
        "team probably renamed: {from} → {to}",
        "team waarschijnlijk hernoemd: {from} → {to}",
    ),
    (
        "hist_actions_changed",
        "actions changed: {n}",
        "acties gewijzigd: {n}",
    ),
    (
        "hist_definition_changed",
        "the scan definition changed ({what}); scores are compared by criterion and item code",
        "de scandefinitie is gewijzigd ({what}); scores worden per criterium- en itemcode vergeleken",
    ),
    ("hist_scores_per_team", "Scores per team", "Scores per team"),
    (
        "hist_trends",
        "Scores per criterion over time",
        "Scores per criterium in de tijd",
    ),
    (
        "hist_trend_caption",
        "Score per team in each version",
        "Score per team in elke versie",
    ),
    (
        "hist_trend_title",
        "{code} {title}: score per team in each version",
        "{code} {title}: score per team in elke versie",
    ),
    ("hist_earlier_names", "earlier: {names}", "eerder: {names}"),
    (
        "hist_shallow",
        "This is a shallow clone of the repository: versions before {date} are missing (git fetch --unshallow fetches them).",
        "Dit is een ondiepe kopie (shallow clone) van de repository: versies van vóór {date} ontbreken (git fetch --unshallow haalt ze op).",
    ),
    (
        "hist_deleted",
        "The file was deleted in {version} ({date}).",
        "Het bestand is verwijderd in {version} ({date}).",
    ),
    (
        "hist_tags_only",
        "Only tagged versions are shown.",
        "Alleen versies met een tag worden getoond.",
    ),
    (
        "hist_actions",
        "Actions planned / doing / done",
        "Acties gepland / bezig / klaar",
    ),
    ("diff_title", "What changed", "Wat er veranderde"),
    (
        "diff_intro",
        "What changed in {file} from {before} to {after}.",
        "Wat er veranderde in {file} van {before} tot {after}.",
    ),
    ("diff_before", "Before", "Voor"),
    ("diff_after", "After", "Na"),
    ("diff_change", "Change", "Verandering"),
    ("diff_summary", "Summary", "Samenvatting"),
    ("diff_count", "Number", "Aantal"),
    (
        "diff_summary_caption",
        "Changes by kind",
        "Wijzigingen per soort",
    ),
    ("diff_teams", "Teams", "Teams"),
    (
        "diff_unchanged_teams",
        "Unchanged: {names}.",
        "Ongewijzigd: {names}.",
    ),
    ("diff_score", "score", "score"),
    ("diff_details", "Details", "Details"),
    ("diff_teams_added", "Teams added", "Teams erbij"),
    ("diff_teams_removed", "Teams removed", "Teams verwijderd"),
    (
        "diff_teams_renamed",
        "Teams probably renamed",
        "Teams waarschijnlijk hernoemd",
    ),
    (
        "diff_teams_changed",
        "Teams with changed answers",
        "Teams met gewijzigde antwoorden",
    ),
    (
        "diff_items_changed",
        "Answers changed",
        "Gewijzigde antwoorden",
    ),
    ("diff_scores_up", "Scores up", "Scores omhoog"),
    ("diff_scores_down", "Scores down", "Scores omlaag"),
    ("diff_answers_added", "Answers added", "Antwoorden erbij"),
    (
        "diff_answers_removed",
        "Answers removed",
        "Antwoorden verwijderd",
    ),
    ("diff_texts_changed", "Texts changed", "Teksten gewijzigd"),
    (
        "diff_actions_changed",
        "Actions added, removed or changed",
        "Acties erbij, verwijderd of gewijzigd",
    ),
    (
        "diff_nothing",
        "No differences in the answers, targets or action plan.",
        "Geen verschillen in de antwoorden, streefscores of het actieplan.",
    ),
    ("diff_unchanged", "unchanged", "ongewijzigd"),
    ("diff_changed", "changed", "gewijzigd"),
    ("diff_added", "new team", "nieuw team"),
    ("diff_removed", "team removed", "team verwijderd"),
    (
        "diff_renamed",
        "probably renamed; was {from}",
        "waarschijnlijk hernoemd; was {from}",
    ),
    ("diff_answer_added", "answer added", "antwoord erbij"),
    (
        "diff_answer_removed",
        "answer removed",
        "antwoord verwijderd",
    ),
    (
        "diff_answer_changed",
        "answer changed",
        "antwoord gewijzigd",
    ),
    (
        "diff_text",
        "text: words +{added} −{removed}",
        "tekst: woorden +{added} −{removed}",
    ),
    ("diff_text_before", "it said", "er stond"),
    ("diff_text_after", "now it says", "nu staat er"),
    ("diff_examples_added", "examples added", "voorbeelden erbij"),
    (
        "diff_examples_removed",
        "examples removed",
        "voorbeelden verwijderd",
    ),
    ("diff_votes", "votes", "stemmen"),
    (
        "diff_na_now",
        "now marked not applicable",
        "nu niet van toepassing",
    ),
    (
        "diff_na_before",
        "no longer marked not applicable",
        "niet langer niet van toepassing",
    ),
    ("diff_items", "Answers", "Antwoorden"),
    ("diff_criteria", "Criterion scores", "Scores per criterium"),
    (
        "diff_answered",
        "answered items: {before} → {after}",
        "beantwoorde items: {before} → {after}",
    ),
    ("diff_targets", "Targets", "Streefscores"),
    ("diff_actions", "Action plan", "Actieplan"),
    ("diff_action", "Action", "Actie"),
    ("diff_status", "Status", "Status"),
    ("diff_action_added", "new", "nieuw"),
    ("diff_action_removed", "removed", "verwijderd"),
    ("diff_owner", "owner", "eigenaar"),
    ("diff_due", "due", "uiterlijk"),
    ("diff_status_planned", "planned", "gepland"),
    ("diff_status_doing", "in progress", "bezig"),
    ("diff_status_done", "done", "klaar"),
];

/// Words of the session report and its index (`report.*.j2`, `index.*.j2`).
const REPORT: &[Word] = &[
    ("rep_voter", "1 vote", "1 stem"),
    ("rep_voters", "{n} votes", "{n} stemmen"),
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
        "An item's score is the score the team agreed on or, without one, the mean of the members' own votes. A criterion's score is the mean of its item scores. An item marked not applicable counts as answered, but has no score and is left out of every mean. Where members voted, the spread of their votes (lowest–highest, and the standard deviation, written as “spread 0.8”) shows where a team disagrees. Numbers are rounded to one decimal; a label belongs to the nearest whole score.",
        "De score van een item is de score waarover het team het eens werd of, als die er niet is, het gemiddelde van de eigen stemmen van de teamleden. De score van een criterium is het gemiddelde van de scores van zijn items. Een item dat niet van toepassing is, telt mee als beantwoord, maar heeft geen score en blijft buiten elk gemiddelde. Waar teamleden stemden, laat de spreiding van de stemmen (laagste–hoogste, en de standaardafwijking, geschreven als „spreiding 0,8”) zien waar een team het oneens is. Getallen zijn afgerond op één decimaal; een omschrijving hoort bij de dichtstbijzijnde hele score.",
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
    ("coverage", "{n} of {total} items", "{n} van {total} items"),
    (
        "gaps_heading",
        "Professionals and parents",
        "Professionals en ouders",
    ),
    (
        "gaps_intro",
        "Per item, the parents' mean score against the mean score of the professionals' teams of the parents' own type, largest gaps first.",
        "Per item de gemiddelde score van de ouders naast die van de teams van professionals van hetzelfde type, grootste verschillen eerst.",
    ),
    ("gaps_parents_type", "Parents of", "Ouders van"),
    ("gaps_all_short", "all teams", "alle teams"),
    (
        "gaps_fallback",
        "Parents of {type}: no professionals' team of this type gave a score, so they are compared with all professionals' teams on {codes}.",
        "Ouders van {type}: geen team van professionals van dit type gaf een score, dus zij zijn vergeleken met alle teams van professionals bij {codes}.",
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
    ("sd_words", "spread", "spreiding"),
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
        "index_intro_one",
        "One report, of one session file.",
        "Eén rapportage, van één sessiebestand.",
    ),
    ("index_teams", "teams: {teams}", "teams: {teams}"),
    (
        "index_completeness",
        "completeness of the professionals {completeness}",
        "volledigheid professionals {completeness}",
    ),
    (
        "index_completeness_parents",
        "of the parents {completeness}",
        "ouders {completeness}",
    ),
    (
        "index_actions",
        "actions done: {done} of {actions}",
        "acties klaar: {done} van {actions}",
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

/// Words of the form (`form.html.j2`).
const FORM: &[Word] = &[
    ("form_title", "Form", "Invulformulier"),
    (
        "form_intro",
        "Fill in what the team says, item by item. What you type stays in this browser, also after a reload; below, the session file of it is ready to copy or download.",
        "Vul per item in wat het team zegt. Wat u typt blijft in deze browser bewaard, ook na opnieuw laden; onderaan staat het sessiebestand ervan klaar om te kopiëren of te downloaden.",
    ),
    (
        "form_noscript",
        "This form needs JavaScript to keep what you type and to write the session file.",
        "Dit formulier heeft JavaScript nodig om te bewaren wat u typt en om het sessiebestand te schrijven.",
    ),
    ("form_no_score", "no score", "geen score"),
    (
        "form_text",
        "Explanation, stories (or why it does not apply)",
        "Toelichting, verhalen (of waarom het niet van toepassing is)",
    ),
    (
        "form_examples",
        "Examples (separated by ;)",
        "Voorbeelden (gescheiden door ;)",
    ),
    ("form_toml", "The session file", "Het sessiebestand"),
    (
        "form_toml_intro",
        "Save it as a .toml file, or add it to a session file with scan import.",
        "Bewaar het als .toml-bestand, of voeg het met scan import aan een sessiebestand toe.",
    ),
    (
        "form_toml_label",
        "Session file (TOML)",
        "Sessiebestand (TOML)",
    ),
    ("form_copy", "Copy", "Kopiëren"),
    ("form_download", "Download", "Downloaden"),
    ("form_copied", "Copied.", "Gekopieerd."),
    ("form_downloaded", "Downloaded:", "Gedownload:"),
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
    ("cmp_range", "Difference", "Verschil"),
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
        "For each group where parents answered: the parents' mean score against the mean score of the group's professionals' teams of the parents' own type. Largest gaps first.",
        "Voor elke groep waarin ouders antwoordden: de gemiddelde score van de ouders naast die van de teams van professionals in de groep van hetzelfde type. Grootste verschillen eerst.",
    ),
    (
        "cmp_versus_none",
        "In none of the groups did parents answer.",
        "In geen van de groepen hebben ouders geantwoord.",
    ),
    (
        "cmp_versus_left_out",
        "Hidden for privacy (professionals or parents have fewer than {min} teams there): {n} more comparisons of professionals and parents.",
        "Verborgen om de privacy te beschermen (professionals of ouders hebben daar minder dan {min} teams): nog {n} vergelijkingen van professionals en ouders.",
    ),
    (
        "cmp_versus_all_hidden",
        "Parents did answer, but every comparison with them is hidden for privacy (professionals or parents have fewer than {min} teams there): {n} hidden.",
        "Ouders hebben wel geantwoord, maar elke vergelijking met hen is verborgen om de privacy te beschermen (professionals of ouders hebben daar minder dan {min} teams): {n} verborgen.",
    ),
    ("cmp_versus_all", "All teams", "Alle teams"),
    (
        "cmp_versus_fallback",
        "No professionals' team of this type is in the group, so the parents are compared with all of its professionals' teams.",
        "Er is in deze groep geen team van professionals van dit type, dus de ouders zijn vergeleken met al haar teams van professionals.",
    ),
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
    ("cmp_sd", "Spread", "Spreiding"),
    ("cmp_low_high", "Lowest – highest", "Laagste – hoogste"),
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
    ("cmp_voters", "Votes", "Stemmen"),
    (
        "cmp_how_voters",
        "Votes: how many votes the scores rest on, one per member or respondent who voted (answers imported from a form have one per respondent); for a criterion, per team the most votes on one of its items. A score the team agreed on without votes counts none, so a mean of forty parents' votes is not read like one team's score.",
        "Stemmen: op hoeveel stemmen de scores rusten, één per lid of respondent die stemde (antwoorden uit een formulier hebben er één per respondent); voor een criterium per team de meeste stemmen op één van de items. Een score waar het team het over eens werd zonder stemmen telt niet mee, zodat een gemiddelde van veertig ouders niet gelezen wordt als de score van één team.",
    ),
    (
        "cmp_how_stats",
        "Per group: teams in the group; answered = teams that answered (not applicable counts; for a criterion: at least one of its items); scored = teams with a score; mean, median, minimum, maximum and spread (the standard deviation, of the population) over the scores.",
        "Per groep: teams in de groep; beantwoord = teams die antwoordden (niet van toepassing telt mee; voor een criterium: minstens één van de items); met score = teams met een score; gemiddelde, mediaan, minimum, maximum en spreiding (de standaardafwijking, van de populatie) over de scores.",
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

/// Words of totals, weakest items, measurement moments and workbooks.
const MOMENTS: &[Word] = &[
    ("cmp_total", "Total", "Totaal"),
    ("cmp_types", "Type(s)", "Type(n)"),
    (
        "cmp_weakest_heading",
        "Weakest items per group",
        "Zwakste items per groep",
    ),
    (
        "cmp_weakest_intro",
        "The {n} items with the lowest mean in each group (equal means in the scan's order).",
        "De {n} items met het laagste gemiddelde in elke groep (bij gelijke gemiddelden in de volgorde van de scan).",
    ),
    (
        "mom_title",
        "Comparison across moments: {title}",
        "Vergelijking door de tijd: {title}",
    ),
    ("mom_moment", "Moment", "Moment"),
    ("mom_change", "Change", "Verandering"),
    ("mom_stats", "statistics", "statistieken"),
    (
        "mom_min_group",
        "Groups of fewer than {min} teams at a moment are left out at that moment.",
        "Groepen met minder dan {min} teams op een moment zijn op dat moment weggelaten.",
    ),
    (
        "mom_types_heading",
        "Organisations and their types",
        "Organisaties en hun typen",
    ),
    (
        "mom_criteria_heading",
        "Criterion means per group and moment",
        "Gemiddelde per criterium, groep en moment",
    ),
    (
        "mom_criteria_intro",
        "The mean criterion score of each group at each moment, on the scale {min}–{max}, and the change from the first moment to the last.",
        "De gemiddelde criteriumscore van elke groep op elk moment, op de schaal {min}–{max}, en de verandering van het eerste naar het laatste moment.",
    ),
    (
        "mom_items_heading",
        "Item means per group and moment",
        "Gemiddelde per item, groep en moment",
    ),
    (
        "mom_weakest_intro",
        "The {n} items with the lowest mean in each group at the last moment it was measured (equal means in the scan's order).",
        "De {n} items met het laagste gemiddelde in elke groep op het laatste moment waarop die gemeten is (bij gelijke gemiddelden in de volgorde van de scan).",
    ),
    (
        "mom_chart",
        "Mean of {code} per group and moment",
        "Gemiddelde van {code} per groep en moment",
    ),
    (
        "mom_how_moments",
        "Each moment is a git revision: every session file as it was then, with the definition of that moment. A file counts at the moments it exists; a version that does not validate is left out of its moment.",
        "Elk moment is een git-revisie: elk sessiebestand zoals het toen was, met de definitie van dat moment. Een bestand telt mee op de momenten waarop het bestaat; een versie die niet klopt, blijft op dat moment buiten beschouwing.",
    ),
    (
        "mom_how_change",
        "Change: the mean at the last moment minus the mean at the first, computed from the rounded values shown, so the numbers add up; – when either is missing.",
        "Verandering: het gemiddelde op het laatste moment min dat op het eerste, berekend uit de getoonde afgeronde waarden, zodat de getallen kloppen; – als een van beide ontbreekt.",
    ),
    ("xlsx_criteria", "Criteria", "Criteria"),
    ("xlsx_items", "Items", "Items"),
    ("xlsx_groups", "Groups", "Groepen"),
    ("xlsx_changes", "Changes", "Veranderingen"),
];

/// Words of `scan history FOLDER`.
const FOLDER_HISTORY: &[Word] = &[
    ("hf_title", "History of {folder}", "Verloop van {folder}"),
    ("hf_organisations", "Organisations", "Organisaties"),
    (
        "hf_no_orgs",
        "No organisation has a professionals' team at any of these moments.",
        "Op geen van deze momenten heeft een organisatie een team van professionals.",
    ),
    (
        "hf_changes_heading",
        "Change per organisation since its first moment",
        "Verandering per organisatie sinds het eerste moment",
    ),
    (
        "hf_changes_intro",
        "Per organisation and criterion: the score at its last moment minus the score at its first moment (scale {min}–{max}); – when either is missing.",
        "Per organisatie en criterium: de score op het laatste moment min de score op het eerste moment (schaal {min}–{max}); – als een van beide ontbreekt.",
    ),
    (
        "hf_changes_caption",
        "Change per organisation and criterion",
        "Verandering per organisatie en criterium",
    ),
    ("hf_from", "First moment", "Eerste moment"),
    ("hf_to", "Last moment", "Laatste moment"),
    ("hf_gone_short", "gone since", "daarna weg"),
    (
        "hf_gone",
        "no session file any more at the last moment ({rev})",
        "geen sessiebestand meer op het laatste moment ({rev})",
    ),
    (
        "hf_orgs_heading",
        "Criterion scores per organisation and moment",
        "Criteriumscores per organisatie en moment",
    ),
    (
        "hf_org_caption",
        "Criterion scores of {name} per moment",
        "Criteriumscores van {name} per moment",
    ),
    (
        "hf_how_commits",
        "Each moment is a commit that changed a session file below the folder, named by its tag where it has one; an organisation is listed at a moment when it appears there or its teams or scores change. Changes that are not committed are not included.",
        "Elk moment is een commit die een sessiebestand onder de map veranderde, met de naam van zijn tag als die er is; een organisatie staat bij een moment als ze daar verschijnt of als haar teams of scores veranderen. Wijzigingen die nog niet gecommit zijn, tellen niet mee.",
    ),
    (
        "hf_how_tags",
        "Each moment is a git tag (a measurement moment): every session file below the folder as it was then, with the definition of that moment. A version that does not validate is left out of its moment.",
        "Elk moment is een git-tag (een meetmoment): elk sessiebestand onder de map zoals het toen was, met de definitie van dat moment. Een versie die niet klopt, telt op dat moment niet mee.",
    ),
    (
        "hf_how_scores",
        "An organisation's score on a criterion is the mean of the criterion scores of its professionals' teams; a team's criterion score is the mean of its item scores (not-applicable items left out).",
        "De score van een organisatie op een criterium is het gemiddelde van de criteriumscores van haar teams van professionals; de criteriumscore van een team is het gemiddelde van zijn itemscores (niet van toepassing telt niet mee).",
    ),
    (
        "hf_how_change",
        "Change: computed from the rounded values shown, so the numbers add up.",
        "Verandering: berekend uit de getoonde afgeronde waarden, zodat de getallen kloppen.",
    ),
];

/// The word for `key` in `lang`, or `None` for an unknown key.
pub fn word(key: &str, lang: Lang) -> Option<&'static str> {
    // Looked up for nearly every cell of a report: index the tables once.
    type Index = std::collections::HashMap<&'static str, (&'static str, &'static str)>;
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = Index::new();
        for (k, en, nl) in TABLES.iter().flat_map(|t| t.iter()) {
            // The first table that names a key wins, as in a search from the top.
            index.entry(*k).or_insert((*en, *nl));
        }
        index
    });
    index.get(key).map(|(en, nl)| match lang {
        Lang::En => *en,
        Lang::Nl => *nl,
    })
}

/// Fills `{name}` placeholders from `args` in one pass, so a value that itself holds
/// `{other}` (a team called `{pros}`) is never filled again; unknown placeholders
/// stay as written.
pub fn fill(template: &str, args: &[(String, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let filled = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| (v, close))
        });
        match filled {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
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
        let sneaky = [
            ("a".to_string(), "{b}".to_string()),
            ("b".to_string(), "x".to_string()),
        ];
        assert_eq!(fill("{a} {b} {", &sneaky), "{b} x {");
        assert_eq!(word("team", Lang::Nl), Some("Team"));
        assert_eq!(word("nope", Lang::En), None);
    }
}

//! Words of the reports for each audience: the summary a session report opens with,
//! the parents' report and the parents' evening worksheet. Same shape as the tables in
//! [`super::words`] (key, English, Dutch), listed in its `TABLES`.
//!
//! The parents' words are written for parents: short sentences, no jargon, Dutch at
//! B1 level ("u", not "je"; "score", not "criteriumscore").

use super::words::Word;

/// The summary at the top of a session report (`sum_`).
pub const SUMMARY: &[Word] = &[
    ("sum_heading", "Summary", "Samenvatting"),
    (
        "sum_intro",
        "What stands out, in a minute: per team of professionals its strongest and weakest criteria, the largest differences with the parents, and the actions that are late or due soon.",
        "Wat opvalt, in één minuut: per team van professionals de sterkste en zwakste criteria, de grootste verschillen met de ouders, en de acties die te laat zijn of binnenkort klaar moeten zijn.",
    ),
    ("sum_teams", "Strong and weak", "Sterk en zwak"),
    (
        "sum_team",
        "{team} scores highest on {strong}, and lowest on {weak}.",
        "{team} scoort het hoogst op {strong}, en het laagst op {weak}.",
    ),
    (
        "sum_team_strong_only",
        "{team} has a score on one criterion only: {strong}.",
        "{team} heeft maar op één criterium een score: {strong}.",
    ),
    (
        "sum_team_none",
        "{team} has no criterion with a score yet.",
        "{team} heeft nog geen criterium met een score.",
    ),
    (
        "sum_no_teams",
        "No team of professionals took part.",
        "Er deed geen team van professionals mee.",
    ),
    ("and", "and", "en"),
    (
        "sum_gaps",
        "Largest differences with the parents",
        "Grootste verschillen met de ouders",
    ),
    (
        "sum_gap_lower",
        "{who_parents} rate {what} ({code}) lower than {who}: {parents} against {pros}.",
        "{who_parents} zien {what} ({code}) lager dan {who}: {parents} tegen {pros}.",
    ),
    (
        "sum_gap_higher",
        "{who_parents} rate {what} ({code}) higher than {who}: {parents} against {pros}.",
        "{who_parents} zien {what} ({code}) hoger dan {who}: {parents} tegen {pros}.",
    ),
    (
        "sum_gap_same",
        "{who_parents} and {who} rate {what} ({code}) the same: {parents}.",
        "{who_parents} en {who} zien {what} ({code}) even hoog: {parents}.",
    ),
    ("sum_parents", "Parents", "Ouders"),
    ("sum_parents_of", "Parents of {type}", "Ouders van {type}"),
    ("sum_who_team", "the team", "het team"),
    ("sum_who_all", "all teams together", "alle teams samen"),
    ("sum_who_teams", "the teams", "de teams"),
    (
        "sum_gaps_none",
        "There is nothing to compare with parents yet: no item has a score from both.",
        "Er is nog niets te vergelijken met ouders: geen item heeft een score van allebei.",
    ),
    (
        "sum_actions",
        "Actions due soon",
        "Acties die binnenkort klaar moeten zijn",
    ),
    (
        "sum_actions_intro",
        "Not done yet, and due within {days} days after the session:",
        "Nog niet klaar, en klaar uiterlijk {days} dagen na de sessie:",
    ),
    ("sum_late", "late", "te laat"),
    ("sum_due_on", "due {due}", "klaar op {due}"),
    (
        "sum_actions_none",
        "No action is late or due within {days} days after the session.",
        "Geen actie is te laat of moet binnen {days} dagen na de sessie klaar zijn.",
    ),
    (
        "sum_actions_no_date",
        "The session has no date, so scan cannot tell which actions are due soon.",
        "De sessie heeft geen datum, dus scan kan niet zeggen welke acties binnenkort klaar moeten zijn.",
    ),
];

/// The parents' report (`par_`).
pub const PARENTS: &[Word] = &[
    (
        "par_title",
        "What parents told us",
        "Wat ouders ons vertelden",
    ),
    (
        "par_intro",
        "Parents told us how they see working together with {organisation}. In this report you read what parents said. You also read the scores the team gave itself, where parents and the team see things differently, and what happens next.",
        "Ouders vertelden ons hoe zij de samenwerking met {organisation} zien. In dit verslag leest u wat ouders zeiden. U leest ook welke scores het team zichzelf gaf, waar ouders en het team verschillen, en wat er nu gaat gebeuren.",
    ),
    ("par_when", "When", "Wanneer"),
    ("par_who_led", "Led by", "Geleid door"),
    ("par_groups", "Parents' groups", "Groepen ouders"),
    ("par_short", "In short", "In het kort"),
    (
        "par_short_none",
        "Parents and the team have not given scores on the same questions yet.",
        "Ouders en het team hebben nog geen scores op dezelfde vragen gegeven.",
    ),
    ("par_scores", "How the scores work", "Zo werken de scores"),
    (
        "par_scores_text",
        "Everyone gave a score from {min} to {max} for each question. A higher score means it goes better. When several parents gave a score, we show the average. We do not show who gave which score.",
        "Iedereen gaf per vraag een score van {min} tot {max}. Een hogere score betekent: het gaat beter. Gaven meer ouders een score, dan ziet u het gemiddelde. We laten niet zien wie welke score gaf.",
    ),
    ("par_said", "What parents said", "Wat ouders zeiden"),
    (
        "par_criterion_caption",
        "{code}: scores of parents and of the team",
        "{code}: scores van ouders en van het team",
    ),
    ("par_group", "Group", "Groep"),
    ("par_parents_of", "Parents: {team}", "Ouders: {team}"),
    ("par_team_of", "Team: {team}", "Team: {team}"),
    (
        "par_voters",
        "{n} parents gave a score",
        "{n} ouders gaven een score",
    ),
    (
        "par_voter",
        "1 parent gave a score",
        "1 ouder gaf een score",
    ),
    (
        "par_agreed",
        "score agreed together",
        "samen afgesproken score",
    ),
    (
        "par_no_answer",
        "Parents did not answer this question.",
        "Ouders gaven op deze vraag geen antwoord.",
    ),
    (
        "par_unanswered",
        "Parents did not answer these questions: {codes}.",
        "Op deze vragen gaven ouders geen antwoord: {codes}.",
    ),
    (
        "par_na",
        "Parents said this does not apply to them.",
        "Ouders zeiden: dit geldt niet voor ons.",
    ),
    ("par_examples", "Examples", "Voorbeelden"),
    (
        "par_gaps",
        "Where parents and the team differ",
        "Waar ouders en het team verschillen",
    ),
    (
        "par_gaps_intro",
        "Per question the average score of the team and of the parents. The difference is the team's score minus the parents' score. A plus means: the team gives a higher score than parents do. The largest differences come first.",
        "Per vraag de gemiddelde score van het team en van de ouders. Het verschil is de score van het team min de score van de ouders. Een plus betekent: het team geeft een hogere score dan ouders. De grootste verschillen staan bovenaan.",
    ),
    (
        "par_gaps_caption",
        "Scores of the team and of parents, largest differences first",
        "Scores van het team en van ouders, grootste verschillen eerst",
    ),
    ("par_question", "Question", "Vraag"),
    ("par_difference", "Difference", "Verschil"),
    ("par_the_team", "Team", "Team"),
    ("par_plan", "What happens next", "Wat gaat er nu gebeuren"),
    (
        "par_plan_intro",
        "The organisation has made a plan. These are the actions, with who does them and when.",
        "De organisatie heeft een plan gemaakt. Dit zijn de acties, met wie ze doet en wanneer.",
    ),
    (
        "par_plan_none",
        "There is no plan with actions yet.",
        "Er is nog geen plan met acties.",
    ),
    ("par_plan_caption", "The actions", "De acties"),
    ("par_what", "What", "Wat"),
    ("par_status", "How far", "Hoe ver"),
    (
        "par_no_parents",
        "No parents' group took part yet, so this report has no answers from parents.",
        "Er deed nog geen groep ouders mee, dus dit verslag heeft nog geen antwoorden van ouders.",
    ),
];

/// The worksheets for paper (`ws_`, `pws_`): the team's last page and the parents'
/// evening.
pub const SHEETS: &[Word] = &[
    ("ws_plan", "Targets and actions", "Doelen en acties"),
    (
        "ws_plan_intro",
        "Where do you want to be, and what will you do to get there? Write down a target for the criteria or items that matter most, then the actions: what, about which item, who and when.",
        "Waar wilt u naartoe, en wat gaat u daarvoor doen? Schrijf een doel op voor de criteria of items die het meest tellen, en daarna de acties: wat, over welk item, wie en wanneer.",
    ),
    ("ws_targets", "Targets", "Doelen"),
    (
        "ws_targets_caption",
        "Targets: where the organisation wants to be",
        "Doelen: waar de organisatie naartoe wil",
    ),
    ("ws_code", "Item or criterion", "Item of criterium"),
    ("ws_target", "Target score", "Doelscore"),
    ("ws_why", "Why", "Waarom"),
    ("ws_actions_caption", "Actions", "Acties"),
    ("ws_action", "Action", "Actie"),
    ("ws_owner", "Who", "Wie"),
    ("ws_due", "When ready", "Klaar op"),
    ("pws_title", "Parents' evening", "Ouderavond"),
    (
        "pws_intro",
        "We want to work well together with you, for your child. Tonight we ask you how that goes now. There are no wrong answers. Tick the score that fits best for you, and write down what you see: what goes well, and what could be better.",
        "We willen goed met u samenwerken, voor uw kind. Vanavond vragen we u hoe dat nu gaat. Er zijn geen foute antwoorden. Kruis de score aan die voor u het beste past, en schrijf op wat u ziet: wat gaat goed, en wat kan beter?",
    ),
    ("pws_group", "Group", "Groep"),
    ("pws_your_score", "Your score", "Uw score"),
    (
        "pws_not_for_us",
        "does not apply to me",
        "geldt niet voor mij",
    ),
    (
        "pws_what_you_see",
        "What do you see? An example helps.",
        "Wat ziet u? Een voorbeeld helpt.",
    ),
    ("pws_wishes", "Your wishes", "Uw wensen"),
    (
        "pws_wishes_intro",
        "What should change first? What would you like to help with? Write it down. We take your wishes to the team and put them in the plan.",
        "Wat moet er als eerste beter? Waar wilt u zelf bij helpen? Schrijf het op. We nemen uw wensen mee naar het team en zetten ze in het plan.",
    ),
    (
        "pws_first",
        "What should change first",
        "Wat moet er als eerste beter",
    ),
    (
        "pws_help",
        "What I would like to help with",
        "Waar ik wil helpen",
    ),
    (
        "pws_thanks",
        "Thank you for your time.",
        "Dank u wel voor uw tijd.",
    ),
];

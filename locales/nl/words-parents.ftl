# The parents' report (short sentences, no jargon; Dutch at B1 level, "u"): the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

par_title = Wat ouders ons vertelden
par_intro = Ouders vertelden ons hoe zij de samenwerking met { $organisation } zien. In dit verslag leest u wat ouders zeiden. U leest ook welke scores het team zichzelf gaf, waar ouders en het team verschillen, en wat er nu gaat gebeuren.
par_when = Wanneer
par_who_led = Geleid door
par_groups = Groepen ouders
par_short = In het kort
par_short_none = Ouders en het team hebben nog geen scores op dezelfde vragen gegeven.
par_scores = Zo werken de scores
par_scores_text = Iedereen gaf per vraag een score van { $min } tot { $max }. Een hogere score betekent: het gaat beter. Gaven meer ouders een score, dan ziet u het gemiddelde. We laten niet zien wie welke score gaf.
par_said = Wat ouders zeiden
par_criterion_caption = { $code }: scores van ouders en van het team
par_group = Groep
par_parents_of = Ouders: { $team }
par_team_of = Team: { $team }
par_voters = { $n ->
    [one] 1 ouder gaf een score
   *[other] { $n } ouders gaven een score
}
par_agreed = samen afgesproken score
par_unanswered = Op deze vragen gaven ouders geen antwoord: { $codes }.
par_na = Ouders zeiden: dit geldt niet voor ons.
par_examples = Voorbeelden
par_gaps = Waar ouders en het team verschillen
par_gaps_intro = Per vraag de gemiddelde score van het team en van de ouders. Het verschil is de score van het team min de score van de ouders. Een plus betekent: het team geeft een hogere score dan ouders. De grootste verschillen staan bovenaan.
par_gaps_caption = Scores van het team en van ouders, grootste verschillen eerst
par_question = Vraag
par_difference = Verschil
par_the_team = Team
par_plan = Wat gaat er nu gebeuren
par_plan_intro = De organisatie heeft een plan gemaakt. Dit zijn de acties, met wie ze doet en wanneer.
par_plan_none = Er is nog geen plan met acties.
par_plan_caption = De acties
par_what = Wat
par_status = Hoe ver
par_no_parents = Er deed nog geen groep ouders mee, dus dit verslag heeft nog geen antwoorden van ouders.

# The session report: the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

rep_voters = { $n ->
    [one] 1 stem
   *[other] { $n } stemmen
}
report = Rapportage
report_of = Rapportage van de { $title }
session = Sessie
who_took_part = Wie deden mee
how_scores = Zo zijn de scores berekend
how_scores_text = De score van een item is de score waarover het team het eens werd of, als die er niet is, het gemiddelde van de eigen stemmen van de teamleden. De score van een criterium is het gemiddelde van de scores van zijn items. Een item dat niet van toepassing is, telt mee als beantwoord, maar heeft geen score en blijft buiten elk gemiddelde. Waar teamleden stemden, laat de spreiding van de stemmen (laagste–hoogste, en de standaardafwijking, geschreven als „spreiding 0,8”) zien waar een team het oneens is. Getallen zijn afgerond op één decimaal; een omschrijving hoort bij de dichtstbijzijnde hele score.
scale_is = De schaal loopt van { $min } tot { $max }:
summary = Scores per criterium
summary_caption = Scores per criterium en team (schaal { $min }–{ $max })
summary_chart = Staafdiagram van de scores per criterium en team
completeness_caption = Beantwoorde items per team
answered = Beantwoord
not_applicable = Niet van toepassing
na_short = n.v.t.
scored = Met score
of_items = { $n } van { $total }
coverage = { $n } van { $total } items
gaps_heading = Professionals en ouders
gaps_intro = Per item de gemiddelde score van de ouders naast die van de teams van professionals van hetzelfde type, grootste verschillen eerst.
gaps_parents_type = Ouders van
gaps_all_short = alle teams
gaps_fallback = Ouders van { $type }: geen team van professionals van dit type gaf een score, dus zij zijn vergeleken met alle teams van professionals bij { $codes }.
gaps_none = Geen item heeft een score van zowel professionals als ouders.
no_parents = Er deed geen team van ouders mee aan deze sessie, dus er is geen vergelijking met ouders.
gaps_caption = Professionals en ouders per item, grootste verschillen eerst
gaps_chart = Stippendiagram: per item de gemiddelde score van de professionals (cirkel) en van de ouders (vierkant)
professionals = Professionals
parents = Ouders
chart_professionals = Professionals (cirkel)
chart_parents = Ouders (vierkant)
targets_heading = Doelen
targets_intro = Waar de organisatie naartoe wil, en hoe ver elk team van professionals daar nog vanaf is: het doel min de huidige score (0 of minder: bereikt).
targets_none = Er zijn geen doelen gesteld.
targets_no_team = Er deed geen team van professionals mee, dus er is geen afstand te tonen.
targets_caption = Doelen en de afstand ernaartoe
target = Doel
item_or_criterion = Item of criterium
now = Nu
to_go = Nog te gaan
reached = bereikt
actions_heading = Actieplan
actions_none = Er zijn nog geen acties.
status_planned = Gepland
status_doing = Bezig
status_done = Klaar
action = Actie
about = Over
owner = Wie
due = Wanneer
details_heading = Per criterium en item
votes = Stemmen
spread = Spreiding
sd_words = spreiding
label = Omschrijving
examples = Voorbeelden
not_answered = niet beantwoord
nobody_answered = Geen team heeft dit item beantwoord.
answers = Antwoorden
scores_caption = Scores voor { $code }
criterion_scores_caption = Criterium { $code } per team
index_title = Rapportages van sessies
index_intro = { $n ->
    [one] Eén rapportage, van één sessiebestand.
   *[other] { $n } rapportages, één per sessiebestand.
}
index_teams = teams: { $teams }
index_completeness = volledigheid professionals { $completeness }
index_completeness_parents = ouders { $completeness }
index_actions = acties klaar: { $done } van { $actions }
index_caption = De rapportages
index_compare = Scores per criterium naast elkaar
index_compare_intro = Per rapportage het gemiddelde van de criteriumscores van de teams van professionals; alleen rapportages van dezelfde scan (en versie) staan naast elkaar.
index_compare_none = Geen twee rapportages gebruiken dezelfde scan, dus er staat niets naast elkaar.
index_compare_caption = { $title } ({ $id } { $version }): criteriumscores van de professionals
no_teams = Er staan nog geen teams in dit sessiebestand.

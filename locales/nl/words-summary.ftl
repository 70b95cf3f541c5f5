# The summary a session report opens with: the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

sum_heading = Samenvatting
sum_intro = Wat opvalt, in één minuut: per team van professionals de sterkste en zwakste criteria, de grootste verschillen met de ouders, en de acties die te laat zijn of binnenkort klaar moeten zijn.
sum_teams = Sterk en zwak
sum_team = { $team } scoort het hoogst op { $strong }, en het laagst op { $weak }.
sum_team_strong_only = { $team } heeft maar op één criterium een score: { $strong }.
sum_team_none = { $team } heeft nog geen criterium met een score.
sum_no_teams = Er deed geen team van professionals mee.
and = en
sum_gaps = Grootste verschillen met de ouders
sum_gap_lower = { $who_parents } zien { $what } ({ $code }) lager dan { $who }: { $parents } tegen { $pros }.
sum_gap_higher = { $who_parents } zien { $what } ({ $code }) hoger dan { $who }: { $parents } tegen { $pros }.
sum_gap_same = { $who_parents } en { $who } zien { $what } ({ $code }) even hoog: { $parents }.
sum_parents = Ouders
sum_parents_of = Ouders van { $type }
sum_who_all = alle teams samen
sum_who_teams = { $n ->
    [one] het team
   *[other] de teams
}
sum_gaps_none = Er is nog niets te vergelijken met ouders: geen item heeft een score van allebei.
sum_actions = Acties die binnenkort klaar moeten zijn
sum_actions_intro = Nog niet klaar, en klaar uiterlijk { $days } dagen na de sessie:
sum_late = te laat
sum_due_on = klaar op { $due }
sum_actions_none = Geen actie is te laat of moet binnen { $days } dagen na de sessie klaar zijn.
sum_actions_no_date = De sessie heeft geen datum, dus scan kan niet zeggen welke acties binnenkort klaar moeten zijn.

# The summary a session report opens with: the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

sum_heading = Summary
sum_intro = What stands out, in a minute: per team of professionals its strongest and weakest criteria, the largest differences with the parents, and the actions that are late or due soon.
sum_teams = Strong and weak
sum_team = { $team } scores highest on { $strong }, and lowest on { $weak }.
sum_team_strong_only = { $team } has a score on one criterion only: { $strong }.
sum_team_none = { $team } has no criterion with a score yet.
sum_no_teams = No team of professionals took part.
and = and
sum_gaps = Largest differences with the parents
sum_gap_lower = { $who_parents } rate { $what } ({ $code }) lower than { $who }: { $parents } against { $pros }.
sum_gap_higher = { $who_parents } rate { $what } ({ $code }) higher than { $who }: { $parents } against { $pros }.
sum_gap_same = { $who_parents } and { $who } rate { $what } ({ $code }) the same: { $parents }.
sum_parents = Parents
sum_parents_of = Parents of { $type }
sum_who_all = all teams together
sum_who_teams = { $n ->
    [one] the team
   *[other] the teams
}
sum_gaps_none = There is nothing to compare with parents yet: no item has a score from both.
sum_actions = Actions due soon
sum_actions_intro = Not done yet, and due within { $days } days after the session:
sum_late = late
sum_due_on = due { $due }
sum_actions_none = No action is late or due within { $days } days after the session.
sum_actions_no_date = The session has no date, so scan cannot tell which actions are due soon.

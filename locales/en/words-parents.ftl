# The parents' report (short sentences, no jargon; Dutch at B1 level, "u"): the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

par_title = What parents told us
par_intro = Parents told us how they see working together with { $organisation }. In this report you read what parents said. You also read the scores the team gave itself, where parents and the team see things differently, and what happens next.
par_when = When
par_who_led = Led by
par_groups = Parents' groups
par_short = In short
par_short_none = Parents and the team have not given scores on the same questions yet.
par_scores = How the scores work
par_scores_text = Everyone gave a score from { $min } to { $max } for each question. A higher score means it goes better. When several parents gave a score, we show the average. We do not show who gave which score.
par_said = What parents said
par_criterion_caption = { $code }: scores of parents and of the team
par_group = Group
par_parents_of = Parents: { $team }
par_team_of = Team: { $team }
par_voters = { $n ->
    [one] 1 parent gave a score
   *[other] { $n } parents gave a score
}
par_agreed = score agreed together
par_unanswered = Parents did not answer these questions: { $codes }.
par_na = Parents said this does not apply to them.
par_examples = Examples
par_gaps = Where parents and the team differ
par_gaps_intro = Per question the average score of the team and of the parents. The difference is the team's score minus the parents' score. A plus means: the team gives a higher score than parents do. The largest differences come first.
par_gaps_caption = Scores of the team and of parents, largest differences first
par_question = Question
par_difference = Difference
par_the_team = Team
par_plan = What happens next
par_plan_intro = The organisation has made a plan. These are the actions, with who does them and when.
par_plan_none = There is no plan with actions yet.
par_plan_caption = The actions
par_what = What
par_status = How far
par_no_parents = No parents' group took part yet, so this report has no answers from parents.

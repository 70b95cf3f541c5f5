# The session report: the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

rep_voters = { $n ->
    [one] 1 vote
   *[other] { $n } votes
}
report = Report
report_of = Report of the { $title }
session = Session
who_took_part = Who took part
how_scores = How the scores are computed
how_scores_text = An item's score is the score the team agreed on or, without one, the mean of the members' own votes. A criterion's score is the mean of its item scores. An item marked not applicable counts as answered, but has no score and is left out of every mean. Where members voted, the spread of their votes (lowest–highest, and the standard deviation, written as “spread 0.8”) shows where a team disagrees. Numbers are rounded to one decimal; a label belongs to the nearest whole score.
scale_is = The scale runs from { $min } to { $max }:
summary = Scores per criterion
summary_caption = Criterion scores per team (scale { $min }–{ $max })
summary_chart = Bar chart of the criterion scores per team
completeness_caption = Answered items per team
answered = Answered
not_applicable = Not applicable
na_short = n/a
scored = With a score
of_items = { $n } of { $total }
coverage = { $n } of { $total } items
gaps_heading = Professionals and parents
gaps_intro = Per item, the parents' mean score against the mean score of the professionals' teams of the parents' own type, largest gaps first.
gaps_parents_type = Parents of
gaps_all_short = all teams
gaps_fallback = Parents of { $type }: no professionals' team of this type gave a score, so they are compared with all professionals' teams on { $codes }.
gaps_none = No item has a score from both professionals and parents.
no_parents = No parents' team took part in this session, so there is no comparison with parents.
gaps_caption = Professionals and parents per item, largest differences first
gaps_chart = Dot chart: per item the professionals' mean score (circle) and the parents' mean score (square)
professionals = Professionals
parents = Parents
chart_professionals = Professionals (circle)
chart_parents = Parents (square)
targets_heading = Targets
targets_intro = Where the organisation wants to be, and how far each team of professionals still has to go: the target minus the current score (0 or less: reached).
targets_none = No targets were set.
targets_no_team = No team of professionals took part, so there is no distance to show.
targets_caption = Targets and the distance to them
target = Target
item_or_criterion = Item or criterion
now = Now
to_go = To go
reached = reached
actions_heading = Action plan
actions_none = There are no actions yet.
status_planned = Planned
status_doing = In progress
status_done = Done
action = Action
about = About
owner = Who
due = When
details_heading = Per criterion and item
votes = Votes
spread = Spread
sd_words = spread
label = Label
examples = Examples
not_answered = not answered
nobody_answered = No team answered this item.
answers = Answers
scores_caption = Scores for { $code }
criterion_scores_caption = Criterion { $code } per team
index_title = Session reports
index_intro = { $n ->
    [one] One report, of one session file.
   *[other] { $n } reports, one per session file.
}
index_teams = teams: { $teams }
index_completeness = completeness of the professionals { $completeness }
index_completeness_parents = of the parents { $completeness }
index_actions = actions done: { $done } of { $actions }
index_caption = The reports
index_compare = Criterion scores side by side
index_compare_intro = Per report, the mean of the professional teams' criterion scores; only reports of the same scan (and version) stand side by side.
index_compare_none = No two reports use the same scan, so there is nothing to put side by side.
index_compare_caption = { $title } ({ $id } { $version }): criterion scores of the professionals
no_teams = There are no teams in this session file yet.

# Problems with what a definition or session file says (validation), by code.

bad-id-definition = definition id `{ $id }` may only use lowercase letters, digits and `-`
bad-id-definition-help = for example `id = "{ $suggestion }"`
bad-id-type = type id `{ $id }` may only use lowercase letters, digits and `-`
bad-id-type-help = for example `{ $suggestion } = "{ $label }"`; the label after `=` may be any text
bad-language = `{ $language }` is not a language code
bad-language-help = use a code like "nl" or "en"
bad-scale-order = the scale's `max` ({ $max }) must be larger than its `min` ({ $min })
bad-scale-order-help = a scale runs from a low score to a high one, like `min = 1` and `max = 4`
bad-scale-limit = the scale { $min }–{ $max } goes beyond the scores scan works with ({ $lowest }–{ $highest })
bad-scale-size = the scale { $min }–{ $max } has more than 101 scores
bad-scale-size-help = a rating scale has a handful of scores, like 1–4 or 1–5
label-count = the scale { $min }–{ $max } has { $want } scores but { $labels ->
        [one] 1 label
       *[other] { $labels } labels
    }
label-count-help = give exactly one label per score, { $want } in all, lowest first
empty-text-scale-label = a label of the scale is empty
empty-text-scale-label-help = every score needs a label people can read
missing-key-no-types = the definition's `[types]` names no organisation type
missing-key-no-types-help = add at least one, like `primary = "Primair onderwijs"`
empty-title-type = type `{ $id }` has an empty label
empty-title-type-help = write the name people use for this kind of organisation, like `primary = "Primair onderwijs"`
missing-key-no-criteria = the definition has no criteria
bad-code = { $kind ->
        [item] item
       *[criterion] criterion
    } code `{ $code }` may only use letters, digits, `.`, `-` and `_` (at most 32)
bad-code-help = codes are short, like `A` for a criterion and `A1` for an item
duplicate-code = code `{ $code }` is used twice
duplicate-code-help = it is already used on line { $line }; every criterion and item needs its own code
empty-title-criterion = criterion { $code } has an empty title
empty-title-criterion-help = give every criterion a title people recognise
empty-title-item = item { $code } has an empty title
empty-title-item-help = give it a short title, or leave `title` out
empty-title-question = item { $code } has an empty question
empty-title-question-help = write the question the team answers
missing-key-no-items = criterion { $code } has no items
duplicate-team = two teams are called "{ $name }"
duplicate-team-help = the first is on line { $line }; give each team its own name, e.g. add the date or the group
unknown-type = team "{ $team }" has type `{ $kind }`, which { $definition } does not know
unknown-type-did-you-mean = did you mean `{ $suggestion }`? The types of { $definition } are { $types }
unknown-type-help = the types of { $definition } are { $types }
unknown-role = unknown role `{ $role }` for team "{ $team }"
unknown-role-help = a role is { $roles }
unknown-item = team "{ $team }" answers item `{ $code }`, which { $definition } does not have
unknown-item-is-criterion = `{ $code }` is a criterion; answers are given per item: { $items }
unknown-item-help = the items of { $definition } are { $items }
score-out-of-range = score { $value } is outside the scale { $scale }
score-out-of-range-vote = vote { $value } is outside the scale { $scale }
score-out-of-range-help = use a whole number from { $min } to { $max }{ $labels }
na-with-score = answer { $code } of team "{ $team }" is marked `na` but has a score
na-with-score-help = an item that does not apply has no score: remove `score`, or remove `na = true`
na-with-votes = answer { $code } of team "{ $team }" is marked `na` but has votes
na-with-votes-help = an item that does not apply has no votes: remove `votes`, or remove `na = true`
na-without-text = answer { $code } of team "{ $team }" is marked `na` without saying why
na-without-text-help = add a `text` that says why this does not apply, so readers of the report know
empty-team = team "{ $team }" has no answers at all
empty-team-help = add its answers under `[team.answers.{ $code }]` and so on, or remove the team
unanswered-items = team "{ $team }" left { $missing } of { $items } items unanswered: { $codes }
unanswered-items-help = completeness is reported, not required; answer them or mark them `na = true` with a reason
unknown-item-target = target for `{ $code }`, which { $definition } does not have
unknown-item-target-help = a target is set for a criterion ({ $criteria }) or an item ({ $items })
target-out-of-range = target { $target } for { $code } is outside the scale { $scale }
target-out-of-range-help = a target is a score from { $min } to { $max }
unknown-item-action = action "{ $title }" is for `{ $code }`, which { $definition } does not have
unknown-item-untitled-action = an action is for `{ $code }`, which { $definition } does not have
unknown-item-action-help = name a criterion ({ $criteria }) or an item ({ $items })
unknown-status = unknown status `{ $status }`
unknown-status-help = a status is { $statuses }

action-without-owner = action "{ $title }" has no owner
action-without-owner-untitled = an action has no owner
action-without-owner-help = say who takes it on: `owner = "Team onderbouw"` (a person, a team or a role)
action-without-due = action "{ $title }" has no due date
action-without-due-untitled = an action has no due date
action-without-due-help = say when it is done: `due = 2027-02-01` (year-month-day, without quotes)
bad-participants = team "{ $team }" has { $count } participants, fewer than none
bad-participants-help = write how many people took part: 0 or more, e.g. `participants = 12`

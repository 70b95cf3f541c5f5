# Comparisons across moments (`scan compare --at`): the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

cmp_total = Total
cmp_types = Type(s)
cmp_weakest_heading = Weakest items per group
cmp_weakest_intro = The { $n } items with the lowest mean in each group (equal means in the scan's order).
mom_title = Comparison across moments: { $title }
mom_moment = Moment
mom_change = Change
mom_stats = statistics
mom_min_group = Groups of fewer than { $min } teams at a moment are left out at that moment.
mom_types_heading = Organisations and their types
mom_criteria_heading = Criterion means per group and moment
mom_criteria_intro = The mean criterion score of each group at each moment, on the scale { $min }–{ $max }, and the change from the first moment to the last.
mom_items_heading = Item means per group and moment
mom_weakest_intro = The { $n } items with the lowest mean in each group at the last moment it was measured (equal means in the scan's order).
mom_chart = Mean of { $code } per group and moment
mom_how_moments = Each moment is a git revision: every session file as it was then, with the definition of that moment. A file counts at the moments it exists; a version that does not validate is left out of its moment.
mom_how_change = Change: the mean at the last moment minus the mean at the first, computed from the rounded values shown, so the numbers add up; – when either is missing.
xlsx_criteria = Criteria
xlsx_items = Items
xlsx_groups = Groups
xlsx_changes = Changes

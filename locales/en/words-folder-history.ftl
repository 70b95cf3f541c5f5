# History of a folder (`scan history DIR`): the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

hf_title = History of { $folder }
hf_organisations = Organisations
hf_no_orgs = No organisation has a professionals' team at any of these moments.
hf_changes_heading = Change per organisation since its first moment
hf_changes_intro = Per organisation and criterion: the score at its last moment minus the score at its first moment (scale { $min }–{ $max }); – when either is missing.
hf_changes_caption = Change per organisation and criterion
hf_from = First moment
hf_to = Last moment
hf_gone_short = gone since
hf_gone = no session file any more at the last moment ({ $rev })
hf_orgs_heading = Criterion scores per organisation and moment
hf_org_caption = Criterion scores of { $name } per moment
hf_how_commits = Each moment is a commit that changed a session file below the folder, named by its tag where it has one; an organisation is listed at a moment when it appears there or its teams or scores change. Changes that are not committed are not included.
hf_how_tags = Each moment is a git tag (a measurement moment): every session file below the folder as it was then, with the definition of that moment. A version that does not validate is left out of its moment.
hf_how_scores = An organisation's score on a criterion is the mean of the criterion scores of its professionals' teams; a team's criterion score is the mean of its item scores (not-applicable items left out).
hf_how_change = Change: computed from the rounded values shown, so the numbers add up.

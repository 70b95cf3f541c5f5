# The parents' evening worksheet: the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

ws_plan = Targets and actions
ws_plan_intro = Where do you want to be, and what will you do to get there? Write down a target for the criteria or items that matter most, then the actions: what, about which item, who and when.
ws_targets_caption = Targets: where the organisation wants to be
ws_code = Item or criterion
ws_target = Target score
ws_why = Why
ws_actions_caption = Actions
ws_action = Action
ws_owner = Who
ws_due = When ready
pws_title = Parents' evening
pws_intro = We want to work well together with you, for your child. Tonight we ask you how that goes now. There are no wrong answers. Tick the score that fits best for you, and write down what you see: what goes well, and what could be better.
pws_group = Group
pws_your_score = Your score
pws_not_for_us = does not apply to me
pws_what_you_see = What do you see? An example helps.
pws_wishes = Your wishes
pws_wishes_intro = What should change first? What would you like to help with? Write it down. We take your wishes to the team and put them in the plan.
pws_first = What should change first
pws_help = What I would like to help with
pws_thanks = Thank you for your time.

# The worksheet: the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

worksheet = Worksheet
worksheet_intro = Per item: first each member writes down their own score (votes), then the team agrees on one score and ticks it. Write down what the team tells: stories, examples, what goes well and what could be better.
team_name = Team
agreed_score = Agreed score
member_votes = Members' votes
story = Stories and explanation
not_applicable_tick = not applicable

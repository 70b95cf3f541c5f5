# The worksheet: the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

worksheet = Werkblad
worksheet_intro = Per item: eerst schrijft ieder teamlid een eigen score op (stemmen), daarna spreekt het team één score af en kruist die aan. Schrijf op wat het team vertelt: verhalen, voorbeelden, wat goed gaat en wat beter kan.
team_name = Team
agreed_score = Afgesproken score
member_votes = Stemmen van de teamleden
story = Verhalen en toelichting
not_applicable_tick = niet van toepassing

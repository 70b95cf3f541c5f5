# The form (`scan new --format form`): the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

form_title = Invulformulier
form_intro = Vul per item in wat het team zegt. Wat u typt blijft in deze browser bewaard, ook na opnieuw laden; onderaan staat het sessiebestand ervan klaar om te kopiëren of te downloaden.
form_noscript = Dit formulier heeft JavaScript nodig om te bewaren wat u typt en om het sessiebestand te schrijven.
form_no_score = geen score
form_text = Toelichting, verhalen (of waarom het niet van toepassing is)
form_examples = Voorbeelden (gescheiden door ;)
form_toml = Het sessiebestand
form_toml_intro = Bewaar het als .toml-bestand, of voeg het met scan import aan een sessiebestand toe.
form_toml_label = Sessiebestand (TOML)
form_copy = Kopiëren
form_download = Downloaden
form_copied = Gekopieerd.
form_downloaded = Gedownload:

# The parents' evening worksheet: the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

ws_plan = Doelen en acties
ws_plan_intro = Waar wilt u naartoe, en wat gaat u daarvoor doen? Schrijf een doel op voor de criteria of items die het meest tellen, en daarna de acties: wat, over welk item, wie en wanneer.
ws_targets_caption = Doelen: waar de organisatie naartoe wil
ws_code = Item of criterium
ws_target = Doelscore
ws_why = Waarom
ws_actions_caption = Acties
ws_action = Actie
ws_owner = Wie
ws_due = Klaar op
pws_title = Ouderavond
pws_intro = We willen goed met u samenwerken, voor uw kind. Vanavond vragen we u hoe dat nu gaat. Er zijn geen foute antwoorden. Kruis de score aan die voor u het beste past, en schrijf op wat u ziet: wat gaat goed, en wat kan beter?
pws_group = Groep
pws_your_score = Uw score
pws_not_for_us = geldt niet voor mij
pws_what_you_see = Wat ziet u? Een voorbeeld helpt.
pws_wishes = Uw wensen
pws_wishes_intro = Wat moet er als eerste beter? Waar wilt u zelf bij helpen? Schrijf het op. We nemen uw wensen mee naar het team en zetten ze in het plan.
pws_first = Wat moet er als eerste beter
pws_help = Waar ik wil helpen
pws_thanks = Dank u wel voor uw tijd.

# Comparisons across moments (`scan compare --at`): the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

cmp_total = Totaal
cmp_types = Type(n)
cmp_weakest_heading = Zwakste items per groep
cmp_weakest_intro = De { $n } items met het laagste gemiddelde in elke groep (bij gelijke gemiddelden in de volgorde van de scan).
mom_title = Vergelijking door de tijd: { $title }
mom_moment = Moment
mom_change = Verandering
mom_stats = statistieken
mom_min_group = Groepen met minder dan { $min } teams op een moment zijn op dat moment weggelaten.
mom_types_heading = Organisaties en hun typen
mom_criteria_heading = Gemiddelde per criterium, groep en moment
mom_criteria_intro = De gemiddelde criteriumscore van elke groep op elk moment, op de schaal { $min }–{ $max }, en de verandering van het eerste naar het laatste moment.
mom_items_heading = Gemiddelde per item, groep en moment
mom_weakest_intro = De { $n } items met het laagste gemiddelde in elke groep op het laatste moment waarop die gemeten is (bij gelijke gemiddelden in de volgorde van de scan).
mom_chart = Gemiddelde van { $code } per groep en moment
mom_how_moments = Elk moment is een git-revisie: elk sessiebestand zoals het toen was, met de definitie van dat moment. Een bestand telt mee op de momenten waarop het bestaat; een versie die niet klopt, blijft op dat moment buiten beschouwing.
mom_how_change = Verandering: het gemiddelde op het laatste moment min dat op het eerste, berekend uit de getoonde afgeronde waarden, zodat de getallen kloppen; – als een van beide ontbreekt.
xlsx_criteria = Criteria
xlsx_items = Items
xlsx_groups = Groepen
xlsx_changes = Veranderingen

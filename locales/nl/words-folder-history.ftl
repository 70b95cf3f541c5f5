# History of a folder (`scan history DIR`): the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

hf_title = Verloop van { $folder }
hf_organisations = Organisaties
hf_no_orgs = Op geen van deze momenten heeft een organisatie een team van professionals.
hf_changes_heading = Verandering per organisatie sinds het eerste moment
hf_changes_intro = Per organisatie en criterium: de score op het laatste moment min de score op het eerste moment (schaal { $min }–{ $max }); – als een van beide ontbreekt.
hf_changes_caption = Verandering per organisatie en criterium
hf_from = Eerste moment
hf_to = Laatste moment
hf_gone_short = daarna weg
hf_gone = geen sessiebestand meer op het laatste moment ({ $rev })
hf_orgs_heading = Criteriumscores per organisatie en moment
hf_org_caption = Criteriumscores van { $name } per moment
hf_how_commits = Elk moment is een commit die een sessiebestand onder de map veranderde, met de naam van zijn tag als die er is; een organisatie staat bij een moment als ze daar verschijnt of als haar teams of scores veranderen. Wijzigingen die nog niet gecommit zijn, tellen niet mee.
hf_how_tags = Elk moment is een git-tag (een meetmoment): elk sessiebestand onder de map zoals het toen was, met de definitie van dat moment. Een versie die niet klopt, telt op dat moment niet mee.
hf_how_scores = De score van een organisatie op een criterium is het gemiddelde van de criteriumscores van haar teams van professionals; de criteriumscore van een team is het gemiddelde van zijn itemscores (niet van toepassing telt niet mee).
hf_how_change = Verandering: berekend uit de getoonde afgeronde waarden, zodat de getallen kloppen.

# Wat `scan compare` meldt (op standaardfout).

compare-xlsx-stdout = een werkmap (xlsx) kan niet naar het scherm of de standaarduitvoer
compare-xlsx-stdout-help = noem het bestand om te schrijven met -o, bijvoorbeeld `-o vergelijking.xlsx`
compare-excel-not-csv = --excel is alleen voor CSV
compare-excel-not-csv-help = voeg `--format csv` toe, of geef het uitvoerbestand een naam die eindigt op `.csv`
compare-strict-nothing = niets vergeleken: met --strict mag geen enkel bestand problemen hebben
compare-none-readable = niets vergeleken: geen van de bestanden kon als sessie worden gelezen
compare-no-sessions = geen sessiebestanden tussen de invoer (definitiebestanden worden overgeslagen); noem de sessiebestanden of de mappen waar ze in staan
compare-csv-no-examples = opmerking: CSV bevat alleen de cijfers; de voorbeelden staan in --format md, html of json
compare-warnings-note = opmerking: { $warnings ->
        [one] 1 waarschuwing in de vergeleken bestanden; `scan validate` toont die
       *[other] { $warnings } waarschuwingen in de vergeleken bestanden; `scan validate` toont ze
    }
# De slotregel: "3 teams in 2 groepen uit 3 bestanden vergeleken (per type, professionals)".
compare-done = { $teams ->
        [one] 1 team
       *[other] { $teams } teams
    } in { $groups ->
        [one] 1 groep
       *[other] { $groups } groepen
    } uit { $files ->
        [one] 1 bestand
       *[other] { $files } bestanden
    } vergeleken ({ $by }, { $role })
# `by` is de waarde van --by.
compare-by = per { $by ->
        [type] type
        [team] team
        [organisation] organisatie
        [role] rol
        [file] bestand
       *[other] { $by }
    }
# `role` is de waarde van --role.
compare-role = { $role ->
        [professionals] professionals
        [parents] ouders
        [partners] partners
       *[other] { $role }
    }
compare-all-roles = alle rollen
compare-left-out = ; { $groups ->
        [one] 1 groep
       *[other] { $groups } groepen
    } met minder dan { $min } teams weggelaten ({ $teams ->
        [one] 1 team
       *[other] { $teams } teams
    })
compare-no-team-with-role = opmerking: geen enkel team heeft de rol `{ $role }`; probeer --role all
# `label` is "waarschuwing". De code tussen haken blijft Engels.
compare-mixed-versions = deze bestanden gebruiken verschillende versies van `{ $definition }`; items worden vergeleken op hun code, en een item dat in een versie ontbreekt heeft minder teams:
compare-mixed-versions-line = {"  "}versie { $version }: { $files }
# `label` is "fout". De code tussen haken blijft Engels.
mixed-definitions = deze bestanden gebruiken verschillende definities, en antwoorden op verschillende scans zijn niet te vergelijken:
mixed-definitions-line = {"  "}{ $definition } (versie { $version }): { $files }
mixed-definitions-help = vergelijk de bestanden van elke definitie apart, bijvoorbeeld één map per scan
# Na de eerste vijf bestanden van een lijst.
files-and-more = { $list } en nog { $more }

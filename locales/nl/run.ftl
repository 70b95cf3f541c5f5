# Wat elk commando over een hele run zegt.

# De regel na de meldingen: `2 fouten, 1 waarschuwing in 3 bestanden`.
diagnostics-summary = { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    } in { $files ->
        [one] 1 bestand
       *[other] { $files } bestanden
    }

# Hoe meldingen eruitzien: `fout[code]: …`, `= tip: …`. De code zelf blijft Engels.
severity-error = fout
severity-warning = waarschuwing
help-label = tip
# Het laatste woord van een opsomming: "`a`, `b` en `c`", "`a`, `b` of `c`".
list-and = en
list-or = of
did-you-mean = bedoel je `{ $suggestion }`?

# Na de samenvatting van `scan report`, `scan compare` en `scan fmt`.
left-out-of-reports = { $summary }; { $files ->
        [one] 1 bestand
       *[other] { $files } bestanden
    } niet in de rapporten opgenomen
validate-shows-warnings = { $summary } (`scan validate` toont de waarschuwingen)
fmt-not-formatted = { $files ->
        [one] 1 bestand is niet opgemaakt (`scan fmt` erop zet het goed)
       *[other] { $files } bestanden zijn niet opgemaakt (`scan fmt` erop zet ze goed)
    }
fmt-reformatted = { $files ->
        [one] 1 bestand opnieuw opgemaakt
       *[other] { $files } bestanden opnieuw opgemaakt
    }
fmt-already-formatted = { $files ->
        [one] 1 bestand was al opgemaakt
       *[other] { $files } bestanden waren al opgemaakt
    }
fmt-left-invalid = { $files ->
        [one] 1 bestand met fouten is niet veranderd
       *[other] { $files } bestanden met fouten zijn niet veranderd
    } (zie `scan validate`)
fmt-failed = { $files ->
        [one] 1 bestand kon niet worden opgemaakt
       *[other] { $files } bestanden konden niet worden opgemaakt
    }
fmt-nothing = geen sessiebestanden om op te maken (definitiebestanden blijven zoals ze zijn)
# `--type` noemt een type dat de definitie niet heeft (een gebruiksfout).
no-such-type = { $definition } kent geen organisatietype `{ $kind }`. De types zijn: { $types }
no-such-type-did-you-mean = { $definition } kent geen organisatietype `{ $kind }`. Bedoel je `{ $suggestion }`? De types zijn: { $types }
unknown-language = onbekende taal `{ $lang }`: scan spreekt Nederlands (`--lang nl`) en Engels (`--lang en`)
# De voortgangsbalk van een lange run op een terminal (compare, report -o DIR): de naam en
# de tellers; `eta` leest "3s" of "2m".
progress-comparing = vergelijken
progress-reporting = rapporten schrijven
progress-files = { $pos }/{ $len } bestanden (nog { $eta })

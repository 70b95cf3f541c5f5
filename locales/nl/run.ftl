# Wat elk commando over een hele run zegt.

# De regel na de meldingen: `2 fouten, 1 waarschuwing in 3 bestanden`.
summary = { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    } in { $files ->
        [one] 1 bestand
       *[other] { $files } bestanden
    }

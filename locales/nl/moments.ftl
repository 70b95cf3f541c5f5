# Wat `scan compare --at` en `scan history MAP` zeggen over meetmomenten.

moments-left-out = warning[moment-invalid]: `{ $path }` klopt niet op { $rev } ({ $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }) en telt op dat moment niet mee
    = help: bekijk de problemen met `git show { $rev }:{ $path } | scan validate -`
moments-left-out-count = { $n ->
        [one] 1 versie van een bestand telt
       *[other] { $n } versies van bestanden tellen
    } op een moment niet mee omdat { $n ->
        [one] die niet klopt
       *[other] die niet kloppen
    }
moments-strict = met --strict moet elk bestand op elk moment kloppen
moments-twice = het moment `{ $rev }` staat er twee keer
    = help: noem elke revisie één keer met --at, de oudste eerst
moments-empty = op geen enkel moment staat er een sessiebestand onder de opgegeven paden
    = help: controleer de paden en revisies: `git ls-tree -r --name-only { $rev }` toont de bestanden van een revisie
moments-mixed = error[mixed-definitions]: de momenten gebruiken verschillende definities, en antwoorden op verschillende scans zijn niet te vergelijken: { $list }
moments-done = { $moments } momenten vergeleken ({ $files }), gegroepeerd naar { $by }

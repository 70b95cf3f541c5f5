# Wat `scan compare --at` en `scan history MAP` zeggen over meetmomenten.

moments-left-out = `{ $path }` klopt niet op { $rev } ({ $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }) en telt op dat moment niet mee
moments-left-out-help = bekijk de problemen met `git show { $rev }:{ $path } | scan validate -`
moments-left-out-count = { $n ->
        [one] 1 versie van een bestand telt
       *[other] { $n } versies van bestanden tellen
    } op een moment niet mee omdat { $n ->
        [one] die niet klopt
       *[other] die niet kloppen
    }
moments-strict = met --strict moet elk bestand op elk moment kloppen
moments-twice = het moment `{ $rev }` staat er twee keer
    = tip: noem elke revisie één keer met --at, de oudste eerst
moments-empty = op geen enkel moment staat er een sessiebestand onder de opgegeven paden
moments-empty-help = controleer de paden en revisies: `git ls-tree -r --name-only { $rev }` toont de bestanden van een revisie
moments-mixed = de momenten gebruiken verschillende definities, en antwoorden op verschillende scans zijn niet te vergelijken: { $list }
moments-done = { $moments } momenten vergeleken ({ $files }), gegroepeerd naar { $by }
history-folder-no-commits = geen enkele commit veranderde een bestand onder `{ $folder }`
    = tip: commit eerst de sessiebestanden (`git add { $folder }`, `git commit`); `scan history` leest hun versies uit git
history-folder-no-tags = geen enkele tag wijst naar een commit van deze geschiedenis, dus --tags-only heeft geen momenten
    = tip: markeer een meetmoment met `git tag nulmeting-2025 COMMIT` (`scan history { $folder }` toont elke commit)
history-folder-empty = op geen enkel moment in de geschiedenis staat er een sessiebestand onder `{ $folder }`
    = tip: `git log --stat -- { $folder }` toont welke bestanden git daar heeft
history-folder-done = verloop van { $organisations ->
        [one] 1 organisatie
       *[other] { $organisations } organisaties
    } over { $moments ->
        [one] 1 moment
       *[other] { $moments } momenten
    }
moments-stdin = de standaardinvoer heeft geen geschiedenis, dus --at kan die niet lezen
moments-stdin-help = noem de bestanden of mappen in de git-repository
moments-thread-failed = lezen uit git is mislukt in een andere thread
moments-no-such-file = git heeft dit bestand niet in deze versie
moments-missing-at = git heeft geen `{ $path }` in { $rev }

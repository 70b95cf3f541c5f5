# Wat `scan history` en `scan diff` zeggen over de versies van een bestand in git.
# Een "commit" is een versie die git bewaart.

history-no-commits = de repository van `{ $file }` heeft nog geen commits (bewaarde versies), dus er is geen geschiedenis
history-commit-first-help = leg het bestand eerst vast: `git add { $file }` en `git commit -m "…"`; elke volgende commit is dan een versie
history-file-missing = `{ $file }` bestaat niet, en git heeft er geen versie van (op de huidige branch)
history-file-missing-help = kijk of de naam en de map van het bestand kloppen; `git ls-files` toont de bestanden die git kent
history-never-committed = `{ $file }` heeft geen geschiedenis in git: het is nooit vastgelegd met een commit (op de huidige branch)
git-shallow = { $message } (dit is een ondiepe kopie, een "shallow clone": de oudere geschiedenis ontbreekt)
git-shallow-help = `git fetch --unshallow` haalt de rest van de geschiedenis op
version-commit = commit { $short }
version-commit-tagged = commit { $short } ({ $tags })
version-working-tree = de huidige versie in de map
version-missing = git heeft geen `{ $path }` in commit { $short }
version-path-outside = dit pad wijst buiten de repository, dus git heeft er geen versie van
diff-bad-revision = `{ $rev }` is geen versienaam die git begrijpt
diff-usage = noem één of twee versies en dan het bestand: `scan diff VERSIE [VERSIE] BESTAND`
diff-not-in-work-tree = `{ $file }` staat niet meer in de map
diff-not-in-work-tree-help = noem een tweede versie om twee commits te vergelijken, bijvoorbeeld `scan diff { $rev } HEAD { $file }`
diff-did-not-exist = `{ $file }` bestond nog niet in commit { $short } ({ $date })
diff-did-not-exist-rev = `{ $file }` bestond nog niet in `{ $rev }`, commit { $short } ({ $date })
diff-history-help = `scan history { $file }` toont de commits die het veranderden
# `versions` is "commit abc1234 en de huidige versie in de map".
diff-cannot-compare = vergelijken lukt niet: { $versions } { $count ->
        [one] heeft
       *[other] hebben
    } fouten; los ze op, of vergelijk andere versies (`scan history { $file }` toont ze)
# Een opmerking als een latere versie een andere definitie gebruikt; `parts` is een
# lijst van de veranderingen hieronder, gescheiden door "; ".
definition-changed = de definitie is veranderd in { $at } ({ $parts }); scores worden vergeleken per criterium en per itemcode
definition-change-version = { $before } → { $after }
definition-change-scale = schaal { $before } → { $after }
definition-change-criteria-added = criteria erbij: { $codes }
definition-change-criteria-removed = criteria weg: { $codes }
definition-change-items-added = items erbij: { $codes }
definition-change-items-removed = items weg: { $codes }
history-deleted = `{ $path }` is verwijderd in commit { $short } ({ $date })
history-shallow = dit is een ondiepe kopie ("shallow clone"): de geschiedenis vóór { $short } ({ $date }) ontbreekt; `git fetch --unshallow` haalt die op
history-no-tags = geen van de { $commits } commits die `{ $file }` veranderden heeft een tag (een naam voor een meetmoment)
history-unreadable = git heeft geen leesbare versie van `{ $file }`
history-tag-help = geef een meetmoment een naam met `git tag nulmeting-2025 COMMIT` (`scan history { $file }` toont de commits)
history-unreadable-versions = { $invalid } van de { $versions } versies konden niet worden gelezen; ze staan erin zonder scores, en elke versie wordt vergeleken met de laatste leesbare versie ervoor
note-label = opmerking
version-is-definition = deze versie is een scandefinitie, geen sessiebestand

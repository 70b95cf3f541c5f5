# `scan import`: antwoorden inlezen uit de export van een formulier en uit sessiebestanden.

# Waar een probleem zit: het bronbestand, en de cel zoals een spreadsheet die noemt.
import-in-file = { $file }: { $message }
import-in-cell = { $file }: { $cell }: { $message }

## Het bestand als geheel

import-not-workbook = dit is geen .{ $ext }-werkmap maar een tekstbestand (een CSV-bestand dat .{ $ext } heet?)
import-not-workbook-help = geef het bestand zijn echte naam (`.csv`), of exporteer de werkmap opnieuw vanuit het spreadsheetprogramma
import-empty-file = dit bestand is leeg
import-too-large-help = is dit het goede bestand? Exporteer alleen de antwoorden
import-unpacks-too-large = deze werkmap is uitgepakt groter dan { $limit } MiB; scan leest werkmappen van hoogstens die grootte
import-unpacks-too-large-help = exporteer alleen het blad met de antwoorden, of sla het op als CSV
import-password = deze werkmap is beveiligd met een wachtwoord, dus scan kan hem niet lezen
import-password-help = open hem in het spreadsheetprogramma, haal het wachtwoord weg (Bestand → Info → Werkmap beveiligen) en sla een kopie op
import-damaged = deze werkmap is beschadigd of is geen spreadsheet, dus scan kan hem niet lezen
import-damaged-help = open hem in het spreadsheetprogramma en sla hem opnieuw op als .xlsx of .ods, of exporteer de antwoorden als CSV
import-no-such-sheet = deze werkmap heeft geen blad `{ $sheet }`
import-no-such-sheet-help = de bladen zijn: { $sheets }
import-no-such-sheet-did-you-mean = bedoel je `{ $suggestion }`? De bladen zijn: { $sheets }
import-no-sheets = deze werkmap heeft geen bladen
import-empty-sheet = het blad `{ $sheet }` is leeg
import-empty-sheet-help = is dit het goede blad? Kies een ander met --sheet NAAM
import-merged-header = de kopregel heeft samengevoegde cellen ({ $from }:{ $to }), dus scan kan niet zien welke kolom wat is
import-merged-header-help = maak de samenvoeging ongedaan en geef elke kolom een eigen kop
import-no-header-row = het blad `{ $sheet }` heeft geen kopregel
import-first-row-empty = de eerste regel is leeg, terwijl daar de namen van de kolommen horen te staan
import-first-row-empty-help = in de eerste regel van een export staan de vragen; is dit het goede bestand?
import-csv-unreadable = regel { $row }: deze regel is geen leesbare CSV ({ $error })
import-row-width = regel { $row }: deze regel heeft { $cells } cellen, de kopregel { $width }
import-row-width-help = een waarde met het scheidingsteken erin moet tussen dubbele aanhalingstekens staan; is het bestand met de hand bewerkt?

## Wat `--verbose` over een bronbestand zegt

import-read-as = gelezen als { $encoding }, cellen gescheiden door { $separator }
import-encoding-utf8 = UTF-8
import-encoding-utf8-bom = UTF-8 met een byte-order mark
import-encoding-utf16le = UTF-16 (little-endian)
import-encoding-utf16be = UTF-16 (big-endian)
import-encoding-windows-1252 = Windows-1252 (het is geen geldige UTF-8; zo slaat Excel een CSV standaard op)
import-separator-tab = tab
import-left-out = kolommen die niet over een item gaan, overgeslagen: { $columns }

## Kolommen en waarden

import-no-team-given = scan kan niet zien van welk team deze antwoorden zijn
import-no-team-given-help = noem het team met --team NAAM, of de kolom met de teamnamen met --team-column KOP
import-no-team-column = er is geen kolom `{ $column }` om de teamnamen uit te halen
import-no-team-column-help = --team-column noemt een kop uit de eerste regel
import-no-team-column-did-you-mean = bedoel je `{ $suggestion }`? --team-column noemt een kop uit de eerste regel
import-row-without-team = in deze regel staat geen teamnaam
import-unknown-item = `{ $token }` is geen item van { $definition }
import-unknown-item-help = geef de kolom een andere kop, of noem hem in een --map-bestand (`"{ $header }" = "A1"`)
import-unknown-item-did-you-mean = bedoel je `{ $suggestion }`? Geef de kolom een andere kop, of noem hem in een --map-bestand (`"{ $header }" = "A1"`)
import-duplicate-column = in deze kolom staat hetzelfde als in kolom { $column } (`{ $header }`)
import-duplicate-column-help = haal een van de twee kolommen weg, of zet in een --map-bestand bij welk item elke kolom hoort
import-no-items = geen enkele kolom van dit bestand gaat over een item van { $definition }
import-no-items-help = een kolom hoort bij een item als de kop begint met de code van het item (`A1`, `A1.`, `[A1]`); of noem de kolommen in een --map-bestand
import-cell-without-header = deze cel staat in een kolom zonder kop
import-not-whole = { $value } is geen heel getal; een score is een heel getal op de schaal { $scale }
import-not-on-scale = { $value } ligt niet op de schaal { $scale }
import-not-a-score = `{ $value }` is geen score: schrijf een heel getal { $scale }, een woord van de schaal ({ $labels }) of n.v.t.
import-not-a-score-kind = `{ $value }` is geen score

## Sessiebestanden als bron

import-other-definition = dit bestand hoort bij `{ $found }`, het sessiebestand bij `{ $session }`; scan leest alleen antwoorden op dezelfde definitie in
import-other-definition-help = lees het in in een sessiebestand van `{ $found }`, of vul een formulier van `{ $session }` in (`scan new --format form`)
import-not-session = dit is een definitie, geen sessiebestand met antwoorden

## Het sessiebestand waarin de antwoorden komen

import-already-voted = het team `{ $team }` heeft al stemmen bij { $items }; scan import laat die staan
import-already-voted-help = wil je de stemmen, teksten en voorbeelden van die items vervangen, geef dan dezelfde opdracht met --replace
import-new-team-needs-type = het team `{ $team }` staat nog niet in { $file }; geef met --type aan wat voor organisatie het is (een van: { $types })
import-into-missing = `{ $file }` bestaat niet als sessiebestand: scan import zet antwoorden in een bestaand sessiebestand; maak er eerst een met `scan new --org NAAM --type TYPE -o { $file }`
import-into-not-file = `{ $file }` bestaat niet als sessiebestand: het is geen bestand
import-into-invalid = { $file }: los eerst deze problemen op (zie `scan validate`); er is niets ingelezen
import-into-definition = `{ $file }` is een definitie, geen sessiebestand; lees de antwoorden in in een sessiebestand (zie `scan new`)
import-no-such-source = `{ $file }` kan niet gelezen worden: dat bestand bestaat niet
import-source-is-session = `{ $file }` is het sessiebestand zelf; noem een ander bronbestand
import-problems = { $problems ->
        [one] 1 probleem
       *[other] { $problems } problemen
    } in de bronbestanden; { $file } is niet veranderd
import-nothing = er staan geen antwoorden in de bronbestanden; { $file } is niet veranderd
import-would-break = scan import zou { $file } ongeldig maken ({ $problem }), dus het bestand is gelaten zoals het was (meld dit alsjeblieft, met de bronbestanden)
import-not-changed = { $file } is niet veranderd
import-team-added = team `{ $team }` toegevoegd ({ $kind }, { $role }): { $items ->
        [one] 1 item
       *[other] { $items } items
    } uit { $respondents ->
        [0] een sessiebestand
        [one] 1 respondent
       *[other] { $respondents } respondenten
    }, { $voted } met stemmen
import-team-updated = team `{ $team }` bijgewerkt ({ $kind }, { $role }): { $items ->
        [one] 1 item
       *[other] { $items } items
    } uit { $respondents ->
        [0] een sessiebestand
        [one] 1 respondent
       *[other] { $respondents } respondenten
    }, { $voted } met stemmen
import-dry-run = proefdraai: { $file } is niet veranderd
import-wrote = { $file } geschreven
import-diff-after = { $file } (ingelezen)
import-map-invalid = dit --map-bestand is geen geldige TOML: { $error }
import-map-not-text = `{ $key }` moet een item noemen als tekst, zoals `"{ $key }" = "A1"`
import-map-help = een --map-bestand heeft één regel per kolom: de kop van de kolom tussen aanhalingstekens, `=`, en de code van het item tussen aanhalingstekens, zoals `"Hoe welkom voelt u zich?" = "A1"`

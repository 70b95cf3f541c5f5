# Wat scan zegt als het een uitvoerbestand niet kan schrijven (`-o BESTAND`, `scan new`, `scan fmt`).

output-is-input = scan schrijft niet naar `{ $path }`: dat is een van de invoerbestanden
output-is-toml = scan schrijft niet naar `{ $path }`: `.toml`-bestanden zijn scanbestanden; geef de uitvoer een naam die eindigt op .md, .html of .json
output-is-disk = scan schrijft niet naar `{ $path }`: dat is een schijf, geen bestand
output-rewrite-not-file = kan `{ $path }` niet herschrijven: het is geen gewoon bestand (maak het op met `scan fmt - < BESTAND`)
output-folder-is-file = kan de map `{ $folder }` niet maken: `{ $file }` is een bestand, geen map
output-cannot-create-folder = kan de map `{ $folder }` niet maken
output-parent-is-file = kan `{ $path }` niet schrijven: `{ $folder }` is een bestand, geen map
output-no-folder = kan `{ $path }` niet schrijven: de map `{ $folder }` bestaat niet
output-is-folder = kan `{ $path }` niet schrijven: het is een map
output-is-device = kan `{ $path }` niet schrijven: het is een apparaat of een pipe, geen bestand
output-cannot-write-in = kan niet schrijven in `{ $folder }`
# De reden van het systeem zelf (in het Engels) volgt na een dubbele punt.
output-cannot-write = kan `{ $path }` niet schrijven
output-exists = `{ $path }` bestaat al; scan overschrijft nooit een bestand (kies een andere naam of verwijder het eerst)
output-wrote = { $path } geschreven
report-no-sessions = er staat geen sessiebestand tussen de opgegeven bestanden en mappen (definitiebestanden hebben geen rapport); geef de sessiebestanden, bijvoorbeeld `scan report examples/`
report-many-to-stdout = { $n } sessiebestanden geven { $n } rapporten: schrijf ze naar een map met `-o MAP` (één rapport per bestand en een overzichtspagina)
report-folder-looks-like-file = meerdere sessiebestanden (of een map) geven elk een eigen rapport, dus `-o` moet een map noemen, maar `{ $path }` lijkt op een bestandsnaam; gebruik bijvoorbeeld `-o rapporten/`
# `definition` is de id en versie van de definitie.
report-definition-note = opmerking: `{ $path }` is een definitie ({ $definition }), geen sessie; het heeft geen rapport
report-wrote-folder = { $reports ->
        [one] 1 rapport
       *[other] { $reports } rapporten
    } en { $index } geschreven in { $folder }

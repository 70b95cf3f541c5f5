# Wat de commando's zeggen over hoe ze zijn aangeroepen, en wat ze hebben geschreven.

new-exists = `{ $path }` bestaat al; scan new overschrijft nooit een bestand (kies een andere naam)
new-usage = een nieuw sessiebestand heeft de organisatie en minstens één teamtype nodig: `scan new --org NAAM --type TYPE` (alleen het werkblad, `--format html`, kan zonder)
new-wrote = { $path } geschreven ({ $teams ->
        [one] 1 team
       *[other] { $teams } teams
    }, elk { $items } items)
new-teams-and-types = { $teams } teamnamen en { $types } types: geef één `--type` voor elke `--team` (in dezelfde volgorde), of één `--type` voor allemaal
form-usage = een formulier is voor één team: geef de organisatie en één teamtype, `scan new --format form --org NAAM --type TYPE [--team NAAM]`
form-one-team = een formulier is voor één team: geef hoogstens één `--team NAAM`
templates-wrote = { $written } sjablonen geschreven in { $folder }{ $kept ->
        [0] {""}
       *[other] {" "}({ $kept } bleven zoals ze waren)
    }; gebruik ze met `--template { $folder }`
man-cannot-render = kan de handleidingpagina { $file } niet maken
man-wrote = { $pages } handleidingpagina's (man pages) geschreven in { $folder }
format-extension-mismatch = --format { $format } past niet bij de extensie `.{ $ext }` van het uitvoerbestand
format-extension-mismatch-help = laat --format weg (de extensie kiest het formaat), of noem het bestand `….{ $format }`
format-not-written-mismatch = scan { $command } schrijft geen `.{ $ext }`-bestanden, en --format { $format } past niet bij die extensie
format-not-written-mismatch-help = noem het uitvoerbestand `….{ $format }`
format-not-written = scan { $command } schrijft geen `.{ $ext }`-bestanden
format-not-written-help = het schrijft { $writes }; geef het uitvoerbestand een naam die daarop eindigt, of geef --format
format-unknown-extension = scan { $command } kan het formaat niet afleiden uit de extensie `.{ $ext }`
format-unknown-extension-help = geef --format ({ $writes }), of noem het uitvoerbestand `….md`, `….html`, …
templates-kept = `{ $path }` gelaten zoals het was (het bestaat al; scan overschrijft nooit een bestand)

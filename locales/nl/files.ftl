# Problemen met een bestand als geheel, en met de definitie die een sessiebestand noemt.

file-too-large = dit bestand is { $size } MiB; scan leest bestanden van hoogstens { $limit } MiB
file-too-large-unknown-size = dit bestand is groter dan { $limit } MiB; scan leest bestanden van hoogstens { $limit } MiB
file-too-large-help = een sessiebestand is hoogstens een paar honderd kilobyte; is dit het goede bestand?
encoding-utf16 = dit bestand is opgeslagen als UTF-16; scan leest UTF-8
encoding-not-utf8 = dit bestand is geen geldige UTF-8-tekst
encoding-help = sla het bestand op als UTF-8 (in de meeste programma's: Opslaan als… → Codering: UTF-8)
encoding-nul = dit bestand bevat een NUL-teken, dus het is geen tekstbestand
encoding-nul-help = is dit het goede bestand? Sla het opnieuw op als gewone UTF-8-tekst
empty-file = dit bestand is leeg
empty-file-help = een sessiebestand begint met `definition = "partnerschapscan"` en een tabel `[session]`; `scan new` maakt er een die je kunt invullen
invalid-file = dit bestand kon niet als scanbestand gelezen worden
definition-conflict = dit bestand noemt een definitie en bevat ook een eigen definitie
definition-conflict-help = houd één van de twee: `definition = …`, of de tabellen `[scan]`, `[scale]`, `[types]` en `[[criterion]]`
missing-key-definition = dit sessiebestand zegt niet welke definitie het gebruikt
missing-key-definition-help = zet bovenaan `definition = "partnerschapscan"`, of het pad van een definitiebestand
unknown-definition = er is geen ingebouwde definitie `{ $name }`
unknown-definition-help = de ingebouwde definities zijn { $builtins }; een definitiebestand noem je met zijn pad, zoals "mijn-scan.toml"
unknown-definition-file = het definitiebestand `{ $path }` bestaat niet
unknown-definition-file-help = het pad gaat uit van de map waarin dit sessiebestand staat
definition-invalid = het definitiebestand `{ $path }` heeft { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }
definition-invalid-help = verbeter eerst het definitiebestand; de problemen staan hierboven
not-a-definition = dit bestand wordt als definitie gebruikt, maar is er geen (er staat geen tabel `[scan]` in, of wel `[session]` of `[[team]]`)
not-a-definition-help = de `definition` van een sessie noemt een ingebouwde id (zie `scan list`) of een definitiebestand met `[scan]`, `[scale]`, `[types]` en `[[criterion]]`
unknown-definition-path-help = het pad gaat uit van de map van dit sessiebestand; een definitie is een `.toml`-bestand met een tabel `[scan]`
definition-not-toml = `{ $name }` is geen definitiebestand: de naam van een definitiebestand eindigt op `.toml`
definition-not-toml-help = noem een ingebouwde definitie (zie `scan list`) of een `.toml`-bestand met een tabel `[scan]`
definition-system-file = `{ $path }` is een systeembestand, geen definitiebestand
definition-not-regular = `{ $path }` is geen gewoon bestand (maar een map, apparaat of pipe), dus het kan geen definitiebestand zijn
definition-not-toml-target = `{ $path }` verwijst naar `{ $target }`, en dat is geen `.toml`-bestand, dus het kan geen definitiebestand zijn
definition-hidden-invalid = `{ $path }` is geen geldige scandefinitie en staat buiten de map (of git-repository) van deze sessie, dus scan toont de inhoud niet
definition-hidden-not-definition = `{ $path }` is geen scandefinitie (het heeft geen tabel `[scan]` of is niet als definitie te lezen), dus scan toont de inhoud niet
definition-hidden-help = controleer `definition = …` in de sessie; de fouten van het bestand zelf zie je met `scan validate { $path }`

# Fouten in hoe een bestand geschreven is (lezen): onbekende sleutels, waarden van de
# verkeerde soort, ontbrekende sleutels. `what` noemt de tabel: "[session]",
# "antwoord A1 van team "T"". Een sleutel is de naam vóór `=`.

what-definition-file = het definitiebestand
what-inline-definition = de definitie in dit bestand
what-session-file = het sessiebestand
what-criterion = criterium { $code }
what-any-criterion = een [[criterion]]
what-item = item { $code }
what-any-item = een [[criterion.item]]
what-team = team "{ $name }"
what-any-team = een [[team]]
what-answer = antwoord { $code } van { $team }
what-action = actie "{ $title }"
what-any-action = een [[action]]

# De soorten TOML-waarden, zoals meldingen ze noemen ("moet een getal zijn, geen tekst").
kind-text = tekst
kind-whole-number = een heel getal
kind-decimal-number = een kommagetal
kind-true-false = true/false (waar/niet waar)
kind-date = een datum
kind-list-of-tables = een lijst van tabellen
kind-list = een lijst
kind-table = een tabel

unknown-key = onbekende sleutel `{ $key }` in { $what }
unknown-key-top-level = `{ $key }` hoort bovenaan het bestand, vóór de eerste kopregel `[…]`; waar het nu staat, hoort het bij { $what }
unknown-key-allowed = hier zijn deze sleutels (namen vóór `=`) mogelijk: { $keys }
wrong-type = `{ $key }` in { $what } moet { $expected } zijn, niet { $found }
wrong-type-help = schrijf het zo: `{ $key } = { $example }`
expected-text = tekst tussen aanhalingstekens
expected-true-false = true of false (zonder aanhalingstekens)
expected-whole-number = een heel getal
expected-date = een datum (jaar-maand-dag)
expected-list-of-texts = een lijst met teksten
expected-list-of-whole-numbers = een lijst met hele getallen
missing-key = { $what } heeft geen `{ $key }`
missing-key-help = voeg `{ $key } = { $example }` toe
empty-text = `{ $key }` in { $what } is leeg
empty-text-help = vul `{ $key }` in, of haal de regel weg
subject-key = `{ $key }` in { $what }
subject-entry = een waarde in de lijst `{ $key }` in { $what }
number-too-large = { $subject } is een te groot getal
number-invalid = { $subject } is geen geldig getal
number-digits-help = schrijf een heel getal met de cijfers 0–9, zoals `{ $key } = { $example }`
number-not-decimal = { $subject } moet een heel getal zijn, geen kommagetal
number-not-decimal-help = scores zijn hele getallen, zoals `{ $key } = { $example }`
number-not-text = { $subject } moet een getal zijn, geen tekst
remove-quotes-around = haal de aanhalingstekens rond { $value } weg
remove-quotes = haal de aanhalingstekens weg: `{ $key } = { $value }`
entry-not-whole-number = { $subject } moet een heel getal zijn, niet { $found }
entry-not-whole-number-help = een lijst met hele getallen ziet eruit als `{ $key } = { $example }`
number-not-finite = `{ $key }` in { $what } moet een eindig getal zijn
number-not-finite-help = schrijf een getal zoals `{ $key } = 3` of `{ $key } = 3.5` (met een punt, niet met een komma)
date-not-text = `{ $key }` in { $what } moet een datum zijn, geen tekst
date-help = schrijf een datum als jaar-maand-dag zonder aanhalingstekens, zoals `{ $key } = 2026-11-20`
list-not-single-text = `{ $key }` in { $what } moet een lijst met teksten zijn, niet één tekst
list-not-single-text-help = zet het tussen vierkante haken: `{ $key } = [{ $list }]`
list-entry-not-text = elke waarde in `{ $key }` in { $what } moet tekst zijn, niet { $found }
list-entry-not-text-help = zet elke waarde tussen dubbele aanhalingstekens
table-not = `{ $key }` in { $what } moet een tabel zijn, niet { $found }
table-not-help = begin de tabel met een kopregel zoals `[{ $key }]`
tables-entry-not = elke `{ $key }` in { $what } moet een tabel zijn, niet { $found }
tables-entry-not-help = zet elk ervan onder een eigen kopregel `[[{ $key }]]`
tables-not = `{ $key }` in { $what } moet een lijst van tabellen zijn, niet { $found }
tables-not-help = zet elk ervan onder een eigen kopregel `[[{ $key }]]` (met twee vierkante haken)
criterion-no-items = { $what } heeft geen items
criterion-no-items-help = voeg minstens één `[[criterion.item]]` toe, met een `code` en een `question`
answer-not-table = { $what } moet een tabel zijn, niet { $found }
answer-score-inline-help = zet de score in het antwoord: `[team.answers.{ $code }]` en op de volgende regel `score = { $score }`, of `{ $code } = {"{"} score = { $score } {"}"}`
answer-table-help = een antwoord is een tabel: `[team.answers.{ $code }]` met `score`, `votes`, `text`, `examples` of `na`
what-definition = de definitie
what-a-session-file = een sessiebestand
example-scan-table = … (een tabel `[scan]` met id, version, title en language)
type-label-not-text = de naam van type `{ $id }` moet tekst zijn, niet { $found }
type-label-not-text-help = schrijf het zo: `{ $id } = "Kinderopvang"`
version-not-number = `version` in [scan] moet tekst zijn, geen getal
version-not-number-help = zet het tussen aanhalingstekens: `version = "{ $version }"`
definition-no-scale = de definitie heeft geen `[scale]`
definition-no-scale-help = voeg een tabel `[scale]` toe met `min`, `max` en per score één omschrijving
definition-no-types = de definitie heeft geen `[types]`
definition-no-types-help = voeg een tabel `[types]` toe met de soorten organisaties, zoals `primary = "Primair onderwijs"`
definition-no-criterion = de definitie heeft geen `[[criterion]]`
definition-no-criterion-help = voeg minstens één `[[criterion]]` toe, met zijn `[[criterion.item]]`s
session-no-session = het sessiebestand heeft geen `[session]`
session-no-session-help = voeg een tabel `[session]` toe met minstens `organisation = "…"`

# TOML-fouten in gewone woorden: `toml-syntax` met wat er misging en, tussen haakjes,
# de eigen woorden van de TOML-lezer (in het Engels).
toml-syntax = dit is geen geldige TOML: { $what }
toml-syntax-detail = dit is geen geldige TOML: { $what } ({ $detail })
toml-syntax-help = controleer de aanhalingstekens, haken en `=`-tekens op deze regel en de regel erboven
syntax-duplicate-key = een sleutel (de naam vóór `=`) staat twee keer in dezelfde tabel
syntax-duplicate-key-help = elke sleutel mag maar één keer in een tabel staan; haal er een weg of geef er een andere naam
syntax-missing-value = na `=` ontbreekt een waarde
syntax-missing-value-help = vul een waarde in, zoals `score = 3` of `text = "…"`, of haal de regel weg (een `#` ervoor maakt er commentaar van)
syntax-unquoted = tekst moet tussen dubbele aanhalingstekens staan
syntax-unquoted-help = schrijf het zo: `name = "Kinderopvang De Regenboog"`
syntax-multiline-open = een tekst over meerdere regels is niet afgesloten
syntax-multiline-open-help = sluit hem af met `"""` op een eigen regel
syntax-basic-open = deze tekst heeft geen afsluitend dubbel aanhalingsteken
syntax-basic-open-help = sluit de tekst af met `"`; voor tekst over meerdere regels gebruik je `"""` … `"""`
syntax-literal-open = deze tekst heeft geen afsluitend enkel aanhalingsteken
syntax-literal-open-help = sluit de tekst af met `'`, of gebruik dubbele aanhalingstekens: `"…"`
syntax-header-open = deze kopregel van een tabel mist een sluithaak
syntax-header-open-help = schrijf hem zo: `[session]` of `[[team]]`
syntax-list-open = deze lijst mist de sluithaak `]`
syntax-list-open-help = een lijst ziet eruit als `[2, 3, 3, 4]` of `["a", "b"]`; hij mag over meerdere regels lopen, maar heeft een `]` nodig
syntax-inline-open = deze tabel `{"{"} … {"}"}` mist de sluitaccolade `{"}"}`
syntax-inline-open-help = schrijf een tabel tussen accolades op één regel, zoals `A1 = {"{"} score = 3 {"}"}`
syntax-key-missing = vóór `=` ontbreekt de naam (de sleutel)
syntax-key-missing-help = schrijf de naam van de instelling vóór `=`, zoals `score = 3`
syntax-too-deep = de lijsten of tabellen zijn te diep in elkaar genest
syntax-too-deep-help = een scanbestand heeft niet meer dan een paar niveaus nodig
syntax-date = deze datum klopt niet
syntax-date-help = schrijf een datum als jaar-maand-dag, zoals `date = 2026-11-20`
syntax-decimal-comma = een getal is met een komma geschreven
syntax-decimal-comma-score-help = een score is een heel getal op de schaal, zonder komma: schrijf `{ $key } = { $whole }` (of een ander heel getal van de schaal)
syntax-decimal-comma-help = schrijf een kommagetal met een punt, niet met een komma: `{ $key } = { $whole }.{ $fraction }`
syntax-list-brackets = deze getallen staan niet tussen vierkante haken
syntax-list-brackets-help = een lijst staat tussen vierkante haken: `{ $key } = [{ $list }]`
syntax-date-order = deze datum staat niet in de volgorde jaar-maand-dag
syntax-date-order-help = schrijf een datum als jaar-maand-dag, zonder aanhalingstekens: `{ $key } = { $date }`

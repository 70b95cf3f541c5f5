# De hulp bij de opdrachten en opties van scan (`scan --help`, `scan OPDRACHT --help`).
# Geschreven voor begeleiders: gewone woorden; de opties zelf blijven Engels.

cmd-scan = Zet een partnerschapscan, opgeschreven in TOML, om in rapportages waar mensen mee verder kunnen
    .long = Zet een partnerschapscan, opgeschreven in TOML, om in rapportages waar mensen mee verder kunnen.

        Een team beoordeelt de eigen organisatie op de criteria van een scan (ingebouwd: de Partnerschapscan), ouders worden op dezelfde vragen gehoord, en `scan` controleert de bestanden, vergelijkt teams en schrijft de rapportages.
    .after = Begin met `scan new --org "Kindcentrum De Regenboog" --type childcare -o regenboog.toml`,
        vul het bestand in, en dan `scan validate regenboog.toml`.
arg-lang = Taal van de meldingen en van de woorden in rapportages: `nl` (Nederlands) of `en` (Engels). Meldingen volgen anders SCAN_LANG, dan de taalinstelling (LANG), dan Engels; rapportages de taal van de scandefinitie
arg-help = Toon de hulp (meer met '--help')
    .long = Toon de hulp (korter met '-h')
arg-version = Toon het versienummer
cmd-new = Schrijf een nieuw sessiebestand om in te vullen, voor een organisatie en haar teamtypes
    .long = Schrijf een nieuw sessiebestand om in te vullen, voor een organisatie en haar teamtypes.

        Elk item van de definitie staat erin (leeg), met de vraag als commentaar erboven. Een bestaand bestand wordt nooit overschreven.
    .after = Voorbeelden:
        {"  "}scan new --org "Kindcentrum De Regenboog" --type childcare --type primary -o regenboog.toml
        {"  "}scan new --format html --type childcare --type primary -o werkbladen.html   # één werkblad per team
        {"  "}scan new --format html --parents --org "Kindcentrum De Regenboog" -o ouderavond.html
        {"  "}scan new --format form --org "Kindcentrum De Regenboog" --type childcare --team "Team peuters" -o formulier.html
arg-new-org = De naam van de organisatie
arg-new-types = Een organisatietype (één team per type); herhaal voor meer teams, bijvoorbeeld `--type childcare --type primary`
arg-new-definition = De definitie: een ingebouwde naam of het pad van een definitiebestand
arg-new-parents = Voeg ook een team toe voor wat ouders zeggen. Met `--format html`: in plaats daarvan het werkblad voor de ouderavond, in woorden voor ouders
arg-new-teams = De naam van een team; herhaal voor meer teams, in de volgorde van `--type` (één naam per type, of één type voor alle namen). Met `--format html`: één werkblad per team. Met `--format form`: het ene team waar het formulier voor is [standaard: de naam van zijn --type]
arg-new-output = Waar het nieuwe bestand heen moet (anders naar het scherm). Wordt nooit overschreven
arg-new-format = `toml`: een sessiebestand om in te vullen; `html`: een werkblad (A4) van de definitie om te printen, voor een sessie op papier (--org en --type zijn dan niet nodig); `form`: één HTML-pagina om de antwoorden van één team op het scherm in te vullen
val-new-format-toml = Een sessiebestand om in te vullen
val-new-format-html = Een werkblad van de definitie om te printen
val-new-format-form = Eén HTML-pagina om de antwoorden van één team op het scherm in te vullen (werkt zonder internet); ze toont het sessiebestand van wat is ingevuld, om te kopiëren of te downloaden
arg-new-role = De rol van het team van het formulier (`--format form`) [standaard: professionals]
arg-new-template = Een minijinja-sjabloon (bestand of map) in plaats van het ingebouwde werkblad
cmd-validate = Controleer sessie- en definitiebestanden en toon alle problemen in één keer
    .long = Controleer sessie- en definitiebestanden en toon alle problemen in één keer.

        Elk probleem heeft een vaste code, het bestand, de regel en de kolom, de regel zelf met een dakje onder de precieze plek, en een tip. Afsluitcode: 0 als er geen fouten zijn, 1 bij fouten (of bij waarschuwingen met --strict), 2 als een bestand niet te lezen is.
    .after = Voorbeelden:
        {"  "}scan validate regenboog.toml
        {"  "}scan validate sessies/           # elk *.toml-bestand eronder, met inachtneming van .gitignore
        {"  "}scan validate --format json - < regenboog.toml
arg-validate-paths = Bestanden, mappen of `-` voor standaardinvoer
arg-validate-format = Hoe de problemen getoond worden
val-validate-format-human = Meldingen voor mensen, met de regel uit het bestand en een dakje
val-validate-format-json = Eén JSON-document voor scripts en editors
arg-validate-strict = Tel waarschuwingen als fouten (afsluitcode 1 als er een is)
arg-validate-quiet = Toon alleen de regel met de samenvatting
arg-validate-verbose = Zeg ook welke TOML-bestanden in mappen zijn overgeslagen omdat ze niet over een scan gaan (zoals `.taplo.toml` of `Cargo.toml`)
cmd-list = Toon de ingebouwde definities en sjablonen
    .after = Voorbeeld:
        {"  "}scan list
arg-list-json = Toon JSON in plaats van een tabel
cmd-compare = Vergelijk de antwoorden van veel teams: per item, per criterium en per groep
    .long = Vergelijk de antwoorden van veel teams: per item, per criterium en per groep.

        Leest sessiebestanden en mappen (elk *.toml-bestand eronder; definitiebestanden worden overgeslagen) en toont per groep het aantal teams, het gemiddelde, de mediaan, het minimum, het maximum, de standaardafwijking, de volledigheid, en de woorden en voorbeelden per antwoord. De items waar de groepen het meest verschillen komen eerst; per groep staan professionals tegenover ouders. Bestanden van verschillende definities worden geweigerd; bestanden met fouten worden gemeld en niet meegenomen (afsluitcode 1), tenzij --strict de vergelijking stopt.
    .after = Voorbeelden:
        {"  "}scan compare sessies/                          # per organisatietype, Markdown
        {"  "}scan compare sessies/ --by organisation --min-group 5 --format html -o vergelijking.html
        {"  "}scan compare sessies/ --by role --format csv -o scores.csv
        {"  "}scan compare --at nulmeting-2025 --at meting-2026 sessies/ -o voortgang.xlsx
arg-compare-paths = Sessiebestanden, mappen of `-` voor standaardinvoer
arg-compare-by = Waarop de teams in groepen verdeeld worden
val-compare-by-type = Het organisatietype (kinderopvang, basisonderwijs, …)
val-compare-by-team = De naam van het team (teams met dezelfde naam in verschillende bestanden vormen één groep)
val-compare-by-organisation = De organisatie van de sessie
val-compare-by-role = Professionals, ouders en partners
val-compare-by-file = Het sessiebestand
arg-compare-role = Welke teams vergeleken worden [standaard: professionals; alle bij --by role]
arg-compare-format = Soort uitvoer [standaard: de extensie van -o, anders md]
val-compare-format-md = Markdown (zoals GitHub het toont)
val-compare-format-html = Eén HTML-pagina op zichzelf, met grafieken
val-compare-format-json = Voor scripts en andere programma's: elk getal in volle precisie
val-compare-format-csv = Eén rij per item of criterium en groep, met een kopregel
val-compare-format-xlsx = Een Excel-werkmap (alleen met -o BESTAND): bladen met criteria, items en groepen (en veranderingen bij --at); getallen zijn getallen, getoond met één decimaal
arg-compare-output = Schrijf naar dit bestand in plaats van naar het scherm
arg-compare-min_group = Laat groepen van minder dan N teams weg (privacy bij het vergelijken van organisaties)
arg-compare-examples = Toon ook de voorbeelden die teams gaven, de vaakst genoemde eerst, met aantallen
arg-compare-template = Een sjabloonbestand of -map in plaats van de ingebouwde `compare.md.j2` / `compare.html.j2`
arg-compare-strict = Tel waarschuwingen als fouten, en vergelijk niets als een bestand een probleem heeft
arg-compare-quiet = Geen voortgangsbalk en geen details van problemen: alleen een samenvatting op één regel
arg-compare-verbose = Zeg ook welke TOML-bestanden in mappen zijn overgeslagen omdat ze niet over een scan gaan (zoals `.taplo.toml` of `Cargo.toml`)
arg-compare-at = Vergelijk de bestanden zoals ze waren bij een git-versie (een tag met de naam van een meetmoment, een commit, een branch); herhaal voor meer momenten, de oudste eerst. Elk moment leest de sessiebestanden (en de definitiebestanden die ze noemen) uit die versie
arg-compare-excel = CSV voor een spreadsheetprogramma dat het bestand met een dubbelklik opent: een UTF-8-BOM, en in het Nederlands `;` tussen de velden en een decimale komma (taal: --lang, anders die van de definitie)
cmd-report = Schrijf de rapportage van een sessie: feiten, scores per criterium en team, elk antwoord, professionals tegenover ouders, doelen, volledigheid en het actieplan
    .long = Schrijf de rapportage van een sessie: feiten, scores per criterium en team, elk antwoord, professionals tegenover ouders, doelen, volledigheid en het actieplan.

        Eén bestand geeft één rapportage op het scherm (of in -o BESTAND). Meer bestanden, of een map, met -o MAP geven één rapportage per sessiebestand, met de naam van dat bestand, en een overzichtspagina. Definitiebestanden in mappen worden overgeslagen. Bestanden met fouten worden gemeld zoals `scan validate` dat doet en niet meegenomen; de afsluitcode is dan 1.
    .after = Voorbeelden:
        {"  "}scan report regenboog.toml                      # Markdown op het scherm
        {"  "}scan report --format html -o regenboog.html regenboog.toml
        {"  "}scan report --format html -o rapportages/ sessies/   # één rapportage per bestand + index.html
        {"  "}scan report --template mijn-rapport.html.j2 --format html regenboog.toml
        {"  "}scan report --audience parents --format html -o voor-ouders.html regenboog.toml
arg-report-paths = Sessiebestanden, mappen of `-` voor standaardinvoer
arg-report-format = Soort rapportage [standaard: de extensie van -o, anders md]
val-report-format-md = Markdown zoals GitHub het toont, ook als platte tekst te lezen
val-report-format-html = Eén HTML-pagina op zichzelf (CSS en SVG-grafieken erin, geen scripts)
val-report-format-json = Elk getal in volle precisie, voor scripts
arg-report-output = Waar het heen moet: een bestand voor één rapportage, een map voor meer (wordt gemaakt als die er niet is). Nooit een invoerbestand
arg-report-template = Een minijinja-sjabloonbestand, of een map waarvan de sjablonen de ingebouwde met dezelfde naam vervangen (zie `scan templates export`)
arg-report-strict = Tel waarschuwingen als fouten: bestanden met waarschuwingen worden niet meegenomen, afsluitcode 1
arg-report-quiet = Toon alleen fouten: geen waarschuwingen (behalve met --strict), geen melding van wat geschreven is
arg-report-verbose = Zeg ook welke TOML-bestanden in mappen zijn overgeslagen omdat ze niet over een scan gaan (zoals `.taplo.toml` of `Cargo.toml`)
arg-report-stamp = Zet de datum en tijd erbij waarop de rapportage gemaakt is (UTC; `SOURCE_DATE_EPOCH` als die gezet is). Zonder deze optie geeft dezelfde invoer altijd byte voor byte dezelfde uitvoer
arg-report-audience = Voor wie de rapportage is: `team` (alles), of `parents` (wat ouders zeiden, de criteriumscores van het team, de verschillen en het plan; geen teksten, voorbeelden of stemmen van het team)
val-report-audience-team = De teams van de organisatie: elk antwoord, elke stem en elk getal
val-report-audience-parents = Ouders: hun eigen antwoorden, de criteriumscores van het team, de verschillen en het plan
cmd-templates = Werk met de ingebouwde sjablonen van de rapportages
    .after = Voorbeeld:
        {"  "}scan templates export mijn-sjablonen/
        {"  "}scan report --template mijn-sjablonen/ --format html regenboog.toml
cmd-templates-export = Schrijf de ingebouwde sjablonen in een map, als begin voor uw eigen sjablonen. Bestaande bestanden worden nooit overschreven. Gebruik de map met `--template MAP`: een sjabloon daar vervangt het ingebouwde met dezelfde naam, en kan `{"{"}% extends "builtin/NAAM" %{"}"}`
    .after = Voorbeeld:
        {"  "}scan templates export mijn-sjablonen/
arg-templates-export-dir = De map om in te schrijven (wordt gemaakt als die er niet is)
cmd-help = Toon deze hulp, of de hulp bij de genoemde opdracht(en)
cmd-fmt = Zet sessiebestanden in één vaste opmaak, met behoud van elk commentaar en elke waarde
    .long = Zet sessiebestanden in één vaste opmaak, met behoud van elk commentaar en elke waarde.

        De opmaak: eerst `definition`, dan `[session]`, een definitie in het bestand als die er is, de teams in de volgorde van het bestand met hun antwoorden in de volgorde van de definitie, `[targets]`, dan de acties. Sleutels in een vaste volgorde, tekst tussen dubbele aanhalingstekens, antwoorden twee spaties ingesprongen, één lege regel tussen tabellen. Bestanden met fouten blijven zoals ze zijn (los die eerst op: zie `scan validate`). Definitiebestanden worden overgeslagen.
    .after = Voorbeelden:
        {"  "}scan fmt regenboog.toml
        {"  "}scan fmt sessies/                 # elk sessiebestand eronder, met inachtneming van .gitignore
        {"  "}scan fmt --check sessies/         # voor CI en git-hooks: afsluitcode 1 en een diff als het niet in opmaak is
        {"  "}scan fmt - < regenboog.toml       # de opgemaakte tekst op het scherm
arg-fmt-paths = Bestanden, mappen of `-` (lees standaardinvoer, schrijf het resultaat naar het scherm)
arg-fmt-check = Verander niets; toon een diff van elk bestand dat niet in opmaak is, en sluit af met 1
arg-fmt-quiet = Toon geen samenvatting
arg-fmt-verbose = Zeg ook welke TOML-bestanden in mappen zijn overgeslagen omdat ze niet over een scan gaan (zoals `.taplo.toml` of `Cargo.toml`)
cmd-schema = Toon een JSON Schema van sessiebestanden (of definitiebestanden), voor editors
    .long = Toon een JSON Schema van sessiebestanden (of definitiebestanden), voor editors.

        Met het schema vullen editors die taplo gebruiken (Even Better TOML in VS Code, en andere) sleutels aan, laten ze zien wat elke sleutel betekent en markeren ze fouten terwijl u typt. Bewaar het naast uw bestanden en zet `#:schema ./scan.schema.json` op de eerste regel van een sessiebestand, of noem het in een `.taplo.toml`.
    .after = Voorbeelden:
        {"  "}scan schema > scan.schema.json
        {"  "}scan schema --for partnerschapscan > partnerschapscan.schema.json   # kent de items, types en schaal
        {"  "}scan schema --definition > scan-definition.schema.json
arg-schema-definition = Het schema van definitiebestanden in plaats van sessiebestanden
arg-schema-for_definition = Maak het schema precies voor één definitie (een ingebouwde naam of het pad van een definitiebestand): de itemcodes, organisatietypes en het bereik van de scores
arg-schema-output = Schrijf het schema naar dit bestand in plaats van naar het scherm
cmd-completions = Toon het aanvullen van `scan` voor een shell
    .after = Voorbeelden:
        {"  "}scan completions bash > ~/.local/share/bash-completion/completions/scan
        {"  "}scan completions zsh > ~/.zfunc/_scan
        {"  "}scan completions fish > ~/.config/fish/completions/scan.fish
        {"  "}scan completions powershell >> $PROFILE
arg-completions-shell = De shell waarin aangevuld wordt
cmd-man = Schrijf man-pagina's voor `scan` en elk van zijn opdrachten in een map
    .after = Voorbeeld:
        {"  "}scan man target/man && man -l target/man/scan.1
arg-man-dir = De map waarin `scan.1` en `scan-OPDRACHT.1` komen (wordt gemaakt als die er niet is)
cmd-history = Hoe de scores van een sessiebestand veranderden in de git-geschiedenis
    .long = Hoe de scores van een sessiebestand veranderden in de git-geschiedenis.

        Eén rij per commit die het bestand veranderde (ook als het bestand een andere naam kreeg), de oudste eerst: de datum, de korte commit-hash, de tags die ernaar wijzen (tags noemen meetmomenten, zoals `nulmeting-2025`), de score van elk team per criterium en de verandering sinds de vorige versie. Wijzigingen die nog niet gecommit zijn, staan in de laatste rij. Een commit met fouten wordt genoemd, de problemen ervan worden als waarschuwingen getoond (een commit is niet meer te veranderen: afsluitcode 0, of 1 met --strict), en de andere commits worden gewoon getoond; fouten in de werkmap zijn fouten (afsluitcode 1). Datums zijn die van de auteur, in de tijdzone van de commit.

        Met een map: elke organisatie met sessiebestanden eronder, met per organisatie één tabel van de criteriumscores (het gemiddelde over de teams van professionals) op elk moment, en per organisatie één regel met de verandering sinds het eerste moment. De momenten zijn de commits die een bestand onder de map veranderden, of met --tags-only elke tag (elk bestand zoals het bij die tag was). Wijzigingen die niet gecommit zijn, tellen niet mee.

        De HTML-pagina van één bestand heeft per criterium een grafiek van het verloop, met de getallen in een tabel ernaast.
    .after = Voorbeelden:
        {"  "}scan history regenboog.toml
        {"  "}scan history --tags-only --format html -o voortgang.html regenboog.toml
        {"  "}scan history --format json regenboog.toml
        {"  "}scan history --tags-only sessies/            # elke organisatie op elk meetmoment
arg-history-file = Het sessiebestand, of een map met sessiebestanden; het moet in een git-repository staan
arg-history-format = Soort uitvoer [standaard: de extensie van -o, anders md]
val-history-format-md = Markdown zoals GitHub het toont, ook als platte tekst te lezen
val-history-format-html = Eén HTML-pagina op zichzelf, om in een browser te openen of te printen
val-history-format-json = JSON voor scripts; getallen in volle precisie
arg-history-tags_only = Alleen versies waar een tag naar wijst (de meetmomenten)
arg-history-template = Uw eigen sjabloon: een bestand in plaats van het ingebouwde, of een map waarvan de sjablonen de ingebouwde met dezelfde naam vervangen
arg-history-output = Waar het heen moet (anders naar het scherm)
arg-history-quiet = Toon geen opmerkingen of problemen van oude versies, alleen de samenvatting
arg-history-strict = Stop met een fout (afsluitcode 1) als een versie in de git-geschiedenis niet klopt; zonder deze optie is dat een waarschuwing, want een commit is niet meer te veranderen
cmd-diff = Wat er in een sessiebestand veranderde tussen twee versies in git
    .long = Wat er in een sessiebestand veranderde tussen twee versies in git.

        Per team en item: de score ervoor → erna, antwoorden erbij of weg, veranderde teksten (een korte samenvatting per woord), voorbeelden erbij of weg; teams erbij, weg of waarschijnlijk hernoemd; acties waarvan de status veranderde. Met één versie is het bestand in de werkmap de nieuwere versie.
    .after = Voorbeelden:
        {"  "}scan diff nulmeting-2025 regenboog.toml            # die tag tegenover de werkmap
        {"  "}scan diff nulmeting-2025 meting-2026 regenboog.toml
        {"  "}scan diff HEAD~1 HEAD --format html -o wijzigingen.html regenboog.toml
arg-diff-args = De oudere versie (een tag, commit-hash, branch of bijvoorbeeld `HEAD~1`), eventueel de nieuwere (standaard: de werkmap), dan het sessiebestand (in een git-repository)
arg-diff-format = Soort uitvoer [standaard: de extensie van -o, anders md]
val-diff-format-md = Markdown zoals GitHub het toont, ook als platte tekst te lezen
val-diff-format-html = Eén HTML-pagina op zichzelf, om in een browser te openen of te printen
val-diff-format-json = JSON voor scripts; getallen in volle precisie
arg-diff-template = Uw eigen sjabloon: een bestand in plaats van het ingebouwde, of een map waarvan de sjablonen de ingebouwde met dezelfde naam vervangen
arg-diff-output = Waar het heen moet (anders naar het scherm)
arg-diff-quiet = Toon geen opmerkingen, alleen problemen
cmd-import = Haal antwoorden die ergens anders verzameld zijn in een sessiebestand: exports van formulieren (CSV, XLSX, ODS uit Microsoft Forms, Google Forms, LimeSurvey, KoboToolbox) en sessiebestanden die het formulier schreef (`scan new --format form`)
    .long = Haal antwoorden die ergens anders verzameld zijn in een sessiebestand: exports van formulieren (CSV, XLSX, ODS uit Microsoft Forms, Google Forms, LimeSurvey, KoboToolbox) en sessiebestanden die het formulier schreef (`scan new --format form`).

        Eén rij is één persoon die antwoordde; een kolom hoort bij een item als de kop begint met de code van het item (`A1`, `A1.`, `[A1]`, `groep_a/A1`) of eindigt op `[A1]`; `A1 toelichting` is de tekst van het item, `A1 voorbeelden` de voorbeelden. De waarde van elke persoon wordt één stem; andere kolommen (ID, tijden, namen, e-mail) worden niet meegenomen. Het sessiebestand wordt ter plekke aangepast, met behoud van het commentaar, en alleen als elke waarde van elke bron klopt.
    .after = Voorbeelden:
        {"  "}scan import antwoorden.xlsx --into regenboog.toml --team "Ouderavond 12 november" --type childcare
        {"  "}scan import export.csv --into regenboog.toml --team-column School --type primary --dry-run
        {"  "}scan import team-onderbouw.toml --into regenboog.toml      # een bestand dat het formulier schreef
arg-import-sources = Exports in CSV, XLSX of ODS, of sessiebestanden (`.toml`)
arg-import-into = Het sessiebestand waar de antwoorden in komen; het moet al bestaan (zie `scan new`)
arg-import-team = Het team waar alle rijen bij horen
arg-import-team_column = De kolom waarvan de waarden de teams noemen (één team per verschillende waarde)
arg-import-kind = Het organisatietype van teams die nog niet in de sessie staan
arg-import-role = De rol van teams die nog niet in de sessie staan [standaard: parents]
arg-import-replace = Vervang de stemmen, teksten en voorbeelden van items waar een team al stemmen op heeft
arg-import-dry_run = Verander niets; toon als diff wat er zou veranderen
arg-import-map = Een TOML-bestand dat zegt bij welk item een kop hoort die scan niet herkent: `"Waarom wilt u partnerschap?" = "A1"`, `"Licht toe" = "A1 toelichting"`
arg-import-sheet = Het blad van de werkmap dat gelezen wordt [standaard: het eerste]
arg-import-verbose = Zeg ook welke kolommen niet zijn meegenomen en hoe elk CSV-bestand gelezen is
arg-import-quiet = Toon alleen problemen
cmd-explain = Leg een probleemcode uit die scan toonde (zoals `score-out-of-range`): wat die betekent, een fout en een goed voorbeeld, en hoe u het oplost
    .long = Leg een probleemcode uit die scan toonde (zoals `score-out-of-range`): wat die betekent, een fout en een goed voorbeeld, en hoe u het oplost.

        De uitleg is in de taal van de meldingen (--lang, SCAN_LANG, de taalinstelling).
    .after = Voorbeelden:
        {"  "}scan explain score-out-of-range
        {"  "}scan explain --list
arg-explain-code = De code zoals die tussen haken staat: `error[unknown-key]` → `unknown-key`
arg-explain-list = Toon elke code met waar die over gaat

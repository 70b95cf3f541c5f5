# Aanwijzingen bij de vergissingen die nieuwe gebruikers maken, met de oplossing erbij.

syntax-quote-inside = een aanhalingsteken midden in de tekst sluit de tekst te vroeg af
syntax-quote-inside-help = schrijf een aanhalingsteken in een tekst als `\"`: `{ $escaped }`; of zet de hele tekst tussen drie aanhalingstekens: `{ $triple }`
syntax-apostrophe-inside = een apostrof midden in de tekst sluit de tekst te vroeg af: een tekst tussen enkele aanhalingstekens kan er geen bevatten
syntax-apostrophe-inside-help = zet de tekst tussen dubbele aanhalingstekens; daarin mag een apostrof: `{ $fixed }` (een dubbel aanhalingsteken schrijf je daarin als `\"`, of zet de hele tekst tussen `"""` en `"""`)

misspelt-list-header = `[[{ $name }]]` is geen tabel die scan kent
misspelt-list-header-help = bedoel je `[[{ $suggestion }]]`? Alles onder deze regel hoort erbij, dus verbeter dit eerst

control-character = dit bestand bevat { $name } ({ $code }) op regel { $line }, kolom { $column }; in de meeste programma's zie je dat teken niet, en TOML staat het niet toe
control-character-help = haal het weg: het komt vaak mee als je tekst plakt uit een tekstverwerker of een pdf
control-form-feed = een pagina-eindeteken
control-vertical-tab = een verticale tab
control-backspace = een backspace
control-escape = een escape-teken
control-carriage-return = een regeleinde-teken (carriage return) zonder nieuwe regel erna
control-other = een stuurteken

unknown-item-in-criterion-help = criterium { $criterion } heeft de items { $items }
unknown-item-near-help = bedoel je `{ $suggestion }`? Criterium { $criterion } heeft de items { $items }
unknown-item-in-criterion-or-whole-help = criterium { $criterion } heeft de items { $items }; of noem het hele criterium: `{ $criterion }`

spreadsheet = dit is een { $kind }, geen sessiebestand: scan leest sessiebestanden in TOML
spreadsheet-help = zet de antwoorden uit een spreadsheet in een sessiebestand met `scan import { $file } --into SESSIE.toml` (maak het sessiebestand eerst met `scan new`)
spreadsheet-csv = CSV-bestand
spreadsheet-xlsx = spreadsheet (XLSX)
spreadsheet-xls = spreadsheet (XLS)
spreadsheet-ods = spreadsheet (ODS)

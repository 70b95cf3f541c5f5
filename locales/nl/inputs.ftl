# Wat scan zegt als het de bestanden die het krijgt niet kan lezen.

input-missing = `{ $path }` bestaat niet
input-missing-help = kijk de naam en de map na: scan zoekt het pad vanuit de map waarin je het start
input-missing-did-you-mean = bedoel je `{ $path }`?
input-cannot-read = kan `{ $path }` niet lezen
input-cannot-read-folder = kan de map `{ $folder }` niet lezen
input-cannot-read-stdin = kan de standaardinvoer niet lezen
input-cannot-open = kan `{ $path }` niet openen
input-none-found = geen scanbestanden gevonden op de opgegeven plekken (gezocht naar *.toml)
input-none-found-help = noem sessiebestanden (`.toml`) of mappen waarin ze staan; namen die met een punt beginnen, en wat `.gitignore` uitsluit, worden overgeslagen
named-definition-missing = er is geen ingebouwde definitie of definitiebestand `{ $name }`: { $hint }
named-definition-builtins = de ingebouwde definities zijn { $builtins }; of geef het pad van een definitiebestand
named-definition-is-session = `{ $path }` is een sessiebestand, geen definitie; noem de definitie die het gebruikt

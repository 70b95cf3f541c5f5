# Wat scan zegt als het de bestanden die het krijgt niet kan lezen.

input-missing = `{ $path }` bestaat niet
input-cannot-read = kan `{ $path }` niet lezen
input-cannot-read-folder = kan de map `{ $folder }` niet lezen
input-cannot-read-stdin = kan de standaardinvoer niet lezen
input-cannot-open = kan `{ $path }` niet openen
input-none-found = geen scanbestanden gevonden op de opgegeven plekken (gezocht naar *.toml)
named-definition-missing = er is geen ingebouwde definitie of definitiebestand `{ $name }`: { $hint }
named-definition-builtins = de ingebouwde definities zijn { $builtins }; of geef het pad van een definitiebestand
named-definition-is-session = `{ $path }` is een sessiebestand, geen definitie; noem de definitie die het gebruikt

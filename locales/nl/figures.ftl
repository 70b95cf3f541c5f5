# Woorden over invoer en de dagelijkse stappen van een procesbegeleider.

# `--verbose`: een TOML-bestand in een map dat niet over een scan gaat.
walk-skipped = let op: `{ $file }` overgeslagen: een TOML-bestand zonder een van de sleutels van een scanbestand (`definition`, `[session]`, `[[team]]`, `[scan]`, …), dus geen sessie of definitie

# De woorden van clap rond de hulp en bij fouten in de opdrachtregel, in het Nederlands.

help-heading-usage = Gebruik
help-heading-commands = Opdrachten
help-heading-arguments = Argumenten
help-heading-options = Opties
help-possible-values = mogelijke waarden
help-possible-values-long = Mogelijke waarden
help-default = standaard
usage-unknown-argument = `{ $argument }` is geen optie of argument van deze opdracht
usage-tip-similar-option = bedoelt u { $option }?
usage-tip-trailing = om `{ $value }` als waarde mee te geven: `-- { $value }`
usage-unknown-command = `{ $command }` is geen opdracht van scan
usage-tip-similar-command = bedoelt u { $command }?
usage-tip-similar-value = bedoelt u { $value }?
usage-value-missing = `{ $argument }` heeft een waarde nodig, maar er staat er geen
usage-invalid-value = `{ $value }` is geen geldige waarde voor `{ $argument }`
usage-invalid-value-because = `{ $value }` is geen geldige waarde voor `{ $argument }`: { $reason }
usage-missing-arguments = deze verplichte argumenten ontbreken:
    {"  "}{ $arguments }
usage-conflict = `{ $argument }` kan niet samen met { $other }
usage-given-twice = `{ $argument }` staat er meer dan eens
usage-or = of
usage-more = Meer uitleg: voeg `--help` toe.

# De namen van waarden in de hulp (`--output <BESTAND>`), één woord elk.
value-name-FILE = BESTAND
value-name-DIR = MAP
value-name-FOLDER = MAP
value-name-PATH = PAD
value-name-NAME = NAAM
value-name-FORMAT = SOORT
value-name-TYPE = TYPE
value-name-SOURCE = BRON
value-name-SESSION = SESSIE
value-name-REV = VERSIE
value-name-HEADER = KOP
value-name-CODE = CODE
value-name-BY = OP
value-name-ROLE = ROL
value-name-SHELL = SHELL
value-name-AUDIENCE = PUBLIEK
value-name-SHEET = BLAD
value-name-LANG = TAAL
# The usage line's placeholders for options and for a command.
usage-options = OPTIES
usage-command = OPDRACHT

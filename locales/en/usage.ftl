# clap's own words around the help and usage errors. English output is clap's; these
# are the same words, kept so that both languages list the same messages.

help-heading-usage = Usage
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-possible-values = possible values
help-possible-values-long = Possible values
help-default = default
usage-unknown-argument = unexpected argument `{ $argument }` found
usage-tip-similar-option = a similar argument exists: { $option }
usage-tip-trailing = to pass `{ $value }` as a value, use `-- { $value }`
usage-unknown-command = unrecognized subcommand `{ $command }`
usage-tip-similar-command = a similar subcommand exists: { $command }
usage-tip-similar-value = a similar value exists: { $value }
usage-value-missing = a value is required for `{ $argument }` but none was supplied
usage-invalid-value = invalid value `{ $value }` for `{ $argument }`
usage-invalid-value-because = invalid value `{ $value }` for `{ $argument }`: { $reason }
usage-missing-arguments = the following required arguments were not provided:
    {"  "}{ $arguments }
usage-conflict = the argument `{ $argument }` cannot be used with { $other }
usage-given-twice = the argument `{ $argument }` cannot be used multiple times
usage-or = or
usage-more = For more information, try `--help`.

# The names of values in the help (`--output <FILE>`), one word each.
value-name-FILE = FILE
value-name-DIR = DIR
value-name-FOLDER = FOLDER
value-name-PATH = PATH
value-name-NAME = NAME
value-name-FORMAT = FORMAT
value-name-TYPE = TYPE
value-name-SOURCE = SOURCE
value-name-SESSION = SESSION
value-name-REV = REV
value-name-HEADER = HEADER
value-name-CODE = CODE
value-name-BY = BY
value-name-ROLE = ROLE
value-name-SHELL = SHELL
value-name-AUDIENCE = AUDIENCE
value-name-SHEET = SHEET
value-name-LANG = LANG
# The usage line's placeholders for options and for a command.
usage-options = OPTIONS
usage-command = COMMAND

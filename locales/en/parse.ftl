# Problems with how a file is written (parsing): unknown keys, values of the wrong kind,
# missing keys. `what` names the table: "[session]", "answer A1 of team "T"".

what-definition-file = the definition file
what-inline-definition = the inline definition
what-session-file = the session file
what-criterion = criterion { $code }
what-any-criterion = a [[criterion]]
what-item = item { $code }
what-any-item = a [[criterion.item]]
what-team = team "{ $name }"
what-any-team = a [[team]]
what-answer = answer { $code } of { $team }
what-action = action "{ $title }"
what-any-action = an [[action]]

# The kinds of TOML values, as messages name them ("must be a number, not text").
kind-text = text
kind-whole-number = a whole number
kind-decimal-number = a decimal number
kind-true-false = true/false
kind-date = a date
kind-list-of-tables = a list of tables
kind-list = a list
kind-table = a table

unknown-key = unknown key `{ $key }` in { $what }
unknown-key-top-level = `{ $key }` belongs at the top of the file, above the first `[…]` header; where it stands now it is read as part of { $what }
unknown-key-allowed = the keys allowed here are: { $keys }
wrong-type = `{ $key }` in { $what } must be { $expected }, not { $found }
wrong-type-help = write it like `{ $key } = { $example }`
expected-text = text between quotes
expected-true-false = true or false (without quotes)
expected-whole-number = a whole number
expected-date = a date (year-month-day)
expected-list-of-texts = a list of texts
expected-list-of-whole-numbers = a list of whole numbers
missing-key = { $what } has no `{ $key }`
missing-key-help = add `{ $key } = { $example }`
empty-text = `{ $key }` in { $what } is empty
empty-text-help = write something in `{ $key }`, or leave the key out
subject-key = `{ $key }` in { $what }
subject-entry = an entry of `{ $key }` in { $what }
number-too-large = { $subject } is too large a number
number-invalid = { $subject } is not a valid number
number-digits-help = write a whole number with the digits 0–9, like `{ $key } = { $example }`
number-not-decimal = { $subject } must be a whole number, not a decimal number
number-not-decimal-help = scores are whole numbers, like `{ $key } = { $example }`
number-not-text = { $subject } must be a number, not text
remove-quotes-around = remove the quotes around { $value }
remove-quotes = remove the quotes: `{ $key } = { $value }`
entry-not-whole-number = { $subject } must be a whole number, not { $found }
entry-not-whole-number-help = a list of whole numbers looks like `{ $key } = { $example }`
number-not-finite = `{ $key }` in { $what } must be a finite number
number-not-finite-help = write a number like `{ $key } = 3` or `{ $key } = 3.5`
date-not-text = `{ $key }` in { $what } must be a date, not text
date-help = write a date as year-month-day without quotes, like `{ $key } = 2026-11-20`
list-not-single-text = `{ $key }` in { $what } must be a list of texts, not a single text
list-not-single-text-help = put it between square brackets: `{ $key } = [{ $list }]`
list-entry-not-text = every entry of `{ $key }` in { $what } must be text, not { $found }
list-entry-not-text-help = put each entry between double quotes
table-not = `{ $key }` in { $what } must be a table, not { $found }
table-not-help = start it with a header line like `[{ $key }]`
tables-entry-not = every `{ $key }` in { $what } must be a table, not { $found }
tables-entry-not-help = write each one under its own `[[{ $key }]]` header
tables-not = `{ $key }` in { $what } must be a list of tables, not { $found }
tables-not-help = write each one under its own `[[{ $key }]]` header (two square brackets)
criterion-no-items = { $what } has no items
criterion-no-items-help = add at least one `[[criterion.item]]` with a `code` and a `question`
answer-not-table = { $what } must be a table, not { $found }
answer-score-inline-help = write the score inside the answer: `[team.answers.{ $code }]` and on the next line `score = { $score }`, or `{ $code } = {"{"} score = { $score } {"}"}`
answer-table-help = an answer is a table: `[team.answers.{ $code }]` with `score`, `votes`, `text`, `examples` or `na`
what-definition = the definition
what-a-session-file = a session file
example-scan-table = … (a `[scan]` table with id, version, title and language)
type-label-not-text = the label of type `{ $id }` must be text, not { $found }
type-label-not-text-help = write it like `{ $id } = "Kinderopvang"`
version-not-number = `version` in [scan] must be text, not a number
version-not-number-help = put it in quotes: `version = "{ $version }"`
definition-no-scale = the definition has no `[scale]`
definition-no-scale-help = add a `[scale]` table with `min`, `max` and one label per score
definition-no-types = the definition has no `[types]`
definition-no-types-help = add a `[types]` table naming the organisation types, like `primary = "Primair onderwijs"`
definition-no-criterion = the definition has no `[[criterion]]`
definition-no-criterion-help = add at least one `[[criterion]]` with its `[[criterion.item]]`s
session-no-session = the session file has no `[session]`
session-no-session-help = add a `[session]` table with at least `organisation = "…"`

# TOML syntax errors in plain words: `toml-syntax` with what went wrong and, in brackets,
# the TOML parser's own words.
toml-syntax = this is not valid TOML: { $what }
toml-syntax-detail = this is not valid TOML: { $what } ({ $detail })
toml-syntax-help = check the quotes, brackets and `=` signs on this line and the one before it
syntax-duplicate-key = a key is written twice in the same table
syntax-duplicate-key-help = each key may appear only once in a table; remove or rename one of them
syntax-missing-value = a value is missing after `=`
syntax-missing-value-help = write a value, like `score = 3` or `text = "…"`, or remove the line (a `#` in front makes it a comment)
syntax-unquoted = text must stand between double quotes
syntax-unquoted-help = write it like `name = "Kinderopvang De Regenboog"`
syntax-multiline-open = a text that spans several lines is not closed
syntax-multiline-open-help = end it with `"""` on a line of its own
syntax-basic-open = this text has no closing double quote
syntax-basic-open-help = end the text with `"`; for text over several lines use `"""` … `"""`
syntax-literal-open = this text has no closing single quote
syntax-literal-open-help = end the text with `'`, or use double quotes: `"…"`
syntax-header-open = this table header has no closing bracket
syntax-header-open-help = write it like `[session]` or `[[team]]`
syntax-list-open = this list has no closing `]`
syntax-list-open-help = a list looks like `[2, 3, 3, 4]` or `["a", "b"]`; it may span lines but needs its `]`
syntax-inline-open = this `{"{"} … {"}"}` table has no closing `{"}"}`
syntax-inline-open-help = write an inline table on one line, like `A1 = {"{"} score = 3 {"}"}`
syntax-key-missing = a key is missing before `=`
syntax-key-missing-help = write the name of the setting before `=`, like `score = 3`
syntax-too-deep = the lists or tables are nested too deeply
syntax-too-deep-help = a scan file needs no more than a few levels of nesting
syntax-date = this date is not valid
syntax-date-help = write a date as year-month-day, like `date = 2026-11-20`
syntax-decimal-comma = a number is written with a comma
syntax-decimal-comma-score-help = scores are whole numbers on the scale, without a comma: write `{ $key } = { $whole }` (or another whole number of the scale)
syntax-decimal-comma-help = write a decimal number with a point, not a comma: `{ $key } = { $whole }.{ $fraction }`
syntax-list-brackets = these numbers are not between square brackets
syntax-list-brackets-help = a list stands between square brackets: `{ $key } = [{ $list }]`
syntax-date-order = this date is not written as year-month-day
syntax-date-order-help = write a date as year-month-day, without quotes: `{ $key } = { $date }`

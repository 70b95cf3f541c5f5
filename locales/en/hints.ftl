# Hints for the mistakes new users make, with the fix written out.

syntax-quote-inside = a double quote inside the text ends the text too early
syntax-quote-inside-help = write a double quote inside a text as `\"`: `{ $escaped }`; or put the whole text between three double quotes: `{ $triple }`
syntax-apostrophe-inside = an apostrophe inside the text ends the text too early: a text between single quotes cannot hold one
syntax-apostrophe-inside-help = put the text between double quotes, where an apostrophe is fine: `{ $fixed }` (a double quote inside it is then written `\"`, or put the whole text between `"""` and `"""`)

misspelt-list-header = `[[{ $name }]]` is not a table scan knows
misspelt-list-header-help = did you mean `[[{ $suggestion }]]`? Everything below this line is read as part of it, so fix this first

control-character = this file contains { $name } ({ $code }) at line { $line }, column { $column }; it is invisible in most editors and TOML does not allow it
control-character-help = delete it: it often comes along when text is pasted from a word processor or a PDF
control-form-feed = a form feed
control-vertical-tab = a vertical tab
control-backspace = a backspace
control-escape = an escape character
control-carriage-return = a carriage return without a line break after it
control-other = a control character

unknown-item-in-criterion-help = criterion { $criterion } has the items { $items }
unknown-item-near-help = did you mean `{ $suggestion }`? Criterion { $criterion } has the items { $items }
unknown-item-in-criterion-or-whole-help = criterion { $criterion } has the items { $items }; or name the whole criterion: `{ $criterion }`

spreadsheet = this is a { $kind }, not a session file: scan reads session files in TOML
spreadsheet-help = to bring the answers of a spreadsheet into a session file, use `scan import { $file } --into SESSION.toml` (make the session file first with `scan new`)
spreadsheet-csv = CSV file
spreadsheet-xlsx = spreadsheet (XLSX)
spreadsheet-xls = spreadsheet (XLS)
spreadsheet-ods = spreadsheet (ODS)

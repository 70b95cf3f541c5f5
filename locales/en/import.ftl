# `scan import`: reading answers from form exports and session files.

# Where a problem is: the source file, and the cell as a spreadsheet names it.
import-in-file = { $file }: { $message }
import-in-cell = { $file }: { $cell }: { $message }

## The file as a whole

import-not-workbook = this is not a .{ $ext } workbook but a text file (a CSV file renamed to .{ $ext }?)
import-not-workbook-help = give the file its real name (`.csv`) or export the workbook again from the spreadsheet program
import-empty-file = this file is empty
import-too-large-help = is this the right file? Export only the answers
import-unpacks-too-large = this workbook unpacks to more than { $limit } MiB; scan reads workbooks of at most that size
import-unpacks-too-large-help = export only the sheet with the answers, or save it as CSV
import-password = this workbook is protected with a password, so scan cannot read it
import-password-help = open it in the spreadsheet program, remove the password (File → Info → Protect Workbook) and save a copy
import-damaged = this workbook is damaged or not a spreadsheet, so scan cannot read it
import-damaged-help = open it in the spreadsheet program and save it again as .xlsx or .ods, or export the answers as CSV
import-no-such-sheet = this workbook has no sheet `{ $sheet }`
import-no-such-sheet-help = its sheets are: { $sheets }
import-no-such-sheet-did-you-mean = did you mean `{ $suggestion }`? Its sheets are: { $sheets }
import-no-sheets = this workbook has no sheets
import-empty-sheet = the sheet `{ $sheet }` is empty
import-empty-sheet-help = is this the right sheet? Choose another with --sheet NAME
import-merged-header = the header row has merged cells ({ $from }:{ $to }), so scan cannot tell which column is which
import-merged-header-help = unmerge the header cells and give every column its own header
import-no-header-row = the sheet `{ $sheet }` has no header row
import-first-row-empty = the first row, which should name the columns, is empty
import-first-row-empty-help = the first row of an export holds the questions; is this the right file?
import-csv-unreadable = row { $row }: this row cannot be read as CSV ({ $error })
import-row-width = row { $row }: this row has { $cells } cells where the header row has { $width }
import-row-width-help = a value with the separator in it must stand in double quotes; was the file edited by hand?

## What `--verbose` says about a source

import-read-as = read as { $encoding }, cells separated by { $separator }
import-encoding-utf8 = UTF-8
import-encoding-utf8-bom = UTF-8 with a byte-order mark
import-encoding-utf16le = UTF-16 (little-endian)
import-encoding-utf16be = UTF-16 (big-endian)
import-encoding-windows-1252 = Windows-1252 (it is not valid UTF-8; this is what Excel writes by default)
import-separator-tab = tab
import-left-out = columns not about an item, left out: { $columns }

## Columns and values

import-no-team-given = scan cannot tell which team these answers are from
import-no-team-given-help = name the team with --team NAME, or the column that holds it with --team-column HEADER
import-no-team-column = there is no column `{ $column }` to take the team names from
import-no-team-column-help = --team-column names a header of the first row
import-no-team-column-did-you-mean = did you mean `{ $suggestion }`? --team-column names a header of the first row
import-row-without-team = this row has no team name
import-unknown-item = `{ $token }` is not an item of { $definition }
import-unknown-item-help = rename the column, or name it in a --map file (`"{ $header }" = "A1"`)
import-unknown-item-did-you-mean = did you mean `{ $suggestion }`? Rename the column, or name it in a --map file (`"{ $header }" = "A1"`)
import-duplicate-column = this column holds the same as column { $column } (`{ $header }`)
import-duplicate-column-help = remove one of the two columns, or say in a --map file which item each one is
import-no-items = no column of this file is about an item of { $definition }
import-no-items-help = a column belongs to an item when its header starts with the item's code (`A1`, `A1.`, `[A1]`); or name the columns in a --map file
import-cell-without-header = this cell stands in a column without a header
import-not-whole = { $value } is not a whole number; a score is a whole number on the scale { $scale }
import-not-on-scale = { $value } is not on the scale { $scale }
import-not-a-score = `{ $value }` is not a score: write a whole number { $scale }, a label of the scale ({ $labels }) or n.v.t.
import-not-a-score-kind = `{ $value }` is not a score

## Session files as sources

import-other-definition = this file answers `{ $found }`, the session file `{ $session }`; scan imports answers to the same definition only
import-other-definition-help = import it into a session file of `{ $found }`, or fill in a form of `{ $session }` (`scan new --format form`)
import-not-session = this is a definition, not a session file with answers

## The session file imported into

import-already-voted = the team `{ $team }` already has votes on { $items }; scan import leaves them as they are
import-already-voted-help = to replace those items' votes, texts and examples, run the same command with --replace
import-new-team-needs-type = the team `{ $team }` is not in { $file } yet; give its organisation type with --type (one of: { $types })
import-into-missing = `{ $file }` does not exist as a session file: scan import adds answers to an existing session file; make one first with `scan new --org NAME --type TYPE -o { $file }`
import-into-not-file = `{ $file }` does not exist as a session file: it is not a file
import-into-invalid = { $file }: fix these problems first (see `scan validate`); nothing was imported
import-into-definition = `{ $file }` is a definition, not a session file; import into a session file (see `scan new`)
import-no-such-source = cannot read `{ $file }`: there is no such file
import-source-is-session = `{ $file }` is the session file itself; name another source
import-problems = { $problems ->
        [one] 1 problem
       *[other] { $problems } problems
    } in the sources; { $file } was not changed
import-nothing = the sources hold no answers; { $file } was not changed
import-would-break = scan import would have made { $file } invalid ({ $problem }), so it left the file as it is (please report this, with the sources)
import-not-changed = { $file } was not changed
import-team-added = added team `{ $team }` ({ $kind }, { $role }): { $items ->
        [one] 1 item
       *[other] { $items } items
    } from { $respondents ->
        [0] a session file
        [one] 1 respondent
       *[other] { $respondents } respondents
    }, { $voted } with votes
import-team-updated = updated team `{ $team }` ({ $kind }, { $role }): { $items ->
        [one] 1 item
       *[other] { $items } items
    } from { $respondents ->
        [0] a session file
        [one] 1 respondent
       *[other] { $respondents } respondents
    }, { $voted } with votes
import-dry-run = dry run: { $file } was not changed
import-wrote = wrote { $file }
import-diff-after = { $file } (imported)
import-map-invalid = this --map file is not valid TOML: { $error }
import-map-not-text = `{ $key }` must name an item as text, like `"{ $key }" = "A1"`
import-map-help = a --map file has one line per column: the column's heading in quotes, `=`, and the item's code in quotes, like `"Hoe welkom voelt u zich?" = "A1"`

# The help of scan's commands and options (`scan --help`, `scan COMMAND --help`).
# English: the doc comments of src/cli.rs word for word (a test keeps them equal).

cmd-scan = Turn a partnership scan, written down in TOML, into reports that people act on
    .long = Turn a partnership scan, written down in TOML, into reports that people act on.

        A team rates its own organisation on the criteria of a scan (built in: the Partnerschapscan), parents are heard on the same questions, and `scan` checks the files, compares teams and writes the reports.
    .after = Start with `scan new --org "Kindcentrum De Regenboog" --type childcare -o regenboog.toml`,
        fill it in, then `scan validate regenboog.toml`.
arg-lang = Language of messages and of the words of reports: `nl` (Dutch) or `en` (English). Messages default to SCAN_LANG, else the locale (LANG), else English; reports to the scan definition's language
arg-help = Print help (see more with '--help')
    .long = Print help (see a summary with '-h')
arg-version = Print version
cmd-new = Write a new session file, ready to fill in, for an organisation and its team types
    .long = Write a new session file, ready to fill in, for an organisation and its team types.

        Every item of the definition is present (empty), with its question as a comment above it. Never overwrites an existing file.
    .after = Examples:
        {"  "}scan new --org "Kindcentrum De Regenboog" --type childcare --type primary -o regenboog.toml
        {"  "}scan new --format html --type childcare --type primary -o werkbladen.html   # one sheet per team
        {"  "}scan new --format html --parents --org "Kindcentrum De Regenboog" -o ouderavond.html
        {"  "}scan new --format form --org "Kindcentrum De Regenboog" --type childcare --team "Team peuters" -o formulier.html
arg-new-org = The organisation's name
arg-new-types = An organisation type (one team each); repeat for more teams, e.g. `--type childcare --type primary`
arg-new-definition = The definition: a built-in id or the path of a definition file
arg-new-parents = Also add a team for what parents say. With `--format html`: the worksheet for the parents' evening instead, in parents' words
arg-new-teams = A team's name; repeat for more teams, in the order of `--type` (one name for each type, or one type for all names). With `--format html`: one worksheet per team. With `--format form`: the one team the form is for [default: the label of its --type]
arg-new-output = Where to write the new file (standard output when absent). Never overwritten
arg-new-format = `toml`: a session file to fill in; `html`: a printable worksheet (A4) of the definition for a session on paper (--org and --type are then optional); `form`: one HTML page to fill in one team's answers on screen
val-new-format-toml = A session file to fill in
val-new-format-html = A printable worksheet of the definition
val-new-format-form = One HTML page to fill in one team's answers on screen (works offline); it shows the session file of what is filled in, to copy or download
arg-new-role = The role of the form's team (`--format form`) [default: professionals]
arg-new-template = A minijinja template (file or folder) used instead of the built-in worksheet
cmd-validate = Check session and definition files, and show every problem at once
    .long = Check session and definition files, and show every problem at once.

        Each problem has a stable code, the file, line and column, the line itself with a caret under the exact place, and a hint. Exit status: 0 when there is no error, 1 when there are errors (or warnings with --strict), 2 when a file cannot be read.
    .after = Examples:
        {"  "}scan validate regenboog.toml
        {"  "}scan validate sessions/          # every *.toml below, honouring .gitignore
        {"  "}scan validate --format json - < regenboog.toml
arg-validate-paths = Files, directories or `-` for standard input
arg-validate-format = How to print the problems
val-validate-format-human = Messages for people, with the source line and a caret
val-validate-format-json = One JSON document for scripts and editors
arg-validate-strict = Treat warnings as errors (exit 1 when there are any)
arg-validate-quiet = Print only the summary line
arg-validate-verbose = Also say which TOML files in folders were skipped as not being about a scan (such as `.taplo.toml` or `Cargo.toml`)
cmd-list = List the built-in definitions and templates
    .after = Example:
        {"  "}scan list
arg-list-json = Print JSON instead of a table
cmd-compare = Compare answers across many teams: per item, per criterion and per group
    .long = Compare answers across many teams: per item, per criterion and per group.

        Reads session files and folders (every *.toml below them; definition files are skipped) and shows, per group, the number of teams, mean, median, minimum, maximum, standard deviation, completeness, words and examples per answer. The items where groups differ most come first; professionals are set against parents per group. Files of different definitions are refused; files with errors are reported and left out (exit status 1), unless --strict stops the comparison.
    .after = Examples:
        {"  "}scan compare sessions/                          # by organisation type, Markdown
        {"  "}scan compare sessions/ --by organisation --min-group 5 --format html -o vergelijking.html
        {"  "}scan compare sessions/ --by role --format csv -o scores.csv
        {"  "}scan compare --at nulmeting-2025 --at meting-2026 sessions/ -o voortgang.xlsx
arg-compare-paths = Session files, directories or `-` for standard input
arg-compare-by = What to group the teams by
val-compare-by-type = The organisation type (childcare, primary, …)
val-compare-by-team = The team's name (teams of the same name in different files form one group)
val-compare-by-organisation = The organisation of the session
val-compare-by-role = Professionals, parents and partners
val-compare-by-file = The session file
arg-compare-role = Whose teams to compare [default: professionals; all with --by role]
arg-compare-format = Output format [default: the extension of -o, else md]
val-compare-format-md = Markdown (GitHub-flavoured)
val-compare-format-html = One self-contained HTML page with charts
val-compare-format-json = For scripts and other tools: every number at full precision
val-compare-format-csv = One row per item or criterion and group, with a header row
val-compare-format-xlsx = An Excel workbook (needs -o FILE): sheets of criteria, items and groups (and changes with --at); numbers are numbers, shown with one decimal
arg-compare-output = Write to this file instead of standard output
arg-compare-min_group = Leave out groups of fewer than N teams (privacy when comparing organisations)
arg-compare-examples = Also list the examples teams gave, most frequent first, with counts
arg-compare-template = A template file or folder that replaces the built-in `compare.md.j2` / `compare.html.j2`
arg-compare-strict = Treat warnings as errors, and compare nothing when any file has a problem
arg-compare-quiet = No progress bar and no details of problems: only a one-line summary of them
arg-compare-verbose = Also say which TOML files in folders were skipped as not being about a scan (such as `.taplo.toml` or `Cargo.toml`)
arg-compare-at = Compare the files as they were at a git revision (a tag naming a measurement moment, a commit, a branch); repeat for more moments, oldest first. Each moment reads the session files (and the definition files they name) from that revision
arg-compare-excel = CSV for a spreadsheet program opened by double-click: a UTF-8 BOM, and in Dutch `;` between fields and a decimal comma (language: --lang, else the definition's)
cmd-report = Write the report of a session: facts, scores per criterion and team, every answer, professionals against parents, targets, completeness and the action plan
    .long = Write the report of a session: facts, scores per criterion and team, every answer, professionals against parents, targets, completeness and the action plan.

        One file gives one report on standard output (or in -o FILE). Many files, or a folder, with -o DIR give one report per session file, named after it, plus an index page. Definition files met in folders are skipped. Files with errors are reported like `scan validate` does and left out; the exit status is then 1.
    .after = Examples:
        {"  "}scan report regenboog.toml                      # Markdown on standard output
        {"  "}scan report --format html -o regenboog.html regenboog.toml
        {"  "}scan report --format html -o reports/ sessions/   # one report per file + index.html
        {"  "}scan report --template mijn-rapport.html.j2 --format html regenboog.toml
        {"  "}scan report --audience parents --format html -o voor-ouders.html regenboog.toml
arg-report-paths = Session files, directories or `-` for standard input
arg-report-format = The kind of report [default: the extension of -o, else md]
val-report-format-md = GitHub-flavoured Markdown, readable as plain text
val-report-format-html = One self-contained HTML page (inline CSS and SVG charts, no scripts)
val-report-format-json = Every number at full precision, for scripts
arg-report-output = Where to write: a file for one report, a folder for many (created when missing). Never an input file
arg-report-template = A minijinja template file, or a folder whose templates replace the built-in ones of the same name (see `scan templates export`)
arg-report-strict = Treat warnings as errors: files with warnings are left out, exit status 1
arg-report-quiet = Print only errors: no warnings (unless --strict), no note of what was written
arg-report-verbose = Also say which TOML files in folders were skipped as not being about a scan (such as `.taplo.toml` or `Cargo.toml`)
arg-report-stamp = Add the date and time the report was made (UTC; `SOURCE_DATE_EPOCH` when set). Without it the same input always gives byte-identical output
arg-report-audience = Who the report is for: `team` (everything), or `parents` (what parents said, the team's criterion scores, the differences and the plan; no team texts, examples or votes)
val-report-audience-team = The organisation's teams: every answer, vote and figure
val-report-audience-parents = Parents: their own answers, the team's criterion scores, the gaps and the plan
cmd-templates = Work with the built-in report templates
    .after = Example:
        {"  "}scan templates export mijn-templates/
        {"  "}scan report --template mijn-templates/ --format html regenboog.toml
cmd-templates-export = Write the built-in templates into a folder, as a start for your own. Existing files are never overwritten. Use the folder with `--template DIR`: a template there replaces the built-in one of the same name, and can `{"{"}% extends "builtin/NAME" %{"}"}`
    .after = Example:
        {"  "}scan templates export mijn-templates/
arg-templates-export-dir = The folder to write to (created when missing)
cmd-help = Print this message or the help of the given subcommand(s)
cmd-fmt = Rewrite session files into one layout, keeping every comment and every value
    .long = Rewrite session files into one layout, keeping every comment and every value.

        The layout: `definition` first, then `[session]`, an inline definition if any, the teams in file order with their answers in the definition's order, `[targets]`, then the actions. Keys in a fixed order, text in double quotes, answers indented two spaces, one blank line between tables. Files with errors are left alone (fix them first: see `scan validate`). Definition files are skipped.
    .after = Examples:
        {"  "}scan fmt regenboog.toml
        {"  "}scan fmt sessions/                # every session file below, honouring .gitignore
        {"  "}scan fmt --check sessions/        # for CI and git hooks: exit 1 and a diff when not formatted
        {"  "}scan fmt - < regenboog.toml       # formatted text on standard output
arg-fmt-paths = Files, directories or `-` (read standard input, write the result to standard output)
arg-fmt-check = Change nothing; show a diff of each file that is not formatted and exit 1
arg-fmt-quiet = Print no summary line
arg-fmt-verbose = Also say which TOML files in folders were skipped as not being about a scan (such as `.taplo.toml` or `Cargo.toml`)
cmd-schema = Print a JSON Schema of session files (or definition files), for editors
    .long = Print a JSON Schema of session files (or definition files), for editors.

        With the schema, editors that use taplo (VS Code's Even Better TOML, and others) complete keys, show what each key means and mark mistakes while you type. Save it next to your files and put `#:schema ./scan.schema.json` on the first line of a session file, or name it in a `.taplo.toml`.
    .after = Examples:
        {"  "}scan schema > scan.schema.json
        {"  "}scan schema --for partnerschapscan > partnerschapscan.schema.json   # knows the items, types and scale
        {"  "}scan schema --definition > scan-definition.schema.json
arg-schema-definition = The schema of definition files instead of session files
arg-schema-for_definition = Narrow the schema to one definition (a built-in id or the path of a definition file): its item codes, organisation types and score range
arg-schema-output = Write the schema to this file instead of standard output
cmd-completions = Print shell completions for `scan`
    .after = Examples:
        {"  "}scan completions bash > ~/.local/share/bash-completion/completions/scan
        {"  "}scan completions zsh > ~/.zfunc/_scan
        {"  "}scan completions fish > ~/.config/fish/completions/scan.fish
        {"  "}scan completions powershell >> $PROFILE
arg-completions-shell = The shell to complete in
cmd-man = Write man pages for `scan` and each of its commands into a folder
    .after = Example:
        {"  "}scan man target/man && man -l target/man/scan.1
arg-man-dir = The folder to write `scan.1` and `scan-COMMAND.1` into (created if missing)
cmd-history = How a session file's scores changed across its git history
    .long = How a session file's scores changed across its git history.

        One row per commit that changed the file (following renames), oldest first: the date, the short commit hash, the tags pointing at it (tags name measurement moments, like `nulmeting-2025`), each team's score per criterion and the change since the previous version. Uncommitted changes in the working tree are the last row. A commit with errors is named, its problems are printed as warnings (it cannot be changed any more: exit 0, or 1 with --strict), and the others are still shown; errors in the working tree are errors (exit 1). Dates are author dates, in the commit's own time zone.

        With a folder: every organisation whose session files are below it, one table each with its criterion scores (the mean over its professionals' teams) at every moment, and one line per organisation with the change since its first moment. The moments are the commits that changed a file below the folder, or with --tags-only every tag (each file as it was at the tag). Uncommitted changes are not included.

        The HTML page of one file adds a trend chart per criterion, with its numbers in a table beside it.
    .after = Examples:
        {"  "}scan history regenboog.toml
        {"  "}scan history --tags-only --format html -o voortgang.html regenboog.toml
        {"  "}scan history --format json regenboog.toml
        {"  "}scan history --tags-only sessies/            # every organisation at every measurement moment
arg-history-file = The session file, or a folder of session files; it must be in a git repository
arg-history-format = Output format [default: the extension of -o, else md]
val-history-format-md = Markdown (GitHub-flavoured), readable as plain text
val-history-format-html = One self-contained HTML page, to open in a browser or print
val-history-format-json = JSON for scripts; numbers at full precision
arg-history-tags_only = Only versions a tag points at (the measurement moments)
arg-history-template = Your own template: a file used instead of the built-in one, or a folder whose templates override the built-in ones of the same name
arg-history-output = Where to write (standard output when absent)
arg-history-quiet = Print no notes or problems of old versions, only the summary
arg-history-strict = Fail (exit 1) when a version in git history does not validate; without it that is a warning, since a commit cannot be changed any more
cmd-diff = What changed in a session file between two versions in git
    .long = What changed in a session file between two versions in git.

        Per team and item: the score before → after, answers added or removed, texts changed (a short word-level summary), examples added or removed; teams added, removed or probably renamed; actions whose status changed. With one revision the file in the working tree is the newer version.
    .after = Examples:
        {"  "}scan diff nulmeting-2025 regenboog.toml            # that tag against the working tree
        {"  "}scan diff nulmeting-2025 meting-2026 regenboog.toml
        {"  "}scan diff HEAD~1 HEAD --format html -o wijzigingen.html regenboog.toml
arg-diff-args = The older revision (a tag, commit hash, branch or e.g. `HEAD~1`), optionally the newer one (default: the working tree), then the session file (in a git repository)
arg-diff-format = Output format [default: the extension of -o, else md]
val-diff-format-md = Markdown (GitHub-flavoured), readable as plain text
val-diff-format-html = One self-contained HTML page, to open in a browser or print
val-diff-format-json = JSON for scripts; numbers at full precision
arg-diff-template = Your own template: a file used instead of the built-in one, or a folder whose templates override the built-in ones of the same name
arg-diff-output = Where to write (standard output when absent)
arg-diff-quiet = Print no notes, only problems
cmd-import = Bring answers collected elsewhere into a session file: form exports (CSV, XLSX, ODS from Microsoft Forms, Google Forms, LimeSurvey, KoboToolbox) and session files written by the form (`scan new --format form`)
    .long = Bring answers collected elsewhere into a session file: form exports (CSV, XLSX, ODS from Microsoft Forms, Google Forms, LimeSurvey, KoboToolbox) and session files written by the form (`scan new --format form`).

        One row is one respondent; a column belongs to an item when its header starts with the item's code (`A1`, `A1.`, `[A1]`, `groep_a/A1`) or ends in `[A1]`; `A1 toelichting` is the item's text, `A1 voorbeelden` its examples. Each respondent's value becomes one vote; other columns (ID, times, names, e-mail) are left out. The session file is edited in place, keeping its comments, and only when every value of every source is right.
    .after = Examples:
        {"  "}scan import antwoorden.xlsx --into regenboog.toml --team "Ouderavond 12 november" --type childcare
        {"  "}scan import export.csv --into regenboog.toml --team-column School --type primary --dry-run
        {"  "}scan import team-onderbouw.toml --into regenboog.toml      # a file the form wrote
arg-import-sources = CSV, XLSX or ODS exports, or session files (`.toml`)
arg-import-into = The session file to add the answers to; it must exist (see `scan new`)
arg-import-team = The team all rows belong to
arg-import-team_column = The column whose values name the teams (one team per distinct value)
arg-import-kind = The organisation type of teams that are not in the session yet
arg-import-role = The role of teams that are not in the session yet [default: parents]
arg-import-replace = Replace the votes, texts and examples of items a team already has votes on
arg-import-dry_run = Change nothing; show what would change as a diff
arg-import-map = A TOML file that names the item of headers scan does not recognise: `"Waarom wilt u partnerschap?" = "A1"`, `"Licht toe" = "A1 toelichting"`
arg-import-sheet = The sheet of a workbook to read [default: the first]
arg-import-verbose = Also say which columns were left out and how each CSV file was read
arg-import-quiet = Print only problems
cmd-explain = Explain a problem code that scan showed (like `score-out-of-range`): what it means, a wrong and a right example, and how to fix it
    .long = Explain a problem code that scan showed (like `score-out-of-range`): what it means, a wrong and a right example, and how to fix it.

        The explanation is in the language of messages (--lang, SCAN_LANG, the locale).
    .after = Examples:
        {"  "}scan explain score-out-of-range
        {"  "}scan explain --list
arg-explain-code = The code, as shown between brackets: `error[unknown-key]` → `unknown-key`
arg-explain-list = List every code with what it is about

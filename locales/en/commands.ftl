# What the commands say about how they were called, and what they wrote.

new-exists = `{ $path }` already exists; scan new never overwrites a file (choose another name)
new-usage = a new session file needs the organisation and at least one team type: `scan new --org NAME --type TYPE` (only the worksheet, `--format html`, can do without)
new-wrote = wrote { $path } ({ $teams ->
        [one] 1 team
       *[other] { $teams } teams
    }, { $items } items each)
new-teams-and-types = { $teams } team names and { $types } types: give one `--type` for every `--team` (in the same order), or one `--type` for all of them
form-usage = a form is for one team: give the organisation and one team type, `scan new --format form --org NAME --type TYPE [--team NAME]`
form-one-team = a form is for one team: give at most one `--team NAME`
templates-wrote = wrote { $written } templates to { $folder }{ $kept ->
        [0] {""}
       *[other] {" "}({ $kept } kept as they were)
    }; use them with `--template { $folder }`
man-cannot-render = cannot render the man page { $file }
man-wrote = wrote { $pages } man pages to { $folder }
format-extension-mismatch = --format { $format } does not match the output file's extension `.{ $ext }`
format-extension-mismatch-help = leave out --format (the extension chooses it), or name the file `….{ $format }`
format-not-written-mismatch = scan { $command } does not write `.{ $ext }` files, and --format { $format } does not match that extension
format-not-written-mismatch-help = name the output file `….{ $format }`
format-not-written = scan { $command } does not write `.{ $ext }` files
format-not-written-help = it writes { $writes }; name the output file after one of them, or give --format
format-unknown-extension = scan { $command } cannot tell the format from the extension `.{ $ext }`
format-unknown-extension-help = give --format ({ $writes }), or name the output file `….md`, `….html`, …
templates-kept = kept { $path } (it exists; scan never overwrites it)

# What scan says when it cannot write an output file (`-o FILE`, `scan new`, `scan fmt`).

output-is-input = refusing to write to `{ $path }`: it is one of the input files
output-is-toml = refusing to write to `{ $path }`: `.toml` files are scan files; give the output a name ending in .md, .html or .json
output-is-disk = refusing to write to `{ $path }`: it is a disk, not a file
output-rewrite-not-file = cannot rewrite `{ $path }`: it is not a regular file (format it with `scan fmt - < FILE`)
output-folder-is-file = cannot create the folder `{ $folder }`: `{ $file }` is a file, not a folder
output-cannot-create-folder = cannot create the folder `{ $folder }`
output-parent-is-file = cannot write `{ $path }`: `{ $folder }` is a file, not a folder
output-no-folder = cannot write `{ $path }`: the folder `{ $folder }` does not exist
output-is-folder = cannot write `{ $path }`: it is a folder
output-is-device = cannot write `{ $path }`: it is a device or a pipe, not a file
output-cannot-write-in = cannot write in `{ $folder }`
# The system's own reason (in English) follows after a colon.
output-cannot-write = cannot write `{ $path }`
output-exists = `{ $path }` already exists; scan never overwrites it (choose another name or remove it first)
output-wrote = wrote { $path }
report-no-sessions = there is no session file among the given paths (definition files have no report); give the session files, e.g. `scan report examples/`
report-many-to-stdout = { $n } session files give { $n } reports: write them to a folder with `-o DIR` (one report per file and an index page)
report-folder-looks-like-file = many session files (or a folder) give one report each, so `-o` must name a folder, but `{ $path }` looks like a file name; use e.g. `-o reports/`
# `definition` is the definition's id and version.
report-definition-note = note: `{ $path }` is a definition ({ $definition }), not a session; it has no report
report-wrote-folder = wrote { $reports ->
        [one] 1 report
       *[other] { $reports } reports
    } and { $index } to { $folder }

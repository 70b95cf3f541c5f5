# Problems with a file as a whole, and with the definition a session file names.

file-too-large = this file is { $size } MiB; scan reads files of at most { $limit } MiB
file-too-large-unknown-size = this file is more than { $limit } MiB; scan reads files of at most { $limit } MiB
file-too-large-help = a session file is a few hundred kilobytes at most; is this the right file?
encoding-utf16 = this file is in UTF-16; scan reads UTF-8
encoding-not-utf8 = this file is not valid UTF-8
encoding-help = save the file as UTF-8 (in most editors: Save As… → Encoding: UTF-8)
encoding-nul = this file contains a NUL byte, so it is not a text file
encoding-nul-help = is this the right file? Save it again as plain UTF-8 text
empty-file = this file is empty
empty-file-help = a session file starts with `definition = "partnerschapscan"` and a `[session]` table; `scan new` writes one to fill in
invalid-file = this file could not be read as a scan file
definition-conflict = this file names a definition and also carries one of its own
definition-conflict-help = keep either `definition = …` or the `[scan]`, `[scale]`, `[types]` and `[[criterion]]` tables
missing-key-definition = this session file does not say which definition it uses
missing-key-definition-help = add `definition = "partnerschapscan"` at the top, or the path of a definition file
unknown-definition = there is no built-in definition `{ $name }`
unknown-definition-help = the built-in definitions are { $builtins }; a definition file is named by its path, like "mijn-scan.toml"
unknown-definition-file = definition file `{ $path }` not found
unknown-definition-file-help = the path is relative to the folder of this session file
definition-invalid = definition file `{ $path }` has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }
definition-invalid-help = fix the definition file first; its problems are listed above
not-a-definition = this file is used as a definition but is not one (it has no `[scan]` table, or has `[session]` or `[[team]]`)
not-a-definition-help = a session's `definition` names a built-in id (see `scan list`) or a definition file with `[scan]`, `[scale]`, `[types]` and `[[criterion]]`
unknown-definition-path-help = the path is relative to the folder of this session file; a definition is a `.toml` file with a `[scan]` table
definition-not-toml = `{ $name }` is not a definition file: a definition file's name ends in `.toml`
definition-not-toml-help = name a built-in definition (see `scan list`) or a `.toml` file with a `[scan]` table
definition-system-file = `{ $path }` is a system file, not a definition file
definition-not-regular = `{ $path }` is not a regular file (a folder, device or pipe), so it cannot be a definition file
definition-not-toml-target = `{ $path }` leads to `{ $target }`, which is not a `.toml` file, so it cannot be a definition file
definition-hidden-invalid = `{ $path }` is not a valid scan definition, and it is outside this session's folder (or git repository), so its content is not shown
definition-hidden-not-definition = `{ $path }` is not a scan definition (it has no `[scan]` table or cannot be read as one), so its content is not shown
definition-hidden-help = check the session's `definition = …`; to see the file's own problems, run `scan validate { $path }`

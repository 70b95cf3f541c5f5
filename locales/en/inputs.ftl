# What scan says when it cannot read the files it was given.

input-missing = `{ $path }` does not exist
input-missing-help = check the name and the folder: scan looks for the path from the folder it is run in
input-missing-did-you-mean = did you mean `{ $path }`?
input-cannot-read = cannot read `{ $path }`
input-cannot-read-folder = cannot read the folder `{ $folder }`
input-cannot-read-stdin = cannot read standard input
input-cannot-open = cannot open `{ $path }`
input-none-found = no scan files found in the given paths (looked for *.toml)
input-none-found-help = name session files (`.toml`) or folders that hold them; names that start with a dot, and what `.gitignore` leaves out, are skipped
named-definition-missing = there is no built-in definition or definition file `{ $name }`: { $hint }
named-definition-builtins = the built-in definitions are { $builtins }; or give the path of a definition file
named-definition-is-session = `{ $path }` is a session file, not a definition; name the definition it uses

# What scan says when it cannot read the files it was given.

input-missing = `{ $path }` does not exist
input-cannot-read = cannot read `{ $path }`
input-cannot-read-folder = cannot read the folder `{ $folder }`
input-cannot-read-stdin = cannot read standard input
input-cannot-open = cannot open `{ $path }`
input-none-found = no scan files found in the given paths (looked for *.toml)
named-definition-missing = there is no built-in definition or definition file `{ $name }`: { $hint }
named-definition-builtins = the built-in definitions are { $builtins }; or give the path of a definition file
named-definition-is-session = `{ $path }` is a session file, not a definition; name the definition it uses

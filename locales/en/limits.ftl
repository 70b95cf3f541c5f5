# scan fmt on a file whose lines end in both CRLF and LF; limits of user templates.

fmt-mixed-line-endings = note: { $file } had lines ending in CRLF and in LF; { $crlf ->
        [yes] every line now ends in CRLF, like the first one
       *[no] every line now ends in LF, like the first one
    }
template-out-of-fuel = the template does too much work and was stopped (a loop without end, or text that keeps growing?)
template-output-too-large = the template writes more than { $limit } MiB and was stopped (a loop without end, or text that keeps growing?)
template-too-slow = the template ran for more than { $seconds } seconds and was stopped (a loop without end, or a list that keeps growing?)
template-missing = the template `{ $path }` does not exist; give a template file or a folder of templates (`scan templates export DIR` writes the built-in ones as a start)
template-not-file-or-folder = cannot use `{ $path }` as a template: it is neither a file nor a folder
template-wrong-kind = the template `{ $path }` cannot be used for this output: its name must end in `{ $ending }` like the built-in `{ $builtin }`, so that user text is escaped the right way
template-builtin = built-in template `{ $name }`
template-user = template `{ $path }`
template-at-line = { $origin } (line { $line })
template-error = template error
template-not-found = template not found
template-undefined = a value that does not exist is used
template-syntax = syntax error
template-unknown-filter = unknown filter
template-unknown-function = unknown function
template-unknown-test = unknown test
template-invalid-operation = invalid operation
template-bad-escape = bad escape

# What every command says about a run as a whole.

# The line after the diagnostics: `2 errors, 1 warning in 3 files`.
summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $files ->
        [one] 1 file
       *[other] { $files } files
    }

# How diagnostics are shown: `error[code]: …`, `= help: …`.
severity-error = error
severity-warning = warning
help-label = help
# The last word of a list: "`a`, `b` and `c`", "`a`, `b` or `c`".
list-and = and
list-or = or
did-you-mean = did you mean `{ $suggestion }`?

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

# What every command says about a run as a whole.

# The line after the diagnostics: `2 errors, 1 warning in 3 files`.
diagnostics-summary = { $errors ->
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

# After the summary line of `scan report`, `scan compare` and `scan fmt`.
left-out-of-reports = { $summary }; { $files ->
        [one] 1 file
       *[other] { $files } files
    } left out of the reports
validate-shows-warnings = { $summary } (`scan validate` shows the warnings)
fmt-not-formatted = { $files ->
        [one] 1 file not formatted (run `scan fmt` on it to fix)
       *[other] { $files } files not formatted (run `scan fmt` on them to fix)
    }
fmt-reformatted = { $files ->
        [one] 1 file
       *[other] { $files } files
    } reformatted
fmt-already-formatted = { $files ->
        [one] 1 file
       *[other] { $files } files
    } already formatted
fmt-left-invalid = { $files ->
        [one] 1 file with errors left as it is
       *[other] { $files } files with errors left as they are
    } (see `scan validate`)
fmt-failed = { $files ->
        [one] 1 file
       *[other] { $files } files
    } could not be formatted
fmt-nothing = no session files to format (definition files are left as they are)
# `--type` names a type the definition does not have (a usage error).
no-such-type = { $definition } has no organisation type `{ $kind }`. Its types are: { $types }
no-such-type-did-you-mean = { $definition } has no organisation type `{ $kind }`. Did you mean `{ $suggestion }`? Its types are: { $types }
unknown-language = unknown language `{ $lang }`: scan speaks Dutch (`--lang nl`) and English (`--lang en`)
# The progress bar of a long run on a terminal (compare, report -o DIR): its name, and the
# counts; `eta` reads "3s" or "2m".
progress-comparing = comparing
progress-reporting = writing reports
progress-files = { $pos }/{ $len } files ({ $eta } left)

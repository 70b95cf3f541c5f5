# What `scan compare` says on standard error.

compare-xlsx-stdout = a workbook cannot go to standard output
compare-xlsx-stdout-help = name the file to write with -o, e.g. `-o vergelijking.xlsx`
compare-excel-not-csv = --excel is for CSV
compare-excel-not-csv-help = add `--format csv`, or name the output file `….csv`
compare-strict-nothing = nothing compared: with --strict every file must be free of problems
compare-none-readable = nothing compared: none of the files could be read as a session
compare-no-sessions = no session files among the inputs (definition files are skipped); name the session files or the folders that hold them
compare-csv-no-examples = note: CSV holds the statistics only; the examples are in --format md, html or json
compare-warnings-note = note: { $warnings ->
        [one] 1 warning in the compared files; `scan validate` shows it
       *[other] { $warnings } warnings in the compared files; `scan validate` shows them
    }
# The closing line: "compared 3 teams in 2 groups from 3 files (by type, professionals)".
compare-done = compared { $teams ->
        [one] 1 team
       *[other] { $teams } teams
    } in { $groups ->
        [one] 1 group
       *[other] { $groups } groups
    } from { $files ->
        [one] 1 file
       *[other] { $files } files
    } ({ $by }, { $role })
# `by` is the value of --by.
compare-by = by { $by }
# `role` is the value of --role.
compare-role = { $role }
compare-all-roles = all roles
compare-left-out = ; left out { $groups ->
        [one] 1 group
       *[other] { $groups } groups
    } of fewer than { $min } teams ({ $teams ->
        [one] 1 team
       *[other] { $teams } teams
    })
compare-no-team-with-role = note: no team has the role `{ $role }`; try --role all
# `label` is "warning".
compare-mixed-versions = these files use different versions of `{ $definition }`; items are compared by code, and an item missing from a version has fewer teams:
compare-mixed-versions-line = {"  "}version { $version }: { $files }
# `label` is "error".
mixed-definitions = these files use different definitions, and answers to different scans cannot be compared:
mixed-definitions-line = {"  "}{ $definition } (version { $version }): { $files }
mixed-definitions-help = compare the files of each definition separately, e.g. one folder per scan
# After the first five files of a list.
files-and-more = { $list } and { $more } more

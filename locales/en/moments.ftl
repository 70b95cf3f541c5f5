# What `scan compare --at` and `scan history FOLDER` say about measurement moments.

# A file that does not validate at a past moment.
moments-left-out = warning[moment-invalid]: `{ $path }` does not validate at { $rev } ({ $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }), so it is left out of that moment
    = help: see the problems with `git show { $rev }:{ $path } | scan validate -`
moments-left-out-count = { $n ->
        [one] 1 file version was
       *[other] { $n } file versions were
    } left out of a moment because { $n ->
        [one] it does
       *[other] they do
    } not validate
moments-strict = with --strict every file must validate at every moment
moments-twice = the moment `{ $rev }` is named twice
    = help: name each revision once with --at, oldest first
moments-empty = none of the moments has a session file below the paths given
    = help: check the paths and revisions: `git ls-tree -r --name-only { $rev }` lists the files of a revision
moments-mixed = error[mixed-definitions]: the moments use different definitions, and answers to different scans cannot be compared: { $list }
moments-done = compared { $moments } moments ({ $files }), grouped by { $by }

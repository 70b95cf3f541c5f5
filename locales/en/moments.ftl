# What `scan compare --at` and `scan history FOLDER` say about measurement moments.

# A file that does not validate at a past moment.
moments-left-out = `{ $path }` does not validate at { $rev } ({ $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }), so it is left out of that moment
moments-left-out-help = see the problems with `git show { $rev }:{ $path } | scan validate -`
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
moments-empty-help = check the paths and revisions: `git ls-tree -r --name-only { $rev }` lists the files of a revision
moments-mixed = the moments use different definitions, and answers to different scans cannot be compared: { $list }
moments-done = compared { $moments } moments ({ $files }), grouped by { $by }
history-folder-no-commits = no commit changed a file below `{ $folder }`
    = help: commit the session files first (`git add { $folder }`, `git commit`); `scan history` reads their versions from git
history-folder-no-tags = no tag points at a commit of this history, so --tags-only has no moments
    = help: tag a measurement moment with `git tag nulmeting-2025 COMMIT` (`scan history { $folder }` shows every commit)
history-folder-empty = there is no session file below `{ $folder }` at any moment of its history
    = help: `git log --stat -- { $folder }` shows which files git has there
history-folder-done = history of { $organisations ->
        [one] 1 organisation
       *[other] { $organisations } organisations
    } across { $moments ->
        [one] 1 moment
       *[other] { $moments } moments
    }
moments-stdin = standard input has no history, so --at cannot read it
moments-stdin-help = name the files or folders in the git repository
moments-thread-failed = reading from git failed on another thread
moments-no-such-file = git has no such file at this revision
moments-missing-at = git has no `{ $path }` at { $rev }

# What `scan history` and `scan diff` say about the versions of a file in git.

history-no-commits = the repository of `{ $file }` has no commits yet, so there is no history
history-commit-first-help = commit the file first: `git add { $file }` and `git commit -m "…"`; then each later commit is a version
history-file-missing = `{ $file }` does not exist, and git has no version of it (on the current branch)
history-file-missing-help = check the file's name and folder; `git ls-files` lists the files git knows
history-never-committed = `{ $file }` has no history in git: it has never been committed (on the current branch)
git-shallow = { $message } (this is a shallow clone: earlier history is missing)
git-shallow-help = `git fetch --unshallow` fetches the rest of the history
version-commit = commit { $short }
version-commit-tagged = commit { $short } ({ $tags })
version-working-tree = the working tree
version-missing = git has no `{ $path }` in commit { $short }
version-path-outside = this path leaves the repository, so it has no version in git
diff-bad-revision = `{ $rev }` is not a revision name git understands
diff-usage = give one or two revisions, then the file: `scan diff REV [REV] FILE`
diff-not-in-work-tree = `{ $file }` is not in the working tree any more
diff-not-in-work-tree-help = name a second revision to compare two commits, e.g. `scan diff { $rev } HEAD { $file }`
diff-did-not-exist = `{ $file }` did not exist in commit { $short } ({ $date })
diff-did-not-exist-rev = `{ $file }` did not exist in `{ $rev }`, commit { $short } ({ $date })
diff-history-help = `scan history { $file }` lists the commits that changed it
# `versions` is "commit abc1234 and the working tree".
diff-cannot-compare = cannot compare: { $versions } { $count ->
        [one] has
       *[other] have
    } errors; fix them, or compare other versions (`scan history { $file }` lists them)
# A note when a later version uses another definition; `parts` is a list of the
# changes below, joined by "; ".
definition-changed = the definition changed in { $at } ({ $parts }); scores are compared by criterion and item code
definition-change-version = { $before } → { $after }
definition-change-scale = scale { $before } → { $after }
definition-change-criteria-added = criteria added: { $codes }
definition-change-criteria-removed = criteria removed: { $codes }
definition-change-items-added = items added: { $codes }
definition-change-items-removed = items removed: { $codes }
history-deleted = `{ $path }` was deleted in commit { $short } ({ $date })
history-shallow = this is a shallow clone: history before { $short } ({ $date }) is missing; `git fetch --unshallow` fetches it
history-no-tags = none of the { $commits } commits that changed `{ $file }` has a tag
history-unreadable = `{ $file }` has no readable version in git
history-tag-help = tag a measurement moment with `git tag nulmeting-2025 COMMIT` (`scan history { $file }` lists the commits)
history-unreadable-versions = { $invalid } of { $versions } versions could not be read; they are listed without scores, and each version is compared with the last readable one before it
note-label = note
version-is-definition = this version is a scan definition, not a session file

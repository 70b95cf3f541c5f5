# What `scan history`, `scan diff` and `--at` say when git cannot give an earlier version.

git-not-a-file-name = `{ $file }` is not a file name
git-not-a-file-name-help = name the session file, e.g. `scan history regenboog.toml`
git-folder-of-file-missing = the folder of `{ $file }` (`{ $folder }`) does not exist
git-folder-missing = the folder `{ $folder }` does not exist
git-is-a-folder = `{ $file }` is a folder, not a file
git-is-a-folder-help = name one session file, e.g. `scan history sessies/regenboog.toml`
git-not-in-repository = `{ $file }` is not in a git repository
git-not-in-repository-help = scan reads earlier versions from git; put the folder under git (`git init`, `git add`, `git commit`) and run this again
git-not-in-work-tree = `{ $file }` is not in a git working tree
git-not-in-work-tree-help = run scan on a checked-out copy of the repository, not inside `.git`
git-name-not-utf8 = `{ $file }`: scan reads git history only for file names in UTF-8
git-not-a-commit = `{ $rev }` is not a commit in this repository
git-not-a-commit-help = name a commit by its hash, a tag (`git tag` lists them), a branch, or e.g. `HEAD~1`
git-at-not-a-commit-help = name a measurement moment by a tag (`git tag` lists them), a commit hash, a branch, or e.g. `HEAD~1`
git-cannot-read = cannot read from git: { $reason }
git-did-not-finish = git did not finish: { $reason }
git-cat-file-failed = cannot talk to git cat-file
git-cat-file-ended = git cat-file ended early
git-missing-windows = Git for Windows is not installed (no `git.exe` in a folder on PATH)
git-missing-windows-help = install Git for Windows (https://git-scm.com/download/win), keep its option to use Git from the command line, then open a new terminal and check that `git --version` works
git-missing = git is not installed (the `git` program was not found)
git-missing-help = install git (https://git-scm.com) and make sure `git --version` works in this terminal
git-cannot-run = cannot run git: { $reason }
# `command` is git's own command (`rev-parse`), `reason` git's own words (English).
git-failed = git { $command } failed: { $reason }

# Wat `scan history`, `scan diff` en `--at` zeggen als git geen eerdere versie kan geven.
# Git is het programma dat eerdere versies van bestanden bewaart; een "commit" is een
# bewaarde versie, een "tag" de naam van zo'n versie (bijvoorbeeld een meetmoment).

git-not-a-file-name = `{ $file }` is geen bestandsnaam
git-not-a-file-name-help = noem het sessiebestand, bijvoorbeeld `scan history regenboog.toml`
git-folder-of-file-missing = de map van `{ $file }` (`{ $folder }`) bestaat niet
git-folder-missing = de map `{ $folder }` bestaat niet
git-is-a-folder = `{ $file }` is een map, geen bestand
git-is-a-folder-help = noem één sessiebestand, bijvoorbeeld `scan history sessies/regenboog.toml`
git-not-in-repository = `{ $file }` staat niet in een git-repository (een map waarvan git de versies bewaart)
git-not-in-repository-help = scan haalt eerdere versies uit git; zet de map onder git (`git init`, `git add`, `git commit`) en probeer het opnieuw
git-not-in-work-tree = `{ $file }` staat niet in een uitgecheckte kopie van de repository
git-not-in-work-tree-help = gebruik scan op de gewone map met de bestanden, niet binnen `.git`
git-name-not-utf8 = `{ $file }`: scan leest de git-geschiedenis alleen van bestandsnamen in UTF-8
git-not-a-commit = `{ $rev }` is geen bewaarde versie (commit) in deze repository
git-not-a-commit-help = noem een versie met zijn hash, een tag (`git tag` toont ze), een branch, of bijvoorbeeld `HEAD~1` (de versie ervoor)
git-at-not-a-commit-help = noem een meetmoment met een tag (`git tag` toont ze), een commit-hash, een branch, of bijvoorbeeld `HEAD~1` (de versie ervoor)
git-cannot-read = kan niet lezen van git: { $reason }
git-did-not-finish = git is niet goed afgesloten: { $reason }
git-cat-file-failed = kan geen verbinding maken met git cat-file
git-cat-file-ended = git cat-file stopte te vroeg
git-missing-windows = Git for Windows is niet geïnstalleerd (geen `git.exe` in een map van PATH)
git-missing-windows-help = installeer Git for Windows (https://git-scm.com/download/win), laat de optie aan om Git vanaf de opdrachtregel te gebruiken, open daarna een nieuw terminalvenster en kijk of `git --version` werkt
git-missing = git is niet geïnstalleerd (het programma `git` is niet gevonden)
git-missing-help = installeer git (https://git-scm.com) en kijk of `git --version` werkt in dit terminalvenster
git-cannot-run = kan git niet starten: { $reason }
# `command` is git's eigen opdracht (`rev-parse`), `reason` git's eigen woorden (Engels).
git-failed = git { $command } is mislukt: { $reason }

# Words about inputs and everyday steps of a facilitator.

# `--verbose`: a TOML file in a folder that is not about a scan.
walk-skipped = note: skipped `{ $file }`: a TOML file without any of a scan file's keys (`definition`, `[session]`, `[[team]]`, `[scan]`, …), so not a session or definition

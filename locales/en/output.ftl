# Writing reports into a folder (`scan report -o DIR`).

# After the messages of reports that could not be written; the others still were.
reports-not-written = { $n ->
        [one] 1 report could not be written (see above)
       *[other] { $n } reports could not be written (see above)
    }

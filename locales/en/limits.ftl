# scan fmt on a file whose lines end in both CRLF and LF; limits of user templates.

fmt-mixed-line-endings = note: { $file } had lines ending in CRLF and in LF; { $crlf ->
        [yes] every line now ends in CRLF, like the first one
       *[no] every line now ends in LF, like the first one
    }

# scan fmt on a file whose lines end in both CRLF and LF; limits of user templates.

fmt-mixed-line-endings = note: { $file } had lines ending in CRLF and in LF; { $crlf ->
        [yes] every line now ends in CRLF, like the first one
       *[no] every line now ends in LF, like the first one
    }
template-out-of-fuel = the template does too much work and was stopped (a loop without end, or text that keeps growing?)
template-output-too-large = the template writes more than { $limit } MiB and was stopped (a loop without end, or text that keeps growing?)
template-too-slow = the template ran for more than { $seconds } seconds and was stopped (a loop without end, or a list that keeps growing?)

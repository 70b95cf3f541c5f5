# scan fmt op een bestand met regels die op CRLF en op LF eindigen; grenzen van eigen sjablonen.

fmt-mixed-line-endings = let op: in { $file } eindigden regels op CRLF en op LF; { $crlf ->
        [yes] nu eindigt elke regel op CRLF, zoals de eerste
       *[no] nu eindigt elke regel op LF, zoals de eerste
    }

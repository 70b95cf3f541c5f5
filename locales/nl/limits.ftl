# scan fmt op een bestand met regels die op CRLF en op LF eindigen; grenzen van eigen sjablonen.

fmt-mixed-line-endings = let op: in { $file } eindigden regels op CRLF en op LF; { $crlf ->
        [yes] nu eindigt elke regel op CRLF, zoals de eerste
       *[no] nu eindigt elke regel op LF, zoals de eerste
    }
template-out-of-fuel = het sjabloon doet te veel werk en is gestopt (een lus zonder einde, of tekst die blijft groeien?)
template-output-too-large = het sjabloon schrijft meer dan { $limit } MiB en is gestopt (een lus zonder einde, of tekst die blijft groeien?)
template-too-slow = het sjabloon liep langer dan { $seconds } seconden en is gestopt (een lus zonder einde, of een lijst die blijft groeien?)

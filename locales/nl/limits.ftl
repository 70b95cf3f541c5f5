# scan fmt op een bestand met regels die op CRLF en op LF eindigen; grenzen van eigen sjablonen.

fmt-mixed-line-endings = let op: in { $file } eindigden regels op CRLF en op LF; { $crlf ->
        [yes] nu eindigt elke regel op CRLF, zoals de eerste
       *[no] nu eindigt elke regel op LF, zoals de eerste
    }
template-out-of-fuel = het sjabloon doet te veel werk en is gestopt (een lus zonder einde, of tekst die blijft groeien?)
template-output-too-large = het sjabloon schrijft meer dan { $limit } MiB en is gestopt (een lus zonder einde, of tekst die blijft groeien?)
template-too-slow = het sjabloon liep langer dan { $seconds } seconden en is gestopt (een lus zonder einde, of een lijst die blijft groeien?)
template-missing = het sjabloon `{ $path }` bestaat niet; geef een sjabloonbestand of een map met sjablonen (`scan templates export MAP` schrijft de ingebouwde sjablonen als begin)
template-not-file-or-folder = `{ $path }` kan geen sjabloon zijn: het is geen bestand en geen map
template-wrong-kind = het sjabloon `{ $path }` past niet bij deze uitvoer: de naam moet eindigen op `{ $ending }`, net als het ingebouwde `{ $builtin }`, zodat tekst van gebruikers op de juiste manier wordt beveiligd (escaped)
template-builtin = ingebouwd sjabloon `{ $name }`
template-user = sjabloon `{ $path }`
template-at-line = { $origin } (regel { $line })
template-error = fout in het sjabloon
template-not-found = sjabloon niet gevonden
template-undefined = er wordt een waarde gebruikt die niet bestaat
template-syntax = schrijffout in het sjabloon (syntaxfout)
template-unknown-filter = onbekend filter
template-unknown-function = onbekende functie
template-unknown-test = onbekende test
template-invalid-operation = ongeldige bewerking
template-bad-escape = ongeldige escape-reeks

# `scan explain CODE`: woorden rond de uitleg (die staat in explain/<taal>/).

explain-unknown = `{ $code }` is geen code van scan; `scan explain --list` toont ze allemaal
explain-unknown-did-you-mean = `{ $code }` is geen code van scan; bedoel je `{ $suggestion }`?
# Het eind van de hulpregel bij een melding: waar meer uitleg staat.
explain-pointer = { $help } — zie `scan explain { $code }`
explain-pointer-alone = wat dit betekent en hoe je het oplost: `scan explain { $code }`

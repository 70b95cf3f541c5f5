# `scan explain CODE`: words around the explanations (which live in explain/<lang>/).

explain-unknown = `{ $code }` is not a code scan uses; `scan explain --list` lists them all
explain-unknown-did-you-mean = `{ $code }` is not a code scan uses; did you mean `{ $suggestion }`?
# The end of a diagnostic's help line: where to read more.
explain-pointer = { $help } — see `scan explain { $code }`
explain-pointer-alone = what this means and how to fix it: `scan explain { $code }`

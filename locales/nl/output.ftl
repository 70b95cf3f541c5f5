# Rapporten in een map schrijven (`scan report -o MAP`).

# Na de meldingen over rapporten die niet geschreven konden worden; de andere wel.
reports-not-written = { $n ->
        [one] 1 rapport kon niet worden geschreven (zie hierboven)
       *[other] { $n } rapporten konden niet worden geschreven (zie hierboven)
    }

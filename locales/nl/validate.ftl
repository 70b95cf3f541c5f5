# Problemen met wat een definitie- of sessiebestand zegt (controle), per code.

bad-id-definition = de id `{ $id }` van de definitie mag alleen kleine letters, cijfers en `-` bevatten
bad-id-definition-help = bijvoorbeeld `id = "{ $suggestion }"`
bad-id-type = de id `{ $id }` van een type mag alleen kleine letters, cijfers en `-` bevatten
bad-id-type-help = bijvoorbeeld `{ $suggestion } = "{ $label }"`; de naam na `=` mag elke tekst zijn
bad-language = `{ $language }` is geen taalcode
bad-language-help = gebruik een code als "nl" of "en"
bad-scale-order = het hoogste punt van de schaal (`max` = { $max }) moet groter zijn dan het laagste (`min` = { $min })
bad-scale-order-help = een schaal loopt van een lage naar een hoge score, bijvoorbeeld `min = 1` en `max = 4`
bad-scale-limit = de schaal { $min }–{ $max } gaat verder dan de scores waarmee scan rekent ({ $lowest }–{ $highest })
bad-scale-size = de schaal { $min }–{ $max } heeft meer dan 101 scores
bad-scale-size-help = een schaal heeft maar een paar scores, zoals 1–4 of 1–5
label-count = de schaal { $min }–{ $max } heeft { $want } scores, maar { $labels ->
        [one] 1 omschrijving
       *[other] { $labels } omschrijvingen
    }
label-count-help = geef elke score precies één omschrijving, { $want } in totaal, de laagste eerst
empty-text-scale-label = een omschrijving van de schaal is leeg
empty-text-scale-label-help = elke score heeft een omschrijving nodig die mensen kunnen lezen
missing-key-no-types = de tabel `[types]` van de definitie noemt geen enkel type organisatie
missing-key-no-types-help = zet er minstens één in, bijvoorbeeld `primary = "Primair onderwijs"`
empty-title-type = type `{ $id }` heeft een lege naam
empty-title-type-help = schrijf de naam die mensen voor dit soort organisatie gebruiken, bijvoorbeeld `primary = "Primair onderwijs"`
missing-key-no-criteria = de definitie heeft geen criteria
bad-code = de code `{ $code }` van { $kind ->
        [item] een item
       *[criterion] een criterium
    } mag alleen letters, cijfers, `.`, `-` en `_` bevatten (hoogstens 32 tekens)
bad-code-help = codes zijn kort, zoals `A` voor een criterium en `A1` voor een item
duplicate-code = de code `{ $code }` komt twee keer voor
duplicate-code-help = hij staat al op regel { $line }; elk criterium en elk item heeft een eigen code nodig
empty-title-criterion = criterium { $code } heeft een lege titel
empty-title-criterion-help = geef elk criterium een titel die mensen herkennen
empty-title-item = item { $code } heeft een lege titel
empty-title-item-help = geef het een korte titel, of laat `title` weg
empty-title-question = item { $code } heeft een lege vraag
empty-title-question-help = schrijf de vraag die het team beantwoordt
missing-key-no-items = criterium { $code } heeft geen items
duplicate-team = er zijn twee teams met de naam "{ $name }"
duplicate-team-help = het eerste staat op regel { $line }; geef elk team een eigen naam, bijvoorbeeld met de datum of de groep erbij
unknown-type = team "{ $team }" heeft type `{ $kind }`, maar dat type kent { $definition } niet
unknown-type-did-you-mean = bedoel je `{ $suggestion }`? De types van { $definition } zijn { $types }
unknown-type-help = de types van { $definition } zijn { $types }
unknown-role = team "{ $team }" heeft een onbekende rol: `{ $role }`
unknown-role-help = een rol is { $roles }
unknown-item = team "{ $team }" beantwoordt item `{ $code }`, maar dat item heeft { $definition } niet
unknown-item-is-criterion = `{ $code }` is een criterium; je antwoordt per item: { $items }
unknown-item-help = de items van { $definition } zijn { $items }
score-out-of-range = score { $value } valt buiten de schaal { $scale }
score-out-of-range-vote = stem { $value } valt buiten de schaal { $scale }
score-out-of-range-help = gebruik een heel getal van { $min } tot en met { $max }{ $labels }
na-with-score = antwoord { $code } van team "{ $team }" staat op `na` (niet van toepassing), maar heeft een score
na-with-score-help = een item dat niet van toepassing is heeft geen score: haal `score` weg, of haal `na = true` weg
na-with-votes = antwoord { $code } van team "{ $team }" staat op `na` (niet van toepassing), maar heeft stemmen
na-with-votes-help = een item dat niet van toepassing is heeft geen stemmen: haal `votes` weg, of haal `na = true` weg
na-without-text = antwoord { $code } van team "{ $team }" staat op `na` (niet van toepassing), maar zegt niet waarom
na-without-text-help = schrijf in `text` waarom dit niet van toepassing is, zodat lezers van het verslag het weten
empty-team = team "{ $team }" heeft nog helemaal geen antwoorden
empty-team-help = zet de antwoorden onder `[team.answers.{ $code }]` enzovoort, of haal het team weg
unanswered-items = team "{ $team }" heeft { $missing } van de { $items } items niet beantwoord: { $codes }
unanswered-items-help = het verslag laat zien hoe volledig de antwoorden zijn, alles invullen is niet verplicht; beantwoord ze, of zet `na = true` met een reden
unknown-item-target = er is een doel voor `{ $code }`, maar dat heeft { $definition } niet
unknown-item-target-help = een doel hoort bij een criterium ({ $criteria }) of een item ({ $items })
target-out-of-range = doel { $target } voor { $code } valt buiten de schaal { $scale }
target-out-of-range-help = een doel is een score van { $min } tot en met { $max }
unknown-item-action = actie "{ $title }" hoort bij `{ $code }`, maar dat heeft { $definition } niet
unknown-item-untitled-action = een actie hoort bij `{ $code }`, maar dat heeft { $definition } niet
unknown-item-action-help = noem een criterium ({ $criteria }) of een item ({ $items })
unknown-status = onbekende status `{ $status }`
unknown-status-help = een status is { $statuses }

action-without-owner = actie "{ $title }" heeft geen eigenaar
action-without-owner-untitled = een actie heeft geen eigenaar
action-without-owner-help = zet erbij wie de actie oppakt: `owner = "Team onderbouw"` (een persoon, een team of een rol)
action-without-due = actie "{ $title }" heeft geen datum
action-without-due-untitled = een actie heeft geen datum
action-without-due-help = zet erbij wanneer de actie klaar is: `due = 2027-02-01` (jaar-maand-dag, zonder aanhalingstekens)
bad-participants = team "{ $team }" heeft { $count } deelnemers, minder dan nul
bad-participants-help = schrijf hoeveel mensen meededen: 0 of meer, bijvoorbeeld `participants = 12`

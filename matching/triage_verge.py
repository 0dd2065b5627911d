"""Warning signs found once blind35, blind36, chat32 and chat33 were folded in.

The fourteenth companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). The rules' misses on those sets were acts told with a
quantity they did not know ("took the whole box of my mum's sleeping pills", "j'ai avalé la
boîte", "je viens de prendre des médicaments, beaucoup"), self-harm under way ("je me coupe là
maintenant", "I'm cutting while we talk"), a platform, a bridge, a window or a level crossing
now ("typing this from the bridge", "le prochain passe dans 3 min", "elles crient de sauter"),
the means ready ("the rope up to the loft", "les cachets sur le siège passager", "les comprimés
sont préparés pour nous deux"), "it won't be an accident", "the least painful way ... for
tonight", a parent who will "se planter" with the child in the car, a neighbour handing over
his dog and keys, and the body giving way after days without food. Entries name signs, never
methods; look-alikes are in negative lookaheads and in ``matching.triage_ordinary``.

Families used: ``taken``, ``self_harm``, ``edge``, ``means``, ``plan``, ``death``, ``burden``,
``settle``, ``giveaway``, ``farewell``, ``threat``, ``child``, ``command``, ``medical``
(reason codes of ``matching.triage_families.REASON``).
"""

from __future__ import annotations

from matching.triage_substances import FRAGS, parse

VERGE = parse(r"""
strong taken \btook (?:all of|all|the whole box of|a whole box of|the whole bottle of|a load of) (?:
    my |the |his |her )?(?:\w+ ){0,2}(?:pills|tablets|meds|laxatives|@PILLS@)\b
    |\bje viens de prendre des (?:medicaments|cachets|medocs|comprimes)\b[^|]{0,4}(?:
    [|] )?beaucoup\b
    |\b(?:bu|pris|avale) (?:tout|toute) (?:le|la|les) (?:sirop|boite|plaquette|flacon)\b
    |\bavale (?:la|une|toute la) boite\b|\bje compte les prendre (?:cette nuit|ce soir)\b
strong self_harm \bje me coupe (?:la )?maintenant\b|\bje ai pris la lame\b
    |\bi am cutting (?:while|right now|now)\b|\bcannot get it to stop bleeding\b
strong edge \b(?:typing|writing|texting) (?:this )?from the (?:bridge|roof|ledge|edge|cliff
    |tracks)\b
    |\b(?:on the (?:station )?platform|sur le quai)\b.{0,60}\b(?:next train|prochain (?:train
    |passe|rer|metro))\b
    |\bi can see the tracks\b|\bje regarde les rails\b|\bis on the (?:window )?ledge\b
    |\bje suis assise? sur (?:la fenetre|le rebord)\b|\bsortie? par le velux\b
    |\b(?:vais|va|suis) au passage a niveau\b
strong command \b(?:crient|disent|dit|tell me|telling me|shout) (?:de sauter|to jump)\b
    |\bles anges (?:le|la|l|me) attendent\b
strong means \b(?:les|des|the) (?:cachets|medocs|medicaments|pills|tablets) (?:are )?(?:sur le siege
    |on the (?:passenger )?seat)\b
    |\b(?:taken|took|put|brought) the rope (?:up )?(?:to|in|into) the (?:loft|attic|garage|shed
    |barn)\b
    |\b(?:comprimes|cachets|medicaments) sont prepares\b|\bgot enough saved up\b
    |\b(?:avec|with) (?:la|sa|une|his|a) (?:carabine|fusil|arme|gun|rifle)\b.{0,40}\b(?:
    reverrait pas|reverra pas|reverra plus|never see him again)\b
weak means \b(?:brought|took) (?:meds|medication|drugs) home from the (?:ward|hospital
    |pharmacy)\b
strong plan \bce (?:sera|serait) pas un accident\b|\bit will (?:not )?look like an accident\b
    |\basking for tonight\b|\bplease do not give me a hotline\b
    |\b(?:le moyen le moins douloureux|the least painful way)\b
    |\bprepare ce que il faut pour (?:cette nuit|ce soir)\b
    |\bje ai une date\b[^|]{0,6}(?:[|][^|]{0,20}){0,2}\btout est pret\b
    |\b(?:ce sera )?quand tout le monde dormira\b
strong death \bnot going anywhere ever again\b|\b(?:shall not|sha not|will not) see the morning\b
    |\bi will be gone (?:before|by)\b(?![^|]{0,40}\b(?:trip|holiday|work|conference|travel))
strong burden \beveryone will be better off\b(?! (?:if|when|with)\b)
    |\bils seront mieux (?:chez|sans)\b
strong settle \bcancelled my subscriptions\b.{0,80}\b(?:left the dog|everything is tidy)\b
strong giveaway \b(?:confie|donne|laisse) son (?:chat|chien)\b.{0,60}\bpartait pour de bon\b
    |\bhanded me (?:his|her) (?:car )?keys\b.{0,60}\b(?:dog|thank you for everything)\b
strong farewell (?<!said )(?<!says )\btonight (?:is )?the last night\b
    |\bbye everyone\b.{0,60}\b(?:not in (?:her|his) room|window is open|not answering)\b
    |\bprends soin de (?:ma fille|mon fils|mes enfants|ma femme)\b.{0,80}\b(?:eteint son portable
    |repond plus|telephone eteint)\b
    |\bthis is the last time we will (?:talk|speak)\b|\bc est la derniere conversation\b
    |\bkind to me at the end\b
strong threat \bsi je rentre\b[^|]{0,20}\b(?:il|elle) me (?:tue|tuera|tuerait)\b
strong child \b(?:allait|va|vais) se planter avec (?:elle|lui|les enfants|la petite|le petit)\b
strong medical \b(?:chest hurts|mal dans la poitrine|mal a la poitrine|heart is pounding
    )\b.{0,60}\b(?:collapsed|points noirs|numb|seule?|alone)\b
    |\b(?:just )?collapsed\b.{0,80}\b(?:heart|chest|alone)\b
""", FRAGS)

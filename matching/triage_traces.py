"""Warning signs found once blind23, blind24, chat20 and chat21 were folded in.

The eighth companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). What the rules missed on those sets was mostly a trace
rather than a word: a door left open "so they find me", a room paid for one night, belongings
boxed with names on them, life insurance in someone's name, "you will be the last to hear from
me", "tomorrow you will understand", "gone by morning"; someone on the floor with blue lips; a
relative's apology to the whole family, then silence; a partner's threat "if I leave"; a child
on a ledge or alone for hours; and during a conversation "I'm writing from the cupboard", "the
stuff is working", "after tonight I won't need the advice". Entries name signs, never methods or
how-to; their look-alikes are in the negative lookaheads (names of the rooms on moving boxes, a
nosebleed, a door left open for the cat).

Families used: ``taken``, ``means``, ``edge``, ``act``, ``plan``, ``farewell``, ``settle``,
``giveaway``, ``missing``, ``medical``, ``self_harm``, ``child``, ``attack``, ``threat``,
``hiding``, ``death``, ``ending``, ``burden``, ``relative_at_risk``, ``wish``, and the contexts
``witness``, ``secret``, ``calm``, ``after``, ``staring``, ``unreachable``, ``stay``, ``time``,
``alone``, ``outside``, ``returned`` (reason codes of ``matching.triage_families.REASON``).
"""

from __future__ import annotations

from matching.triage_substances import FRAGS, parse

TRACES = parse(r"""
frag KIDS (?:les enfants|mes enfants|ses enfants|nos enfants|the kids|my kids|the children
    |my children|his kids|her kids|ma fille|mon fils|my daughter|my son)
strong plan \b(?:porte|door)\b[^|]{0,30}\b(?:pour que (?:on|ils|elles|quelqu un|les secours) (?:
    me |nous )?(?:trouve|trouvent|retrouve|retrouvent)|so (?:that )?(?:they|someone|people|you) (?:
    can |will |could )?find me)\b
    |\b(?:talking myself into it|je me (?:convaincs|persuade) de le faire)\b
    |\b(?:me dites|me dis|dites moi|dis moi) pas de (?:pas|ne pas) le faire\b
    |\b(?:do not|dont) tell me not to@END@
    |\b(?:pas|plus) (?:l intention|envie) de y arriver\b
    |\b(?:do not|dont) (?:intend|plan) (?:on|to) (?:make it|get there|see it)\b
    |\b(?:i know|je sais que) (?:it is|c est) (?:time|le moment|l heure)@END@
    |\b(?:tonight|today|ce soir) (?:feels|seems) (?:right|like the night)@END@
    |\b(?:a minuit|cette nuit|at midnight|by midnight) (?:ce sera|tout sera|it will (?:all )?be) (?:
    fini|termine|over)@END@
    |\bafter tonight i (?:will not|wont|will no longer) need\b
    |\bapres ce soir (?:je )?(?:en )?(?:aurai|aurais) plus besoin\b
    |\b(?:je ai|i have) decided?@END@(?= [|] c est (?:ce soir|cette nuit|aujourdhui|demain)\b)
strong farewell \b(?:serez|seras|etes|es) (?:les? |la )?(?:derniers?|dernieres?) a (?:avoir|recevoir
    |lire) (?:de )?mes nouvelles\b
    |\byou (?:will be|are|re) the last (?:ones? |people |person )?to hear from me\b
    |\bsi (?:on|quelqu un|la police|les gendarmes) (?:vous|te) (?:appelle|contacte|previent) (?:
    pour|a propos de|au sujet de) moi\b|\bif (?:someone|anyone|the police) (?:calls
    |contacts) you (?:
    about|for) me\b
    |\b(?:demain|bientot) (?:tu|vous) (?:comprendras|comprendrez)@END@
    |\b(?:tomorrow|soon) you (?:will|ll) understand@END@
    |\blast time i (?:will|ll) (?:bother|disturb) (?:anyone|you|anybody|people)\b
    |\bderniere fois que je (?:vous |te )?(?:derange|embete)\b(?![^|]*\b(?:avant|jusqu|promis)\b)
    |\b(?:dire|tell) (?:a )?(?:ses|his|her|mes|my) (?:enfants|kids|children|famille
    |family)\b[^|]{0,6}
    \b(?:que (?:il|elle|je) les aime|(?:he|she|i) loves? them)\b
    |\b(?:photo|pic|picture)\b[^|]{0,25}\b(?:bridge|pont|tracks|voies|rails|cliff
    |falaise)\b[^|]{0,6}
    \b(?:and|et) (?:sorry|pardon|desole)\b
strong death \b(?:i will|i ll|ill) be gone (?:by|before) (?:morning|tomorrow|the morning|midnight
    |sunrise)\b|\bil me reste plus que a (?:partir|me en aller)@END@
    |\b(?:if|whether) the pain stops after@END@
strong wish \bje ai pas envie que on me sauve\b
strong giveaway \b(?:cartons?|boxes|boites|sacs)\b[^|]{0,20}\b(?:avec (?:des |les |leurs )?noms
    |with (?:names|their names|people s names))\b(?! (?:des pieces|of the rooms|dessus des pieces))
strong medical \b(?:lips?|levres?) (?:look |are |sont |is |turning |deviennent )?(?:blue|bleues?)\b
    |\b(?:on the floor|par terre|au sol|collapsed|effondree?|tombee? (?:par terre
    |dans le couloir))\b
    [^|]{0,40}\b(?:not (?:responding|answering|breathing|moving)|unresponsive|ne (?:repond|respire
    |bouge) (?:pas|plus))\b|\b(?:not responding|unresponsive|inconsciente?)\b[^|]{0,5}[|] (?:
    his|her|ses) (?:lips|levres)\b
    |(?<!nose )(?<!nose is )(?<!nose has been )\bbleeding\b[^|]{0,40}\b(?:not (?:slowing
    |stopping)|will not stop|wont stop)\b
strong self_harm \b(?:i have|i ve) cut\b[^|]{0,20}\b(?:deep|too deep)\b
    |\bje me suis coupee? (?:trop )?profond\w*\b
strong child \b(?:boy|girl|child|kid|toddler|enfant|petit|petite|bebe|baby)\b[^|]{0,40}\b(?:
    window ledge|on the ledge|rebord de la fenetre|sur le rebord|sur la rambarde|on the railing)\b
strong threat \bsi je (?:pars|le quitte|la quitte|me en vais)\b[^|]{0,30}\b(?:il|elle) (?:tue|tuera
    |va tuer|nous tue|les tue)\b|\b(?:il|elle) nous tue tous\b
    |\bif i (?:leave|go)\b[^|]{0,30}\b(?:he|she) (?:will |ll |is going to |would )?kill\b
strong taken \btook the lot@END@|\bit is done\b[^|]{0,5}[|]? i (?:took|swallowed) them\b
    |\b(?:already|deja) swallowed (?:them|it all|everything)\b
strong hiding \b(?:je (?:te|vous) ecris|i am (?:texting|writing)(?: you)?) (?:depuis|from) (?:
    le placard|la salle de bain|les toilettes|sous le lit|the closet|the wardrobe|the bathroom
    |under the bed|the cupboard)\b
weak means \b(?:avec|with) (?:la|une|the|a) (?:corde|rope)\b
    |\b(?:the|le|un|a|my|mon) (?:knife|couteau) (?:is )?(?:next to me|a cote de moi|in my hand
    |dans (?:la|ma) main|dans la main)\b|\bje ai le couteau dans la main\b
    |\b(?:la boite|the box|the bottle|la plaquette|le flacon|the pills|les cachets) (?:is |are )?(?:
    dans (?:la|ma) main|in my hand)\b|\bje ai la boite dans la main\b
    |\b@PILLS@ (?:are|sont) (?:la|here|right here|on the bedside table|sur la table de nuit
    |by my bed
    |pres de moi)@END@|\bpills are on the bedside table\b
    |\bsaving (?:them|my pills|pills|tablets|my tablets) up\b
    |\b(?:service weapon|weapon|gun|arme|fusil|pistolet)\b[^|]{0,30}\b(?:put it on the table
    |on my lap|in my lap|sur mes genoux|posee? sur la table)\b
    |\bje ai tout avec moi\b|\bi have (?:got )?everything (?:with me|on me)\b
    |\bavec ce (?:que il|qu il) (?:faut|me faut)\b|\bje ai (?:ramene
    |apporte|pris) de quoi@END@
    |\b(?:sending|sent) me (?:pictures|photos|pics) of (?:the|a|his|her) (?:knife|gun|pills|rope)\b
weak taken \btook some of (?:my |his |her |the )?\w+ ?(?:tablets|pills|meds)\b
    |\b(?:the )?(?:stuff|pills|tablets) (?:is|are) (?:starting to )?(?:working|kicking in)\b(?! (?:
    better|well|great)\b)|\bca commence a faire effet\b
    |\bi (?:took|swallowed) them@END@|\bdes boites vides par terre\b|\bempty (?:packets
    |boxes) on the floor\b
weak medical \b(?:a lot of|lots of|so much|beaucoup de|plein de) (?:blood|sang)\b(?! (?:test|tests
    |donation|don))|\bthere is blood\b|\b(?:blood|sang) (?:under the door|sous la porte)\b
    |\b(?:pas|plus) bouge depuis\b|\bhas not moved since\b
weak act \b(?:jete|arrete|stopped|threw away|thrown away) (?:tous )?(?:mes|my|all my) (?:
    medicaments|traitements?|meds|medication|pills|cachets)\b[^|]{0,30}\b(?:expres|on purpose
    |deliberately)\b|\b(?:jete|threw away) (?:tous )?(?:mes|my) (?:medicaments|meds
    |pills)\b[^|]{0,30}
    [|] (?:expres|on purpose)\b
    |^ i just tried@END@|\bje viens de (?:essayer|tenter)@END@
    |\bje ai commence@END@(?= [|] (?:je peux plus|impossible de) revenir\b)
weak plan \b(?:ferme a cle|locked (?:the door|myself in))\b[^|]{0,20}\b(?:tout prepare
    |everything ready|prepared everything)\b
    |\b(?:chambre|room) (?:pour|for) (?:une|one) (?:nuit|night) (?:seulement|only)\b
    |\b(?:decide|decided) (?:de |to )?(?:partir|leave|go) (?:ce soir|cette nuit|tonight)@END@
    |\b(?:peux|pourrai|pourrais) plus (?:revenir|faire marche) en arriere\b|\bno going back now\b
    |\bwhile it happens\b(?![^|]*\b(?:surgery|operation|scan|birth|labour|accouchement)\b)
    |\bc est fini pour moi\b(?! (?:le|la|les|ce|cette|avec|pour)\b)
weak edge \b(?:i am|im) (?:in my car |already )?at the place@END@|\bin my car at the place\b
    |\b(?:i am|im|je suis) (?:near|by|next to|au bord de) (?:the |l |la )?(?:water|eau|river
    |riviere|lake|lac|canal)(?: now| right now| la)?@END@
weak settle \b(?:put on|mis) (?:my |ma |mes )?(?:nice|best|plus belle|belle|beaux) (?:clothes|dress
    |robe|habits|vetements)\b[^|]{0,30}\b(?:tidied|cleaned|range|nettoye)\b
    |\b(?:tout )?mettre (?:tout )?au nom de (?:ma|mon|mes)\b(?![^|]*\b(?:notaire|donation)\b)
    |\bputting everything in (?:my|her|his) \w+ name\b
    |\b(?:assurance (?:vie|deces)|life insurance)\b[^|]{0,40}(?:[|] )?\b(?:c est deja ca
    |au moins (?:elle|il|ils) (?:touchera|toucheront|aura|auront)
    |at least (?:she|he|they) (?:will|ll) (?:get|have))\b
    |\bpaid (?:off )?all (?:the|my) bills\b[^|]{0,30}\b(?:sold|given|gave)\b
    |\bsold the car\b[^|]{0,4}
    [|] paid (?:off )?all\b
weak giveaway \b(?:the |my )?(?:cat|dog|chat|chien|hamster|rabbit|lapin) (?:has
    |a) (?:a )?(?:new home
    |nouvelle famille|nouveau foyer|new family)\b|\bfini de tout donner\b
weak farewell \b(?:the )?letters are (?:posted|sent)\b|\bles lettres sont (?:postees|envoyees)\b
    |\becrire (?:mes|des) (?:au revoir|adieux)\b|\bwriting (?:my )?goodbyes\b
    |\b(?:sorry|pardon|desolee?) (?:to|a) (?:my|mes|mon|ma) (?:kids|children|enfants|family|famille
    |parents)@END@
    |\b(?:message|mail|texto|sms|post)\b[^|]{0,30}\b(?:pour )?se excuser de tout\b
    |\b(?:last post|dernier post|dernier message)\b[^|]{0,40}\b(?:thank you to everyone|merci a tous
    |goodbye|adieu)\b|\bprepare son depart\b(?![^|]*\b(?:retraite|vacances|voyage|demenagement)\b)
    |\blogging off for good\b|\bje me deconnecte (?:pour de bon|definitivement)\b
    |\bthank you for being (?:so )?(?:kind|nice|gentle) to me\b|\bmerci de avoir ete (?:si )?(?:
    gentille?|douce) avec moi\b
    |\bone last time\b[^|]{0,8}[|] sorry to everyone\b
    |\bsent me a (?:photo|pic|picture) and sorry\b|\b(?:photo|pic) (?:and|et) (?:sorry|pardon
    |desole)\b
weak burden \b(?:aura|auront|will not have|wont have) (?:plus|pas|no more) (?:a|to) (?:se occuper
    |look after|take care) (?:de moi|of me)\b
weak missing \b(?:volets|shutters|curtains|rideaux)\b[^|]{0,30}\b(?:depuis|for) (?:\d+|deux|trois
    |quelques|two|three|several) (?:jours|days)\b
weak relative_at_risk \b(?:sitting|assis|est) (?:in|dans) (?:the|his|her|sa|la) (?:car|voiture)\b
    [^|]{0,20}\b(?:forest|foret|woods|bois)\b|\bdans la foret avec\b
    |\b(?:he|she) (?:says|said) (?:he|she) (?:will|ll) do it if\b
weak attack \bil casse tout\b|\bsmashing (?:everything|the place)\b|\b(?:il|he) (?:tape|cogne
    |bangs|is banging) (?:dans|sur|on) la porte\b|\bbanging on the door\b
weak child \b(?:attrape|grabbed|secoue|shoved|frappe) (?:@KIDS@)\b
    |\b(?:bebe|baby|toddler)\b[^|]{0,30}\b(?:hurle|pleure|crie|screaming|crying)\b[^|]{0,10}
    \b(?:depuis des heures|for hours)\b
weak threat \b(?:all|tous) (?:be )?(?:together|ensemble) (?:forever|pour toujours
    |a jamais)\b[^|]{0,8}
    \b(?:after tonight|ce soir|apres ce soir|tonight)\b
context witness \b(?:sais|savais) (?:meme )?pas pourquoi je (?:vous|te) ecris\b
    |\b(?:not sure|no idea|do not know|dont know) why i am (?:texting|writing)\b
    |\bje voulais le (?:dire|ecrire) (?:a quelqu un|qq part|quelque part)\b
context secret \b(?:ma femme|mon mari|my wife|my husband|ma famille|my family) (?:ne )?(?:sait rien
    |knows nothing|does not know|le sait pas)\b|\bpersonne (?:ne )?sait ou je suis\b
    |\bno one knows where i am\b|\btold no one else\b|\b(?:je vous ai|je te ai) pas tout dit\b
    |\bi did not tell you (?:before|everything)\b|\b(?:asking|demande) for no reason\b
    |\bdont tell anyone@END@|\b(?:will not|wont) say (?:which|where)\b
context calm \b(?:feels?|felt|it is|so) (?:weirdly |strangely |oddly )?(?:peaceful
    |calm)(?: now)?@END@
    |\bcalmer now than\b|\bje me sens (?:leger|legere)@END@|\bit is quiet here@END@
context after \b(?:feel|feeling) (?:dizzy|faint)\b|\b(?:do not|dont) know how many\b
context staring \bstaring at them\b|\bpendant que (?:je vous|je te|on) (?:ecris|parle)\b
    |\bjust sitting with it\b
context stay \b(?:just )?keep talking to me\b|\bstay (?:till|until) i fall asleep\b
    |\b(?:reste|restez) avec moi jusqu\b
context unreachable \b(?:donne|donnent) plus de nouvelles\b|\bsonne dans le vide\b
    |\bil a raccroche@END@|\b(?:not|no longer) reading my messages\b
context time \bc est le moment@END@
context returned \b(?:il|elle) est revenue?@END@|\bhe (?:is|came) back@END@
context alone \b(?:il|elle) est (?:tout|toute) seule?@END@|\bparents sont partis\b
context outside \bje suis (?:sortie?|partie?) de chez moi@END@|\bi (?:have )?left the house@END@
""", FRAGS)

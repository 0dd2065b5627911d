"""Warning signs of a farewell: a last message or night, affairs settled, belongings given away.

The companion of ``matching.triage_signs`` (same format, its own ``frag`` entries, merged into
``matching.triage_families.FAMILIES`` the same way). A farewell reads like an ordinary goodbye,
so its look-alikes matter as much: ``matching.triage_lookalikes`` sets aside goodbyes that come
with a future (a move, a new job, therapy starting, "for tonight").

Families: ``last`` (a last message, person or night; not being there at a date; a message
scheduled), ``settle`` and ``closure`` (accounts, papers, a will, insurance for the children),
``giveaway``, ``letters`` (a note left or written), ``exonerate`` ("it was not her fault").
"""

from __future__ import annotations

from matching.triage_rules import FRAGS, parse

FAREWELL = parse(r"""
frag BEHERE (?:be (?:here|around|alive)|etre (?:la|ici|encore la|en vie)|serai (?:la|ici|encore la)
    |serais (?:la|ici))
frag LOVE (?:que je (?:le |la |les |l |vous |te )?(?:aime|aimais|adore)|i love (?:her|him|them|you)
    |i loved (?:her|him|them|you))
strong last \b(?:last|final) (?:message|msg|text|post|words?|time you (?:hear|will hear)) (?:
    i will|i am going to|i ever|to (?:you|anyone|everyone|all)|you will|from me)|\bthis is (?:
    my )?(?:last|final) (?:message|msg|post|text|goodbye)|\b(?:mon|mes) derni(?:er|ers) (?:
    message|messages|post|posts|mot|mots)(?:@END@| (?:a vous|pour vous|a tous|pour tous
    |a tout le monde))|\b(?:derniere|last) (?:personne|person) (?:a qui|que|to|i)\b
    |\blast thing on my list\b|\bderniere fois que (?:tu |vous )?(?:me entends|me entendez
    |me vois|me voyez|je (?:vous |te )?(?:ecris|ecrit|parle))|\b(?:will not
    |never) hear from me\b|\bentendre?z? plus parler de moi\b|\b(?:dites|dis|dire|tell) (?:
    a )?(?:ma |mon |mes |my )?\w+ @LOVE@|\bprevenir (?:ma|mon|mes) \w+ apres@END@
    |\bune raison de (?:ne )?(?:pas|plus) le faire|\ba reason not to@END@
strong last \b(?:will not|not going to|do not think i will|doubt i will|not gonna
    |never going to) (?:
    @BEHERE@|make it) (?:for|by|to|at|on|until|next|this|tomorrow|much|anymore|any more|then|in)\b
    |\b(?:pense|crois) (?:pas|plus) (?:etre|que je serai) (?:la|encore la)\b
    |\bne serai(?:s|t)? plus la (?:\w+ )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche
    |demain|ce soir|pour|a|la semaine|le mois|noel|bientot)|\b(?:will not|not going to) be (?:making
    |coming to) (?:the|my) next\b
strong settle \b(?:assurance vie|life insurance)\b[^|]{0,60}\b(?:servira|will do more
    |would do more|more use|serait mieux|plus simple|better off|mieux pour|plus utile)\b
    |\bplus que moi vivante?
weak closure \btying up (?:all )?(?:the )?loose ends\b|\b(?:tout|all) (?:mis|put|set) en ordre\b
    |\bshowed me where (?:the|his|her|my) will is|\b(?:sorted|wrote|made|updated|fait
    |redige) (?:out )?(?:my|the|mon) (?:will|testament)\b
weak settle \b(?:closed|cancelled|canceled|ferme|cloture|resilie) (?:all )?(?:my|mes|mon|ma|his
    |her|ses|son|sa) (?:bank|phone|compte|comptes|accounts?|contrat|contract|abonnements?|bail)
    |\b(?:paid off|rembourse|paye) (?:all |tout |tous )?(?:my |mes |le |tout le monde|everyone
    |everybody)|\b(?:ou|where) (?:sont|se trouvent|is|are) (?:ses|his|her|the) (?:papiers|papers
    |documents|will|testament|codes|passwords)\b|\bqui (?:doit|devra|devrait|va) (?:garder
    |prendre|s occuper de) (?:son|sa|ses|mon|ma|mes)\b|\b(?:my|the|mon) (?:will|testament)\b
    |\b(?:papiers|papers) (?:sont )?(?:ranges|in an envelope|dans une enveloppe)
    |\brendu les cles\b|\blaisse (?:les|mes) cles (?:chez|a)\b|\b(?:range
    |nettoye) (?:tout )?(?:le appart|mon appart|la maison|ma chambre)\b(?=[^|]*(?:[|][^
    |]*)?\b(?:cles|tout est pret)\b)
    |\bsaura quoi faire apres\b|\b(?:said|say|dit) sorry to everyone\b
    |\bje ai tout range@END@
weak giveaway \b(?:gave|given|giving|give|donne|donner|offert|confie|laisse)(?![^|]*\b(?:for
    |pour) (?:my |mon |ma |his |her |son |sa |the |le |la )?(?:birthday|anniversaire|christmas
    |noel|graduation)\b) (?:away )?(?:all )?(?:
    (?:my|his|her|mes|ses|mon|ma|son|sa) \w+(?: \w+)?(?: (?:et|and) (?:my|mes|mon|ma) \w+)? (?:
    to|a|au)\b
    |(?:me|him|her) (?:his|her|sa|son|ses) \w+\b|(?:away )?(?:all )?(?:my|his|her) (?:stuff|things
    |belongings|clothes|guitar|games|books|plants)\b|(?:ses|mes) (?:fringues|vetements|affaires
    |livres|plantes|jeux|bijoux)\b)|\bclear everything out\b|\btout donne (?:a|aux)\b
weak letters \b(?:found|trouve) (?:a |une |un )?(?:note|letter|lettre|mot)\b|\b(?:laisse|left
    |wrote|ecrit) (?:des|some|a few) (?:lettres|letters|mots|notes)\b|\blaisse (?:un |une )?(?:
    mot|lettre|note) (?:disant|qui dit|saying)|\ben laissant une lettre\b
strong letters \b(?:letters?|lettres?|mots?|notes?) (?:pour|to|for|a) (?:each|every|chacun
    |chacune|everyone)\b
weak last \bsorry (?:mum|mom|dad|everyone|everybody)\b|\blove you (?:forever|all|always)\b
    |\bje vous aime (?:tous|toutes)\b|\bne me cherchez pas\b|\bdo not look for me\b|\b(?:dire
    |say|said) bye\b|\bposted a goodbye\b|\b(?:tell|dis|dites|dire a) (?:my|ma|mon|mes) \w+ (?:
    thank you|thanks|merci)\b|\b(?:to say|pour dire) (?:he |she |que il |que elle )?(?:loves
    |aime) (?:them|everyone|tout le monde)|\b(?:saying|said|says) (?:that )?(?:
    he is |she is |they are )?sorry\b|\bone (?:normal|last) (?:conversation|chat|talk)\b|\b(?:
    one|a) last time\b|\bune derniere fois\b
weak last \b(?:if|si) (?:i|je) (?:do not|ne|dont) (?:come online|reply|answer|show up|reponds
    |viens|suis pas|donne pas)\b
weak exonerate \b(?:c etait|c est|it was|it is|was|is) (?:pas|not|never) (?:
    leur faute|la faute (?:de|d) (?:ma|mon|mes|sa|son|ses|leur|personne)|(?:my|her|his
    |their) \w+ s fault|anyone s fault|the fault of)
strong last \b(?:mon|mes) derni(?:er|ers) (?:message|messages|post|posts) (?:ici|here)\b
    |\b(?:c est|this is|it is) (?:ma|my) (?:derniere|last) (?:nuit|soiree|journee|night|day
    |evening)\b|\bpartir sans que (?:personne|quelqu un) (?:ne )?(?:le )?sache\b
    |\bentendr\w* plus parler de moi\b|\b(?:sais pas|sais plus) si je serai (?:
    encore |toujours )?(?:la|en vie)\b
    |\b(?:not sure|do not know|dont know) (?:if )?i will (?:still )?be (?:here|around|alive)\b
    |\b(?:will not|wont|never) need (?:\w+ ){0,2}?(?:after|by|beyond) (?:this|next|tomorrow|tonight
    |the weekend)\b|\b(?:tell|dis|dites) (?:her|him|them|lui|leur|my \w+|ma \w+|mon \w+) (?:
    that )?(?:
    que )?(?:it was not|it is not pas|c etait pas pas|c est pas) (?:\w+ )?(?:fault
    |faute)\b
weak last \b(?:prends|prenez|take) (?:bien )?(?:soin|care) (?:de|of) (?:(?:ma|mon|mes|my) )?(?:
    fille|fils
    |enfants|kids|daughter|son|chat|chien|cat|dog|maman|mere|mum|mom|papa|dad)\b
    |\bpardon a tout le monde\b|\bsi on (?:ne )?me retrouve (?:pas|plus)\b|\bif (?:they|nobody
    |no one) finds? me\b
    |\b(?:ne )?me cherchez pas\b|\bsaid my (?:piece|goodbyes) to\b|\bdit au revoir a chacun\b
    |\b(?:do not|dont) come in\b|\bn entrez pas\b|\bbye x\b|\b(?:with|avec) (?:juste )?bye\b
weak letters \b(?:a|ai|avait|avais) laisse (?:un |une )?(?:mot|lettre|note)\b|\ben laissant (?:
    un |une )?(?:
    mot|lettre|note)\b
strong letters \b(?:written|wrote|finished|ecrit|redige|fini) (?:my|ma|mon) (?:note|lettre
    |letter|mot)\b(?! (?:
    to|for|pour|a|au|de)\b)
strong last \b(?:do not|dont) plan (?:on being|to be) (?:here|around|alive)\b|\b(?:mon
    |mes) derni(?:er|ers) (?:message|messages) (?:a qui que ce soit|a personne|to anyone)\b
    |\b(?:espere|hope|wish) (?:i )?(?:ne )?(?:jamais|never|not|pas|plus) (?:rouvrir|to open|open
    |ouvrir|wake|to wake|me reveiller)\b
weak last \bpas la peine de me chercher\b|\b(?:do not|dont) (?:come )?look(?:ing)? for me\b
    |\bpardon (?:maman|papa|a tous)\b|\bje vous aime (?:fort|tellement)\b|\b(?:on le|on la
    |on me) retrouver\w*\b|\b(?:they|you) (?:will|would) find (?:him|her|me)\b
    |\bwrote a note (?:this
    |today|last|for)|\bwrote a note@END@
weak settle \benveloppe pour (?:ma|mon|mes)\b
strong last \bje espere que ce sera (?:le|mon) dernier\b|\bplus envie de me reveiller\b|\b(?:
    do not|dont) want to wake up\b|\bhope (?:it|tonight|today) (?:is
    |will be) (?:
    my|the) last\b|\b(?:ne )?serai(?:s|t)? plus la (?:lundi|mardi|mercredi|jeudi|vendredi|samedi
    |dimanche|demain)\b|\bleave something for (?:my|her|his) \w+ to find\b|\blaisser (?:
    quelque chose|un truc) (?:a|pour) (?:mes|ma|mon) \w+ (?:apres|pour apres)\b
weak last \b(?:ils|elles|they|you) (?:comprendront|will understand) (?:apres|after|later)\b
    |\bprogramme (?:un|des) (?:message|msg|messages|mail)\b|\bscheduled (?:a|an) (?:message|email
    |post|text)\b|\b(?:look after|take care of) (?:mum|mom|dad|my \w+) for me\b|\bhow long (?:
    \w+ ){0,4}?(?:
    to find (?:you|someone|me)|before (?:someone|anyone) finds)\b
weak letters \b(?:letters?|lettres?|mots?|notes?) (?:pour|to|for|a) (?:the|our|les|nos) (?:kids
    |children|enfants|family|famille)\b
strong settle \b(?:life insurance|assurance vie)\b[^|]{0,60}\b(?:covers|couvre|would be fine
    |seraient bien)\b
weak giveaway \b(?:gave|given|donne|confie) (?:away )?the (?:dog|cat|chien|chat)\b
strong last \b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir) (?:je )?(?:
    ne )?serai plus la\b
    |\bby the time you read this\b|\bquand (?:tu|vous) (?:liras|lirez) (?:ce|ca|ceci)\b
    |\bgoodnight forever\b|\bbonne nuit pour toujours\b|\bderniere fois que on se parle\b
    |\blast time we (?:talk|speak)\b|\b(?:ecrit|written|wrote) (?:mes|my) (?:lettres|letters)\b
weak last \bsee (?:you|u|ya) (?:all )?on the other side\b|\bwrote goodbye\b|\becrit (?:adieu
    |au revoir)\b
    |\becrit a tout le monde que je (?:les )?aim\w*\b|\btold everyone i lov\w* (?:them|you)\b
weak closure \bwhat happens to my (?:cat|dog|kids|children|pets?)\b|\bque (?:va )?deven\w* (?:
    mon|ma|mes) (?:
    chat|chien|enfants)\b
strong last \b(?:apres|after) (?:ce soir|tonight|demain|tomorrow|this weekend
    |ce week end)\b[^|]*\b(?:
    changera plus|will not matter|ne comptera plus|plus grand chose)\b|\b(?:you|vous) (?:
    will not|wont) have to (?:anymore|any more|much longer)\b|\bpersonne (?:ne )?(?:aura
    |n aura) plus (?:besoin de )?(?:
    se )?inquieter\b|\b(?:nobody|no one) will (?:have to|need to) worry about me\b|\bje (?:
    ne )?serai pas la (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)\b
    |\bif i (?:just )?(?:
    was not|were not) (?:around|here|alive)\b|\bsi je (?:ne )?(?:etais|serais) plus la\b
weak last \b(?:she|he) will understand (?:why|after)\b|\b(?:turned|switched) my (?:location
    |phone) off\b
    |\bcoupe ma localisation\b|\bmode avion\b
weak settle \b(?:sorting|sorted) (?:out )?my passwords\b|\bwho gets what\b|\bqui (?:aura
    |recupere) quoi\b
strong last \bespere que (?:demain (?:matin )?)?je (?:ne )?me reveillerai (?:pas|plus)\b
    |\bhope i (?:do not|dont
    |never) wake up\b|\bpas sure? de vouloir (?:etre encore la|vivre|rester)\b
    |\bnot sure i want to (?:be here|live|wake up|be around)\b|\b(?:go to sleep
    |sleep) and never (?:have to )?wake up\b
weak giveaway \btrouve (?:des familles|une famille|quelqu un) pour (?:mes|mon|ma) (?:\w+ )?(?:
    chats?|chiens?
    |animaux)\b|\brehom\w* (?:my|her|his) (?:cat|dog|pets?)\b
weak letters \becrit a chacun\b|\bwrote to each of us\b|\b(?:enregistre|recorded) (?:une|a) (?:video
    |message) pour (?:mes|my) \w+\b|\bnote that (?:just )?says sorry\b
weak last \bpour que ils comprennent\b|\bso (?:they|he|she) (?:will )?understand\b|\b(?:
    look after|take care of) \w+ for me\b|\bque quelqu un lise ce message\b|\bsomeone (?:
    to )?read this\b
weak settle \bdonner (?:ses|mes) organes\b|\bdonate my organs\b|\bleft (?:his
    |her) phone and wallet\b
    |\blaisse (?:son|sa) (?:tel|telephone|portable) et (?:son|sa) (?:portefeuille|carte)\b
""", FRAGS)

REASON = {"last": "farewell", "settle": "farewell", "closure": "farewell", "giveaway": "farewell",
          "letters": "farewell", "exonerate": "farewell"}

"""Warning signs found once blind31, blind32, chat28 and chat29 were folded in.

The twelfth companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). The rules' misses on those sets were acts told without a
quantity ("I took pills an hour ago and I feel weird"), an intention set for tonight ("I'm going
to try again tonight", "ce soir je vais aller jusqu'au bout", "je règle le problème une bonne
fois pour toutes"), "partir à ma façon", "take myself out of the picture", the door left
unlocked "so they don't have to break it", a pet that "will need a new home after tonight", the
life insurance that "will cover everything", the ring and the cards left on the table, "if I
don't message back it's not your fault", a weapon one "keeps looking at", the voices saying
"go tonight", and a relative's goodbye with a search under way ("thanked me for being a good
dad", "a note saying sorry", "tell the kids she loves them" then silence, "back on the window
ledge"). Entries name signs, never methods; look-alikes are in negative lookaheads and in
``matching.triage_lookalikes``.

Families used: ``taken``, ``plan``, ``wish``, ``death``, ``settle``, ``giveaway``,
``farewell``, ``means``, ``edge``, ``command``, ``attack`` (reason codes of
``matching.triage_families.REASON``).
"""

from __future__ import annotations

from matching.triage_substances import FRAGS, parse

LEAVING = parse(r"""
strong taken \b(?:i )?(?:took|have taken|swallowed) (?:some |a few )?(?:pills|tablets|meds
    |@PILLS@)\b[^|]{0,24}\bago\b.{0,60}\b(?:weird|strange|scared|dizzy|sleepy|do not call
    |do not want (?:my|anyone))
    |\bi have already done it\b[^|]{0,4}(?:[|] )?i (?:took|have taken|swallowed)\b
strong plan \b(?:tried|attempted) (?:it )?before\b.{0,40}\b(?:going to|gonna|will) (?:try again
    |do it again)\b
    |\bca fait mal\b.{0,80}\bvais (?:essayer|le faire) (?:cette nuit|ce soir)\b
    |\b(?:ce soir|cette nuit)\b[^|]{0,30}\baller (?:jusqu )?au bout(?: du chemin)?@END@
    |\baller (?:jusqu )?au bout(?: du chemin)? (?:ce soir|cette nuit)\b
    |\b(?:ce soir|cette nuit) je regle (?:le probleme|tout|ca) une bonne fois pour toutes\b(?! (?:
    avec|de|du|des)\b)
    |\bje ai decide de partir avant@END@|\bcette fois (?:je ai|j ai) bien ferme\b
    |\bi am still going to do it\b|\b(?:do not|dont) try to (?:change my mind|stop me)\b
    |\b(?:chercher|cherche|searching|looking up|researching) (?:des moyens|ways|methods)\b(?! (?:
    de|to|pour|of|d|for)\b)
    |^ ?(?:yes|yeah|oui|ouais) (?:[|] )?(?:tonight|ce soir)@END@
    |^ ?(?:yes|yeah|oui|ouais) (?:[|] )?i have (?:got )?everything ready@END@
weak plan \bpeur (?:que|qu) (?:elle|il) (?:fasse|fait|ne fasse) une (?:betise|connerie) (?:ce soir
    |cette nuit)\b
strong wish \bpartir a ma facon\b|\btake myself out of the picture\b(?! (?:on|at|for|in|with)\b)
    |\bpartir\b[^|]{0,20}(?:[|] ?){1,2}(?:mais )?pas comme (?:elle|lui|eux)\b
    |\b(?:go|going) (?:for a (?:drive|walk) )?and (?:not|never) come back\b(?![^|]{0,30}\b(?:lol
    |haha|holiday|trip|vacances))
    |\b(?:des que|quand|once|when) (?:tout le monde|everyone) (?:dort|dormira
    |is asleep)\b[^|]{0,6}\b(?:je me en vais|i am leaving|i will go) (?:pour de bon|for good)\b
strong death \b(?:do not|dont) (?:intend|plan|expect) to be (?:here|around) (?:for|by|in
    |at)\b(?![^|]{0,40}(?:[|][^|]{0,40})?\b(?:moving|move|holiday|travel|abroad|visit))
strong settle \b(?:left|leave|laisse|laisser) (?:the|my|la|ma) (?:front )?(?:door
    |porte) (?:unlocked|open|ouverte|deverrouillee)\b[^|]{0,60}\b(?:break|forcer|defoncer
    |enfoncer)\b
    |\bdoor (?:is )?unlocked now\b[^|]{0,4}(?:[|] )?so (?:they|someone|people|whoever) can get in\b
    |\b(?:life insurance|assurance vie)\b.{0,100}\b(?:made my mind up|mind is made up|au moins (?:
    ma femme|mon mari|mes enfants|elle|il|ils) (?:aura|auront) ca|je servirai a ca)\b
    |\b(?:left|laisse) (?:my|his|her|mon|son|sa) (?:wedding ring|alliance)\b[^|]{0,60}\b(?:table
    |tomorrow|demain)\b|\bc est plus la peine\b[^|]{0,6}(?:[|] )?tout est regle\b
strong giveaway \b(?:cat|dog|chat|chien|chienne)\b[^|]{0,20}\b(?:need|needs|will need
    |aura besoin de|a besoin de) (?:a )?(?:new home|nouvelle maison|nouveau foyer)\b[^|]{0,10}\b(?:
    after tonight|apres ce soir|a partir de ce soir)\b
strong farewell \bif i (?:do not|dont|stop) (?:message|messaging|reply|replying|answer|answering
    |write)(?: back)?\b[^|]{0,20}(?:[|] ?)?(?:it is |its )?not your fault\b
    |\bsi je (?:reponds|repond|ecris) plus\b[^|]{0,20}\bc est normal\b
    |\b(?:want you to know|sache que) (?:it is|c est) (?:not your fault|pas (?:ta|de ta) faute)\b
    |\bthanked me for being a good (?:dad|mum|mom|father|mother|brother|sister|friend|son)\b
    |\b(?:envoyer|envoye|sent me|texted me) (?:pardon|sorry|adieu|goodbye) (?:papa|maman|dad|mum
    |mom)\b|\b(?:un mot|a note|une lettre) (?:pardon|adieu|sorry|goodbye)\b
    |\bsorry for the mess (?:he|she|i) (?:is |am |are )?going to leave\b
    |\b(?:dire|tell) (?:aux|the|my|her|his) (?:enfants|kids|children) (?:que )?(?:elle |il |she
    |he )?(?:les aime|loves? them)\b.{0,80}\b(?:raccroche|hung up|plus rien|not answering
    |repond plus)\b
    |\b(?:you will|you ll) (?:be|do|run [a-z ]{0,20}) fine without me\b(?! for\b)
    |\bgoodbye\b[^|]{0,20}\blike it was the end\b|\bdernier message c etait (?:pardon|adieu)\b
    |\b(?:ou|where) (?:elle|il|she|he) (?:avait|had) (?:range|mis|put|left) (?:sa|la|son|her
    |his|the) (?:lettre|letter)\b|\bc etait sympa de vous connaitre\b
    |\bje ai deja decide\b[^|]{0,4}(?:[|] ?)merci (?:de avoir|pour)\b
    |\b(?:demission|resignation)\b.{0,30}\b(?:une autre|another) (?:lettre|letter) (?:a|to)\b
    |\bje me excuse pour tout\b[^|]{0,30}(?:[|][^|]{0,40})?\beffacez\b
strong means \b(?:service weapon|gun|arme de service|fusil|arme)\b[^|]{0,40}\b(?:keep looking at it
    |je la regarde|je le regarde)\b|\b(?:je ai|i have|i have got) (?:le truc|the thing) (?:
    dans la main
    |in my hand)\b
strong edge \b(?:au bord de l eau|au bord du \w+|sur le pont|on the bridge|at the edge|sur le toit
    |on the roof|on the ledge)\b[^|]{0,40}\b(?:plus envie de (?:rentrer|redescendre)
    |pas envie de (?:rentrer|redescendre)|do not want to (?:come|go) (?:home|down|back))\b
    |\b(?:is|est) back on the (?:window )?ledge\b|\b(?:est|remontee?) sur le rebord de la fenetre\b
strong command \bvoices? (?:say|tell|telling|says|dit|disent)\b[^|]{0,20}\b(?:i have to|must
    |je dois) (?:go|die|partir|mourir)\b
strong attack \b(?:il est rentre|il est revenu|he is back|he came back|he is home)\b.{0,40}\b(?:
    il a|he has|he got|he has got) (?:le|un|the|a|his) (?:couteau|knife|arme|gun|fusil)\b
""", FRAGS)

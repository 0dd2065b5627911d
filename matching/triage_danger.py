"""Warning signs of danger from someone else or from a body in trouble, and of psychosis.

The companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES`` the same way): violence in progress or promised, a child
exposed, someone not breathing, voices giving orders, a manic certainty of being protected.
Entries name situations, never methods.

Families: ``violence`` (strong: an act or a threat to kill or hurt), ``threat`` and ``attack``
(weak), ``child`` (a child exposed), ``medical`` (someone not breathing or not waking),
``command`` (voices or a figure telling to hurt or die), ``grandiose`` (certain of being
protected or chosen), ``missing`` (a vulnerable person who cannot be found); contexts (never
alone): ``urge_harm``, ``outside``, ``isolation``, ``danger_place``, ``cold``.
"""

from __future__ import annotations

from matching.triage_rules import FRAGS, parse

DANGER = parse(r"""
strong medical \b(?:il|elle|he|she) (?:ne )?respire (?:plus|pas|a peine)\b|\b(?:is not|stopped
    |not|barely) breathing\b|\binconsciente?\b|\bunconscious\b|\bunresponsive\b
weak medical \bpar terre\b[^|]{0,30}\b(?:bouge|respire|reagit|repond)\b|\b(?:respire
    |breathing) (?:mal|bizarrement|bizarre|weird\w*|strange\w*|funny|badly)|\b(?:il|elle) (?:
    ne )?bouge (?:pas|plus)\b|\b(?:will not|cannot|can not|would not) wake (?:up|him|her)\b
    |\bme sens partir\b|\bvois flou\b
context urge_harm \b(?:envie|urge|want|wanna|peur) (?:de |to |of |de lui )?(?:seriously )?(?:
    frapper|hurt|kill|tuer|faire du mal a|harm|beat|taper|secouer|shake) (?:mon|ma|my|le|la|him|her
    |them|someone|quelqu un|mes|our)\b
strong urge_harm \b(?:peur|scared|afraid|terrified) (?:de |of |that i (?:will|might) )?(?:
    faire du mal a|hurt\w*|harm\w*|secouer|shake|shaking|frapper) (?:mon|ma|my) (?:bebe|baby
    |enfant|child|fils|fille|son|daughter|kids?|enfants)\b
strong violence \b(?:il|elle|he|she|they|ils) (?:\w+ ){0,3}?(?:allait|allaient|would
    |was going to|is going to|going to|va|vont) (?:nous |me |la |le |les )?(?:tuer|faire du mal
    |kill|hurt) (?:(?:a )?(?:moi|nous|me|us|her|him|them|son|sa|ses|our|my|his|notre|mon|ma|le
    |la|the) ?\w*)(?<!le temps)|\bvient de (?:frapper|taper|cogner|tabasser|battre) (?:ma|mon|la
    |le)\b|\b(?:just|has just) (?:hit|beat|punched|strangled|attacked) (?:me|her|him|my (?:mum
    |mom|mother|sister|brother|dad|wife|son|daughter|baby|kid|girlfriend|partner))\b|\b(?:
    menace\w*|threatened) (?:me |moi )?(?:avec|with) (?:un|une|a)\b(?! (?:lawsuit|avocat|plainte
    |letter|lettre|proces|police|huissier))
weak threat \b(?:coming|on (?:his|her) way) (?:over |here |back )?(?:to )?(?:finish|kill|hurt
    |get) (?:this|me|it|us)\b|\best violent\b|\bis violent\b
strong command \b(?:voix|voices?) (?:\w+ ){0,4}?(?:dit|disent|dis|tell|tells|telling|told|says
    |said) (?:
    \w+ )?(?:de |to )?(?:me tuer|mourir|kill|hurt|die|me faire du mal|en finir|end)\b
weak medical \bcannot feel my (?:hands|legs|arms|body|face)\b|\bslurring\b|\bsens plus mes (?:mains
    |jambes|bras)\b
strong command \b(?:voix|voices?) (?:\w+ ){0,4}?(?:dit|disent|dis|tell|tells|telling|told|says
    |said) (?:
    \w+ ){0,3}?(?:me punir|punish myself|me faire du mal|hurt myself)\b|\b(?:telling|tells|told
    |dit|disent) me (?:to )?(?:come )?(?:join|rejoindre) (?:her|him|them)\b
strong violence \bpeur de ce que il (?:va|pourrait|risque de) (?:me )?faire\b|\b(?:scared
    |afraid) of what he (?:will|might|is going to|could|would) do\b|\b(?:kill|hurt) (?:all of us
    |us all
    |everyone)\b|\b(?:threw|pushed|slammed) me (?:against|into|on|down)\b|\bme a (?:jetee?|projetee?
    |poussee?) contre\b|\bif i cannot have you no one will\b|\bsi je (?:
    ne )?peux pas te avoir personne\b
strong child \b(?:vient|venait|comes|came|sneaks|rentre) (?:\w+ )?(?:dans (?:ma|sa) chambre|into (?:
    my|her|his) room) (?:la nuit|at night)\b
weak threat \b(?:faire la peau|me buter)\b|\breverr\w* (?:jamais|plus)\b|\bnever see (?:her|him
    |them) again\b
weak attack \bdefonc\w* la porte\b|\bbang\w* on (?:the|my) door\b
context outside \b(?:est |is )?(?:devant chez moi|outside my (?:door|house|building|flat|home))\b
context isolation \b(?:took|taken|pris|confisque) (?:my|mon|ma) (?:phone|tel\w*|portable
    |car keys|cles)\b
    |\b(?:cannot|can not) leave\b|\b(?:peux|peut) pas partir\b|\ba pris (?:ma|mon|my) (?:fille|fils
    |enfant)\b|\btook (?:my|our) (?:daughter|son|kid|child)\b
strong violence \b(?:il|elle|he|she|they|ils) (?:\w+ ){0,3}?(?:allait|va|vont|would|will|is going to
    |going to) (?:me |nous |la |le )?(?:planter|buter|crever|defigurer)\b|\b(?:broke|broken) (?:
    \w+ ){0,3}?my (?:
    nose|arm|ribs?|jaw|teeth|wrist)\b|\bme a casse (?:le nez|le bras|une cote|la machoire|les dents)
    |\b(?:pinned|shoved|choked|strangled) me\b|\bserre (?:le|mon) cou\b|\bhands (?:around
    |round) my (?:
    neck|throat)\b|\b(?:somewhere|quelque part|la ou) (?:nobody|no one|personne) (?:will |ne )?(?:
    ever |jamais )?(?:find|trouvera|retrouvera|nous retrouvera)\b
weak threat \b(?:faire|ferait|fera|va faire) la peau\b|\b(?:me|te) (?:defigure|defigurer
    |massacrer)\b
    |\bnext time (?:he|she) (?:will not|wont) stop\b|\bmake sure (?:i|you) never\b|\bnever leave (?:
    anywhere|this house|here) again\b|\b(?:il|he) (?:arrive|is coming|is on his way)@END@
    |\bvient chercher (?:le petit|la petite|les enfants|mon fils|ma fille) de force\b
weak attack \b(?:hit|hits|beat|beats|punched|kicked) (?:my|the|our|her|his) (?:baby|little|kid|son
    |daughter|brother|sister|child)\b
weak hiding \bbloque (?:ma|la) porte\b|\bbarricaded (?:my|the) door\b|\b(?:garde|garder|tient) (?:
    \w+ )?enfermee?\b|\blocked me in\b|\bkeeps me locked\b
strong medical \b(?:really |very |tout )?(?:floppy|inerte)\b
weak medical \bnot waking up\b
strong command \b(?:devil|voices?|diable|voix|dieu|god) (?:\w+ ){0,4}?(?:wants?|veut|tell\w*|dit
    |disent|says?
    |said) (?:\w+ ){0,3}?(?:to )?(?:hurt|kill|faire du mal|tuer|sauter|jump)\b|\b(?:voix
    |voices?) (?:
    \w+ ){0,10}?(?:have to|must|dois|faut) (?:(?:les|le|la) )?(?:stop|get rid of|arreter
    |eliminer|punish|punir)\b|\b(?:voix|voices) (?:\w+ ){0,3}?(?:disent|dit|tell|say) (?:\w+ )?(?:
    de |to )?(?:
    sauter|jump)\b
weak grandiose \b(?:prouver|prove) (?:que je suis|i am|that i am|que il est|he is) (?:protege\w*
    |invincible|immortel\w*|immortal)\b|\bje suis le elu\b|\bsuis l elu\b|\bi am the chosen one\b
    |\b(?:feel|se croit|se sent|je me sens) invincible\b|\b(?:la|le|me) protegera\b
weak missing \b(?:cannot|can not|could not) find (?:him|her|them)\b|\b(?:on )?(?:le|la) (?:trouve
    |retrouve) (?:pas|plus)\b|\bintrouvable\b
context danger_place \b(?:autoroute|motorway|highway|voie ferree|train tracks)\b
    |\bhow fast the car can go\b|\ben voiture a fond\b
context cold \b-\d+\b|\bbelow zero\b|\bfreezing\b|\ben (?:pyjama|chaussons)\b|\bin (?:his|her) (?:
    slippers|pyjamas)\b|\bil fait (?:tres )?froid\b
context history \bcondamne pour violences?\b|\balready been (?:convicted|arrested) for\b
strong violence \b(?:stab|poignarder|planter) (?:me|moi)\b|\b(?:he|il) (?:will|would|va|allait) (?:
    stab|poignarder)\b|\bby the (?:neck|throat)\b|\bpar le cou\b
strong child \b(?:touching|abusing|molesting) (?:her|him|my (?:son|daughter|kid|child))\b
weak threat \bfini\w* ce que il a commence\b|\bfinish what (?:he|she) started\b|\bdefigur\w*\b
context leaving \bsi je le quittais\b|\bif i (?:ever )?left (?:him|her)\b|\bje lui ai dit que (?:
    c etait|c est) fini\b
weak missing \bon (?:ne )?(?:la|le|l) entend plus\b|\bpas vue? depuis \d+ jours\b
    |\bhave not seen (?:
    her|him) (?:in|for) \d+ days\b|\bcourrier deborde\b|\bmail (?:is )?piling up\b
context alone \b(?:vit|lives) (?:toute )?(?:seule?|alone)\b
weak grandiose \btv (?:talks|speaks) to (?:him|her|me)\b|\bla tele me parle\b|\b(?:has
    |have) to cleanse\b|\bdoit purifier\b
weak fire \b(?:lighter fluid|petrol|gasoline|bidon de essence)\b
weak medical \blips (?:are )?(?:tingly|tingling|blue)\b|\blevres bleues\b|\bchest (?:feels )?tight\b
weak hiding \blocked (?:herself|himself) in\b
context unreachable \bswitched (?:his|her) (?:location|phone) off\b|\blocation off\b
strong child \b(?:hurting|hitting|beating) (?:his|her|my|the) (?:baby|little) (?:sister|brother)\b
    |\bfrappe (?:son|sa|ses) (?:gamin|gamins|gosse|fils|fille|enfant|enfants|petit|bebe)\b
strong violence \b(?:couteau|knife|lame|blade) (?:sous|sur|under|on|at|to) (?:la|ma|my) (?:gorge
    |throat
    |cou|neck)\b|\b(?:stabbed|poignarde) me\b|\bme a (?:poignarde|plante)\b|\b(?:coup de pied|coups?
    |kicked|punched|frappe) (?:\w+ ){0,3}?(?:dans le ventre|in the (?:stomach|belly))\b
weak threat \b(?:allait|va|vont) (?:le|la|me|nous) finir\b|\btout faire sauter\b|\bblow (?:
    it all|everything
    |the building) up\b|\btook the (?:kitchen )?knives\b|\bpris les couteaux\b|\bta derniere (?:
    soiree
    |nuit|journee)\b|\byour last (?:night|day|evening)\b|\bput something in (?:her|my|his) drink\b
    |\bdrogue (?:son|mon) verre\b
context bruises \bbleus\b|\bbruises\b|\bdes marques\b
context gas \bca sent (?:le|encore le) gaz\b|\b(?:smell of|smells like) gas\b
context outside \bknows where i live\b|\bsait ou je habite\b|\ben bas de chez moi\b|\binto his car\b
weak grandiose \b(?:can|peut|peux) voler\b|\baller voir dieu\b|\bparler a dieu\b|\b(?:see
    |meet) god\b
strong command \b(?:voix|voices?) (?:\w+ ){0,10}?(?:couteau|knife)\b
weak hiding \benfermee? dehors\b|\blocked (?:me )?out(?:side)?\b
context cold \bil fait \d+ degres\b
strong violence \b(?:tuera|tuerait) (?:tous|tout le monde)\b|\bnous tuera\b|\bwill kill us all\b
    |\bburn the house down with me\b|\bbruler la maison avec (?:moi|nous)\b|\ben train de (?:
    frapper|taper
    |battre|cogner) (?:ma|mon|sa|son)\b
weak threat \b(?:pris|took|grabbed) (?:un|a|the|le) (?:couteau|knife)\b|\bcoming in tonight\b
    |\bthey are outside\b
weak attack \bbang\w* on (?:the|my) (?:\w+ )?door\b
weak hiding \blocked myself in\b(?! (?:the )?(?:toilets?|loo)\b)|\bbarricade\w* (?:la|the) porte\b
weak child \b(?:bebe|baby|toddler|enfant|petit)\b[^|]{0,40}\b(?:pleur\w*|crying|cries)\b
    |\b[1-9] ?(?:yo|year old
    |ans)\b[^|]{0,20}\balone\b|\bleft (?:her|his) \w+ alone\b|\b(?:petit frere|petite soeur
    |little brother
    |little sister) de [1-9] ans\b|\bpensees? (?:\w+ )?de (?:lui|leur) faire du mal\b
context unanswered \bpersonne (?:ne )?ouvre\b|\bnobody (?:answers|opens)\b
context paranoia \bespionne\b|\bspying on me\b|\bpoisoning (?:me|him|her)\b|\bempoisonn\w*\b
weak grandiose \bunstoppable\b|\buntouchable\b|\bnothing can touch me\b|\brien ne peut me toucher\b
    |\bquitter (?:son|mon) corps\b|\bleave (?:his|her|my) body\b|\bse purifier\b
strong violence \bserre la gorge\b|\b(?:is|are) (?:hitting|beating|punching|strangling) (?:my
    |her|his) \w+\b
    |\b(?:hurt|kill) (?:my family|ma famille)\b
strong child \blocked (?:him|her) in the (?:basement|cellar|cupboard)\b|\benferme (?:
    dans la cave|au sous sol)\b
weak threat \b(?:avec|with) (?:un|a) (?:couteau|knife|arme|gun)\b|\bc est toi ou moi\b
    |\bit is you or me\b
    |\bme defoncer\b
weak hiding \bcache(?:e|s|es) sous\b
weak threat \bcoming for me\b|\bvient me chercher\b
context outside \bknows where i am (?:staying|living)\b
strong violence \b(?:il|elle|he|she|ils) (?:allait|allaient|va|vont|veut|voulait) (?:me|nous
    |la|le|les) tuer\b(?! si\b)(?![^|]*\b(?:lol|mdr|ptdr|haha|jk)\b)
    |\b(?:outside|dehors|at the door|devant la porte|derriere la porte)\b[^|]{0,20}\b(?:with a knife
    |avec un couteau|with a gun|avec une arme)\b
weak command \b(?:voix|voices?|dieu|god)\b[^|]{0,20}\b(?:telling me|tell me|tells me|told me
    |me disent|me dit|me a dit|me ordonnent) (?:que je dois |to |de )(?:walk|jump|go|burn|hurt
    |me purifier|purify|me bruler|sauter|aller|marcher)\b
weak grandiose \b(?:donne|gave|given) (?:toutes mes|all my) (?:economies|savings)\b
weak edge \b(?:conduis|roule|driving|drive) (?:a|at) (?:1[6-9]\d|2\d\d)\b
strong violence \b(?:tabasse|frappe|bat|cogne|is beating|beating up|is hitting) (?:une femme
    |un homme|un enfant|sa femme|a woman|a man|a child|his wife|her|him)\b(?=[^
    |]{0,60}\b(?:en ce moment
    |right now|maintenant)\b)
strong child \b(?:toddler|baby|bebe|enfant|child|kid|petit|petite)\b[^|]{0,30}\b(?:balcony railing
    |rambarde|railing|rebord|ledge|garde corps|window sill|bord de la fenetre)\b
weak attack \b(?:punching|banging on|kicking|breaking) (?:down )?the door\b
weak violence \b(?:mari|compagnon|copain|ex|pere|beau pere|frere|fils|voisin|il|husband
    |boyfriend|partner|father|stepfather|dad|brother|son|neighbour|neighbor|he) (?:\w+ )?(?:a|has
    |got|is holding|holds|tient|brandit|a sorti|pulled out|took out) (?:un|une|a|son|sa|his) (?:
    couteau|knife|gun|pistolet|fusil|arme|hache|axe|machette|machete)\b(?! (?:suisse|swiss|pocket
    |de poche|de cuisine pour|collection|licen[cs]e|permit|permis|de chasse|for hunting|club))
strong violence \b(?:kicking|breaking|smashing|bashing
    |trying to break) (?:\w+ )?(?:the |my |our )?door (?:in
    |down)\b|\bgoing to get (?:through|in)\b(?=[^|]*\b(?:door|porte)\b)|\b(?:defonce|enfonce
    |essaie d enfoncer) (?:la|ma|notre) porte\b
strong child \b(?:little |small |young )?(?:boy|girl|kid|child|toddler|baby|enfant|garcon
    |fillette|petit|petite|bebe)\b[^|]{0,60}\b(?:locked out|enferme dehors|laisse dehors
    |dehors depuis)\b
weak command \b(?:want|wants|tell|tells|told|telling|veulent|disent) (?:him|her|me|them|lui
    |me) (?:to |de |d )(?:join them|go into|walk into|jump|les rejoindre|sauter)\b(?! (?:at|in
    |on|for|sur
    |a la|au)\b)
""", FRAGS)

REASON = {"medical": "medical_emergency", "urge_harm": "violence", "command": "psychosis",
          "grandiose": "psychosis", "missing": "missing_person"}

"""Veiled warning signs: an end implied, a means kept in sight, knowing how, a word left behind.

The third companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). People in danger often say it sideways: "I've made sure
I won't", "does it hurt to go, and not on a trip", "I won't still be here by then", a weapon they
spend their evenings looking at, someone who "knows how", a voice note that only says "it's done".
Entries name signs, never methods or how-to.

Families used: ``death``, ``ending``, ``burden``, ``plan``, ``taken``, ``means``, ``bleeding``,
``self_harm``, ``last``, ``violence``, ``attack``, ``command``, ``grandiose``, ``wish``, ``act``,
``closure``, ``farewell``, ``exonerate``, ``edge``, ``child``, ``medical``, ``settle`` and
``missing`` (the reason codes of ``matching.triage_families.REASON``); contexts (never alone):
``staring``, ``unreachable``, ``isolation``, ``alone_with``, ``decision``, ``time``, ``thanks``.
"""

from __future__ import annotations

from matching.triage_rules import FRAGS, parse

VEILED = parse(r"""
frag ARM (?:arme|armes|fusil|carabine|pistolet|revolver|gun|guns|rifle|shotgun|pistol|firearm)
strong death \b(?:fait|fera|ferait) (?:mal|souffrir) de (?:partir|mourir
    |plus se reveiller)\b(?=.{0,80}
    \b(?:pas|not|no)\b[^|]{0,25}\b(?:voyage|vacances|trip|holiday|demenagement)\b)
    |\b(?:me allonger|me coucher|lie down|lay down)\b[^|]{0,40}\b(?:laisser faire|let it happen
    |wait for it)\b|\brelapsed? (?:on|with|into) (?:sh|self harm\w*|cutting)\b
weak death \b(?:ca fait|est ce que ca fait|est ce que on a) mal (?:de|quand on) (?:mourir|meurt)\b
    |\bnever (?:got|get|make it|made it) (?:home|back|anywhere)\b
    |\b(?:does|will|would) it hurt to (?:die|go|not wake up)\b
strong death \bpoint (?:of|in) (?:waking up|getting up|wake up)\b
    |\b(?:do not think|doubt|not sure|pas sure?) (?:that )?i will (?:still )?be (?:here|around
    |alive)\b|\b(?:pense|crois) pas (?:que je )?(?:serai|serais|etre) (?:encore |toujours )?(?:
    la|vivante?|en vie)\b|\bstop (?:being here|existing)\b
    |\b(?:made sure|make sure) i (?:will not|do not|never) (?:wake|see|make it)
strong death \b(?:promised myself|swore|decided|told myself) (?:that )?i (?:would not|will not) (?:
    see|make it to|live to see) (?:another|the next|my next)\b|\b(?:promis|jure|decide)\w* (?:de ne
    |de|que je ne|que je) (?:pas )?(?:voir|verrai|verrais) (?:pas )?(?:un autre|une autre
    |le prochain|mon prochain)\b
strong death \b(?:go|fall|drift) (?:off )?to sleep (?:\w+ ){0,2}and (?:not|never) wake up\b
    |\b(?:deciding|decided|decide|decision) to end (?:your|my|one s|their) life\b
    |\bdecide de en finir\b
strong ending \b(?:the )?(?:pain|douleur|souffrance|hurt|hurting) (?:to )?(?:stop|end|s arrete
    |cesse)\w* ?[|]? ?(?:permanently|forever|for good|pour de bon|pour toujours|definitivement)\b
    |\bno reasons? left\b|\bplus aucune raison\b
weak hopeless \b(?:plus|pas|aucune) (?:la |de )?force@END@
strong burden \bpersonne (?:ne )?(?:aura|devra) plus (?:a )?(?:se soucier|se inquieter|se occuper
    |porter) de moi\b|\b(?:no one|nobody) will (?:have to )?(?:worry|bother|care) about me (?:
    anymore|any more|again)\b|\beveryone s life (?:gets|will get|would get|will be) easier\b
weak plan \b(?:je sais|i know) (?:exactement |exactly )?(?:comment (?:faire|je ferais
    |je vais faire|le faire)|how (?:i would do it|i will do it|to do it
    |i am going to do it))(?:@END@
    | et\b| and\b)
    |\b(?:i know|je sais) (?:when|where|quand|ou)@END@|\b(?:already )?looked up how@END@
    |\bthought about how@END@|\b(?:do not|not) plan on (?:going back|coming back|coming home
    |going home)\b
weak plan \b(?:told me|said|dit|a dit|me a dit) (?:que )?(?:she|he|il|elle) (?:has|had|avait|a) (?:
    a |un )?plan\b(?! (?:for|to|pour|de|b))
strong taken \b(?:avale|swallowed|took|pris|taken)\b[^|]{0,40}\b(?:tiroir|drawer
    |armoire a pharmacie|pharmacie|medicine cabinet|bathroom cabinet)\b
    |\b(?:swallowed|avale) (?:a bunch of|a lot of|loads of|lots of|all sorts of|plein de
    |un tas de) (?:stuff|things|trucs|choses)\b|\bpris ce que il (?:fallait|faut)\b
    |\bcutting (?:depuis|for \d|for (?:an|a few|two) hours?|since|again tonight)\b
    |\bme coupe (?:de plus en plus|plus) profond\b
weak taken \b(?:message|text|voice note|vocal|sms|texto)\b[^|]{0,30}\b(?:it is done|c est fait
    |i did it|je le ai fait)\b
strong bleeding \b(?:arrive|arriver) (?:plus|pas) a arreter le sang\b
    |\b(?:cannot|can not) stop the bleeding\b|\bblood on the (?:wall|floor)\b
    |\bdu sang (?:sur le mur|partout)\b
weak self_harm \b(?:hitting|banging|smashing) my head\b|\bme (?:taper|tape|frapper|frappe|cogner
    |cogne) la tete\b
strong means \b(?:have|got) (?:a lot of|lots of|loads of|all (?:my|the)|a bunch of|the) @SUBST@ (?:
    next to|beside|in front of|with) me\b|\b@ARM@\b[^|]{0,40}\b(?:a la regarder|a le regarder
    |staring at it|looking at it|la fixer|le fixer)\b
weak means \bpense (?:aux|a mes|a les) @SUBST@\b|\b(?:brought|packed|got|have) everything (?:i
    |he|she) (?:need|needed|needs)\b(?! (?:for|to|from|at))|\b(?:mon|my) @ARM@ (?:a la maison
    |at home|in the house|chez moi)\b
strong last \b(?:sa|ma|son|mon) derni(?:ere|er) (?:moisson|saison|noel|ete|hiver|rentree)\b
    |\b(?:my|his|her) last (?:harvest|season|christmas|summer|winter)\b
strong violence \b(?:make sure|fera en sorte que) (?:none of us|nobody|personne|aucun de nous) (?:
    \w+ )?(?:sees?|verra|voit|lives?|survives?)\b
    |\benceinte\b[^|]*[|]?[^|]*\b(?:pousse|poussee|frappe|frappee|battue)\b
    |\bpregnant\b[^|]*[|]?[^|]*\b(?:pushed|hit|kicked|punched)\b
weak attack \b(?:threw|thrown|throwing|jete|lance|balance) (?:a|une|un|the|des) (?:chair|chaise
    |plate|assiette|table|bottle|bouteille|glass|verre)\b|\b(?:pris|attrape|took|grabbed|got) (?:
    un|a|le|the|my) (?:couteau|knife)\b(?! (?:pour (?:couper|le pain|les legumes)|to (?:cut
    |chop)))
weak command \b(?:le diable|un demon|the devil|a demon) (?:est )?(?:dans|in|inside)\b
    |\bpossede\w* par\b|\bpossessed\b|\bveulent ma peau\b|\b(?:are|is) out to get me\b
    |\bwant me dead\b
weak grandiose \b(?:i am|je suis) (?:god|dieu|jesus|le messie|the messiah|the chosen one|l elu)\b
    |\b(?:can|sait|says he can|says she can) (?:fly|voler)\b
strong grandiose \b(?:can|peut|peux|sait) (?:fly|voler)\b.{0,60}\b(?:roof|toit|window|fenetre|balcon
    |balcony|bridge|pont)\b
weak medical \b(?:went|gone|jumped|walked) into the (?:water|sea|river)\b|\b(?:parti|entre|saute
    |rentre) dans (?:l eau|la mer|la riviere)\b
context staring \bpasse mes (?:soirees|nuits) a la regarder\b
context unreachable \b(?:volets|rideaux) (?:fermes|clos)\b|\b(?:pas venue?|not come in
    |did not come in|did not show up|never showed up)\b|\bnot (?:answered|replied) (?:his|her
    |my) phone\b
context isolation \b(?:nobody|no one) knows where i am\b|\bpersonne (?:ne )?sait ou je suis\b
context alone_with \b(?:est |is )?(?:seule?|alone) avec (?:lui|elle|him|her|eux|them|les enfants
    |the kids|le bebe|the baby|mon (?:petit )?frere|ma (?:petite )?soeur)\b
context danger_place \b(?:from|on|off) the roof\b|\b(?:du|sur le) toit\b
context child \b[1-9] ?(?:yo|year old|yr old)\b
context neglect \bstopped drinking water\b|\bne bois plus (?:de )?(?:eau|rien)\b
    |\barrete de boire de le eau\b
context decision \bc est regle\b|\bit is sorted\b|\beverything is sorted\b|\bc est decide\b
strong death \b(?:apres|after) (?:ce soir|cette nuit|demain|ce week end|this weekend|tonight
    |tomorrow)\b[^|]{0,20}\b(?:aurai plus besoin de rien|will not need (?:\w+ ){0,3}anything)\b
    |\b(?:aurai plus besoin de rien|will not need to pay for anything)\b[^|]{0,20}\b(?:apres
    |after) (?:ce soir|cette nuit|ce week end|this weekend|tonight|tomorrow)\b
    |\b(?:do not|dont) want to be here anymore\b
weak plan \bce soir c est ce soir\b|\btonight is the night\b
context secret \b(?:they|ils|elles) (?:all |tous |toutes )?(?:think|pensent
    |croient) (?:que )?(?:i am|je) (?:moving|demenage
    |leaving|pars)\b
context decision \bje (?:rigole|plaisante) (?:plus|pas)\b|\b(?:not|no longer) joking\b
weak farewell \bthanks? for (?:nothing and everything|everything and nothing)\b|\bmerci pour (?:
    rien et (?:pour )?tout|tout et (?:pour )?rien)\b
strong exonerate \b(?:veux|voudrais|want|would like) (?:que |for )?(?:ma|mon|mes|my|elle|il
    |her|him|them) ?\w* (?:sache|sachent|to know) (?:que )?(?:c etait|it was not
    |it was never) (?:pas |jamais )?(?:sa|leur|her|his|their) (?:faute|fault)\b
weak plan \b(?:je sais|i know) (?:exactement )?(?:ce que il faut prendre|quoi prendre|what to take
    |how much to take)\b
weak means \b(?:ai|have|got) (?:tout|everything) (?:chez moi|a la maison|at home
    |ce que il faut)\b(?! (?:pour|for)\b)
strong last \b(?:vous|tu) (?:ne )?(?:me )?(?:reverrez|reverras) (?:plus|pas|jamais)\b(?! avant)
    |\b(?:you will|you ll) never see me again\b|\bwill not see me again\b
weak farewell \bje pars pour de bon\b|\b(?:leaving|going) for good\b
weak last \byou were (?:so )?(?:kind|good|nice) to me\b|\btu as ete (?:si )?(?:gentil|gentille
    |adorable) avec moi\b
strong exonerate \b(?:te diras|vous direz|ne te dis|ne vous dites) (?:pas|jamais) que (?:c est
    |c etait) (?:ta
    |votre) faute\b
weak plan \b(?:aujourdhui|today) (?:c est|is) (?:le jour|the day)\b
strong command \b(?:voix|voices?)\b[^|]{0,30}\b(?:need to|have to|must|dois|faut) (?:jump|sauter
    |die|mourir|hurt|disappear)\b
strong wish \b(?:planning|plan|planned|going|gonna|decided|want|wanna|thinking
    |think) (?:on |to |of |about )?(?:end|ending) (?:things|this|it all)\b(?! (?:with|between|at
    |for)\b)
frag RUNNING (?:moteur (?:allume|tourne|en marche)|engine (?:is )?(?:running|on)|running engine
    |(?:car|voiture)\b[^|]{0,20}\b(?:running|tourne|allumee?))\b
strong act \bfinish (?:it|things|the job)\b[^|]{0,20}\b(?:shed|garage|barn|grange|attic|grenier
    |woods|bois)\b
    |\bgarage\b(?=.*\b@RUNNING@)|\b@RUNNING@(?=.*\bgarage\b)
    |\b(?:corde|rope) (?:cassee|broken|snapped|coupee|cut down)\b
weak plan \bfinish the job\b(?![^|]*\b(?:at work|au travail|tomorrow|demain|report|rapport
    |painting|kitchen)\b)
strong wish \b(?:vais|veux|va|going to|want to|gonna) (?:aller )?(?:rejoindre|retrouver|join
    |be with) (?:papy|papi|mamie|mamy|grand pere|grand mere|mon pere|ma mere|mon frere|ma soeur
    |mon fils|ma fille|mon mari|ma femme|grandpa|grandma|granny|my (?:dad|mum|mom|father|mother
    |brother|sister|son|daughter|husband|wife|grandad|grandpa|grandma))\b(?=[^|]*(?:[|][^
    |]*)?\b(?:la haut|up there|au ciel|in heaven|enfin|finally|decide|decided|pour toujours
    |forever)\b)
strong command \b(?:voix|voices?)\b[^|]{0,30}\b(?:disent|dit|say|says|tell|tells|told|telling
    |ordonnent|demandent|want|wants)\b[^|]{0,25}\b(?:me couper|me tuer|me faire du mal|mourir
    |sauter|me jeter|cut myself|kill myself|hurt myself|die|jump|hurt (?:her|him|my)
    |faire du mal a|tuer|kill)\b
weak closure \b(?:plus rien|rien|nothing|nobody|no one|personne) (?:ne )?(?:me retient
    |qui me retient
    |keeping me here|holding me here|to keep me here|left to keep me)\b|\b(?:pourquoi
    |why) (?:je continuerais|continuer|would i (?:keep going|go on|carry on|bother))\b
weak farewell \b(?:look after|take care of|prends soin de|occupe toi de|veille sur) (?:your|ta
    |ton|tes|my|ma|mon|mes) (?:\w+ )?(?:for me|pour moi)\b(?![^|]*\b(?:while|pendant|until
    |jusqu\w*|ce soir|tonight
    |tomorrow|demain|weekend|today|aujourd hui|when i|quand je)\b)|\b(?:do not be sad
    |ne sois pas triste
    |ne soyez pas tristes?)\b
    |\b(?:ma|my) (?:derniere|last) (?:conversation|discussion|chat|talk)\b(?! (?:avant|before
    |de la|of the|for|pour|de l|today|aujourd|this week|cette semaine)\b)
weak plan \b(?:looked up|searched|googled|checked|cherche|regarde|recherche|verifie)\b[^
    |]{0,30}\b(?:how high|how tall|quelle hauteur|la hauteur)\b[^|]{0,30}\b(?:bridge|pont
    |building|immeuble|fall|chute|drop|falaise|cliff|viaduc|viaduct)\b
    |\b(?:solution|issue|sortie) (?:definitive|finale|radicale)\b(?! (?:pour|au
    |contre)\b)(?! a (?!tout\b))
    |\b(?:permanent|final|definitive) (?:solution|way out|exit)\b(?! (?:for|to)\b)
    |\b(?:ai|have|i) (?:enfin |finally )?(?:decide|decided|made up my mind
    |pris ma decision)\b(?=[^|]*(?:[|][^|]*){0,2}\b(?:leger|legere|calme|soulagee?|serein\w*
    |apaisee?|en paix|calm|relieved|peaceful|light|at peace)\b)
weak exonerate \b(?:dire|dites|dis|tell|let) (?:a )?(?:ma|mon|mes
    |my) \w+ (?:que |that )?(?:ce n etait|c etait|it was|it is|it s|c est) (?:pas|not
    |nobody s|no one s) (?:sa|leur|their|his|her|of their) (?:faute|fault)\b
    |\b(?:tell|dites|dire a) (?:my|ma|mes|mon) (?:family|famille|parents|mum|mom|dad|kids
    |children|enfants|wife|husband|femme|mari|sister|brother|soeur|frere|mere
    |pere) (?:that )?(?:i am|je suis) (?:so )?(?:sorry|desolee?)\b
weak means \b(?:photo|picture|pic|image|story|video) (?:\w+ ){0,3}?(?:d une|de une|of a|de la|of the
    |with a|avec une) (?:corde|rope|noose|noeud coulant|lame|blade)\b(?! (?:bridge|pont|ladder
    |echelle
    |swing|a sauter|de rasoir neuve))
weak edge \bau bord (?:de la|du|d une|de une|des) (?:falaise|pont|toit|precipice|ravin|quai)\b
    |\b(?:on
    |at) the edge of (?:the |a )?(?:cliff|bridge|roof|platform)\b
strong child \b(?:a|has|have|just) (?:frappe|battu|hit|beaten|beat|secoue|shaken
    |shook)\b (?:\w+ ){0,2}?(?:notre|mon|ma|son|sa|our|my|his|her|the) (?:\w+ )?(?:fils|fille
    |bebe|enfant|son|daughter|baby|child|kid|petit|petite)\b
weak violence \b(?:m empeche|me empeche|won t let me|will not let me|does not let me
    |stops me from) (?:de |d )?(?:appeler|call\w*|sortir|leave|partir|get help)\b
weak medical \b(?:rien mange|not eaten|have not eaten|pas mange)\b (?:depuis|for|in) (?:[5-9]
    |\d\d) (?:jours|days)\b
    |\b(?:respire|breathing|breathes)\b[^|]{0,20}\b(?:mais|but)\b[^|]{0,15}\b(?:repond|reagit
    |responding|responsive|wake|reveille)\w*
strong medical \b(?:arrive|peux|can|cannot
    |could not) (?:pas |not )?(?:a )?(?:le |la |him |her )?(?:reveiller|wake (?:him|her))\b(?![^
    |]*\b(?:pour|for) (?:l ecole|school|work|le travail|le bus)\b)(?=.*\b(?:respire|breath\w*
    |cachets|pills|bu|drank|medoc\w*|alcool)\b)
    |(?<!nez )(?<!nose )\b(?:arrete|arretent|s arrete) (?:pas|plus) de saigner\b
    |(?<!nose )\b(?:will not|does not|cannot|not) stop(?:ping)? bleeding\b
strong self_harm \b(?:ouvert|entaille|coupe|cut|sliced|opened)\b (?:(?:le|la|les|mon|ma|mes
    |my) )?(?:
    bras|poignet|poignets|cuisse|cuisses|jambe|jambes|ventre|arm|arms|wrist|wrists|thigh|thighs|leg
    |legs|stomach|myself) (?:\w+ ){0,2}?(?:plus profond|deeper|trop profond|too deep)\b
weak act \b(?:tentative|attempt\w*)\b[^|]*(?:[|][^|]*)?\b(?:ca revient|it is coming back
    |coming back|recommence)\b
weak settle \b(?:cancelled|canceled|resilie
    |annule) (?:all )?(?:my |mes |tous mes )?(?:subscriptions|abonnements)\b(?=.*\b(?:calm|calme
    |strangely|bizarrement|key|cle|whoever|fridge|frigo)\b)|\b(?:for|pour) whoever (?:finds
    |comes)\b|\bfor whoever\b@END@
weak missing (?!.*\b(?:found (?:him|her)|retrouvee?|back home|est rentree?
    |is back)\b)\b(?:alzheimer|dementia|demence|demente)\b.*?\b(?:partie?|disparue?|missing
    |wandered|introuvable|personne (?:ne )?la trouve|cannot find)\b
weak closure \b(?:vois|voit|trouve) (?:plus|pas
    |aucun) (?:d |l |le )?interet (?:a |de |d )?(?:continuer|vivre|rester en vie
    |me lever)\b(?! (?:mes|mon|ma|les|le|la|ce|cette|a|au|avec|comme)\b)|\b(?:see
    |find) no (?:point|reason) (?:in |to )?(?:going on|carrying on|living|continuing|keep going)\b
weak burden \b(?:just |only |such )?(?:a )?dead weight\b
strong wish \b(?:nous |me |m |se |s )?endormir (?:\w+ ){0,3}?(?:pour de bon|pour toujours
    |a jamais|for good|forever)\b
weak edge \b(?:car park|parking|multi ?storey|multistorey|building|immeuble|hospital
    |hopital) roof\b|\b(?:standing|sitting|debout|assise?) (?:on
    |sur) (?:the |le |la )?(?:\w+ ){0,2}?(?:roof|toit|ledge|rebord|parapet|railing|rambarde
    |bridge|pont)\b(?![^|]*\b(?:fireworks|feu d artifice|view|vue|photo|selfie|concert)\b)
context thanks \bmerci (?:d |de )?d?etre (?:la|presente?s?)\b|\bthanks? for being (?:there|here)\b
""", FRAGS)

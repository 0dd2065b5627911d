"""Warning signs of the crisis scoring: the act already done, the last contact, the means at hand.

Crisis-line practice lists warning signs that carry no word of death: something already taken,
a last message, affairs settled, belongings given away, a calm that follows a decision, being
somewhere high, the means acquired, a relative's voice gone quiet. Blind sets rated once showed
the rules missing exactly these. Same format and tables as ``matching.triage_families`` (merged
into its ``FAMILIES``); entries name signs, never methods or how-to.

Families added: ``taken`` (an act already done), ``bleeding``, ``last`` (a last message or person,
not being there at a date), ``settle`` and ``closure`` (affairs, papers, a will), ``giveaway``,
``means`` (what is needed at hand), ``edge`` (somewhere high), ``medical`` (someone not
breathing), ``command`` (voices), ``act`` (doing it, a plan), ``exonerate`` (not their fault),
``lost_control``; contexts (never alone): ``calm``, ``why_write``, ``history``, ``before``,
``after``, ``over``, ``urge_harm``, ``outside``, ``isolation``, ``alone``, ``thoughts``, ``need``,
``refuse`` and more ``time``, ``decision``, ``thanks`` and ``unreachable`` cues.
"""

from __future__ import annotations

from matching.triage_rules import FRAGS, parse

SIGNS = parse(r"""
frag TOOK (?:took|taken|take|swallowed|downed|necked|had|pris|prendre|avale|avaler|bouffe|gobe)
frag ALLQ (?:all|whole|entire|a whole|a whole bunch of|whole bunch of|a lot of|lots of|loads of
    |a bunch of|bunch of|a handful of|handful of|too many|way too many|extra|double|all of|all the
    |tous|toutes|toute|tout|plein de|trop de|une poignee de|une boite de|une plaquette de
    |la boite de|des dizaines de)
strong taken \b@TOOK@ (?:\w+ )?@ALLQ@ (?:(?:my|her|his|the|of|mes|ses|les|ma|sa|la|de|des) )?(?:
    \w+ (?:(?:de|of) (?:my |mes |ses |her |his )?)?)?@SUBST@\b(?! (?:as|comme|prescri\w*
    |this morning|ce matin|today|du matin))
    |\b@TOOK@ (?:the |a |my |her |his )?(?:whole|entire) (?:box|bottle|pack|packet
    |strip)\b(?! of (?!(?:my |her |his |the )?@SUBST@))|\b@TOOK@ (?:toute|tout) (?:la|ma|sa
    |une) (?:boite
    |plaquette)\b(?! de (?!(?:mes |ses )?@SUBST@))|\b@TOOK@ (?:an |une )?(?:overdose|od)\b
    |\boverdosed\b|\b(?:
    did|done) an od\b|\b@TOOK@ (?:des |some |my |mes )?@SUBST@ (?:en trop|de trop|on purpose
    |expres|volontairement)|\b@TOOK@ (?:\w+ ){0,4}?@SUBST@\b[^|]{0,30}\b(?:expres|on purpose
    |volontairement)\b|\b(?:avale|pris|swallowed|took) (?:(?:a|un) (?:truc|thing
    |something) )?(?:pour|to) (?:plus|ne plus|not|stop) (?:rien )?(?:sentir|feel\w*)
    |\bjust swallowed (?:all|everything|them all)\b|\btook everything i had@END@
    |\bpris tout ce que je avais@END@|\bempty (?:blister packs|(?:packs?|boxes|bottles
    |packets) of @SUBST@|@SUBST@ (?:boxes|bottles|packets))\b|\b@SUBST@ vides?\b
    |\bplaquettes? vides\b|\b(?:boites?|plaquettes?) de @SUBST@ vides|\b(?:a )?handful of (?:
    my |her |his )?@SUBST@|\bune poignee de @SUBST@|\b(?:pris|took|taken) (?:mes|my|ses|his
    |her) @SUBST@ (?:par dessus|en plus|on top|with (?:alcohol|vodka|wine|beer|booze|whisky))
strong taken \bcut (?:too deep|deeper)\b|\bcutting (?:right now|now|rn|and cannot stop)|\b(?:
    bras|poignets|arms|wrists) (?:en sang|covered in blood|bleeding)\b
weak taken \bplein de (?:boites|plaquettes) de (?:medocs|medicaments|cachets)|\btous (?:mes
    |ses) @SUBST@|\b(?:lots|loads|piles) of (?:pill|pills|med) (?:boxes|bottles|packets)
weak self_harm \bcut myself\b|\bjusqu au sang\b
weak bleeding \b(?:saigne|bleeding) (?:\w+ ){0,3}?(?:arrete pas|arrete plus|will not stop
    |not stopping|does not stop|cannot stop|a lot|so much|beaucoup|pas mal)|\b(?:it|ca) (?:
    will not stop|is not stopping|arrete pas) (?:de )?(?:saigner|bleeding)
strong burden \bserai plus (?:un|une) (?:poids|fardeau|souci|probleme|charge)|\b(?:burden|poids
    |fardeau|souci|charge) (?:\w+ ){0,4}?(?:much longer|for long|longtemps|bientot|soon)\b
    |\bplus (?:un|une) (?:poids|fardeau|souci|probleme) pour (?:personne|vous|eux|tout le monde)
    |\b(?:mieux|better) (?:comme ca )?(?:pour|for) (?:tout le monde|everyone|everybody) (?:quand
    |when|once|if|si) (?:je|i)\b|\b(?:do not deserve|ne merite pas|merite pas) (?:de |to )?(?:
    vivre|live)\b
strong wish \b(?:thinking|think|thought|thoughts) (?:about|of) ending (?:things|it|everything
    |my life)|\b(?:scared|afraid|terrified) of what i (?:am going to|might|will|could) do\b
    |\bwhat is the point (?:anymore|any more)|\bpas sure? de (?:tenir
    |survivre) (?:jusqu (?:a |au )?(?:
    demain|matin|ce soir)|la nuit|cette nuit)|\bnot sure i (?:can|will) (?:make it|last) (?:
    through the night|till morning|until morning|tonight)
weak burden \bdeserve(?:s)? (?:a )?better (?:mum|mom|dad|mother|father|parent|wife|husband)\b
weak means \b(?:ai|as|a|avait|avais|avons) (?:achete |trouve |deja |bien )?(?:
    tout )?ce que il (?:me |lui |te )?faut\b(?! (?:pour|for|to))|\b(?:got|have|had|bought|found
    |has) (?:everything |all )?(?:what|all) (?:i|he|she|they) (?:need|needed|needs)\b(?! (?:from
    |for|at|to))|\b(?:tout|everything) (?:est )?(?:devant moi|a cote de moi|in front of me
    |next to me|beside me)|\bfait le necessaire\b|\bde cote (?:pour|for)\b|\b(?:garde|gardait
    |kept|keeping|stockpil\w*) (?:ses |mes |his |her |my )?@SUBST@\b|\b(?:have|got) (?:the
    |my) @SUBST@ ready\b
strong edge \b(?:je suis|suis|i am|standing|sitting|stood|am) (?:\w+ )?(?:sur le (?:pont|toit
    |rebord|parapet)|en haut (?:de le|du|de la|de l) ?\w+|au bord (?:du|de la) (?:pont|vide|toit
    |falaise|voie)|on (?:the|a|my|top of the|top of my|top of a) (?:bridge|roof|rooftop|ledge
    |edge|parapet|building|car park|cliff|tracks))\b(?![^|]*\b(?:with (?:friends|mates|my)
    |avec (?:des |mes )?(?:amis|potes|copains)|party|fete|soiree|sunset|coucher de soleil
    |fireworks|feux d artifice|barbecue|bbq|terrasse|terrace|repar\w*|fix\w*|gutter|antenne
    |antenna)\b)
weak edge \bup here\b|\b(?:pres|pas loin) du pont\b|\bnear the bridge\b
weak act \b(?:i am|je suis en train de|i will|going to|je vais|on the point of) (?:do(?:ing)? it
    |le faire)\b|\bsur le point de le faire\b|\babout to do it\b|\b(?:still|toujours) (?:want
    |wanna|veux|envie de) (?:to )?(?:do it|le faire|recommencer)\b|\b(?:le|it) (?:ferait|ferai
    |do) (?:ce|this|tonight|ce soir)|\bdid something stupid\b|\bjoin (?:mum|mom|dad|him|her) soon\b
    |\b(?:finir|regler) (?:ca|tout ca) une (?:bonne )?fois\b|\bend (?:things|everything) (?:this
    |tonight|on|by|before)\b|\bnow that i (?:have )?decided\b|\bmaintenant que je ai decide\b
    |\bplann(?:ing|ed) it\b(?! (?:for|in) (?:next|january|february|march|april|may|june|july
    |august|september|october|november|december|the summer|the holidays)\b)|\b(?:its
    |it is) all (?:planned|sorted|set)\b|\ball planned\b
    |\bmy plan is (?:solid|set|ready|made|final)\b|\bmon plan est (?:pret|fait|solide)\b
    |\bma vie (?:c est|est) (?:terminee?|finie?)\b|\bmy life is over\b|\bnone of (?:it|this
    |that) (?:
    will|would) matter\b|\b(?:n|ne) aura plus (?:aucune |de |d )?importance\b|\b(?:aurai
    |aura) plus (?:
    de |aucun )?problemes?@END@|\b(?:avait|avais|a|ai) (?:deja )?tout prevu\b
    |\btonight (?:is )?the night\b|\b(?:va|vais) bientot (?:la |le |les )?rejoindre\b|\b(?:va
    |vais) (?:la |le |les )rejoindre bientot\b|\b(?:vais|going to|will) (?:re)?essayer@END@
    |\bplus (?:de )?problemes?\b[^|]*\bplus jamais\b|\bno more problems\b
weak lost_control \bme retiens plus\b|\b(?:do not|cannot|can not) (?:trust|control) myself\b
    |\bme fais peur\b|\bme controler\b
strong taken \b@TOOK@ (?:tout ce que il y avait|everything|all) (?:dans|in) (?:
    la |le |l |my |the |mon |ma )?(?:
    armoire|pharmacie|cabinet|medicine cabinet|bathroom cabinet|boite a pharmacie)|\b(?:avale
    |pris|took|taken|swallowed) (?:\w+ ){0,3}?@SUBST@\b[^|]{0,40}\b(?:pour dormir longtemps
    |to sleep (?:
    forever|for a long time))
weak taken \b(?:avale|pris|took|swallowed) (?:des|some|plein de|a bunch of|loads of|a few) @SUBST@\b
    |\b(?:took|taken|pris|avale) (?:something|quelque chose|un truc)\b|\b(?:pic|picture|photo
    |story) (?:of|de|with) (?:\w+ )?@SUBST@
weak self_harm \b(?:go|gone|went) (?:that|too|so) far this time\b|\btrop loin cette fois\b
    |\brelapsed (?:on|with) (?:cutting|self harm)\b
weak over \btout sera fini pour moi\b|\b(?:it|this) (?:will|is going to) all be over\b
weak hopeless \b(?:arrete|stopped) (?:de me battre|fighting)\b|\b(?:veux|voulait|want
    |wants) plus (?:
    me|se) battre\b|\b(?:sais pas|do not know|dont know) (?:combien de temps|how long) (?:
    je vais|i can
    |i will) (?:tenir|hold on|last|keep going)\b
strong ending \bnothing (?:left )?to live for\b|\bplus rien pour (?:quoi|lequel) vivre\b
    |\b(?:pas|plus) envie de voir (?:le jour se lever|demain|le soleil se lever)|\b(?:do not
    |dont) want to see (?:tomorrow|the sunrise|another day|the morning)\b
weak ending \b(?:i am|je suis) done now\b|\bje en ai fini\b
strong means \b(?:toutes? |all )?(?:mes|my) (?:boites de |boxes of )?@SUBST@ (?:devant moi
    |in front of me
    |next to me|a cote de moi)\b
weak means \b(?:saving|saved|hoarding|hoarded|mis de cote|garde de cote) (?:up )?(?:
    my |mes |des )?@SUBST@
    |\b(?:il manque|missing) (?:\w+ ){0,2}?@SUBST@|\b@SUBST@ (?:\w+ ){0,3}?(?:ont disparu
    |are missing
    |have gone missing)\b|\bhow easy it would be\b|\bce serait (?:si|tellement) facile\b
weak act \b(?:going to|gonna|vais) (?:\w+ ){0,3}?(?:just )?do it\b|\b(?:tonight
    |ce soir) feels like the night\b
strong taken \b@TOOK@ (?:like |about |around |genre |environ )?(?![123] )\d+ (?:of )?(?:
    my |mes |de mes |her |his )?(?:
    @SUBST@)|\b(?:melang\w*|mixed) (?:\w+ )?(?:alcool|alcohol|booze|drink) (?:et|and|with|avec) (?:
    mes |my |des |les |some )?@SUBST@|\b(?:bu|drank|drunk) (?:\w+ ){0,4}?(?:avec|with) (?:mes|my
    |des|some) @SUBST@
    |\b(?:deja )?fait le geste\b|\bpasse a l acte\b|\b(?:prepare|sorti|charge|loaded|got out) (?:
    son|mon|his|my|the|le) (?:fusil|arme|gun|rifle|shotgun)\b|\blocked (?:herself|himself
    |themselves) (?:\w+ ){0,5}?with (?:\w+ ){0,2}?(?:razor|blades?|knife|knives|pills)\b
    |\benfermee? (?:\w+ ){0,5}?avec (?:\w+ ){0,2}?(?:lames?|rasoirs?|couteaux?|cachets|medocs)\b
weak taken \b(?:avale|swallowed) (?:des|some|plein de) (?:trucs|choses|stuff|things)\b
weak self_harm \bme suis (?:encore |re)?(?:brulee?|griffee?|frappee?|tapee?)\b(?![^|]*\b(?:cuisin\w*
    |four|casserole|pates|repass\w*|cooking|oven)\b)|\b(?:punched|hit|frappe) (?:
    the |a |le |un )?(?:
    mirror|wall|window|miroir|mur|vitre) (?:on purpose|expres)\b
weak bleeding \bje saigne\b|\bi am bleeding\b|\bgushing\b|\bpisse le sang\b
strong burden \b(?:would|will|be) (?:be )?(?:fine|better|ok|okay|happier|better off) without (?:
    me|her|him)\b
    |\b(?:seraient|serait|seriez|serions|serais|on serait) (?:tous )?(?:mieux|bien
    |plus heureux) sans (?:
    moi|elle|lui)\b|\bmieux sans moi\b
strong plan \b(?:mon|my) plan (?:dans la tete|in my head)\b|\btoujours mon plan\b|\bstill (?:have
    |got) (?:my|a|the) plan\b
weak means \b(?:mis|mise) de cote (?:ses|his|her) @SUBST@|\bknow (?:exactly )?what would work\b
    |\bsais (?:exactement )?ce qui (?:marcherait|fonctionnerait)\b|\b(?:hid|hidden|cache
    |planque) (?:
    something|quelque chose|un truc)\b|\bbought something (?:he|she) (?:will not|wont) show\b
weak act \btonight is (?:when|the night)\b|\bwhen i stop\b|\bbe alone when it happens\b
    |\b(?:etre seule?) quand (?:ca arrivera|ca se passera)\b|\bwhen it happens@END@
    |\b(?:want to|envie de) do worse\b|\benvie de faire pire\b|\b(?:faire|fais) un pas de trop\b
weak ending \b(?:he|she) is done\b
strong edge \blaisse passer les trains\b|\bletting (?:the )?trains (?:go|pass)\b
strong taken \b@TOOK@ tout (?:mon|ma|mes) (?:traitement|medicaments|medocs|cachets)\b|\b(?:
    traitement|medicaments|medocs|cachets|pills|meds) (?:\w+ ){0,3}?(?:d un coup|all at once)\b
    |\b@TOOK@ (?:toute|tout) (?:la|ma|sa|une) (?:boite|plaquette) de (?:ma|mon|sa|son) \w+\b
    |\b@TOOK@ (?:like |about )?(?:the |a )?whole (?:pack|box|bottle|packet|strip) of (?:my|her
    |his) \w+ (?:pills|meds
    |tablets)\b|\b(?:avale|bu|drank|swallowed) (?:un |du |de la |some )?(?:produit|javel|bleach
    |detergent|lessive|white spirit|antigel|antifreeze)\b|\btaking an overdose\b
    |\bpar ?dessus\b[^|]{0,30}\bdormir (?:
    tres )*longtemps\b
weak taken \b(?:took|used|pris) (?:way )?more than (?:usual|i used to|d habitude)\b
    |\bmedicine cabinet (?:was |is )?(?:
    open and )?empty\b|\barmoire a pharmacie (?:est |etait )?(?:ouverte et )?vide\b|\bpris (?:
    des trucs
    |des choses) pour (?:ne )?plus rien sentir\b
weak self_harm \bse (?:taper|tape|cogner|cogne|frapper|frappe) la tete contre\b
weak bleeding \b(?:il|elle) saigne\b|\b(?:he|she) is bleeding\b
weak means \b(?:arme|fusil|carabine|gun|rifle|shotgun|pistolet|revolver)\b(?! (?:a eau
    |en plastique|jouet
    |nerf|licen[cs]e|permit|permis|collection|club))(?![^|]*\b(?:hunting season
    |saison de (?:la )?chasse|ouverture de la chasse)\b)|\beverything (?:we
    |i) (?:would )?need is (?:on|in|here|ready)\b|\bmis (?:des |mes )?(?:
    cachets|medocs|comprimes|medicaments) de cote\b|\b(?:i have|i ve) got enough now\b
weak act \bce que je vais faire ce soir\b|\bwhat i am going to do tonight\b|\b(?:both
    |tous les deux) (?:went|go|partir|partions) (?:together|ensemble)\b|\bmaking it so i (?:
    do not|dont) have to\b
    |\b(?:driving|drive) (?:somewhere )?and not stopping\b|\bnot (?:going to be )?driving home\b
    |\b(?:vais pas|pas) rentrer chez moi (?:ce soir|ce matin)\b|\bfinishing it properly\b
    |\bworking out how\b|\b(?:stopped|arrete) (?:taking )?(?:her|his|my|ses|mes|son|sa) \w+ (?:
    \w+ ){0,3}?(?:
    on purpose|expres|volontairement)\b|\b(?:deja )?(?:essaye|tente|tried) (?:\d+|deux|trois|two
    |three) (?:fois|times)\b|\bdone with all of this\b|\ben ai fini avec tout\b
weak edge \bau bout du quai\b|\bend of the (?:pier|quay|dock|jetty)\b|\b(?:walk|go|went) (?:
    down )?to the (?:tracks|bridge|cliff)\b
weak plan \b(?:everything|it all) lined up\b
strong taken \bcoupee? plus profond\b|\bcut deeper than\b|\b(?:swallowed|took|avale|pris) (?:
    whatever
    |everything|all|tout ce que il y avait|tout ce qui restait) (?:was )?(?:left )?(?:in|dans)\b
    |\b(?:ouvert|turned on|left on) (?:le|the) gaz\b(?![^|]*\b(?:cuisin\w*|cuire|pates|cook\w*)\b)
    |\b(?:poignets|wrists|bras|arms) qui saignent\b|\bwalking into the (?:sea|ocean|river|lake)\b
    |\b(?:marcher|entrer|rentrer) dans la mer\b|\bhow many (?:\w+ ){0,3}?(?:is|are) too many\b
weak bleeding \b(?:ca|il|elle) se arrete pas de saigner\b
weak self_harm \burge to (?:cut|self harm|hurt myself)\b|\bme brule (?:avec|les)\b
weak means \b(?:i have|have|got|i ve) (?:it|them) in my hand\b|\b(?:holding|je tiens) (?:the
    |la) (?:box
    |boite|blade|lame)\b|\b(?:got|have) everything i need\b|\bqui fera l affaire\b
    |\bthat will do the job\b
strong edge \b(?:trouve|found) (?:un|une|le|la|the|a) (?:pont|bridge|endroit|place|spot|falaise
    |cliff
    |immeuble|building) (?:qui fera l affaire|that will do)\b|\b(?:edge of the platform
    |bord du quai)\b
weak edge \b(?:he|she) is on the roof\b|\b(?:il|elle) est (?:monte\w* )?sur le toit\b
    |\bau milieu du pont\b
    |\bmiddle of the bridge\b|\b(?:cliffs|falaises)\b
weak death \bme vois pas dans (?:1|un|une|\d+) (?:an|ans|semaine|semaines|mois)\b
    |\bcannot see myself (?:
    in|next) (?:a|one|\d+) (?:year|week|month)\b|\bbe with \w+ in heaven\b
weak ending \bdone with everything\b
weak hopeless \bplus (?:le )?gout a rien\b|\blost (?:all )?interest in everything\b
strong wish \bhurting (?:her|him|them) and then myself\b
weak lost_control \b(?:cannot|can not) trust my (?:own )?(?:head|mind)\b
weak act \benvie de aller (?:beaucoup )?plus loin\b|\bdrive (?:till|until) something happens\b
    |\brouler jusqu a ce que\b
weak plan \btonights? (?:is )?the night\b
strong taken \b(?:swallowed|took|avale|pris) tout ce que je avais (?:dans|in)\b
    |\btook what i (?:had been|was
    |have been) saving\b
weak bleeding \bneeds? stitches\b|\bbesoin de points de suture\b
weak self_harm \b(?:did|done) the thing again\b|\bway worse than usual\b|\burge is (?:so )?(?:
    strong|bad)\b
    |\bentailles\b|\bfresh cuts\b|\balready did it (?:twice|again|\d+ times)\b|\b(?:go
    |going) deeper\b
    |\bnot enough anymore\b
strong wish \b(?:taking|take) us both\b|\bnous emmener tous les deux\b
    |\bla prochaine fois je (?:ne )?me raterai pas\b|\bnext time i (?:will not|wont) (?:fail
    |mess it up|miss)\b|\bmore use (?:to everyone )?(?:gone
    |dead)\b|\b(?:plus|pas|aucune) (?:de )?raison de etre la\b
weak act \bprepare (?:mon|my) (?:truc|thing|affaire)\b|\bmake sure i (?:do not|dont) have to\b
    |\by pense de plus en plus (?:serieusement|souvent)\b|\bthinking about it more and more\b
    |\b(?:vais|va) (?:le|la) rejoindre\b|\bon sera bientot ensemble\b|\bwe will be together soon\b
weak plan \bgot (?:it )?(?:all|everything) sorted\b
weak means \b(?:holding|je tiens) (?:the|la|le) (?:thing|truc)\b|\bacces a tout\b
    |\baccess to everything\b
weak edge \blooking down (?:from|at night)\b|\bjust looking down\b|\bregarde(?:r)? (?:le vide
    |en bas)\b
strong taken \bplus profond que (?:de )?(?:habitude|hab|d hab)\b|\bdeeper than (?:usual|normal
    |before)\b
    |\b(?:avale|pris|took|swallowed) (?:les|the) (?:medocs|medicaments|cachets|pills
    |meds) de (?:ma|mon) \w+\b
    |\bwalk into the (?:sea|ocean|river|lake)\b
weak bleeding \bca saigne encore\b|\bstill bleeding\b
weak self_harm \brecommence a me couper\b|\bde me couper\b
strong means \b(?:cutter|lame|rasoir|blade|razor|pills|cachets|medocs) dans la main\b|\b(?:
    the )?(?:pills|blade
    |razor|cutter) in my hand\b
weak means \bsais exactement quoi prendre\b|\bknow exactly what to take\b|\b(?:pocketing
    |stealing) (?:\w+ )?from the\b|\bi have enough now\b|\bmedicaments caches\b|\bhidden (?:
    pills|meds)\b
weak act \b(?:ca )?devient precis\b|\bgetting (?:more )?specific\b|\bme en occuper (?:moi )?meme\b
    |\btake care of it myself\b|\b(?:vais|going to) recommencer\b|\bturned the wheel\b
    |\bcoup de volant\b
    |\bone reason (?:i )?(?:should not|shouldnt)\b
weak ending \bjusqu a ce que (?:ca|tout) se arrete\b|\buntil it (?:all )?stops\b
weak death \bwants? to (?:go )?join (?:grandpa|grandma|mum|mom|dad|him|her)\b
weak edge \b(?:je suis|i am) (?:a la gare|at the station)\b(?! (?:avec|with) (?:mon sac|mes affaires
    |ma valise|mes bagages|my bag|my stuff|my suitcase)\b)|\bbridge pillar\b|\bpile de pont\b
strong edge \bclimbed over the (?:barrier|railing|fence)\b|\bpasse (?:par dessus )?la (?:
    barriere|rambarde)\b
    |\btop floor of the car park\b|\b(?:standing|debout) on the (?:balcony )?railing\b
    |\bsur la rambarde\b
weak plan \bla date\b[^|]{0,30}\b(?:demain|ce soir)\b
strong means \b(?:achete|bought|got) (?:ce que il faut|what i (?:need|needed))(?! (?:pour|for
    |from|at|to))\b[^|]{0,15}\b(?:aujourdhui|today|ce matin|this morning)\b
""", FRAGS)

REASON = {"taken": "self_harm", "means": "plan", "edge": "plan", "act": "plan"}

"""Warning signs found once blind18 to blind20 and chat15 to chat17 were folded in.

The sixth companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). The rules alone had missed 94 of those sets' 330 crisis
messages (6 now, in sample); these entries cover the kinds that came back most: something taken
and felt already, things left behind two at a time, someone found not responding, a child left
alone, violence heard through a wall, voices giving orders, a decision announced with thanks,
the end of bothering anyone "after tonight". Entries name signs, never methods or how-to; their
look-alikes are in the negative lookaheads (a birthday present, an account paused "for a
detox", a date picked for a wedding, a decision to change jobs).

Families used: ``taken``, ``means``, ``edge``, ``act``, ``plan``, ``farewell``, ``closure``,
``settle``, ``medical``, ``self_harm``, ``child``, ``attack``, ``threat``, ``hiding``,
``command``, ``death``, ``burden``, ``fire``, ``relative_at_risk``, and the contexts ``time``,
``after``, ``staring``, ``unreachable``, ``need``, ``calm`` (reason codes of
``matching.triage_families.REASON``).
"""

from __future__ import annotations

from matching.triage_substances import FRAGS, parse

MOMENTS = parse(r"""
frag ITEM (?:badge|cles|keys|alliance|wedding ring|bague|ring|telephone|phone|portable
    |chien|dog|chat|cat|portefeuille|wallet|enveloppe|envelope|lettre|letter|note|mot|carnets)
strong taken \b(?:took|swallowed|taken|pris|avale)\b.{0,60}\b(?:starting to (?:feel (?:it|heavy)
    |kick in)|(?:ca )?commence a faire effet|je me endors|i am falling asleep)\b
    |\b(?:mixed|melange)\w*\b[^|]{0,50}\b@PILLS@\b[^|]{0,30}\b(?:on purpose|expres
    |volontairement)\b
    |\b(?:swallowed|avale|took|pris) (?:a |the |une |la |toute une |toute la )?(?:
    whole |entire )?(?:bottle|box|strip|pack|flacon|boite|plaquette) (?:of |de |du )(?:something
    |quelque chose|un truc|pills|cachets|medocs)\b
    |\b(?:deja |already )?(?:avale|pris|took|swallowed|taken) (?:les|mes|the|my|des|some) @PILLS@
    \b(?=.{0,40}\b(?:avant de (?:vous |te )?(?:ecrire|parler|venir)|before (?:messaging|writing
    |texting|coming)|commence a faire effet|starting to (?:feel|kick))\b)
    |\b(?:took|taken|pris|avale) (?:way |bien )?(?:more|too many|trop|plus) (?:than|que) (?:
    i thought|i meant|prevu|je pensais|je voulais)\b
weak taken \bc est deja (?:pris|avale)\b
    |\b(?:i|je ai|ai) (?:took|taken|pris|avale) (?:them|les|it)\b(?=[^|]*\b(?:ago|il y a)\b)
strong means \b(?:stockpil\w*|hoard\w*|stock\w*|saved up|saving up|mis de cote|economise\w*)\b (?:
    \w+ ){0,2}?@PILLS@
    |\b(?:achete|bought)\b[^|]{0,40}\b(?:dans|in|from|at) (?:\d+|plusieurs|several|different
    |quatre|trois|three|four|five|cinq) (?:\w+ )?(?:pharmacies|pharmacy|chemists|drugstores)\b
    |\b(?:hung|accroche|attache) (?:up )?(?:the |a |la |une |my |ma )(?:rope|corde)\b(?![^
    |]*\b(?:swing|balancoire|hamac|hammock|linge|laundry|climb\w*|escalade|gym)\b)
    |\b(?:la|une|the|a|ma|my) (?:corde|rope)\b[^|]{0,30}\b(?:placard|closet|wardrobe|armoire
    |cupboard)\b(?![^|]*\b(?:climb\w*|escalade|boat|bateau|camping|sport|gym|jump|sauter)\b)
    |\b(?:there is|there are|il y a) (?:a |une |des |the |mes |my |la )?(?:
    bottle of |boite de |box of |plaquette de )?@PILLS@ (?:right )?(?:next to|beside|in front of
    |a cote de|devant) (?:me|moi)\b
    |\b(?:pistol|gun|fusil|revolver|flingue)\b[^|]{0,40}\b(?:on the table|sur la table|loaded
    |charge|cleaned|nettoye|next to me|a cote de moi)\b(?![^|]*\b(?:hunting|chasse|range|stand
    |club)\b)
weak means \b(?:i have|je ai) (?:enough|assez)(?: now| maintenant| tonight| ce soir)?@END@
    |\b(?:photo|picture|pic)\b[^|]{0,40}\b(?:boites|boxes|bottles|plaquettes|tas) (?:de |of )
    @PILLS@
    |\b(?:il me reste|i have|je ai|got) \d+ (?:lames|blades)\b
    |\b(?:holding|tient|brandit) (?:one of )?(?:the |a |un |le |les |des )?(?:kitchen )?(?:knife
    |knives|couteau|couteaux)\b
strong edge \b(?:je vous ecris|je te ecris|writing|texting|messaging) (?:\w+ )?(?:from|depuis) (?:
    the |la |le )?(?:voie ferree|tracks|railway|bridge|pont|toit|roof|falaise|cliff)\b
    |\b(?:car|voiture)\b.{0,40}\b(?:edge|bord|top|haut) (?:of |de |du )(?:the |la |le )?(?:quarry
    |carriere|cliff|falaise|boat ramp|ramp|ravin|ravine|pont|bridge)\b
    |\b(?:enjambe|climbed over) (?:la |le |the )?(?:rambarde|garde corps|railing|barriere|parapet
    |balustrade)\b|\bother side of the (?:railing|barrier|parapet)\b
weak edge \b(?:standing|sitting|been standing|been sitting|je suis|i am) (?:\w+ ){0,2}?(?:by
    |next to|near|beside|pres de|devant|a cote de|au bord de) (?:the |la |les )?(?:tracks|railway
    |voie ferree|voies|rails)\b
    |\b(?:pense|think|thinking) (?:a la|about the|of the) (?:voie ferree|tracks|railway)\b
context staring \b(?:standing|sitting|je suis|i am) (?:on|at|sur) (?:the |le )?(?:platform|quai)\b
    |\b(?:next|prochain) train (?:\w+ ){0,2}?(?:in|dans) \d+ ?min\w*\b|\btrains? every \d+ ?min\w*
    |\b(?:already |deja )(?:at the station|a la gare)\b|\ben haut du (?:viaduc|pont)\b
weak act \b(?:foot off the brake|lacher le frein)\b
    |\b(?:faut que je|must|have to|dois) (?:saute|jump)\b(?=.{0,40}\b(?:pour sauver|to save|sinon
    |or else|or they)\b)
    |\bgrand saut\b(?=.*\b(?:ce soir|cette nuit|demain)\b)(?!.*\b(?:mariage|marier|demande|boulot
    |job|entreprise|appart|demenag\w*|parachutisme|elastique|bungee)\b)
    |\b(?:texted|wrote|ecrit|envoye|said|dit)\b[^|]{0,20}\b(?:it is done|c est fait)(?:@END@
    | and now| et (?:maintenant|depuis))
strong command \b(?:dieu|god|la voix|the voice|voices|les voix|the walls|les murs|les anges
    |angels|le diable|the devil)\b (?:\w+ ){0,4}?(?:telling|tell|tells|disent|dit|demande
    |demandent|says|say|ordonne\w*|order\w*)\b.{0,80}\b(?:punish|punir|sauter|jump|sacrifi\w*
    |stop him|tuer|kill|fire|feu|bruler|burn)\b
strong plan \bnot sticking around\b(?! (?:for|after) (?:the|this) \w+)
    |\bknow exactly how much it would take\b|\bsais exactement combien il (?:en )?faut\b
    |\bpartir ensemble\b.{0,60}\b(?:@PILLS@|medicaments|meds)\b
    |\b(?:methodes?|methods?|moyens?|ways?) (?:pour|to|de) (?:mourir|die|en finir|se suicider)\b
    .{0,120}\b(?:commande|ordered|achete|bought|colis|package|parcel)\b
    |\b(?:no more pain|plus (?:de )?(?:douleur|souffrance)|il ne y aura rien|il y aura rien|(?:
    embeter|deranger|embeterai|derangerai|bother|bug) (?:plus |personne |anyone |you )*)\b[^
    |]{0,30}\b(?:after tonight|apres ce soir|apres cette nuit)\b
strong act \b(?:stopped|quit|arrete) (?:eating|de manger)\b[^|]{0,10}\b(?:and|et) (?:
    taking |de prendre )?(?:my |his |her |mes |ses |son |sa )?(?:\w+ ){0,2}?@PILLS@
weak plan \b(?:ma decision est prise|my (?:mind|decision) is made|i have made my decision
    |je ai pris ma decision|i have made up my mind|made up my mind)\b(?!.{0,60}\b(?:next (?:
    year|month|term)|l annee prochaine|switch\w*|changer|demission\w*|dem|job|boulot|taf
    |postul\w*|apply\w*|inscri\w*|nursing|school|fac|ecole|formation|quit\w*|demenag\w*|move|moving)\b)
    |\b(?:the plan is (?:done|set|ready|made)|(?:ai|je ai) tout (?:plan|planifie|prevu))\b(?! (?:
    pour|for)\b)
    |\b(?:a |une )?(?:date|day|jour) (?:picked out|picked|chosen|choisie?)\b(?![^
    |]*\b(?:mariage|wedding|rendez vous|appointment|party|fete|vacances|holiday|demenag\w*|move)\b)
    |\bje ai decide de (?:ne )?pas rentrer\b(?! (?:chez|ce week|pour))|\bdecided not to go (?:back
    |home|inside)\b(?! (?:to (?:my|his|her) (?:parents|family)|for))
strong death \b(?:will not|wont|not) have to worry about me (?:much )?(?:longer|anymore|for long)\b
    |\b(?:ne )?(?:vous |te )?inquietez plus pour moi\b.{0,40}\bje rejoins\b
    |\b(?:demain|tomorrow)\b[^|]{0,20}\b(?:ils me trouveront|on me trouvera|they will find me)\b
    |\b(?:ils me trouveront|on me trouvera|they will find me) (?:demain|tomorrow)\b
    |\bfor (?:whoever|the person who|those who) (?:finds|find|will find) me\b
    |\bborrowed time\b.{0,80}\bgive it back\b
    |\bmort\b.{0,80}\b(?:lui|leur) faire ce (?:cadeau|plaisir)\b
weak death \balready gone in my head\b|\bdeja partie? dans ma tete\b
strong burden \b(?:will not|wont|not going to) be a (?:problem|burden) (?:for|to) (?:anyone
    |anybody|you|everyone) (?:much )?longer\b
strong farewell \b(?:goodnight|good night|bonne nuit) (?:world|tout le monde|a tous|everyone)\b
    .{0,40}\b(?:for real|pour de vrai|forever|pour toujours|cette fois|this time)\b
weak farewell \b(?:nice|good|great|cool|sympa|bien) (?:\w+ )?(?:knowing you|to know you
    |de vous connaitre|de te connaitre|de vous avoir connu)\b|\bmerci de avoir existe\b
    |\b(?:mon|c est (?:mon|le)) dernier (?:msg|post)\b|\b(?:mis|poste|posted|ecrit)\b[^
    |]{0,20}\bdernier post\b|\bfinal check in\b
    |\b(?:please )?(?:do not|dont) (?:try to )?(?:find|look for|come looking for) me\b
    |\bne (?:me )?cherchez pas\b|\bne cherchez pas a me (?:trouver|retrouver)\b
    |\b(?:will not|wont|not going to) be coming back\b(?!.*\b(?:better|mieux)\b)
    |\bje (?:ne )?reviendrai (?:pas|plus|jamais)\b(?![^|]*\b(?:dans|chez|au|ici|sur)\b)(?!.*\b(?:
    mieux|better|ca va aller)\b)
    |\b(?:vous|you) (?:ne )?me (?:verrez|reverrez) plus\b|\byou will (?:not|never) see me again\b
weak closure \b(?:laisse|left|rendu|returned|handed in)\w* (?:son|sa|ses|mon|ma|mes|his|her
    |my) @ITEM@\b.{0,60}\b(?:et|and) (?:son|sa|ses|une|un|his|her|a|mon|ma|mes|my) @ITEM@\b
    |\b(?:rendu|returned|handed in) (?:mon|my) badge\b
    |\b(?:supprime|deleted|deactivated|desactive)\w* (?:son|sa|ses|tous ses|his|her|all (?:his
    |her|my)|tous mes) (?:compte|comptes|account|accounts|profil|profile)\b(?![^
    |]*\b(?:detox|pause|break|mental health|sante mentale)\b)
    |\bpour ceux qui (?:viendront|me trouveront|trouveront)\b
    |\ben evidence pour\b|\b(?:il|elle|ils) (?:ne )?aur\w* pas a chercher\b
    |\b(?:gave|donne|offert|given|handed) (?:me |moi )?(?:his|her|sa|son|ses) (?:watch|montre
    |bague|ring|wedding ring|alliance|carnets|journals|diaries)\b(?!.*\b(?:birthday|anniversaire
    |noel|christmas|graduation|diplome)\b)
weak settle \bregle\w* tout\b.{0,20}\bdefinitivement\b|\bje ai tout regle\b(?!.*\b(?:dossier
    |accepte\w*|je respire|bonne nouvelle|good news)\b)
strong medical \b(?:he is|she is|il est|elle est|they are)\b (?:\w+ ){0,2}?(?:not responding
    |unresponsive|inconscient\w*|unconscious)\b(?! to (?:my |his |her )?(?:texts|messages|emails
    |calls))|\brepond plus quand (?:je lui parle|on lui parle)\b
    |\b(?:found|trouve)\w* (?:my |mon |ma |him |her |le |la )?(?:\w+ )?(?:on the floor|par terre
    |au sol)\b[^|]{0,40}(?:[|][^|]{0,40})?\b(?:not responding|unresponsive|respire|breathing|bouge
    |moving|wake|reveille|bottle|bouteille|boite|@PILLS@)
    |\b(?:waking|wake|reveille|responding|repond|respire|breathing)\b.{0,60}\b(?:bottles?|boites?
    |@PILLS@|pills|plaquettes|flacons?)\b
    |\b(?:douleur|pain|mal)\b.{0,30}\b(?:poitrine|chest)\b.{0,40}\b(?:bras gauche|left arm|jaw
    |machoire)\b
weak medical \b(?:breathing|respiration|respire)\b[^|]{0,25}\b(?:slow|weird|strange|bizarre
    |faiblement|lentement|shallow)\b|\bis not waking up\b|\bse reveille pas\b
strong self_harm \b(?:saigne|saignent|bleeding|blood|sang)\b.{0,40}\b(?:beaucoup|a lot|lots
    |will not stop|arrete pas|arrete plus|profond|deep|pale)\b(?=.*\b(?:cutting|cut myself
    |me couper|coupe|scarif\w*|fait mal|hurt myself|lames?|blades?)\b)
    |\b(?:cutting|coupe|scarif\w*|fait mal)\b.{0,60}\b(?:a lot of blood|beaucoup de sang
    |ca saigne beaucoup|c est profond|it is deep)\b
    |\bme faire (?:du )?mal pour de vrai\b|\bhurt myself for real\b
strong child \b(?:bebe|baby|petit|enfant|child|toddler|gamin|kid)\b.{0,60}\b(?:tout seul
    |toute seule|seul|alone|left alone|by (?:him|her)self)\b.{0,60}\b(?:voiture|car|balcon|balcony
    |depuis hier|since (?:last night|yesterday)|fenetre|window|soleil|sun|heat)\b
strong attack \ben train de (?:se faire )?(?:@HITIN@|tabasser|frapper|etrangler)\b
    |\b(?:je entends|i can hear|i hear|on entend) (?:des |the |les )?(?:coups|hurlements|screams
    |screaming|blows)\b
    |\bcrie\w* (?:a l aide|au secours)\b|\b(?:screaming|yelling|crying|shouting) for help\b
    |\b(?:@HITIN@|tape|frappe) (?:sa|une|his|a) (?:femme|copine|compagne|wife|girlfriend|woman)
    \b.{0,30}\bdepuis \d+ ?min
strong relative_at_risk \b(?:talking about|parle de|threatening to|menace de)\b[^|]{0,20}\b(?:
    hurting (?:himself|herself)|se faire du mal|se blesser|kill (?:himself|herself)|se tuer)\b
    .{0,60}\b(?:knife|knives|couteau|couteaux)\b
weak attack \b(?:he has|he is got|he got|il a|she has|elle a) (?:
    the |a |un |une |sa |son |his |her )?(?:bat|batte|knife|couteau|hammer|marteau|gun
    |fusil|arme|pistolet)\b
weak threat \b(?:coming up the stairs|monte (?:l escalier|les escaliers)|coming for me)\b
    |\b(?:tape|frappe|cogne|bang\w*|pounding|kicking) (?:contre |sur |on |at )?(?:
    la |the |ma |my )?(?:porte|door)\b
weak hiding \bje chuchote\b|\b(?:i am )?whispering\b
weak fire \b(?:smell|sens|odeur de) (?:\w+ )?(?:smoke|fumee|gaz|gas)\b
context unreachable \b(?:will not|wont|refuses to|ne veut pas|veut pas) (?:open|ouvrir) (?:
    the |la )?(?:door|porte)\b|\beteindre (?:le|mon) (?:tel|telephone|portable)\b
    |\b(?:turn|switch)\w* (?:off )?(?:my )?phone off\b
context time \b\d+ ?min\w* ago\b|\b(?:samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|demain
    |ce soir|saturday|sunday|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight) (?:c est
    |is) (?:le jour|the day)\b
context need \ben (?:aurai|aura|aurais|aurait) (?:pas|plus) besoin\b
context after \bje me endors\b
context calm \benfin libre\b|\bfinally free\b|\bje suis prete?@END@
""", FRAGS)

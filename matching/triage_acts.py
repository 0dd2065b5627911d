"""Acts under way: the person is at the place, has the means in reach, has begun, or was stopped.

The fourth companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). Earlier signs were phrases; these are built from parts
(a first person, a verb of the act or of having, a means, a place, a time) so that "j'ai les
cachets à côté de moi là" and "actually i have the pills right next to me" are one sign. Entries
name signs, never methods or how-to. Their look-alikes ("sauter le repas", "a letter to my
landlord", "the pills for my cold") are in the negative lookaheads and in
``matching.triage_lookalikes``.

Families used: ``taken``, ``means``, ``edge``, ``act``, ``farewell``, ``last``, ``medical``,
``command``, ``violence``, ``child``, ``death``, ``plan``, ``wish``, ``time`` (reason codes of
``matching.triage_families.REASON``).
"""

from __future__ import annotations

from matching.triage_substances import FRAGS, parse

ACTS = parse(r"""
frag NEAR (?:(?:right |just )?(?:here )?(?:next to|beside|in front of) me|(?:juste )?(?:a cote de
    |pres de
    |devant) moi|in my (?:hand|hands|pocket)|dans (?:ma|mes) (?:main|mains|poche)|ready
    |pretes?|prets?|sur (?:la table|le lit|mon lit|le bureau)|on (?:the table|the bed|my bed
    |my desk))(?! (?:for|pour)\b)
frag AFTER (?:avant de (?:vous |te )?(?:ecrire|parler)|before (?:messaging|writing|texting
    |talking|i wrote|i messaged|i texted)|tourne|spinning|floaty|dizzy|sleepy|lentement|slowly
    |first lot)
strong means \b(?:ai|have|got|tiens|holding) (?:\w+ )?(?:les |mes |des |the |my |some |all (?:
    my |the )?|tous mes |toutes mes )?@SUBST@ @NEAR@
    |\b(?:saving|saved|save|garde|gardais|mis de cote|economise\w*|stock\w*|hoard\w*) (?:up )?(?:
    \w+ )?(?:my |mes |ses |his |her |des |les |the )?(?:\w+ )?@SUBST@\b(?! (?:for|pour) (?:the
    |la|le|a|my|mon|ma) (?:trip|voyage|winter|hiver|flu|grippe))
    |\b(?:ai|have) tout prepare\b(?! (?:pour|for) (?:le|la|les|mon|ma|mes|un|une|l|the|my|a|an)\b)
    |\b(?:prepared|sorted|arranged|organised|organized) everything\b(?! (?:for|pour)\b)
strong taken \b(?:ai|have|had) (?:deja |already )?(?:tout|everything) (?:pris|avale|taken
    |swallowed)(?:@END@| (?:ce que|what|de la boite|from the))
    |\b(?:ai|je ai) (?:deja )?(?:pris|avale) tout@END@
    |\b(?:(?:ai|have|had|i) )?(?:deja |already |just )?(?:pris|avale|took|taken|swallowed) (?:
    qqch|quelque chose|un truc|des trucs|something|some stuff|stuff|a bunch|the first lot
    |le premier|la premiere|une partie|half|la moitie)\b(?=[^|]{0,60}\b@AFTER@\b|[^|]{0,4}@END@)
    |\b(?:already|deja|just|juste) (?:started|commence) (?:cutting|to cut|a me couper
    |a me scarifier)\b|\b(?:started|begun) cutting\b
    |\b(?:insulin\w*|insuline|dialys\w*)\b.{0,80}\b(?:on purpose|expres|volontairement
    |not starting again|pas reprendre)\b
strong taken \b(?:pris|avale|took|swallowed) (?:tout|everything) ce que il y avait\b
    |\b(?:took|swallowed) everything (?:there was|i could find)\b
    |\b(?:fait une (?:betise|connerie)|did something (?:stupid|dumb))\b[^|]{0,30}(?:[|][^
    |]{0,30})?\b(?:pris
    |avale|took|swallowed|taken)\b
weak taken \b(?:elle|il|she|he) (?:a pris|took|has taken) (?:des trucs|some stuff|something)\b
strong edge \b(?:je suis|suis|i am|standing|sitting) (?:\w+ )?(?:sur|on) (?:les|the) (?:rails
    |voies|tracks|railway|train tracks)\b
weak edge \b(?:je suis|i am) (?:sur|on) (?:le|the|mon|my) (?:balcon|balcony|ledge|rebord)\b
strong act \b(?:vais|va|gonna|going to|about to|will) sauter\b(?! (?:le|la|les|un|une|de joie
    |du lit|dans|en|a l|au|sur|the|a|at|in|into|for|on|out|over|with|of|up|down|ahead)\b)
    |\b(?:gonna|going to|about to|will) jump\b(?! (?:in|into|at|on|the|a|to|for|out|over|with
    |ahead|up|down|ship|through|off (?:the (?:sofa|bed|couch|wall)))\b)
    |\bbefore i could finish it\b|\bavant que je (?:ne )?(?:finisse|termine)\b
    |\bend myself\b|\bme finir\b(?! (?:mon|ma|mes|le|la|les|ce|cette)\b)
weak act \b(?:avant de|before (?:i |i can |i could )?)(?:le faire|do it|go through with it
    |passer a le acte)\b
strong farewell \b(?:wrote|written|ecrit|ecrites|laisse|left) (?:\w+ )?(?:the|my|a|mes|les|ma|une
    |un) (?:note|notes|letters|lettres|mot de adieu|last letter|derniere lettre)\b(?! (?:to|for|a
    |pour|de) (?:my |mon |ma |the |le |la )?(?:landlord|proprio|boss|patron|caf|school|ecole
    |teacher|prof|friend|ami|amie|pen pal|job|motivation|cover|santa|pere noel))
    |\b(?:lettres|letters|notes) (?:are |sont )?(?:on|sur) (?:the|my|le|la|mon|ma) (?:desk|bureau
    |table|bed|lit)\b|\bje ecris mes lettres\b|\bwriting my (?:letters|notes)\b
    |\b(?:papiers|papers) (?:sont |are )?(?:sur|on) (?:la|the) table (?:pour|for)\b
    |\bje pars bientot\b(?=.*\b(?:prenez|prends) soin des autres\b)
strong last \b(?:derniere fois|last time) que je me (?:connecte|log)
    |\blast time i (?:log on|log in|come online)\b(?![^|]*\b(?:today|tonight|this week|before
    |until|till)\b)
strong death \b(?:vais|va|serai|will) (?:plus|pas|not) (?:etre la|be (?:here|around)) (?:longtemps
    |pour longtemps|much longer|for (?:much )?longer|long)\b(?![^|]*\b(?:moving|demenage|vacances
    |holiday|trip|voyage|stage|erasmus)\b)
    |\b(?:on )?se endort pour toujours\b|\bquand on (?:meurt|part pour de bon)\b
    |\b(?:going to|gonna|va|vais|will) (?:join|rejoindre) (?:dad|mum|mom|papa|maman|my (?:late )?(?:
    husband|wife|son|daughter)|mon mari|ma femme|mon fils|ma fille)\b(?=[^|]*\b(?:tonight|ce soir
    |soon|bientot|today|aujourdhui)\b)
weak farewell \b(?:prenez|prends|take) (?:bien )?soin (?:des autres|of (?:the )?others)\b
    |\bje pars bientot\b(?! (?:en|pour|a|au|aux|vivre|travailler|faire)\b)|\bje ai tout range\b
strong medical \b(?:levres|lips) (?:bleues|blue)\b
    |\bpassed out\b[^|]{0,40}\b(?:cannot|can not|could not) wake\b
    |\b(?:cannot|can not|could not) wake (?:him|her|them)(?: up)?\b
weak medical \bne se reveille (?:pas|plus)\b|\bparle de plus en plus lentement\b|\bslurring\b
strong relative_at_risk \b(?:a|has) fait une tentative\b(?! de (?!suicide))|\b(?:tried
    |attempted) to (?:end|take) (?:his|her|their) (?:own )?life\b
strong command \b(?:dieu|god|la voix|the voice|voices|les voix) (?:\w+ ){0,2}(?:demande|demandent
    |asks|ask|tells|tell|wants|veut|veulent) (?:\w+ ){0,2}(?:me sacrifier|sacrifice myself
    |me punir|end myself|me tuer|kill myself|disparaitre|die|mourir)\b
    |\bonly way to make it stop is to\b
strong violence \bregler mon compte\b|\bsettle (?:the score|things) with me\b
weak threat \b(?:essaie|essaye|tente|trying|tries) (?:de |to )?(?:entrer|rentrer|get in
    |break in|break the door)\b|\b(?:va|is going to|gonna) (?:la |the door )?(?:defoncer
    |enfoncer|break (?:it|the door) down)\b
context outside \bpas envie de rentrer\b|\b(?:do not|dont) want to go (?:back )?(?:in|inside)\b
    |\bgoing out there now\b
context danger_place \bgarage\b
context talk_first \b(?:talk|speak|parler) (?:to |a )?(?:someone|somebody|quelqu un|qqn)\b
strong edge \b(?:marche|marcher|longe|longer|walking|walk|walked) (?:\w+ )?(?:le long des|les
    |sur les|along the
    |on the) (?:rails|voies|tracks|railway|train tracks)\b
    |\b(?:gare|station|quai|platform)\b[^|]{0,20}(?:[|] )?[^|]{0,10}\b(?:not getting on
    |will not get on|ne prendrai pas|prendrai pas|monterai pas
    |ne monterai pas) (?:dans )?(?:le |the )?train\b
weak edge \b(?:sur|on) (?:le|the|son|sa|his|her) (?:rebord|ledge) (?:de (?:sa |la |ma )?fenetre
    |of (?:the |his |her |my )?window|du toit|of the roof)\b|\b(?:parking|pied|bord) du pont\b
    |\b(?:gare|parked) (?:sur|pres|on|near|by) (?:le |the )?(?:parking du pont|bridge)\b
strong self_harm \b(?:burning|cutting) myself\b[^|]{0,30}\b(?:for|since|cannot stop
    |can not stop)\b|\bme brule (?:avec|depuis)\b
strong taken \b(?:drank|drunk|bu|bois) (?:\w+ ){0,5}?(?:and|et) (?:took|taken|pris|avale
    |swallowed) (?:\w+ )?(?:my |mes |some |des |the |les )?(?:sleeping (?:tablets|pills)
    |somniferes|cachets|pills|medocs|meds|tablets|medicaments)\b
    |\b(?:she|he|elle|il)\b[^|]{0,30}\b(?:swallowed|took|taken|a pris|a avale|avait pris) (?:all
    |tous|toutes|tout) (?:her|his|ses|son|sa)\b
    |\b(?:ai|je ai) (?:pris|pri|avale) (?:tous|tout|toutes) (?:mes|me) (?:medocs?|cachets
    |medicaments)\b
weak taken \b(?:elle|il|she|he) (?:avait pris|had taken|has taken|had) (?:des trucs|some stuff
    |something)\b
weak means \b(?:counted|compte|recompte|count|counting) (?:them|the pills|my pills|mes cachets
    |les cachets|mes medocs|les medocs)\b
context alone \b(?:nobody|no one) (?:is )?home (?:till|until)\b|\bpersonne (?:a la maison
    |ne rentre) avant\b
strong act \b(?:ai|je ai) fait une tentative\b(?! de (?!suicide))(?=.*\b(?:hier
    |cette nuit|ce matin|ce soir|recommencer|personne (?:ne )?le sait)\b)
    |\b(?:pense|songe|envie) (?:a |de )?recommencer ce soir\b
strong means \b(?:la|une|the|a|ma|my) (?:corde|rope)\b[^|]{0,30}\b(?:barn|grange|hangar|coffre
    |boot|trunk|garage|shed|grenier|attic|cave
    |basement|chambre|bedroom|prete|ready|checked|verifie)\b(?![^|]*\b(?:remorqu\w*|tow\w*
    |demenag\w*
    |moving|camping|climb\w*|escalade|boat|bateau)\b)|\b(?:it will|ca va|ca) (?:hold|tenir
    |tiendra)\b(?=[^|]*\b(?:corde|rope)\b)|\b(?:corde|rope)\b[^|]*[|][^|]*\b(?:it will hold
    |ca tiendra)\b
    |\b(?:sorti|sortis|aligne|alignes|lined up|laid out|got out|took out) (?:\w+ )?(?:les |mes |the
    |my |all (?:the |my )?)?@SUBST@|\b@SUBST@ (?:\w+ )?(?:lined up|laid out|alignes)\b
    |\b@SUBST@ (?:i |that i |que je )?(?:saved|saved up|hoarded|kept|ai gardes?|ai mis de cote)\b
    |\bsaved up enough\b|\b(?:enough|assez) (?:of them )?(?:to|pour) (?:finish it|end it|do it
    |en finir|le faire)\b
    |\b(?:bath|bain|baignoire)\b[^|]{0,20}\b(?:razor|rasoir|lame|blade)\b
strong self_harm \b(?:recommence|commence|continue) a me bruler\b|\bme bruler avec (?:le|un|une
    |mon|ma|des) (?:briquet|cigarettes?|clopes?|fer)\b
    |\bburn\w* myself\b(?=[^|]*(?:[|][^|]*)?\b(?:again|on purpose|want to|expres|cannot stop)\b)
    |\b(?:stabbed|cut|poignarde|plante|entaille) (?:my|mon|ma|mes) (?:arm|arms|wrist|wrists|leg
    |thigh|bras|poignet|poignets|cuisse|jambe)\b
strong edge \b(?:jambes|legs|pieds|feet) (?:dehors|dans le vide|over the edge|hanging over
    |outside)\b|\b(?:go|walk|step|jump|aller|descendre|sauter|marcher) (?:on|onto|sur) (?:
    the |les )?(?:rails|tracks|voies)\b
weak edge ^ (?:i am |je suis )?(?:on|sur) (?:the |le )?(?:roof|toit) (?:of|du|de) (?:
    the |la |le )?(?:car park|parking|building|immeuble|hopital|hospital|tour|tower|mall)\b
strong act \b(?:going to|gonna|va|vais|will|would) (?:drive|crash|foncer
    |rouler) (?:\w+ ){0,2}?(?:into|dans
    |contre) (?:a |un |the |le )?(?:wall|mur|tree|arbre|platane)\b
strong plan \bleast painful way\b|\bpainless way\b
    |\b(?:facon|maniere|moyen) (?:la )?moins douloureuse\b
strong taken \b(?:pris|avale|took|swallowed) (?:toutes|tous|all) (?:les|the) (?:boites|boxes
    |plaquettes|packs|flacons|bottles)\b
strong plan \bhow (?:many|much) (?:\w+ ){0,2}?@SUBST@ (?:(?:does|would|will) it take|(?:do
    |would) (?:i
    |you|one) need|it takes|(?:to|until|till|before) (?:die|dying|end it|not wake|overdose)
    |(?:is|are
    |would be) (?:fatal|lethal|deadly))\b(?![^|]*\b(?:headache|fever|pain|per day|a day|to work
    |kick in|cold|flu)\b)
    |\bcombien de (?:\w+ ){0,2}?@SUBST@ (?:(?:il )?faut(?: il)?|pour (?:mourir|en finir|ne (?:plus
    |pas) (?:me )?reveiller|y rester)|(?:c est|est|sont) (?:mortel|letal|fatal))(?![^
    |]*\b(?:par jour
    |mal de|migraine|douleur|fievre|rhume|grippe|enfant|bebe|kg|kilos?)\b)
    |\b(?:dose|quantite) (?:mortelle|letale)\b|\b(?:lethal|fatal|deadly) (?:dose|amount|quantity)\b
strong wish \bfinish (?:my|his|her|their) (?:own )?(?:life|lives)\b(?! (?:s|story|stories|work
    |project)\b)
weak means \b(?:have|got|bought|found|ai|achete|trouve) (?:already )?(?:deja )?(?:the|a|une|la) (?:
    rope|corde)\b(?! a sauter| de saut)(?![^|]*\b(?:boat|bateau|tent|tente|climb\w*|escalade|swing
    |balancoire|gym|linge|laundry|camping|dog|chien|remorqu\w*|tow\w*)\b)
weak farewell \b(?:this is|c est) (?:the|la) (?:last|derniere) (?:time|fois) (?:we will|que (?:on
    |nous|je te|je vous)|i will) (?:talk|speak|se parle|parle|ecri\w*|write)\b(?![^|]*\b(?:before
    |until|till|avant|this week|cette semaine|for now|pour l instant|holidays|vacances|today
    |aujourd hui|year|annee)\b)
context time \bje (?:ne )?vais pas attendre (?:la fin du mois|demain|lundi|la fin de la semaine
    |plus longtemps)\b|\bnot (?:going to|gonna) wait (?:until|till|for) (?:the end of the month
    |tomorrow|monday)\b
strong taken \b(?:pris|avale|took|taken|swallowed|popped) (?:(?:like|genre|environ|about|around
    |maybe|peut etre) )?(?:all (?:of )?(?:(?:my|the|his|her) )?|tout (?:(?:mon|le|son) )?
    |toute (?:(?:ma
    |la|sa) )?(?:(?:boite|plaquette) (?:de |d )?)?|toutes (?:mes |les |ses )|tous (?:mes |les |ses )
    |the whole (?:box
    |bottle|pack|packet|strip) of (?:my )?|a whole (?:box|bottle|pack
    |packet) of |[1-9]\d+ (?:of (?:(?:my
    |the|his|her) )?|de (?:mes |ses )?)?(?:\w+ )?)@DRUG@\b(?![^|]*\b(?:as prescribed|prescri\w*
    |comme d habitude
    |as usual|ordonnance|like every|comme tous les)\b)
    |\b(?:sais|sait) (?:plus|pas|meme pas) combien (?:de |d )?(?:plaquettes|boites|cachets|comprimes
    |medocs|medicaments|gelules)\b|\b(?:do not|cannot) (?:know|remember) how many (?:pills
    |tablets|i took|i have taken)\b
strong taken \b(?:avale|bu|drank|drunk|swallowed) (?:de la |de l |du |some |the )?(?:eau de javel
    |javel|bleach|destop|antigel|antifreeze|white spirit|lave vitre|produit menager)\b
weak act \b(?:prochain|next) (?:train|tgv|rer|metro|camion|truck|lorry)s? (?:qui passe|that passes
    |that goes|qui ne s arrete|that does not stop|without stopping|sans s arreter)\b
    |\battends le bon (?:camion|train|poids lourd)\b|\bwaiting for the right (?:truck|lorry|train)\b
weak self_harm \bme brule (?:le|les|la|mon|ma|mes) (?:\w+ )?avec\b|\bme brule\w* (?:\w+ ){0,3}?(?:
    avec (?:le|un|mon|ma|des) )(?:briquet|cigarettes?|clopes?)\b
weak means \bmis (?:la |les |mes |ma |mon |des |du |de la )?(?:\w+ )?@DRUG@ (?:(?:de
    |du) (?:mon |ma |mes |son |sa |la )?\w+ )?de cote\b
    |\b@DRUG@ (?:are |is )?(?:counted|lined|laid|sorted|set) out\b(?![^|]*\b(?:week|pill ?box
    |dosette
    |organi[sz]er))|\b(?:counted|laid|set|sorted) out (?:the |my |all )?(?:\w+ )?@DRUG@\b(?![^
    |]*\b(?:week
    |pill ?box|dosette|organi[sz]er))
    |\b(?:hose|tuyau)\b[^|]{0,40}\b(?:boot|trunk|coffre|exhaust|echappement)\b
weak plan \bdecide (?:d |de )arreter (?:ce soir|cette nuit|demain|aujourd hui)\b
    |\bdecided to stop (?:tonight
    |tomorrow|today)\b
weak edge \b(?:top floor|top level|dernier etage
    |toit) (?:of |du |de )?(?:the |la |le )?(?:(?:multi ?storey
    |multistorey) )?(?:car park|parking)\b(?![^|]*(?:[|][^|]*)?\b(?:pay\w*|ticket|parked|garee?
    |where|ou est|lift|ascenseur|level \d)\b)|\b(?:keep|kept|keeps) looking down\b
    |\b(?:walking|walks|heading|marche|se dirige) (?:towards|toward|into|vers|dans) (?:the |la
    |le )?(?:river|riviere|fleuve|sea|mer|lake|lac|canal|water|eau)\b(?![^|]*\b(?:with|avec|picnic
    |pique nique|balade|promenade|swim|baignade)\b)
strong act \b(?:thinking|think|thought|dream\w*|tempted|envie|pense|pensais|songe) (?:(?:about|of|a
    |de) )?(?:driving|crashing|swerving|foncer|rouler|me jeter) (?:\w+ ){0,3}?(?:into|dans|contre
    |off|under|sous) (?:a |un |une |the |le |la |oncoming )?(?:wall|mur|tree|arbre|platane|bridge
    |pont|truck|camion|traffic|ravin|cliff|falaise|lorry)\b
    |\b(?:stopped|quit) taking (?:my |his |her )?(?:\w+ )?@DRUG@ on purpose\b|\b(?:arrete
    |stoppe) (?:mon|mes|ma|son|ses) (?:\w+ )?@DRUG@ (?:expres|volontairement)\b
strong plan \b(?:which|what|quelle) (?:dose|amount|quantity|quantite) (?:would|will|could) do it\b
    |\bquelle dose (?:suffirait|suffit)\b|\b(?:dose|amount) (?:that|which) would (?:do it
    |be enough)\b
strong means \b(?:rope|corde)\b (?:\w+ )?(?:in my|dans mon|dans ma|with me|sur moi|on me)\b(?![^
    |]*\b(?:climb\w*|escalade|boat|bateau
    |camping|gym|sport)\b)
weak medical \b(?:il est|elle est|is turning|turning|devient) (?:tout |toute )?(?:blue|bleu
    |bleue)\b(?! (?:de froid|with cold))|\b(?:levres|lips) (?:are |sont )?(?:turning )?(?:blue
    |bleues)\b
strong taken \b(?:pris|avale|took|swallowed|taken|finished) (?:le reste|the rest|what was left
    |ce qui restait|ce qu il restait) (?:de |d |of )(?:(?:my|mes|ma|mon|the|les|la|le|his|her
    |ses) )?(?:\w+ )?@DRUG@
    |\b(?:bu|drank|drunk) (?:une |a |la |the |toute la |a whole )?(?:bouteille|bottle|lot
    |beaucoup|trop|plein)\b[^|]{0,50}\b(?:et|and|avec|with
    |plus)\b (?:(?:ai |i |have |je ai )?(?:pris|took|avale|swallowed
    |taken) )?(?:(?:des|de|du|some|my|mes|a lot of|plein de|loads of
    |the rest of) )?(?:\w+ )?@DRUG@
strong plan \b(?:assez|enough) (?:pour|to) (?:pas|ne pas) (?:se|me|te) rater\b
    |\benough (?:to )?(?:make sure|not fail|do it right)\b
""", FRAGS)

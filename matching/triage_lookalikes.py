"""Look-alikes of crisis wording that the guards of ``matching.triage_rules`` set aside too.

Same format (``guard`` entries, blanked out before matching, in order, after the guards of
``matching.triage_rules``, in ``matching.triage_families.GUARDS``).
Blind sets rated once showed ordinary messages rated crisis for these reasons:

- ``farewell_ok``: a goodbye or a "last message" that comes with a future: a move, a new job
  or home, therapy starting, a discharge because one is well, good news, "for tonight".
- ``asked_no``: someone asked about dark thoughts and the answer is no.
- ``topic_only``: suicide as a subject (a report, a novel, a side effect, a colleague's death).
- ``hyperbole``: "my mum is going to kill me", "die of (secondhand) embarrassment".
- ``stopped``: self-harm stopped for a long time.
- ``everyday``: warning words in their everyday sense, found by probing
  (``tests/data/triage_probe_lookalikes.jsonl``): joining one's family at a restaurant, a
  teenager who will not get up for school, a whole box of medicine taken as prescribed, blue
  with cold, toy, water, glue and prop guns, a hunting licence, expired medicine returned to the
  pharmacy, a leaving do, car doors, a cliff walk with a hiking club; with them, more ``idiom``,
  ``fiction`` and ``hyperbole`` entries (goodbye social life, a farewell letter in a game or a
  novel, "it's going to kill me", a phone plan to "en finir" with, too much coffee).

Laughter alone is never a future: "lol" does not cancel a farewell.
"""

from __future__ import annotations

from matching.triage_rules import FRAGS, parse

LOOKALIKES = parse(r"""
frag FUTURE (?:bonne nouvelle|good news|retiring|retirement|retraite|i retire
    |moving out of (?:my|our|the)\b(?! life)|moving out (?:on|this|next|tomorrow)
    |je pars dans un (?:appartement|appart|studio|logement)
    |hello freelanc\w*
    |bonjour a l auto entreprise|enfin trouve (?:un|une|mon|ma)|found (?:a|my) (?:flat|job
    |place|home)|je demenage|moving to|nouveau (?:job|travail|boulot|poste)|new job|residence permit
    |titre de sejour|(?:start|starting|begin|commence|commencer) (?:a |une |real |my |ma )?(?:
    therapie|therapy|suivi|treatment|traitement)|discharged me because|i am (?:really )?well
    |in a (?:really |very )?good place|plus besoin (?:de vous|d aide)?|no longer need|bonjour la vie
    |partir en stage|en stage a|leaving (?:tomorrow )?for (?:a|my) \w+ (?:job|trip|course)
    |pour ce soir
    |for tonight|from me tonight|bonne nuit|good night|vacances|holidays|vacation
    |nouveau taf|je pars vivre|partir vivre|demenagement|moving back|i will be fine|going to call
    |vais appeler|je rigole|just kidding|a la semaine pro\w*|a demain|see you (?:next|tomorrow
    |soon))
one future \b@FUTURE@|\b(?:see you(?! on the other side\b(?! haha))
    |a bientot|(?<!y )(?<!ne )a plus(?! rien| personne| de)
    |next week|la semaine prochaine|christmas|noel
    |starting (?:monday|tomorrow|next)|commence (?:lundi|demain)|things are better
    |sortie? de affaire
    |got my own place|future self|excited|bonne chance|wish me luck|pique nique|picnic
    |enfin appeler|on the other side haha|not (?:going to|gonna) miss you
    |doing (?:really |so |very )?well|i will miss you|(?:for|in|en|pour) (?:january|february|march
    |april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai
    |juin|juillet|aout|septembre|octobre|novembre|decembre))\b
guard farewell_ok \b(?:dernier message|derniere fois que (?:je )?(?:vous |te )?(?:ecris|parle)
    |last (?:
    message|msg|chat|time)|final message|adieux?|au revoir|goodbye|say bye|dire bye
    |this is goodbye|pour de bon|for good)\b(?=.*?\b@FUTURE@)
    |\b@FUTURE@.*?\b(?:dernier message|adieu|au revoir|goodbye|last message|final message)\b
guard asked_no \b(?:asked|demande|demandait) (?:me )?(?:if|si) (?:\w+ ){0,6}?(?:idees noires
    |suicid\w*|ending it
    |hurting myself|me faire du mal|en finir)\b(?=[^|]*(?:\| )?[^|]*\b(?:no|non|never|jamais)\b)
guard topic_only \b(?:reportage|documentary|documentaire|emission|podcast|article|news|roman|novel
    |livre|book)\b[^|]{0,60}?\b(?:suicides?|suicidaires?|suicidal)\b|\b(?:make|makes|rendre
    |rend) (?:you |people )?suicidal\b|\b(?:colleague|friend|coworker)(?: s)? suicide\b
    |\bsuicide de (?:un|une) (?:collegue|ami|amie)\b|\b(?:pour|for) (?:les )?(?:gens|personnes
    |people) suicidaires?\b|\bfor suicidal people\b
    |\b(?:what happens|que se passe t il) (?:if|quand|si) (?:someone|somebody|a person|quelqu un)\b
    |\bsuicide (?:des|of) (?:agriculteurs
    |farmers|jeunes|young people)\b
guard hyperbole \b(?:mum|mom|mother|mere|maman|dad|father|pere|papa|boss|patron|prof|teacher|coach
    |sister|brother|soeur|frere|flatmate|coloc)(?: says| said| dit)?(?: she| he| que elle
    | que il)? (?:
    is going to|going to|will|gonna|va|would) (?:kill me|me tuer)\b
    |\b(?:die|dying|died|mourir) (?:of|de) (?:\w+ )?(?:embarrassment|cringe|honte|shame)\b
guard stopped \b(?:arrete|stopped|quit) (?:de me |to )?(?:scarifier|self harm\w*|cutting
    |me faire du mal) (?:depuis|for)\b
guard hyperbole \b(?:would|d|literally) die for (?:a|an|some)\b|\bhit me (?:hard|harder
    |like a)\b|\bit hit me\b
    |\badieu (?:a )?(?:les|le|la|l|mon|ma|mes) (?:vieux |vieille |vieilles |vieux )?(?:cours|boulot
    |travail|ecole|bureau|stress|partiels|canape|voiture|telephone|portable|appart\w*|velo|jean
    |chaussures|lit|tele|ordi|frigo|machine)\b
    |\b(?:goodbye|bye|adieu|au revoir) \w+(?: [|])? (?:hello|bonjour|salut|hi) \w+
    |\bdisparaitre (?:une|un|deux|trois|quelques|pour (?:une|un|quelques)) (?:semaines?|jours?|mois
    |week end)\b|\bdisappear for (?:a|the|two|three|a few) (?:weeks?|days?|weekend)\b
guard topic_only \b(?:reportage|documentary|documentaire|emission|article|je t)\b[^|]{0,60}?\b(?:
    feminicides?
    |violences conjugales|domestic violence|(?:qui )?se suicident|se sont suicides
    |who kill themselves)\b
guard topic_only \b(?:aux infos|dans le journal|in the news|on the news)\b[^|]*|\b(?:
    que se passe t il|qu est ce qui se passe|what happens) (?:si|if|quand|when) (?:je|i|someone
    |quelqu un) (?:dis|says?|tell|parle)\b[^|]*
guard farewell_ok \b(?:goodbye|bye|au revoir|adieu) (?:for now|pour l instant|pour le moment)\b
guard idiom \bca (?:me|te|nous) a (?:vraiment |beaucoup |bien )?secouee?s?\b
guard away \b(?:vacances|holidays?|vacation|voyage|trip)\b.*?\b(?:ne serai|serai plus|serai pas
    |will not be (?:
    here|around))\b[^|]*
guard topic_only \bque est ce qui se passe (?:si|quand) (?:je|quelqu un) (?:dis|parle)\b[^|]*
guard idiom \bfaire une (?:connerie|betise)\b(?=[^|]*(?:[|] )?(?:genre|comme|style
    |like) (?:tout )?(?:demissionner
    |tout plaquer|quitter|claquer|envoyer|acheter|depenser|appeler|insulter|craquer|manger|resign
    |quit|buy|spend))
guard negated \bnot (?:trying|going|planning|wanting|looking) to (?:hurt|harm|kill) myself\b
    |\bje (?:ne )?cherche pas a me (?:faire du mal|blesser|tuer)\b
guard negated (?:(?<=[|])|^)[^|]*(?=[|] (?:not like that|not in that way|not that way|pas comme ca
    |pas dans ce sens)\b)
guard topic_only \b(?:essay|dissertation|expose|devoir|bac de philo|philo|philosophy|literature
    |litterature|camus|sisyphe|mythe)\b[^|]{0,80}\bsuicide\b|\bsuicide (?:in|dans la) (?:\w+ )?(?:
    literature|litterature|novels|romans)\b|\bsuicide est (?:le|un) (?:seul )?(?:probleme|sujet)\b
guard idiom \b(?:allait|va|allaient|vont) en finir avec moi\b|\ben finisse avec (?:elle|lui|eux
    |ca)\b
guard negated (?:(?<=[|])|^)[^|]*(?=[|] (?:
    the |la |le |les |mon |ma |my )\w+(?: [|])? (?:i mean(?! it)
    |je veux dire)\b)
guard topic_only \b(?:patients?|clients?|eleves?|students?|pupils?|residents?|usagers?) (?:apres
    |after|ayant fait|who (?:have )?(?:made|had)|with) (?:a |une |un )?(?:suicide attempt
    |tentative de suicide|attempted suicide)\b
guard topic_only \b(?:dissert\w*|essay|expose|devoir|memoire|these|cours)\b[^|]{0,40}\bsuicide\b
    |\bsuicide de durkheim\b|\bdurkheim\b[^|]*
guard idiom \b(?:enfin )?(?:fini|termine|boucle) (?:avec )?(?:ce|le|mon|ma|cette|la) (?:dossier
    |paperasse|demarche|projet|these|memoire|rapport|declaration)\b[^|]*(?:[|][^|]*)?\ben finir\b
guard hyperbole \b(?:says?|dit|said) (?:that )?(?:\w+ )?(?:i want to die|je veux mourir|jveux mourir
    |wants? to die|veut mourir|va mourir)\b[^
    |]{0,10}(?:
    every time|whenever|chaque fois|a chaque fois)\b[^|]*
guard giveaway_ok \b(?:donne\w*|give|gave|giving|given|offert)\b[^|]{0,30}\b(?:vieux|vieille
    |vieilles
    |old|ancien|ancienne|used)\b|\b(?:croix rouge|red cross|emmaus|secours populaire|charity
    |oxfam|goodwill|ressourcerie)\b
guard negated \b(?:not|never) (?:going to|gonna) jump\b|\b(?:ne )?vais pas sauter\b
guard topic_only \b(?:reperer|recognise|recognize|spot|detect|identifier|notice) (?:(?:quand|when
    |if|si|que|that) )?(?:un |une |des |les |mes |nos |a |my |our )?(?:residents?|patients?|eleves?
    |students?|pupils?|clients?|usagers?|collegues?|colleagues?|staff|employees?|salaries?
    |beneficiaires?|jeunes|adherents?)\b[^|]{0,40}?\b(?:idees noires|idees suicidaires|suicid\w*
    |self harm\w*)
    |\bquestions? (?:\w+ ){0,2}?(?:about|sur|on|au sujet du) (?:le |la )?(?:suicide|self harm
    |automutilation|scarification)\b
guard idiom \bend (?:it|it all|things)\b(?= (?:[|] )?with (?:my|the|this|that|our|his|her) (?:
    \w+ ){0,2}?(?:gym|bank|phone|provider|contract|subscription|landlord|job|company|insurance
    |operator|membership))|\bdead meat\b
guard negated \b(?:do not|no longer|never|not) (?:think|thinking|have thoughts?) (?:about|of) (?:
    ending my life|ending it|killing myself|suicide|dying|hurting myself)\b(?=[^|]*\b(?:anymore
    |any more|these days)\b)
guard idiom \bmettre fin a (?:mon|ma|mes|le|la|les|un|une|ce|cet|cette|l) (?:bail|contrat
    |abonnement|forfait|relation|histoire|mandat|stage|cdd|cdi|periode d essai|location
    |assurance|mutuelle|credit|pret|colocation|engagement|adhesion|mission|suivi)\b
guard everyday \b(?:rejoindre|rejoins|rejoint|join|joining|meet|meeting) (?:ma|mon|mes|my) (?:
    \w+ ){1,2}?(?:(?:ce soir|demain|ce midi|tonight|tomorrow|this evening) )?(?:au (?:restaurant
    |resto|cinema|cine|bar|cafe|parc|marche|match|concert|travail|boulot|bureau)|a la (?:gare
    |maison|plage|piscine|fete|salle)|chez (?:elle|lui|eux|nous|moi)|pour (?:diner|manger|dejeuner
    |le diner|le dejeuner|un cafe|son anniversaire|les vacances|le week end|noel)|for (?:dinner
    |lunch|breakfast|coffee|drinks|a drink|the weekend|the holidays|christmas|a walk|a movie
    |her birthday|his birthday)|at (?:the|a) (?:restaurant|cafe|pub|bar|station|cinema|park
    |beach|pool|party))\b
guard everyday \b(?:cannot|can not|could not|never manage to|struggle to) (?:wake|get) (?:him|her
    |them|my \w+) up (?:for (?:school|work|college|class)|in time|in the mornings|every morning)\b
    |\barrive (?:pas|plus) a (?:le|la|les) (?:reveiller|lever) (?:pour (?:aller a )?(?:l ecole
    |le college|le lycee|le travail|le bus)|a temps|tous les matins)\b
guard everyday \b(?:pris|took|taken|finished|fini|termine) (?:(?:toute?|the whole|my whole|all of
    |all) )?(?:ma|mon|la|le|my|the) (?:\w+ ){0,8}?(?:[|] )?(?<!not )(?<!pas )(?:comme|as) (?:
    prescrit|prescribed|le medecin|the doctor|mon medecin|my doctor)\b
    |\b(?:bleue?s?|blue) (?:de froid|with cold|from the cold)\b
guard idiom \b(?:goodbye|bye bye|adieu) (?:(?:la|ma) )?(?:social life|corporate life|office life
    |student life|single life|vie sociale|vie de bureau|vie etudiante|vie de celibataire)\b
    |\badieu (?:a )?(?:mon|ma|le|la) (?:cdi|cdd|job|boulot|taf|poste|canape|vieux \w+|vieille \w+)\b
    |\b(?:it|this|that|ca|cela)(?: is)? (?:going to|gonna|will|va) (?:kill me|me tuer)\b
    |\ben finir avec (?:mon|ma|ce|cette|cet|le|la) (?:forfait|abonnement|operateur|contrat|banque
    |assurance|mutuelle|box|fournisseur)\b
guard fiction \b(?:lettre de adieu|goodbye letter|farewell letter|adieux?)\b(?=[^|]{0,40}\b(?:de|for
    |of) (?:mon|ma|my|his|her|the) (?:perso|personnage|character|heroine|heros|hero|pnj|npc)\b)
    |\b(?:jeu de role|campaign|campagne|roman|novel|story|scenario|screenplay|piece de theatre)\b
    [^|]{0,60}?\b(?:lettre de adieu|goodbye letter|farewell letter)\b
guard everyday \b(?:water|toy|prop|nerf|airsoft|paintball|replica|fake|plastic|glue|paint|caulking
    |staple|heat) (?:guns?|pistols?|rifles?)\b|\bpistolets? a (?:peinture|colle|silicone)\b
    |\bsuicide doors?\b|\b(?:pot|soiree|fete|repas|dejeuner) de (?:adieu|depart)\b|\b(?:farewell
    |leaving) (?:party|do|drinks|lunch|dinner)\b|\b(?:pistolet|fusil)s? (?:a eau|en plastique
    |jouet|factice|de paintball|de airsoft)\b
    |\bpermis de chasse\b[^|]*(?:[|] [^|]*)?\b(?:fusil|carabine|tirer)\b|\bneutraliser (?:(?:le|la
    |mon|ma) )?(?:(?:vieux|vieille) )?(?:fusil|carabine)\b|\b(?:guns?|rifles?) (?:\w+ ){0,3}?(?:
    deactivated|decommissioned)\b
guard everyday \b(?:expired|out of date|perimes?) (?:pills|meds|medicines?|medications?|medicaments
    |cachets)\b(?=[^|]*\b(?:pharmacy|pharmacie|chemist)\b)
    |\b(?:pris|ramasse|rassemble) (?:tous )?(?:les|mes) (?:\w+ ){0,2}?(?:medicaments
    |cachets) perimes\b[^|]*\bpharmacie\b
    |\b(?:medicaments|cachets|pills|meds) perimes\b(?=[^|]*\bpharmacie\b)
guard hyperbole \b(?:thought|felt like|cru que) (?:i was|i would|je allais) (?:going to |gonna )?(?:
    die|mourir)\b(?=[^|]*(?:[|] [^|]*)?[|] (?:i (?:finished|made it|did it)|je ai (?:fini|termine
    |reussi)))|\b(?:overdosed?|overdosing|surdose) (?:on|de|of) (?:coffee|caffeine|cafe|sugar|sucre
    |chocolate|chocolat|netflix|energy drinks?|red bull|candy|bonbons)\b
guard everyday \b(?:rando\w*|randonn\w*|hik\w*|walking (?:group|club)|club de rando|balade
    |trek\w*)\b[^|]{0,40}?(?:[|] [^|]{0,40}?)?\b(?:falaises?|cliffs?)\b
    |\b(?:falaises?|cliffs?)\b(?=[^|]{0,40}\b(?:with (?:my|the|our) (?:walking|hiking) (?:group
    |club)|avec (?:le|mon|notre) club de rando)\b)
guard asked_no \b(?:asked|asks|ask|asking|demande|demandait) (?:me )?(?:if|whether|si) (?:
    i am|je suis|je etais) (?:suicidal|in danger|en danger|at risk|suicidaire)\b
guard hyperbole \bhad me (?:screaming|crying|dying|dead)\b|\b(?:finals|exams?|partiels|revisions
    |homework|devoirs|deadlines?|maths|physics|essays?) (?:are|is|will) (?:going to )?(?:kill
    |killing) me\b|\b(?:partiels|examens|revisions|devoirs) (?:vont|va) me tuer\b
    |\b(?:va|will|would|going to) (?:literally )?(?:mourir|die|crever) (?:si|if) (?:il|elle|he|she
    |i|je) (?:rate|fails?|loupe|perd|loses)\b
    |\b(?:thought|cru que) (?:i was going to|je allais) (?:die|crever|mourir)\b(?=[^|]{0,40}\b(?:
    stairs|escaliers|class|cours|gym|sport|workout|seance|hike|rando|spin|run|course)\b)
    |\bje vais crever si je dois (?:encore )?(?:reviser|bosser|travailler|faire)\b
guard farewell_ok \b(?:leaving do|pot de depart|goodbye (?:party|dinner|drinks|lunch)|last day at
    |dernier jour (?:de|au|a)|years at the same|ans dans la meme|erasmus|the army|the final boss
    |boss final|le film|the film|the movie|la serie|the series|the show|sa blague|her joke
    |his joke|cafards)\b[^|]{0,60}(?:[|][^|]{0,60}){0,2}\b(?:saying goodbye|say goodbye|goodbye
    |dire adieu|dit adieu|adieux?|au revoir)\b[^|]*
    |\b(?:adieux?|goodbye)\b[^|]*(?=[^|]{0,20}(?:[|][^|]{0,40})?\b(?:sa blague|her joke|his joke
    |cafards)\b)|\b(?:say|saying|dire) (?:goodbye|au revoir|adieu) (?:now|maintenant)\b(?=
    .{0,60}\b(?:again|sometime|soon|later|tomorrow|next time|bientot|demain|prochaine)\b)
    |\bgoodbye cruel world\b(?=.{0,40}(?:💀|lol|mdr|boss|game))|(?<=boss)[^|]*(?:[|][^|]*){0,2}
    \bgoodbye cruel world\b
    |\bdo not reply that is why\b|\b(?:if i do not reply|si je reponds pas)\b(?=.{0,40}\b(?:
    camping|no signal|pas de reseau|holiday|vacances)\b)|(?<=no signal)[^|]*
guard farewell_ok \b(?:will|testament)\b(?=.{0,80}\b(?:totally normal|tout va bien|since we had
    |in a good way|pour mes petits enfants|normal a \d+ ans|normal at \d+)\b)
    |\brendu les cles de mon ancien (?:appart\w*|logement)\b
    |\b(?:laisse|leave|leaving) (?:mes|my) plantes?\b
guard hyperbole \b(?:grandma|grandmother|nan|nana|mamie|grand mere|grandad|papy)\b[^|]{0,30}\b(?:
    says?|saying|dit)\b[^|]{0,10}\b(?:when i am gone|quand je serai partie?)\b
guard idiom \b(?:disappear|disparaitre) (?:like )?(?:under|sous) (?:my|ma|the|la) (?:blanket|duvet
    |couette|covers|draps)\b|\b(?:when i said|quand je ai dit)\b[^|]{0,40}\b(?:disappear
    |disparaitre)\b(?=[^|]{0,30}\b(?:i meant|genre|like|je voulais dire))
    |\bfacon de parler quand je ai dit que je voulais disparaitre\b
    |\b(?:dernier jour|last day)\b[^|]{0,40}(?:[|] )?[^|]{0,30}\bque ca se (?:finisse|termine)\b
guard everyday \bnot (?:waking|getting) up (?:for|in time for) (?:school|work|college|class|uni)\b
    |\bse reveille pas pour (?:le college|le lycee|ecole|le travail|les cours)\b
    |\b(?:bleed|bleeds|bleeding|saigne|saignent)\b[^|]{0,20}\b(?:when i floss|when i brush|gums
    |gencives|du nez|nosebleed)\b
guard farewell_ok \badieu (?:insta\w*|facebook|fb|snap\w*|tiktok|twitter|les reseaux
    |reseaux sociaux)\b
    |\b(?:dire|say) (?:au revoir|goodbye)\b(?=[^|]*(?:[|][^|]*)?\b(?:ce soir|tonight|for today
    |pour aujourdhui|a demain|see you)\b)|\b(?:adieux|goodbyes?) (?:a|to) (?:l equipe|the team
    |mes collegues|my colleagues|my coworkers)\b
    |\bend (?:this|the|our) (?:conversation|chat|call)\b|\bgive my (?:real )?name\b
    |\b(?:will|testament)\b(?=.{0,80}\b(?:c est normal|just being sensible|nothing to worry)\b)
    |\banniversary of (?:my|his|her) \w+ (?:death|passing)\b
guard idiom \b(?:je )?en ai fini avec (?:lui|elle|mon ex|ce mec|cette fille)\b
    |\b(?:personnage|character|heros|heroine|protagonist)\b(?: \w+){0,3} (?:veut|wants to|voulait
    |want to) (?:en finir|mourir|die|end it|se suicider)\b
    |\b(?:done with|fed up with|sick of) (?:this|my|the) (?:dissertation|essay|thesis|course
    |project|phone|job|assignment|homework|report)\b[^|]*(?:[|][^|]*){0,2}
    |\bdisappear into (?:a|my|the) (?:book|game|series|show|bed|duvet)\b
    |\b(?:fac|etudes|boulot|job|travail|demission|cap|ex|formation|taf)\b[^|]{0,40}(?:[|] )?(?:
    ma decision est prise|c est decide)\b
    |\b(?:ma decision est prise|c est decide)\b(?=[^|]{0,10}(?:[|] )?[^|]{0,40}\b(?:demission
    |cap|formation|fac)\b)
guard hyperbole \b(?:presentation|exam|interview|oral|entretien|speech)\b[^|]{0,60}(?:
    [|] )?\bi am (?:literally )?(?:going to|gonna) die\b
guard asked_no \bidees noires\b[^|]{0,5}(?:[|] )?(?:non|no)\b(?: jamais)?
    |\bno (?:self harm|suicidal) thoughts\b|\bsans (?:avoir )?(?:envie|intention) de recommencer\b
    |\b(?:ne a|a) jamais parle de (?:se|me) (?:faire du mal|tuer|suicider)\b
guard hyperbole \b(?:is|are|was|were|looks?|smells?|tastes?|literally|absolutely|simply|cake
    |honestly|truly|totally|really
    |view|dress|food|dessert|shoes|pizza|chocolate|gateau|robe|vue) to die for\b
""", FRAGS)

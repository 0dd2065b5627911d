"""Pattern tables of the rule-based triage: look-alike guards, crisis rules, the safety floor.

One rule per entry: ``<table> <code> <regex>``; indented lines continue the regex (the line break
and the indentation are dropped, so lines only break before ``|`` or after ``(?:``); ``@NAME@``
inserts an earlier ``frag`` entry (those shared by the cue modules, such as ``REL`` or ``SUBST``,
are defined here, so no module depends on the import order of another). Rules run on
``matching.triage_text.normalise`` output: lower case, no accents, clauses separated by ``' | '``
(``@END@`` looks ahead to a clause end).

- ``guard``: blanked out before matching (negation, hyperbole, idioms, bereavement, topic only).
- ``crisis``: any hit suggests crisis. Patterns name feelings and intentions, never methods.
- ``floor``: death, dying, suicide or self-harm vocabulary left after the guards: never routine.
"""

from __future__ import annotations

import re

Rules = dict[str, list[tuple[str, re.Pattern[str]]]]
FRAGS: dict[str, str] = {}


def parse(spec: str, frags: dict[str, str]) -> Rules:
    """Compile ``spec`` into tables of (code, pattern); ``frag`` entries are added to ``frags``."""
    tables: Rules = {}
    bad = re.search(r"[\w)]\n +(?:\w|\(\?:)|(?:\\b|(?<![a-z]))ce (?:est|etait)\b", spec)
    if bad:
        raise ValueError(f"break a rule's line before '|' or after '(?:'; no 'ce est': {bad[0]!r}")
    for entry in re.sub(r"\n +", "", spec).strip().split("\n"):
        table, code, src = entry.split(" ", 2)
        src = re.sub(r"@(\w+)@", lambda m: frags[m.group(1)], src)
        if table == "frag":
            frags[code] = src
        else:
            tables.setdefault(table, []).append((code, re.compile(src)))
    return tables


RISK = parse(r"""
frag HIT (?:frapp\w*|bat|battent|battu\w*|cogn\w*|tabass\w*|etrangl\w*|viole|violee|violer
    |brutalis\w*|secou\w*|maltrait\w*|pousse|tape)
frag HITIN frapp\w*|bat|battent|battu\w*|cogn\w*|tabass\w*|etrangl\w*|viole|violee|violer
    |brutalis\w*|secou\w*|maltrait\w*|pousse|tape
frag REL (?:(?:mon|ma|mes|notre|nos) (?:propre |petite? |grande? )?(?:fils|filles?|enfants?|ados?
    |adolescente?|bebe|mere|pere|parents|freres?|soeurs?|copain|copine|mari|femme|epoux|epouse
    |conjointe?|compagnon|compagne|amie?s?|meilleure? amie?|pote|petite? amie?|grand mere|grand pere
    |petite? fils|neveu|niece|oncle|tante|cousine?|fiancee?|partenaire|colocataire|coloc)|maman|papa
    |une? proche|(?:my|our) (?:little |big |younger |older )?(?:son|daughter|kids?|child|children
    |mum|mother|dad|father|parents|brother|sister|partner|husband|wife|boyfriend|girlfriend|friend
    |best friend|grandmother|grandma|grandad|grandfather|uncle|aunt|cousin|niece|nephew|flatmate
    |roommate)|someone close|a loved one|(?:a )?family member)
frag CHILD (?:mon|ma|mes|les|des|le|la|un|une|nos|son|sa|ses|my|the|our|his|her|a) (?:fils|filles?
    |enfants?|bebes?|petit|petite|petits|ados?|neveu|niece|son|daughter|kids?|children|child|baby
    |toddler|little one|nephew|petite soeur|petit frere|little (?:brother|sister))
frag DIE (?:(?<!vais )(?<!allais )mourir|me tuer|me suicider|en finir|crever|disparaitre
    |me foutre en l air|mettre fin a (?:mes jours|ma vie)|partir pour (?:toujours|de bon))
frag SELF (?:mourir|me tuer|me suicider|en finir|me faire du mal|disparaitre|me blesser
    |passer a l acte|faire (?:de |une )?(?:betise|connerie)s?|me foutre en l air|suicidaires?
    |suicide
    |noires)
frag OBJ (?:dossiers?|travail|boulot|taf|examens?|exams?|partiels?|memoire|these|rapports?|projets?
    |histoire|relation|paperasse|demarches|papiers|demenagement|menage|devoirs|revisions|chantier
    |travaux|declaration|impots|formulaires?|procedure|proces|divorce|dettes?|credits?|tabac
    |cigarettes?|clopes?|alcool|addiction|dependance|procrastination|idees recues|prejuges
    |stigmatisation|tabous?|semaine|habitudes?|lui|elle|eux|mon ex|ce mec)
frag END (?= ?(?:\||$))
frag SUBST (?:pills?|meds|medications?|medicines?|tablets?|painkillers|paracetamol|sleeping pills
    |antidepressants|cachets?|comprimes?|medocs?|medicaments?|gelules|somniferes|anxiolytiques
    |antidepresseurs|doliprane|traitements?|treatment|prescription)
frag LIVE (?:rest\w* en vie|(?:etre|suis|sois|serais|reste|rester) (?:encore |toujours )?en vie|(?:
    etre|suis|sois) (?:encore|toujours) la@END@|(?:vivre|vive|vis|continuer|continue|continuerais
    |tenir|me battre|lutter|me lever le matin)(?:@END@| comme ca| encore| a vivre))
frag EN_LIVE (?:stay(?:ing)? alive|be(?:ing)? alive|still alive|still here|alive|living|live
    |keep(?:ing)? going|go(?:ing)? on|carry(?:ing)? on|wake up)
guard negated \b(?:ne )?(?:veux|voudrais|vais|compte|souhaite|cherche|envisage|ferai) (?:pas|jamais
    |surtout pas|absolument pas|plus) (?:du tout )?(?:a |de )?@SELF@|\b(?:pas|plus|jamais|aucune?
    |sans) (?:eu )?(?:du tout )?(?:de |d |l |la |une )?(?:envie|intention|idees?|pensees?|projet
    |risque
    |tendances?) (?:de |d )?@SELF@|\b(?:ne )?suis (?:pas|plus|absolument pas|pas du tout
    |jamais ete) (?:du tout )?(?:suicidaire|en danger|en crise)|\b(?:(?:ne )?(?:pense
    |pensais) (?:pas
    |jamais|plus)(?: du tout)?|ai (?:jamais|pas|plus) (?:pense|songe)|avais (?:jamais
    |pas) pense) (?:au |a |a me
    |a la )?(?:suicide|mourir|me tuer|me suicider|me faire du mal|en finir|mort)|\bne (?:
    me |la |nous |les |le )(?:a |ont )?(?:frapp\w*|bat|battu\w*|touche) (?:pas|plus|jamais)
guard negated \b(?:do not|does not|did not|never|will not|would not|would never|not going to|no) (?:
    ever )?(?:want to|plan to|intend to|going to|try to)? ?(?:die|kill myself|end my life|end it all
    |end it|hurt myself|harm myself|commit suicide|unalive|be dead|do anything stupid)
    |\b(?:am not|never been|not|never felt|not feeling|do not feel) (?:suicidal
    |going to (?:kill myself|do anything stupid|hurt myself)|in danger|at risk)|\b(?:no
    |not having any|never had|not having|do not have(?: any)?|does not have(?: any)?|have no
    |without) (?:suicidal )?(?:thoughts|intention|intent|plans?|wish) (?:of |to |about )?(?:suicide
    |dying|die|killing myself|ending my life|hurting myself|self harm)?
guard negated \b(?:never|not|did not|does not|has not|have not|has never|is never|would never) (?:
    ever )?(?:hit|hits|beat|beaten|hurt|punched|touched|slapped|kicked|raped|choked) (?:me|her|us)\b
guard hyperbole \b(?:meurs|meure|mourir|mourrais|mort|morte|morts|mortes|crever|creve|crevee|mourant
    |mourante) de (?:faim|soif|rire|honte|chaud|froid|fatigue|envie|impatience|ennui|jalousie
    |trouille|curiosite|sommeil|inquietude|peur|stress)\b|(?<!pense )(?<!pensais )(?<!penser )(?<!
    songe )(?<!aide )(?<!commence )\ba mourir\b|\ben peux plus (?:de |des )(?:\w+ )?(?:\w+ )?@OBJ@
    |\b(?:vais|va) craquer (?:si|quand)\b|\b(?:ce|cet|cette|ces|le|la|les|mon|ma|mes|this|that|the
    |my) (?:boulot|travail|taf|job|exams?|examens?|partiels?|cours|reunions?|trajet|commute|patron
    |cheffe?|boss|chaleur|heat|bruit|noise|dossier|semaine|week|journee|day|attente|transports?|bus
    |metro|train|pieds|feet|dos|back|migraine|stress)\b(?: \w+)?(?: va| vont| will| is going to
    | is| est en train de) (?:me tuer|kill me|killing me)\b|\bplutot mourir que\b
    |(?<!que il )(?<!que elle )\bva me tuer (?:si|quand|lorsque)\b
    |\b(?:dying|die|died|dead|dies) (?:of|from) (?:embarrassment|shame|boredom
    |laughter|laughing|hunger|thirst|heat|cold|curiosity|cringe|exhaustion)|\bdying to (?:see|meet
    |know|try|go|get|hear|tell|watch|read|eat)\b|\b(?:is|are|was|were|s) killing me\b
    |\bkill(?:ing)? for (?:a|an|some)\b
    |\b(?:died|dying|dead) laughing\b|\bdead tired\b
    |\bkill myself laughing\b|\b(?:bored|scared|worried|sick|tired) (?:me )?to death\b
    |\brather die than\b|(?<!said he )(?<!said she )(?<!says he )(?<!says she )(?<!saying he )
    (?<!saying she )(?<!told me he )(?<!told me she )
    \b(?:going to|will|gonna|would) kill me (?:if|when)\b
guard idiom \ben finir (?:une bonne fois pour toutes )?avec (?:(?:ce|cet|cette|ces|le|la|les|l|mon
    |ma|mes|son|sa|ses|leur|leurs|un|une|tout ce|toute cette|tous ces|toutes ces) )?(?:\w+ )?@OBJ@\b
    |\bdisparaitre (?:\| )?sous (?:ma|la|les|mes) (?:couette|couverture|draps)
    |\bdisappear under (?:the|my) (?:covers|duvet|blanket)
    |\bme tuer (?:a la tache|au travail|a bosser|a la besogne|a le repeter)|\bdisparaitre (?:
    sous terre|dans un trou|quelques jours|un moment|un peu|du radar)|\bdisappear for (?:a while
    |a bit|a few days|the weekend)|\bend (?:it|things) with (?:him|her|them|my (?:boyfriend
    |girlfriend|partner|ex))\b|\b(?:du|un|au) suicide (?:commercial|politique|social|professionnel
    |financier|economique)\b|\bsuicide (?:squad|mission)\b
guard negated \b(?:not|never|no longer) (?:thinking|think|thought) (?:of|about) (?:hurting
    |harming|killing) (?:
    myself)\b|\b(?:not|never|no longer) (?:thinking|think) (?:of|about) (?:suicide|dying
    |ending it)\b
guard negated \b(?:without|sans|clean from|free of|free from) (?:any )?(?:self harm\w*|cutting
    |me scarifier
    |scarification|automutilation|me faire du mal)\b
guard away \b(?:will not|not going to|never going to|do not think i will|ne serai|ne serais
    |pas etre|serai pas|serai plus) (?:be )?(?:here|around|la|ici|disponible|available)\b(?=.*\b(?:
    holidays?|vacation|vacances|voyage|travel\w*|trip|deplacement|en conge|on leave|moving
    |demenage\w*|hospital|hopital|stage|internship|exchange|erasmus)\b)
guard topic_only \b(?:talk\w*|parl\w*|speak\w*|expliqu\w*|explain\w*|discuss\w*) (?:
    \w+ ){0,6}?(?:about|de|du
    |sur|a propos de) (?:
    la |le |l )?(?:self harm|suicide|scarification|automutilation)\b
guard hyperbole \b(?:would|will|gonna|going to) die if (?:she|he|they|i) (?:saw|see|sees|knew
    |found|heard)\b
    |\b(?:va|allait|irait) mourir si (?:elle|il) (?:voit|voyait|savait)\b
guard see_you \b(?:merci|thanks?|thank you) (?:pour tout|for everything|for all)\b(?=.*\b(?:a (?:
    demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine prochaine|bientot
    |plus tard|la prochaine|tout a l heure|ce soir)|see you (?:next|tomorrow|soon|at|monday
    |tuesday|wednesday|thursday|friday|saturday|sunday|later|on (?!the other))|talk (?:tomorrow
    |soon|next)|until next time|next (?:week|session|time)|la semaine prochaine)\b)(?!.*\b(?:
    other side|autre cote|autre vie|another life|la haut|up there)\b)
guard fiction \b(?:film|movie|serie|series|show|episode|livre|book|roman|novel|bouquin|manga|tome
    |saga|saison|season|finale
    |game|jeu|podcast|personnage|character|heros|hero|heroine)\b.{0,60}?\b(?:se suicide
    |suicide|suicidaire|veut mourir|wants to die|meurt|meurent|dies|die|died|kills (?:himself
    |herself)
    |self harms?
    |se scarifie)\b(?![^|]*(?:moi aussi|me too|comme moi|like me))|\b(?:suicide|self harm) rates?
    |\btaux de suicide\b|\bportrays? suicide\b
guard bereavement \b(?:depuis|apres|since|after) (?:la mort|le deces|the death) (?:de |of )(?:
    mon |ma |mes |son |sa |notre |my |his |her |our )?\w+|\b(?:bereaved|endeuillee?s?
    |touchee?s?) (?:by|par) (?:le )?suicide\b
    |\bsuicide loss
    |\bse (?:est|etait) (?:suicide|suicidee|donne la mort)|\ba mis fin a ses jours
    |\b(?:committed|died by|died of|lost (?:him|her|them) to) suicide|\b(?:killed|took) (?:himself
    |herself|themselves|(?:his|her|their) own life)|\blost (?:(?:my|his|her|their|a
    |our) \w+) to suicide\b|\bperdu (?:mon|ma|son|sa|un|une|leur|notre) \w+ (?:par|dans un
    |a cause de le|a cause du) suicide\b|\bsuicide de (?:mon|ma|mes|son|sa)\b
    |\b(?:decedee?|morte?|mort|died|passed away) (?:par|by|from) suicide\b
guard topic_only \b(?:prevention|prevenir|formation|memoire|these|article|documentaire|livre
    |sensibilisation|numero|ligne) (?:du |de |sur le |sur )?(?:le |la )?suicide|\bsuicide (?:
    prevention|hotline|line|awareness)
guard hyperbole \b(?:vais|va|allons|allez|allait|allais) mourir (?:\w+ )?(?:lol|mdr|ptdr|xd|lmao
    |rofl|haha\w*|hihi)\b|\b(?:i am|je suis) (?:so |trop |tellement )?(?:dead|mort|morte|dying
    |mourant|mourante) (?:lol|mdr|ptdr|xd|lmao|rofl|haha\w*)\b
guard idiom \bdead ?(?:end|line|lines|battery|phone)\b|\b(?:phones?|battery|laptop|car|batterie
    |telephone|portable|voiture|ordi|plante|plant) (?:is |est |was |etait |va |just |vient de
    |is going to |about to )?(?:dead
    |died|dying|morte?|mourir)\b|\bc est mort (?:pour|lol|mdr|ptdr)|\b(?:temps|point|poids|angle
    |bras
    |feuilles?|nature|langue|langues|eau|saison|ville) mort\w*|\bmort vivante?s?
    |\bfaire disparaitre\b|\bfeel(?:ing)? (?:so |really )?alive\b|\bcome alive\b
crisis suicidal_intent \b(?:envie|besoin|desir|tentation|intention|idee) (?:de |d )?@DIE@|\b(?:veux
    |voulais|ai voulu|voudrais|aimerais|vais|allais|compte|prefere|prefererais|souhaite|pense a
    |pensais a|envisage de|songe a|decide de|decidee? de|pret a|prete a) (?:
    juste |simplement |vraiment |bientot |tellement )?@DIE@
crisis suicidal_intent \b(?:suicid\w*|idees noires|passer a l acte|tentative de suicide|faire (?:
    une |des )?(?:betise|connerie)s?\b|me foutre en l air|kms|unalive|kill myself|killing myself
    |end(?:ing)? my (?:own )?life|end it all|take my (?:own )?life|want to end it|going to end it
    |mettre fin a mes jours)
crisis wish_to_die \b(?:pas|plus) (?:aucune |la )?(?:envie|force|gout|raison) (?:de |d )?(?:vivre
    |etre la|etre en vie|continuer)|\b(?:veux|voulais|voudrais|peux) (?:plus|pas) (?:vivre|etre la
    |etre en vie)(?! comme ca)|\bmarre de (?:la vie|vivre)|\bfatiguee? de (?:vivre|la vie)
    |\ba quoi bon (?:vivre|continuer)|\bmieux sans moi\b|\bpersonne ne (?:me regretter|remarquer)\w*
    |\b(?:plus|pas|jamais) me reveiller\b(?! a l heure| a temps| pour)|\bdormir pour toujours
    |\bsais (?:plus |pas )?si (?:je ai envie de|je veux) (?:vivre|continuer)\b(?! (?:la|le|les|l|mes
    |mon|ma|a|au|en|de|des|ce|cette|ces|avec|mon)\b)|\bque tout se arrete
    |\bla vie (?:ne )?a plus de sens
crisis wish_to_die \b(?:want to|wanted to|wish i could|ready to|going to|rather) die\b|\bwish i (?:
    was|were|would) (?:dead|not here|not alive|never born|not wake)|\bbetter off (?:dead|without me)
    |\b(?:do not|does not) want to (?:live|be alive|be here|exist|go on|wake up)|\b(?:no|any) (?:
    reason|point) (?:to|in) (?:live|living|go on|going on)(?:@END@| anymore| any more| like this)
    |\btired of (?:living|life|being alive)|\b(?:if|whether) i want to (?:live|be alive|go on)
    |\bnot want to be here|\bwant to disappear|\bno one would (?:miss|notice|care)
    |\bwant it all to (?:end|stop)|\bnot be (?:here|around) (?:anymore|tomorrow)
crisis self_harm \b(?:me faire du mal|me fais du mal|me blesser|scarif\w*|automutil\w*|me mutil\w*
    |self ?harm\w*|hurt myself|hurting myself|harm myself|cutting myself)
crisis farewell \b(?:lettre|mot|lettres|mots|message) de adieu|\b(?:mes|faire mes) adieux
    |\bdire adieu (?:a tout|au monde|a la vie)|\badieu (?:a tous|tout le monde|pour toujours)
    |\bdernier message(?:@END@| (?:a vous|pour vous|a tous|pour tous|a tout le monde|avant))
    |\bc est un adieu|\bgoodbye (?:letter|note|forever|message)|\bsuicide note
    |\bmy last message(?:@END@| (?:to you|to anyone|to everyone|before|ever))
    |\bthis is goodbye|\bsaying goodbye to everyone|\b(?:donne|give|giving) (?:
    toutes )?(?:mes affaires|away my (?:stuff|things))|\badieu(?: merci)? \|?\s*$
crisis plan \b(?:choisi|fixe) (?:la date|le jour|le moment)|\bce soir c est (?:la fin|fini)
    |\bc est (?:bientot )?la fin pour moi|\bsais comment je vais le faire|\bi (?:have
    |ve got) a plan to|\bknow how i (?:will|am going to) do it|\b(?:demain|ce soir) je (?:
    ne )?serai plus la|\bwill not be here tomorrow
crisis relative_at_risk \b(?:veut|voulait|voudrait|parle de|menace de|a envie de|pense a
    |risque de) (?:se tuer|se suicider|mourir|en finir|disparaitre|se foutre en l air
    |partir pour (?:
    toujours|de bon)
    |mettre fin a ses jours|se faire du mal)|\bse (?:scarifie|fait du mal|mutile)|\bveut plus vivre
    |\b(?:wants|want|talks about|talking about|threatening|threatens|tried) (?:to )?(?:die|dying
    |kill(?:ing)? (?:himself|herself|themselves)|end (?:his|her|their) life|suicide)|\b(?:is
    |are) (?:self harming|hurting (?:himself|herself|themselves)|suicidal)
crisis danger_to_child \b(?:@HIT@|touche|attouch\w*|abus\w*|enferme|menace) @CHILD@|\b@CHILD@ (?:est
    |sont|is|are) (?:en danger|battue?s?|maltraitee?s?|frappee?s?|in danger|not safe|being (?:abused
    |hurt|hit))|\bmaltraitance|\binceste|\bchild abuse|\benfants? en danger|\bchild in danger
    |\b(?:hits|beats|hurts|abuses|abused|touched|touches|shakes|shook) @CHILD@
crisis violence \b(?:me|la|nous|les|le) (?:a |ont )?(?:encore |deja |de nouveau )?@HIT@\b|\b(?:
    menace|menacee|a menacee?) (?:
    de mort|de (?:me |la |nous )?tuer)|\b(?:il|elle|ils|he|she|they) (?:va|vont|veut|veulent
    |is going to|wants to|will) (?:me|la|nous) (?:tuer|kill)|\bpeur (?:que |qu )?(?:il|elle|ils) (?:
    me|la|nous|les) (?:tue|frappe)|\b(?:threatened|threatens|threatening|going to|wants to) kill (?:
    me|us|her)\b|\b(?:hits|hit|beats|beat|beating|hitting|punched|punches|slapped|slaps|kicked|kicks
    |choked|chokes|strangled|raped|shoved) (?:me|her|us)\b(?! out| away)|\b(?:suis|sommes|am
    |are) en danger|\b(?:i am|we are) in danger|\bnot safe at home|\bpas en securite|\b(?:il|he) (?:
    a|has) (?:une arme|un couteau|a gun|a knife)
crisis self_harm \bje (?:ne )?me (?:suis |serais |serai )?(?:
    encore |de nouveau |a nouveau |souvent |parfois |deja |tout le temps )?(?:re)?(?:fais|fait|ferai
    |ferais|faisais) du mal\b|\bse (?:re)?faire du mal\b|\bi (?:have |had )?(?:cut
    |self harmed) again\b|\bhurt myself\b|\brelaps\w* (?:on |into |with )?self ?harm
    |\bself ?harm\w* again
crisis wish_to_die \b(?:a quoi bon|pourquoi|a quoi (?:ca )?(?:sert|servirait|servira|servait)|(?:
    ca )?(?:sert|servirait|servira) (?:a )?quoi|quel (?:interet|sens)|aucune raison|plus (?:
    de )?raison) (?:de |d |que je |je |me |a )?(?:\w+ ){0,4}?@LIVE@|\bsais (?:plus |pas )?si (?:
    je ai envie de|je veux|je dois|je vais) (?:\w+ )?@LIVE@
crisis wish_to_die \b(?:why|what is the point (?:of|in)|what is the use (?:of|in)|no point (?:in|to)
    |is there (?:any |a )?(?:point|reason) (?:in|to|for me to)|any reason to|how (?:am i supposed
    |do i|can i)|not sure (?:why|how|if)|do not know (?:why|how|if))(?: i| to
    | me)?(?: \w+){0,3}? @EN_LIVE@(?:@END@| anymore| any more| like this)|\bwhat is the point of (?:
    it all|anything|life|me)\b|\bno point in (?:anything|life)\b|\bnever wake up\b
crisis wish_to_die \b(?:if|when|once|after) i (?:was|were|am) (?:gone|dead|no longer (?:here|around)
    |not (?:here|around) anymore)\b|\bif i (?:disappeared|vanished|died|did not wake up|was not (?:
    here|around)|were not (?:here|around))\b|\b(?:no one|nobody) (?:would|will) (?:
    even |really |ever )?(?:miss me|notice@END@|care@END@)|\bwould anyone (?:
    even |really )?(?:miss me|notice|care) if i\b|\b(?:will not|not going to|may not|might not
    |will no longer) be (?:around|here) (?:much longer|for (?:much |very )?long|after (?:tonight
    |today)|anymore|any more)\b
crisis wish_to_die \bsi je (?:disparaissais|mourais|me tuais|ne etais plus la|etais plus la
    |etais (?:mort|morte|partie? pour (?:toujours|de bon)))\b|\bquand je (?:ne )?serai (?:plus la
    |morte?|partie? pour (?:toujours|de bon))\b|\bje (?:ne )?serai (?:bientot )?plus (?:la
    |de ce monde)(?:@END@| bientot| demain| ce soir| pour longtemps| pour personne)|\bpersonne (?:
    ne )?(?:me |le |se en |se )?(?:regretterai\w*|rendrait compte|apercevrai\w*|pleurerai\w*
    |verrait la difference)|\bne manquerai[st]? a personne\b
crisis wish_to_die \b(?:veux|voudrais|vais|envie de|besoin de|aimerais|pense a|prete? a|pret a) (?:
    juste |simplement |vraiment )?tout arreter(?:@END@| pour (?:de bon|toujours)| definitivement)
    |\bque (?:ca|la vie|cette vie|tout ca|la douleur|ma vie) se (?:arrete|termine|finisse) (?:
    pour (?:de bon|toujours)|definitivement)|\bque (?:tout|ma vie|la vie) (?:se arrete|se termine
    |finisse)|\b(?:want|need|wish) (?:for )?(?:everything|it all|life|my life) to (?:stop|end)\b
    |\bmake it all stop\b|\bthe pain to stop (?:forever|for good|permanently)
crisis wish_to_die \b(?:plus|pas|aucune) (?:la |de )?force (?:de|pour) (?:me battre|lutter|tenir
    |vivre|continuer|rien|avancer)@END@|\b(?:plus|pas) la force@END@|\bno (?:strength|energy
    |will) (?:left )?to (?:live|go on
    |fight|keep going|carry on)|\bcannot fight (?:it |this )?any ?more\b
crisis wish_to_die \b(?:pense|pensais|penser|songe|songeais) (?:\w+ ){0,3}?a (?:ma (?:propre )?mort
    |ne plus etre la|etre morte?)\b|\b(?:thinking|think|thoughts) (?:
    a lot |all the time |constantly )?(?:about|of) (?:dying|my (?:own )?death|being dead
    |not being (?:here|alive)|ending it)\b|\b(?:mieux|plus (?:simple|facile|heureux|heureuse
    |heureuses|tranquilles?)) sans moi\b|\b(?:easier|better|happier|simpler) (?:for (?:everyone
    |everybody|them|my family) )?without me\b
crisis farewell \b(?:ecrit|laisse|prepare|redige|ecris|laisser|ecrire) (?:
    une |des |mes |ma |un |quelques )?(?:lettres?|mots?|messages?) (?:de adieu|pour (?:apres
    |quand je|ma famille|mes proches|mes enfants|mes parents|tout le monde)|a (?:ma famille
    |mes proches|mes enfants|mes parents|tout le monde))|\b(?:dire|dis|dit) (?:au revoir
    |adieu) a (?:tout le monde|tous|mes proches|ma famille|mes enfants|mes parents|ceux que je aime)
    |\bvous dire adieu
crisis farewell \b(?:wrote|written|writing|write|left|leave|leaving) (?:
    a |some |my )?(?:goodbye |farewell |last )?(?:letters?|notes?) (?:to|for) (?:my |the )?(?:family
    |kids|children|parents|everyone|loved ones|wife|husband|partner)\b|\b(?:say|said|saying) (?:
    my )?goodbyes?(?:@END@| to (?:everyone|everybody|the world|my family))
crisis relative_at_risk \bse (?:est|sont|etait) (?:encore |de nouveau )?(?:re)?fait du mal|\b(?:has
    |is|keeps) (?:been )?hurting (?:himself|herself|themselves)|\bhurt (?:himself|herself
    |themselves) again
floor mentions_death \b(?:mourir|meurs|meurt|mourrai\w*|mourais|mourant\w*|mort|morte|morts|mortes
    |suicid\w*|en vie|disparaitre|disparaisse|disparaissais|crever|me tuer|se tuer|me faire du mal
    |se faire du mal|fin a (?:mes|ses|ma|sa) (?:jours|vie)|en finir|die|dying|died|dead|death|deaths
    |unalive|kms|kill (?:myself|me|himself|herself)|end it|end my life|hurt myself|harm myself
    |self ?harm\w*|gone forever|(?:stay|staying|be|being|still|not|keep me|keeping me) alive)\b
    |\b(?:envie|raison|force|gout|peur|sens|marre|fatiguee?|veux|voulais|voudrais|peux|sais
    |arrive) (?:plus |pas |pas a |plus a |de |d |a |comment )*vivre\b|\bvivre (?:comme ca|encore)
    |\bcontinuer a vivre
""", FRAGS)

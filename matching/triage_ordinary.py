"""Look-alikes of crisis wording found on blind31 to chat31 (tenth session).

Same format as ``matching.triage_lookalikes`` (``guard`` entries, blanked out before matching,
in order, after those of ``matching.triage_lookalikes`` in
``matching.triage_families.GUARDS``), with its codes. The rules rated these ordinary messages
crisis: a will written for a new house, a baby or one's sixtieth birthday, goodbyes to a
therapist, a school, a childhood room, a conversation "for tonight", moving boxes, a volunteer's
training on suicide risk, a crime novel's farewell letters, self-harm "far behind me", a child
who says "I want to die" whenever asked to tidy up, an exam or a form that "is killing me", a
phone "about to die", a boss who "will murder me", "coups de blues", a flat battery.
"""

from __future__ import annotations

from matching.triage_rules import FRAGS, parse

ORDINARY = parse(r"""
guard farewell_ok \b(?:wrote|written|fait|ecrit) (?:my|mon|un) (?:will|testament)\b(?=.{0,100}\b(?:
    baby|bebe|maison|house|mortgage|conseille|advised|first child|premier enfant
    |pour mes \d+ ans)\b)
    |\b(?:goodbye|au revoir) to my (?:therapist|psy|counsellor|counselor)\b(?=.{0,60}\b(?:good note
    |after \d+ years)\b)|\bending on a good note\b
    |\bsaying goodbye to everyone at (?:school|work|uni|college)\b(?=.{0,40}\b(?:graduation
    |last day|leaving)\b)
    |\b(?:thanks|thank you) for (?:everything|all) (?:tonight|today)\b[^|]{0,4}(?:[|] )?(?:goodbye
    |bye)?(?: and take care(?: of yourself)?)?|\bje ai tout range\b(?=.{0,60}\b(?:cartons|camion
    |demenag\w*)\b)
    |\b(?:fin de mon stage|end of my internship)\b[^|]{0,40}(?:[|][^|]{0,60})?\b(?:dire au revoir
    |say goodbye)\b[^|]*
guard topic_only \b(?:writing|write|ecrire) about suicide\b|\bmy (?:main )?character dies\b
    |\b(?:talk|parler) (?:to|a) my (?:\d+ year old|son|daughter|kid|child) about death\b
    |\b(?:keeps|kept) asking (?:if|whether) i am going to die\b
    |\ba la mort de (?:mon|ma) (?:pere|mere|frere|soeur|mari|femme)\b(?=.{0,60}\b(?:pensee douce
    |il y a \d+ ans)\b)
    |\bidees noires\b[^|]{0,80}[|] je en ai (?:pas|aucune)\b
guard hyperbole \b(?:dad|mum|mom|father|mother|papa|maman|pere|mere)\b[^|]{0,30}\b(?:says?
    |saying|dit)\b[^|]{0,10}\bwhen i am gone\b
    |\bje vais sauter (?:[|] )?(?:le|un|des|les|mon) (?:repas|dejeuner|diner|petit dej\w*|cours)\b
    |\b(?:dying|died|die) (?:on|at) (?:the same|this|that|the) (?:level|boss|stage)\b
    |\bdisappear from (?:social media|insta\w*|facebook|tiktok)\b(?=[^|]{0,12}\b(?:for a (?:while
    |bit|few)|detox|break))
    |\bdisparaitre des reseaux\b|\bme tirer de (?:ce|mon|cette|la) (?:taf|boulot|job|travail
    |boite)\b|\b(?:i am going to|gonna) end it was about\b|\bkilling my (?:last )?(?:brain cells
    |brain|ears)\b|\bit is not like i (?:want|wanna) to die\b
    |\b(?:kids|children|baby|toddler) (?:are )?screaming in the background\b
guard topic_only \b(?:module|formation|training|train|trains|course|cours|session)\b[^|]{0,50}\b(?:
    crise suicidaire|risque suicidaire|suicidal|suicide prevention|prevention du suicide)\b
    |\bif someone tells (?:them|you|me) (?:they are|he is|she is) suicidal\b
    |\b(?:un polar|un roman|un livre|un film|une serie|a novel|a book|a thriller)\b.{0,60}\b(?:
    lettres? de adieu)\b|\bhave not in \d+ years\b
    |\b(?:scarifications?|self harm\w*)\b.{0,60}\b(?:loin derriere moi|far behind me
    |long behind me)\b
    |\b(?:passed|died|lost)\b[^|]{0,30}\b(?:\d+|many|several) years ago\b.{0,40}\bmade (?:
    my )?peace with it\b
guard hyperbole \b(?:dit|says) (?:je veux mourir|i want to die) (?:des que|whenever|every time
    |chaque fois)\b|\bce partiel me tue\b|\bje vais crever\b(?=.{0,90}\b(?:reviser|partiel|exam))
    |\b(?:formulaire|dossier|form|paperwork)\b[^|]{0,40}(?:[|] )?(?:il|elle|ca) va me tuer\b
    |\b(?:phone|battery|telephone|batterie)\b (?:is )?(?:about to|going to|gonna) die\b
    |\b(?:mon chef|ma cheffe|mon boss|my boss|mon prof|ma prof|my teacher|my manager)\b (?:va
    |is going to|will|gonna) (?:me massacrer|me tuer|kill me|murder me)\b
    |\b(?:show|comedy|stand up|film|movie)\b[^|]{0,40}(?:[|] )?i was dying\b
    |\bcoups de (?:blues|mou|fil|coeur|pouce|main|soleil|froid|barre|stress)\b
    |\b(?:batterie|battery|reseau|signal)\b.{0,30}\bsi je reponds plus\b[^|]*
guard everyday \bi hope i am doing (?:it|this) right\b
    |\b(?:jokes?|joking|says) (?:that )?(?:i am|she is|he is) (?:going to|gonna) jump off (?:
    a|the) (?:cliff|bridge)\b(?=.{0,60}\b(?:bad grade|exam|test|humour|humor))
    |\b(?:would|will) kill me if i (?:ate|eat|take|took|touch|borrow)\b
    |\bif my (?:wife|husband|mum|mom|dad|boss) (?:sees|finds out)\b[^|]{0,50}\b(?:she|he) (?:
    will kill me)\b
    |\b(?:explain|expliquer|explique|talk about|parler de) (?:death|la mort) (?:to|a) (?:a child
    |un enfant|my|mon|ma|kids|children|les enfants)\b
    |\b(?:our|my|notre|mon) (?:goldfish|poisson rouge|hamster|rabbit|lapin) (?:died|est mort)\b
    |\b(?:le service|l hopital|la boite|le magasin|le village|the company|the industry) (?:
    est en train de mourir|is dying)\b
    |\b(?:intervention|atelier|sensibilisation|workshop)\b.{0,50}\ble suicide\b
    |\b(?:shutting|closing) down for good\b|\bferme (?:pour de bon|definitivement)\b
    |\bvanish off the face of the earth for a (?:bit|while|week)\b
    |\b(?:put down|put to sleep|euthanas\w+|faire piquer)\b.{0,100}\b(?:say goodbye
    |dire au revoir)\b[^|]*|\bmy (?:basil |house )?plant is dying\b|\bmy will to study\b
    |\b(?:said my goodbyes|fait mes adieux) (?:to|a) (?:that|this|ce|cette|mon|ma) (?:job|boulot
    |taf|travail|boite|place)\b
    |\b(?:mum|mom|dad|mother|father|parents|grandma|nan)(?: s)? affairs in order\b(?=.{0,60}\b(?:
    solicitor|notaire|sensible|lawyer)\b)
    |\b(?:no )?i am not hurting myself\b|\bmade (?:my )?peace with (?:it|that) (?:long ago
    |years ago|a long time ago)\b
    |\blast day (?:at|in|of) (?:the |my |this )?(?:cafe|work|school|office|job|shop|store
    |restaurant|uni|college|term|internship|company)\b
""", FRAGS)

"""Warning signs found once blind33, blind34, chat30 and chat31 were folded in.

The thirteenth companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). The rules' misses on those sets were acts under way told
in words the rules did not have ("je suis en train de me taillader", "I swallowed a lot of my
mum's sleeping tablets", "the pills are already in me", "bleeding a lot more than I expected"),
the means ready ("the rope is already up", "j'ai mis de côté ce qu'il faut"), somewhere
dangerous now ("I'm at the lake ... before I go in", "facing the edge", "at the tracks, the next
one is at 11", "je pense au prochain train", "dans l'eau jusqu'aux genoux, elle est glacée"),
threats told by the writer ("il hurle qu'il va me saigner", "he said he'd kill me if I called"),
a parent's fear of hurting a baby, last things ("fed the animals one last time", "scheduled
emails to everyone I love", "this is the last night", "I'll be gone by the time you read the
next one", "chosen to leave this weekend") and a relative walking to the river "pour que ça
s'arrête" or "rejoindre papa". Entries name signs, never methods; look-alikes are in negative
lookaheads and in ``matching.triage_lookalikes``.

Families used: ``self_harm``, ``taken``, ``means``, ``plan``, ``edge``, ``wish``, ``threat``,
``attack``, ``child``, ``farewell``, ``burden`` (reason codes of
``matching.triage_families.REASON``).
"""

from __future__ import annotations

from matching.triage_substances import FRAGS, parse

PRESENT = parse(r"""
strong self_harm \b(?:en train de|suis en train de) me (?:taillader|couper|scarifier|mutiler
    |bruler)\b|\b(?:coupe|cut) (?:trop|too) (?:profond|deep)\b
    |\bbleeding (?:a lot )?more than i expected\b
strong taken \b(?:took|swallowed) (?:my |the )?(?:sleeping tablets|sleeping pills|pills|tablets
    |meds)\b[^|]{0,4}(?:[|] )?all of them\b
    |\bswallowed (?:a lot of|all of|all) (?:my |the |his |her )?(?:\w+ )?(?:sleeping tablets
    |sleeping pills|pills|tablets|meds)\b
    |\bpris de quoi dormir (?:longtemps|pour toujours)\b|\b(?:deja )?tout pris pendant que\b
    |\bthe (?:pills|tablets) are (?:already )?in me\b|\btook them before i (?:wrote|messaged
    |texted)\b
strong means \bthe rope is (?:already )?up\b|\bmis de cote ce que il faut\b
    |\benough (?:stuff|pills|gear)\b[^|]{0,20}\bto not wake up\b
    |\b(?:took|stole) (?:some )?(?:stock|meds|drugs) from the (?:ward|pharmacy
    |hospital)\b.{0,50}\bgoing to use (?:it|them)\b
strong plan \b(?:il|elle) les prendra (?:cette nuit|ce soir)\b
    |\bje ai prevu ca pour (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce soir
    |demain)\b|\b(?:made|taken) a decision for tonight\b|\bpris une decision pour ce soir\b
    |\bstopped eating and drinking on purpose\b|\b(?:will not|wont) be making it home\b
strong edge \b(?:at|by) the (?:lake|river|sea|canal|reservoir)\b.{0,80}\bbefore i go in\b
    |\b(?:chateau de eau|grimpe|echelle|toit|pont|rebord|corniche|falaise)\b.{0,80}\b(?:pas
    |plus) envie de redescendre\b
    |\bdans l eau jusqu (?:aux genoux|a la taille|aux cuisses|au ventre)\b(?=.{0,40}\bglacee?\b)
    |\bfacing the edge\b|\bje pense au prochain train\b
    |\b(?:at|on|by) the (?:train )?tracks\b.{0,60}\b(?:been here|the next one|next train)\b
    |\b(?:est|suis) sur le pont\b[^|]{0,40}(?:[|] ?)(?:elle|il) (?:decroche|repond) plus\b
    |\b(?:rang|called|phoned) me from the bridge\b
strong wish \bpartir dans l eau\b|\b(?:allait|va|aller) a la riviere pour que ca (?:se )?arrete\b
    |\b(?:allait|va|vais|allais|going to|ready to) (?:rejoindre|join) (?:papa|maman|dad|mum|mom
    |her|him|my wife|my husband|ma femme|mon mari|son mari|sa femme|my grandmother|my grandfather
    |my grandma|my grandad|mamie|papy)\b(?! (?:for|at|in|a|au|pour
    |chez|on|de)\b)
    |\b(?:chosen|decided) to leave (?:it|this world|the world)\b
strong threat \bil (?:hurle|crie|dit|a dit|menace) (?:que )?(?:il|qu il) (?:va|allait) me (?:
    saigner|tuer|buter|crever|egorger)\b
    |\b(?:il|he) (?:a dit|said|says|dit) (?:que il|he would|he will|il) (?:me tuerait|me tuera
    |kill me)\b|\bsi la porte va tenir\b
strong child \b(?:bebe|petit|enfant|baby|fils|fille)\b.{0,80}\bje (?:sens que je )?vais le (?:
    jeter|secouer|frapper|etrangler)\b
weak farewell \b(?:il reste|il y a|y a) plus rien (?:a faire|pour moi) ici\b(?![^|]{0,4}(?:[|] )?(?:
    on (?:rentre|y va|part|peut)|let us go|we can go))
    |\bnothing (?:more|left) for me to do here\b
    |\b(?:il (?:ne )?y aura plus personne|ils trouveront personne|they will find no one)\b
strong farewell \b(?:fed|feed|walked|kissed|hugged|nourri|caresse)\b[^|]{0,30}\b(?:one last time
    |une derniere fois)\b(?![^|]{0,30}\b(?:before (?:we|i) move|avant (?:de|le) demenag))
    |\bscheduled (?:emails|messages|texts)\b[^|]{0,40}\bto everyone i love\b
    |\b(?:this is the last night|c est (?:ma )?la derniere nuit)\b(?![^|]{0,20}\b(?:of|at|in
    |before|de|du|avant|a)\b)
    |\bi will be gone by the time\b|\bmy family will get the insurance\b
    |\btexted (?:me )?(?:thank you|thanks) for everything\b.{0,60}\b(?:phone is off|phone off
    |not answering)\b
    |\bthanks for trying\b[^|]{0,10}(?:[|][^|]{0,20}){0,2}\bgoing to go now\b
    |\bmerci de avoir essaye\b.{0,40}\bje vais y aller\b
strong burden \b(?:kids|children|enfants) are better off (?:with|without) (?:me|him|her)\b
""", FRAGS)

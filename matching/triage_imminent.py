"""Warning signs found once blind27, blind28, chat24 and chat25 were folded in.

The tenth companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). The rules' misses on those sets were mostly danger here
and now: the wrong side of a railing, at the top and "that's it", the voices saying now is the
time, "finished the packet before I opened this chat", she took all of them, "I shook her and
she's not waking up", mixing things and the chest hurting, a cut that is deep this time, bleeding
through a towel, things saved up in a bag "for after", "you won't see me on Monday", "you won't
have to worry about me after tonight", "the last Sunday", a note under the pillow, talking "one
last time", logging off for good, "tell my mother I love her"; and a violent partner who is back,
breaking the door, while the writer hides in a wardrobe. Entries name signs, never methods;
look-alikes are in negative lookaheads (the packet of biscuits, a child not waking up for school,
a nosebleed, the top of the car park to meet).

``SAFE_NOW``: the aggressor is elsewhere now, or the writer is somewhere safe ("he hit me
yesterday, he's at work now", "I'm at a friend's so I'm safe"): with no sign of danger here and
now, ``matching.triage.assess`` lowers a crisis that rests on violence alone to urgent (a guard
may lower crisis to urgent, never to routine).

Families used: ``edge``, ``command``, ``taken``, ``medical``, ``self_harm``, ``means``, ``plan``,
``farewell``, ``settle``, ``burden``, ``threat``, ``hiding``, and the context ``thanks`` (reason
codes of ``matching.triage_families.REASON``).
"""

from __future__ import annotations

import re

from matching.triage_substances import FRAGS, parse

IMMINENT = parse(r"""
frag BACK (?:he is (?:back|home|here|downstairs|outside|in the house)|he came back|il est (?:la
    |rentre|revenu|en bas|devant)|il revient|il arrive)
frag NOW (?:(?:in|dans) (?:the|my|le|la|mon) (?:closet|wardrobe|cupboard|placard|armoire)
    |je suis cachee?|je me cache|i am hiding|hide the phone|cacher le telephone|(?:tape|frappe
    |cogne) (?:a|contre) la porte|bang\w* on the door|broke the door|casse (?:la|le|les|tout)
    |(?:smashing|breaking) (?:things|everything|the)|(?:yelling|shouting|screaming) my name
    |coming up the stairs|monte les escaliers|va tout casser|seen the bag|vu mon sac)
strong threat \b@BACK@\b.{0,90}\b@NOW@|\b@NOW@.{0,90}\b@BACK@\b
strong threat \b(?:kill me|me tuer)\b[^|]{0,40}\b(?:and now|now|et la|maintenant)\b[^|]{0,40}\b(?:
    parked outside|outside|en bas de|devant chez)\b
strong edge \b(?:railing|rambarde|parapet|ledge)\b.{0,60}\bwrong side of it\b
    |\b(?:wrong|other) side of the (?:railings?|barrier|fence|parapet|guard rail)\b
    |\b(?:de l autre cote|du mauvais cote) (?:de la|du) (?:rambarde|barriere|garde corps
    |parapet)\b|\bi am (?:at|on) the edge (?:now|right now)\b(?! of)
    |\b(?:je suis|suis) (?:arrivee?|montee?) (?:tout )?en haut\b[^|]{0,12}(?:[|] )?(?:ca y est
    |c est le moment)
weak edge \b(?:from|on|at) the top of (?:a|the) (?:parking garage|multistorey|multi storey
    |building|tower block)\b(?![^|]{0,30}\b(?:to meet|for the view|parked|parking spot))
strong command \b(?:voices?|voix)\b[^|]{0,40}\b(?:saying|say|says|tell|telling|told|disent|dit
    |me disent)\b[^|]{0,20}\b(?:now is the time|it is time|step off|jump|saute|sauter
    |c est le moment|il est temps|to do it|de le faire)\b
strong taken \b(?:finished|swallowed|downed) (?:the|a|my|the whole|a whole|the entire) (?:packet
    |box|strip|blister|plaquette)\b(?! of (?!(?:@PILLS@|pills|tablets|meds|painkillers)))
    |\b(?:she|he|they) (?:is |has |have )?(?:taken|took|swallowed) (?:all of them|them all
    |the lot|all her pills|all his pills)\b|\b(?:elle|il) (?:a|aurait) tout avale\b
strong medical \b(?:shook|shaking|secoue\w*)\b[^|]{0,20}\b(?:she|he|they|elle|il)\b[^|]{0,8}\b(?:
    is not|not|ne se|se) ?(?:waking|wake|reveille)
    |\b(?:mixed|melange)\b[^|]{0,25}\b(?:stuff|trucs|things|pills|cachets|medocs
    |@PILLS@)\b[^|]{0,60}(?:[|] )?[^|]{0,30}\b(?:chest|poitrine|coeur|heart|breathe|respirer
    |respire)\b
    |\bje saigne (?:beaucoup|enormement|trop|a flots)\b(?![^|]*\b(?:regles|nez|gencives))
    |\bi am bleeding (?:a lot|so much|heavily|loads|everywhere)\b(?![^|]*\b(?:period|nose
    |gums))|\b(?:towels?|serviettes?) (?:is |are |has |have )?(?:soaked through|trempees? de sang)
    |\b(?:hit|banged|cracked) (?:his|her) head\b[^|]{0,10}(?:[|] )?[^|]{0,20}\b(?:blood|sang
    |not making sense|unconscious|not responding)
strong self_harm \b(?:it is|c est) (?:deep|profond) (?:this time|cette fois)\b
    |\b(?:did it|done it|je l ai (?:refait|fait)) (?:again )?(?:while we were (?:talking
    |chatting)|pendant que on (?:parlait|discutait))\b|\bjust cut (?:and|again)\b[^|]{0,30}\bblood
weak means \bwith everything i (?:brought|need|needed)\b
weak self_harm \b(?:pic|picture|photo) of (?:her|his|my) (?:wrists?|arms?|cuts|thighs?)\b
weak hiding \b(?:je dois couper|i have to hang up)@END@
strong plan \btout rassemble\b.{0,80}\b(?:c est le bon moment|is the right time)\b
strong farewell \b(?:me excuser|say sorry|apologi[sz]e) (?:aupres de|to) (?:quelqu un|someone) (?:
    avant|before)@END@
strong means \b(?:saved up|mis de cote|stashed|stocke\w*)\b[^|]{0,40}\b(?:for after|pour apres)\b
weak means \b(?:holding|staring at|tiens|fixe) (?:the|this|a|la|le|mes|my) (?:bottle|pills|box
    |boite|flacon|cachets|plaquette)\b[^|]{0,20}\b(?:for an hour|for a while|depuis une heure)\b(?!
    [^|]*\b(?:drink|sober|boire|sobre))
strong plan \b(?:dimanche|samedi|lundi|sunday|saturday|monday) (?:serait|sera|will be|would be) (?:
    le dernier|the last)\b|\ble mot est sous (?:mon|l) oreiller\b
    |\bnote is under (?:my|the) pillow\b
    |\bcounting down (?:the hours )?(?:till|until) everyone\b[^|]{0,20}(?:
    [|] )?then i am free\b
    |\blast night in this (?:apartment|flat|house)\b[^|]{0,10}(?:[|] )?and i do not mean
weak plan \bgo(?:ing)? through with it now\b|\b(?:cannot|could not) make myself do it\b(?:[^|]{0,10}
    [|] ){0,2} ?yet\b|\bpret a partir\b[^|]{0,10}(?:[|] )?je ai ecrit a\b
strong farewell \b(?:see|hear) (?:your|my|his|her) (?:face|voice) one (?:more|last) time\b
    |\b(?:parler|talk|talking|speak)\b[^|]{0,24}\b(?:une derniere fois|one (?:last|more) time)\b
    |\bc est la derniere fois (?:[|] )?(?:prenez|prends) soin de (?:vous|toi)\b
    |\b(?:log|logging|sign|signing) off for good\b|\b(?:nice|good|better|best) way to end (?:things
    |it)\b(?! with)|\b(?:dites|dis|tell) (?:juste )?(?:a )?(?:ma|mon|my) \w+ (?:que je (?:
    l|les) aime|i love (?:her|him|them))\b
weak farewell \byou (?:will not|would not) see me (?:on monday|tomorrow|next week|again
    |anymore)\b(?![^|]*\b(?:because|sick|holiday|away|off|parce que))
strong burden \b(?:will not|would not|never) have to worry about me (?:after|anymore|any more
    |again|much longer)\b(?![^|]*\b(?:because|now that|i found|i got|parce que))
weak settle \bpaid\b[^|]{0,20}\b(?:rent|loyer)\b[^|]{0,10}\b(?:months? ahead|in advance)\b
    |\bpaye\b[^|]{0,20}\bloyer\b[^|]{0,10}\bmois d avance\b
strong giveaway \b(?:donne|gave me|given me)\b[^|]{0,30}\b(?:alliance|wedding ring)\b[^|]{0,60}(?:
    [|] )?[^|]{0,20}\b(?:repond plus|not answering|does not answer)
strong wish \bnot (?:feel )?safe (?:with|around|from) myself\b|\bpas en securite avec moi meme\b
strong unsafe \b(?:i am not|i do not feel|i am not feeling) safe (?:right now|tonight|at the moment
    |here)\b
context thanks \bsorry for wasting your time\b|\bdesolee? pour le derangement\b
""", FRAGS)

#: the aggressor is away now, or the writer is somewhere safe
SAFE_NOW = re.compile(
    r"\b(?:he is|il est|she is|elle est) (?:at work|au (?:boulot|travail|taf)|parti\w*(?: au (?:"
    r"boulot|travail|taf))?|plus la|chez sa mere|at his (?:brother|mother|mum|mom)s?"
    r"|staying at)\b|\b(?:i am|je suis) (?:at|chez) (?:a friend|my friend|une copine|un copain"
    r"|ma mere|ma soeur|my mum|my mom|my sister|my parents|mes parents)|\bso i am safe\b"
    r"|\b(?:je suis|i am) (?:en securite|safe) (?:la|here|now|maintenant)\b")
#: ... unless the message says what he will do next (come back, find, kill), or tells of
#: strangling, a weapon, or hiding now: those are never lowered
THREAT_AHEAD = re.compile(
    r"\b(?:he|il) (?:will|is going to|va|said he would|a dit que il allait|veut) (?:kill|hurt|come"
    r"|find|finish|me tuer|revenir|me retrouver|me faire|me finir)\b|\b(?:when he (?:gets|comes)"
    r"|quand il (?:rentre|revient))\b|\b(?:il|he|ils|they) (?:revient|arrive|rentrent"
    r"|is coming back|will be back)\b|\bparti (?:acheter|chercher)\b"
    r"|\bwent (?:out )?to (?:get|buy)\b"
    r"|\b(?:serre le cou|etrangl\w*|strangl\w*|choked?|by the neck|couteau|knife|arme|gun)\b"
    r"|\b(?:je suis cachee?|i am hiding)\b")
#: the families of violence (reason ``violence``)
VIOLENT = frozenset(("violence", "threat", "attack", "hiding"))

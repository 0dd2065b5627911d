"""Context cues of the warning signs: never a cue alone, they make a weak sign a crisis.

Same format as ``matching.triage_signs`` (merged into ``matching.triage_families.FAMILIES`` the
same way). A weak sign of one family with a context cue of another suggests crisis: "I've
decided" with a calm that follows it, the means at hand with a time, a note with a phone
switched off. Contexts: ``calm``, ``why_write`` ("I don't know why I'm writing"), ``history``
(tried before), ``before``, ``after``, ``over``, ``secret``, ``refuse``, ``need``, ``staring``,
``hopeless``, and more ``time``, ``decision``, ``thanks`` and ``unreachable`` cues.
"""

from __future__ import annotations

from matching.triage_rules import FRAGS, parse

CONTEXTS = parse(r"""
context wish \bthan i ever could\b
context alone \b(?:do not|dont) want to (?:go home|be) alone\b|\bveux pas (?:rentrer|etre) seule?\b
context thoughts \bces pensees\b|\bthese thoughts\b|\bmes idees\b
context after \b(?:after|apres)@END@
context unreachable \b(?:will not|wont|does not|doesnt) (?:pick up|answer)\b
context secret \b(?:staff|nurses|les soignants|personne ici) (?:do not|dont|ne) (?:know|sait
    |savent)\b
context time \bpour le bon moment\b|\ble moment venu\b|\bwhen the time (?:comes|is right)\b
    |\bil y a (?:genre |environ |like |about )?(?:\d+ ?h|une heure|\d+ ?min\w*)\b|\b(?:an|a|like an
    |about an) hour ago\b|\b\d+ ?h ago\b|\bje pars ce soir\b
context before \bavant de dormir\b|\bbefore (?:i )?(?:sleep|go to sleep)\b|\btell (?:somebody
    |someone)\b
context staring \bregarde l eau\b|\b(?:staring|looking) at the (?:water|tracks|river|sea)\b
    |\bstand there\b
context staring \bstanding there\b
context secret \b(?:wife|husband|mum|mom|dad|parents|family|famille|femme|mari) (?:does not
    |do not|ne) (?:
    know|sait|savent)\b
context before \bque quelqu un soit au courant\b
context refuse \b(?:do not|dont) care anymore\b|\bje me en fous de tout\b
context need \bwhere i am (?:heading|going)\b
context secret \b(?:femme|mari|parents|famille) (?:ne )?(?:sait|savent) (?:pas|rien)\b
    |\bdid not tell anyone\b
context staring \blooking at it\b|\bkeep (?:opening it and )?looking\b|\bje la regarde\b
context hopeless \bcannot face (?:monday|tomorrow|school|anyone)\b
context need \bplus besoin de rien\b|\bwill not need anything\b
context secret \bfait jurer de (?:ne )?rien dire\b|\bmade me swear\b
context calm \b(?:it is )?better this way\b
context time \bwhen i get home\b|\ben rentrant\b
context why_write \b(?:do not|dont) know why i am\b
context calm \b(?:calme|calm|serein\w*|en paix|at peace|made my peace|plus peur|not scared (?:
    anymore|any more)|no longer (?:scared|afraid)|ready now|feels right|soulagee? maintenant
    |weirdly calm|tellement calme|trop calme|sorted now|c est mieux comme ca|je suis organisee?)\b
context why_write \b(?:sais|know|idea) (?:meme )?(?:pas|not|no) (?:pourquoi|why) (?:je )?(?:vous
    |te )?(?:ecris|ecrit|i am|im)|\bwhy i am (?:texting|telling|writing|messaging)
context history \b(?:she|he|they|i) tried (?:before|last|once|in|already)\b|\b(?:a|ai|avait) (?:
    deja) (?:essaye|tente|fait une tentative)|\b(?:has|have|he is|she is) done it before\b
    |\bafter trying\b|\bhier ca a rate\b
context before \b(?:someone|somebody|quelqu un|qqn) (?:\w+ )?(?:avant|before)@END@
    |\bbefore i go\b|\bavant de partir\b|\bsomeone (?:\w+ ){0,2}?(?:to know)\b
    |\bpromettre de rien dire\b|\b(?:before|avant)@END@
context refuse \b(?:do not|no need to) bother with\b|\bpas la peine de (?:me )?(?:donner|parler)
    |\bhotline speech\b|\b3114\b|\bsos amitie\b
context need \b(?:not going to|will not|never going to|do not) (?:be )?need(?:ing)? (?:them|it
    |this|these|any)\b|\ben aurai plus besoin\b|\bplus besoin de (?:mes|ma|mon)\b
context unreachable \b(?:repond|reponds) pas\b|\bplus en ligne\b|\bwent offline\b|\boffline\b
    |\bvoicemail\b|\bmessagerie\b|\brepondeur\b
context time \bce (?:week end|weekend)\b|\bthis weekend\b|\bby then\b|\bla semaine prochaine\b
    |\bnext (?:week|month)\b|\bfor (?:christmas|them)\b|\bpour (?:noel|le grand jour)\b
context decision \bmade up my mind\b|\bune fois pour toutes\b
context over \b(?:it|this|everything|all|tout|ca) (?:will|is going to) be over\b|\bce sera (?:
    fini|termine)\b|\btout sera (?:fini|termine)\b
context thanks \bthank(?:s| you) for trying\b|\bmerci (?:de|pour) (?:avoir )?essaye\b
context staring \bgoogling how\b|\bcherche sur internet comment\b
""", FRAGS)

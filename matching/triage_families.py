"""Cue families of the crisis scoring: strong cues, weak cues and context cues, by family.

Same format as ``matching.triage_rules`` (its ``frag`` entries can be used here); the code of an
entry is its family. Patterns name feelings, intentions and warning signs, never methods.

- ``strong``: one hit suggests crisis (a wish, intention or act, in any person or tense; the
  past-tense guard of ``matching.triage.assess`` may lower it to urgent).
- ``weak``: one hit suggests urgent (the safety floor); weak hits from two different families, or
  one weak hit and a ``context`` hit of another family, suggest crisis.
- ``context``: never counts alone (a time, a decision, thanks, someone not answering...).

Families: ``death`` (dying, not being here, disappearing, not waking up), ``ending`` (ending or
stopping everything, no way out, no point, no future), ``self_harm``, ``farewell`` (goodbyes,
letters, affairs in order, giving things away), ``plan`` (plan, date, decision, the act),
``burden``, ``hopeless`` (hopelessness, worthlessness), ``violence`` (danger now: ``threat``,
``hiding``, ``attack``), ``child`` (a young child exposed), ``time``, ``thanks``, ``unreachable``,
``neglect`` (not eating, not getting up), ``loss`` (a death in the family), ``wish`` (would be
better, a relief), ``witness`` (wanting someone to know).
"""

from __future__ import annotations

from matching.triage_acts import ACTS
from matching.triage_contexts import CONTEXTS
from matching.triage_danger import DANGER
from matching.triage_danger import REASON as DANGER_REASON
from matching.triage_farewell import FAREWELL
from matching.triage_farewell import REASON as FAREWELL_REASON
from matching.triage_hints import HINTS
from matching.triage_imminent import IMMINENT
from matching.triage_intent import INTENT
from matching.triage_leaving import LEAVING
from matching.triage_lookalikes import LOOKALIKES
from matching.triage_marks import MARKS
from matching.triage_moments import MOMENTS
from matching.triage_ordinary import ORDINARY
from matching.triage_present import PRESENT
from matching.triage_rules import FRAGS, RISK, parse
from matching.triage_signs import REASON as SIGN_REASON
from matching.triage_signs import SIGNS
from matching.triage_traces import TRACES
from matching.triage_veiled import VEILED
from matching.triage_verge import VERGE

FAMILIES = parse(r"""
frag WISH (?:veux|veut|voulais|voulait|voudrais|voudrait|aimerais|aimerait|envie|besoin|desir
    |souhaite|souhaiterais|pense|pensais|penser|pensee|pensees|songe|songeais|reve|revais|prefere
    |prefererais|tente|tentee|tentation|idees?|decide|decidee|pret|prete|want|wants|wanted|wanna
    |wish|wishing|need|needs|rather|thinking|think|thought|thoughts|keep|keeps|ready|planning
    |plan|decided|tempted|urge)
frag DEATHEND (?:mourir|crever|disparaitre|en finir|me tuer|se tuer|me suicider|se suicider
    |mettre fin|tout arreter|que tout (?:se )?(?:arrete|termine|finisse)|(?:ne )?plus (?:
    me |se )?reveiller|pas me reveiller|(?:me |m )?(?:en)?dormir (?:pour toujours|a jamais|sans (?:
    me )?reveiller)|partir pour (?:de bon|toujours)|(?:ne )?plus (?:etre (?:la|ici|en vie)|exister)
    |plus vivre|rejoindre|die\b
    |dying|be dead|exist(?:er)?\b|kill (?:myself|himself|herself|themselves)|end (?:it|my life
    |his life
    |her life|everything)|ending (?:it|my life|everything)|not wake up|never wake up|not be (?:here
    |alive|around)|sleep forever|disappear|vanish|stop existing|not exist|be gone
    |go to sleep and not)
strong wish \b@WISH@\b[^|]{0,32}?\b@DEATHEND@
strong wish \b(?:vais|allais|going to|gonna|will) (?:en finir|me tuer|me suicider|me foutre en l air
    |mettre fin
    |end it|kill myself|off myself|unalive myself)
    |\b(?:va|allait|vont) (?:en finir|se tuer|se suicider|mettre fin
    |se foutre en l air|passer a l acte)
strong wish \b(?:pense|pensais|penser|pensees?|songe|obsede\w*) (?:\w+ )?(?:a la|de la|au|a
    |a ma) (?:
    mort|suicide)\b(?! de| du| d)|\b(?:think|thinking|thoughts?|obsessed) (?:\w+ )?(?:about|of) (?:
    death|dying|suicide|my death)\b(?! of| in)
strong death \b(?:vais|veux|pense|crois|pourrai|tiendrai|sais) (?:pas|plus
    |jamais) (?:si je (?:vais |veux )?
    )?(?:passer|tenir) (?:la nuit|jusqu a demain)\b(?! (?:ici|chez|dehors|a l|au|en))|\b(?:not
    |never) (?:
    going to |gonna )?(?:make it|last|survive) (?:through )?(?:the night|tonight|till tomorrow
    |until tomorrow)\b
strong self_harm \b(?:peur|scared|afraid|terrified) (?:(?:que je|of|that i|de|i am) )?(?:
    (?:am )?going to |might
    |will |could |va |vais )?(?:hurt|harm|kill|faire du mal a|blesser|tuer) (?:someone|somebody
    |people
    |quelqu un|les autres|quelque un)\b
strong death \b(?:better off|mieux) (?:dead|morte?s?)\b|\bpoint (?:of|in) (?:living|life|going on
    |being alive)|\bsi je (?:me )?reveillais (?:pas|plus)\b[^|]{0,40}(?:mieux|bien|mal|soulagement)
strong ending \b(?:plus|pas|aucune|no|any) (?:de |d )?(?:raison|interet|reason|point) (?:
    de |d |to |in )?(?:vivre|rester|continuer|exister|live|living|stay|go on|keep going|be here)\b
    |\bne vois plus (?:le |l )?(?:interet|sens) de (?:continuer|vivre)
strong self_harm \bpeur de moi\b|\bpeur de ce que je (?:pourrais|vais|risque de) (?:faire|me faire)
    |\b(?:scared|afraid|worried) (?:of myself|i will do something|i might do something|of what i (?:
    might|will|could) do)|\bdo something to myself\b|\bfaire quelque chose (?:a moi|contre moi)
    |\b(?:hurting|harming|cutting) myself\b|\bself ?harm\w*
strong farewell \badieu\b|\b(?:lettres?|mots?|notes?|letters?|messages?) (?:pour|a|to|for) (?:mes
    |ma|mon|my) (?:enfants|kids|children|fils|fille|filles|son|daughter|famille|family|parents
    |proches)\b|\b(?:dites|dis|dire|tell) (?:a )?(?:ma |mon |mes |my )?\w+ (?:
    que je (?:le |la |les )?aimais|i loved)|\b(?:prends|prenez|prend|take) (?:bien )?(?:
    soin|care) (?:de |of )?(?:ma |mon |mes |my |our )?\w+ (?:pour moi|for me)|\brange mes papiers
    |\bprevenu le notaire|\b(?:affaires|papiers) en ordre\b(?! (?:pour|avant) (?:la rentree
    |le demenagement|les vacances|mon depart|le voyage|partir)\b)|\baffairs in order|\b(?:donne
    |donner
    |give|giving|gave) (?:away )?(?:toutes )?(?:mes affaires|my (?:stuff|things|belongings))
strong plan \bplanning my (?:exit|way out|death|suicide|end)\b(?! from)|\b(?:prepare|preparer
    |planifie|planifier) (?:ma|mon) (?:sortie|mort|suicide|fin)\b(?! de)|\b(?:je ai|i have|i ve got
    |got) (?:un|a) plan(?:@END@| et | and )|\b(?:choisi|fixe
    |picked|set|chose) (?:la|une|a|the) (?:date|jour|day)\b(?![^|]*\b(?:mariage|wedding|rendez vous
    |appointment|fete|party|demenag\w*|move|vacances|holiday|anniversaire|birthday|bapteme
    |reunion|meeting|exam\w*)\b)|\bplan (?:et|and) (?:une|a) date\b
strong violence \b(?:il|elle|ils|he|she|they) (?:\w+ ){0,3}?(?:va|vont|veut|veulent|will|is going to
    |are going to|gonna) (?:(?:me|nous|la|le|les) (?:tuer|faire payer|frapper|faire du mal)|(?:kill
    |hurt) (?:me|us|her|him))\b|\bthreaten\w* to (?:hurt|kill)\b
weak death \b(?:mourir|crever|disparaitre|disparaissais|disparaissait)\b|\bsi je (?:mourais|partais
    |etais (?:plus la|morte?|partie?))|\b(?:suis|serai|serais|sois|etais|soit) plus la\b|\b(?:plus
    |pas|jamais) (?:me |se )?reveiller\b|\bme reveill(?:ais|e) (?:pas|plus)\b|\bpour de bon\b
    |\brejoindre (?:papa|maman|mon|ma|le|la)\b|\b(?:la|ma|sa) mort\b|\bdie\b|\bdying\b|\bdeath\b
    |\b(?:be|being|was|were|am|i am) dead\b|\bnot wake up\b
    |\bnot (?:be|being) (?:here|around)(?:@END@| anymore| any more| much longer)
    |\bdisappear\w*|\bgone forever\b
weak ending \ben finir\b|\btout arreter\b|\bque tout (?:se )?(?:arrete|termine)|\b(?:c est
    |ce sera|voila|jusqu a) la fin\b(?! de| du| des)
    |\bend it\b|\bending it\b|\bmake it (?:all )?stop|\b(?:peux|pouvais) plus continuer
    |\bcannot go on\b
    |\bno way out\b|\bplus (?:aucune |de )?(?:issue|solution|porte de sortie)|\ba quoi bon\b
    |\bwhat is (?:even )?the point\b|\bno point\b|\bpas de avenir|\bplus de avenir|\bno future\b
    |\bsert a rien de\b|\bwill not need\b(?! (?:the |this |your )?(?:chat|line|service|help|app|bot
    |you\b))[^|]*\banymore\b|\bstop (?:everything|it all)\b
weak self_harm \b(?:me|se) (?:faire|fais|fait|suis fait|suis faite|est fait|est faite) du mal\b
    |\bscarif\w*|\bautomutil\w*|\bme blesser\b|\bhurt (?:myself|himself|herself)\b
weak farewell \b(?:dire|dis|dit|vous dis|say|said|saying) (?:au revoir|goodbye)|\bgoodbyes?\b
    |\bderniere fois que (?:je )?(?:ecris|vous ecris|te ecris|parle)|\blast time i (?:write|talk)
    |\b(?:sorry|desolee?|pardon) (?:for|pour) (?:everything|tout)\b
weak closure \bwho (?:gets|will (?:get|take|have|look after)) (?:my|all my) (?:cat|dog|cats|dogs
    |pets?
    |stuff|things|kids|children)\b|\bqui (?:va |pourra )?(?:prendre|prendra|garder|gardera|recuperer
    |recuperera|s occuper de|s occupera de) (?:de )?(?:mon|ma|mes) (?:chat|chien|chats|chiens
    |animaux
    |affaires|enfants)\b|\b(?:sort|sorting|regler|mettre en ordre) (?:out )?(?:my|mes) (?:affairs
    |affaires)\b
weak farewell \bif (?:something|anything) (?:happens|happened|were to happen) to me\b
    |\bsi (?:jamais )?(?:
    il me arrive|il me arrivait|il devait me arriver) (?:quelque chose|un truc|malheur)
    |\bthis is (?:my )?goodbye\b|\bc est (?:mon )?adieu\b
weak closure \b(?:confie|donne|laisse|gave|given|left) (?:away )?(?:mon|ma|mes|my) (?:chat|chien
    |chats|chiens|animaux|lapin|cat|dog|cats|dogs|pets?)\b|\b(?:supprime|deleted|closed) (?:
    tous )?(?:all )?(?:mes|ses|my|his|her) (?:comptes?|accounts?|profiles?)(?![^
    |]*\b(?:detox|pause|break|mental health|sante mentale)\b)|\b(?:range|trie
    |organise|mis en ordre|sorted|sorting) (?:toutes )?(?:mes|my) (?:affaires|papiers|comptes
    |things|stuff|affairs|papers)
weak letters \b(?:laisse|ecrit|ecrire|left|wrote|written|writing) (?:un |une |des |a |some )?(?:
    mot|lettre|message|note|letter)s? (?:pour|a|to|for)\b|\b(?:ecrit|wrote) (?:a|to) (?:mes|ma
    |mon|my)
weak burden \b(?:un|une|a) (?:poids|fardeau|burden)\b|\bi am a burden|\bsoulagee?s? si\b
    |\brelieved if\b|\b(?:plus simple|plus facile|easier|better) (?:pour|for) (?:tout le monde|eux
    |vous|everyone|everybody|them)\b|\bpersonne (?:ne )?(?:remarquera|remarquerait|verra|verrait
    |regrettera)
    |\b(?:no one|nobody) (?:would|will) (?:notice|miss|care)|\bje gache (?:la vie|tout)
weak hopeless \bplus (?:aucun )?espoir\b|\bhopeless|\bno hope\b|\b(?:ira|ca ira) jamais mieux
    |\brien ne (?:va )?changer|\bnothing will (?:change|get better)|\bnever get better\b
    |\bje (?:ne )?sers a rien\b|\bworthless\b|\buseless\b|\bje suis (?:nulle?|une merde|un echec
    |une erreur)\b|\bplus rien pour moi
    |\bplus rien (?:ne )?a (?:de )?sens\b|\ba plus (?:de |aucun )?sens\b|\bi am nothing\b
    |\bnothing left\b|\bplus rien a perdre
weak hiding \b(?:cachee?|enfermee?|barricadee?|refugiee?) (?:dans|dedans|avec|chez|sous)
    |\bsuis (?:cachee?|enfermee?)\b|\bhiding\b|\bhid\b|\blocked (?:in|upstairs|from)\b
    |\bwe are locked
weak threat \bmenace de (?:entrer|me|nous|la|le)\b(?! (?:virer|mettre dehors|expulser|quitter
    |denoncer|faire virer|dire|signaler|licencier))|\bil menace\b|\b(?:hurle|crie)\w* (?:sur|contre)
    |\bscreaming\b(?! (?:into|in|at) (?:my|a|the) (?:pillow|car|void|sky)| at (?:us|the kids|me)\b)
    |\bthreatening\b|\b(?:bourre|ivre|saoul|drunk)\b
weak attack \b(?:coups|smashing|breaking things|tape sur la porte|defonce la porte)\b
    |\bcasse la (?:vitre|porte|fenetre)
weak child \b(?:baby|toddler|infant|bebe|kid|little (?:one|child|boy|girl)|small child|(?:petit
    |petite|jeune) (?:enfant|garcon|fille)|(?:enfant|fils|fille
    |garcon) de [1-9] ans)\b.{0,80}?\b(?:alone|no adult
    |unattended
    |seule?|sans adulte|tout seul|personne)\b
weak plan \bje ai (?:deja )?tout (?:prevu|prepare|organise|planifie)\b(?! (?:pour|for) (?:le|la|les
    |mon|ma|mes|un|une|l|the|my|a|an)\b)|\btout est (?:pret|prevu)\b
    |\bi (?:have|ve) (?:got )?(?:everything|it all) (?:planned|ready|prepared|sorted)
    |\beverything is (?:ready|planned|set)\b
    |(?:^ |\| )(?:\w+ ){0,2}?(?:c est decide|je suis decidee?|(?:i have |i ve |i )?(?:
    already )?decided
    |my mind is made up)@END@
weak plan \bje (?:le )?(?:fais|ferai) (?:ce soir|cette nuit|demain)|\bdo it (?:tonight|tomorrow)
    |\bce sera (?:ce soir|cette nuit|demain)\b|\b(?:tonight|today) is the (?:night|day)\b
weak ending \bque (?:ca|tout ca|la douleur|ma vie|la vie) (?:se )?(?:arrete|termine|finisse)
    |\bwant (?:it|this|everything|it all|the pain) to (?:end|stop)\b|\b(?:it|nothing) (?:will not
    |would not|does not) (?:matter|count)(?= (?:after|anymore|any more|soon|by)\b)
    |\b(?:(?:ca|cela) )?(?:
    ne )?(?:sert|servira) (?:a )?rien (?:de|que)\b|\bn aura plus (?:de |d )?importance\b
    |\b(?:je suis|i am) done@END@
weak self_harm \b(?:me suis|je me) (?:encore |re)?coupee?\b(?! (?:le|la|les|un|une|en|avec|de))
    |\b(?:been )?cutting (?:again|myself)\b
context again \b(?:encore|again|recommence\w*|de nouveau|a nouveau)\b
context time \b(?:ce soir|cette nuit|demain|tonight|tomorrow|bientot|soon|maintenant|right now
    |this weekend|ce week end|tout a l heure|just now)\b|\b(?:after|apres) (?:lundi|mardi|mercredi
    |jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
    |\bdans (?:une|deux|trois|quelques|\d+) (?:jours?|semaines?)\b|\bil y a (?:\d+|quelques|cinq
    |dix) ?(?:min\w*|heures?)\b|\b(?:\d+|a few|five|ten) ?(?:min\w*|hours?) ago\b
context permanent \b(?:definitivement|pour toujours|a jamais|for good|forever|once and for all
    |une bonne fois pour toutes)\b
context secret \bpersonne (?:ne )?(?:est|sera|etait) au courant|\bpersonne ne (?:le )?sait\b
    |\b(?:no one|nobody) (?:else )?knows\b
context decision \bc est decide|\bdecidee?\b|\bdecided\b|\bma decision
    |\bmy (?:mind|decision) is made
context thanks \b(?:merci|remercie) (?:pour|de) tout\b|\bthank(?:s| you) for (?:everything|all
    |being)\b|\bthank(?:s| you) to (?:whoever|anyone|everyone|all)\b|\bmerci a (?:tous|toutes
    |celui|celle|ceux|quiconque)\b
context witness \bque quelque? un (?:le )?sache|\bsomeone (?:to|should) know
    |\bpourquoi je vous ecris
context exposed \b(?:balcon|balcony|fenetre|window|pleure|crying|screaming|cries)\b
context neglect \b(?:mange|mangeait) plus\b|\bnot eaten\b|\bnot eating\b|\bhas not eaten
context loss \benterrement\b|\bfunerailles\b|\bfuneral\b|\bdepuis (?:la mort|le deces)
context wish \bce serait (?:pas plus mal|mieux|bien|plus simple|un soulagement)|\b(?:seraient|serait
    |serais) (?:soulagee?s?|mieux|plus heureux|plus heureuses|tranquilles?)\b|\bwould be (?:
    better|easier|a relief)|\bwish i\b|\bce sera (?:pas plus mal|mieux|tant mieux|un soulagement)
    |\btant mieux\b|\b(?:would|will) be (?:fine|ok|okay|for the best)\b
context unreachable \b(?:phone|cell|mobile) (?:is |was |has been )?(?:off|switched off|turned off)
    |\b(?:telephone|portable|tel) (?:est )?(?:eteint|coupe)|\binjoignable|\b(?:no one|nobody|cannot
    |can not|could not) (?:can )?(?:reach|get hold of|contact) (?:him|her|them)\b|\b(?:personne
    |je) (?:ne )?(?:arrive|peut|peux|arrivons) (?:pas |plus )?(?:a )?(?:le|la|les) joindre
    |\b(?:repond|reponds|decroche) plus\b|\bne (?:repond|decroche) (?:pas|plus)
    |\b(?:not|is not|isnt|is no longer|stopped) (?:answering|replying|picking up)
""", FRAGS)

# Reason code of each family (families not listed are their own code).
REASON = {"wish": "suicidal_intent", "death": "wish_to_die", "ending": "wish_to_die",
          "hiding": "violence", "threat": "violence", "attack": "violence",
          "child": "danger_to_child", "closure": "farewell", "letters": "farewell",
          "burden": "burden_feeling", "hopeless": "no_hope",
          "unreachable": "no_answer", **SIGN_REASON, **DANGER_REASON,
          **FAREWELL_REASON}
# the warning signs join their tables
for _table, _rules in [*SIGNS.items(), *CONTEXTS.items(), *DANGER.items(), *FAREWELL.items(),
                      *VEILED.items(), *ACTS.items(), *MOMENTS.items(),
                      *HINTS.items(), *TRACES.items(),
                      *MARKS.items(), *IMMINENT.items(),
                      *INTENT.items(), *LEAVING.items(), *PRESENT.items(),
                      *VERGE.items()]:
    FAMILIES.setdefault(_table, []).extend(_rules)
#: every look-alike guard, in order: those of matching.triage_rules, matching.triage_lookalikes,
#: then matching.triage_ordinary
GUARDS = [*RISK["guard"], *LOOKALIKES["guard"], *ORDINARY["guard"]]

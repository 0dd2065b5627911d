"""Warning signs found once blind25, blind26, chat22 and chat23 were folded in.

The ninth companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). The rules' misses on those sets were marks left for
others: "I cannot promise I'm safe tonight", a last memory of me, passwords left, envelopes with
names on them, a pet to be fed or picked up, the door unlocked "so they can get in after", "so
they know who it is", "I don't want her to be the one who finds me", "there won't be a Monday for
me", someone's savings sent with a note, a countdown posted, a location at a dam or a photo of
the tracks, belongings left on the sand, waiting until everyone is asleep; and during a
conversation "I cut while we were talking", "the letter will", "he's back, he said he'd make me
pay". Entries name signs, never methods or how-to; look-alikes are in the negative lookaheads (a
countdown to Christmas, a photo of the bridge on holiday, the top of the car park to meet).

Families used: ``taken``, ``means``, ``edge``, ``plan``, ``farewell``, ``settle``,
``giveaway``, ``exonerate``, ``medical``, ``self_harm``, ``attack``, ``threat``,
``death``, ``ending``, ``burden``, ``relative_at_risk``, and the contexts ``witness``, ``calm``,
``after``, ``unreachable``, ``refuse``, ``time``, ``loss``, ``wish``, ``returned``, ``outplace``,
``hidden``, ``closure`` (reason codes of ``matching.triage_families.REASON``).
"""

from __future__ import annotations

from matching.triage_substances import FRAGS, parse

MARKS = parse(r"""
frag PLACE (?:bridge|pont|tracks|voies|rails|cliff|falaise|barrage|dam|quarry|carriere
    |reservoir|viaduc|viaduct)
strong farewell \b(?:ce message|ce msg) (?:c est|est) le dernier\b|\blast (?:text|message
    |msg) ever\b
    |\b(?:last memory|dernier souvenir) (?:of me|de moi)\b
    |\b(?:tu (?:ne )?me entendras|vous (?:ne )?me entendrez) plus\b
    |\b(?:enveloppes?|envelopes?|lettres|letters)\b[^|]{0,40}\b(?:avec (?:les |leurs )?(?:prenoms
    |noms)|with (?:their )?names)\b
    |\bthe letter will@END@
strong plan \bpour que (?:ils|on|elles) (?:sachent|sache) qui (?:c est|je suis|c etait)\b
    |\bso (?:they|people|someone) (?:know|knows) who (?:i am|it is|i was)\b
    |\b(?:tonight|ce soir|cette nuit) (?:ends it|ends everything|met fin a tout)\b
    |\bso i (?:do not|dont) (?:chicken out|back out|change my mind)\b
    |\bpour (?:pas|ne pas) me (?:degonfler|defiler|debiner)\b
    |\b(?:will not|wont) (?:be needing|need) (?:them|it|any of it|anything|this|these) (?:after
    |by) (?:tonight|this weekend|today|tomorrow)\b
    |\b(?:unlocked|open|ouverte|pas fermee)\b[^|]{0,20}\bso (?:they|someone|people) can get in\b
    |\b(?:pas|not) (?:que on|qu on|to be) (?:me )?(?:trouve|found) (?:avant|before|until) (?:
    demain|tomorrow|the morning|le matin)\b
    |\b(?:que ce soit|to be) (?:elle|lui|him|her|them|my \w+|ma \w+|mon \w+) (?:qui me trouve
    |who finds me|the one who finds me)\b|\bthe one who finds me\b
    |\bby the time (?:someone|anyone|you|they) reads? this\b[^|]{0,20}\b(?:will be|it ll be) (?:
    done|over)\b
    |\b(?:demain|apres ce soir|after tonight|tomorrow) (?:je )?(?:aurai|will|i will) (?:plus
    |no longer|not) (?:besoin|need) (?:de personne|anyone|anybody)\b
    |\b(?:did not|didnt) want to be alone for it\b
    |\bone way ticket\b[^|]{0,60}\bnot (?:planning on|coming|needing) (?:the )?(?:return|back)\b
strong death \b(?:cannot|can not) promise (?:i am|i will be|i ll be|to be|to stay) safe\b
    |\bje (?:ne )?(?:peux|peut) pas (?:vous |te )?promettre (?:de rester|que je (?:vais|serai)) (?:
    en securite|vivante?|en vie)\b
    |\b(?:il y aura|y aura) (?:pas|plus) de (?:lundi|demain|lendemain) pour moi\b
    |\bthere (?:will be no|is no|will not be a|is not going to be a) (?:monday|tomorrow
    |next week) for me\b
strong burden \bbetter off by (?:tomorrow|tonight|monday|the morning)\b
    |\bi have made sure of it@END@
    |\b(?:worth more|vaut plus) (?:than me|que moi)\b
strong threat \b(?:he is|he s|il est) (?:outside|dehors|en bas|devant (?:la porte
    |chez moi))\b[^|]{0,12}
    \b(?:with a|avec (?:un|une)) (?:weapon|knife|gun|arme|couteau|fusil|flingue)\b
    |\b(?:va|vais|allait) (?:me|te|nous|la|le) faire la peau\b
strong taken \b(?:je ai |i have )?(?:tout pris|took everything|taken everything
    |took all) (?:ce qui restait
    |what was left|that was left)\b|\bi (?:took|swallowed|have taken) all of them\b
    |\b@PILLS@ je les ai (?:deja )?(?:pris|avales)\b
strong self_harm \b(?:i cut|i took|je me suis coupee?|je ai pris)\b[^|]{0,20}\b(?:while we were (?:
    talking|chatting)|pendant que on (?:parlait|discutait))\b
strong medical \bsaigne plus que (?:ce que )?je (?:pensais|croyais)\b
    |\bsaigne\b[^|]{0,40}(?:[|] )?[^|]{0,30}\b(?:se arrete pas|arrete pas de saigner)\b
weak means \beverything (?:laid out|set out|lined up)\b|\b(?:with )?the stuff i brought\b
    |\b(?:brought|took) (?:stuff|things|something) (?:home )?from (?:the )?(?:ward|pharmacy
    |hospital)\b|\bi know exactly what it (?:does|will do)\b
    |\b(?:un |mon )?sac avec tout ce que il faut\b|\bwhat i need in the (?:trunk|boot|car|bag)\b
    |\bwith what i need\b|\btout est dans mon sac\b|\bgot it all in a\b
    |\b(?:with|avec) (?:his|her|my|son|sa|mon) (?:service )?(?:pistol|gun|rifle|fusil|pistolet)\b
weak plan \bje en aurai plus besoin\b|\bje attends? que (?:mes parents|tout le monde|ils|elle
    |il) (?:soient|soit|dorment|dorme) (?:couches?|endormis?)?\b
    |\b(?:once|when|until) (?:everyone s|everyone is|everyones|they are|my parents are) asleep\b
    |\bla porte sera (?:pas fermee|ouverte)\b|\bit is all set up\b|\btonight i fix it\b
    |\b(?:countdown|compte a rebours)\b(?![^|]*\b(?:christmas|noel|holiday|vacances|exam|birthday
    |anniversaire|concert|wedding|mariage|release|sortie)\b)
weak edge (?:^ |\b(?:i am|im|je suis|standing|sitting)\b[^|]{0,10})(?:at the |en |on )?(?:top|haut
    |sommet) (?:of|du|de) (?:the |la |le )?(?:multi storey|car park|parking|immeuble|building
    |quarry|carriere)\b(?![^|]*\b(?:photo|meet|rdv|retrouve|picnic
    |boulot|travail|work|lunch|garee?|parked)\b)
    |\bau dessus des (?:voies|rails)\b|\b(?:above|over) the (?:tracks|railway|motorway)\b
    |\b(?:standing on|je suis sur) (?:the |la |le )?(?:overpass|passerelle|parapet|rambarde|ledge)\b
    |\b(?:i am|im|je suis) (?:arrivee? )?(?:at the|au|sur le|a la|pres de l|pres du) (?:
    reservoir|quarry|dam|cliffs?|pont|barrage|falaise|eau)\b(?![^|]*\b(?:photo|picnic|walk|balade
    |potes|friends|copains)\b)
    |\b(?:pose|laisse|left|put) (?:mes|my) (?:affaires|vetements|clothes|things|shoes|chaussures)\b
    [^|]{0,20}\b(?:sur le sable|on the sand|sur la plage|on the beach|on the bank|sur la berge)\b
    |\bje suis en haut@END@(?= [|] il y a du vent)
weak farewell \b(?:thx|thanks|thank you|merci) (?:to )?(?:the people|a ceux|ceux) (?:who tried
    |qui ont essaye)\b|\bdernier (?:coucher de soleil|sunset)\b|\blast sunset\b
    |\b(?:desolee?|sorry|pardon) (?:maman|mum|mom)\b[^|]{0,4}(?:[|] )?(?:desolee? |sorry
    |pardon )?(?:papa|dad)\b|\btell \w+ i said (?:bye|goodbye)\b
    |\bles lettres sont (?:pretes|ecrites)\b|\bthe letters are (?:ready|written|done)\b
    |\b(?:finished|done) (?:writing )?(?:the|my) letters\b|\bje ai fini (?:de tout ecrire
    |les lettres)\b
    |\bembrasse (?:les petits|les enfants|\w+) pour moi\b|\b(?:kiss|hug) (?:the kids|them) for me\b
    |\bsorry to everyone\b|\b(?:posted|poste) goodbye\b|\blast text\b|^ dernier (?:msg|message)@END@
    |\btell my (?:mum|mom|dad|mother|father|sister|brother) i am sorry\b
    |\b(?:vous direz|tu diras|dites) (?:merci )?(?:a l autre|aux autres) (?:benevoles?
    |ecoutante?s?)\b
    |\b(?:laisse|left) (?:son|sa|his|her) (?:tel|telephone|phone)\b[^|]{0,20}\b(?:et un mot
    |and a note)\b
weak giveaway \b(?:keep it forever|le garder pour toujours|la garder pour toujours)\b(?!.*\b(?:
    birthday|anniversaire|noel|christmas)\b)
    |\b(?:quelqu un|someone|somebody) (?:peut|pourra|can|could) (?:passer )?(?:recuperer|prendre
    |nourrir|take|pick up|feed) (?:mon|ma|mes|my)\b
    |\b(?:sent|envoye|vire|transferred) (?:me )?(?:all )?(?:his|her|ses|toutes ses|tout son) (?:
    savings|economies|argent|money)\b
    |\b(?:donne|given away|gave away|revendu|sold) (?:mes|my|ma|mon) \w+ [|] (?:donne|given|gave
    |revendu|sold|supprime|deleted)\b
weak settle \b(?:envoye|donne|laisse|sent|left|leave) (?:me )?(?:les|mes|ses|my|his|her) (?:codes
    |mots de passe|passwords)\b
    |\b(?:laid out|sorti|prepare) (?:her|his|my|sa|son|ma|mon) (?:\w+ )?(?:dress|suit|robe
    |costume)\b
weak exonerate \bnone of this is on you\b|\byou did your best\b
    |\bvous avez fait ce que vous pouviez\b
weak ending \bla fin du film pour moi\b|\bc est la fin pour moi\b
    |\b(?:il|elle) (?:allait|va) tout arreter\b|\bc etait fini pour (?:lui|elle)\b
    |\b(?:cannot|can not) be (?:her|his|their|a) (?:mum|mom|mother|dad|father) anymore\b
    |\bje (?:ne )?peux plus etre (?:sa|leur) (?:mere|maman)\b
weak death \b(?:i will|i ll) see (?:her|him) (?:again )?(?:tonight|soon)\b
weak relative_at_risk \b(?:sent|posted|envoye|poste)\b[^|]{0,30}\b(?:photo|pic|picture
    |snap)\b[^|]{0,25}\b@PLACE@\b(?![^|]*\b(?:holiday
    |vacances|trip|voyage|tourist)\b)
    |\b(?:localisation|location)\b[^|]{0,30}\b@PLACE@\b
    |\b(?:sitting|assis)\b[^|]{0,30}\bgarage\b[^|]{0,20}\b(?:pistol|gun|rifle|fusil|arme)\b
weak attack \b(?:plaquee?|pinned|shoved) (?:contre|against) (?:le|la|the) (?:mur|wall|porte|door)\b
weak threat \b(?:me le ferait payer|make me pay)\b|\bnot leaving this house\b
context witness \bpour ceux qui liront\b|\bone (?:last |normal )?(?:convo|conversation|chat) first\b
    |\bque la conversation finisse bien\b
    |\b(?:wanted|want) (?:this|the) (?:chat|conversation) to end (?:well|nicely
    |on a good note)\b|\bparler a un humain une derniere fois\b
context unreachable \b(?:quitte le groupe|left the group)\b|\b(?:decroche|repond) plus\b
    |\b(?:on|je) (?:ne )?sait pas ou (?:il|elle) (?:va|est)\b|\b(?:elle|il) est nulle part\b
    |\bcannot reach (?:her|him|them)\b|\b(?:cannot|can not) find (?:her|him) anywhere\b
context refuse \bvous embetez pas a repondre\b|\bpas la peine de repondre\b
context time \bc est ce soir@END@|\bwhile we were talking\b
    |\bpendant que on parlait\b|\bbeen here the whole time\b
context calm \bje me sens (?:leger|legere) comme jamais\b|\bmade my peace now\b
context loss \b(?:my wife|my husband|ma femme|mon mari|mon epouse)\b[^|]{0,10}\b(?:died|passed away
    |est morte?|est decedee?)\b
context wish \bc est mieux comme ca\b|\bit is better this way\b|\b(?:she|he) will be ok with\b
context returned \bil revient@END@|\bil arrive@END@|\bhe is coming@END@|\bi can hear him\b
context closure \b(?:supprime|deleted) (?:insta|snap|facebook|my accounts|all my accounts
    |mes comptes)\b
context outplace \b(?:engine off|moteur coupe)\b|\bil y a du vent ici\b|\bwindy up here\b
    |\bwill not come out\b|\bprends soin de toi\b
context hidden \btexting from (?:the|my|a) (?:kids|childs|daughters|sons)\b|\bse battent\b
    |\bare fighting\b
""", FRAGS)

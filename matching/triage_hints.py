"""Warning signs found once blind21, blind22, chat18 and chat19 were folded in.

The seventh companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). Most of what the rules missed on those sets was a hint
rather than a word: a last message and a phone about to be off, "by the time you reply", "it
won't be my problem tomorrow", someone asked to feed the cat, letters written and bills paid,
voices saying "now", what was taken said with "already" or with a drink, a relative gone with a
goodbye. Entries name signs, never methods or how-to; their look-alikes are in the negative
lookaheads (a photo at the bridge, a pill box on the table forgotten, dinner with dad tonight).

Families used: ``taken``, ``means``, ``edge``, ``act``, ``plan``, ``farewell``, ``closure``,
``settle``, ``giveaway``, ``exonerate``, ``missing``, ``medical``, ``self_harm``, ``child``,
``attack``, ``threat``, ``hiding``, ``command``, ``death``, ``ending``, ``burden``,
``relative_at_risk``, ``wish``, and the contexts ``time``, ``after``, ``staring``,
``unreachable``, ``refuse``, ``calm`` (reason codes of ``matching.triage_families.REASON``).
"""

from __future__ import annotations

from matching.triage_substances import FRAGS, parse

HINTS = parse(r"""
frag KIN (?:papa|maman|dad|mum|mom|mon mari|ma femme|my husband|my wife|mon fils|my son|ma fille
    |my daughter|mon frere|my brother|ma soeur|my sister|grand pere|grand mere|grandad|nan)
strong taken \b(?:deja |already )?(?:pris|took|taken|avale|swallowed) (?:tout ce que je avais
    |ce que je avais|what i had|all i had|it all)\b
    |\b(?:drank|drunk|bu)\b.{0,30}\b(?:took|pris|avale|swallowed) (?:what i had|ce que je avais
    |everything|tout)\b|\b(?:je ai|ai) (?:deja )?tout (?:pris|avale) (?:avec|il y a)\b
    |\b(?:already|deja) (?:took|taken|pris|avale) (?:them|it all|les|tout)\b
    |\bje ai deja (?:avale|pris)@END@
    |\b(?:swallowed|avale|took|pris) (?:something|quelque chose|un truc) (?:stupid|dumb|de bete
    |bete)\b
weak taken \bthe bottle (?:is )?empty\b|\bla (?:boite|plaquette) est vide\b
strong means \b(?:la |les |une |the |my |ma |mes )?(?:lame|lames|blade|blades|razor|rasoir)(?: est
    | sont| is| are)? (?:pretes?|ready)\b
weak means \b@PILLS@ (?:are |sont )?(?:deja )?(?:on the table|sur la table|in front of me
    |devant moi|next to me|a cote de moi)\b(?!.*\b(?:forgot|oublie|take them|prendre)\b)
    |\bil me reste (?:les |des |mes )?@PILLS@\b
    |\b(?:i have got|i have|i got|je ai) (?:everything |all |tout )?(?:what i need|ce que il (?:
    me )?faut)\b(?! (?:for|pour)\b)
    |\b(?:got|took|sorti) (?:the |his |her |le |son |sa )?(?:gun|fusil|pistolet|rifle) (?:out
    |de)\b(?![^|]*\b(?:clean|nettoy\w*|hunt\w*|chasse)\b)
    |\b(?:a|has|have) tout devant (?:elle|lui|moi)\b
strong edge \bbalcon\w*\b.{0,80}\b(?:vais pas rentrer|ne rentrerai pas|not (?:going
    |coming) (?:back )?in)\b
weak edge \b(?:i am|je suis|im) (?:at|on|sur|au|sous) (?:the |le )?(?:bridge|pont|viaduc|viaduct
    |cliff|falaise|rooftop|toit)\b(?![^|]*\b(?:photo\w*|pic|shoot|walk|balade|picnic|friends|potes
    |run|jog|work|boulot)\b)|\bau bord des (?:rails|voies)\b
weak act \b(?:i have|je ai) (?:already|deja) (?:started|commence)@END@
strong plan \b(?:doing it|do it|le faire|passer a le acte) (?:after|apres) (?:this|ce|cette|our
    |notre) (?:chat|conversation|discussion|message)\b
    |\b(?:do not|dont) (?:try to )?talk me out of it\b|\bne essayez pas de me (?:en )?dissuader\b
    |\bdecide que ce (?:serait|sera) (?:ce soir|cette nuit|demain|aujourdhui)\b|\bdecided (?:
    it will be|it would be) (?:tonight|today|tomorrow)\b
    |\b(?:je ai|i have) decided?@END@(?= [|] (?:ce soir|cette nuit|tonight|today|aujourdhui
    |demain)\b)
    |\b(?:attendrai|attendre) pas\b.{0,40}\bc est (?:ce soir|cette nuit)\b
    |\bby the time you (?:do|reply|read this|answer)\b.{0,20}\b(?:will not|wont) matter\b
    |\b(?:demain|ce soir|tomorrow|tonight)\b.{0,20}\b(?:ce sera plus mon probleme
    |will not be my problem|not my problem anymore)\b
    |\b(?:demain|ce soir|cette nuit|tomorrow|tonight) (?:ce sera|tout sera|it will be
    |it will all be) (?:fini|termine|over) (?:pour de vrai|for real|for good|pour de bon)\b
    |\bhow long (?:does it|would it|will it) (?:usually )?take (?:for )?(?:someone|anyone|people
    |them) to find (?:you|me)\b|\bcombien de temps (?:avant que|pour que) (?:on|quelqu un) (?:
    me |vous |te )?(?:trouve|retrouve)\b
weak plan \b(?:it is|it has) been planned\b|\bc est prevu depuis\b
strong wish \bje (?:ne )?veux pas (?:que on|qu on) me sauve\b|\b(?:do not|dont) want to be saved\b
strong burden \bbetter off\b.{0,60}\b(?:tonight|ce soir|make that happen|make it happen)\b
    |\b(?:will not|wont) be a bother (?:much )?longer\b
strong death \b(?:ce soir|cette nuit|demain|bientot|tonight|tomorrow|soon) (?:
    je |i will |i am going to )?(?:rejoins|rejoindre|join|go and join) @KIN@\b(?! (?:au|a la
    |chez|pour|at|for|in
    |on)\b)
weak death \b(?:made|make) (?:my )?peace with (?:it|this)\b
    |\b(?:wanted|wants|voulait|veut) (?:to )?(?:go and )?(?:join|rejoindre) @KIN@\b
weak ending \bcannot do another day\b
weak missing \bwandered off\b(?!.*\b(?:found|retrouve\w*)\b)
weak farewell \bje (?:ne )?serai plus la\b(?![^|]*\b(?:demain|lundi|mardi|mercredi|jeudi
    |vendredi|samedi|dimanche|semaine|mois|vacances|stage|a partir)\b)
    |\b(?:will not|wont|not going to) be (?:here|around) (?:when|after|by|tomorrow)\b
    |^ last (?:message|msg)@END@|\blast (?:message|msg) (?:ull|you will|you ll) get\b
    |\bdernier message de mon (?:tel|telephone|portable)\b
    |\bderniere fois que (?:vous|tu) (?:aurez|auras) de mes nouvelles\b
    |\blast time you (?:will )?hear from me\b
    |\bnot (?:driving|coming) back\b(?! (?:to|here|again|ici)\b)
    |\b(?:bonne nuit|goodnight|good night) (?:a tous|tout le monde|everyone|all)\b.{0,20}
    \bmerci pour tout\b|\bc est fini\b.{0,20}\bmerci pour tout\b
    |\bthank you for existing\b|\bsaid everything i needed to say\b
    |\bsi quelqu un lit (?:ca|ce message)\b|\bif (?:anyone|someone|somebody) (?:is )?reads? this\b
    |\bwhoever reads this\b
    |\b(?:last text|dernier (?:sms|texto)) (?:was|etait|disait)\b
    |\blove you (?:mum|dad|all|everyone)\b.{0,10}\b(?:sorry|pardon)\b
    |\b(?:look after|take care of) (?:mum|dad|your mum|your mother|the kids)\b
    |\bsomeone to know i existed\b|\bque quelqu un sache que je ai existe\b
    |\bil (?:ne )?reste plus que vous\b|\byou are the last (?:one|person)\b
    |\bque je (?:l|les|la|le) aimais\b|\bmake sure (?:my )?(?:kids|children|family|mum|wife
    |husband) know (?:i|that i) loved (?:them|her|him)\b
    |\b(?:rang|called|phoned|appele|appelee) (?:\w+ ){0,4}?(?:to say goodbye
    |pour (?:me )?dire au revoir)\b
    |\b(?:will not|wont|never) see (?:me|her|him) (?:again|after tonight)\b
weak exonerate \b(?:not anyone|nobody|no one) fault\b|\bla faute de personne\b
    |\b(?:dire|dites|dis|tell) (?:a )?(?:ma |mon |mes |my )?\w+ (?:que|that) (?:c etait
    |c est|it was|it is) (?:pas|not) (?:de )?(?:sa|ta|leur|his|her|their|your) (?:faute
    |fault)\b
weak closure \bdeleted (?:all )?my socials\b|\bwrote to each of my (?:kids|children)\b
    |\bpaid off what i could\b|\bil faudra (?:le|la|les) nourrir\b
weak settle \btout est range\b|\b(?:factures|bills) (?:sont |are )?(?:payees|paid)\b
    |\b(?:letters|lettres) (?:are|sont) (?:written|ecrites)\b|\beverything is in order\b
    |\btout est en ordre\b
    |\bou (?:etaient|sont) ses papiers\b|\bcode de sa carte\b|\bwhere (?:his|her) (?:papers
    |documents|will) (?:are|were)\b
weak giveaway \beverything (?:is )?given away\b|\bgave (?:everything|it all) away\b
    |\bje ai tout donne\b(?! (?:a le|au|pour le|pour la|en) (?:match|sport|boulot|exam\w*
    |travail)\b)
    |\b(?:gave|given) (?:me )?back (?:all )?my (?:stuff|things)\b(?!.*\b(?:ex|box
    |relieved|breakup)\b)
    |\bme a rendu (?:toutes )?mes affaires\b(?!.*\b(?:ex|carton|soulage\w*|rupture)\b)
    |\bgarder (?:son|mon) (?:chien|chat) pour toujours\b|\bkeep (?:my|his|her) (?:dog|cat) forever\b
strong medical \b(?:waking|wake|reveille|responding|repond)\b.{0,60}\b(?:packets|paquets|blisters
    |emballages)\b
strong self_harm \b(?:bleeding|saigne)\b.{0,60}\b(?:did not mean|voulais pas|pas voulu) (?:
    for it )?(?:to go|aller) (?:this|aussi|si) (?:far|loin)\b
    |\b(?:bleeding a lot|saigne beaucoup) (?:from|du|de la|des) (?:my |mon |ma |mes )?(?:arm|wrist
    |poignet|bras|cuisse|leg)\b
    |\b(?:viens de|just) (?:me faire (?:du )?mal|hurt myself|cut myself|me couper)\b.{0,40}\b(?:
    volontairement|expres|on purpose|profond|deep)\b
strong relative_at_risk \b(?:is|are) (?:cutting|hurting|burning) (?:herself
    |himself|themselves)\b(?! (?:off|out))
strong child \b(?:kids|children|enfants|petits|bebe|baby)\b.{0,60}\b(?:to a better place
    |dans un monde meilleur|to heaven|au ciel|au paradis)\b
    |\b(?:to a better place|dans un monde meilleur)\b
    .{0,60}\b(?:kids|children|enfants|petits)\b
weak attack \bjust (?:punched|hit|beat|kicked|strangled|choked|slapped) (?:my|me|her|him)\b
weak threat \b(?:locking|locked) (?:us|me) in\b|\bnous enferme\b
    |\b(?:a reussi a entrer|got in|broke in|a casse la (?:vitre|fenetre)|broke the (?:window
    |door))\b
weak hiding \b(?:commode|armoire|meuble|chaise|chest of drawers|wardrobe|chair) contre la porte\b
    |\bbarricad\w*\b
strong command \b(?:voice|voices|voix)\b.{0,60}\b(?:do it now|le faire maintenant
    |aller a la fenetre|have to do it)\b|\b(?:voice|voix)\b.{0,40}\blouder than you\b
context after \b(?:feeling |feel |getting )(?:really |so )?(?:sleepy|drowsy|dizzy)\b|\bca tourne\b
    |\bscreen (?:is )?going blurry\b|\bplus bien voir\b
context unreachable \bphone will be off\b|\bje le jette\b|\bhung up\b|\bil raccroche\b
    |\b(?:has not|hasnt) opened (?:his|her) door\b
context refuse \b(?:do not|dont|no need to) bother replying\b|\byou do not need to reply\b
    |\bno rush replying\b|\bmerci de (?:ne )?prevenir personne\b
context time \b(?:before|avant) (?:tonight|ce soir)@END@|\btoday is the day\b
    |\bc est le bon moment\b|\bveut plus attendre\b
context calm \bmade peace with it\b|\bje suis pret@END@
context staring \bsitting (?:here )?(?:with it|looking at them)\b|\blooking at them\b
""", FRAGS)

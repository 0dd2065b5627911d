"""Rule-based triage of a seeker's first words (French and English), standard library only.

``assess`` suggests a level, a theme, whether the message is about someone close, and reason
codes (never text). Steps: ``normalise``; blank out look-alikes (``guard`` rules: negation,
hyperbole, idioms, bereavement); match ``crisis`` and ``urgent`` rules; a past-tense guard may
lower crisis to urgent, never to routine. A person decides: rules only suggest.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from matching.models import Level, Theme


@dataclass(frozen=True)
class Assessment:
    level: Level
    theme: Theme
    relative: bool
    reasons: tuple[str, ...]
    child_at_risk: bool = False
    violence_against_women: bool = False

    def as_json(self) -> dict[str, object]:
        return {"level": self.level.value, "theme": self.theme.value,
                "relative": self.relative, "reasons": list(self.reasons)}


_SMS = dict(pair.split("=") for pair in (
    "jsp=je sais pas,jpp=je en peux plus,jpeu=je peux,chui=je suis,chuis=je suis,chu=je suis,"
    "jsui=je suis,shui=je suis,g=je ai,jai=je ai,jen=je en,javais=je avais,jaimerais=je aimerais,"
    "jaime=je aime,jetais=je etais,jarrive=je arrive,jv=je vais,j=je,m=me,n=ne,qu=que,tt=tout,"
    "tte=toute,ttes=toutes,ts=tous,pk=pourquoi,pq=pourquoi,pkoi=pourquoi,pourkoi=pourquoi,"
    "svp=s il vous plait,stp=s il te plait,ct=c etait,mm=meme,ojd=aujourdhui,ajd=aujourdhui,"
    "auj=aujourdhui,bcp=beaucoup,tjr=toujours,tjrs=toujours,mtn=maintenant,mnt=maintenant,"
    "vrmt=vraiment,vrm=vraiment,qd=quand,ds=dans,ms=mais,pr=pour,ac=avec,koi=quoi,kwa=quoi,"
    "ke=que,ki=qui,nn=non,dsl=desole,psk=parce que,pcq=parce que,pck=parce que,paske=parce que,"
    "qqn=quelqu un,qqun=quelqu un,qqch=quelque chose,rdv=rendez vous,tlm=tout le monde,ya=il y a,"
    "bsn=besoin,veu=veux,vx=veux,pa=pas,plu=plus,tro=trop,envi=envie,mourrir=mourir,"
    "mourire=mourir,jamai=jamais,dla=de la,tkt=te inquiete pas,u=you,ur=your,r=are,im=i am,"
    "ive=i have,cant=cannot,wont=will not,didnt=did not,doesnt=does not,isnt=is not,"
    "wasnt=was not,havent=have not,wanna=want to,gonna=going to,gotta=got to,idk=i do not know,"
    "rn=right now,pls=please,plz=please,bc=because,cuz=because,coz=because,cos=because,"
    "ppl=people,bf=boyfriend,gf=girlfriend,mom=mum,mommy=mum,mummy=mum,tonite=tonight,"
    "2nite=tonight,2day=today").split(","))
_SUBS = [(re.compile(a), b) for a, b in (
    (r"\bcan't\b", "cannot"), (r"\bwon't\b", "will not"), (r"n't\b", " not"), (r"\bi'm\b", "i am"),
    (r"'re\b", " are"), (r"'ve\b", " have"), (r"'ll\b", " will"), (r"\bi'd\b", "i would"),
    (r"\b(it|he|she|that|what|there|who|everything|nothing|life)'s\b", r"\1 is"),
    (r"(?<=[a-z])'s\b", ""), (r"\bj'", "je "), (r"\bm'", "me "), (r"\bt'", "te "),
    (r"\bn'", "ne "), (r"\bs'", "se "), (r"\bd'", "de "), (r"\bqu'", "que "),
    (r"[.,;:!?()\[\]\n]+|\s-\s|\bmais\b|\bbut\b", " | "), (r"[^a-z0-9| ]+", " "),
    (r"\b(une|des|fait|fais|faire) ts\b", r"\1 tentative de suicide"),
    (r"\bj(?!sp\b|pp\b|v\b)([bcdfghklmnpqrstvwxz][a-z]*)", r"je \1"))]
_PHRASES = [(re.compile(a), b) for a, b in (
    (r"\bje v\b", "je vais"), (r"\bc (?!est\b|etait\b)", "c est "),
    (r"\baujourd hui\b", "aujourdhui"), (r"\bpeu plus\b", "peux plus"),
    (r"\bchai pas\b", "je sais pas"), (r"\b(i|you|we|they) dont\b", r"\1 do not"),
    (r"\bcan not\b", "cannot"), (r"\b(de|veux|vais|voudrais|aimerais|va) me tue\b", r"\1 me tuer"),
    (r"\by a\b", "il y a"), (r"\bil il y a\b", "il y a"))]


def normalise(text: str) -> str:
    """Accent-folded, lower-case, elisions and SMS expanded; clauses separated by ' | '."""
    t = re.sub(r"[’‘`´ʼ]", "'", text.lower().replace("œ", "oe").replace("æ", "ae"))
    t = "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch))
    t = re.sub(r"([a-z])\1{2,}", r"\1", t)
    for pattern, repl in _SUBS:
        t = pattern.sub(repl, t)
    for _ in range(2):
        t = re.sub(r"\b[a-z0-9]+\b", lambda m: _SMS.get(m.group(), m.group()), t)
    for pattern, repl in _PHRASES:
        t = pattern.sub(repl, t)
    return " " + re.sub(r"\s+", " ", t).strip() + " "


# One rule per entry: "<table> <code> <regex>"; indented lines continue the regex (the line
# break and indentation are dropped); @NAME@ inserts an earlier "frag" entry.
_RULES = r"""
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
    |noires)
frag OBJ (?:dossiers?|travail|boulot|taf|examens?|exams?|partiels?|memoire|these|rapports?|projets?
    |histoire|relation|paperasse|demarches|papiers|demenagement|menage|devoirs|revisions|chantier
    |travaux|declaration|impots|formulaires?|procedure|proces|divorce|dettes?|credits?|tabac
    |cigarettes?|clopes?|alcool|addiction|dependance|procrastination|idees recues|prejuges
    |stigmatisation|tabous?|semaine|lui|elle|eux|mon ex|ce mec)
guard negated \b(?:ne )?(?:veux|voudrais|vais|compte|souhaite|cherche|envisage|ferai) (?:pas|jamais
    |surtout pas|absolument pas|plus) (?:du tout )?(?:a |de )?@SELF@|\b(?:pas|plus|jamais|aucune?
    |sans) (?:eu )?(?:de |d |l |la |une )?(?:envie|intention|idees?|pensees?|projet|risque
    |tendances?) (?:de |d )?@SELF@|\b(?:ne )?suis (?:pas|plus|absolument pas|pas du tout
    |jamais ete) (?:du tout )?(?:suicidaire|en danger|en crise)|\b(?:ne )?(?:pense|pensais) (?:pas
    |jamais|plus) (?:au |a |a me |a la )?(?:suicide|mourir|me tuer|en finir|mort)
    |\bne (?:me |la |nous |les |le )(?:a |ont )?(?:frapp\w*|bat|battu\w*|touche) (?:pas|plus|jamais)
guard negated \b(?:do not|does not|did not|never|will not|would not|would never|not going to
    |no) (?:ever )?(?:want to|plan to|intend to|going to|try to)? ?(?:die|kill myself|end my life
    |end it all|end it|hurt myself|harm myself|commit suicide|unalive|be dead|do anything stupid)
    |\b(?:am|i am|never been|not|never felt|not feeling|do not feel) (?:not )?(?:suicidal
    |going to (?:kill myself|do anything stupid|hurt myself)|in danger|at risk)|\b(?:no
    |not having any|never had|not having|without) (?:suicidal )?(?:thoughts|intention|intent|plans?
    |wish) (?:of |to |about )?(?:suicide|dying|die|killing myself|ending my life|hurting myself
    |self harm)?
guard hyperbole \b(?:meurs|meure|mourir|mourrais|mort|morte|morts|mortes|crever|creve|crevee|mourant
    |mourante) de (?:faim|soif|rire|honte|chaud|froid|fatigue|envie|impatience|ennui|jalousie
    |trouille|curiosite|sommeil)\b|\ba mourir\b|\bplutot mourir que\b|\bva me tuer (?:si|quand
    |lorsque)\b|\b(?:dying|die|died|dead|dies) (?:of|from) (?:embarrassment|shame|boredom|laughter
    |laughing|hunger|thirst|heat|cold|curiosity|cringe|exhaustion)|\bdying to (?:see|meet|know|try
    |go|get|hear|tell|watch|read|eat)\b|\b(?:is|are|was|were|s) killing me\b|\bkill(?:ing)? for (?:a
    |an|some)\b|\bto die for\b|\b(?:died|dying|dead) laughing\b|\bdead tired\b|\bkill myself laughin
    g\b|\b(?:bored|scared|worried|sick|tired) to death\b|\brather die than\b|\b(?:going to|will
    |gonna) kill me (?:if|when)\b
guard idiom \ben finir (?:une bonne fois pour toutes )?avec (?:(?:ce|cet|cette|ces|le|la|les|l|mon
    |ma|mes|son|sa|ses|leur|leurs|un|une|tout ce|toute cette|tous ces|toutes ces) )?(?:\w+ )?@OBJ@\b
    |\bme tuer (?:a la tache|au travail|a bosser|a la besogne|a le repeter)|\bdisparaitre (?:sous te
    rre|dans un trou|quelques jours|un moment|un peu|du radar)|\bdisappear for (?:a while|a bit
    |a few days|the weekend)|\bend (?:it|things) with (?:him|her|them|my (?:boyfriend|girlfriend
    |partner|ex))\b
guard bereavement \bse (?:est|etait) (?:suicide|suicidee|donne la mort)|\ba mis fin a ses jours
    |\b(?:committed|died by|died of|lost (?:him|her|them) to) suicide|\b(?:killed|took) (?:himself
    |herself|themselves|(?:his|her|their) own life)|\bsuicide de (?:mon|ma|mes|son|sa)\b
guard topic_only \b(?:prevention|prevenir|formation|memoire|these|article|documentaire|livre
    |sensibilisation|numero|ligne) (?:du |de |sur le |sur )?(?:le |la )?suicide|\bsuicide (?:prevent
    ion|hotline|line|awareness)
crisis suicidal_intent \b(?:envie|besoin|desir|tentation|intention|idee) (?:de |d )?@DIE@|\b(?:veux
    |voulais|ai voulu|voudrais|aimerais|vais|allais|compte|prefere|prefererais|souhaite|pense a
    |pensais a|envisage de|songe a|decide de|decidee? de|pret a|prete a) (?:juste |simplement |vraim
    ent |bientot |tellement )?@DIE@
crisis suicidal_intent \b(?:suicid\w*|idees noires|passer a l acte|tentative de suicide
    |faire (?:une |des )?(?:betise|connerie)s?\b|me foutre en l air|kms|unalive|kill myself
    |killing myself|end(?:ing)? my (?:own )?life|end it all|take my (?:own )?life|want to end it
    |going to end it|mettre fin a mes jours)
crisis wish_to_die \b(?:pas|plus) (?:aucune |la )?(?:envie|force|gout|raison) (?:de |d )?(?:vivre
    |etre la|etre en vie|continuer)|\b(?:veux|voulais|voudrais|peux) (?:plus|pas) (?:vivre|etre la
    |etre en vie)(?! comme ca)|\bmarre de (?:la vie|vivre)|\bfatiguee? de (?:vivre|la vie)
    |\ba quoi bon (?:vivre|continuer)|\bmieux sans moi\b|\bpersonne ne (?:me regretter|remarquer)\w*
    |\b(?:plus|pas|jamais) me reveiller\b(?! a l heure| a temps| pour)|\bdormir pour toujours
    |\bsais (?:plus |pas )?si (?:je ai envie de|je veux) (?:vivre|continuer)|\bque tout se arrete
    |\bla vie (?:ne )?a plus de sens
crisis wish_to_die \b(?:want to|wanted to|wish i could|ready to|going to|rather) die\b
    |\bwish i (?:was|were|would) (?:dead|not here|not alive|never born|not wake)|\bbetter off (?:dea
    d|without me)|\b(?:do not|does not) want to (?:live|be alive|be here|exist|go on|wake up)
    |\b(?:no|any) (?:reason|point) (?:to|in) (?:live|living|go on|going on)|\btired of (?:living
    |life|being alive)|\b(?:if|whether) i want to (?:live|be alive|go on)|\bnot want to be here
    |\bwant to disappear|\bno one would (?:miss|notice|care)|\bwant it all to (?:end|stop)
    |\bnot be (?:here|around) (?:anymore|tomorrow)
crisis self_harm \b(?:me faire du mal|me fais du mal|me blesser|scarif\w*|automutil\w*|me mutil\w*
    |self ?harm\w*|hurt myself|hurting myself|harm myself|cutting myself)
crisis farewell \b(?:lettre|mot|lettres|mots|message) de adieu|\b(?:mes|faire mes) adieux
    |\bdire adieu (?:a tout|au monde|a la vie)|\badieu (?:a tous|tout le monde|pour toujours)
    |\bdernier message\b|\bc est un adieu|\bgoodbye (?:letter|note|forever|message)|\bsuicide note
    |\bmy last message|\bthis is goodbye|\bsaying goodbye to everyone|\b(?:donne|give
    |giving) (?:toutes )?(?:mes affaires|away my (?:stuff|things))|\badieu(?: merci)? \|?\s*$
crisis plan \b(?:choisi|fixe) (?:la date|le jour|le moment)|\bce soir c est (?:la fin|fini)
    |\bc est (?:bientot )?la fin pour moi|\bsais comment je vais le faire|\bi (?:have
    |ve got) a plan to|\bknow how i (?:will|am going to) do it|\b(?:demain|ce soir) je (?:ne )?sera
    i plus la|\bwill not be here tomorrow
crisis relative_at_risk \b(?:veut|voulait|voudrait|parle de|menace de|a envie de|pense a
    |risque de) (?:se tuer|se suicider|mourir|en finir|disparaitre|se foutre en l air
    |mettre fin a ses jours|se faire du mal)|\bse (?:scarifie|fait du mal|mutile)|\bveut plus vivre
    |\b(?:wants|want|talks about|talking about|threatening|threatens|tried) (?:to )?(?:die|dying
    |kill(?:ing)? (?:himself|herself|themselves)|end (?:his|her|their) life|suicide)|\b(?:is
    |are) (?:self harming|hurting (?:himself|herself|themselves)|suicidal)
crisis danger_to_child \b(?:@HIT@|touche|attouch\w*|abus\w*|enferme|menace) @CHILD@|\b@CHILD@ (?:est
    |sont|is|are) (?:en danger|battue?s?|maltraitee?s?|frappee?s?|in danger|not safe|being (?:abused
    |hurt|hit))|\bmaltraitance|\binceste|\bchild abuse|\benfants? en danger|\bchild in danger
    |\b(?:hits|beats|hurts|abuses|abused|touched|touches|shakes|shook) @CHILD@
crisis violence \b(?:me|la|nous|les|le) (?:a |ont )?@HIT@\b|\b(?:menace|menacee|a menacee?) (?:de mo
    rt|de (?:me |la |nous )?tuer)|\b(?:il|elle|ils|he|she|they) (?:va|vont|veut|veulent|is going to
    |wants to|will) (?:me|la|nous) (?:tuer|kill)|\bpeur (?:que |qu )?(?:il|elle|ils) (?:me|la|nous
    |les) (?:tue|frappe)|\b(?:threatened|threatens|threatening|going to|wants to) kill (?:me|us
    |her)\b|\b(?:hits|hit|beats|beat|beating|hitting|punched|punches|slapped|slaps|kicked|kicks
    |choked|chokes|strangled|raped|shoved) (?:me|her|us)\b(?! out| away)|\b(?:suis|sommes|am
    |are) en danger|\b(?:i am|we are) in danger|\bnot safe at home|\bpas en securite|\b(?:il
    |he) (?:a|has) (?:une arme|un couteau|a gun|a knife)
urgent panic \bcrise de (?:angoisse|panique|anxiete|nerfs)|\battaque de panique|\bpaniqu\w*
    |\b(?:arrive|arrivais) (?:pas|plus) a respirer|\bcoeur (?:qui )?bat (?:trop |tres )?(?:vite
    |fort)|\b(?:impression|sensation|peur) (?:que je vais|de) mourir|\bpanic|\b(?:cannot
    |could not) breathe|\bheart is (?:racing|pounding)|\bfeel like i am (?:dying|going to die)
    |\bfreaking out|\bje tremble
urgent cannot_cope \ben peux plus|\bcraque|\b(?:tiens|supporte) plus|\bau bout du rouleau
    |\bsuis a bout|\bje sombre|\bje coule|\bme effondre|\bau fond du trou|\b(?:tres|vraiment) mal\b
    |\bau plus mal|\bpas bien du tout|\bplus aucun espoir|\bsuis un poids|\bcannot (?:cope|take it
    |take this|go on|do this anymore|handle)|\bbreaking down|\bfalling apart|\bat breaking point
    |\blosing it\b|\bdrowning|\bi am a burden|\bhopeless|\b(?:really|very) bad place
    |\bvivre comme ca|\blive like this|\bau secours
urgent no_sleep \b(?:pas|plus|rien) dormi depuis|\b(?:jours|nuits) que je (?:ne )?(?:ai )?(?:pas
    |plus|rien) dormi|\bdors (?:plus|pas) depuis|\bnuits? blanches?|\b(?:not|have not
    |no) slept? (?:in|for) (?:days|\w+ days|\w+ nights)|\bno sleep for|\bnot sleeping for
urgent psychosis \bentend\w* des voix|\bvoix (?:dans ma tete|qui me|me disent)|\bhear\w* voices
    |\bvoices (?:in my head|telling me)|\bhallucin\w*|\bdelire|\bme surveille|\bbouffee delirante
    |\bpsychot\w*|\bpsychose
urgent relapse \brechut\w*|\brebois\b|\breconsomm\w*|\brecommence a (?:boire|consommer)|\brelaps\w*
    |\b(?:using|drinking) again
urgent loss \btout perdu?r?e?|\blost everything
urgent assault \b(?:me|nous) (?:a |ont |suis fait |sommes fait )?agress\w*|\bmugged|\bassaulted
urgent acute_crisis \b(?:est|sont|suis) en (?:pleine )?crise\b(?! de (?:panique|angoisse|nerfs
    |anxiete))|\bin crisis\b|\bsectioned|\bhospitalisee? (?:de force|sous contrainte|d office)
    |\bne mange plus (?:rien )?depuis
urgent thrown_out \bmise? a la porte|\bviree? de chez|\ba la rue\b|\bdormir dehors
    |\bnulle part (?:ou )?dormir|\bpas ou dormir|\bexpulsee? (?:ce soir|demain|aujourdhui)
    |\b(?:thrown|kicked) (?:me |us )?out|\bnowhere to (?:sleep|go) tonight|\bsleeping rough
    |\bon the streets? tonight
urgent alone_scared \bseule? et (?:je ai )?peur|\btoute? seule?\b.*\bpeur\b|\balone and scared
    |\bscared and alone|\bterrifi\w*|\bterroris\w*|\btres peur|\bso scared
urgent domestic_violence \bviolences? conjugales?|\bfemmes? battues?|\bdomestic (?:violence|abuse)
    |\babusive (?:husband|boyfriend|partner|relationship)|\bemprise\b
urgent bereavement \b(?:est mort|est morte|est decedee?|died|passed away) (?:hier|ce matin
    |cette nuit|yesterday|last night|this morning)
one join_dead \b(?:veux|voudrais|aimerais|envie de|vais) (?:le|la|les) rejoindre|\bwant to (?:join
    |be with) (?:him|her|them) again
one death \b(?:mort|morte|deces|decedee?|perdu|died|death|passed away|lost)\b
one weak_plan \bje ai (?:tout )?(?:prevu|prepare|organise)|\btout est pret|\bi have a plan
    |\bmy decision is made|\bma decision est prise
one past_hit \b(?:ai|avais|avait|a|avons) (?:voulu|eu|fait|essaye|tente|pense)|\b\w+(?:ais|ait
    |aient)\b|\b(?:wanted|tried|attempted|used to|had|was|were|thought)\b
one long_ago \bil y a (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|plusieurs
    |des|quelques|longtemps)(?: ans| annees)?\b|\ba l epoque|\bautrefois|\bquand je etais|\ben (?:19
    |20)\d\d\b|\bplus jeune|\b(?:\d+|two|three|four|five|ten|many|several|a few) years ago
    |\blong ago|\bwhen i was (?:younger|a teen|a kid|a child|in school|a student)|\bback then
    |\bas a teen
one recovered \b(?:ca va|je vais|je me sens|je suis) (?:beaucoup |bien |tellement )?(?:mieux|bien
    |stable|retablie?)|\bme en suis sortie?|\b(?:am|feel|feeling|doing) (?:much |a lot |so )?(?:bett
    er|fine|well|stable)|\bgot through|\brecovered|\bpaire? aidante?|\bpeer helper
one again \b(?:reviennent|revient|revenue?s?|recommence\w*|de nouveau|a nouveau|encore|again
    |coming back|came back)\b
one feminine \b(?:frappee|battue|menacee|violee|etranglee|tabassee|enfermee|enceinte|seule|mon mari
    |mon copain|mon conjoint|mon compagnon|mon ex|son mari|son copain|la bat|la frappe|ma mere
    |ma soeur|ma fille|my husband|my boyfriend|my ex|her husband|her boyfriend|hits her|beats her
    |my mum|my sister|violences? conjugales?|femmes? battues?)\b
one minor \b(?:mon pere|ma mere|mes parents|mon beau pere|ma belle mere|papa|maman|my (?:dad|father
    |mum|mother|parents|stepdad|stepfather)) (?:me|m)\b|\b(?:je ai|i am) (?:[5-9]|1[0-7]) (?:ans
    |years? old)\b|\b(?:mes|les|nos|my|the|our) (?:enfants|kids|children)
one rel_about \b(?:inquiete?s?|peur|souci|soucis|angoisse|aide|aider|soutenir|accompagner|conseils?
    |parler a|pour|voir|worried about|concerned about|scared for|afraid for|help|support|about
    |@HITIN@|beats|hits|hurts) (?:de |a )?@REL@\b|\b(?:un|une) proche|\bsomeone close|\ba loved one
    |\bje suis (?:la |le )?(?:maman|mere|papa|pere|parent|soeur|frere|femme|compagne|amie?) (?:de
    |d)\b|\bi am the (?:mum|mother|dad|father|parent|sister|brother|wife|husband|partner
    |friend) of\b
one help_them \b(?:le|la|l|lui|les) (?:aider|soutenir|accompagner)|\b(?:help|support) (?:him|her
    |them)\b
one rel_subject \b@REL@ (?:ne |n )?(?!me (?:frappe|bat|insulte|quitte|trompe|menace|harcele)
    |me a (?:frapp|battu|quitt|tromp|menac|insult|jete|mise?|vire|bloqu)|est (?:partie?|morte?
    |decedee?)|passed away|died|left|hits me|beats me|dumped me|cheated|kicked me
    |yells at me)(?:\w+ ){0,3}?(?:est|vient|a|dit|parle|veut|refuse|entend|boit|se|va|reste|sort
    |fait|menace|pleure|mange|dort|prend|consomme|croit|vit|souffre|pense|voudrait|semble|risque
    |me dit|me a dit|is|has|keeps|will|does|says|said|told|talks|wants|refuses|stopped|hears|was|got
    |cannot|seems|drinks|tried|threatened|just|had|can)\b
one rel @REL@
theme housing \b(?:logements?|loyers?|expuls\w*|sdf|sans abri|hebergement|heberge\w*|appart\w*
    |proprio\w*|proprietaire|bailleur|hlm|foyer|115|dehors|a la rue|homeless|rent|evict\w*|landlord
    |flat|housing|shelter|tenancy|sleeping rough|thrown out|kicked (?:me |us )?out|mise? a la porte
    |viree? de chez)\b
theme care \b(?:medecins?|docteur|generaliste|psychiatr\w*|psy|psychologue|cmpp?|traitements?
    |medicaments?|medocs?|ordonnances?|hopital|hospitalis\w*|urgences|soins?|soigner|therapie
    |therapeute|infirmiere?|clinique|diagnosti\w*|bipolaire|schizo\w*|addicto\w*|antidepresseurs?
    |neuroleptiques?|doctor|gp|psychiatrist|therapist|therapy|treatment|medication|meds|hospital
    |prescription|nurse|clinic|appointment|rendez vous (?:medical|chez))\b
theme social \b(?:rsa|aah|caf|mdph|allocations?|aides? sociales?|argent|dettes?|job|travail|boulot
    |emploi|chomage|pole emploi|france travail|administrati\w*|dossiers?|papiers|demarches?
    |assistante? sociale?|prefecture|impots|factures?|budget|curatelle|tutelle|banque|benefits|money
    |debts?|bills|unemployed|paperwork|embauche|patron|arret maladie|forms?|social worker
    |universal credit|pension|salaire|fin de mois)\b
theme information \b(?:c est quoi|que est ce que|comment (?:ca )?(?:fonctionne|marche|se passe)
    |est ce que (?:vous|on|il faut|c est)|informations?|renseignements?|savoir (?:si|comment|ou
    |quel)|ou (?:trouver|peut on)|difference entre|how does|how do (?:i|you|we)|what is|what are
    |where can i (?:find|get)|is it free|gratuit|combien|horaires|qui peut|do you|comment faire
    |est legal|is it legal|ressources|documentation|de la doc|devenir paire? aidante?)\b
theme personal \b(?:seule?|solitude|isolee?|famille|couple|rupture|relation|sentiments?|triste
    |tristesse|angoiss\w*|anxi\w*|stress\w*|depress\w*|deprime\w*|moral|pleure\w*|colere|peur|honte
    |vide|confiance en moi|estime|deuil|alone|lonely|loneliness|family|relationship|breakup|feelings
    |sad|grief|parler|talk|ecoute|mal|cafard|low|rumin\w*|disput\w*|vider mon sac|emprise|better)\b
"""
_F: dict[str, str] = {}
_T: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _entry in re.sub(r"\n +", "", _RULES).strip().split("\n"):
    _table, _code, _src = _entry.split(" ", 2)
    _src = re.sub(r"@(\w+)@", lambda m: _F[m.group(1)], _src)
    if _table == "frag":
        _F[_code] = _src
    else:
        _T.setdefault(_table, []).append((_code, re.compile(_src)))
_ONE = dict(_T["one"])
_THEMES = [(Theme(code), rx) for code, rx in _T["theme"]]
_FIRST = ("suicidal_intent", "wish_to_die", "self_harm", "plan", "farewell", "relative_at_risk",
          "danger_to_child", "domestic_violence", "violence")


def _hits(text: str, rules: Iterable[tuple[str, re.Pattern[str]]]) -> list[tuple[str, str, int]]:
    return [(code, m.group(), m.start()) for code, rx in rules for m in rx.finditer(text)]


def assess(text: str) -> Assessment:
    """Rate one message. Suggestions only: people decide, never this function alone."""
    masked, reasons = normalise(text), []
    for code, rx in _T["guard"]:
        masked, count = rx.subn(" _ ", masked)
        if count and code not in reasons:
            reasons.append(code)
    crisis = _hits(masked, _T["crisis"])
    urgent = _hits(masked, _T["urgent"])
    if _ONE["death"].search(masked):
        joins = _ONE["join_dead"].finditer(masked)
        crisis += [("wish_to_die", m.group(), m.start()) for m in joins]
    level = Level.CRISIS if crisis else Level.ROUTINE
    if not crisis and (urgent or "bereavement" in reasons):
        level = Level.URGENT
    if _ONE["weak_plan"].search(masked):
        reasons.append("plan")
        level = Level.CRISIS if urgent else level
    if crisis and not _ONE["again"].search(masked):
        clause = [re.split(r"\||\bet\b|\band\b", masked[max(0, s - 40): s])[-1] + hit
                  for _, hit, s in crisis]
        past = all(_ONE["past_hit"].search(words) for words in clause)
        if past and (_ONE["long_ago"].search(masked) or _ONE["recovered"].search(masked)):
            level = Level.URGENT  # the guard lowers crisis to urgent, never to routine
            reasons.append("past")
    violent = any(c == "violence" for c, _, _ in crisis)
    feminine = bool(_ONE["feminine"].search(masked))
    domestic = any(c == "domestic_violence" for c, _, _ in urgent) or (violent and feminine)
    child = any(c == "danger_to_child" for c, _, _ in crisis) or bool(
        violent and _ONE["minor"].search(masked))
    for code, _, _ in crisis + urgent:
        code = "domestic_violence" if code == "violence" and domestic else code
        if code not in reasons:
            reasons.append(code)
    relative = bool(_ONE["rel_about"].search(masked) or _ONE["rel_subject"].search(masked)) or bool(
        _ONE["help_them"].search(masked) and _ONE["rel"].search(masked))
    scores = {theme: len(rx.findall(masked)) * (2 if theme is Theme.INFORMATION else 1)
              for theme, rx in _THEMES}
    if level is not Level.ROUTINE:
        scores[Theme.INFORMATION] = 0
    scores[Theme.CARE] += sum(r in ("psychosis", "relapse") for r in reasons)
    best = max(scores.values())
    theme = next(t for t, s in scores.items() if s == best) if best else (
        Theme.PERSONAL if level is not Level.ROUTINE else Theme.OTHER)
    ordered = sorted(reasons, key=lambda r: _FIRST.index(r) if r in _FIRST else len(_FIRST))
    return Assessment(level, theme, relative, tuple(ordered), child, domestic and feminine)

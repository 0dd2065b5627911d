"""Pattern tables of the rule-based triage: urgent rules, single cues and theme keywords.

Same format as ``matching.triage_rules`` (whose ``frag`` entries can be used here). ``urgent``: a
hit suggests urgent. ``one``: single cues read by ``matching.triage.assess`` (past tense, recovery,
someone close...). ``theme``: keywords counted to suggest a theme.
"""

from __future__ import annotations

from matching.triage_rules import FRAGS, parse

CUES = parse(r"""
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
    |plus|rien) dormi|\bdors (?:plus|pas) depuis|\bnuits? blanches?|\b(?:not|have not|no) slept? (?:
    in|for) (?:days|\w+ days|\w+ nights)|\bno sleep for|\bnot sleeping for
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
urgent thrown_out \bmise? a la porte|\bviree? de chez|\ba la rue\b|\bdormir dehors|\bnulle part (?:
    ou )?dormir|\bpas ou dormir|\bexpulsee? (?:ce soir|demain|aujourdhui)|\b(?:thrown|kicked) (?:
    me |us )?out|\bnowhere to (?:sleep|go) tonight|\bsleeping rough|\bon the streets? tonight
urgent alone_scared \bseule? et (?:je ai )?peur|\btoute? seule?\b.*\bpeur\b|\balone and scared
    |\bscared and alone|\bterrifi\w*|\bterroris\w*|\btres peur|\bso scared
urgent domestic_violence \bviolences? conjugales?|\bfemmes? battues?|\bdomestic (?:violence|abuse)
    |\babusive (?:husband|boyfriend|partner|relationship)|\bemprise\b
urgent bereavement \b(?:est mort|est morte|est decedee?|died|passed away) (?:hier|ce matin
    |cette nuit|yesterday|last night|this morning)
urgent cannot_cope \ben peux (?:vraiment |juste |absolument |tellement |vraiment vraiment )?plus
    |\btout (?:se )?(?:ecroule|effondre|part en (?:vrille|morceaux|miettes|lambeaux|sucette))
    |\b(?:ma vie|mon monde) (?:se )?(?:ecroule|effondre|part en (?:vrille|morceaux|miettes))
    |\b(?:everything|my (?:whole )?(?:life|world)) (?:is )?(?:falling apart|collapsing|crumbling
    |crashing down)|\bplus aucune? (?:issue|solution|porte de sortie)|\bno way out\b|\b(?:impression
    |sensation|peur) de (?:devenir|perdre la) (?:fou|folle|dingue|tete|raison)|\bje (?:deviens
    |suis en train de devenir) (?:fou|folle|dingue)(?! (?:de|avec|a cause))|\bperdre (?:la tete
    |la raison|pied)@END@|\bperds (?:la tete|la raison|pied)@END@|\b(?:am|feel like i am|think i am
    |i am) (?:going|gone) (?:mad|crazy|insane)@END@|\blosing my (?:mind|grip|sanity)\b|\b(?:suis
    |me sens|sens) (?:comme )?(?:un|une) (?:poids|fardeau)(?: pour)?|\bi am (?:just )?(?:a
    |such a) burden|\b(?:feel|feeling) (?:like )?(?:a|such a) burden|\bburden (?:to|on|for) (?:
    everyone|everybody|my|them|others)
urgent panic \bje etouffe|\bje suffoque|\bhyperventil\w*|\banxiety attack|\bcannot stop (?:shaking
    |trembling)|\bangoisse (?:terrible|horrible|enorme|atroce)
urgent no_sleep \b(?:je )?(?:ne )?dors (?:pas|plus|presque plus|quasiment plus|quasi plus
    |rien)(?! (?:bien|mal|chez|ici|la|avec|a la|dans|en|tard|beaucoup|assez|souvent|le|les))
    |\b(?:arrive|arrivais|peux|pouvais) (?:pas|plus|vraiment pas) (?:a )?(?:dormir|fermer l oeil)
    |\b(?:nuits?|jours?) sans (?:dormir|sommeil)|\bpas ferme l oeil|\b(?:cannot|could not|unable to
    |can not) (?:sleep|fall asleep)\b|\b(?:have not|not|barely) slept\b|\bno sleep\b
    |\bnot sleeping\b
urgent psychosis \b(?:les|des|ces|mes) voix (?:reviennent|recommencent|sont revenues|sont la
    |me |ne me |qui |dans |parlent|crient|hurlent|ordonnent)|\bthe voices (?:
    are |came |come |keep |again|tell|say|told|in )|\bvoices (?:again|are back|came back)
urgent relapse \breplong\w*|\brebu\b|\bre(?:boire|bois|boit)\b|\b(?:recommence|recommencer|remis
    |remise|remets) a (?:boire|consommer|me droguer|me defoncer)|\bje (?:bois|consomme|me drogue
    |me defonce) (?:a nouveau|de nouveau|encore)\b|\b(?:started|start|starting|began) (?:drinking
    |using|taking drugs) again|\bback on (?:the )?(?:drink|booze|bottle|drugs|gear)\b
    |\bfell off the wagon|\b(?:drinking|using|high|drunk|wasted) again\b
urgent thrown_out \b(?:proprio\w*|proprietaire|bailleur|parents|pere|mere|mari|femme|copain|copine
    |conjointe?|compagnon|compagne|coloc\w*|famille|hebergeur|logeur|logeuse) (?:me|nous) (?:
    a |ont )?(?:vire|viree|virer|expulse|expulsee|mise? dehors|mise? a la porte|chasse|chassee
    |jetee? dehors)|\b(?:suis|sommes|me retrouve|me suis retrouvee?|nous retrouvons) (?:a la rue
    |dehors|sans (?:logement|toit|abri))(?! avec (?:des |mes |les )?(?:amis|potes|copains|copines
    |collegues)| en train| pour)|\b(?:landlord|parents|mum|dad|partner|boyfriend|girlfriend|husband
    |wife|flatmate|roommate|family) (?:just )?(?:kicked|threw|thrown|chucked) (?:me|us) out
    |\b(?:homeless|on the streets?|nowhere to (?:stay|live|sleep|go)) (?:tonight|right now|now)\b
    |\bsleeping (?:in my car|in the car|outside|on the street)
urgent thrown_out \b(?:me|nous|la|le) (?:a |ont )?(?:mise?|jetee?|foutue?) (?:dehors|a la porte)
    |\b(?:suis|sommes|me retrouve|dors) dans la rue\b|\bdors dans (?:ma|la|une) voiture
    |\bsleep\w* in (?:my|the|a) car\b
urgent psychosis \b(?:le|la|les|nous|me) surveill\w*|\bparle (?:toute? seule?|tout seul)
    |\btalk\w* to (?:himself|herself|the tv)|\bpoison\w*|\b(?:murs|walls) (?:bougent|bouge|move
    |moving)|\bshadows?
    |\bsi (?:c est|ca est) reel|\bif (?:it is|its|this is) real\b|\bseeing things\b
    |\bvoit des (?:choses|gens)|\bunreal\b|\b(?:gens|voix|choses|personnes) qui (?:ne )?existent pas
    |\bpeople who (?:are not|do not exist)
urgent stopped_treatment \barrete (?:son|ses|mon|mes|leur) (?:traitement|medicaments|medocs)
    |\bstopped (?:his|her|my|their) (?:meds|medication|treatment|pills)
urgent cannot_cope \bje suis perdue?@END@|\bsais plus quoi faire|\b(?:arrive|arrivais) plus a (?:
    rien|gerer|faire face|tenir)|\btombe dessus|\bsors plus de mon lit
    |\b(?:cannot|could not) get out of bed
    |\b(?:cannot|could not) stop (?:crying|shaking)|\bshaking and crying|\bcrying and shaking
urgent no_sleep \b(?:pas|ni) (?:mange )?(?:ni )?dormi depuis|\bawake for\b|\bhours? (?:awake
    |without sleep)
urgent panic \bchest (?:is )?tight|\bheart (?:will not|would not|cannot) slow|\bpoitrine serree
    |\btout tourne\b
urgent missing \b(?:repond|decroche) (?:plus|pas) depuis|\b(?:not|has not been|is not) (?:answering
    |replying) (?:since|for)|\bdisparue? depuis|\bmissing since
one join_dead \b(?:veux|voudrais|aimerais|envie de|vais) (?:le|la|les) rejoindre|\bwant to (?:join
    |be with) (?:him|her|them) again
one death \b(?:mort|morte|deces|decedee?|perdu|died|death|passed away|lost)\b
one weak_plan \bje ai (?:tout )?(?:prevu|prepare|organise)|\btout est pret|\bi have a plan
    |\bmy decision is made|\bma decision est prise
one past_hit \b(?:ai|avais|avait|a|avons|avoir) (?:voulu|eu|fait|essaye|tente|pense)
    |\b(?!(?:vais|mais|jamais|fais|fait|sais|sait|vrais|frais|plait)\b)\w+(?:ais|ait
    |aient)\b|\b(?:wanted|tried|attempted|used to|had|was|were|thought|stopped)\b|\bme suis\b
    |\bi (?:\w+ )?\w+ed\b|\bi (?:cut|hurt|burnt|took|did|felt|stood|sat|went)\b
    |\b(?:took|ended) (?:her|his|their) own life\b
    |\bse est\b|\barrete de\b
one long_ago \bil y a (?:(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze
    |vingt|plusieurs
    |des|quelques) (?:ans|an|annees|mois)|longtemps)\b|\bl (?:annee|an) (?:derniere?|passee?)\b
    |\blast year\b|\ba l epoque|\bautrefois|\bquand je etais|\ben (?:19
    |20)\d\d\b|\bplus jeune|\b(?:(?:\d+|two|three|four|five|ten|many|several|a few) )?years ago
    |\bwhen i was \d+\b|\b(?:back )?in (?:19|20)\d\d\b|\bje en ai \d+\b|\bi am \d+ now\b
    |\blong ago|\bwhen i was (?:younger|a teen|a kid|a child|in school|a student)|\bback then
    |\bas a teen|\b(?<!mon )(?<!ma )(?<!notre )(?<!son )ado\b
    |\b(?:a few|few|some|several|\d+|two
    |three|many) (?:years?|months?) (?:ago|back)\b
    |\bin (?:high school|secondary school|college)\b|\bau (?:lycee|college)\b
    |\bquand je avais \d+ ans\b|\byears behind me\b|\b(?:back )?in (?:19|20)\d\d\b|\bin my (?:teens
    |twenties|youth)\b
    |\b(?:ca fait|(?:arrete|stopped|clean|sobre|stable|bien|mieux
    |plus) (?:\w+ ){0,2}?depuis) (?:un|une|deux|trois|\d+) (?:an|ans|annees?)(?: et demi)?\b
one was_after (?: [|])? (?:c etait|that was|it was|was|were|etaient|etait)\b
one recovered \b(?:c est|tout ca est|it is|that is|all) (?:derriere moi|behind me)|\b(?:ca va
    |je vais|je me sens|je suis) (?:beaucoup |bien |tellement |vraiment )?(?:mieux|bien
    |stable|retablie?)|\b(?:il|elle) va (?:beaucoup |bien |vraiment )?(?:mieux|bien)\b
    |\bme en suis sortie?|\b(?:am|feel|feeling|doing) (?:
    much |a lot |so |really |very )?(?:better|fine|well|stable)|\bgot through|\brecovered
    |\bpaire? aidante?
    |\b(?:been|stayed) (?:well|fine|stable|clean|better)\b
    |\bbeen in a (?:much |far |way )?better place\b|\bclean for\b|\bque (?:c est
    ) fini\b|\byears past (?:that
    |it)\b|\bet ca va@END@|\b(?:totally |completely |all )?fine now\b|\b(?:\w+ )?behind me now\b
    |\b(?:not going to|will not|never going to) do (?:that|it) again\b
    |\b(?:contente?|heureuse?|heureux|glad|happy) (?:de |to )?(?:etre|be) (?:encore |still )?(?:
    la|en vie|vivante?|here|alive)\b
    |\bmaintenant ca va\b|\bpeer helper|\bfiere? de moi|\bproud of myself
one again \b(?:reviennent|revient|revenue?s?
    |(?<!pas envie de )(?<!aucune envie de )(?<!pas de )recommence\w*|de nouveau|a nouveau
    |encore(?! (?:la|en vie|vivante?)\b)|(?<!do that )(?<!do it )again
    |coming back|came back|en train de (?:le|la) chercher|(?:le|la) cherchent)\b
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
""", FRAGS)

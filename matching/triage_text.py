"""Text normalisation for the rule-based triage (standard library only).

``normalise`` folds accents and case, expands elisions, contractions and SMS spellings, and
separates clauses with ``' | '`` so that the rules in ``matching.triage_rules`` can stay simple.
"""

from __future__ import annotations

import re
import unicodedata

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
    "2nite=tonight,2day=today,quil=que il,quils=que ils,cest=c est,sest=se est,jecris=je ecris,"
    "jentends=je entends,jarrete=je arrete,jarretais=je arretais,jy=je y,jessaie=je essaie,"
    "jaurais=je aurais,shes=she is,hes=he is,whats=what is,thats=that is,theyre=they are,"
    "youre=you are,hasnt=has not,hadnt=had not,couldnt=could not,wouldnt=would not,"
    "lenterrement=le enterrement,quelquun=quelqu un,qq1=quelqu un,dentrer=de entrer,"
    "lmfao=lmao,pri=pris").split(","))
_SUBS = [(re.compile(a), b) for a, b in (
    (r"\bcan't\b", "cannot"), (r"\bwon't\b", "will not"), (r"n't\b", " not"), (r"\bi'm\b", "i am"),
    (r"\b(he|she|they|you|we|it)'d\b", r"\1 would"), (r"'re\b", " are"), (r"'ve\b", " have"),
    (r"'ll\b", " will"), (r"\bi'd\b", "i would"),
    (r"\b(it|he|she|that|what|there|who|everything|nothing|life)'s\b", r"\1 is"),
    (r"(?<=[a-z])'s\b", ""), (r"\bj'", "je "), (r"\bm'", "me "), (r"\bt'", "te "),
    (r"\bn'", "ne "), (r"\bs'(?=ils?\b)", "si "),  # s'il: si il, never se il
    (r"\bs'", "se "), (r"\bd'", "de "), (r"\bqu'", "que "),
    (r"[.,;:!?()\[\]\n]+|\s-\s|\bmais\b|\bbut\b", " | "), (r"[^a-z0-9| ]+", " "),
    (r"\b(une|des|fait|fais|faire) ts\b", r"\1 tentative de suicide"),
    (r"\bj(?!sp\b|pp\b|v\b)([bcdfghklmnpqrstvwxz][a-z]*)", r"je \1"))]
_PHRASES = [(re.compile(a), b) for a, b in (
    (r"\bje v\b", "je vais"), (r"\bill (make|be|go|do|try|never|just)\b", r"i will \1"),
    (r"\bhell (kill|hurt|come|find)\b", r"he will \1"),
    (r"\bje ve\b", "je vais"), (r"\ben lair\b", "en l air"),
    (r"\bc (?!est\b|etait\b)", "c est "),
    (r"\baujourd hui\b", "aujourdhui"), (r"\bpeu plus\b", "peux plus"),
    (r"\bchai pas\b", "je sais pas"),
    (r"\b(i|you|we|they|just|really|still|also|and|so|please) dont\b", r"\1 do not"),
    (r"\bdont (want|know|think|feel|care|need|have|see|like|understand|get|go)\b",
     r"do not \1"),
    (r"\bcan not\b", "cannot"), (r"\b(de|veux|vais|voudrais|aimerais|va) me tue\b", r"\1 me tuer"),
    (r"\by a\b", "il y a"), (r"\bil il y a\b", "il y a"),
    (r"\bs(?:u|ui|iu|uy)(?:c|s|ss|sc)i?d(?=e|er|ai|al|an|es|ez)", "suicid"))]  # sucider, suiside


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

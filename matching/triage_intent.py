"""Warning signs found once blind29, blind30, chat26 and chat27 were folded in.

The eleventh companion of ``matching.triage_signs`` (same format, merged into
``matching.triage_families.FAMILIES``). The rules' misses on those sets were plain intentions the
rules did not read in the third person ("he's going to end his life tonight", "she's going to
make it happen", "talking about ending his life"), acts told plainly ("I took a load of pills",
"the pills are starting to kick in", "I already cut tonight"), "je pense à me supprimer", "I
found a way", "fix it permanently", the whole thing planned down to the date, one's funeral
planned "soon", reserves kept for months and "ready tonight", life insurance "if it's not an
accident", "I won't be a problem for anyone after this weekend", "I've decided I'm going
first", "let me go in peace", "tell my mother it wasn't her fault", "nothing you say will change
it", "nothing holds me here any more", "talk to me till it's over", and a relative's "take care
of the dog" or "you won't have to worry about me soon". Entries name signs, never methods;
look-alikes are in negative lookaheads and in ``matching.triage_lookalikes``.

Families used: ``wish``, ``taken``, ``self_harm``, ``plan``, ``means``, ``farewell``,
``settle``, ``burden``, ``giveaway``, ``death`` (reason codes of
``matching.triage_families.REASON``).
"""

from __future__ import annotations

from matching.triage_substances import FRAGS, parse

INTENT = parse(r"""
strong wish \b(?:he|she|they|il|elle) (?:is|are|has|have|s)? ?(?:going to|gonna|will|va|allait
    |vont) (?:end (?:his|her|their) life|kill (?:himself|herself|themselves)|make it happen
    |mettre fin a ses jours|se supprimer|en finir)\b(?! (?:de|du|des|d|avec)\b)
    |\b(?:talking|talked|talks|parle|parlait|parlais) (?:about|of|de) (?:ending (?:his|her|my
    |their) life|killing (?:himself|herself|myself)|mettre fin a ses jours|se supprimer
    |en finir)\b(?! (?:de|du|des|d|avec)\b)
    |\b(?:pense|pensais|songe|vais|veux|envie de) a? ?me supprimer\b(?! (?:de|du|des|d)\b)
    |\bi am going to (?:end my life|take my life)\b|\bfix (?:it|this|everything) permanently\b
    |\b(?:nothing you say|rien de ce que (?:vous dites|tu dis)) (?:will|can|ne) (?:change
    |changera) (?:it|rien|my mind)\b
    |\b(?:laisse|laissez|laissiez|laisser|let) (?:me |moi )?partir tranquille\b|\bme laisse partir\b
strong taken \bi (?:took|have taken|swallowed|just took) (?:a load of|a bunch of|a handful of
    |loads of|lots of|a lot of|heaps of|all my|all the) (?:pills|tablets|meds|@PILLS@)\b
    |\bthe (?:pills|tablets|meds) are (?:starting to )?(?:kick|kicking) in\b
    |\b(?:les )?(?:cachets|medocs|medicaments) (?:commencent a|font) (?:faire )?effet\b
strong self_harm \b(?:i )?already cut (?:tonight|today|again|myself)\b
    |\bje me suis deja (?:coupee?|scarifiee?) (?:ce soir|aujourdhui|encore)\b
strong plan \b(?:i|je) (?:found|have found|ai trouve) (?:a way|the way|comment)\b(?! (?:to|de|pour))
    |\b(?:planned|prevu|planifie) (?:down to|jusqu a) (?:the date|la date)\b
    |\bplanning my funeral\b[^|]{0,60}(?:[|][^|]{0,40}){0,3}\b(?:soon|bientot)\b
    |\b(?:fait des reserves|stockpiling|been saving (?:them|pills) up)\b.{0,80}\b(?:prete?
    |ready|tonight|ce soir)\b
    |\bje crois que je suis prete?@END@
    |\bi have decided i am going first\b|\bj ai decide de partir (?:en )?premiere?\b
    |\b(?:came|come|drove) (?:out )?here to end (?:things|it)\b
    |\b(?:talk|parle|parlez) (?:to me|avec moi|moi) (?:till|until|jusqu a ce que) (?:it is over
    |ce soit fini)\b
    |\b(?:je )?me suis promis de essayer une derniere chose avant\b
    |\b(?:est ce que )?ca fait mal\b[^|]{0,4}(?:[|][^|]{0,24}){0,2}\bpartir\b
weak means \b(?:tablets|pills|cachets|medocs) are out on the table\b|\bi am just looking at them\b
    |\bje ai tout ce que il faut a la maison\b|\bi have got everything with me\b
    |\bje ai rassemble ce que il faut\b
strong burden \b(?:will not|would not|wont) be a (?:problem|burden|bother) (?:for|to) (?:anyone
    |anybody|you|them|everyone) (?:after|by|much longer)\b
    |\bvalait plus rien vivante?\b|\bworth more dead\b
    |\b(?:tu|te) (?:auras|aurez) plus a (?:te|vous) inquieter pour moi\b
    |\bbientot\b[^|]{0,12}\bplus a te inquieter pour moi\b
strong settle \b(?:life insurance|assurance vie)\b.{0,60}\b(?:not an accident|pas un accident
    |meme quand|even if|suicide)\b|\b(?:pay out|verse)\b.{0,30}\bnot an accident\b
    |\b(?:you will|ll) be fine with the insurance\b|\bau moins l assurance\b
    |\b(?:made|fait|pris) (?:des )?(?:arrangements|dispositions)\b.{0,60}\b(?:not to come|pas venir
    |ne pas venir)\b
strong farewell \bdites a ma (?:mere|soeur|fille) que c etait pas sa faute\b
    |\btell (?:my )?\w+ it was not (?:her|his|their) fault\b
    |\b(?:take care of|prends soin de|occupe toi de) [a-z]+\b[^|]{0,30}\b(?:not answering
    |is not answering|ne repond plus|repond plus)\b
    |\bprenez soin de vous\b[^|]{0,30}\bquitte le groupe\b
    |\b(?:il y a|y a) plus rien qui me retient\b|\bnothing (?:holds|keeps) me here\b
strong burden \bce sera plus simple pour (?:elle|lui|eux|tout le monde) apres@END@
strong farewell \b(?:me a envoye|sent me|texted me|me a ecrit)\b[^|]{0,10}\b(?:merci pour tout
    |thank you for everything|thanks for everything)\b.{0,80}\b(?:plus en ligne|not online
    |offline|repond plus|not answering|decroche (?:pas|plus))\b
strong plan \b(?:elle|il|she|he) (?:a|has) (?:tout prepare|everything ready|prepared everything)\b
    .{0,80}\b(?:tentative|attempt|veut plus|does not want)\b
strong plan \b(?:je ai pense|i have thought|i thought) (?:a|about) (?:comment|how)@END@
weak giveaway \b(?:giving away|donne) (?:his|her|ses) (?:tools|outils)\b
    |\bsent me all (?:his|her) (?:bank )?passwords\b|\bbank passwords\b[^|]{0,20}\bjust in case\b
strong death \b(?:i am|so|just) done with (?:life|living|this life|being alive)\b(?![^|]{0,8}(?:
    [|] )?\b(?:jk|je k|just kidding|je rigole))
    |\bje en ai fini avec la vie\b|\bfini avec la vie\b
strong death \b(?:do not|cannot) see myself (?:being )?(?:alive|here|around) (?:by|at|for) (?:
    christmas|new year|my birthday|the summer|next year)\b
""", FRAGS)

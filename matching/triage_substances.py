"""Substance fragments shared by the warning-sign modules that name something taken or at hand.

``DRUG`` (medicine names and kinds, on top of ``SUBST`` of ``matching.triage_rules``) and
``PILLS`` (``DRUG`` and the everyday French words for pills) are added to
``matching.triage_rules.FRAGS`` here; ``matching.triage_acts``, ``triage_moments`` and
``triage_hints`` import ``FRAGS`` and ``parse`` from this module, so the fragments they use are
defined whatever the import order. Names, never doses or how-to.
"""

from __future__ import annotations

from matching.triage_rules import FRAGS, parse

__all__ = ["FRAGS", "parse"]

parse(r"""
frag DRUG (?:@SUBST@|xanax|lexomil|valium|temesta|lysanil|tramadol|codeine|morphine|lithium
    |sertraline|zoloft|prozac|fluoxetine|paroxetine|deroxat|seroplex|citalopram|escitalopram
    |venlafaxine|effexor|quetiapine|seroquel|olanzapine|zyprexa|stilnox|zolpidem|imovane
    |zopiclone|diazepam|lorazepam|alprazolam|oxycodone|fentanyl|methadone|subutex|insuline?
    |ibuprofene?|aspirine?|dafalgan|efferalgan|atarax|tercian|laroxyl|amitriptyline|lamotrigine
    |oxy|oxys|oxycontin|zopi|somnifere|codoliprane|lamaline|izalgi|ixprim|cachetons)
frag PILLS (?:@DRUG@|cachets|comprimes|medocs|medicaments|sleeping tablets|gelules|pilules)
""", FRAGS)

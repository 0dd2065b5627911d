"""Rule-based triage of a seeker's first words (French and English), standard library only.

``assess`` suggests a level, a theme, whether the message is about someone close, and reason
codes (never text). Steps: ``normalise`` (``matching.triage_text``); blank out look-alikes
(``guard`` rules: negation per clause, hyperbole, idioms, bereavement); then score cues
(``matching.triage_families``, which gathers the warning signs of ``triage_signs``,
``triage_contexts``, ``triage_farewell``, ``triage_danger``, ``triage_veiled`` and ``triage_acts``,
and the look-alike guards of ``triage_rules`` and ``triage_lookalikes``): a strong cue alone
suggests crisis; weak cues from two different
families (or one weak cue and a context cue of another family) suggest crisis; on a first
message, so does one warning sign alone (``ALONE``: an act, a means, a plan, a farewell, somewhere
high...) unless the message also tells of a future (a move, a new job, "see you"); any other
single weak cue suggests urgent (the safety floor), as do the ``urgent`` rules
(``matching.triage_cues``). A
past-tense guard may lower crisis to urgent, never to routine, and so does violence told while
the aggressor is away (``matching.triage_imminent.SAFE_NOW``); any remaining mention of death,
dying, suicide or self-harm is never routine. Laughter markers do not cancel a stated wish to die.
Last, a statistical second opinion (``matching.triage_model``) may raise the level, never lower it
(reasons ``model_crisis``, ``model_concern``). A person decides: rules and model only suggest."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from matching.models import Level, Theme
from matching.triage_cues import CUES
from matching.triage_families import FAMILIES, GUARDS, REASON
from matching.triage_imminent import SAFE_NOW, THREAT_AHEAD, VIOLENT
from matching.triage_lookalikes import LOOKALIKES
from matching.triage_model import THRESHOLDS, default_model, eligible, raise_level
from matching.triage_rules import RISK
from matching.triage_text import normalise

__all__ = ["Assessment", "assess", "normalise"]


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


_ONE = dict(CUES["one"])
#: weak cues that on their own, in a first message, are a warning sign (others are contexts:
#: shouting, drunk, hiding, hopeless, a mention of death; they need a second family)
ALONE = frozenset(("self_harm", "plan", "means", "act", "taken", "edge", "medical", "settle",
                   "closure", "farewell", "giveaway", "burden", "exonerate", "missing", "command",
                   "fire"))
_FUTURE = dict(LOOKALIKES["one"])["future"]
_THEMES = [(Theme(code), rx) for code, rx in CUES["theme"]]
_FIRST = ("suicidal_intent", "wish_to_die", "self_harm", "plan", "farewell", "relative_at_risk",
          "danger_to_child", "domestic_violence", "violence")


def _hits(text: str, rules: Iterable[tuple[str, re.Pattern[str]]]) -> list[tuple[str, str, int]]:
    return [(code, m.group(), m.start()) for code, rx in rules for m in rx.finditer(text)]


def _was(text: str, end: int) -> str:
    """"les idées noires, c'était il y a longtemps": a past tense right after the hit."""
    found = _ONE["was_after"].match(text, end)
    return found.group() if found else ""


def _is_past(scored: str, crisis: list[tuple[str, str, int]]) -> bool:
    """Every crisis hit is told in the past, long ago or with recovery, and nothing came back
    (``scored``: the text the hits' positions refer to)."""
    if _ONE["again"].search(scored):
        return False
    clause = [re.split(r"\||\bet\b|\band\b", scored[max(0, s - 40): s])[-1] + hit
              + _was(scored, s + len(hit)) for _, hit, s in crisis]
    past = all(_ONE["past_hit"].search(words) for words in clause)
    return past and bool(_ONE["long_ago"].search(scored) or _ONE["recovered"].search(scored))


def _safe_now(masked: str, crisis: list[tuple[str, str, int]]) -> bool:
    """Every crisis hit is violence, the aggressor is away now or the writer somewhere safe,
    and nothing says what he will do next (``matching.triage_imminent.SAFE_NOW``)."""
    return (all(code in VIOLENT for code, _, _ in crisis) and bool(SAFE_NOW.search(masked))
            and not THREAT_AHEAD.search(masked))


def _scan(text: str, table: str) -> list[tuple[str, str, int]]:
    return _hits(text, FAMILIES.get(table, []))


def assess(text: str, *, second_opinion: bool = False, conversation: bool = False) -> Assessment:
    """Rate one message. Suggestions only: people decide, never this function alone.

    By default the rules alone rate the message. ``second_opinion=True`` adds the statistical
    model, which may only raise the level (``TRIAGE_MODEL=true``): it finds more crises on
    unseen wording but raises false alarms on ordinary chat. ``conversation=True``: the message
    is sent during a conversation, the model then uses the thresholds chosen on such messages
    (``matching.triage_model.THRESHOLDS``); the rules are the same."""
    masked, reasons = normalise(text), []
    plain = masked
    for code, rx in GUARDS:
        masked, count = rx.subn(" _ ", masked)
        if count and code not in reasons:
            reasons.append(code)
    urgent = _hits(masked, CUES["urgent"])
    scored = masked  # fear of dying in a panic attack is panic, not a wish to die
    for code, rx in CUES["urgent"]:
        scored = rx.sub(" _ ", scored) if code == "panic" else scored
    crisis = _hits(scored, RISK["crisis"]) + _scan(scored, "strong")
    if _ONE["death"].search(scored):
        joins = _ONE["join_dead"].finditer(scored)
        crisis += [("wish_to_die", m.group(), m.start()) for m in joins]
    weak, context = _scan(scored, "weak"), _scan(scored, "context")
    spans = [range(at, at + len(hit)) for _, hit, at in weak]  # "ce sera demain": one cue
    families = {code for code, _, at in context
                if code != "time" or not any(at in span for span in spans)}
    families |= {code for code, _, _ in weak}
    if weak and len(families) >= 2:  # two cues from different families
        crisis += weak
    elif not conversation and not _FUTURE.search(masked):
        crisis += [hit for hit in weak if hit[0] in ALONE]  # a first message: one sign
    level = Level.CRISIS if crisis else Level.ROUTINE
    if not crisis and (urgent or weak or "bereavement" in reasons):
        level = Level.URGENT  # one weak cue: the safety floor
    if _ONE["weak_plan"].search(masked):
        reasons.append("plan")
        level = Level.CRISIS if urgent else level
    if crisis and _is_past(scored, crisis):
        level = Level.URGENT  # the guard lowers crisis to urgent, never to routine
        reasons.append("past")
    elif crisis and _safe_now(masked, crisis):
        level = Level.URGENT  # violence told while the aggressor is away: urgent, never routine
        reasons.append("safe_now")
    if level is Level.ROUTINE and any(rx.search(masked) for _, rx in RISK["floor"]):
        level = Level.URGENT  # safety floor: a mention of death or self-harm is never routine
        reasons.append("mentions_death")
    if second_opinion and eligible(plain):
        probabilities = default_model().probabilities(plain, normalised=True)
        thresholds = THRESHOLDS["conversation" if conversation else "first"]
        level, raised = raise_level(level, *probabilities, *thresholds)
        reasons += [raised] if raised else []
    if not crisis and any(code in ("death", "ending") for code, _, _ in weak):
        reasons.append("mentions_death")  # one weak cue: the safety floor, not a wish to die
        weak = [hit for hit in weak if hit[0] not in ("death", "ending")]
    crisis = [(REASON.get(code, code), hit, at) for code, hit, at in crisis or weak]
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

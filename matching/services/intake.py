"""A seeker's first contact, consent and the three triage questions, up to the queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from matching.models import (
    LAST_SEEN_EVERY,
    IntakeStep,
    Person,
    Request,
    RequestStatus,
    Role,
    Theme,
    stale,
)
from matching.policy import Policy
from matching.ports import Snippets, UnitOfWork
from matching.pseudonym import new_pseudonym
from matching.services import crisis, queueing
from matching.services.notify import Keyboard, button, say

THEMES = (Theme.CARE, Theme.SOCIAL, Theme.PERSONAL, Theme.INFORMATION, Theme.HOUSING, Theme.OTHER)
SNIPPET_CHARS = 120


@dataclass(frozen=True)
class Incoming:
    """A seeker's message as the domain sees it. ``text`` is never stored."""

    telegram_id: int
    message_id: int
    text: str | None  # text or caption, for triage only
    language: str
    reply_to: int | None = None


def welcome_buttons() -> Keyboard:
    return [[button("btn.consent", "consent", "yes")], [button("btn.privacy", "consent", "more")]]


def who_buttons() -> Keyboard:
    return [[button("btn.myself", "who", "self"), button("btn.relative", "who", "relative")]]


def theme_buttons() -> Keyboard:
    rows: Keyboard = []
    for index in range(0, len(THEMES), 2):
        rows.append(
            [button(f"theme.{t.value}", "theme", t.value) for t in THEMES[index : index + 2]]
        )
    return rows


async def person_for(
    uow: UnitOfWork, telegram_id: int, language: str, policy: Policy, now: datetime
) -> tuple[Person, bool]:
    """The person behind a Telegram id, created with a fresh pseudonym on first contact."""
    person = await uow.people.by_telegram(telegram_id)
    if person is not None:
        if stale(person.last_seen_at, now, LAST_SEEN_EVERY):
            person.last_seen_at = now  # coarse on purpose: no write per relayed message
        return person, False
    pseudonym = new_pseudonym()
    while await uow.people.by_pseudonym(pseudonym) is not None:
        pseudonym = new_pseudonym(4)
    role = Role.COORDINATOR if telegram_id in policy.coordinator_ids else Role.SEEKER
    person = Person(
        telegram_id=telegram_id,
        pseudonym=pseudonym,
        language=language if language in policy.languages else policy.default_language,
        role=role,
        created_at=now,
        last_seen_at=now,
    )
    await uow.people.add(person)
    await uow.flush()
    return person, True


async def send_welcome(uow: UnitOfWork, person: Person, now: datetime, returning: bool) -> None:
    if person.consented_at is None:
        await say(uow, person, "welcome", now, buttons=welcome_buttons())
        return
    await say(uow, person, "welcome.back" if returning else "welcome", now)
    await start_request(uow, person, now)


async def start_request(uow: UnitOfWork, person: Person, now: datetime) -> Request:
    request = await uow.requests.open_for_seeker(person.id or 0)
    if request is None:
        request = Request(seeker_id=person.id or 0, created_at=now)
        last = await uow.conversations.last_for_seeker(person.id or 0)
        request.preferred_helper_id = last.helper_id if last else None
        await uow.requests.add(request)
        await uow.flush()
    if request.status is RequestStatus.INTAKE:
        await ask_current_step(uow, person, request, now)
    return request


async def ask_current_step(
    uow: UnitOfWork, person: Person, request: Request, now: datetime
) -> None:
    if request.intake_step is IntakeStep.WHO:
        await say(uow, person, "ask.who", now, buttons=who_buttons())
    elif request.intake_step is IntakeStep.THEME:
        await say(uow, person, "ask.theme", now, buttons=theme_buttons())
    elif request.intake_step is IntakeStep.WORDS:
        await say(uow, person, "ask.words", now, buttons=[[button("btn.skip", "words", "skip")]])


async def consent(uow: UnitOfWork, person: Person, now: datetime) -> str:
    """The seeker tapped "I agree". Returns a toast key."""
    if person.consented_at is None:
        person.consented_at = now
        await say(uow, person, "consent.thanks", now)
    await start_request(uow, person, now)
    await uow.commit()
    return "toast.thanks"


async def answer_who(uow: UnitOfWork, person: Person, relative: bool, now: datetime) -> str:
    request = await uow.requests.open_for_seeker(person.id or 0)
    if request is None or request.intake_step is not IntakeStep.WHO:
        return "toast.stale"
    request.relative = relative
    request.intake_step = IntakeStep.THEME
    await ask_current_step(uow, person, request, now)
    await uow.commit()
    return "toast.noted"


async def answer_theme(uow: UnitOfWork, person: Person, value: str, now: datetime) -> str:
    request = await uow.requests.open_for_seeker(person.id or 0)
    if request is None or request.intake_step is not IntakeStep.THEME:
        return "toast.stale"
    try:
        request.theme = Theme(value)
    except ValueError:
        return "toast.invalid"
    request.intake_step = IntakeStep.WORDS
    await ask_current_step(uow, person, request, now)
    await uow.commit()
    return "toast.noted"


async def skip_words(uow: UnitOfWork, person: Person, now: datetime, policy: Policy) -> str:
    request = await uow.requests.open_for_seeker(person.id or 0)
    if request is None or request.intake_step is not IntakeStep.WORDS:
        return "toast.stale"
    await queueing.enqueue(uow, person, request, now, policy)
    await uow.commit()
    return "toast.noted"


async def on_intake_message(
    uow: UnitOfWork,
    person: Person,
    request: Request,
    message: Incoming,
    now: datetime,
    policy: Policy,
    snippets: Snippets,
) -> None:
    """A message while the questions are under way is taken as the seeker's words.

    People in distress rarely tap buttons: a message at any question answers the rest from
    its content (for whom, theme) and puts the request in the queue at once.
    """
    if message.text:
        rating = crisis.assess_text(message.text, policy)
        if request.intake_step is IntakeStep.WHO:
            request.relative = rating.relative
        if request.intake_step in (IntakeStep.WHO, IntakeStep.THEME):
            request.theme = rating.theme
        await snippets.put(request.id or 0, message.text[:SNIPPET_CHARS])
    request.words_message_id = message.message_id
    await queueing.enqueue(uow, person, request, now, policy)

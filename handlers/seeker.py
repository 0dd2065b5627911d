"""The seeker's flow: /start, consent, the three questions, messages, edits, /end."""

from __future__ import annotations

from datetime import datetime

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import CallbackQuery, Message

from handlers.callbacks import Btn
from handlers.filters import RELAYABLE, RoleIs
from handlers.i18n import Texts
from matching.models import Person, Role
from matching.policy import Policy
from matching.ports import Snippets, UnitOfWork
from matching.services import conversations, helpers, intake, seeker
from matching.services.intake import Incoming

router = Router(name=__name__)
router.message.filter(RoleIs(Role.SEEKER))
router.callback_query.filter(RoleIs(Role.SEEKER))


def incoming(message: Message, lang: str) -> Incoming:
    assert message.from_user is not None
    return Incoming(
        telegram_id=message.from_user.id,
        message_id=message.message_id,
        text=message.text or message.caption,
        language=lang,
        reply_to=message.reply_to_message.message_id if message.reply_to_message else None,
    )


@router.message(CommandStart(deep_link=True))
async def start_with_code(
    message: Message,
    command: CommandObject,
    uow: UnitOfWork,
    lang: str,
    policy: Policy,
    now: datetime,
    texts: Texts,
) -> None:
    person, _ = await intake.person_for(uow, message.chat.id, lang, policy, now)
    outcome = await helpers.redeem(uow, person, command.args or "", now)
    if outcome == "unknown":
        await seeker.on_start(uow, incoming(message, lang), now, policy)
    elif outcome == "invalid":
        await message.answer(texts.get(person.language, "invite.invalid"))


@router.message(CommandStart())
async def start(
    message: Message, uow: UnitOfWork, lang: str, policy: Policy, now: datetime
) -> None:
    await seeker.on_start(uow, incoming(message, lang), now, policy)


@router.message(Command("end"))
async def end(
    message: Message,
    uow: UnitOfWork,
    person: Person | None,
    policy: Policy,
    now: datetime,
    texts: Texts,
    lang: str,
) -> None:
    if person is None:
        await message.answer(texts.get(lang, "end.nothing"))
        return
    await conversations.end_by(uow, person, now, policy)


@router.message(F.text.startswith("/"))
async def unknown_command(message: Message, texts: Texts, lang: str) -> None:
    await message.answer(texts.get(lang, "unknown_command"))


@router.message(F.content_type.in_(RELAYABLE))
async def any_message(
    message: Message,
    uow: UnitOfWork,
    lang: str,
    policy: Policy,
    now: datetime,
    snippets: Snippets,
) -> None:
    await seeker.on_message(uow, incoming(message, lang), now, policy, snippets)


@router.message()
async def unsupported(message: Message, texts: Texts, lang: str) -> None:
    await message.answer(texts.get(lang, "unsupported"))


@router.callback_query(Btn.filter(F.a == "consent"))
async def consent(
    query: CallbackQuery,
    callback_data: Btn,
    uow: UnitOfWork,
    person: Person | None,
    policy: Policy,
    now: datetime,
    texts: Texts,
    lang: str,
) -> None:
    if person is None:
        person, _ = await intake.person_for(uow, query.from_user.id, lang, policy, now)
    if callback_data.v == "more":
        await query.answer()
        if query.message is not None:
            await query.message.answer(texts.get(person.language, "privacy.more"))
        return
    await query.answer(texts.get(person.language, await intake.consent(uow, person, now)))


@router.callback_query(Btn.filter(F.a.in_({"who", "theme", "words"})))
async def intake_answer(
    query: CallbackQuery,
    callback_data: Btn,
    uow: UnitOfWork,
    person: Person | None,
    policy: Policy,
    now: datetime,
    texts: Texts,
    lang: str,
) -> None:
    if person is None or person.consented_at is None:
        await query.answer(texts.get(lang, "toast.stale"))
        return
    if callback_data.a == "who":
        if callback_data.v not in ("self", "relative"):
            toast = "toast.invalid"
        else:
            toast = await intake.answer_who(uow, person, callback_data.v == "relative", now)
    elif callback_data.a == "theme":
        toast = await intake.answer_theme(uow, person, callback_data.v, now)
    else:
        toast = await intake.skip_words(uow, person, now, policy)
    await query.answer(texts.get(person.language, toast))

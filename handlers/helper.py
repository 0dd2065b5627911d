"""The peer helper's flow: name, duty, offers, the relay, /switch and /end."""

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
from matching.services import conversations, followups, helpers, offers

router = Router(name=__name__)
router.message.filter(RoleIs(Role.HELPER))
router.callback_query.filter(RoleIs(Role.HELPER))


@router.message(CommandStart())
async def start(message: Message, texts: Texts, lang: str) -> None:
    await message.answer(texts.get(lang, "help.helper"))


@router.message(Command("available", "away"))
async def duty(
    message: Message,
    command: CommandObject,
    uow: UnitOfWork,
    person: Person,
    policy: Policy,
    now: datetime,
    texts: Texts,
    lang: str,
) -> None:
    if await helpers.needs_name(uow, person):
        await message.answer(texts.get(lang, "helper.need_name"))
        return
    await helpers.set_duty(uow, person, command.command == "available", now, policy)


@router.message(Command("switch"))
async def switch(
    message: Message, command: CommandObject, uow: UnitOfWork, person: Person, now: datetime
) -> None:
    if command.args:
        await conversations.switch_by_pseudonym(uow, person, command.args, now)
    else:
        await conversations.offer_switch(uow, person, now)
        await uow.commit()


@router.message(Command("end"))
async def end(
    message: Message, uow: UnitOfWork, person: Person, policy: Policy, now: datetime
) -> None:
    await conversations.end_by(uow, person, now, policy)


@router.message(F.text.startswith("/"))
async def unknown_command(message: Message, texts: Texts, lang: str) -> None:
    await message.answer(texts.get(lang, "unknown_command"))


@router.message(F.content_type.in_(RELAYABLE))
async def relay(
    message: Message, uow: UnitOfWork, person: Person, now: datetime, texts: Texts, lang: str
) -> None:
    if await helpers.needs_name(uow, person):
        if message.text:
            await helpers.set_name(uow, person, message.text, now)
        else:
            await message.answer(texts.get(lang, "helper.need_name"))
        return
    reply_to = message.reply_to_message.message_id if message.reply_to_message else None
    await conversations.from_helper(uow, person, message.message_id, reply_to, now)
    await uow.commit()


@router.message()
async def unsupported(message: Message, texts: Texts, lang: str) -> None:
    await message.answer(texts.get(lang, "unsupported"))


@router.callback_query(Btn.filter(F.a == "offer"))
async def offer_answer(
    query: CallbackQuery,
    callback_data: Btn,
    uow: UnitOfWork,
    person: Person,
    policy: Policy,
    now: datetime,
    snippets: Snippets,
    texts: Texts,
    lang: str,
) -> None:
    if callback_data.v == "accept":
        toast = await offers.accept(uow, person, callback_data.i, now, policy, snippets)
    elif callback_data.v == "decline":
        toast = await offers.decline(uow, person, callback_data.i, now, policy)
    else:
        toast = "toast.invalid"
    await query.answer(
        texts.get(lang, toast), show_alert=toast not in ("toast.accepted", "toast.declined")
    )


@router.callback_query(Btn.filter(F.a == "switch"))
async def switch_chosen(
    query: CallbackQuery,
    callback_data: Btn,
    uow: UnitOfWork,
    person: Person,
    now: datetime,
    texts: Texts,
    lang: str,
) -> None:
    toast = await conversations.switch(uow, person, callback_data.i, now)
    await query.answer(texts.get(lang, toast))


@router.callback_query(Btn.filter(F.a == "db"))
async def debrief_answer(
    query: CallbackQuery, callback_data: Btn, uow: UnitOfWork, person: Person, policy: Policy,
    now: datetime, texts: Texts, lang: str,
) -> None:
    toast = await followups.answer_debrief(
        uow, person, callback_data.i, callback_data.v == "yes", now, policy)
    await query.answer(texts.get(lang, toast))

"""Peer helpers' tools: /profile, /transfer, /escalate and the /resources directory."""

from __future__ import annotations

import contextlib
from datetime import datetime

from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from handlers.callbacks import Btn
from handlers.filters import RoleIs
from handlers.i18n import Texts
from handlers.keyboards import render_keyboard
from matching.models import Person, Role
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.resources import Directory
from matching.services import tools

router = Router(name=__name__)
router.message.filter(RoleIs(Role.HELPER))
router.callback_query.filter(RoleIs(Role.HELPER))


@router.message(Command("profile"))
async def profile(message: Message, uow: UnitOfWork, person: Person, now: datetime) -> None:
    await tools.show_profile(uow, person, now)
    await uow.commit()


@router.callback_query(Btn.filter(F.a == "pf"))
async def profile_changed(query: CallbackQuery, callback_data: Btn, uow: UnitOfWork,
                          person: Person, policy: Policy, now: datetime, texts: Texts,
                          lang: str) -> None:
    toast, rows = await tools.change_profile(uow, person, callback_data.v, now, policy)
    await uow.commit()
    await query.answer(texts.get(lang, toast))
    if rows is not None and query.message is not None:
        with contextlib.suppress(TelegramBadRequest):
            await query.bot.edit_message_reply_markup(  # type: ignore[union-attr]
                chat_id=query.message.chat.id, message_id=query.message.message_id,
                reply_markup=render_keyboard(texts, lang, rows),
            )


@router.message(Command("transfer"))
async def transfer(message: Message, command: CommandObject, uow: UnitOfWork, person: Person,
                   policy: Policy, now: datetime) -> None:
    await tools.transfer(uow, person, (command.args or "").strip(), now, policy)
    await uow.commit()


@router.message(Command("escalate"))
async def escalate(message: Message, uow: UnitOfWork, person: Person, policy: Policy,
                   now: datetime) -> None:
    await tools.escalate(uow, person, now, policy)
    await uow.commit()


@router.message(Command("resources"))
async def resources(message: Message, directory: Directory, texts: Texts, lang: str) -> None:
    rows = tools.resource_buttons(directory, lang)
    if not rows:
        await message.answer(texts.get(lang, "rs.empty"))
        return
    await message.answer(texts.get(lang, "rs.title"),
                         reply_markup=render_keyboard(texts, lang, rows))


@router.callback_query(Btn.filter(F.a == "rs"))
async def resource_chosen(query: CallbackQuery, callback_data: Btn, uow: UnitOfWork,
                          person: Person, directory: Directory, now: datetime, texts: Texts,
                          lang: str) -> None:
    toast = await tools.share_resource(uow, person, callback_data.v, directory, now)
    await uow.commit()
    await query.answer(texts.get(lang, toast), show_alert=toast != "toast.resource_sent")

"""Coordinators' commands in chat."""

from __future__ import annotations

from datetime import datetime

from aiogram import F, Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from handlers.filters import RoleIs
from handlers.i18n import Texts
from matching.models import Person, Role
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.services import helpers, intake

router = Router(name=__name__)
router.message.filter(RoleIs(Role.COORDINATOR))
router.callback_query.filter(RoleIs(Role.COORDINATOR))


@router.message(CommandStart())
async def start(
    message: Message, texts: Texts, lang: str, uow: UnitOfWork, policy: Policy, now: datetime
) -> None:
    await intake.person_for(uow, message.chat.id, lang, policy, now)
    await uow.commit()
    await message.answer(texts.get(lang, "help.coordinator"))


@router.message(Command("invite"))
async def invite(
    message: Message,
    uow: UnitOfWork,
    person: Person | None,
    policy: Policy,
    now: datetime,
    lang: str,
) -> None:
    if person is None:
        person, _ = await intake.person_for(uow, message.chat.id, lang, policy, now)
    await helpers.create_invite(uow, person, now, policy)


@router.message(F.text.startswith("/"))
async def unknown_command(message: Message, texts: Texts, lang: str) -> None:
    await message.answer(texts.get(lang, "unknown_command"))


@router.message()
async def anything_else(message: Message, texts: Texts, lang: str) -> None:
    await message.answer(texts.get(lang, "help.coordinator"))

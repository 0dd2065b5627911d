"""Commands for everyone: /help and /language."""

from __future__ import annotations

from datetime import datetime

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from handlers.callbacks import Btn
from handlers.i18n import Texts
from handlers.keyboards import render_keyboard
from matching.models import Person, Role
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.services import intake
from matching.services.notify import button

router = Router(name=__name__)

_HELP = {
    Role.SEEKER: "help.seeker",
    Role.HELPER: "help.helper",
    Role.COORDINATOR: "help.coordinator",
}


@router.message(Command("help"))
async def help_command(message: Message, texts: Texts, lang: str, role: Role) -> None:
    await message.answer(texts.get(lang, _HELP[role]))


@router.message(Command("language"))
async def language_command(message: Message, texts: Texts, lang: str) -> None:
    rows = [[button("btn.lang_fr", "lang", "fr"), button("btn.lang_en", "lang", "en")]]
    await message.answer(
        texts.get(lang, "language.choose"), reply_markup=render_keyboard(texts, lang, rows)
    )


@router.callback_query(Btn.filter(F.a == "lang"))
async def language_chosen(
    query: CallbackQuery,
    callback_data: Btn,
    texts: Texts,
    uow: UnitOfWork,
    person: Person | None,
    policy: Policy,
    now: datetime,
) -> None:
    if callback_data.v not in policy.languages:
        await query.answer(texts.get(texts.default, "toast.invalid"))
        return
    if person is None:
        person, _ = await intake.person_for(uow, query.from_user.id, callback_data.v, policy, now)
    person.language = callback_data.v
    await uow.commit()
    await query.answer(texts.get(person.language, "toast.noted"))
    if query.message is not None:
        await query.message.answer(texts.get(person.language, "language.set"))

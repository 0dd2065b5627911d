"""The seeker's after-care: check-ins, outcome questions, /mydata, /forget and /report."""

from __future__ import annotations

from datetime import datetime

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from handlers.callbacks import Btn
from handlers.filters import RoleIs
from handlers.i18n import Texts
from matching.models import Person, Role
from matching.policy import Policy
from matching.ports import Snippets, UnitOfWork
from matching.services import followups, privacy, tools

router = Router(name=__name__)
router.message.filter(RoleIs(Role.SEEKER))
router.callback_query.filter(RoleIs(Role.SEEKER))


@router.message(Command("mydata"))
async def my_data(
    message: Message, uow: UnitOfWork, person: Person | None, policy: Policy, now: datetime,
    texts: Texts, lang: str,
) -> None:
    if person is None:
        await message.answer(texts.get(lang, "mydata.nothing"))
        return
    await privacy.my_data(uow, person, now, policy)


@router.message(Command("report"))
async def report(
    message: Message, uow: UnitOfWork, person: Person | None, policy: Policy, now: datetime,
    texts: Texts, lang: str,
) -> None:
    if person is None:
        await message.answer(texts.get(lang, "report.nothing"))
        return
    await tools.report(uow, person, now, policy)
    await uow.commit()


@router.message(Command("forget"))
async def forget(
    message: Message, uow: UnitOfWork, person: Person | None, now: datetime, texts: Texts,
    lang: str,
) -> None:
    if person is None:
        await message.answer(texts.get(lang, "mydata.nothing"))
        return
    await privacy.ask_forget(uow, person, now)


@router.callback_query(Btn.filter(F.a == "forget"))
async def forget_answer(
    query: CallbackQuery, callback_data: Btn, uow: UnitOfWork, person: Person | None,
    now: datetime, policy: Policy, snippets: Snippets, texts: Texts, lang: str,
) -> None:
    if person is None or callback_data.v != "yes":
        await query.answer(texts.get(lang, "forget.kept"))
        return
    await query.answer(texts.get(lang, await privacy.forget(uow, person, now, policy, snippets)))


@router.callback_query(Btn.filter(F.a.in_({"fu", "ci", "oc"})))
async def aftercare_answer(
    query: CallbackQuery, callback_data: Btn, uow: UnitOfWork, person: Person | None,
    now: datetime, policy: Policy, texts: Texts, lang: str,
) -> None:
    if person is None:
        await query.answer(texts.get(lang, "toast.stale"), show_alert=True)
        return
    if callback_data.a == "fu":
        toast = await followups.answer_followup(
            uow, person, callback_data.i, callback_data.v == "yes", now, policy)
    elif callback_data.a == "ci":
        toast = await followups.answer_checkin(
            uow, person, callback_data.i, callback_data.v, now, policy)
    else:
        toast = await followups.answer_outcome(uow, person, callback_data.i, callback_data.v, now)
    await query.answer(texts.get(lang, toast))

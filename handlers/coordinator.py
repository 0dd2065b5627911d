"""Coordinators' commands in chat. Seekers appear by pseudonym only; every action is audited."""

from __future__ import annotations

from datetime import datetime, timedelta

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import BufferedInputFile, Message

from handlers import reports
from handlers.filters import RoleIs
from handlers.i18n import Texts
from matching.models import Person, Role
from matching.policy import Policy
from matching.ports import UnitOfWork
from matching.services import admin, helpers, intake, tools

router = Router(name=__name__)
router.message.filter(RoleIs(Role.COORDINATOR))
router.callback_query.filter(RoleIs(Role.COORDINATOR))


async def me(uow: UnitOfWork, message: Message, person: Person | None, lang: str,
             policy: Policy, now: datetime) -> Person:
    if person is not None:
        return person
    person, _ = await intake.person_for(uow, message.chat.id, lang, policy, now)
    return person


@router.message(CommandStart())
async def start(
    message: Message, texts: Texts, lang: str, uow: UnitOfWork, policy: Policy, now: datetime
) -> None:
    await intake.person_for(uow, message.chat.id, lang, policy, now)
    await uow.commit()
    await message.answer(texts.get(lang, "help.coordinator"))


@router.message(Command("invite"))
async def invite(message: Message, uow: UnitOfWork, person: Person | None, policy: Policy,
                 now: datetime, lang: str) -> None:
    actor = await me(uow, message, person, lang, policy, now)
    await admin.audit(uow, actor, "invite", now)
    await helpers.create_invite(uow, actor, now, policy)


#: Commands that switch something about one person on or off: service, and the flag it gets.
SWITCHES = {
    "promote": (admin.set_role, True), "demote": (admin.set_role, False),
    "suspend": (admin.set_suspended, True), "reinstate": (admin.set_suspended, False),
    "ban": (admin.set_banned, True), "unban": (admin.set_banned, False),
}


@router.message(Command(*SWITCHES))
async def switch(message: Message, command: CommandObject, uow: UnitOfWork,
                 person: Person | None, policy: Policy, now: datetime, lang: str) -> None:
    """/promote /demote <name>, /suspend /reinstate <name>, /ban /unban <pseudonym>."""
    actor = await me(uow, message, person, lang, policy, now)
    service, on = SWITCHES[command.command]
    await service(uow, actor, (command.args or "").strip(), on, now, policy)
    await uow.commit()


@router.message(Command("assign"))
async def assign(message: Message, command: CommandObject, uow: UnitOfWork,
                 person: Person | None, policy: Policy, now: datetime, lang: str,
                 texts: Texts) -> None:
    who, _, name = (command.args or "").strip().partition(" ")
    if not who or not name.strip():
        await message.answer(texts.get(lang, "admin.assign_usage"))
        return
    actor = await me(uow, message, person, lang, policy, now)
    await admin.assign(uow, actor, who, name.strip(), now, policy)
    await uow.commit()


@router.message(Command("helpers"))
async def helpers_list(message: Message, uow: UnitOfWork, person: Person | None, policy: Policy,
                       now: datetime, lang: str, texts: Texts) -> None:
    actor = await me(uow, message, person, lang, policy, now)
    rows = await admin.helper_rows(uow)
    await admin.audit(uow, actor, "helpers", now)
    await uow.commit()
    await message.answer(reports.helpers_text(texts, lang, rows, now))


@router.message(Command("queue"))
async def queue(message: Message, uow: UnitOfWork, person: Person | None, policy: Policy,
                now: datetime, lang: str, texts: Texts) -> None:
    actor = await me(uow, message, person, lang, policy, now)
    rows = await admin.queue_rows(uow, now)
    await admin.audit(uow, actor, "queue", now)
    await uow.commit()
    await message.answer(reports.queue_text(texts, lang, rows))


@router.message(Command("callout"))
async def callout(message: Message, command: CommandObject, uow: UnitOfWork,
                  person: Person | None, policy: Policy, now: datetime, lang: str,
                  texts: Texts) -> None:
    text = (command.args or "").strip()
    everyone = text.split(" ", 1)[0].lower() in {"all", "tous"}
    if everyone:
        text = text.split(" ", 1)[1].strip() if " " in text else ""
    if not text:
        await message.answer(texts.get(lang, "admin.callout_usage"))
        return
    actor = await me(uow, message, person, lang, policy, now)
    await admin.callout(uow, actor, text[:1000], everyone, now)
    await uow.commit()


@router.message(Command("hours"))
async def hours(message: Message, command: CommandObject, uow: UnitOfWork,
                person: Person | None, policy: Policy, now: datetime, lang: str) -> None:
    actor = await me(uow, message, person, lang, policy, now)
    await tools.set_hours(uow, actor, command.args or "", now, policy)
    await uow.commit()


def _days(command: CommandObject, texts: Texts, lang: str) -> int | str:
    arg = (command.args or "").strip()
    if not arg:
        return 30
    if not arg.isdigit() or not 1 <= int(arg) <= 366:
        return texts.get(lang, "stats.usage")
    return int(arg)


@router.message(Command("stats", "export"))
async def stats(message: Message, command: CommandObject, uow: UnitOfWork,
                person: Person | None, policy: Policy, now: datetime, lang: str,
                texts: Texts) -> None:
    days = _days(command, texts, lang)
    if isinstance(days, str):
        await message.answer(days)
        return
    actor = await me(uow, message, person, lang, policy, now)
    since = now - timedelta(days=days + 1)
    figures = await reports.gather(uow, since, now, days, policy)
    await admin.audit(uow, actor, command.command, now, str(days))
    await uow.commit()
    if command.command == "export":
        data = reports.csv_bytes(figures)
        name = f"pairline-{now:%Y%m%d}-{days}d.csv"
        await message.answer_document(BufferedInputFile(data, name),
                                      caption=texts.get(lang, "stats.export", days=days))
        return
    png = reports.chart(texts, lang, figures, days)
    await message.answer_photo(BufferedInputFile(png, f"pairline-stats-{days}d.png"),
                               caption=reports.summary_text(texts, lang, figures, days))


@router.message(F.text.startswith("/"))
async def unknown_command(message: Message, texts: Texts, lang: str) -> None:
    await message.answer(texts.get(lang, "unknown_command"))


@router.message()
async def anything_else(message: Message, texts: Texts, lang: str) -> None:
    await message.answer(texts.get(lang, "help.coordinator"))

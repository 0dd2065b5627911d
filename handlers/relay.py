"""Edits, for seekers and helpers alike: applied to the copy on the other side."""

from __future__ import annotations

from datetime import datetime

from aiogram import Router
from aiogram.types import Message

from matching.models import Person, Role
from matching.policy import Policy
from matching.ports import Transport, UnitOfWork
from matching.services import crisis, edits

router = Router(name=__name__)


@router.edited_message()
async def edited(
    message: Message,
    uow: UnitOfWork,
    person: Person | None,
    transport: Transport,
    policy: Policy,
    now: datetime,
) -> None:
    text = message.text if message.text is not None else message.caption
    if person is None or text is None:
        return
    if person.role is Role.SEEKER:
        request = await uow.requests.open_for_seeker(person.id or 0)
        conversation = await uow.conversations.active_for_seeker(person.id or 0)
        await crisis.screen(uow, person, text, now, policy, request, conversation)
        await uow.commit()
    await edits.relay_edit(
        uow,
        transport,
        message.chat.id,
        message.message_id,
        text,
        caption=message.text is None,
    )

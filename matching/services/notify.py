"""Writing to the outbox: every message the bot owes somebody is a row before it is sent."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from matching.models import OutboxItem, Person
from matching.policy import Policy
from matching.ports import UnitOfWork

Button = dict[str, Any]
Keyboard = list[list[Button]]


def button(label: str, action: str, value: str = "", ident: int = 0, **params: Any) -> Button:
    """An inline button: ``label`` is a text key; the transport packs action/value/id."""
    result: Button = {"t": label, "a": action, "v": value, "i": ident}
    if params:
        result["p"] = params
    return result


def url_button(label: str, url: str) -> Button:
    return {"t": label, "u": url}


async def say(
    uow: UnitOfWork,
    person: Person,
    key: str,
    now: datetime,
    *,
    buttons: Keyboard | None = None,
    conversation_id: int | None = None,
    extra: dict[str, object] | None = None,
    **params: Any,
) -> OutboxItem:
    """Queue a text (a catalog key and its parameters, never user text) for ``person``."""
    return await say_to(
        uow,
        person.telegram_id,
        person.language,
        key,
        now,
        buttons=buttons,
        conversation_id=conversation_id,
        extra=extra,
        **params,
    )


async def say_to(
    uow: UnitOfWork,
    chat_id: int,
    language: str,
    key: str,
    now: datetime,
    *,
    buttons: Keyboard | None = None,
    conversation_id: int | None = None,
    extra: dict[str, object] | None = None,
    **params: Any,
) -> OutboxItem:
    payload: dict[str, object] = {"key": key, "lang": language, "params": params}
    if buttons:
        payload["buttons"] = buttons
    if extra:
        payload.update(extra)
    item = OutboxItem(
        chat_id=chat_id,
        kind="text",
        payload=payload,
        created_at=now,
        next_attempt_at=now,
        conversation_id=conversation_id,
    )
    await uow.outbox.add(item)
    return item


def copy_item(
    to_chat: int,
    from_chat: int,
    message_id: int,
    now: datetime,
    conversation_id: int,
    reply_to_message_id: int | None = None,
) -> OutboxItem:
    """An anonymous copy (copyMessage, never forward) of a message into ``to_chat``.

    ``reply_to_message_id`` is the message the original replied to, in ``from_chat``; the copy
    replies to its counterpart on the other side, resolved when it is sent.
    """
    payload: dict[str, object] = {"from_chat": from_chat, "message_id": message_id}
    if reply_to_message_id is not None:
        payload["reply_to_src"] = reply_to_message_id
    return OutboxItem(
        chat_id=to_chat,
        kind="copy",
        payload=payload,
        created_at=now,
        next_attempt_at=now,
        conversation_id=conversation_id,
    )


async def copy(
    uow: UnitOfWork,
    to: Person,
    from_chat: int,
    message_id: int,
    now: datetime,
    conversation_id: int,
    reply_to_message_id: int | None = None,
) -> OutboxItem:
    """Queue a copy (``copy_item``) of a message into ``to``'s chat."""
    item = copy_item(
        to.telegram_id, from_chat, message_id, now, conversation_id, reply_to_message_id
    )
    await uow.outbox.add(item)
    return item


async def set_buttons(
    uow: UnitOfWork,
    person: Person,
    message_id: int,
    now: datetime,
    buttons: Keyboard | None = None,
) -> None:
    """Replace (or remove) the buttons of a message the bot sent earlier."""
    await edit_buttons(uow, person.telegram_id, message_id, now, buttons)


async def edit_buttons(
    uow: UnitOfWork, chat_id: int, message_id: int, now: datetime, buttons: Keyboard | None = None
) -> None:
    """Queue the edit of a sent message's buttons: ``buttons`` instead, or none."""
    payload: dict[str, object] = {"message_id": message_id, "buttons": buttons or []}
    await uow.outbox.add(
        OutboxItem(
            chat_id=chat_id,
            kind="edit_markup",
            payload=payload,
            created_at=now,
            next_attempt_at=now,
        )
    )


async def alert_coordinators(
    uow: UnitOfWork, policy: Policy, key: str, now: datetime, **params: Any
) -> int:
    """Tell every coordinator (from the settings and promoted ones). Pseudonyms only."""
    people = {p.telegram_id: p for p in await uow.people.coordinators()}
    targets = set(policy.coordinator_ids) | set(people)
    for chat_id in sorted(targets):
        person = people.get(chat_id)
        language = person.language if person else policy.default_language
        await say_to(uow, chat_id, language, key, now, **params)
    return len(targets)

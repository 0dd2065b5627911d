"""Cross-cutting work around every update: order per chat, unit of work, role, language, floods."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject, Update, User

from handlers.i18n import Texts
from matching.models import Level, Role
from matching.ports import UnitOfWorkFactory
from matching.triage import assess

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


def _user(update: Update) -> User | None:
    event = update.message or update.edited_message or update.callback_query
    return event.from_user if event is not None else None


class ChatOrderMiddleware(BaseMiddleware):
    """Updates from one person are handled one at a time, in arrival order."""

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user = _user(event) if isinstance(event, Update) else None
        if user is None:
            return await handler(event, data)
        lock = self._locks.get(user.id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[user.id] = lock
        async with lock:
            return await handler(event, data)


class ContextMiddleware(BaseMiddleware):
    """Opens the unit of work, finds who is writing, picks the language, wakes delivery after."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        texts: Texts,
        coordinator_ids: frozenset[int],
        now: Callable[[], Any],
        kick: Callable[[], None],
    ) -> None:
        self._uow_factory = uow_factory
        self._texts = texts
        self._coordinators = coordinator_ids
        self._now = now
        self._kick = kick

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user = _user(event) if isinstance(event, Update) else None
        async with self._uow_factory() as uow:
            person = await uow.people.by_telegram(user.id) if user else None
            role = person.role if person else Role.SEEKER
            if user is not None and user.id in self._coordinators:
                role = Role.COORDINATOR
                if person is not None and person.role is not Role.COORDINATOR:
                    person.role = Role.COORDINATOR
            data.update(
                uow=uow,
                person=person,
                role=role,
                now=self._now(),
                lang=person.language
                if person
                else self._texts.language(user.language_code if user else None),
            )
            try:
                return await handler(event, data)
            finally:
                self._kick()


def _crisis(event: TelegramObject) -> bool:
    """Crisis wording always gets through, flood or not: the crisis layer must see it."""
    text = (event.text or event.caption) if isinstance(event, Message) else None
    return bool(text) and assess(text or "").level is Level.CRISIS


class FloodMiddleware(BaseMiddleware):
    """Too many messages in a short time: the person is told once per burst that the excess was
    not passed on (never a silent drop); crisis wording is always let through."""

    def __init__(self, hit: Callable[[str], Awaitable[bool]], texts: Texts) -> None:
        self._hit = hit
        self._texts = texts
        self._warned: set[int] = set()

    async def admit(self, uid: int) -> bool:
        """Counts one message from ``uid``; False once they are over the limit (the relay's fast
        lane asks too, and leaves a refused message to this middleware, which tells them)."""
        if await self._hit(f"flood:{uid}"):
            self._warned.discard(uid)
            return True
        return False

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if not isinstance(event, Message | CallbackQuery) or event.from_user is None:
            return await handler(event, data)
        uid = event.from_user.id
        if await self.admit(uid) or _crisis(event):
            self._warned.discard(uid)
            return await handler(event, data)
        if uid not in self._warned:
            self._warned.add(uid)
            text = self._texts.get(data.get("lang", self._texts.default), "flood")
            if isinstance(event, Message):
                await event.answer(text)
            else:
                await event.answer(text, show_alert=True)
        elif isinstance(event, CallbackQuery):
            await event.answer()
        return None

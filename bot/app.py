"""Wiring: settings -> storage, transport, services, handlers, scheduler. Nothing runs at import."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import BotCommand, ErrorEvent

from bot.config import OFFICIAL_API, Settings
from bot.polling import AckAfterHandling
from bot.resources import load_directory
from bot.startup import settle_memory
from bot.transport import AiogramTransport
from bot.webhook import WebhookServer, default_secret
from handlers import (
    aftercare,
    common,
    coordinator,
    fallback,
    helper,
    helper_tools,
    refusals,
    relay,
    seeker,
)
from handlers.i18n import Texts
from handlers.lane import FastLane
from handlers.middlewares import ChatOrderMiddleware, ContextMiddleware, FloodMiddleware
from matching.policy import Policy
from matching.services import privacy
from matching.services.delivery import Deliverer
from scheduler import jobs
from storage.database import make_engine, make_session_factory
from storage.ephemeral import (
    MemoryRateLimiter,
    MemorySnippets,
    RedisRateLimiter,
    RedisSnippets,
    make_redis,
)
from storage.migrate import upgrade
from storage.uow import make_uow_factory

log = logging.getLogger(__name__)
SNIPPET_TTL = 7 * 86400


def utcnow() -> datetime:
    return datetime.now(UTC)


def make_bot(settings: Settings) -> Bot:
    token = settings.bot_token.get_secret_value() if settings.bot_token else ""
    if settings.telegram_api_url == OFFICIAL_API:
        return Bot(token=token)
    api = TelegramAPIServer.from_base(settings.telegram_api_url)
    return Bot(token=token, session=AiohttpSession(api=api))


def make_policy(settings: Settings, bot_username: str) -> Policy:
    return Policy(
        offer_timeout=timedelta(seconds=settings.offer_timeout),
        idle_after=settings.idle_after,
        alert_wait=settings.alert_after,
        followup_delays=tuple(settings.followups),
        retention=timedelta(days=settings.retention_days),
        coordinator_ids=frozenset(settings.coordinator_ids),
        default_language=settings.default_language,
        bot_username=bot_username,
        quiet_hours=settings.quiet,
        timezone=settings.timezone,
        triage_model=settings.triage_model,
        crisis_reply_every=settings.crisis_reply_every,
    )


@dataclass
class Pairline:
    settings: Settings
    bot: Bot
    dispatcher: AckAfterHandling
    deliverer: Deliverer
    policy: Policy
    texts: Texts
    uow_factory: Any
    engine: Any
    redis: Any = None
    _wake: asyncio.Event = field(default_factory=asyncio.Event)
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)
    _tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    _scheduler: Any = None
    _jobs: jobs.JobContext | None = None
    webhook: WebhookServer | None = None

    def kick(self) -> None:
        self._wake.set()

    async def _pump(self) -> None:
        """Deliver the outbox as soon as a handler wrote to it (the sweep job retries later)."""
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self.deliverer.run_once()
            except Exception:
                log.exception("delivery failed; the sweep will retry")

    async def start_background(self) -> bool:
        """Start-up work, then timers and delivery; False when ``stop`` came first (a first
        start trains the triage model for seconds: a Ctrl-C then must not wait for it)."""
        settling = asyncio.ensure_future(settle_memory(self.policy,
                                                       self.settings.triage_model_dir))
        stopping = asyncio.ensure_future(self._stopping.wait())
        await asyncio.wait((settling, stopping), return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not settling.done():
            settling.cancel()
            return False
        settling.result()
        self._jobs = jobs.JobContext(self.uow_factory, self.policy, self.deliverer, utcnow)
        jobs.configure(self._jobs)
        await privacy.ensure_retention_timer(self.uow_factory, utcnow())
        await self.deliverer.release_stale()
        await jobs.rematch(self._jobs)  # claims a dead process left, waiting requests
        await jobs.sweep(self._jobs)  # work that fell due while the bot was down
        self._scheduler = jobs.make_scheduler(context=self._jobs)
        self._scheduler.start()
        self._tasks.append(asyncio.create_task(self._pump(), name="outbox-pump"))
        self.kick()
        return True

    async def run_polling(self) -> None:
        try:
            if not await self.start_background():
                return
            if (await self.bot.get_webhook_info()).url:  # left by webhook mode: keep its updates
                await self.bot.delete_webhook(drop_pending_updates=False)
            if not self._stopping.is_set():  # no await between this check and polling's lock
                await self.dispatcher.start_polling(
                    self.bot, handle_signals=False, close_bot_session=False
                )
        finally:
            await self.close()

    async def run_webhook(self) -> None:
        """Telegram pushes updates to ``WEBHOOK_URL``; each is answered once handled."""
        settings = self.settings
        assert settings.webhook_url is not None
        token = settings.bot_token.get_secret_value() if settings.bot_token else ""
        secret = (settings.webhook_secret.get_secret_value() if settings.webhook_secret
                  else default_secret(token))
        host, _, port = settings.webhook_listen.rpartition(":")
        self.webhook = WebhookServer(self.bot, self.dispatcher,
                                     urlsplit(settings.webhook_url).path, secret)
        try:
            if not await self.start_background():
                return
            await self.webhook.start(host, int(port))
            await self.bot.set_webhook(
                settings.webhook_url, secret_token=secret,
                max_connections=settings.webhook_connections,
                allowed_updates=self.dispatcher.resolve_used_update_types(),
            )
            await self._stopping.wait()
        finally:
            await self.webhook.stop()
            await self.close()

    async def run_worker(self) -> None:
        """Timed work and delivery only, no polling: the extra processes beside the one poller
        (``getUpdates`` has one consumer; on PostgreSQL timers and the outbox are claimed
        atomically, so each item is done once whichever process takes it)."""
        try:
            if await self.start_background():
                await self._stopping.wait()
        finally:
            await self.close()

    async def stop(self) -> None:
        """Stop polling, whether it has started yet or not (a signal may come at any time)."""
        self._stopping.set()
        with contextlib.suppress(RuntimeError):  # not polling yet: run_polling will not start
            await self.dispatcher.stop_polling()

    async def close(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        if self._jobs is not None and jobs.current() is self._jobs:
            jobs.configure(None)  # another bot in this process may have configured its own
        await self.bot.session.close()
        if self.redis is not None:
            await self.redis.aclose()
        await self.engine.dispose()


async def build(settings: Settings, migrate: bool = True) -> Pairline:
    if migrate:
        await upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    uow_factory = make_uow_factory(make_session_factory(engine))
    texts = Texts.load(settings.default_language)
    bot = make_bot(settings)
    try:
        me = await bot.get_me()
    except Exception:
        await bot.session.close()
        await engine.dispose()
        raise
    policy = make_policy(settings, me.username or "pairline_bot")
    redis = make_redis(settings.redis_url) if settings.redis_url else None
    if redis is not None:
        snippets: Any = RedisSnippets(redis, SNIPPET_TTL)
        limiter: Any = RedisRateLimiter(redis, settings.flood_limit, settings.flood_window)
    else:
        snippets = MemorySnippets(SNIPPET_TTL)
        limiter = MemoryRateLimiter(settings.flood_limit, settings.flood_window)
    transport = AiogramTransport(bot, texts)
    deliverer = Deliverer(uow_factory, transport, snippets, policy, utcnow)
    dispatcher = AckAfterHandling(
        disable_fsm=True,  # no FSM: conversation state lives in the database
        policy=policy,
        texts=texts,
        snippets=snippets,
        transport=transport,
        directory=load_directory(settings.resources_file),
    )
    app = Pairline(settings, bot, dispatcher, deliverer, policy, texts, uow_factory, engine, redis)
    dispatcher.update.outer_middleware(ChatOrderMiddleware())
    dispatcher.update.outer_middleware(
        ContextMiddleware(uow_factory, texts, policy.coordinator_ids, utcnow, app.kick)
    )
    flood = FloodMiddleware(limiter.hit, texts)
    dispatcher.message.middleware(flood)
    if settings.fast_lane:
        dispatcher.lane = FastLane(uow_factory, transport, policy, flood, utcnow)
    routers = [
        common.router,
        relay.router,
        coordinator.router,
        helper_tools.router,
        refusals.router,
        helper.router,
        aftercare.router,
        seeker.router,
        fallback.router,
    ]
    for router in routers:
        # Module-level routers (aiogram's style) remember one parent; a second build in the same
        # process (tests, a restart) attaches them to the new dispatcher.
        router._parent_router = None
    dispatcher.include_routers(*routers)
    dispatcher.errors.register(_on_error)
    dispatcher["app"] = app
    await _set_commands(bot)
    return app


async def _on_error(event: ErrorEvent, texts: Texts, lang: str = "fr") -> bool:
    log.exception("update failed", exc_info=event.exception)
    update = event.update
    with contextlib.suppress(Exception):
        if update.message is not None:
            await update.message.answer(texts.get(lang, "error.generic"))
        elif update.callback_query is not None:
            await update.callback_query.answer(texts.get(lang, "error.generic"), show_alert=True)
    return True


async def _set_commands(bot: Bot) -> None:
    commands = {
        "fr": [
            ("start", "Commencer"),
            ("help", "Aide"),
            ("end", "Terminer"),
            ("language", "Langue"),
        ],
        "en": [("start", "Begin"), ("help", "Help"), ("end", "End"), ("language", "Language")],
    }
    with contextlib.suppress(Exception):
        for code, items in commands.items():
            await bot.set_my_commands(
                [BotCommand(command=c, description=d) for c, d in items], language_code=code
            )

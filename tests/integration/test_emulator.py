"""The Bot API emulator driven by real aiogram over HTTP."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageId,
    ReplyParameters,
)
from aiohttp import ClientSession, web

from bot.emulator import Emulator, EmulatorClient, EmulatorError

ALICE, BOB = 1001, 1002
TOKEN = "123:abc"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t, callback_data=d)] for t, d in pairs]
    )


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    emulator = Emulator(bot_username="pairline_bot")
    await emulator.start(host="127.0.0.1", port=0)
    yield emulator
    await emulator.stop()


@pytest.fixture
async def client(emu: Emulator) -> AsyncIterator[EmulatorClient]:
    async with EmulatorClient(emu.url) as c:
        await c.add_user(ALICE, "Alice", username="alice", language_code="en")
        await c.add_user(BOB, "Bob", last_name="Stone", language_code="fr")
        yield c


@pytest.fixture
async def bot(emu: Emulator) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(emu.url))
    b = Bot(token=TOKEN, session=session)
    yield b
    await b.session.close()


@contextlib.asynccontextmanager
async def polling(dp: Dispatcher, bot: Bot) -> AsyncIterator[None]:
    task = asyncio.create_task(
        dp.start_polling(bot, handle_signals=False, close_bot_session=False, polling_timeout=1)
    )
    try:
        yield
    finally:
        with contextlib.suppress(RuntimeError):
            await dp.stop_polling()
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            await asyncio.wait_for(task, 5)


async def test_get_me_returns_the_configured_username_and_token_id(bot: Bot) -> None:
    me = await bot.get_me()
    assert me.username == "pairline_bot"
    assert me.id == 123 and me.is_bot


async def test_sent_text_with_buttons_appears_in_the_chat_history(
    bot: Bot, client: EmulatorClient
) -> None:
    sent = await bot.send_message(ALICE, "hello Alice", reply_markup=keyboard(("Yes", "yes:1")))
    assert sent.chat.id == ALICE and sent.from_user is not None and sent.from_user.is_bot
    stored = (await client.messages(ALICE))[-1]
    assert stored["text"] == "hello Alice" and stored["from"] == "bot"
    assert stored["message_id"] == sent.message_id
    assert stored["reply_markup"] == {
        "inline_keyboard": [[{"text": "Yes", "callback_data": "yes:1"}]]
    }


async def test_message_ids_increase_per_chat(bot: Bot, client: EmulatorClient) -> None:
    first = await bot.send_message(ALICE, "one")
    second = await bot.send_message(ALICE, "two")
    other = await bot.send_message(BOB, "one")
    assert second.message_id == first.message_id + 1
    assert other.message_id == 1


async def test_copy_message_returns_message_id_and_copy_is_not_forwarded(
    bot: Bot, client: EmulatorClient
) -> None:
    original = await client.send_text(ALICE, "I feel alone")
    result = await bot.copy_message(
        chat_id=BOB,
        from_chat_id=ALICE,
        message_id=original["message_id"],
        reply_parameters=ReplyParameters(message_id=999, allow_sending_without_reply=True),
    )
    assert isinstance(result, MessageId)
    copy = (await client.messages(BOB))[-1]
    assert copy["message_id"] == result.message_id
    assert copy["text"] == "I feel alone"
    assert copy["copied_from"] == {"chat_id": ALICE, "message_id": original["message_id"]}
    assert copy["forwarded"] is False
    assert await client.calls(method="forwardMessage") == []
    assert len(await client.calls(method="copyMessage")) == 1


async def test_copy_messages_copies_a_run_in_order_and_skips_unknown_ids(
    bot: Bot, client: EmulatorClient
) -> None:
    first = await client.send_text(ALICE, "one")
    second = await client.send_text(ALICE, "two")
    ids = [first["message_id"], second["message_id"], second["message_id"] + 50]
    result = await bot.copy_messages(chat_id=BOB, from_chat_id=ALICE, message_ids=ids)
    copied = (await client.messages(BOB))[-2:]
    assert [m.message_id for m in result] == [m["message_id"] for m in copied]
    assert [m["text"] for m in copied] == ["one", "two"]
    assert all(m["copied_from"]["chat_id"] == ALICE and not m["forwarded"] for m in copied)
    with pytest.raises(TelegramBadRequest, match="strictly increasing"):
        await bot.copy_messages(chat_id=BOB, from_chat_id=ALICE, message_ids=ids[::-1])


async def test_forward_message_is_recorded_so_misuse_is_detectable(
    bot: Bot, client: EmulatorClient
) -> None:
    original = await client.send_text(ALICE, "secret")
    await bot.forward_message(BOB, ALICE, original["message_id"])
    assert (await client.messages(BOB))[-1]["forwarded"] is True
    assert len(await client.calls(method="forwardMessage")) == 1


async def test_copy_of_unknown_message_is_a_bad_request(bot: Bot, client: EmulatorClient) -> None:
    with pytest.raises(TelegramBadRequest, match="message to copy not found"):
        await bot.copy_message(chat_id=BOB, from_chat_id=ALICE, message_id=42)


async def test_injected_429_raises_retry_after_once(bot: Bot, client: EmulatorClient) -> None:
    await client.fail("sendMessage", error_code=429, retry_after=7, times=1)
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(ALICE, "hi")
    assert caught.value.retry_after == 7
    await bot.send_message(ALICE, "hi again")
    assert [c["ok"] for c in await client.calls(method="sendMessage")] == [False, True]


async def test_injected_failure_can_target_one_chat(bot: Bot, client: EmulatorClient) -> None:
    await client.fail("sendMessage", error_code=502, times=1, chat_id=BOB)
    await bot.send_message(ALICE, "fine")
    with pytest.raises(TelegramServerError, match="Bad Gateway"):
        await bot.send_message(BOB, "broken")


async def test_injected_delay_makes_the_call_time_out(bot: Bot, client: EmulatorClient) -> None:
    await client.fail("sendMessage", error_code=0, delay=1.0, times=1)
    with pytest.raises(TelegramNetworkError):
        await bot.send_message(ALICE, "slow", request_timeout=0.2)


async def test_blocked_user_gives_forbidden(bot: Bot, client: EmulatorClient) -> None:
    await client.block(ALICE, True)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(ALICE, "hello?")
    await client.block(ALICE, False)
    await bot.send_message(ALICE, "hello again")


async def test_text_over_4096_characters_is_a_bad_request(bot: Bot, client: EmulatorClient) -> None:
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(ALICE, "x" * 4097)
    await bot.send_message(ALICE, "x" * 4096)


async def test_unknown_chat_is_a_bad_request(bot: Bot, client: EmulatorClient) -> None:
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(5555, "anyone?")


async def test_edit_checks_existence_and_modification(bot: Bot, client: EmulatorClient) -> None:
    sent = await bot.send_message(ALICE, "offer", reply_markup=keyboard(("Accept", "acc")))
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(
            chat_id=ALICE, message_id=sent.message_id, reply_markup=keyboard(("Accept", "acc"))
        )
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text(chat_id=ALICE, message_id=999, text="nope")
    edited = await bot.edit_message_text(chat_id=ALICE, message_id=sent.message_id, text="taken")
    assert isinstance(edited, Message) and edited.edit_date is not None
    stored = (await client.messages(ALICE))[-1]
    assert stored["text"] == "taken" and stored["edited"] and stored["reply_markup"] is None


async def test_deleted_message_is_kept_in_history_but_marked(
    bot: Bot, client: EmulatorClient
) -> None:
    sent = await bot.send_message(ALICE, "temporary")
    assert await bot.delete_message(ALICE, sent.message_id) is True
    assert (await client.messages(ALICE))[-1]["deleted"] is True
    assert await client.bot_messages(ALICE) == []
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(ALICE, sent.message_id)


async def test_uploaded_photo_bytes_can_be_fetched_and_resent_by_file_id(
    bot: Bot, client: EmulatorClient
) -> None:
    sent = await bot.send_photo(ALICE, BufferedInputFile(PNG, "chart.png"), caption="stats")
    assert sent.photo is not None
    file_id = sent.photo[-1].file_id
    assert await client.file_bytes(file_id) == PNG
    again = await bot.send_photo(BOB, file_id)
    assert again.photo is not None and again.photo[-1].file_id == file_id
    stored = (await client.messages(ALICE))[-1]
    assert stored["media"] == "photo" and stored["caption"] == "stats"
    with pytest.raises(TelegramBadRequest, match="wrong file identifier"):
        await bot.send_photo(ALICE, "no-such-file")


async def test_user_media_can_be_copied_with_its_caption(bot: Bot, client: EmulatorClient) -> None:
    photo = await client.send_media(ALICE, "photo", caption="my street")
    await bot.copy_message(BOB, ALICE, photo["message_id"])
    copy = (await client.messages(BOB))[-1]
    assert copy["media"] == "photo" and copy["caption"] == "my street"
    assert copy["file_id"] == photo["file_id"]


async def test_get_updates_long_polls_and_confirms_with_offset(
    bot: Bot, client: EmulatorClient
) -> None:
    waiting = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    sent = await client.send_text(ALICE, "/start")
    updates = await asyncio.wait_for(waiting, 3)
    assert len(updates) == 1 and updates[0].message is not None
    message = updates[0].message
    assert message.text == "/start" and message.message_id == sent["message_id"]
    assert message.from_user is not None and message.from_user.username == "alice"
    assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=0) == []


async def test_method_names_are_case_insensitive(emu: Emulator) -> None:
    async with ClientSession() as http:
        async with http.get(f"{emu.url}/bot{TOKEN}/getme") as resp:
            body = await resp.json()
    assert body["ok"] is True and body["result"]["username"] == "pairline_bot"


async def test_dispatcher_polling_receives_user_text_and_its_echo_is_seen(
    bot: Bot, client: EmulatorClient
) -> None:
    dp = Dispatcher()

    @dp.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(f"echo: {message.text}")

    async with polling(dp, bot):
        await client.send_text(ALICE, "hello bot")
        reply = await client.wait_for(ALICE, lambda m: m["text"] == "echo: hello bot")
    assert reply["from"] == "bot"


async def test_pressing_an_inline_button_returns_the_callback_answer(
    bot: Bot, client: EmulatorClient
) -> None:
    dp = Dispatcher()

    @dp.callback_query(F.data == "accept:7")
    async def accept(query: CallbackQuery) -> None:
        assert query.message is not None and query.from_user.id == BOB
        await query.answer("Accepted!", show_alert=True)

    sent = await bot.send_message(BOB, "New request", reply_markup=keyboard(("Accept", "accept:7")))
    async with polling(dp, bot):
        result = await client.press(BOB, sent.message_id, "accept:7")
    assert result["answer"] == {"text": "Accepted!", "show_alert": True}
    assert result["callback_query_id"]


async def test_pressing_a_button_the_message_does_not_have_is_refused(
    bot: Bot, client: EmulatorClient
) -> None:
    sent = await bot.send_message(BOB, "plain")
    with pytest.raises(EmulatorError, match="no button"):
        await client.press(BOB, sent.message_id, "accept:7")


async def test_user_edit_arrives_as_edited_message(bot: Bot, client: EmulatorClient) -> None:
    dp = Dispatcher()
    seen: list[Message] = []

    @dp.edited_message()
    async def edited(message: Message) -> None:
        seen.append(message)
        await message.answer(f"you edited: {message.text}")

    original = await client.send_text(ALICE, "helo")
    async with polling(dp, bot):
        await client.edit_text(ALICE, original["message_id"], "hello")
        await client.wait_for(ALICE, lambda m: m["text"] == "you edited: hello")
    assert seen[0].message_id == original["message_id"] and seen[0].edit_date is not None


async def test_webhook_receives_updates_with_secret_and_blocks_get_updates(
    bot: Bot, client: EmulatorClient
) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
        )
        return web.json_response({})

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
        info = await bot.get_webhook_info()
        assert info.url.endswith("/hook")
        with pytest.raises(TelegramConflictError):
            await bot.get_updates()
        await client.send_text(ALICE, "via webhook")
        for _ in range(100):
            if received:
                break
            await asyncio.sleep(0.05)
        secret, update = received[0]
        assert secret == "s3cret" and update["message"]["text"] == "via webhook"
        await bot.delete_webhook()
        assert await bot.get_updates(timeout=0) == []
    finally:
        await runner.cleanup()


async def test_state_version_bumps_and_reset_clears_chats(bot: Bot, client: EmulatorClient) -> None:
    before = (await client.state())["version"]
    await bot.send_message(ALICE, "hi")
    assert (await client.state())["version"] > before
    await client.reset()
    assert await client.messages(ALICE) == []
    assert await client.calls() == []
    await bot.send_message(ALICE, "still known after reset")


async def test_call_log_records_ids_as_integers(bot: Bot, client: EmulatorClient) -> None:
    await bot.send_message(ALICE, "logged")
    (call,) = await client.calls(method="sendMessage")
    assert call["params"]["chat_id"] == ALICE and call["params"]["text"] == "logged"


async def test_restarted_emulator_still_long_polls(emu: Emulator) -> None:
    await emu.stop()
    await emu.start(host="127.0.0.1", port=0)
    session = AiohttpSession(api=TelegramAPIServer.from_base(emu.url))
    restarted = Bot(token=TOKEN, session=session)
    try:
        loop = asyncio.get_running_loop()
        started = loop.time()
        assert await restarted.get_updates(timeout=1) == []
        assert loop.time() - started >= 0.9
    finally:
        await restarted.session.close()

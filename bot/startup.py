"""Start-up work done once before the bot handles updates: the triage model, the memory."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
from collections.abc import Callable
from pathlib import Path

from matching.policy import Policy
from matching.triage_model import default_model, store_in

__all__ = ["settle_memory"]


async def settle_memory(policy: Policy, model_dir: Path | None) -> None:
    """Train the triage model (10 to 50 s depending on the machine; about a second to read
    back the copy a start kept in ``model_dir``) now, in a worker thread so that the event loop
    (the webhook server, the sandbox's page) keeps answering, rather than on a seeker's first
    message; no update is handled before it is done.
    Then move what start up allocated out of the garbage collector's sight: a full collection
    walking it paused every handler for tens of milliseconds."""
    if policy.triage_model:
        store_in(model_dir)
        await _in_daemon_thread(default_model)
    gc.collect()
    gc.freeze()


async def _in_daemon_thread(work: Callable[[], object]) -> None:
    """Run ``work`` in a daemon thread: unlike ``asyncio.to_thread``, a Ctrl-C during the first
    start's training stops the process at once instead of waiting for the training to end (the
    model's copy is written aside then renamed, so a stop mid-way leaves no half file)."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    def settle(error: BaseException | None) -> None:
        if not done.done():
            done.set_exception(error) if error else done.set_result(None)

    def run() -> None:
        error: BaseException | None = None
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 (handed to the awaiting coroutine)
            error = exc
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(settle, error)

    threading.Thread(target=run, name="triage-model", daemon=True).start()
    await done

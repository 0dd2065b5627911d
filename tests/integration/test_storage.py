"""Storage on a real database: migrations, atomic claims, time zones, retention."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from matching.followup_models import CheckIn, CheckInStatus
from matching.models import (
    Conversation,
    ConversationStatus,
    MessageLink,
    Offer,
    OfferStatus,
    OutboxItem,
    Person,
    Request,
    RequestStatus,
    Timer,
    TimerKind,
)
from matching.ports import UnitOfWorkFactory
from storage.database import DatabaseError, make_engine
from storage.migrate import upgrade
from storage.tables import metadata

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


async def add_person(uow_factory: UnitOfWorkFactory, telegram_id: int, name: str) -> Person:
    async with uow_factory() as uow:
        person = Person(telegram_id=telegram_id, pseudonym=name, language="fr",
                        created_at=NOW, last_seen_at=NOW)
        await uow.people.add(person)
        await uow.commit()
    return person


async def add_offer(uow_factory: UnitOfWorkFactory) -> tuple[Request, Offer]:
    seeker = await add_person(uow_factory, 11, "K7Q")
    helper = await add_person(uow_factory, 22, "H2X")
    async with uow_factory() as uow:
        request = Request(seeker_id=seeker.id or 0, created_at=NOW, status=RequestStatus.OFFERED)
        await uow.requests.add(request)
        await uow.flush()
        offer = Offer(request_id=request.id or 0, helper_id=helper.id or 0, created_at=NOW,
                      expires_at=NOW + timedelta(minutes=2))
        await uow.offers.add(offer)
        await uow.commit()
    return request, offer


async def schema_diff(url: str) -> list[object]:
    """What differs between the migrated database and the tables the code declares."""
    engine = make_engine(url)
    async with engine.connect() as connection:
        diff: list[object] = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), metadata)
        )
    await engine.dispose()
    return diff


async def test_migrations_build_exactly_the_declared_schema(app_database_url: str) -> None:
    await upgrade(app_database_url)
    await upgrade(app_database_url)  # a second run is a no-op
    assert await schema_diff(app_database_url) == []


async def test_bot_processes_starting_together_migrate_once(app_database_url: str) -> None:
    await asyncio.gather(*(upgrade(app_database_url) for _ in range(3)))
    assert await schema_diff(app_database_url) == []


async def test_bad_database_url_is_one_clear_line() -> None:
    with pytest.raises(DatabaseError) as caught:
        await upgrade("mysql://nobody@127.0.0.1/none")
    assert "unsupported driver" in str(caught.value)
    assert "\n" not in str(caught.value)


async def test_unreachable_postgres_is_one_clear_line() -> None:
    with pytest.raises(DatabaseError) as caught:
        await upgrade("postgresql+asyncpg://postgres@127.0.0.1:1/test")
    assert "\n" not in str(caught.value)


async def test_times_come_back_aware_in_utc(uow_factory: UnitOfWorkFactory) -> None:
    paris = datetime(2026, 11, 24, 13, 0, tzinfo=UTC).astimezone()
    person = await add_person(uow_factory, 5, "T1M")
    async with uow_factory() as uow:
        loaded = await uow.people.get(person.id or 0)
        assert loaded is not None
        loaded.last_seen_at = paris
        await uow.commit()
    async with uow_factory() as uow:
        again = await uow.people.by_telegram(5)
        assert again is not None and again.last_seen_at == paris
        assert again.last_seen_at.utcoffset() == timedelta(0)


async def test_two_racing_accepts_only_one_wins(uow_factory: UnitOfWorkFactory) -> None:
    _, offer = await add_offer(uow_factory)

    async def accept(status: OfferStatus) -> bool:
        async with uow_factory() as uow:
            won = await uow.offers.transition(offer.id or 0, OfferStatus.PENDING, status, NOW)
            await asyncio.sleep(0.05)  # hold the row while the other one tries
            await uow.commit()
            return won

    results = await asyncio.gather(accept(OfferStatus.ACCEPTED), accept(OfferStatus.DECLINED))
    assert sorted(results) == [False, True]
    async with uow_factory() as uow:
        stored = await uow.offers.get(offer.id or 0)
        assert stored is not None
        assert stored.status is (OfferStatus.ACCEPTED if results[0] else OfferStatus.DECLINED)


@pytest.mark.parametrize("first", ["record", "decline"])
async def test_a_decline_racing_the_offer_being_recorded_still_knows_its_message(
    uow_factory: UnitOfWorkFactory, first: str
) -> None:
    """The delivery records the offer's message id while the helper declines: whichever of the
    two commits second sees the other's change, so somebody removes the buttons."""
    _, offer = await add_offer(uow_factory)
    seen: dict[str, object] = {}

    async def record() -> None:
        async with uow_factory() as uow:
            if first == "decline":
                await asyncio.sleep(0.02)
            seen["status"] = await uow.offers.record_message(offer.id or 0, 4242)
            await asyncio.sleep(0.1)  # hold the row while the decline tries
            await uow.commit()

    async def decline() -> None:
        async with uow_factory() as uow:
            loaded = await uow.offers.get(offer.id or 0)  # on PostgreSQL: before it commits
            assert loaded is not None
            if first == "record":
                await asyncio.sleep(0.02)
            assert await uow.offers.transition(
                offer.id or 0, OfferStatus.PENDING, OfferStatus.DECLINED, NOW
            )
            seen["message_id"] = loaded.message_id
            await asyncio.sleep(0.1 if first == "decline" else 0)
            await uow.commit()

    await asyncio.gather(record(), decline())
    removed_by_decline = seen["message_id"] == 4242
    removed_at_record = seen["status"] is OfferStatus.DECLINED
    assert removed_by_decline or removed_at_record, seen


async def test_a_timer_is_claimed_once(uow_factory: UnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        timer = Timer(kind=TimerKind.CHECKIN, ref_id=1, due_at=NOW, created_at=NOW)
        await uow.timers.add(timer)
        await uow.commit()

    async def claim() -> bool:
        async with uow_factory() as uow:
            won = await uow.timers.claim(timer.id or 0)
            await uow.commit()
            return won

    results = await asyncio.gather(*(claim() for _ in range(4)))
    assert sum(results) == 1
    async with uow_factory() as uow:
        assert await uow.timers.due(NOW + timedelta(hours=1), 10) == []
        assert await uow.timers.release_stale(datetime.now(UTC) + timedelta(seconds=1)) == 1
        assert [t.id for t in await uow.timers.due(NOW, 10)] == [timer.id]


async def test_outbox_serves_each_chat_oldest_first(uow_factory: UnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        for chat, key in [(1, "a"), (2, "b"), (1, "c")]:
            await uow.outbox.add(OutboxItem(chat_id=chat, kind="text", payload={"key": key},
                                            created_at=NOW, next_attempt_at=NOW))
        await uow.commit()
    async with uow_factory() as uow:
        assert sorted(await uow.outbox.chats_due(NOW, 10)) == [1, 2]
        head = await uow.outbox.head(1)
        assert head is not None and head.payload == {"key": "a"}
        claimed = await uow.outbox.claim_due(1, NOW, 1)
        assert [item.id for item in claimed] == [head.id]
        await uow.commit()
        assert await uow.outbox.claim_due(1, NOW, 5) == []  # its head is being sent
    async with uow_factory() as uow:
        # chat 1 is busy while its head is being sent: the next item must wait its turn
        assert await uow.outbox.chats_due(NOW, 10) == [2]


async def test_retention_keeps_counts_and_drops_links(uow_factory: UnitOfWorkFactory) -> None:
    request, offer = await add_offer(uow_factory)
    old = NOW - timedelta(days=40)
    async with uow_factory() as uow:
        conversation = Conversation(request_id=request.id or 0, seeker_id=request.seeker_id,
                                    helper_id=offer.helper_id, started_at=old,
                                    last_message_at=old, status=ConversationStatus.CLOSED,
                                    closed_at=old)
        await uow.conversations.add(conversation)
        await uow.flush()
        await uow.links.add(MessageLink(conversation_id=conversation.id or 0, src_chat_id=11,
                                        src_message_id=1, dst_chat_id=22, dst_message_id=7))
        stored = await uow.requests.get(request.id or 0)
        assert stored is not None
        stored.status, stored.closed_at = RequestStatus.CLOSED, old
        seeker = await uow.people.get(request.seeker_id)
        assert seeker is not None
        seeker.last_seen_at = old
        await uow.commit()
    async with uow_factory() as uow:
        counts = await uow.retention.purge(NOW - timedelta(days=30))
        await uow.commit()
    assert counts["links"] == 1 and counts["people"] == 1
    async with uow_factory() as uow:
        assert await uow.links.find(22, 7) is None
        assert await uow.people.by_telegram(11) is None
        assert len(await uow.conversations.since(old - timedelta(days=1))) == 1


async def test_forget_cancels_pending_checkins(uow_factory: UnitOfWorkFactory) -> None:
    seeker = await add_person(uow_factory, 33, "F0G")
    async with uow_factory() as uow:
        await uow.checkins.add(CheckIn(conversation_id=1, seeker_id=seeker.id or 0,
                                       due_at=NOW, created_at=NOW))
        await uow.outbox.add(OutboxItem(chat_id=33, kind="text", payload={"key": "x"},
                                        created_at=NOW, next_attempt_at=NOW))
        await uow.commit()
    async with uow_factory() as uow:
        counts = await uow.retention.forget_person(seeker.id or 0)
        await uow.commit()
    assert counts["checkins"] == 1 and counts["outbox"] == 1
    async with uow_factory() as uow:
        assert await uow.checkins.pending_for_seeker(seeker.id or 0) == []
        stored = await uow.checkins.since(NOW - timedelta(days=1))
        assert [c.status for c in stored] == [CheckInStatus.CANCELLED]

"""Check-ins, outcome answers and retention (what is deleted, and when)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, String, and_, cast, delete, exists, literal, select, update

from matching.followup_models import CheckIn, CheckInStatus, Outcome
from matching.models import ConversationStatus, Person, Role, TimerStatus
from storage import tables
from storage.repos.base import SqlRepo
from storage.repos.queue import OPEN


class SqlCheckInRepo(SqlRepo):
    async def add(self, checkin: CheckIn) -> None:
        self.session.add(checkin)

    async def get(self, checkin_id: int) -> CheckIn | None:
        return await self.session.get(CheckIn, checkin_id)

    async def for_conversation(self, conversation_id: int) -> list[CheckIn]:
        c = tables.checkins.c
        query = select(CheckIn).where(c.conversation_id == conversation_id)
        return await self._all(query.order_by(c.sequence, c.id))

    async def pending_for_seeker(self, seeker_id: int) -> list[CheckIn]:
        c = tables.checkins.c
        query = select(CheckIn).where(c.seeker_id == seeker_id, c.status == CheckInStatus.PENDING)
        return await self._all(query.order_by(c.due_at))

    async def since(self, since: datetime) -> list[CheckIn]:
        c = tables.checkins.c
        return await self._all(select(CheckIn).where(c.created_at >= since).order_by(c.id))


class SqlOutcomeRepo(SqlRepo):
    async def add(self, outcome: Outcome) -> None:
        self.session.add(outcome)

    async def for_conversation(self, conversation_id: int) -> Outcome | None:
        c = tables.outcomes.c
        return await self._one(select(Outcome).where(c.conversation_id == conversation_id))

    async def since(self, since: datetime) -> list[Outcome]:
        c = tables.outcomes.c
        return await self._all(select(Outcome).where(c.asked_at >= since).order_by(c.id))


class SqlRetentionRepo(SqlRepo):
    async def _drop_relay_traces(
        self, conversations: Select[tuple[int]], requests: Select[tuple[int]]
    ) -> dict[str, int]:
        """Message links of these conversations and held messages of these requests."""
        links, held = tables.message_links, tables.held_messages
        in_conversations = links.c.conversation_id.in_(conversations)
        return {
            "links": await self._rows(delete(links).where(in_conversations)),
            "held": await self._rows(delete(held).where(held.c.request_id.in_(requests))),
        }

    async def purge(self, closed_before: datetime) -> dict[str, int]:
        await self.session.flush()
        conv, req, ppl = tables.conversations.c, tables.requests.c, tables.people.c
        old = select(conv.id).where(
            conv.status == ConversationStatus.CLOSED, conv.closed_at < closed_before
        )
        old_requests = select(req.id).where(req.closed_at < closed_before)
        counts = await self._drop_relay_traces(old, old_requests)
        counts |= {
            "outbox": await self._rows(
                delete(tables.outbox).where(
                    tables.outbox.c.status.in_(("sent", "dead")),
                    tables.outbox.c.created_at < closed_before,
                )
            ),
            "timers": await self._rows(
                delete(tables.timers).where(
                    tables.timers.c.status.in_((TimerStatus.DONE, TimerStatus.CANCELLED)),
                    tables.timers.c.due_at < closed_before,
                )
            ),
        }
        open_request = exists().where(req.seeker_id == ppl.id, req.status.in_(OPEN))
        recent = exists().where(
            conv.seeker_id == ppl.id,
            (conv.status == ConversationStatus.ACTIVE) | (conv.closed_at >= closed_before),
        )
        waiting_checkin = exists().where(
            tables.checkins.c.seeker_id == ppl.id,
            tables.checkins.c.status == CheckInStatus.PENDING,
        )
        counts["people"] = await self._rows(
            update(tables.people)
            .where(
                ppl.role == Role.SEEKER,
                ppl.telegram_id > 0,
                ppl.last_seen_at < closed_before,
                ~open_request,
                ~recent,
                ~waiting_checkin,
            )
            .values(
                telegram_id=-ppl.id,
                pseudonym=literal("~") + cast(ppl.id, String),
                consented_at=None,
            )
        )
        return counts

    async def forget_person(self, person_id: int) -> dict[str, int]:
        await self.session.flush()
        person = await self.session.get_one(Person, person_id)
        conv, req = tables.conversations.c, tables.requests.c
        mine = select(conv.id).where(conv.seeker_id == person_id)
        my_requests = select(req.id).where(req.seeker_id == person_id)
        return await self._drop_relay_traces(mine, my_requests) | {
            "outbox": await self._rows(
                delete(tables.outbox).where(
                    and_(
                        tables.outbox.c.chat_id == person.telegram_id,
                        tables.outbox.c.status == "pending",
                    )
                )
            ),
            "checkins": await self._rows(
                update(tables.checkins)
                .where(
                    tables.checkins.c.seeker_id == person_id,
                    tables.checkins.c.status == CheckInStatus.PENDING,
                )
                .values(status=CheckInStatus.CANCELLED)
            ),
        }


"""Imperative mapping of the domain's dataclasses onto the tables (Cosmic Python style).

Called once by the unit-of-work factory; nothing is mapped at import time."""

from __future__ import annotations

from sqlalchemy import Table
from sqlalchemy.orm import registry

from matching.followup_models import CheckIn, Outcome
from matching.models import (
    AuditEvent,
    Conversation,
    HeldMessage,
    HelperProfile,
    Invite,
    MessageLink,
    Offer,
    OutboxItem,
    Person,
    Request,
    Timer,
)
from storage import tables

mapper_registry = registry(metadata=tables.metadata)
_started = False

PAIRS: list[tuple[type, Table]] = [
    (Person, tables.people),
    (HelperProfile, tables.helper_profiles),
    (Request, tables.requests),
    (Offer, tables.offers),
    (Conversation, tables.conversations),
    (HeldMessage, tables.held_messages),
    (MessageLink, tables.message_links),
    (OutboxItem, tables.outbox),
    (Timer, tables.timers),
    (Invite, tables.invites),
    (AuditEvent, tables.audit_events),
    (CheckIn, tables.checkins),
    (Outcome, tables.outcomes),
]


def start_mappers() -> None:
    global _started
    if _started:
        return
    for entity, table in PAIRS:
        mapper_registry.map_imperatively(entity, table)
    _started = True

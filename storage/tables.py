"""The schema. Message text is never a column: only chat and message ids."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from matching.followup_models import CheckInAnswer, CheckInStatus, OutcomeAnswer
from matching.models import (
    ConversationStatus,
    IntakeStep,
    Level,
    OfferStatus,
    RequestStatus,
    Role,
    Theme,
    TimerKind,
    TimerStatus,
)
from storage.types import UTCDateTime, enum_of

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)
PEOPLE_ID = "people.id"

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("telegram_id", BigInteger, nullable=False, unique=True),
    Column("pseudonym", String(32), nullable=False, unique=True),
    Column("language", String(8), nullable=False),
    Column("role", enum_of(Role), nullable=False),
    Column("consented_at", UTCDateTime),
    Column("banned", Boolean, nullable=False, default=False),
    Column("created_at", UTCDateTime),
    Column("last_seen_at", UTCDateTime),
)

helper_profiles = Table(
    "helper_profiles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", ForeignKey(PEOPLE_ID), nullable=False, unique=True),
    Column("display_name", String(64), nullable=False, index=True),
    Column("languages", String(64), nullable=False),
    Column("themes", String(128), nullable=False),
    Column("capacity", Integer, nullable=False),
    Column("family_peer", Boolean, nullable=False),
    Column("on_duty", Boolean, nullable=False),
    Column("suspended", Boolean, nullable=False),
    Column("idle_since", UTCDateTime),
    Column("last_active_at", UTCDateTime),
    Column("current_conversation_id", Integer),
)

requests = Table(
    "requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seeker_id", ForeignKey(PEOPLE_ID), nullable=False, index=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("status", enum_of(RequestStatus), nullable=False, index=True),
    Column("intake_step", enum_of(IntakeStep), nullable=False),
    Column("level", enum_of(Level), nullable=False),
    Column("theme", enum_of(Theme), nullable=False),
    Column("relative", Boolean, nullable=False),
    Column("reasons", String(256), nullable=False),
    Column("queued_at", UTCDateTime),
    Column("matched_at", UTCDateTime),
    Column("closed_at", UTCDateTime),
    Column("words_message_id", BigInteger),
    Column("preferred_helper_id", Integer),
    Column("first_in_line", Boolean, nullable=False),
    Column("crisis_alerted", Boolean, nullable=False),
)

offers = Table(
    "offers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", ForeignKey("requests.id"), nullable=False, index=True),
    Column("helper_id", ForeignKey(PEOPLE_ID), nullable=False, index=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("status", enum_of(OfferStatus), nullable=False),
    Column("answered_at", UTCDateTime),
    Column("message_id", BigInteger),
)

conversations = Table(
    "conversations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", ForeignKey("requests.id"), nullable=False),
    Column("seeker_id", ForeignKey(PEOPLE_ID), nullable=False, index=True),
    Column("helper_id", ForeignKey(PEOPLE_ID), nullable=False, index=True),
    Column("started_at", UTCDateTime, nullable=False),
    Column("last_message_at", UTCDateTime, nullable=False),
    Column("level", enum_of(Level), nullable=False),
    Column("status", enum_of(ConversationStatus), nullable=False),
    Column("closed_at", UTCDateTime),
    Column("closed_by", String(32)),
    Column("crisis_replied_at", UTCDateTime),
)

held_messages = Table(
    "held_messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", Integer, nullable=False, index=True),
    Column("chat_id", BigInteger, nullable=False),
    Column("message_id", BigInteger, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

message_links = Table(
    "message_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("conversation_id", Integer, nullable=False, index=True),
    Column("src_chat_id", BigInteger, nullable=False),
    Column("src_message_id", BigInteger, nullable=False),
    Column("dst_chat_id", BigInteger, nullable=False),
    Column("dst_message_id", BigInteger, nullable=False),
    Index("ix_message_links_src", "src_chat_id", "src_message_id"),
    Index("ix_message_links_dst", "dst_chat_id", "dst_message_id"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("chat_id", BigInteger, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("next_attempt_at", UTCDateTime, nullable=False),
    Column("conversation_id", Integer),
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("sent_message_id", BigInteger),
    Column("error", String(200)),
    Column("claimed_at", UTCDateTime),
    Index("ix_outbox_chat_status", "chat_id", "status"),
    Index("ix_outbox_status_due", "status", "next_attempt_at"),
)

timers = Table(
    "timers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", enum_of(TimerKind), nullable=False),
    Column("ref_id", Integer, nullable=False),
    Column("due_at", UTCDateTime, nullable=False),
    Column("status", enum_of(TimerStatus), nullable=False),
    Column("created_at", UTCDateTime),
    Column("attempts", Integer, nullable=False),
    Column("claimed_at", UTCDateTime),
    Index("ix_timers_status_due", "status", "due_at"),
    Index("ix_timers_kind_ref", "kind", "ref_id"),
)

invites = Table(
    "invites",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(64), nullable=False, unique=True),
    Column("created_by", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("used_by", Integer),
    Column("used_at", UTCDateTime),
)

audit_events = Table(
    "audit_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False, index=True),
    Column("action", String(64), nullable=False),
    Column("actor_id", Integer),
    Column("subject", String(128)),
    Column("details", JSON, nullable=False),
)

checkins = Table(
    "checkins",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("conversation_id", Integer, nullable=False, index=True),
    Column("seeker_id", Integer, nullable=False, index=True),
    Column("due_at", UTCDateTime, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("status", enum_of(CheckInStatus), nullable=False),
    Column("answer", enum_of(CheckInAnswer)),
    Column("sent_at", UTCDateTime),
    Column("answered_at", UTCDateTime),
)

outcomes = Table(
    "outcomes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("conversation_id", Integer, nullable=False, unique=True),
    Column("asked_at", UTCDateTime, nullable=False),
    Column("hope", enum_of(OutcomeAnswer)),
    Column("agency", enum_of(OutcomeAnswer)),
    Column("answered_at", UTCDateTime),
)

line_settings = Table(
    "line_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

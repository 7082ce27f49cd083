"""SQLModel tables. They never leave ``storage``: repositories return domain objects."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no zone, so we add it back)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store UTC: naive on SQLite, aware elsewhere."""
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def bind_processor(self, dialect: Dialect) -> Any:
        """On SQLite, the text SQLAlchemy stores, written in one step.

        Same string as ``DateTime``'s own processor (``YYYY-MM-DD HH:MM:SS.ffffff``, naive
        UTC); ``isoformat`` makes it several times faster, which counts for the 200,000
        timestamps of a big import.
        """
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: datetime | None) -> str | None:
            if value is None:
                return None
            if value.tzinfo is not UTC:
                value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
            return value.isoformat(" ", "microseconds")[:26]  # without the "+00:00"

        return process

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Read back an aware UTC datetime."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _ts(**kw: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kw)


def _where_present(name: str, column: str) -> sa.Index:
    """An index of the rows that have ``column`` only (0009): an exchange or a signal has a
    person or a profile, rarely both, and every read by one implies it is not NULL."""
    present = sa.text(f"{column} IS NOT NULL")
    return sa.Index(name, column, sqlite_where=present, postgresql_where=present)


class ConsultantRow(SQLModel, table=True):
    """A user of the database, with their own LinkedIn network (id 1, unnamed: the
    implicit user of a database nobody named)."""

    __tablename__ = "consultant"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class PersonRow(SQLModel, table=True):
    """A person of the email side."""

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    first_name: str = ""
    last_name: str = ""
    display_name: str = ""
    company: str = ""
    position: str = ""
    country: str = ""
    stage: str | None = None
    stall_reason: str | None = None
    notes: str = ""
    tags: str = ""
    lead_state: str = "active"
    state_until: date | None = None
    state_note: str = ""
    user_fields: str = ""
    version: int = 1
    created_at: datetime = _ts(default_factory=_utcnow)
    updated_at: datetime = _ts(default_factory=_utcnow)
    #: ``person``, or ``automated`` for a newsletter, a notification, a robot (never a lead).
    kind: str = Field(default="person", sa_column_kwargs={"server_default": "person"})
    #: Why a person is an automated sender (an ``AutomationReason`` code), else empty.
    kind_reason: str = Field(default="", sa_column_kwargs={"server_default": ""})


class PersonEmailRow(SQLModel, table=True):
    """One email address of a person; an address belongs to one person only."""

    __tablename__ = "person_email"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    email: str = Field(unique=True)
    is_role: bool = False


class SenderOverrideRow(SQLModel, table=True):
    """The user's word on a mailbox address: a person or an automated sender (kept across
    imports, whatever the headers say)."""

    __tablename__ = "sender_override"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(unique=True)
    kind: str
    decided_at: datetime = _ts(default_factory=_utcnow)


class ProfileRow(SQLModel, table=True):
    """A LinkedIn profile, keyed by its canonical URL (or a synthetic key when hidden)."""

    __tablename__ = "profile"

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True)
    first_name: str = ""
    last_name: str = ""
    email: str | None = None  # never searched: no index (0009)
    company: str = ""
    position: str = ""
    connected_on: date | None = None
    status: str = "current"
    first_seen: date | None = None
    last_seen: date | None = None
    position_since: date | None = None
    removed_on: date | None = None


class ConnectionStateRow(SQLModel, table=True):
    """What one consultant knows of a profile: connected since, current or removed, the
    first and last of their exports it was in (the profile row holds the team's view)."""

    __tablename__ = "connection"
    __table_args__ = (sa.UniqueConstraint("consultant_id", "profile_id"),)

    id: int | None = Field(default=None, primary_key=True)
    consultant_id: int = Field(foreign_key="consultant.id", ondelete="CASCADE")
    profile_id: int = Field(foreign_key="profile.id", index=True, ondelete="CASCADE")
    status: str
    connected_on: date | None = None
    first_seen: date | None = None
    last_seen: date | None = None
    removed_on: date | None = None


class PersonalLeadStateRow(SQLModel, table=True):
    """A named consultant's own state of a lead in a shared database (snoozed, dismissed,
    revived); the implicit consultant's is on the person row, as is a do-not-contact,
    which is the whole team's promise."""

    __tablename__ = "personal_lead_state"
    __table_args__ = (sa.UniqueConstraint("consultant_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    consultant_id: int = Field(foreign_key="consultant.id", ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    lead_state: str
    state_until: date | None = None
    state_note: str = ""


class PositionRow(SQLModel, table=True):
    """A past company and title of a profile, with the export dates it was seen on.

    The current one lives on the profile (``company``, ``position``, ``position_since`` to
    ``last_seen``), so an unchanged connection costs no history row at each import.
    """

    __tablename__ = "position"

    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", index=True, ondelete="CASCADE")
    company: str = ""
    position: str = ""
    first_seen: date
    last_seen: date


class ExchangeRow(SQLModel, table=True):
    """A dated touch point (email, LinkedIn message, call, meeting, visit, note)."""

    __tablename__ = "exchange"
    # Whole for persons: the exchanges of paired profiles are found by person_id IS NULL.
    __table_args__ = (_where_present("ix_exchange_profile_id", "profile_id"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int | None = Field(
        default=None, foreign_key="person.id", index=True, ondelete="CASCADE"
    )
    profile_id: int | None = Field(default=None, foreign_key="profile.id", ondelete="CASCADE")
    occurred_at: datetime = _ts()
    direction: str
    channel: str
    subject: str = ""
    counterpart: str = ""
    source_key: str | None = Field(default=None, unique=True)
    import_run_id: int | None = Field(default=None, foreign_key="import_run.id")
    #: The consultant whose LinkedIn import brought it (None: not LinkedIn's).
    consultant_id: int | None = Field(default=None, foreign_key="consultant.id")


class SignalRow(SQLModel, table=True):
    """Dated evidence of renewed activity."""

    __tablename__ = "signal"
    __table_args__ = (
        _where_present("ix_signal_person_id", "person_id"),
        _where_present("ix_signal_profile_id", "profile_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    occurred_at: datetime = _ts()
    person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="CASCADE")
    profile_id: int | None = Field(default=None, foreign_key="profile.id", ondelete="CASCADE")
    params: str = "{}"
    source_key: str | None = Field(default=None, unique=True)
    import_run_id: int | None = Field(default=None, foreign_key="import_run.id")
    created_at: datetime = _ts(default_factory=_utcnow)
    #: The consultant whose LinkedIn import brought it (None: not LinkedIn's). Last, as
    #: migration 0005 added it: a new database is built from these tables.
    consultant_id: int | None = Field(default=None, foreign_key="consultant.id")


class PairingRow(SQLModel, table=True):
    """A pairing between a person and a profile, automatic or decided by the user."""

    __tablename__ = "pairing"
    __table_args__ = (
        sa.UniqueConstraint("person_id", "profile_id"),
        # One confirmed profile per person, one confirmed person per profile (0006).
        sa.Index(
            "ix_pairing_confirmed_person", "person_id", unique=True,
            sqlite_where=sa.text("status = 'confirmed'"),
            postgresql_where=sa.text("status = 'confirmed'"),
        ),
        sa.Index(
            "ix_pairing_confirmed_profile", "profile_id", unique=True,
            sqlite_where=sa.text("status = 'confirmed'"),
            postgresql_where=sa.text("status = 'confirmed'"),
        ),
    )  # fmt: skip

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    profile_id: int = Field(foreign_key="profile.id", index=True, ondelete="CASCADE")
    status: str = Field(index=True)
    score: float = 0.0
    evidence: str = "[]"
    decided_at: datetime | None = _ts(default=None)
    updated_at: datetime = _ts(default_factory=_utcnow)


class ImportRunRow(SQLModel, table=True):
    """One import: what was read, when, and what came of it."""

    __tablename__ = "import_run"

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    source: str
    file_hash: str = Field(default="", index=True)
    started_at: datetime = _ts(default_factory=_utcnow)
    finished_at: datetime | None = _ts(default=None)
    outcome: str = "running"
    counts: str = "{}"
    #: The consultant whose LinkedIn import brought it (None: not LinkedIn's).
    consultant_id: int | None = Field(default=None, foreign_key="consultant.id")


class SettingRow(SQLModel, table=True):
    """A domain preference (JSON value); UI state lives in QSettings instead."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str = "null"


class SuppressionRow(SQLModel, table=True):
    """A forgotten person: the hash of an email or profile URL never to import again."""

    __tablename__ = "suppression"

    id: int | None = Field(default=None, primary_key=True)
    key_hash: str = Field(unique=True)
    created_at: datetime = _ts(default_factory=_utcnow)


class ProposalRow(SQLModel, table=True):
    """A lead shown in Today on a morning, and the sign that brought it (the funnel's
    first step): one row per person and morning."""

    __tablename__ = "proposal"
    __table_args__ = (sa.UniqueConstraint("person_id", "proposed_on"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    proposed_on: date
    sign: str
    sign_on: date | None = None
    stage: str | None = None
    stall_reason: str | None = None
    conversation_year: int | None = None
    #: Kinds of every fresh signal of the lead that morning, comma-separated (the learned
    #: weights share an answer between the signs that came together).
    signs: str = Field(default="", sa_column_kwargs={"server_default": ""})


class LeadEventRow(SQLModel, table=True):
    """Something the user did to a lead that no other table keeps: copied its opener, or
    set its stage (``old_value`` → ``new_value``)."""

    __tablename__ = "lead_event"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    kind: str
    occurred_at: datetime = _ts()
    old_value: str | None = None
    new_value: str | None = None


class TodayVisitRow(SQLModel, table=True):
    """A day a consultant looked at Today (several looks the same day are one visit);
    the implicit consultant's in a database of one consultant."""

    __tablename__ = "today_visit"
    __table_args__ = (
        sa.UniqueConstraint("consultant_id", "as_of", name="uq_today_visit_consultant_id_as_of"),
    )

    id: int | None = Field(default=None, primary_key=True)
    as_of: date
    seen_at: datetime = _ts(default_factory=_utcnow)
    #: Last and its key named, as migration 0008 added it: a new database is built from
    #: these tables.
    consultant_id: int = Field(
        default=1,
        sa_column_args=[
            sa.ForeignKey(
                "consultant.id", name="fk_today_visit_consultant_id_consultant", ondelete="CASCADE"
            )
        ],
    )


class TodayVisitLeadRow(SQLModel, table=True):
    """A lead a visit of Today showed: its row and the keys of the signs shown (JSON)."""

    __tablename__ = "today_visit_lead"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="today_visit.id", index=True, ondelete="CASCADE")
    #: The person, or for a stranger (no email side) the LinkedIn profile.
    person_id: int | None = Field(
        default=None, foreign_key="person.id", index=True, ondelete="CASCADE"
    )
    profile_id: int | None = Field(
        default=None, foreign_key="profile.id", index=True, ondelete="CASCADE"
    )
    rank: int = 0
    section: str = ""
    score: int = 0
    signs: str = "[]"
    stage: str | None = None
    stall_reason: str | None = None
    last_exchange: date | None = None

"""The store's read-only listings (people, connections, signals, pairs) on SQLAlchemy Core.

A listing command pays for every module it imports before it prints a line; SQLModel and
the ORM under it cost more than the rest of the command. So the queries here name the
tables and the columns they read as Core ``table()`` clauses, loading neither, and run on a
plain connection (``Database.reading``) as well as on a session. The tables are described
once, in ``storage.tables``: these clauses name a subset of its columns with the same
types, which ``tests/cli/test_listing_startup.py`` checks column by column.
"""

from __future__ import annotations

import json
from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, Sequence, ValuesView
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeAlias

import sqlalchemy as sa

from linkrevive.domain.enums import (
    PAIRED,
    LeadState,
    PairStatus,
    ProfileStatus,
    SignalKind,
    Stage,
    StallReason,
)
from linkrevive.domain.models import Person, PositionSpan, Profile, Signal
from linkrevive.domain.senders import SenderKind
from linkrevive.domain.text import fold_words, is_role_address

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    #: What the listings read through: a Core connection, or a session of a unit of work.
    Reader: TypeAlias = sa.Connection | Session

#: ``storage.tables.UTCDateTime`` stores this; its reading back in UTC is :func:`utc`.
MOMENT = sa.DateTime(timezone=True)

PERSON = sa.table(
    "person",
    sa.column("id", sa.Integer),
    sa.column("first_name", sa.String),
    sa.column("last_name", sa.String),
    sa.column("display_name", sa.String),
    sa.column("company", sa.String),
    sa.column("position", sa.String),
    sa.column("country", sa.String),
    sa.column("stage", sa.String),
    sa.column("stall_reason", sa.String),
    sa.column("notes", sa.String),
    sa.column("tags", sa.String),
    sa.column("lead_state", sa.String),
    sa.column("state_until", sa.Date),
    sa.column("kind", sa.String),
    sa.column("kind_reason", sa.String),
)
PERSON_EMAIL = sa.table(
    "person_email",
    sa.column("id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("email", sa.String),
    sa.column("is_role", sa.Boolean),
)
PROFILE = sa.table(
    "profile",
    sa.column("id", sa.Integer),
    sa.column("url", sa.String),
    sa.column("first_name", sa.String),
    sa.column("last_name", sa.String),
    sa.column("email", sa.String),
    sa.column("company", sa.String),
    sa.column("position", sa.String),
    sa.column("connected_on", sa.Date),
    sa.column("status", sa.String),
    sa.column("first_seen", sa.Date),
    sa.column("last_seen", sa.Date),
    sa.column("position_since", sa.Date),
)
POSITION = sa.table(
    "position",
    sa.column("id", sa.Integer),
    sa.column("profile_id", sa.Integer),
    sa.column("company", sa.String),
    sa.column("position", sa.String),
    sa.column("first_seen", sa.Date),
    sa.column("last_seen", sa.Date),
)
EXCHANGE = sa.table(
    "exchange",
    sa.column("person_id", sa.Integer),
    sa.column("profile_id", sa.Integer),
    sa.column("occurred_at", MOMENT),
    sa.column("direction", sa.String),
    sa.column("channel", sa.String),
    sa.column("consultant_id", sa.Integer),
)
SIGNAL = sa.table(
    "signal",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("occurred_at", MOMENT),
    sa.column("person_id", sa.Integer),
    sa.column("profile_id", sa.Integer),
    sa.column("params", sa.String),
    sa.column("import_run_id", sa.Integer),
    sa.column("consultant_id", sa.Integer),
)
PAIRING = sa.table(
    "pairing",
    sa.column("id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("profile_id", sa.Integer),
    sa.column("status", sa.String),
    sa.column("score", sa.Float),
    sa.column("evidence", sa.String),
)


def utc(value: datetime | str) -> datetime:
    """An aware UTC datetime from a driver value, as ``UTCDateTime`` reads one back (SQLite
    keeps no zone, hands back naive UTC text, and returns aggregates as text)."""
    if isinstance(value, str):
        try:
            # Parsing the offset is five times cheaper than datetime.replace(tzinfo=...).
            return datetime.fromisoformat(value + "+00:00")
        except ValueError:  # text that already carries an offset, or a bare date
            value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class StoredParams(Mapping[str, Any]):
    """A signal's stored JSON parameters, read on first use: the list explains a few
    thousand of the 10,000+ signals a load reads, and only those need their details."""

    __slots__ = ("_parsed", "_text")

    def __init__(self, text: str | None) -> None:
        self._text = text
        self._parsed: dict[str, Any] | None = None

    def _values(self) -> dict[str, Any]:
        if self._parsed is None:
            self._parsed = json.loads(self._text or "{}")
        return self._parsed

    def __getitem__(self, key: str) -> Any:
        return self._values()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

    # The dict's own views and look-up, rather than the Mapping mix-ins' Python loops.
    def keys(self) -> KeysView[str]:
        """The parameter names."""
        return self._values().keys()

    def items(self) -> ItemsView[str, Any]:
        """The (name, value) pairs."""
        return self._values().items()

    def values(self) -> ValuesView[Any]:
        """The values."""
        return self._values().values()

    def get(self, key: str, default: Any = None) -> Any:
        """The value of ``key``, else ``default``."""
        return self._values().get(key, default)

    def __repr__(self) -> str:
        return repr(self._values())


def raw_text(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """``column`` as the driver hands it back (text for SQLite's dates), unparsed."""
    # The ORM's date-time parsing costs more than the query at 200,000 rows; parsing the
    # driver's value with :func:`utc` is several times faster.
    return sa.type_coerce(column, sa.String())


# -- people ----------------------------------------------------------------------------------


def joined_name(first: str, last: str) -> str:
    """``" ".join`` of the non-empty parts, without the generator (30,000 calls a load)."""
    if first and last:
        return f"{first} {last}"
    return first or last or ""


def display_name(first: str, last: str, display: str, emails: Iterable[str] = ()) -> str:
    """The name a person is shown under: the display name, else first and last, else email."""
    if display:
        return display
    joined = joined_name(first, last)
    if joined:
        return joined
    return next(iter(emails), "")


def list_people(reader: Reader, person_ids: Sequence[int] | None = None) -> list[Person]:
    """People with emails, paired profile URL and last exchange (email side and LinkedIn).

    The email side often lacks the name or the company LinkedIn knows: a person without
    them is shown under the paired profile's (as Today shows them); what the person row
    holds is never replaced.
    """
    pairing, exchange, person, profile = PAIRING.c, EXCHANGE.c, PERSON.c, PROFILE.c
    pair = (
        sa.select(pairing.person_id, sa.func.min(pairing.profile_id).label("profile_id"))
        .where(pairing.status.in_(PAIRED))
        .group_by(pairing.person_id)
        .subquery()
    )
    own = (
        sa.select(
            exchange.person_id,
            sa.func.max(exchange.occurred_at).label("last"),
            sa.func.count().label("n"),
        )
        .where(exchange.person_id.is_not(None))
        .group_by(exchange.person_id)
        .subquery()
    )
    linked = (
        sa.select(
            exchange.profile_id,
            sa.func.max(exchange.occurred_at).label("last"),
            sa.func.count().label("n"),
        )
        .where(exchange.profile_id.is_not(None))
        .group_by(exchange.profile_id)
        .subquery()
    )
    stmt = (
        sa.select(
            PERSON,
            profile.url.label("linkedin_url"),
            profile.first_name.label("li_first"),
            profile.last_name.label("li_last_name"),
            profile.company.label("li_company"),
            own.c.last.label("own_last"),
            own.c.n.label("own_n"),
            linked.c.last.label("li_last"),
            linked.c.n.label("li_n"),
        )
        .outerjoin(pair, pair.c.person_id == person.id)
        .outerjoin(PROFILE, profile.id == pair.c.profile_id)
        .outerjoin(own, own.c.person_id == person.id)
        .outerjoin(linked, linked.c.profile_id == pair.c.profile_id)
        .order_by(person.id)
    )
    if person_ids is not None:
        stmt = stmt.where(person.id.in_(list(person_ids)))
    email = PERSON_EMAIL.c
    emails: dict[int, list[str]] = {}
    personal: set[int] = set()  # people with an address that is not a shared box
    email_stmt = sa.select(email.person_id, email.email, email.is_role).order_by(email.id)
    if person_ids is not None:
        email_stmt = email_stmt.where(email.person_id.in_(list(person_ids)))
    for person_id, address, is_role in reader.execute(email_stmt):
        emails.setdefault(person_id, []).append(address)
        if not is_role and not is_role_address(address):
            personal.add(person_id)
    people = []
    for row in reader.execute(stmt).mappings():
        lasts = [utc(v) for v in (row["own_last"], row["li_last"]) if v is not None]
        mails = emails.get(row["id"], [])
        name = display_name(row["first_name"], row["last_name"], row["display_name"])
        if not name and row["linkedin_url"] is not None:
            name = joined_name(row["li_first"], row["li_last_name"])
        people.append(
            Person(
                id=row["id"],
                name=name or next(iter(mails), ""),
                first_name=row["first_name"],
                last_name=row["last_name"],
                emails=tuple(mails),
                company=row["company"] or row["li_company"] or "",
                position=row["position"],
                country=row["country"],
                stage=Stage(row["stage"]) if row["stage"] else None,
                stall_reason=StallReason(row["stall_reason"]) if row["stall_reason"] else None,
                notes=row["notes"],
                last_exchange=max(lasts) if lasts else None,
                linkedin_url=row["linkedin_url"],
                lead_state=LeadState(row["lead_state"]),
                state_until=row["state_until"],
                tags=tuple(t for t in row["tags"].split(",") if t),
                exchange_count=(row["own_n"] or 0) + (row["li_n"] or 0),
                kind=SenderKind(row["kind"]),
                kind_reason=row["kind_reason"],
                shared_box=bool(mails) and row["id"] not in personal,
            )
        )
    return people


def automated_people(reader: Reader) -> set[int]:
    """Ids of the people who are automated senders."""
    automated = SenderKind.AUTOMATED.value
    return set(reader.execute(sa.select(PERSON.c.id).where(PERSON.c.kind == automated)).scalars())


# -- LinkedIn profiles -----------------------------------------------------------------------


def list_profiles(reader: Reader, *, url: str | None = None) -> list[Profile]:
    """Every LinkedIn profile (or the one at ``url``) with its history (oldest first)."""
    position, profile = POSITION.c, PROFILE.c
    history: dict[int, list[PositionSpan]] = {}
    positions = sa.select(
        position.profile_id,
        position.company,
        position.position,
        position.first_seen,
        position.last_seen,
    ).order_by(position.profile_id, position.first_seen, position.id)
    profiles_query = sa.select(PROFILE).order_by(profile.last_name, profile.first_name, profile.id)
    if url is not None:
        profiles_query = profiles_query.where(profile.url == url)
        positions = positions.join(PROFILE, profile.id == position.profile_id).where(
            profile.url == url
        )
    for row in reader.execute(positions):
        history.setdefault(row.profile_id, []).append(
            PositionSpan(row.company, row.position, row.first_seen, row.last_seen)
        )
    profiles = []
    for row in reader.execute(profiles_query):
        profiles.append(
            Profile(
                id=row.id,
                url=row.url,
                first_name=row.first_name,
                last_name=row.last_name,
                email=row.email,
                company=row.company,
                position=row.position,
                connected_on=row.connected_on,
                status=ProfileStatus(row.status),
                history=_with_current(history.get(row.id, []), row),
            )
        )
    return profiles


def _with_current(past: list[PositionSpan], row: Any) -> tuple[PositionSpan, ...]:
    """Past spans, then the current company and title (kept on the profile row)."""
    if not (row.company or row.position) or row.status != ProfileStatus.CURRENT.value:
        return tuple(past)
    since = row.position_since or row.first_seen
    until = row.last_seen or since
    if since is None:
        return tuple(past)
    return (*past, PositionSpan(row.company, row.position, since, until))


# -- signals ---------------------------------------------------------------------------------


def list_signals(
    reader: Reader,
    *,
    since: datetime | None = None,
    kind: SignalKind | None = None,
    run_id: int | None = None,
    limit: int | None = None,
    person_id: int | None = None,
    profile_id: int | None = None,
) -> list[Signal]:
    """Signals newest first, with the name, email and profile URL they concern."""
    signal, profile, person, email = SIGNAL.c, PROFILE.c, PERSON.c, PERSON_EMAIL.c
    # Per row shown (the person_id index answers it), not an aggregate over every address.
    first_email = (
        sa.select(sa.func.min(email.email))
        .where(email.person_id == signal.person_id)
        .scalar_subquery()
        .label("email")
    )
    stmt = (
        sa.select(
            signal.id,
            signal.kind,
            signal.occurred_at,
            signal.person_id,
            signal.profile_id,
            signal.params,
            profile.first_name,
            profile.last_name,
            profile.url,
            profile.email.label("profile_email"),
            person.display_name,
            person.first_name.label("p_first"),
            person.last_name.label("p_last"),
            first_email,
        )
        .outerjoin(PROFILE, profile.id == signal.profile_id)
        .outerjoin(PERSON, person.id == signal.person_id)
        .order_by(signal.occurred_at.desc(), signal.id.desc())
    )
    if since is not None:
        stmt = stmt.where(signal.occurred_at >= stored_moment(reader, since))
    if kind is not None:
        stmt = stmt.where(signal.kind == kind.value)
    if run_id is not None:
        stmt = stmt.where(signal.import_run_id == run_id)
    if person_id is not None or profile_id is not None:
        stmt = stmt.where(
            sa.or_(
                signal.person_id == person_id if person_id is not None else sa.false(),
                signal.profile_id == profile_id if profile_id is not None else sa.false(),
            )
        )
    if limit is not None:
        stmt = stmt.limit(limit)
    signals = []
    for row in reader.execute(stmt):
        if row.url is not None:
            name = " ".join(p for p in (row.first_name, row.last_name) if p)
        else:
            name = row.display_name or " ".join(p for p in (row.p_first, row.p_last) if p)
        signals.append(
            Signal(
                id=row.id,
                kind=SignalKind(row.kind),
                occurred_at=utc(row.occurred_at),
                person_id=row.person_id,
                profile_id=row.profile_id,
                params=json.loads(row.params or "{}"),
                name=name,
                email=row.email or row.profile_email,
                linkedin_url=row.url,
            )
        )
    return signals


def stored_moment(reader: Reader, moment: datetime) -> datetime:
    """``moment`` as ``UTCDateTime`` stores it: UTC, without its zone on SQLite."""
    moment = utc(moment)
    bind = reader if isinstance(reader, sa.Connection) else reader.get_bind()
    return moment.replace(tzinfo=None) if bind.dialect.name == "sqlite" else moment


# -- pairs -----------------------------------------------------------------------------------

#: Evidence item: ``{"code": ..., **params}`` (``linkrevive.domain.phrases.evidence_text``).
Evidence = tuple[Mapping[str, Any], ...]

#: The one old sentence that outlives re-matches (decided pairs keep their evidence).
_OLD_SENTENCES = {"decided by the user": "user_decided"}


def _old_item(sentence: str) -> Mapping[str, Any]:
    code = _OLD_SENTENCES.get(sentence)
    return {"code": code} if code else {"code": "text", "text": sentence}


def load_evidence(text: str | None) -> Evidence:
    """Stored evidence; rows written before evidence codes hold plain English sentences."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        items = [text]
    if not isinstance(items, list):
        items = [items]
    return tuple(dict(e) if isinstance(e, dict) else _old_item(str(e)) for e in items)


@dataclass(frozen=True, slots=True)
class PairRow:
    """A pairing with what a reviewer needs to see of both sides."""

    person_id: int
    profile_id: int
    status: PairStatus
    score: float
    evidence: Evidence
    person_name: str
    emails: tuple[str, ...]
    person_company: str
    profile_name: str
    profile_url: str
    profile_company: str
    profile_position: str


def list_pairs(reader: Reader, status: PairStatus | None = None) -> list[PairRow]:
    """Pairings with both sides, best score first."""
    pairing, person, profile, email = PAIRING.c, PERSON.c, PROFILE.c, PERSON_EMAIL.c
    stmt = (
        sa.select(
            pairing.person_id,
            pairing.profile_id,
            pairing.status,
            pairing.score,
            pairing.evidence,
            person.display_name,
            person.first_name.label("pf"),
            person.last_name.label("pl"),
            person.company.label("pc"),
            profile.first_name,
            profile.last_name,
            profile.url,
            profile.company,
            profile.position,
        )
        .join(PERSON, person.id == pairing.person_id)
        .join(PROFILE, profile.id == pairing.profile_id)
        .order_by(pairing.score.desc(), pairing.id)
    )
    if status is not None:
        stmt = stmt.where(pairing.status == status.value)
    emails: dict[int, list[str]] = {}
    for person_id, address, is_role in reader.execute(
        sa.select(email.person_id, email.email, email.is_role).order_by(email.id)
    ):
        # A shared box is the company's address, never the person's: not listed.
        if not is_role and not is_role_address(address):
            emails.setdefault(person_id, []).append(address)
    found = []
    for r in reader.execute(stmt):
        mails = tuple(emails.get(r.person_id, ()))
        name = (
            r.display_name or " ".join(p for p in (r.pf, r.pl) if p) or (mails[0] if mails else "")
        )
        found.append(
            PairRow(
                person_id=r.person_id,
                profile_id=r.profile_id,
                status=PairStatus(r.status),
                score=r.score,
                evidence=load_evidence(r.evidence),
                person_name=name,
                emails=mails,
                person_company=r.pc,
                profile_name=" ".join(p for p in (r.first_name, r.last_name) if p),
                profile_url=r.url,
                profile_company=r.company,
                profile_position=r.position,
            )
        )
    return _without_name_twins(found)


def _without_name_twins(rows: list[PairRow]) -> list[PairRow]:
    """One row per person and LinkedIn person: a profile known only by name (``name:…``)
    beside the same name under a real URL, for one person, is the same pair twice (the
    real URL stays, unless the user confirmed the name-only one)."""
    real = {
        (row.person_id, fold_words(row.profile_name))
        for row in rows
        if not row.profile_url.startswith("name:")
    }
    return [
        row
        for row in rows
        if not row.profile_url.startswith("name:")
        or row.status is PairStatus.CONFIRMED
        or (row.person_id, fold_words(row.profile_name)) not in real
    ]

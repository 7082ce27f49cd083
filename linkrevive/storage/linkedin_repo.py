"""Bulk reads and writes of the LinkedIn side (profiles, positions) for imports."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import ProfileStatus
from linkrevive.domain.models import Profile, ProfileState
from linkrevive.domain.records import Batch
from linkrevive.storage import consultant_repo
from linkrevive.storage.bulk import (
    bulk_insert,
    driver_rows,
    insert_returning,
    placeholder,
    plain_rows,
    update_rows,
)

# The listing of profiles reads on Core, without the ORM: it lives with the other listings.
from linkrevive.storage.listings import list_profiles as list_profiles
from linkrevive.storage.tables import ConnectionStateRow, PositionRow, ProfileRow

_profile = ProfileRow.__table__  # type: ignore[attr-defined]
_position = PositionRow.__table__  # type: ignore[attr-defined]
_connection = ConnectionStateRow.__table__  # type: ignore[attr-defined]

#: The status, in a consultant's network, of a profile only teammates are connected to.
TEAMMATES_ONLY = ""

# The ``network`` argument below: None for the database's one network (the profile rows
# themselves, while the implicit consultant is alone), else the consultant whose ties
# (``connection``) stand in for the profile's tie columns.


_STATE_COLUMNS = (
    "id",
    "url",
    "first_name",
    "last_name",
    "email",
    "company",
    "position",
    "connected_on",
    "status",
    "first_seen",
    "last_seen",
    "position_since",
    "removed_on",
)


def load_profile_states(
    session: Session, urls: Collection[str] | None = None, network: int | None = None
) -> dict[str, ProfileState]:
    """Every stored profile (or those at ``urls``) keyed by URL, read straight from the
    driver: an import reads 30,000 of them. In a consultant's ``network``, the tie columns
    are theirs (status :data:`TEAMMATES_ONLY` when only teammates are connected)."""
    if network is not None:
        rows = _network_rows(session, network, urls)
    elif urls is None:
        rows = plain_rows(session, _profile, _STATE_COLUMNS)
    else:
        rows = [
            row
            for chunk in _chunks(sorted(urls))
            for row in plain_rows(session, _profile, _STATE_COLUMNS, where_in=("url", chunk))
        ]
    # Dates come back as ISO text on SQLite and as dates elsewhere; a few thousand distinct.
    distinct = {value for row in rows for value in (row[7], row[9], row[10], row[11], row[12])}
    days: dict[Any, date | None] = {
        value: date.fromisoformat(value) if isinstance(value, str) else value for value in distinct
    }
    state = ProfileState
    return {
        r[1]: state(r[0], r[1], r[2], r[3], r[4], r[5], r[6], days[r[7]], r[8], days[r[9]],
                    days[r[10]], days[r[11]], days[r[12]])
        for r in rows
    }  # fmt: skip


def _network_join(session: Session, network: int) -> tuple[str, str, tuple[Any, ...]]:
    """The SQL of a profile's status in this consultant's network and its parameters, then
    ``FROM … LEFT JOIN`` of the profiles with their ties (one parameter: ``network``)."""
    quote = session.get_bind().dialect.identifier_preparer.quote
    mark = placeholder(session)
    # Known from teammates' messages or invitations only: as known from one's own.
    status = (
        f"COALESCE(c.{quote('status')}, CASE WHEN p.{quote('status')} IN ({mark}, {mark}) "
        f"THEN {mark} ELSE p.{quote('status')} END)"
    )
    joined = (
        f"FROM {quote('profile')} p LEFT JOIN {quote('connection')} c "
        f"ON c.{quote('profile_id')} = p.{quote('id')} AND c.{quote('consultant_id')} = {mark}"
    )
    status_params = (ProfileStatus.CURRENT.value, ProfileStatus.REMOVED.value, TEAMMATES_ONLY)
    return status, joined, status_params


def _network_rows(
    session: Session, network: int, urls: Collection[str] | None
) -> list[tuple[Any, ...]]:
    """The state columns of the profiles (at ``urls``) in this consultant's network."""
    quote = session.get_bind().dialect.identifier_preparer.quote
    status, joined, status_params = _network_join(session, network)
    params = (*status_params, network)
    tie = {"connected_on", "first_seen", "last_seen", "removed_on"}
    columns = ", ".join(
        status if c == "status" else f"{'c' if c in tie else 'p'}.{quote(c)}"
        for c in _STATE_COLUMNS
    )
    sql = f"SELECT {columns} {joined}"
    if urls is None:
        return driver_rows(session, sql, params)
    mark = placeholder(session)
    return [
        row
        for chunk in _chunks(sorted(urls))
        for row in driver_rows(
            session,
            f"{sql} WHERE p.{quote('url')} IN ({', '.join([mark] * len(chunk))})",
            (*params, *chunk),
        )
    ]


#: A stored profile in brief: ``(id, status, connection values as one string)``.
ProfileDigest = tuple[int, str, str]


_SEPARATOR = "\x1f"  # ASCII unit separator: never in a name, title or URL


def connection_values(
    first_name: str,
    last_name: str,
    email: str | None,
    company: str,
    position: str,
    connected_on: str,
) -> str:
    """The ``values`` of a :class:`ProfileDigest` for these values (``connected_on`` in
    ISO form, or empty). Equal strings mean nothing changed."""
    return _SEPARATOR.join((first_name, last_name, email or "", company, position, connected_on))


def digest_company(digest: ProfileDigest) -> str:
    """The company a :class:`ProfileDigest` holds."""
    return digest[2].split(_SEPARATOR)[3] if digest[2] else ""


def digest_name_and_day(digest: ProfileDigest) -> tuple[str, str, str]:
    """The first name, last name and day of connection (ISO, or empty) a
    :class:`ProfileDigest` holds."""
    if not digest[2]:
        return "", "", ""
    values = digest[2].split(_SEPARATOR)
    return values[0], values[1], values[5]


def profile_digests(session: Session, network: int | None = None) -> dict[str, ProfileDigest]:
    """Every stored profile in brief, keyed by URL (in a consultant's ``network``: their
    status and connection day).

    The database joins the values itself: one short string per profile is much cheaper to
    read than six columns and four dates, and a newer export mostly repeats them. Should a
    server write a date differently, the strings differ and the import compares in full.
    """
    quote = session.get_bind().dialect.identifier_preparer.quote
    mark = placeholder(session)
    column = quote if network is None else (lambda name: f"p.{quote(name)}")
    parts = [
        column("first_name"),
        column("last_name"),
        f"COALESCE({column('email')}, '')",
        column("company"),
        column("position"),
        f"COALESCE(CAST({'' if network is None else 'c.'}{quote('connected_on')} "
        "AS VARCHAR(10)), '')",
    ]
    joined = f" || {mark} || ".join(parts)
    separators = (_SEPARATOR,) * (len(parts) - 1)
    if network is None:
        sql = f"SELECT {quote('url')}, {quote('id')}, {quote('status')}, {joined} "
        sql += f"FROM {quote('profile')}"
        params: tuple[Any, ...] = separators
    else:
        status, source, status_params = _network_join(session, network)
        sql = f"SELECT p.{quote('url')}, p.{quote('id')}, {status}, {joined} {source}"
        params = (*status_params, *separators, network)
    rows = driver_rows(session, sql, params)
    return {url: (pid, status, values) for url, pid, status, values in rows}


def latest_seen(session: Session, network: int | None = None) -> date | None:
    """The date of the newest export any profile was seen in (in a consultant's network:
    the newest of their exports)."""
    if network is not None:
        return consultant_repo.latest_seen(session, network)
    found: date | None = session.execute(sa.select(sa.func.max(_profile.c.last_seen))).scalar()
    return found


def profile_ids(session: Session) -> dict[str, int]:
    """The id of every profile, keyed by URL."""
    return dict(plain_rows(session, _profile, ("url", "id")))


def _chunks(values: Sequence[Any], size: int = 900) -> Iterator[Sequence[Any]]:
    """``values`` a few hundred at a time (SQLite takes at most 999 parameters)."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def insert_profiles(session: Session, rows: Batch, network: int | None = None) -> dict[str, int]:
    """Insert new profiles; returns their ids keyed by URL.

    ``INSERT … ON CONFLICT DO NOTHING RETURNING``: a profile another import stored meanwhile
    is skipped, its id read back by URL; no other writer's rows leak in. In a consultant's
    ``network`` each also becomes their tie, with the tie values given.
    """
    if not rows.rows:
        return {}
    # Straight to the driver, thousands of rows a statement: at 30,000 profiles
    # SQLAlchemy's own handling of each row's parameters costs half a second.
    created: dict[str, int] = dict(
        insert_returning(session, _profile, rows, skip_duplicates_of="url", returning=("url", "id"))
    )
    at = rows.columns.index("url")
    missed = (
        [] if len(created) == len(rows.rows) else [r[at] for r in rows.rows if r[at] not in created]
    )
    for chunk in _chunks(missed):
        created.update(plain_rows(session, _profile, ("url", "id"), where_in=("url", chunk)))
    if network is not None:
        given = {name: i for i, name in enumerate(rows.columns)}
        tie = [(name, given.get(name)) for name in consultant_repo.TIE_COLUMNS]
        ties = [
            {"profile_id": created[row[at]]}
            | {name: rows.constants.get(name) if i is None else row[i] for name, i in tie}
            for row in rows.rows
        ]
        consultant_repo.upsert_ties(session, network, ties)
    return created


def profile_names(session: Session) -> list[tuple[int, str, str, str, str]]:
    """``(id, url, first name, last name, company)`` of every profile."""
    return [
        (pid, url, first, last, company)
        for pid, url, first, last, company in plain_rows(
            session, _profile, ("id", "url", "first_name", "last_name", "company")
        )
    ]


def update_profiles(
    session: Session, updates: Sequence[dict[str, Any]], network: int | None = None
) -> None:
    """Apply ``{"id": ..., column: value}`` updates; rows sharing a column set go together.
    In a consultant's ``network`` the tie columns go to their ties."""
    if network is not None:
        tie = set(consultant_repo.TIE_COLUMNS)
        ties = [
            {"profile_id": u["id"]} | {k: v for k, v in u.items() if k in tie}
            for u in updates
            if tie.intersection(u)
        ]
        updates = [{k: v for k, v in u.items() if k not in tie} for u in updates]
        if ties:
            consultant_repo.upsert_ties(session, network, ties)
    # Straight to the driver: a newer export updates thousands of profiles, and
    # SQLAlchemy's handling of each row costs more than the database's own work.
    update_rows(session, _profile, updates)


def insert_positions(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert position-history rows (profile_id, company, position, first/last seen)."""
    bulk_insert(session, _position, rows)


#: A stored past position: ``(id, company, position, first_seen, last_seen)``.
StoredSpan = tuple[int, str, str, date, date]


def position_spans(session: Session, profile_ids: Collection[int]) -> dict[int, list[StoredSpan]]:
    """The past positions of these profiles, oldest first, keyed by profile id."""
    found: dict[int, list[StoredSpan]] = {}
    for chunk in _chunks(sorted(profile_ids)):
        query = (
            sa.select(
                _position.c.profile_id,
                _position.c.id,
                _position.c.company,
                _position.c.position,
                _position.c.first_seen,
                _position.c.last_seen,
            )
            .where(_position.c.profile_id.in_(chunk))
            .order_by(_position.c.profile_id, _position.c.first_seen, _position.c.id)
        )
        for pid, span_id, company, position, first, last in session.execute(query):
            found.setdefault(pid, []).append((span_id, company, position, first, last))
    return found


def update_positions(session: Session, updates: Sequence[dict[str, Any]]) -> None:
    """Move the dates of past positions: ``{"id": ..., "first_seen": ..., "last_seen": ...}``."""
    if not updates:
        return
    stmt = (
        sa.update(_position)
        .where(_position.c.id == sa.bindparam("b_id"))
        .values(first_seen=sa.bindparam("b_first_seen"), last_seen=sa.bindparam("b_last_seen"))
    )
    session.connection().execute(stmt, [{"b_" + k: v for k, v in u.items()} for u in updates])


def mark_seen(session: Session, profile_ids: Sequence[int], day: date) -> None:
    """Record that these profiles were in the export of ``day``."""
    for chunk in _chunks(list(profile_ids)):
        session.execute(
            sa.update(_profile)
            .where(_profile.c.id.in_(chunk))
            .where(sa.or_(_profile.c.last_seen.is_(None), _profile.c.last_seen < day))
            .values(last_seen=day)
        )


def mark_all_current_seen(session: Session, day: date, network: int | None = None) -> None:
    """Record that every current connection was in the export of ``day`` (the newest one,
    once those missing from it are marked removed)."""
    current = ProfileStatus.CURRENT.value
    if network is None:
        session.execute(
            sa.update(_profile)
            .where(_profile.c.status == current)
            .where(sa.or_(_profile.c.last_seen.is_(None), _profile.c.last_seen < day))
            .values(last_seen=day)
        )
        return
    mine = sa.select(_connection.c.profile_id).where(
        _connection.c.consultant_id == network, _connection.c.status == current
    )
    # The team's last sighting is the latest of anyone's: this day, if later.
    session.execute(
        sa.update(_profile)
        .where(_profile.c.id.in_(mine))
        .where(sa.or_(_profile.c.last_seen.is_(None), _profile.c.last_seen < day))
        .values(last_seen=day)
    )
    session.execute(
        sa.update(_connection)
        .where(_connection.c.consultant_id == network, _connection.c.status == current)
        .where(sa.or_(_connection.c.last_seen.is_(None), _connection.c.last_seen < day))
        .values(last_seen=day)
    )


def mark_gone_earlier(
    session: Session, day: date, *, keep: Collection[int], network: int | None = None
) -> None:
    """An older export dated ``day`` lacks removed connections last seen before it: they
    were gone by ``day`` already (except the profiles in ``keep``, which it holds)."""
    removed = ProfileStatus.REMOVED.value
    if network is None:
        query = sa.select(_profile.c.id).where(
            _profile.c.status == removed,
            _profile.c.last_seen < day,
            _profile.c.removed_on > day,
        )
        ids = [pid for (pid,) in session.execute(query) if pid not in keep]
        for chunk in _chunks(ids):
            session.execute(
                sa.update(_profile).where(_profile.c.id.in_(chunk)).values(removed_on=day)
            )
        return
    query = sa.select(_connection.c.profile_id).where(
        _connection.c.consultant_id == network,
        _connection.c.status == removed,
        _connection.c.last_seen < day,
        _connection.c.removed_on > day,
    )
    ids = [pid for (pid,) in session.execute(query) if pid not in keep]
    consultant_repo.upsert_ties(
        session, network, [{"profile_id": i, "removed_on": day} for i in ids]
    )


def mark_removed(
    session: Session, profile_ids: Sequence[int], removed_on: date, network: int | None = None
) -> None:
    """Mark connections missing from the newest export as removed (kept, never deleted);
    in a consultant's ``network``, their ties only."""
    if network is not None:
        removed = ProfileStatus.REMOVED.value
        consultant_repo.upsert_ties(
            session,
            network,
            [{"profile_id": i, "status": removed, "removed_on": removed_on} for i in profile_ids],
        )
        return
    for chunk in _chunks(list(profile_ids)):
        session.execute(
            sa.update(_profile)
            .where(_profile.c.id.in_(chunk))
            .values(status="removed", removed_on=removed_on)
        )


def connected_after(session: Session, day: date, network: int | None = None) -> set[str]:
    """The URLs of the current connections connected after ``day`` (in a consultant's
    ``network``: theirs)."""
    current = ProfileStatus.CURRENT.value
    stmt = sa.select(_profile.c.url)
    if network is None:
        stmt = stmt.where(_profile.c.status == current, _profile.c.connected_on > day)
    else:
        stmt = stmt.join(_connection, _connection.c.profile_id == _profile.c.id).where(
            _connection.c.consultant_id == network,
            _connection.c.status == current,
            _connection.c.connected_on > day,
        )
    return set(session.execute(stmt).scalars())


def get_profile(session: Session, url: str) -> Profile | None:
    """One profile by URL, with its history."""
    found = list_profiles(session, url=url)
    return found[0] if found else None


def has_profiles(session: Session) -> bool:
    """Whether the LinkedIn side holds anyone."""
    return session.execute(sa.select(_profile.c.id).limit(1)).first() is not None


def former_companies(session: Session) -> dict[int, tuple[str, ...]]:
    """Earlier employers of each profile from the position history, most recent first."""
    found: dict[int, list[str]] = {}
    query = sa.select(_position.c.profile_id, _position.c.company).order_by(
        _position.c.profile_id, _position.c.last_seen.desc(), _position.c.id.desc()
    )
    # Straight from the driver: 30,000 profiles have more positions than that.
    for profile_id, company in driver_rows(
        session, str(query.compile(dialect=session.get_bind().dialect))
    ):
        companies = found.setdefault(profile_id, [])
        if company and company not in companies:
            companies.append(company)
    return {pid: tuple(companies) for pid, companies in found.items() if companies}

"""The consultants of a database and each one's ties to the LinkedIn profiles.

Each consultant has their own LinkedIn network: a ``connection`` row per profile they know
(connected since, current or removed, the first and last of their exports it was in). The
profile row keeps the team's view of those ties, which for a database of one consultant
is that consultant's own: current when anyone's tie is, connected since the earliest tie,
seen until the latest export that showed it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import ProfileStatus
from linkrevive.storage.database import upsert
from linkrevive.storage.tables import ConnectionStateRow, ConsultantRow, ImportRunRow, ProfileRow
from linkrevive.storage.team_listings import (
    IMPLICIT_ID,
    find_consultant,
    is_shared,
    latest_seen,
    ties,
)

_consultant = ConsultantRow.__table__  # type: ignore[attr-defined]
_connection = ConnectionStateRow.__table__  # type: ignore[attr-defined]
_profile = ProfileRow.__table__  # type: ignore[attr-defined]
_run = ImportRunRow.__table__  # type: ignore[attr-defined]

#: The columns of a tie, on ``connection`` and (the team's view) on ``profile``.
TIE_COLUMNS = ("status", "connected_on", "first_seen", "last_seen", "removed_on")


def consultant_id(session: Session, name: str | None) -> int:
    """The id of the consultant called ``name``, created if new; the implicit consultant's
    for no name. Safe with concurrent writers (the name is unique, the insert skips it).

    While the implicit consultant is alone, the profile rows are their ties; the first
    named consultant copies those into ``connection`` (see :func:`network`)."""
    name = (name or "").strip()
    if not name:
        return IMPLICIT_ID
    shared = is_shared(session)
    session.execute(upsert(session, _consultant).values(name=name).on_conflict_do_nothing())
    found: int = session.execute(
        sa.select(_consultant.c.id).where(_consultant.c.name == name)
    ).scalar_one()
    if not shared:
        _adopt_untied_profiles(session)
    return found


def acting(session: Session, name: str | None) -> int | None:
    """The consultant a user's own action (a lead state, a logged exchange) is recorded
    for: None in a database of one consultant (the person rows hold it, as before
    consultants), else the consultant called ``name`` (created if new), the implicit
    consultant for no name."""
    if not is_shared(session):
        return None
    return consultant_id(session, name)


def network(session: Session, consultant: int) -> int | None:
    """The network an import of ``consultant`` works on: None while the implicit consultant
    is alone (the profile rows are their ties, as before consultants), else the id."""
    if consultant == IMPLICIT_ID and not is_shared(session):
        return None
    return consultant


def _adopt_untied_profiles(session: Session) -> None:
    """Give the implicit consultant a tie to every profile nobody is tied to, with the
    values the profile row holds (their network until now)."""
    columns = [_profile.c.id, *(_profile.c[k] for k in TIE_COLUMNS)]
    tied = sa.select(_connection.c.id).where(_connection.c.profile_id == _profile.c.id)
    query = sa.select(sa.literal(IMPLICIT_ID), *columns).where(~tied.exists())
    # Two teammates' first imports at once both copy: the second one's copies are skipped.
    insert = upsert(session, _connection).from_select(
        ["consultant_id", "profile_id", *TIE_COLUMNS], query
    )
    session.execute(insert.on_conflict_do_nothing(index_elements=["consultant_id", "profile_id"]))


def upsert_ties(session: Session, consultant: int, rows: Sequence[dict[str, Any]]) -> None:
    """Write ``{"profile_id": ..., column: value}`` into the consultant's ties: a new tie
    (its ``status`` given) or changed columns of one; rows sharing a column set go together.
    Then the profiles' team view follows."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        keys = tuple(sorted(k for k in row if k != "profile_id"))
        if keys:
            groups.setdefault(keys, []).append(row)
    for keys, group in groups.items():
        if "status" in keys:
            insert = upsert(session, _connection)
            stmt = insert.on_conflict_do_update(
                index_elements=["consultant_id", "profile_id"],
                set_={k: insert.excluded[k] for k in keys},
            )
            session.execute(stmt, [{"consultant_id": consultant, **row} for row in group])
        else:
            stmt = (
                sa.update(_connection)
                .where(_connection.c.consultant_id == consultant)
                .where(_connection.c.profile_id == sa.bindparam("b_profile_id"))
                .values({k: sa.bindparam("b_" + k) for k in keys})
            )
            params = [{"b_" + k: v for k, v in row.items()} for row in group]
            session.connection().execute(stmt, params)
    refresh_team_view(session, {row["profile_id"] for row in rows})


def refresh_team_view(session: Session, profile_ids: Collection[int]) -> None:
    """Set the tie columns of these profiles from every consultant's ties: current when
    one is (then never removed), else removed when one is (on the latest removal day),
    else an invitation before a message; connected since the earliest, first and last
    seen the earliest and latest. Profiles nobody is tied to keep what they hold."""
    status = _connection.c.status
    current, removed = ProfileStatus.CURRENT.value, ProfileStatus.REMOVED.value
    invitation = ProfileStatus.INVITATION.value

    def holds(value: str) -> Any:
        return sa.func.max(sa.case((status == value, 1), else_=0)) == 1

    for chunk in _chunks(sorted(profile_ids)):
        view = (
            sa.select(
                _connection.c.profile_id,
                sa.case(
                    (holds(current), current),
                    (holds(removed), removed),
                    (holds(invitation), invitation),
                    else_=sa.func.min(status),
                ).label("status"),
                sa.func.min(_connection.c.connected_on).label("connected_on"),
                sa.func.min(_connection.c.first_seen).label("first_seen"),
                sa.func.max(_connection.c.last_seen).label("last_seen"),
                sa.case(
                    (holds(current), sa.null()), else_=sa.func.max(_connection.c.removed_on)
                ).label("removed_on"),
            )
            .where(_connection.c.profile_id.in_(chunk))
            .group_by(_connection.c.profile_id)
        )
        rows = [dict(row._mapping) for row in session.execute(view)]
        if not rows:
            continue
        stmt = (
            sa.update(_profile)
            .where(_profile.c.id == sa.bindparam("b_profile_id"))
            .values({k: sa.bindparam("b_" + k) for k in TIE_COLUMNS})
        )
        session.connection().execute(stmt, [{"b_" + k: v for k, v in r.items()} for r in rows])


__all__ = [
    "IMPLICIT_ID",
    "TIE_COLUMNS",
    "acting",
    "consultant_id",
    "find_consultant",
    "is_shared",
    "latest_seen",
    "network",
    "own_run",
    "refresh_team_view",
    "ties",
    "upsert_ties",
]


def own_run(session: Session, run_id: int, consultant: int) -> None:
    """Record whose import the run is."""
    session.execute(sa.update(_run).where(_run.c.id == run_id).values(consultant_id=consultant))


def _chunks(values: Sequence[Any], size: int = 900) -> Iterator[Sequence[Any]]:
    """``values`` a few hundred at a time (SQLite takes at most 999 parameters)."""
    for start in range(0, len(values), size):
        yield values[start : start + size]

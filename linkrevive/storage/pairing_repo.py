"""Pairings between people and profiles: the matcher's proposals and the user's decisions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.senders import SenderKind
from linkrevive.domain.text import is_role_address
from linkrevive.storage.bulk import bulk_insert, driver_rows
from linkrevive.storage.database import upsert

# The listing of pairs reads on Core, without the ORM: it lives with the other listings.
from linkrevive.storage.listings import Evidence
from linkrevive.storage.listings import PairRow as PairRow
from linkrevive.storage.listings import list_pairs as list_pairs
from linkrevive.storage.tables import PairingRow, PersonEmailRow, PersonRow, ProfileRow

_pairing = PairingRow.__table__  # type: ignore[attr-defined]
_person = PersonRow.__table__  # type: ignore[attr-defined]
_email = PersonEmailRow.__table__  # type: ignore[attr-defined]
_profile = ProfileRow.__table__  # type: ignore[attr-defined]

DECIDED = (PairStatus.CONFIRMED.value, PairStatus.REJECTED.value)
PROPOSED = (PairStatus.AUTO.value, PairStatus.SUGGESTED.value)


def _dump_evidence(evidence: Evidence) -> str:
    return json.dumps([dict(e) for e in evidence], ensure_ascii=False)


#: A person as the matcher needs them: id, first name, last name, display name, company,
#: their own addresses (shared boxes left out), and the shared boxes their card holds.
PersonFields = tuple[int, str, str, str, str, tuple[str, ...], tuple[str, ...]]


def people_to_pair(session: Session) -> list[PersonFields]:
    """Every person who may pair, in id order, with their own addresses: never an automated
    sender, nor a person known by shared boxes alone. Read straight from the driver (the
    matcher reads 25,000 people at each run)."""
    dialect = session.get_bind().dialect
    people = driver_rows(session, str(
        sa.select(_person.c.id, _person.c.first_name, _person.c.last_name,
                  _person.c.display_name, _person.c.company, _person.c.kind)
        .order_by(_person.c.id).compile(dialect=dialect)
    ))  # fmt: skip
    emails: dict[int, list[str]] = {}
    shared: dict[int, list[str]] = {}
    for person_id, email, is_role in driver_rows(session, str(
        sa.select(_email.c.person_id, _email.c.email, _email.c.is_role)
        .order_by(_email.c.id).compile(dialect=dialect)
    )):  # fmt: skip
        if is_role or is_role_address(email):
            shared.setdefault(person_id, []).append(email)
        else:
            emails.setdefault(person_id, []).append(email)
    automated = SenderKind.AUTOMATED.value
    return [
        (pid, first, last, display, company, tuple(emails.get(pid, ())), tuple(shared.get(pid, ())))
        for pid, first, last, display, company, kind in people
        if kind != automated and (pid in emails or pid not in shared)
    ]


#: A profile as the matcher needs it: id, first name, last name, email, company, URL.
ProfileFields = tuple[int, str, str, str | None, str, str]


def profiles_to_pair(session: Session) -> list[ProfileFields]:
    """Every profile, in id order, straight from the driver."""
    query = sa.select(
        _profile.c.id, _profile.c.first_name, _profile.c.last_name, _profile.c.email,
        _profile.c.company, _profile.c.url,
    ).order_by(_profile.c.id)  # fmt: skip
    return driver_rows(session, str(query.compile(dialect=session.get_bind().dialect)))


def decisions(session: Session) -> list[tuple[int, int, PairStatus]]:
    """Every confirmed or rejected pair."""
    rows = session.execute(
        sa.select(_pairing.c.person_id, _pairing.c.profile_id, _pairing.c.status).where(
            _pairing.c.status.in_(DECIDED)
        )
    )
    return [(p, q, PairStatus(s)) for p, q, s in rows]


def auto_pairs(session: Session) -> list[tuple[int, int]]:
    """Every automatic pair (person id, profile id)."""
    rows = session.execute(
        sa.select(_pairing.c.person_id, _pairing.c.profile_id).where(
            _pairing.c.status == PairStatus.AUTO.value
        )
    )
    return [(p, q) for p, q in rows]


def proposed_profiles(session: Session, people: Iterable[int]) -> set[int]:
    """The profiles proposed (AUTO or SUGGESTED) to any of these people."""
    ids = list(people)
    found: set[int] = set()
    for start in range(0, len(ids), 900):
        found.update(
            session.execute(
                sa.select(_pairing.c.profile_id)
                .where(_pairing.c.status.in_(PROPOSED))
                .where(_pairing.c.person_id.in_(ids[start : start + 900]))
            ).scalars()
        )
    return found


def replace_proposals(
    session: Session,
    proposals: Sequence[tuple[int, int, PairStatus, float, Evidence]],
    *,
    people: Sequence[int] | None,
) -> None:
    """Drop the automatic and suggested pairs of ``people`` (None: everyone) and store new ones.

    Confirmed and rejected pairs are the user's and are never touched here.
    """
    delete = sa.delete(_pairing).where(_pairing.c.status.in_(PROPOSED))
    if people is None:
        session.execute(delete)
    else:
        ids = list(people)
        for start in range(0, len(ids), 900):
            session.execute(delete.where(_pairing.c.person_id.in_(ids[start : start + 900])))
    now = datetime.now(UTC)
    bulk_insert(
        session,
        _pairing,
        [
            {
                "person_id": p,
                "profile_id": q,
                "status": s.value,
                "score": round(score, 4),
                "evidence": _dump_evidence(evidence),
                "decided_at": None,
                "updated_at": now,
            }
            for p, q, s, score, evidence in proposals
        ],
        skip_duplicates_of=None,
    )


def decide(session: Session, person_id: int, profile_id: int, status: PairStatus) -> None:
    """Record the user's decision; a confirmation replaces other pairs of both sides."""
    now = datetime.now(UTC)
    if status is PairStatus.CONFIRMED:
        session.execute(
            sa.delete(_pairing)
            .where(_pairing.c.status.in_((*PROPOSED, PairStatus.CONFIRMED.value)))
            .where(sa.or_(_pairing.c.person_id == person_id, _pairing.c.profile_id == profile_id))
            .where(
                sa.not_((_pairing.c.person_id == person_id) & (_pairing.c.profile_id == profile_id))
            )
        )
    # One statement: a pair decided twice at once is one row with the last decision.
    session.execute(
        upsert(session, _pairing)
        .values(
            person_id=person_id,
            profile_id=profile_id,
            status=status.value,
            score=1.0,
            evidence=_dump_evidence(({"code": "user_decided"},)),
            decided_at=now,
            updated_at=now,
        )
        .on_conflict_do_update(
            index_elements=["person_id", "profile_id"],
            set_={"status": status.value, "decided_at": now, "updated_at": now},
        )
    )


def confirmed_person(
    session: Session, profile_id: int, status: PairStatus = PairStatus.CONFIRMED
) -> int | None:
    """The person the user confirmed for a profile (or paired with it as ``status``), if any."""
    value = session.execute(
        sa.select(_pairing.c.person_id)
        .where(_pairing.c.profile_id == profile_id)
        .where(_pairing.c.status == status.value)
        .order_by(_pairing.c.decided_at)
        .limit(1)
    ).scalar()
    return int(value) if value is not None else None


def auto_holder(session: Session, profile_id: int, excluding: Iterable[int]) -> int | None:
    """The first person (by id) automatically paired with a profile, apart from ``excluding``."""
    value = session.execute(
        sa.select(_pairing.c.person_id)
        .where(_pairing.c.profile_id == profile_id)
        .where(_pairing.c.status == PairStatus.AUTO.value)
        .where(_pairing.c.person_id.not_in(list(excluding)))
        .order_by(_pairing.c.person_id)
        .limit(1)
    ).scalar()
    return int(value) if value is not None else None


def profile_id_by_url(session: Session, url: str) -> int | None:
    """The id of the profile at ``url``."""
    value = session.execute(sa.select(_profile.c.id).where(_profile.c.url == url)).scalar()
    return int(value) if value is not None else None

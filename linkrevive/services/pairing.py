"""Pairing of people with LinkedIn profiles: run the matcher, keep the user's decisions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.errors import InputError
from linkrevive.domain.records import CancelledFn, ProgressFn, never_cancelled, no_progress
from linkrevive.domain.text import normalize_email, normalize_linkedin_url, same_person_name
from linkrevive.matching import (
    Decision,
    PersonSide,
    ProfileSide,
    Proposal,
    match,
    paused_collection,
    rematch,
)
from linkrevive.services.workspace import phase
from linkrevive.storage import linkedin_repo, pairing_repo, people_repo
from linkrevive.storage.pairing_repo import PairRow

#: The evidence of a record paired as another address of the profile's person.
OTHER_ADDRESS = "same_person_other_address"

if TYPE_CHECKING:
    from linkrevive.services.workspace import Workspace

__all__ = [
    "PairRow",
    "decide",
    "decide_by_keys",
    "list_pairs",
    "pair_changes",
    "run_match",
]


def _sides(session: Any) -> tuple[list[PersonSide], list[ProfileSide], list[Decision]]:
    """Both sides as the matcher sees them, and the user's decisions.

    A person is given with their own addresses only: shared boxes (role local parts, or an
    address found in two people's cards) are the company's and never pair; they go beside
    (``PersonSide.boxes``) as the company the card belongs with. A person known by shared
    boxes alone is no one to pair.
    """
    people = [
        PersonSide(id=pid, first_name=first, last_name=last, display_name=display,
                   emails=emails, company=company, boxes=boxes)
        for pid, first, last, display, company, emails, boxes in pairing_repo.people_to_pair(
            session
        )
    ]  # fmt: skip
    former = linkedin_repo.former_companies(session)
    profiles = [
        ProfileSide(id=pid, first_name=first, last_name=last, email=email, company=company,
                    url=url, former_companies=former.get(pid, ()))
        for pid, first, last, email, company, url in pairing_repo.profiles_to_pair(session)
    ]  # fmt: skip
    decisions = [Decision(p, q, s) for p, q, s in pairing_repo.decisions(session)]
    return people, profiles, decisions


def run_match(
    workspace: Workspace,
    *,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> dict[str, int]:
    """Pair everyone again (one transaction); the user's decisions are kept as they are.

    Returns the counts of auto, suggested and unmatched people.
    """
    with workspace.database.session(write=True) as session, paused_collection():
        people, profiles, decisions = _sides(session)
        proposals = match(people, profiles, decisions, progress=progress, cancelled=cancelled)
        pairing_repo.replace_proposals(
            session,
            [(p.person_id, p.profile_id, p.status, p.score, p.evidence) for p in proposals],
            people=None,
        )
        joined = _join_other_addresses(session, proposals)
        proposals = [p for p in proposals if p.person_id not in joined]
        confirmed = {d.person_id for d in decisions if d.status is PairStatus.CONFIRMED}
    auto = {p.person_id for p in proposals if p.status is PairStatus.AUTO}
    suggested = {p.person_id for p in proposals if p.status is PairStatus.SUGGESTED} - auto
    paired = auto | suggested | confirmed
    return {
        "auto": len(auto),
        "suggested": len(suggested),
        "confirmed": len(confirmed),
        "unmatched": sum(1 for p in people if p.id not in paired),
    }


def pair_changes(
    session: Any,
    *,
    people: set[int] | None = None,
    profiles: set[int] | None = None,
    cancelled: CancelledFn = never_cancelled,
) -> None:
    """Re-pair in the caller's transaction, re-assigning only the people the changes can reach.

    An import calls this before it commits, so that its data and their pairing are saved
    together or not at all. ``people`` and ``profiles`` are the ids the import created or
    changed (None: unknown, so everything is re-scored). Raises ``Cancelled`` once
    ``cancelled()`` is true.
    """
    if people is not None and profiles is not None and not people and not profiles:
        return
    if not people_repo.has_people(session) or not linkedin_repo.has_profiles(session):
        return  # one side is empty: nothing can pair
    with paused_collection():
        _pair(session, people, profiles, cancelled)


def _pair(
    session: Any, people: set[int] | None, profiles: set[int] | None, cancelled: CancelledFn
) -> None:
    """The work of :func:`pair_changes`."""
    all_people, all_profiles, decisions = _sides(session)
    if people is None or profiles is None:
        proposals = match(all_people, all_profiles, decisions, cancelled=cancelled)
        affected: set[int] | frozenset[int] | None = None
    else:
        # The profiles a changed person was proposed with before: the people competing for
        # them are reached too, as the change may have freed them.
        earlier = pairing_repo.proposed_profiles(session, people)
        result = rematch(
            all_people, all_profiles, decisions,
            person_ids=people, profile_ids=profiles | earlier, cancelled=cancelled,
        )  # fmt: skip
        proposals, affected = result.proposals, result.affected
    phase("pairing")
    pairing_repo.replace_proposals(
        session,
        [(p.person_id, p.profile_id, p.status, p.score, p.evidence) for p in proposals],
        people=None if affected is None else sorted(affected),
    )
    _join_other_addresses(session, proposals)


def _join_other_addresses(session: Any, proposals: Sequence[Proposal]) -> set[int]:
    """Make one person of the records the matcher paired automatically as *another address
    of the person* the profile is paired with (the same full name, both addresses at the
    profile's companies): each becomes part of that person, as a confirmation would make it,
    so that no list shows her twice (Today would rank her old address as a silent lead
    beside her new one). Returns the ids of the records that became part of another.
    """
    joined: set[int] = set()
    others: dict[int, list[int]] = {}
    for proposal in proposals:
        if proposal.status is PairStatus.AUTO and any(
            item.get("code") == OTHER_ADDRESS for item in proposal.evidence
        ):
            others.setdefault(proposal.profile_id, []).append(proposal.person_id)
    for profile_id, records in others.items():
        holder = pairing_repo.confirmed_person(session, profile_id)
        if holder is None:
            holder = pairing_repo.auto_holder(session, profile_id, excluding=records)
        if holder is None:
            continue
        for record in records:
            if record != holder:
                people_repo.merge_people(session, holder, record)
                joined.add(record)
    return joined


def list_pairs(workspace: Workspace, status: PairStatus | None = None) -> list[PairRow]:
    """Pairings with both sides' details, best first."""
    with workspace.database.session() as session:
        return pairing_repo.list_pairs(session, status)


def decide(workspace: Workspace, person_id: int, profile_id: int, confirm: bool) -> int:
    """Record that the user confirmed (or rejected) a pair; it survives every re-match.

    Confirming a profile the user already confirmed for another person says both are one
    person (a prospect's old address at another agency, say): this person becomes part of
    the first one, who keeps the confirmation and now holds every address. The same holds
    for a profile automatically paired with a record of the same name (the matcher suggests
    such a record as "another address of the same person"). A confirmation is undone only
    by rejecting that pair. Returns the id of the person now in the pair.
    """
    with workspace.database.session(write=True) as session:
        return _decide(session, person_id, profile_id, confirm)


def _decide(session: Any, person_id: int, profile_id: int, confirm: bool) -> int:
    """The work of :func:`decide`, in the caller's writing transaction."""
    status = PairStatus.CONFIRMED if confirm else PairStatus.REJECTED
    if confirm:
        holder = pairing_repo.confirmed_person(session, profile_id)
        if holder is None:
            holder = _same_person_auto(session, person_id, profile_id)
        if holder is not None and holder != person_id:
            people_repo.merge_people(session, holder, person_id)
            person_id = holder
    pairing_repo.decide(session, person_id, profile_id, status)
    return person_id


def _same_person_auto(session: Any, person_id: int, profile_id: int) -> int | None:
    """The person automatically paired with the profile when the two records bear one name
    (the matcher proved that pair, so the user's confirmation says both are that person)."""
    holder = pairing_repo.confirmed_person(session, profile_id, PairStatus.AUTO)
    if holder is None or holder == person_id:
        return None
    states = people_repo.load_people(session, (holder, person_id))
    names = [
        s.values["display_name"] or f"{s.values['first_name']} {s.values['last_name']}"
        for s in (states[holder], states[person_id])
    ]
    known = all(name.strip() for name in names)
    return holder if known and same_person_name(*names) else None


def decide_by_keys(workspace: Workspace, email: str, url: str, confirm: bool) -> int:
    """``decide`` for the person owning ``email`` and the profile at ``url``.

    ``url`` may also be the ``name:…`` key of a profile known only by name.
    """
    address = normalize_email(email)
    canonical = normalize_linkedin_url(url)
    if canonical is None and url.strip().startswith("name:"):
        canonical = url.strip()
    # Found and decided in one writing transaction: a teammate's forget or merge between
    # the look-up and the decision cannot leave it pointing at somebody gone.
    with workspace.database.session(write=True) as session:
        people = people_repo.person_ids_by_key(session, address) if address else []
        profile_id = pairing_repo.profile_id_by_url(session, canonical) if canonical else None
        if not people:
            raise InputError("unknown_person", value=email)
        if profile_id is None:
            raise InputError("unknown_person", value=url)
        return _decide(session, people[0], profile_id, confirm)

"""What the address-book and the mailbox imports share: the merger of people by address,
the user's own addresses, pairing what an import changed before it commits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from linkrevive.domain.errors import Cancelled
from linkrevive.domain.records import CancelledFn, ImportIssue
from linkrevive.domain.text import is_role_address
from linkrevive.services import pairing
from linkrevive.services.workspace import key_hash, phase
from linkrevive.storage import activity_repo, own_addresses, people_repo
from linkrevive.storage.own_addresses import HeldAddress

ME_SETTING = "me_addresses"


def pair_and_commit(session: Any, changed: set[int], cancelled: CancelledFn) -> None:
    """Pair the people an import changed in its own transaction (saved together or not at
    all), then pass the last point where a cancel still leaves the database unchanged."""
    phase("applied")
    pairing.pair_changes(session, people=changed, profiles=set(), cancelled=cancelled)
    if cancelled():
        raise Cancelled()
    phase("commit")


def remember_me(session: Any, addresses: Sequence[str]) -> list[HeldAddress]:
    """Add these addresses to the user's own ones remembered in the database, and take every
    own address back from the person an earlier import made of it (the user's mail stored
    as that person's goes; see ``storage.own_addresses``). Returns what was taken back."""
    known = set(activity_repo.get_setting(session, ME_SETTING, []))
    if addresses and not set(addresses) <= known:
        activity_repo.set_setting(session, ME_SETTING, sorted(known | set(addresses)))
    return own_addresses.release(session, known | set(addresses))


def taken_back(source: str, taken: Sequence[HeldAddress]) -> list[ImportIssue]:
    """An issue of ``source`` for each address taken back from a person: ``own_address``
    (the person is gone), ``own_address_kept`` (the person stays without it)."""
    return [
        ImportIssue(
            source,
            None,
            "own_address_kept" if t.keeps_person else "own_address",
            f"{t.name} <{t.email}>",
        )
        for t in taken
    ]


@dataclass
class PeopleMerger:
    """Finds or creates the person of each address and merges what sources tell (the state
    the address-book and the mailbox imports share)."""

    session: Any
    suppressed: frozenset[str]
    emails: dict[str, int] = field(default_factory=dict)
    issues: list[ImportIssue] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)
    changed: set[int] = field(default_factory=set)
    #: People without address by folded full name, with their company (read when needed).
    nameless: dict[str, list[tuple[int, str]]] | None = None
    #: Addresses known to be shared boxes: stored flags and those found in this import.
    roles: set[str] = field(default_factory=set)
    #: Addresses found in the cards of two different people by this import.
    shared: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.emails = people_repo.load_email_index(self.session)
        self.roles = people_repo.role_addresses(self.session)

    def _forgotten(self, emails: Iterable[str]) -> bool:
        return bool(self.suppressed) and any(key_hash(e) in self.suppressed for e in emails)

    def _is_role(self, address: str) -> bool:
        return address in self.roles or is_role_address(address)


def full_name(values: dict[str, Any]) -> str:
    """A stored person's name as a contact would write it: display name, else first last."""
    return values.get("display_name") or (
        f"{values.get('first_name', '')} {values.get('last_name', '')}"
    )


__all__ = [
    "ME_SETTING",
    "PeopleMerger",
    "full_name",
    "pair_and_commit",
    "remember_me",
    "taken_back",
]

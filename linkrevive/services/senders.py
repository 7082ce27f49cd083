"""The user's word on mailbox counterparts: "this is a person" or "this is an automated
sender", applied now and remembered across every later import."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from linkrevive.domain.errors import InputError
from linkrevive.domain.senders import AutomationReason, SenderKind
from linkrevive.domain.text import normalize_email
from linkrevive.services import pairing
from linkrevive.services.workspace import Workspace
from linkrevive.storage import senders_repo


@dataclass(frozen=True, slots=True)
class SenderDecision:
    """What a decision touched: the addresses remembered and the people changed."""

    emails: tuple[str, ...]
    person_ids: tuple[int, ...]


def set_sender_kind(
    workspace: Workspace,
    kind: SenderKind,
    *,
    emails: Sequence[str] = (),
    person_ids: Sequence[int] = (),
) -> SenderDecision:
    """Record that addresses (or people, by id) are persons or automated senders.

    Every address of each person concerned is remembered, so that no later import of any
    of them decides otherwise. An address nobody has yet is remembered for the imports to
    come. An automated sender loses its email exchanges, their signals and its pairs; a
    person gets its emails back at the next import of the mailbox.
    """
    wanted: list[str] = []
    for value in emails:
        email = normalize_email(value)
        if email is None:
            raise InputError("bad_option", detail=f"'{value}' is not an email address")
        wanted.append(email)
    with workspace.database.session(write=True) as session:
        ids = set(person_ids) | set(senders_repo.people_of_emails(session, wanted).values())
        addresses = set(wanted)
        for mails in senders_repo.emails_of(session, ids).values():
            addresses.update(mails)
        senders_repo.set_override(session, addresses, kind)
        senders_repo.set_kind(session, sorted(ids), kind, AutomationReason.USER.value)
        # In the same transaction: the decision is never saved without its pairing.
        pairing.pair_changes(session, people=ids, profiles=set())
    return SenderDecision(tuple(sorted(addresses)), tuple(sorted(ids)))


__all__ = ["SenderDecision", "set_sender_kind"]

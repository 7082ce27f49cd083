"""Records read from input files, before they reach the store.

Importers produce these; services hand them to storage. They are plain frozen dataclasses so
that parsers stay pure and tests can compare them directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from linkrevive.domain.enums import Direction, Stage, StallReason

#: Progress hook of long work: ``progress(done, total)``; ``total`` is 0 when unknown.
ProgressFn = Callable[[int, int], None]
#: Cancellation hook of long work: returns True once the user asked to stop.
CancelledFn = Callable[[], bool]


def no_progress(done: int, total: int) -> None:
    """Progress hook that ignores progress."""


def never_cancelled() -> bool:
    """Cancellation hook for work nobody can cancel."""
    return False


@dataclass(slots=True)
class Batch:
    """Rows for one table, each a tuple in the order of ``columns``; ``constants`` are
    columns with one value for every row (an import's run id, its date).

    Imports build these instead of one dict per row: at 30,000 rows the dicts cost more
    than the database takes to store them.
    """

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    constants: dict[str, Any] = field(default_factory=dict)
    #: The rows' keys were checked against the store already: none is stored.
    checked: bool = False


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """A record that was skipped or rejected, with where and why (a code, not a sentence)."""

    file: str
    line: int | None
    code: str
    value: str = ""


class ConnectionRow(NamedTuple):
    """One row of a LinkedIn ``Connections.csv`` (any year's layout).

    A named tuple rather than a frozen dataclass: 30,000 of them are built per import and
    a tuple is several times cheaper to create.
    """

    first_name: str
    last_name: str
    url: str | None
    email: str | None
    company: str
    position: str
    connected_on: date | None
    line: int


class MessageRow(NamedTuple):
    """One LinkedIn message (``messages.csv``), drafts already dropped (a named tuple).

    A message of the 2018 layout (``Messages.csv``: names and a ``Direction``, no profile
    URL) has no ``sender_url``; its ``direction`` and ``file`` say whose it is and where it
    was read.
    """

    conversation_id: str
    sender_name: str
    sender_url: str | None
    recipient_urls: tuple[str, ...]
    recipient_names: str
    sent_at: datetime
    subject: str
    line: int
    direction: Direction | None = None
    file: str = ""


@dataclass(frozen=True, slots=True)
class InvitationRow:
    """One row of ``Invitations.csv``."""

    from_name: str
    to_name: str
    sent_at: datetime | None
    message: str
    direction: Direction
    inviter_url: str | None
    invitee_url: str | None
    line: int
    #: The file it was read from (its name inside the export).
    file: str = ""


@dataclass(frozen=True, slots=True)
class TouchRow:
    """A dated gesture of a contact toward the user: an endorsement or a recommendation."""

    kind: str
    first_name: str
    last_name: str
    url: str | None
    occurred_at: datetime | None
    #: The skill endorsed, or the recommender's company.
    detail: str
    line: int
    #: The file it was read from (its name inside the export).
    file: str = ""


@dataclass(frozen=True, slots=True)
class LinkedInExport:
    """Everything read from one LinkedIn data export."""

    source: str
    connections: tuple[ConnectionRow, ...]
    messages: tuple[MessageRow, ...] = ()
    invitations: tuple[InvitationRow, ...] = ()
    touches: tuple[TouchRow, ...] = ()
    has_connections: bool = True
    #: The export's own date, and what gave it: ``name`` (LinkedIn's file name),
    #: ``entries`` (the zip's entry times) or ``content`` (the newest date inside).
    export_date: date | None = None
    dated_by: str = ""
    owner_url: str | None = None
    skipped: tuple[ImportIssue, ...] = ()
    rejected: tuple[ImportIssue, ...] = ()


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """A person read from an address book or the user's lead sheet."""

    emails: tuple[str, ...]
    first_name: str = ""
    last_name: str = ""
    display_name: str = ""
    company: str = ""
    position: str = ""
    country: str = ""
    stage: Stage | None = None
    stall_reason: StallReason | None = None
    last_contact: date | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()
    line: int | None = None

    @property
    def name(self) -> str:
        """Best display name: the explicit one, else first and last joined."""
        if self.display_name.strip():
            return self.display_name.strip()
        return " ".join(p for p in (self.first_name.strip(), self.last_name.strip()) if p)


@dataclass(frozen=True, slots=True)
class MailAddress:
    """A display name and an address as found in a mail header."""

    name: str
    address: str


@dataclass(frozen=True, slots=True)
class MailRecord:
    """Headers of one email message, the only part LinkRevive reads."""

    message_id: str
    sent_at: datetime | None
    sender: MailAddress | None
    recipients: tuple[MailAddress, ...]
    subject: str
    is_bulk: bool = False
    labels: tuple[str, ...] = ()
    line: int | None = None
    #: Why the message is automatic (an ``AutomationReason`` code), "" for a human one.
    automated: str = ""


@dataclass(frozen=True, slots=True)
class ContactsBatch:
    """Everything read from one email-side source file."""

    source: str
    format: str
    contacts: tuple[ContactRecord, ...] = ()
    skipped: tuple[ImportIssue, ...] = ()
    rejected: tuple[ImportIssue, ...] = ()
    warnings: tuple[ImportIssue, ...] = ()

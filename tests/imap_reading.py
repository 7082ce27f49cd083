"""IMAP in one call, for tests: a whole folder read (the batches of the importer gathered),
or imported into a database file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linkrevive.domain.models import ImportReport
from linkrevive.domain.records import MailRecord
from linkrevive.importers.imap import ImapState, fetch_header_batches
from linkrevive.services.imap_import import import_imap
from linkrevive.services.workspace import Workspace

if TYPE_CHECKING:
    from tests.services import DovecotServer


@dataclass(frozen=True, slots=True)
class ImapResult:
    """Headers read by one sync, and the state to store for the next one."""

    records: list[MailRecord]
    state: ImapState
    full: bool = True


def fetch_headers(*args: Any, **options: Any) -> ImapResult:
    """Every batch of :func:`fetch_header_batches` (same arguments and errors) in one result."""
    records: list[MailRecord] = []
    last = None
    for last in fetch_header_batches(*args, **options):
        records.extend(last.records)
    assert last is not None  # at least one batch is yielded
    return ImapResult(records, last.state, last.full)


def import_into(
    db: Path, server: DovecotServer, *, me: str, user: str | None = None, **options: Any
) -> ImportReport:
    """``import_imap`` of ``user``'s mail (else the tester's) on ``server`` into the database
    file ``db``, the password given for this run (``me`` the user's address)."""
    workspace = Workspace.open(str(db))
    try:
        return import_imap(
            workspace,
            host=server.host,
            port=server.port,
            user=user or server.user,
            password=server.password,
            remember=False,
            me=[me],
            **options,
        )
    finally:
        workspace.close()

"""A whole IMAP folder read in one call, for tests: the batches of the importer gathered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from linkrevive.domain.records import MailRecord
from linkrevive.importers.imap import ImapState, fetch_header_batches


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

"""Import the headers of an IMAP folder and the sent one, incrementally, with the password in
the keyring.

Without a usable keyring the password is asked (or given) for one run and never stored.
A big folder is stored as it arrives, a few thousand messages per transaction, each saved
with the UID it reaches: memory stays bounded, and a sync that stops (cancelled, the
connection lost) keeps what it committed and the next one goes on from there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import asdict
from datetime import date
from functools import partial

from linkrevive.domain.errors import InputError
from linkrevive.domain.models import ImportReport, Signal
from linkrevive.domain.records import (
    CancelledFn,
    ImportIssue,
    MailRecord,
    ProgressFn,
    never_cancelled,
    no_progress,
)
from linkrevive.importers.imap import (
    FETCH_BATCH,
    SENT_FOLDER,
    ImapBatch,
    ImapState,
    fetch_header_batches,
)
from linkrevive.services import secrets
from linkrevive.services.mailbox_import import import_mail
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo

#: The kind of an IMAP import's report (a mailbox's, read from IMAP).
IMAP_KIND = "contacts:imap"
#: Messages stored per transaction of a sync (at least: whole FETCH batches are stored).
STORE_BATCH = 5000


def _state_key(user: str, host: str, folder: str) -> str:
    return f"imap_state:{secrets.imap_account(user, host)}/{folder}"


def import_imap(
    workspace: Workspace,
    *,
    host: str,
    user: str,
    port: int | None = None,
    folder: str = "INBOX",
    sent: bool = True,
    since: date | None = None,
    security: str = "auto",
    me: Sequence[str] = (),
    ask_password: Callable[[], str] | None = None,
    password: str | None = None,
    remember: bool = True,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    batch: int = FETCH_BATCH,
    store_batch: int = STORE_BATCH,
    on_folder: Callable[[str | None], None] = lambda folder: None,
) -> ImportReport:
    """Fetch new message headers and store them like a mailbox file.

    ``folder`` is read, then, with ``sent``, the account's sent folder too (found by the
    server's mark or its usual name; see ``importers.sent_folders``): the user's replies,
    without which every conversation looks unanswered. The messages of the sent folder
    are the user's, from whichever address (as Gmail's "Sent" label says in an mbox). An
    account without a sent folder is reported (issue ``no_sent_folder``).

    The password comes from the keyring; when it is missing ``ask_password`` is called
    once, and the answer (or a ``password`` given to replace the stored one) is stored in
    the keyring once the server accepts it (never in the database or a file). Only
    messages newer than the last run are fetched, unless the folder's UIDVALIDITY changed.

    Headers are fetched ``batch`` messages at a time and stored as they arrive, about
    ``store_batch`` per transaction (whole batches), each transaction saving the highest
    UID it stored: an interrupted sync (``Cancelled``, ``InputError``) keeps what it
    committed, and the next sync fetches only the rest. The counts add up the
    transactions and the folders; ``fetched`` is the number of messages read.
    ``progress`` counts each folder's messages from zero: ``on_folder`` is told, before each
    folder is read, its name (``None`` for the account's sent folder, named by the server).

    With ``remember=False``, or when no usable keyring exists, a password given or asked
    serves this run only and is never stored (without a keyring none is read either).
    """
    account = secrets.imap_account(user, host)
    keyring = secrets.available()
    asked = password is not None  # a typed password replaces the stored one once accepted
    if password is None and keyring:
        try:
            password = secrets.get_password(account)
        except InputError:  # a keyring that fails when read (locked, broken): as if none
            keyring = False
    if password is None:
        if ask_password is None:
            raise InputError("no_password" if keyring else "no_keyring", detail=account)
        password, asked = ask_password(), True
    sync = _Sync(workspace, account, me, cancelled, store_batch)
    connect = partial(
        fetch_header_batches,
        host,
        port,
        user,
        password,
        since=since,
        security=security,
        progress=progress,
        cancelled=cancelled,
        batch=batch,
    )
    # A password typed (or given) is kept once the server accepted it.
    keep = password if asked and remember and keyring else None
    on_folder(folder)
    was_sent = sync.folder(connect, _state_key(user, host, folder), folder, keep)
    if sent and not was_sent:
        on_folder(None)
        found = sync.folder(connect, _state_key(user, host, SENT_FOLDER), SENT_FOLDER, None)
        if not found:
            sync.issues.append(ImportIssue(sync.source, None, "no_sent_folder", ""))
    return ImportReport(
        kind=IMAP_KIND,
        source=sync.source,
        counts={**dict(sync.counts), "fetched": sync.counts["fetched"]},
        signals=tuple(sync.signals),
        issues=tuple(sync.issues),
    )


class _Sync:
    """The folders of one IMAP import, stored as they arrive, their reports added up."""

    def __init__(
        self,
        workspace: Workspace,
        account: str,
        me: Sequence[str],
        cancelled: CancelledFn,
        store_batch: int,
    ) -> None:
        self.workspace, self.account, self.me = workspace, account, me
        self.cancelled, self.store_batch = cancelled, store_batch
        self.counts: Counter[str] = Counter()
        self.signals: list[Signal] = []
        self.issues: list[ImportIssue] = []
        self.source = ""
        self.stored = False  # one backup copy per import, before its first step

    def folder(
        self,
        connect: Callable[..., Generator[ImapBatch, None, None]],
        key: str,
        folder: str,
        keep: str | None,
    ) -> bool:
        """Read and store ``folder`` from where the state saved under ``key`` stopped; True
        when it was the account's sent folder (False too when the server has none). The
        password ``keep`` goes to the keyring once the server answered a FETCH."""
        with self.workspace.database.session() as session:
            stored = activity_repo.get_setting(session, key)
        state = ImapState(**stored) if isinstance(stored, dict) else None
        was_sent = False
        with closing(connect(folder, state=state)) as batches:
            for step, (records, reached, read) in enumerate(_steps(batches, self.store_batch)):
                if step == 0 and keep is not None:
                    secrets.set_password(self.account, keep)
                if not read.folder:  # no sent folder on the server
                    return False
                was_sent = read.sent
                where = f"imap://{self.account}/{read.folder}"
                if step == 0:
                    self.source = f"{self.source} + {read.folder}" if self.source else where
                report = import_mail(
                    self.workspace,
                    records,
                    source=where,
                    fmt="imap",
                    me=self.me,
                    cancelled=self.cancelled,
                    settings={key: asdict(reached)},
                    backup=not self.stored,
                )
                self.stored = True
                self.counts.update(report.counts)
                self.counts["fetched"] += len(records)
                self.signals.extend(report.signals)
                self.issues.extend(report.issues)
        return was_sent


def _steps(
    batches: Iterator[ImapBatch], size: int
) -> Iterator[tuple[list[MailRecord], ImapState, ImapBatch]]:
    """The fetched batches gathered into steps of at least ``size`` messages (the last may
    be smaller), each with the state its last batch reached, and that batch."""
    records: list[MailRecord] = []
    last: ImapBatch | None = None
    for batch in batches:
        records.extend(batch.records)
        last = batch
        if len(records) >= size:
            yield records, batch.state, batch
            records, last = [], None
    if last is not None:
        yield records, last.state, last

"""Import the headers of an IMAP folder, incrementally, with the password in the keyring.

Without a usable keyring the password is asked (or given) for one run and never stored.
A big folder is stored as it arrives, a few thousand messages per transaction, each saved
with the UID it reaches: memory stays bounded, and a sync that stops (cancelled, the
connection lost) keeps what it committed and the next one goes on from there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import asdict
from datetime import date

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
from linkrevive.importers.imap import FETCH_BATCH, ImapBatch, ImapState, fetch_header_batches
from linkrevive.services import secrets
from linkrevive.services.mailbox_import import import_mail
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo

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
) -> ImportReport:
    """Fetch new message headers and store them like a mailbox file.

    The password comes from the keyring; when it is missing ``ask_password`` is called
    once, and the answer (or a ``password`` given to replace the stored one) is stored in
    the keyring once the server accepts it (never in the database or a file). Only
    messages newer than the last run are fetched, unless the folder's UIDVALIDITY changed.

    Headers are fetched ``batch`` messages at a time and stored as they arrive, about
    ``store_batch`` per transaction (whole batches), each transaction saving the highest
    UID it stored: an interrupted sync (``Cancelled``, ``InputError``) keeps what it
    committed, and the next sync fetches only the rest. The counts add up the
    transactions; ``fetched`` is the number of messages read.

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
    key = _state_key(user, host, folder)
    with workspace.database.session() as session:
        stored = activity_repo.get_setting(session, key)
    state = ImapState(**stored) if isinstance(stored, dict) else None
    batches = fetch_header_batches(
        host,
        port,
        user,
        password,
        folder,
        since=since,
        state=state,
        security=security,
        progress=progress,
        cancelled=cancelled,
        batch=batch,
    )
    counts: Counter[str] = Counter()
    signals: list[Signal] = []
    issues: list[ImportIssue] = []
    report: ImportReport | None = None
    with closing(batches):
        for step, (records, reached) in enumerate(_steps(batches, store_batch)):
            if step == 0 and asked and remember and keyring:
                # The server answered a FETCH: it accepted the password, which is kept.
                secrets.set_password(account, password)
            report = import_mail(
                workspace,
                records,
                source=f"imap://{account}/{folder}",
                fmt="imap",
                me=me,
                cancelled=cancelled,
                settings={key: asdict(reached)},
                backup=step == 0,
            )
            counts.update(report.counts)
            counts["fetched"] += len(records)
            signals.extend(report.signals)
            issues.extend(report.issues)
    assert report is not None  # the sync yields at least one step
    return ImportReport(
        kind=report.kind,
        source=report.source,
        counts={**dict(counts), "fetched": counts["fetched"]},
        signals=tuple(signals),
        issues=tuple(issues),
    )


def _steps(batches: Iterator[ImapBatch], size: int) -> Iterator[tuple[list[MailRecord], ImapState]]:
    """The fetched batches gathered into steps of at least ``size`` messages (the last may
    be smaller), each with the state its last batch reached."""
    records: list[MailRecord] = []
    reached: ImapState | None = None
    for batch in batches:
        records.extend(batch.records)
        reached = batch.state
        if len(records) >= size:
            yield records, reached
            records, reached = [], None
    if reached is not None:
        yield records, reached

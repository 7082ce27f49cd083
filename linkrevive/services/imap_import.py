"""Import the headers of an IMAP folder, incrementally, with the password in the keyring.

Without a usable keyring the password is asked (or given) for one run and never stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date

from linkrevive.domain.errors import InputError
from linkrevive.domain.models import ImportReport
from linkrevive.domain.records import CancelledFn, ProgressFn, never_cancelled, no_progress
from linkrevive.importers.imap import ImapState, fetch_headers
from linkrevive.services import secrets
from linkrevive.services.mailbox_import import import_mail
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo


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
) -> ImportReport:
    """Fetch new message headers and store them like a mailbox file.

    The password comes from the keyring; when it is missing ``ask_password`` is called
    once, and the answer (or a ``password`` given to replace the stored one) is stored in
    the keyring once the server accepts it (never in the database or a file). Only
    messages newer than the last run are fetched, unless the folder's UIDVALIDITY changed.

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
    result = fetch_headers(
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
    )
    if asked and remember and keyring:  # only a password the server accepted is kept
        secrets.set_password(account, password)
    report = import_mail(
        workspace,
        result.records,
        source=f"imap://{account}/{folder}",
        fmt="imap",
        me=me,
        cancelled=cancelled,
    )
    with workspace.database.session(write=True) as session:
        activity_repo.set_setting(session, key, asdict(result.state))
    counts = {**report.counts, "fetched": len(result.records)}
    return ImportReport(
        kind=report.kind,
        source=report.source,
        counts=counts,
        signals=report.signals,
        issues=report.issues,
    )

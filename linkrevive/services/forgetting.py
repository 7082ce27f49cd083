"""Forget a person everywhere (GDPR): the database, its backup copies, and for good.

``forget`` erases the person and everything attached, the LinkedIn profiles paired with
them *and* those only suggested for them, with SQLite told to overwrite what it deletes;
then rebuilds the file and empties its write-ahead log (deleted bytes linger there
otherwise), rewrites every backup copy that still holds them the same way (or removes a
copy that cannot be cleaned), and remembers the addresses and URLs as keyed hashes only,
so that no import brings them back.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from linkrevive.domain.errors import InputError
from linkrevive.domain.text import normalize_email, normalize_linkedin_url
from linkrevive.services.workspace import Workspace, key_hash
from linkrevive.storage import erasure, revival_repo, suppression_repo
from linkrevive.storage.database import Database


@dataclass(frozen=True, slots=True)
class ForgetReport:
    """What ``forget`` did: rows erased per kind, suggested profiles that went too, and
    what became of the backup copies that held the person."""

    counts: dict[str, int]
    suggested: tuple[str, ...] = ()
    backups_rewritten: tuple[Path, ...] = ()
    backups_removed: tuple[Path, ...] = ()
    backups_checked: int = 0


def parse_key(value: str) -> tuple[str | None, str | None]:
    """(email, profile URL) named by what the user typed; at most one of them is set."""
    text = value.strip()
    email = normalize_email(text)
    if email is not None:
        return email, None
    url = normalize_linkedin_url(text)
    if url is not None:
        return None, url
    # A profile known only by name (old exports) is stored under a synthetic "name:" key.
    return None, text if text.startswith("name:") else None


def forget(workspace: Workspace, email_or_url: str) -> ForgetReport:
    """Erase the person or profile named by ``email_or_url`` everywhere; see the module.

    Raises ``InputError("unknown_person")`` when the database holds neither.
    """
    email, url = parse_key(email_or_url)
    typed = email if email is not None else url or email_or_url.strip()
    with workspace.database.session(write=True) as session:
        erasure.overwrite_deleted(session)
        found = erasure.who(session, [email] if email else [], [url] if url else [])
        if not found.people and not found.profiles:
            raise InputError("unknown_person", value=email_or_url.strip())
        counts, keys = revival_repo.erase(session, found.people, found.profiles)
        # The key typed is remembered too, so that an address seen only in a mailbox later
        # (never stored yet) stays out as well.
        keys.add(typed)
        counts["sender decisions"] = erasure.forget_sender_overrides(session, keys)
        suppression_repo.remember(session, {key_hash(k) for k in keys})
    erasure.scrub(workspace.database)
    rewritten, removed, checked = _clean_backups(workspace.database, keys, found.names)
    return ForgetReport(
        counts=counts,
        suggested=tuple(sorted(found.suggested.values())),
        backups_rewritten=tuple(rewritten),
        backups_removed=tuple(removed),
        backups_checked=checked,
    )


def _clean_backups(
    database: Database, keys: set[str], names: set[str]
) -> tuple[list[Path], list[Path], int]:
    """Rewrite each backup copy that holds the person (rows, or deleted bytes: its name or
    keys in the file) like the database itself; remove one that cannot be cleaned."""
    rewritten: list[Path] = []
    removed: list[Path] = []
    copies = database.backups()
    for copy in copies:
        if not erasure.file_holds(copy, [*keys, *names]):
            continue
        try:
            _forget_in_copy(copy, keys)
            if erasure.file_holds(copy, keys):
                raise RuntimeError("the keys are still in the file")
            rewritten.append(copy)
        except Exception:  # a damaged or foreign copy: it must not keep the person
            _remove_copy(copy)
            removed.append(copy)
    return rewritten, removed, len(copies)


def _forget_in_copy(copy: Path, keys: set[str]) -> None:
    """The same erase inside one backup copy, so that restoring it does not bring the
    person back (the forgotten keys are remembered there too)."""
    database = Database(str(copy), migrate=False)
    try:
        emails = [k for k in keys if "@" in k and not k.startswith(("http", "name:"))]
        urls = [k for k in keys if k not in emails]
        with database.session(write=True) as session:
            erasure.overwrite_deleted(session)
            found = erasure.who(session, emails, urls)
            revival_repo.erase(session, found.people, found.profiles)
            erasure.forget_sender_overrides(session, emails)
            suppression_repo.remember(session, {key_hash(k) for k in keys})
        erasure.scrub(database)
    finally:
        database.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)


def _remove_copy(copy: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{copy}{suffix}").unlink()

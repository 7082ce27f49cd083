"""Import a LinkedIn export into the store and detect what changed since the last one."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from linkrevive.domain.enums import ImportKind
from linkrevive.domain.errors import Cancelled
from linkrevive.domain.models import ImportReport
from linkrevive.domain.records import (
    CancelledFn,
    LinkedInExport,
    ProgressFn,
    never_cancelled,
    no_progress,
)
from linkrevive.importers.linkedin import read_linkedin_export
from linkrevive.services import pairing
from linkrevive.services.linkedin_connections import ConnectionsApplier, is_partial
from linkrevive.services.workspace import Workspace, file_digest, gc_paused, phase
from linkrevive.storage import activity_repo, consultant_repo, linkedin_repo


def import_linkedin(
    workspace: Workspace,
    path: Path,
    *,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    today: date | None = None,
    allow_removals: bool = False,
    user: str | None = None,
) -> ImportReport:
    """Read a LinkedIn export and apply it, with the pairing it brings, in one transaction
    (all or nothing: a cancel, an error or a kill before the commit leaves no trace).

    The export is the LinkedIn network of the consultant called ``user`` (None: the
    database's implicit user): connections, removals, messages and invitations are theirs,
    an older export adds to their own history; profiles, companies and titles, and so job
    changes, are shared with the whole team.

    A backup copy of the database is taken while the export is read (and dropped if the
    export cannot be read). An export that lacks more than a small share of the current
    connections (see :func:`is_partial`) is taken as partial: nobody is marked removed
    (the ``kept_missing`` count says how many were missing) unless ``allow_removals``.

    An export with no date of its own (neither in its name, its entries nor its rows), or
    one dated by its rows that cannot be placed among the others (see :func:`_placed`), is
    placed on no day: the import day never stands in for its date, so that importing it
    on another day changes nothing, and a dated export imported after it is never taken
    as older. It is read as older than every dated export (LinkedIn dates its own): it adds
    the connections the store does not know, seen on no known day (gone by the first dated
    export, when there is one), and changes nothing else (``kept_missing`` and
    ``kept_different`` count what it would have changed), unless ``allow_removals`` (the
    user says it is the newest), which applies it as the newest, dated at the import day.
    Returns the counts and new signals.
    """
    with gc_paused():
        return _import(workspace, path, progress, cancelled, today, allow_removals, user)


def _import(
    workspace: Workspace,
    path: Path,
    progress: ProgressFn,
    cancelled: CancelledFn,
    today: date | None,
    allow_removals: bool,
    user: str | None,
) -> ImportReport:
    # The backup copy is made by SQLite while Python reads the export: the two overlap.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup") as pool:
        backup = pool.submit(workspace.database.backup)
        try:
            export = read_linkedin_export(
                path, progress=lambda d, t: progress(d, t * 4), cancelled=cancelled
            )
            if cancelled():
                raise Cancelled()
        except BaseException:
            _discard(backup)  # nothing was imported: keep the earlier copies instead
            raise
        digest = file_digest(path)
        copy = backup.result()
    phase("read")
    with workspace.database.settle_backup(copy), workspace.database.session(write=True) as session:
        consultant = consultant_repo.consultant_id(session, user)
        network = consultant_repo.network(session, consultant)
        run_id = activity_repo.start_run(
            session, kind=ImportKind.LINKEDIN, source=str(path), file_hash=digest
        )
        consultant_repo.own_run(session, run_id, consultant)
        suppressed = workspace.suppressed(session)
        dates = _export_dates(session, consultant, network)
        newest = max(dates, default=None)
        # The export's own date (SPEC §3); the import day only when the export cannot be
        # placed among the others and the user says it is the newest.
        placed = _placed(session, export, newest, network)
        undated = placed is None and not allow_removals
        export_date = placed or today or datetime.now(UTC).date()
        newer = newest if not undated and newest is not None and export_date < newest else None
        # The first export after this one; an undated export goes before every dated one.
        following = min((d for d in dates if undated or d > export_date), default=None)
        applier = ConnectionsApplier(session, export, export_date, run_id, suppressed, newer,
                                     following, consultant=consultant, network=network)  # fmt: skip
        applier.allow_removals = allow_removals
        applier.undated = undated
        counts = applier.apply(progress, cancelled)
        if export.has_connections and not undated and export_date not in dates:
            key = _export_dates_key(consultant)
            stored = sorted({*activity_repo.get_setting(session, key, []),
                             export_date.isoformat()})  # fmt: skip
            activity_repo.set_setting(session, key, stored)
        activity_repo.finish_run(session, run_id, counts)
        signals = activity_repo.signals_of_run(session, run_id)
        phase("applied")
        # In the same transaction: the data are never saved without their pairing.
        pairing.pair_changes(session, people=set(), profiles=applier.changed, cancelled=cancelled)
        if cancelled():
            raise Cancelled()
        phase("commit")  # past the last cancel check: what follows is saved
    phase("committed")
    return ImportReport(
        kind=ImportKind.LINKEDIN,
        source=str(path),
        counts=counts,
        signals=tuple(signals),
        issues=export.skipped + export.rejected + tuple(applier.issues),
        export_date=None if undated else export_date,
        newer_export=newer,
        # Said when it held back something a dated export would have changed.
        undated=undated and bool(counts.get("kept_missing") or counts.get("kept_different")),
    )


#: Setting: the dates (ISO) of the LinkedIn exports with connections imported so far (the
#: implicit user's; a named consultant's key ends with ``:`` and their id).
_EXPORT_DATES = "linkedin_export_dates"


def _export_dates_key(consultant: int) -> str:
    """The setting holding the dates of this consultant's exports."""
    return (
        _EXPORT_DATES
        if consultant == consultant_repo.IMPLICIT_ID
        else f"{_EXPORT_DATES}:{consultant}"
    )


def _export_dates(session: Any, consultant: int, network: int | None) -> set[date]:
    """Dates of the consultant's exports with connections imported so far; the newest day a
    profile was seen in stands in for a store filled before they were recorded."""
    key = _export_dates_key(consultant)
    dates = {date.fromisoformat(d) for d in activity_repo.get_setting(session, key, [])}
    seen = linkedin_repo.latest_seen(session, network)
    if seen is not None:
        dates.add(seen)
    return dates


def _placed(
    session: Any, export: LinkedInExport, newest: date | None, network: int | None
) -> date | None:
    """The day an export is placed on among the consultant's exports (``newest`` the newest
    so far); None when it cannot be placed.

    A date read from the rows (``dated_by`` ``content``: the newest connection, message or
    invitation, as in a lone ``Connections.csv``) only says the export is at least that
    recent. Not after the newest export known, the connections tell: one still current and
    made after that date, missing from the export, proves it older (it would hold it); with
    none such, it may as well be a newer export in which nobody was added since, and is
    placed nowhere, as an export with no date at all.
    """
    day = export.export_date
    if day is None or export.dated_by != "content" or newest is None or day > newest:
        return day
    if not export.has_connections:
        return day
    held = {row.url for row in export.connections if row.url}
    return day if linkedin_repo.connected_after(session, day, network) - held else None


def _discard(backup: Future[Path | None]) -> None:
    """Delete the backup copy of an import that did not happen."""
    try:
        copy = backup.result()
    except Exception:  # the import's own error is the one to report
        return
    if copy is not None:
        copy.unlink(missing_ok=True)


__all__ = ["import_linkedin", "is_partial"]

"""Reader of the LinkedIn data export: the zip, its folder, or Connections.csv alone.

Every ``Connections.csv`` layout since 2015 is accepted (FORMATS.md §1): the header is found
by content, columns are mapped by name, dates are parsed per file with an explicit month
table, and Excel re-saves (``;``, cp1252, padded preamble, ``5-Jan-26``) are handled. Each
file's parser is in ``linkedin_files``, the dates in ``linkedin_dates``; this module finds
the files of an export, reads them, and dates the export.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path, PurePosixPath
from typing import IO, TypeVar

from linkrevive.domain.enums import Direction
from linkrevive.domain.errors import Cancelled, InputError
from linkrevive.domain.records import (
    CancelledFn,
    ConnectionRow,
    ImportIssue,
    InvitationRow,
    LinkedInExport,
    MessageRow,
    ProgressFn,
    TouchRow,
    never_cancelled,
    no_progress,
)
from linkrevive.importers.limits import (
    MAX_STREAM_BYTES,
    MAX_TEXT_BYTES,
    check_regular_file,
    open_input,
    open_zip,
    printable,
    read_file_capped,
    read_zip_member,
)
from linkrevive.importers.linkedin_dates import parse_linkedin_date
from linkrevive.importers.linkedin_files import (
    is_connections_header,
    is_endorsements_header,
    is_invitations_header,
    is_messages_header,
    is_recommendations_header,
    parse_connections,
    parse_invitations,
    parse_messages,
    parse_messages_stream,
    parse_touches,
)
from linkrevive.importers.textfile import decode_text, find_csv_header

#: LinkedIn's own name for an export: ``Complete_LinkedInDataExport_MM-DD-YYYY.zip``,
#: ``Basic_…`` for the quick archive, plain ``LinkedInDataExport_…`` before mid-2018; the
#: unzipped folder keeps it (a browser may add `` (1)``).
_EXPORT_NAME_DATE = re.compile(r"LinkedInDataExport_(\d{2})-(\d{2})-(\d{4})", re.IGNORECASE)
#: Zip entries carry no date before this one (the format's epoch and its default value).
_ZIP_EPOCH = (1980, 1, 2)
_Parsed = TypeVar("_Parsed")


# --- the export as a whole ------------------------------------------------------------------


def _owner_url(messages: list[MessageRow], invitations: list[InvitationRow]) -> str | None:
    """The user's own profile URL: the inviter of outgoing invitations, else the URL taking
    part in the most conversations (the owner is in every one)."""
    for invitation in invitations:
        if invitation.direction is Direction.OUT and invitation.inviter_url:
            return invitation.inviter_url
        if invitation.direction is Direction.IN and invitation.invitee_url:
            return invitation.invitee_url
    # Each (profile, conversation) once, then the profile in the most conversations.
    taking_part = {
        (url, message.conversation_id or message.line)
        for message in messages
        for url in (message.sender_url, *message.recipient_urls)
        if url
    }
    if not taking_part:
        return None
    counts = Counter(url for url, _conversation in taking_part)
    (best, best_count), *rest = [*counts.most_common(2), ("", 0)]
    return best if best_count > rest[0][1] or len(counts) == 1 else None


def export_date_from_name(name: str) -> date | None:
    """The date in a name as LinkedIn gives it (``…_LinkedInDataExport_MM-DD-YYYY…``)."""
    match = _EXPORT_NAME_DATE.search(name)
    if not match:
        return None
    try:
        return date(int(match.group(3)), int(match.group(1)), int(match.group(2)))
    except ValueError:
        return None


def newest_date_inside(
    connections: Iterable[ConnectionRow],
    messages: Iterable[MessageRow],
    invitations: Iterable[InvitationRow],
    touches: Iterable[TouchRow] = (),
) -> date | None:
    """The newest day any row of an export names: connected on, message, invitation,
    endorsement or recommendation. An export is at least that recent."""
    days = [row.connected_on for row in connections if row.connected_on is not None]
    stamps = [m.sent_at for m in messages]
    stamps += [i.sent_at for i in invitations if i.sent_at is not None]
    stamps += [t.occurred_at for t in touches if t.occurred_at is not None]
    if stamps:
        days.append(max(stamps).date())
    return max(days, default=None)


class _Files:
    """Case-insensitive access to the CSV files of a zip, a folder or a single file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = str(path)
        self._zip: zipfile.ZipFile | None = None
        self._members: dict[str, str] = {}
        if path.is_dir():
            # Regular files only (no FIFO, device or socket), by base name.
            for file in sorted(path.rglob("*")):
                if file.is_file():
                    self._members.setdefault(file.name.casefold(), str(file))
        elif zipfile.is_zipfile(path):
            # Entry names are only ever compared, never used as paths (no extraction).
            self._zip = open_zip(path, self.label)
            for info in self._zip.infolist():
                if not info.is_dir():
                    name = PurePosixPath(info.filename.replace("\\", "/")).name.casefold()
                    self._members.setdefault(name, info.filename)
        elif path.suffix.casefold() == ".zip":
            raise InputError("bad_zip", path, detail="not a zip archive or cut short")
        else:
            self._members[path.name.casefold()] = str(path)

    @property
    def single_file(self) -> bool:
        """True when the input is one CSV file rather than a zip or a folder."""
        return self._zip is None and not self.path.is_dir()

    def names(self) -> list[str]:
        return list(self._members)

    def export_archives(self) -> list[str]:
        """The names of the zips inside that LinkedIn named as its exports."""
        return sorted(
            printable(PurePosixPath(member).name)
            for key, member in self._members.items()
            if key.endswith(".zip") and ("linkedin" in key or export_date_from_name(key))
        )

    def named_date(self) -> date | None:
        """The export date in LinkedIn's name of the zip or folder; for a single file, in
        its folder's name; for a zip renamed by the user, in the folder its entries sit in."""
        found = export_date_from_name(self.path.name)
        if found is None and self.single_file:
            found = export_date_from_name(self.path.parent.name)
        if found is None and self._zip is not None:
            for member in self._members.values():
                found = export_date_from_name(str(PurePosixPath(member).parent))
                if found is not None:
                    break
        return found

    def entries_date(self) -> date | None:
        """The newest modification day of the zip's entries (None for a folder or a file:
        copying them changes their times, not a zip's)."""
        if self._zip is None:
            return None
        stamps = [
            info.date_time
            for info in self._zip.infolist()
            if not info.is_dir() and info.date_time >= _ZIP_EPOCH
        ]
        if not stamps:
            return None
        year, month, day = max(stamps)[:3]
        try:
            return date(year, month, day)
        except ValueError:
            return None

    def read(self, name: str) -> tuple[str, str] | None:
        """(label, text) of a member by case-insensitive base name, or None."""
        member = self._members.get(name.casefold())
        if member is None:
            return None
        if self._zip is not None:
            label = f"{self.label}/{printable(member)}"
            data = read_zip_member(self._zip, member, label)
        else:
            label = member
            data = read_file_capped(Path(member), label)
        if not data.strip():
            return label, ""
        return label, decode_text(data, label)

    def too_large_to_read(self, name: str) -> bool:
        """Whether a member is past what is read whole (``MAX_TEXT_BYTES``)."""
        member = self._members.get(name.casefold())
        if member is None:
            return False
        if self._zip is not None:
            return self._zip.getinfo(member).file_size > MAX_TEXT_BYTES
        try:
            return Path(member).stat().st_size > MAX_TEXT_BYTES
        except OSError:
            return False  # reading it says why

    def stream(self, name: str, parse: Callable[[IO[bytes], str], _Parsed]) -> tuple[str, _Parsed]:
        """(label, ``parse(stream, label)``) of a member read as it streams, up to
        ``MAX_STREAM_BYTES``; a file of another kind than ``parse`` reads is too large."""
        member = self._members[name.casefold()]
        label = f"{self.label}/{printable(member)}" if self._zip is not None else member
        try:
            if self._zip is not None:
                info = self._zip.getinfo(member)
                if info.file_size > MAX_STREAM_BYTES:
                    raise InputError("too_large", label, detail=str(MAX_STREAM_BYTES >> 20))
                opened: IO[bytes] = self._zip.open(info)
            else:
                if Path(member).stat().st_size > MAX_STREAM_BYTES:
                    raise InputError("too_large", label, detail=str(MAX_STREAM_BYTES >> 20))
                opened = open_input(Path(member), label)
            with opened as stream:
                return label, parse(stream, label)
        except InputError as exc:
            if exc.code == "not_linkedin":  # what parse_messages_stream says of another file
                raise InputError("too_large", label, detail=str(MAX_TEXT_BYTES >> 20)) from exc
            raise
        except Exception as exc:  # BadZipFile, OSError, zlib/lzma/bz2 errors, EOFError…
            raise InputError("bad_zip" if self._zip is not None else "unreadable", label,
                             detail=printable(str(exc) or type(exc).__name__)) from exc  # fmt: skip

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def read_linkedin_export(
    path: Path,
    *,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> LinkedInExport:
    """Read a LinkedIn export (zip, folder or a single CSV) into records.

    Raises :class:`InputError` with the file (and line) when the input is not usable.
    """
    info = check_regular_file(path, str(path))  # a FIFO would block the open forever
    if not path.is_dir() and info.st_size == 0:
        raise InputError("empty_file", path)
    files = _Files(path)
    try:
        return _read(files, path, progress, cancelled)
    finally:
        files.close()


def _read(
    files: _Files, path: Path, progress: ProgressFn, cancelled: CancelledFn
) -> LinkedInExport:
    connections: list[ConnectionRow] = []
    messages: list[MessageRow] = []
    invitations: list[InvitationRow] = []
    touches: list[TouchRow] = []
    skipped: list[ImportIssue] = []
    rejected: list[ImportIssue] = []
    found_any = has_connections = False

    if files.single_file and files.too_large_to_read(files.names()[0]):
        # Only messages.csv may be this large (years of messages): read as it streams.
        _label, (messages, issues) = files.stream(files.names()[0], parse_messages_stream)
        found_any = True
        _sort_issues(issues, skipped, rejected)
    elif files.single_file:
        # A single CSV: whichever of the three files its header says it is.
        only = files.read(files.names()[0])
        assert only is not None
        label, text = only
        if not text.strip():
            raise InputError("empty_file", label)
        head = text[:8192]
        if find_csv_header(head, label, is_connections_header) is not None:
            connections, issues = parse_connections(text, label)
            has_connections = found_any = True
        elif find_csv_header(head, label, is_messages_header, search_records=3):
            messages, issues = parse_messages(text, label)
            found_any = True
        elif find_csv_header(head, label, is_invitations_header, search_records=3):
            invitations, issues = parse_invitations(text, label)
            found_any = True
        elif find_csv_header(
            head, label, is_endorsements_header, search_records=3
        ) or find_csv_header(head, label, is_recommendations_header, search_records=3):
            touches, issues = parse_touches(text, label)
            found_any = True
        else:
            raise InputError("no_linkedin_header", label)
        _sort_issues(issues, skipped, rejected)
    else:
        steps = (
            ("connections.csv", "connections"),
            ("messages.csv", "messages"),
            ("invitations.csv", "invitations"),
            ("endorsement_received_info.csv", "touches"),
            ("recommendations_received.csv", "touches"),
        )
        for index, (name, kind) in enumerate(steps):
            if cancelled():
                raise Cancelled()
            progress(index, len(steps))
            if kind == "messages" and files.too_large_to_read(name):
                # Years of messages, with their text: read as it streams, never whole.
                _label, (messages, issues) = files.stream(name, parse_messages_stream)
                found_any = True
                _sort_issues(issues, skipped, rejected)
                continue
            member = files.read(name)
            if member is None:
                continue
            label, text = member
            if not text.strip():
                skipped.append(ImportIssue(label, None, "empty_file"))
                continue
            found_any = True
            if kind == "connections":
                connections, issues = parse_connections(text, label)
                has_connections = True
            elif kind == "messages":
                messages, issues = parse_messages(text, label)
            elif kind == "invitations":
                invitations, issues = parse_invitations(text, label)
            else:
                more, issues = parse_touches(text, label)
                touches.extend(more)
            _sort_issues(issues, skipped, rejected)
        progress(len(steps), len(steps))
        if not found_any:
            inside = files.export_archives()
            if inside:  # the export's own zip, inside the folder or zip given
                code = "export_in_folder" if path.is_dir() else "export_in_zip"
                raise InputError(code, path, detail=", ".join(inside[:3]))
            raise InputError("not_linkedin", path)
    # The export's own date: LinkedIn's file name, else the zip's entry times, else the
    # newest date inside (else the service takes the import day).
    export_date, dated_by = files.named_date(), "name"
    if export_date is None:
        export_date, dated_by = files.entries_date(), "entries"
    if export_date is None:
        export_date = newest_date_inside(connections, messages, invitations, touches)
        dated_by = "content"
    return LinkedInExport(
        source=str(path),
        connections=tuple(connections),
        messages=tuple(messages),
        invitations=tuple(invitations),
        touches=tuple(touches),
        has_connections=has_connections,
        export_date=export_date,
        dated_by=dated_by if export_date is not None else "",
        owner_url=_owner_url(messages, invitations),
        skipped=tuple(skipped),
        rejected=tuple(rejected),
    )


_SKIP_CODES = frozenset({"hidden_member", "no_profile_url", "empty_file"})


def _sort_issues(
    issues: list[ImportIssue], skipped: list[ImportIssue], rejected: list[ImportIssue]
) -> None:
    for issue in issues:
        (skipped if issue.code in _SKIP_CODES else rejected).append(issue)


__all__ = [
    "export_date_from_name",
    "newest_date_inside",
    "parse_connections",
    "parse_invitations",
    "parse_linkedin_date",
    "parse_messages",
    "read_linkedin_export",
]

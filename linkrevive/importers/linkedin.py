"""Reader of the LinkedIn data export: the zip, its folder, or Connections.csv alone.

Every ``Connections.csv`` layout since 2015 is accepted (FORMATS.md §1): the header is found
by content, columns are mapped by name, dates are parsed per file with an explicit month
table, and Excel re-saves (``;``, cp1252, padded preamble, ``5-Jan-26``) are handled.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from functools import lru_cache, wraps
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

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
from linkrevive.domain.text import fold, normalize_email, normalize_linkedin_url
from linkrevive.domain.vocabulary import plausible_year
from linkrevive.importers.limits import (
    check_regular_file,
    open_zip,
    printable,
    read_file_capped,
    read_zip_member,
)
from linkrevive.importers.textfile import CsvTable, decode_text, find_csv_header

# English first; the others appear only after a localised Excel re-saved the file.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "jan janv jan. ene gen",
        "feb fev fevr feb. febr",
        "mar mars mrz mar. maer marz",
        "apr avr abr apr.",
        "may mai mag",
        "jun juin giu jun.",
        "jul juil jul. lug",
        "aug aout ago aug.",
        "sep sept set sep.",
        "oct okt ott oct.",
        "nov nov.",
        "dec dez dic dec.",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_TEXT_DATE = re.compile(r"^(\d{1,2})[ \-./]([^\W\d_]+\.?)[ \-./](\d{2,4})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:,?\s+(.*))?$")
#: LinkedIn's own name for an export: ``Complete_LinkedInDataExport_MM-DD-YYYY.zip``,
#: ``Basic_…`` for the quick archive, plain ``LinkedInDataExport_…`` before mid-2018; the
#: unzipped folder keeps it (a browser may add `` (1)``).
_EXPORT_NAME_DATE = re.compile(r"LinkedInDataExport_(\d{2})-(\d{2})-(\d{4})", re.IGNORECASE)
#: Zip entries carry no date before this one (the format's epoch and its default value).
_ZIP_EPOCH = (1980, 1, 2)

_CONNECTION_COLUMNS = {
    "first": ("first name", "firstname", "prenom", "vorname"),
    "last": ("last name", "lastname", "nom", "nachname"),
    "url": ("url", "profile url", "public profile url"),
    "email": ("email address", "emailaddress", "e-mail address", "email"),
    "company": ("company", "entreprise", "societe", "unternehmen"),
    "position": ("position", "job title", "poste"),
    "connected": ("connected on", "connectedon", "connecte le", "verbunden am"),
}


def _key(cell: str) -> str:
    return " ".join(fold(cell).replace("_", " ").split())


def _is_connections_header(cells: list[str]) -> bool:
    keys = {_key(c) for c in cells}
    modern = bool(keys & {"first name", "firstname"}) and bool(
        keys & {"connected on", "connectedon"}
    )
    outlook = {"first name", "last name", "e-mail address", "company", "job title"} <= keys
    return modern or outlook


def _is_messages_header(cells: list[str]) -> bool:
    keys = {_key(c) for c in cells}
    return {"from", "date"} <= keys and bool(keys & {"content", "conversation id", "subject"})


def _is_invitations_header(cells: list[str]) -> bool:
    keys = {_key(c) for c in cells}
    return {"from", "to", "sent at", "direction"} <= keys


def _column(header: Iterable[str], names: tuple[str, ...]) -> str | None:
    """The header cell for the first alias present (aliases in order of preference)."""
    by_key: dict[str, str] = {}
    for cell in header:
        by_key.setdefault(_key(cell), cell.strip())
    for name in names:
        if name in by_key:
            return by_key[name]
    return None


def _named_records(
    table: CsvTable, label: str, aliases: Mapping[str, tuple[str, ...]]
) -> Iterator[tuple[int, Callable[[str], str]]]:
    """Each data row as ``(line, get)`` where ``get(name)`` is the stripped cell of the
    column known by one of ``aliases[name]`` (empty when the file lacks that column)."""
    at = {name: table.index(_column(table.header, names)) for name, names in aliases.items()}
    for line, record in table.records(label):

        def get(name: str, record: list[str] = record) -> str:
            index = at[name]
            return record[index].strip() if index is not None else ""

        yield line, get


# --- dates ---------------------------------------------------------------------------------


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if len(text) <= 2 else value  # "0001" is year 1, not 2001


_Dated = TypeVar("_Dated", date, datetime)


def _bounded(parse: Callable[..., _Dated | None]) -> Callable[..., _Dated | None]:
    """``parse`` answering None for a date outside the plausible years (``0001``, ``9999``)."""

    @wraps(parse)
    def bounded(*args: Any, **kwargs: Any) -> _Dated | None:
        found = parse(*args, **kwargs)
        return found if found is None or plausible_year(found.year) else None

    return bounded


@_bounded
def _text_date(raw: str) -> date | None:
    match = _TEXT_DATE.match(raw)
    if not match:
        return None
    month = _MONTHS.get(fold(match.group(2)).rstrip(".")[:5]) or _MONTHS.get(
        fold(match.group(2))[:3]
    )
    if month is None:
        return None
    try:
        return date(_year(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None


def _day_first(values: Iterable[str]) -> bool:
    """Whether the slash/dot dates of one column are day-first (European) or US month-first.

    LinkedIn itself wrote ``M/D/YY, h:mm AM`` (2018); European Excel writes ``16.09.2021``
    or ``16/09/2021``. A first field above 12 anywhere settles it; dots mean European.
    """
    month_first_votes = day_first_votes = 0
    for raw in values:
        match = _NUMERIC_DATE.match(raw.strip())
        if not match or len(match.group(1)) == 4:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12:
            day_first_votes += 1
        elif second > 12:
            month_first_votes += 1
        elif "." in raw:
            day_first_votes += 1
        elif match.group(4):  # a time after the date: LinkedIn's own US format
            month_first_votes += 1
    return day_first_votes > month_first_votes


@lru_cache(maxsize=1 << 14)
@_bounded
def parse_linkedin_date(raw: str, *, day_first: bool = False) -> date | None:
    """A date from any format LinkedIn or a spreadsheet wrote in a Connections column."""
    text = raw.strip().strip('"')
    if not text:
        return None
    found = _text_date(text)
    if found is not None:
        return found
    match = _NUMERIC_DATE.match(text)
    if not match:
        return None
    a, b, c = match.group(1), match.group(2), match.group(3)
    try:
        if len(a) == 4:
            return date(int(a), int(b), int(c))
        day, month = (int(a), int(b)) if day_first else (int(b), int(a))
        return date(_year(c), month, day)
    except ValueError:
        return None


@_bounded
def _parse_utc(raw: str) -> datetime | None:
    text = raw.strip()
    # messages.csv has tens of thousands of ``2024-01-31 09:15:00 UTC``; strptime is slow.
    iso = text.removesuffix(" UTC")
    if len(iso) == 19 and iso[4] == "-":  # an offset written out is much faster than replace()
        try:
            return datetime.fromisoformat(iso + "+00:00")
        except ValueError:
            pass
    if len(iso) >= 10 and iso[4] == "-":
        try:
            found = datetime.fromisoformat(iso)
        except ValueError:
            pass
        else:
            return found.replace(tzinfo=UTC) if found.tzinfo is None else found.astimezone(UTC)
    try:
        return datetime.strptime(text, "%Y/%m/%d %H:%M:%S UTC").replace(tzinfo=UTC)
    except ValueError:
        return None


_US_STAMP = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),? (\d{1,2}):(\d{2}) ([AP])M")


@_bounded
def _parse_us_datetime(raw: str) -> datetime | None:
    """``12/15/24, 7:47 AM`` (Invitations, no zone given: taken as UTC)."""
    text = " ".join(raw.strip().split())
    fast = _US_STAMP.fullmatch(text.upper())
    if fast and 1 <= int(fast.group(4)) <= 12:  # strptime takes ~15 µs a call
        month, day, year, hour, minute, half = fast.groups()
        hour_24 = int(hour) % 12 + (12 if half == "P" else 0)
        try:
            return datetime(_year(year), int(month), int(day), hour_24, int(minute), tzinfo=UTC)
        except ValueError:
            return None
    for fmt in ("%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p", "%m/%d/%y %I:%M %p"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    day = parse_linkedin_date(text)
    return datetime(day.year, day.month, day.day, tzinfo=UTC) if day else None


# --- Connections.csv ------------------------------------------------------------------------


def parse_connections(text: str, label: str) -> tuple[list[ConnectionRow], list[ImportIssue]]:
    """Rows of a Connections.csv text; hidden members and bad rows come back as issues."""
    table = find_csv_header(text, label, _is_connections_header)
    if table is None:
        raise InputError("no_linkedin_header", label)
    cols = {
        name: table.index(_column(table.header, aliases))
        for name, aliases in _CONNECTION_COLUMNS.items()
    }
    if cols["first"] is None and cols["last"] is None and cols["url"] is None:
        raise InputError("no_linkedin_header", label)
    # Each record gets one extra empty cell at the end: a column the file lacks reads it
    # (index -1), so the hot loop below indexes without a test per cell.
    raw_rows = list(table.records(label))
    for _line, record in raw_rows:
        record.append("")
    at = {name: (-1 if index is None else index) for name, index in cols.items()}
    i_first, i_last, i_url, i_email = at["first"], at["last"], at["url"], at["email"]
    i_company, i_position, i_when = at["company"], at["position"], at["connected"]
    day_first = _day_first({r[i_when] for _, r in raw_rows}) if i_when >= 0 else False
    rows: list[ConnectionRow] = []
    issues: list[ImportIssue] = []
    dates: dict[str, date | None] = {}  # a few thousand distinct days for 30,000 rows
    for line, record in raw_rows:
        first, last = record[i_first].strip(), record[i_last].strip()
        url_raw, email_raw = record[i_url].strip(), record[i_email].strip()
        company, position = record[i_company].strip(), record[i_position].strip()
        when_raw = record[i_when].strip()
        if not (first or last or url_raw or email_raw or company or position):
            issues.append(ImportIssue(label, line, "hidden_member", when_raw))
            continue
        url = normalize_linkedin_url(url_raw) if url_raw else None
        if url_raw and url is None:
            issues.append(ImportIssue(label, line, "bad_profile_url", url_raw))
            continue
        if not (first or last or url):
            issues.append(ImportIssue(label, line, "no_name", company))
            continue
        if when_raw in dates:
            connected_on = dates[when_raw]
        else:
            connected_on = dates[when_raw] = parse_linkedin_date(when_raw, day_first=day_first)
        if when_raw and connected_on is None:
            issues.append(ImportIssue(label, line, "bad_date", when_raw))
            continue
        email = normalize_email(email_raw) if email_raw else None
        rows.append(ConnectionRow(first, last, url, email, company, position, connected_on, line))
    return rows, issues


# --- messages.csv ---------------------------------------------------------------------------


def parse_messages(text: str, label: str) -> tuple[list[MessageRow], list[ImportIssue]]:
    """LinkedIn messages with a sender profile URL; drafts dropped."""
    table = find_csv_header(text, label, _is_messages_header, search_records=3)
    if table is None:
        raise InputError("not_linkedin", label)
    cols = [
        table.index(_column(table.header, names))
        for names in (
            ("conversation id",),
            ("from",),
            ("sender profile url",),
            ("to",),
            ("recipient profile urls",),
            ("date",),
            ("subject", "conversation title"),
            ("is message draft",),
        )
    ]
    # As for connections: a column the file lacks reads the empty cell added at the end.
    i_conv, i_from, i_sender, i_to, i_recipients, i_date, i_subject, i_draft = (
        -1 if index is None else index for index in cols
    )
    rows: list[MessageRow] = []
    issues: list[ImportIssue] = []
    urls: dict[str, str | None] = {}  # the same few thousand profiles write again and again
    for line, record in table.records(label):
        record.append("")
        if record[i_draft].strip().lower() in ("yes", "true", "oui"):
            continue
        when_raw = record[i_date]
        sent_at = _parse_utc(when_raw) or _parse_us_datetime(when_raw)
        if sent_at is None:
            issues.append(ImportIssue(label, line, "bad_date", when_raw.strip()))
            continue
        sender_raw = record[i_sender]
        sender_url = urls[sender_raw] if sender_raw in urls else _url(urls, sender_raw)
        if sender_url is None:
            issues.append(ImportIssue(label, line, "no_profile_url", record[i_from].strip()))
            continue
        recipients_raw = record[i_recipients]
        if "," not in recipients_raw:  # one recipient: nearly every message
            one = urls[recipients_raw] if recipients_raw in urls else _url(urls, recipients_raw)
            recipients: tuple[str, ...] = () if one is None else (one,)
        else:
            recipients = tuple(
                u
                for u in (
                    urls[p] if p in urls else _url(urls, p) for p in recipients_raw.split(",")
                )
                if u is not None
            )
        rows.append(
            MessageRow(
                record[i_conv].strip(),
                record[i_from].strip(),
                sender_url,
                recipients,
                record[i_to].strip(),
                sent_at,
                record[i_subject].strip(),
                line,
            )
        )
    return rows, issues


def _url(cache: dict[str, str | None], raw: str) -> str | None:
    """``normalize_linkedin_url`` of a cell, remembered in ``cache``."""
    found = normalize_linkedin_url(raw) if raw.strip() else None
    cache[raw] = found
    return found


# --- Invitations.csv ------------------------------------------------------------------------


def parse_invitations(text: str, label: str) -> tuple[list[InvitationRow], list[ImportIssue]]:
    """Connection invitations, both directions, with profile URLs when the export has them."""
    table = find_csv_header(text, label, _is_invitations_header, search_records=3)
    if table is None:
        raise InputError("not_linkedin", label)
    aliases = {
        "from": ("from",),
        "to": ("to",),
        "sent": ("sent at",),
        "message": ("message",),
        "direction": ("direction",),
        "inviter": ("inviterprofileurl",),
        "invitee": ("inviteeprofileurl",),
    }
    rows: list[InvitationRow] = []
    issues: list[ImportIssue] = []
    for line, get in _named_records(table, label, aliases):
        direction_raw = get("direction").upper()
        if direction_raw not in ("INCOMING", "OUTGOING"):
            issues.append(ImportIssue(label, line, "bad_direction", get("direction")))
            continue
        inviter = normalize_linkedin_url(get("inviter")) if get("inviter") else None
        invitee = normalize_linkedin_url(get("invitee")) if get("invitee") else None
        rows.append(
            InvitationRow(
                from_name=get("from"),
                to_name=get("to"),
                sent_at=_parse_us_datetime(get("sent")) if get("sent") else None,
                message=get("message"),
                direction=Direction.IN if direction_raw == "INCOMING" else Direction.OUT,
                inviter_url=inviter,
                invitee_url=invitee,
                line=line,
            )
        )
    return rows, issues


# --- Endorsement_Received_Info.csv, Recommendations_Received.csv --------------------------


def _is_endorsements_header(cells: list[str]) -> bool:
    keys = {_key(c) for c in cells}
    return {"endorsement date", "endorser first name"} <= keys


def _is_recommendations_header(cells: list[str]) -> bool:
    keys = {_key(c) for c in cells}
    return {"first name", "last name", "creation date", "text"} <= keys


def parse_touches(text: str, label: str) -> tuple[list[TouchRow], list[ImportIssue]]:
    """Endorsements or recommendations received: who, when, and the skill or company."""
    table = find_csv_header(text, label, _is_endorsements_header, search_records=3)
    endorsements = table is not None
    if table is None:
        table = find_csv_header(text, label, _is_recommendations_header, search_records=3)
    if table is None:
        raise InputError("not_linkedin", label)
    if endorsements:
        names = {
            "first": ("endorser first name",),
            "last": ("endorser last name",),
            "url": ("endorser public url",),
            "date": ("endorsement date",),
            "detail": ("skill name",),
        }
    else:
        names = {
            "first": ("first name",),
            "last": ("last name",),
            "url": ("profile url",),
            "date": ("creation date",),
            "detail": ("company",),
        }
    rows: list[TouchRow] = []
    issues: list[ImportIssue] = []
    for line, get in _named_records(table, label, names):
        when = _parse_utc(get("date")) or _parse_us_datetime(get("date"))
        if when is None:
            issues.append(ImportIssue(label, line, "bad_date", get("date")))
            continue
        rows.append(
            TouchRow(
                kind="endorsement" if endorsements else "recommendation",
                first_name=get("first"),
                last_name=get("last"),
                url=normalize_linkedin_url(get("url")) if get("url") else None,
                occurred_at=when,
                detail=get("detail"),
                line=line,
            )
        )
    return rows, issues


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

    if files.single_file:
        # A single CSV: whichever of the three files its header says it is.
        only = files.read(files.names()[0])
        assert only is not None
        label, text = only
        if not text.strip():
            raise InputError("empty_file", label)
        head = text[:8192]
        if find_csv_header(head, label, _is_connections_header) is not None:
            connections, issues = parse_connections(text, label)
            has_connections = found_any = True
        elif find_csv_header(head, label, _is_messages_header, search_records=3):
            messages, issues = parse_messages(text, label)
            found_any = True
        elif find_csv_header(head, label, _is_invitations_header, search_records=3):
            invitations, issues = parse_invitations(text, label)
            found_any = True
        elif find_csv_header(
            head, label, _is_endorsements_header, search_records=3
        ) or find_csv_header(head, label, _is_recommendations_header, search_records=3):
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

"""The CSV files of a LinkedIn export, one parser each: Connections.csv (every layout since
2015, FORMATS.md §1), messages.csv, Invitations.csv, endorsements and recommendations."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import IO

from linkrevive.domain.enums import Direction
from linkrevive.domain.errors import InputError
from linkrevive.domain.records import (
    ConnectionRow,
    ImportIssue,
    InvitationRow,
    MessageRow,
    TouchRow,
)
from linkrevive.domain.text import fold, normalize_email, normalize_linkedin_url
from linkrevive.importers.csv_stream import stream_csv
from linkrevive.importers.limits import MAX_MESSAGE_RECORDS
from linkrevive.importers.linkedin_dates import (
    dates_day_first,
    parse_linkedin_date,
    parse_us_datetime,
    parse_utc,
)
from linkrevive.importers.textfile import CsvTable, find_csv_header

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


def is_connections_header(cells: list[str]) -> bool:
    """Whether a row is the header of Connections.csv (any year's or Outlook's layout)."""
    keys = {_key(c) for c in cells}
    modern = bool(keys & {"first name", "firstname"}) and bool(
        keys & {"connected on", "connectedon"}
    )
    outlook = {"first name", "last name", "e-mail address", "company", "job title"} <= keys
    return modern or outlook


def is_messages_header(cells: list[str]) -> bool:
    """Whether a row is the header of messages.csv."""
    keys = {_key(c) for c in cells}
    return {"from", "date"} <= keys and bool(keys & {"content", "conversation id", "subject"})


def is_invitations_header(cells: list[str]) -> bool:
    """Whether a row is the header of Invitations.csv."""
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


# --- Connections.csv ------------------------------------------------------------------------


def parse_connections(text: str, label: str) -> tuple[list[ConnectionRow], list[ImportIssue]]:
    """Rows of a Connections.csv text; hidden members and bad rows come back as issues."""
    table = find_csv_header(text, label, is_connections_header)
    if table is None:
        raise InputError("no_linkedin_header", label)
    cols = {
        name: table.index(_column(table.header, aliases))
        for name, aliases in _CONNECTION_COLUMNS.items()
    }
    if cols["first"] is None and cols["last"] is None and cols["url"] is None:
        raise InputError("no_linkedin_header", label)
    at = {name: (-1 if index is None else index) for name, index in cols.items()}
    i_first, i_last, i_url, i_email = at["first"], at["last"], at["url"], at["email"]
    i_company, i_position, i_when = at["company"], at["position"], at["connected"]
    # Each record gets one extra empty cell at the end: a column the file lacks reads it
    # (index -1), so the hot loop below indexes without a test per cell. The same pass
    # gathers the distinct dates, which say whether they are written day first.
    raw_rows = list(table.records(label))
    days_written: set[str] = set()
    for _line, record in raw_rows:
        record.append("")
        days_written.add(record[i_when])
    day_first = dates_day_first(days_written)
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
    """LinkedIn messages with a sender profile URL; drafts dropped (at most
    ``MAX_MESSAGE_RECORDS`` messages, as when the file is too large to be read whole)."""
    table = find_csv_header(text, label, is_messages_header, search_records=3)
    if table is None:
        raise InputError("not_linkedin", label)
    return _messages(table.header, table.records(label, MAX_MESSAGE_RECORDS), label)


def parse_messages_stream(
    stream: IO[bytes], label: str
) -> tuple[list[MessageRow], list[ImportIssue]]:
    """:func:`parse_messages` of a ``messages.csv`` too large to read whole, as it streams
    (up to ``MAX_MESSAGE_RECORDS`` messages, each kept without its text)."""
    found = stream_csv(stream, label, is_messages_header, limit=MAX_MESSAGE_RECORDS)
    if found is None:
        raise InputError("not_linkedin", label)
    header, records = found
    return _messages(header, records, label)


def _messages(
    header: tuple[str, ...], records: Iterable[tuple[int, list[str]]], label: str
) -> tuple[list[MessageRow], list[ImportIssue]]:
    """The messages of ``records`` under ``header``. Their repeated texts (a conversation's
    id, the names, the subject) are kept once each: a file may hold years of messages."""
    stripped = [h.strip() for h in header]

    def index(names: tuple[str, ...]) -> int | None:
        column = _column(header, names)
        return stripped.index(column) if column is not None else None

    cols = [
        index(names)
        for names in (
            ("conversation id",),
            ("from",),
            ("sender profile url",),
            ("to",),
            ("recipient profile urls",),
            ("date",),
            ("subject", "conversation title"),
            ("is message draft",),
            ("direction",),
        )
    ]
    # The 2018 layout names the people and says the direction, without profile URLs: its
    # messages go on to be attached to the connection of that name.
    by_name = cols[2] is None and cols[-1] is not None
    # As for connections: a column the file lacks reads the empty cell added at the end.
    i_conv, i_from, i_sender, i_to, i_recipients, i_date, i_subject, i_draft, i_direction = (
        -1 if index is None else index for index in cols
    )
    rows: list[MessageRow] = []
    issues: list[ImportIssue] = []
    urls: dict[str, str | None] = {}  # the same few thousand profiles write again and again
    texts: dict[str, str] = {}  # conversation ids, names and subjects, once each
    once = texts.setdefault
    for line, record in records:
        record.append("")
        if record[i_draft].strip().lower() in ("yes", "true", "oui"):
            continue
        when_raw = record[i_date]
        sent_at = parse_utc(when_raw) or parse_us_datetime(when_raw)
        if sent_at is None:
            issues.append(ImportIssue(label, line, "bad_date", when_raw.strip()))
            continue
        sender_raw = record[i_sender]
        sender_url = urls[sender_raw] if sender_raw in urls else _url(urls, sender_raw)
        if sender_url is None:
            direction = _DIRECTIONS.get(record[i_direction].strip().upper())
            if by_name and direction is not None:
                rows.append(
                    MessageRow("", record[i_from].strip(), None, (), record[i_to].strip(),
                               sent_at, record[i_subject].strip(), line, direction, label)
                )  # fmt: skip
            elif by_name:
                issues.append(
                    ImportIssue(label, line, "bad_message_direction", record[i_direction].strip())
                )
            else:
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
        conversation, name, to = record[i_conv].strip(), record[i_from].strip(), record[i_to]
        subject = record[i_subject].strip()
        rows.append(
            MessageRow(
                once(conversation, conversation),
                once(name, name),
                sender_url,
                recipients,
                once(to, to.strip()),
                sent_at,
                once(subject, subject),
                line,
            )
        )
    return rows, issues


#: ``Direction`` values of the 2018 layout.
_DIRECTIONS = {"INCOMING": Direction.IN, "OUTGOING": Direction.OUT}


def _url(cache: dict[str, str | None], raw: str) -> str | None:
    """``normalize_linkedin_url`` of a cell, remembered in ``cache``."""
    found = normalize_linkedin_url(raw) if raw.strip() else None
    cache[raw] = found
    return found


# --- Invitations.csv ------------------------------------------------------------------------


def parse_invitations(text: str, label: str) -> tuple[list[InvitationRow], list[ImportIssue]]:
    """Connection invitations, both directions, with profile URLs when the export has them."""
    table = find_csv_header(text, label, is_invitations_header, search_records=3)
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
                sent_at=parse_us_datetime(get("sent")) if get("sent") else None,
                message=get("message"),
                direction=Direction.IN if direction_raw == "INCOMING" else Direction.OUT,
                inviter_url=inviter,
                invitee_url=invitee,
                line=line,
                file=label,
            )
        )
    return rows, issues


# --- Endorsement_Received_Info.csv, Recommendations_Received.csv --------------------------


def is_endorsements_header(cells: list[str]) -> bool:
    """Whether a row is the header of Endorsement_Received_Info.csv."""
    keys = {_key(c) for c in cells}
    return {"endorsement date", "endorser first name"} <= keys


def is_recommendations_header(cells: list[str]) -> bool:
    """Whether a row is the header of Recommendations_Received.csv."""
    keys = {_key(c) for c in cells}
    return {"first name", "last name", "creation date", "text"} <= keys


def parse_touches(text: str, label: str) -> tuple[list[TouchRow], list[ImportIssue]]:
    """Endorsements or recommendations received: who, when, and the skill or company."""
    table = find_csv_header(text, label, is_endorsements_header, search_records=3)
    endorsements = table is not None
    if table is None:
        table = find_csv_header(text, label, is_recommendations_header, search_records=3)
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
        when = parse_utc(get("date")) or parse_us_datetime(get("date"))
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
                file=label,
            )
        )
    return rows, issues


__all__ = [
    "is_connections_header",
    "is_endorsements_header",
    "is_invitations_header",
    "is_messages_header",
    "is_recommendations_header",
    "parse_connections",
    "parse_invitations",
    "parse_messages",
    "parse_touches",
]

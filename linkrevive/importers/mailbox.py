"""Headers-only streaming readers of mailboxes: mbox files and folders of ``.eml`` files.

Only the header block of each message is kept, never the body, so memory stays flat on
mailboxes of hundreds of thousands of messages. ``mailbox.mbox`` is not used: it builds a
table of contents of the whole file and parses full messages.

Header blocks are split into fields by hand (``header_fields``: unfolding, one dictionary)
and only the fields LinkRevive needs are decoded with the standard library (``email.utils``,
``email.header``); this measured about 5x faster than
``BytesHeaderParser(policy=email.policy.default)``.
"""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import os
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache, partial
from itertools import islice
from pathlib import Path
from typing import IO

from linkrevive.domain.errors import InputError
from linkrevive.domain.records import MailAddress, MailRecord, ProgressFn, no_progress
from linkrevive.domain.senders import (
    AutomationReason,
    automated_address,
    is_auto_reply,
    message_automation,
)
from linkrevive.domain.text import normalize_email
from linkrevive.importers.header_fields import block_fields, decode_value, topmost_received
from linkrevive.importers.limits import (
    MAX_LINE_CHARS,
    check_regular_file,
    line_too_long,
    open_input,
)
from linkrevive.importers.mojibake import mended
from linkrevive.importers.sent_folders import bundled_mbox, folder_label, labelled
from linkrevive.importers.textfile import looks_binary

#: A header block longer than this is cut: real ones are a few kilobytes.
MAX_HEADER_BYTES = 256 * 1024
#: Content-Type lines of a message's parts kept (a calendar part is among the first few).
MAX_PARTS = 64
#: Progress is reported at most once per this many bytes read.
PROGRESS_STEP = 1 << 20

# mbox separators: "From sender asctime" (RFC 4155), Thunderbird "From - Tue Nov 26 ...",
# Gmail Takeout "From 1826...@xxx Tue Mar 11 01:31:25 +0000 2025".
_SEPARATOR = re.compile(
    rb"From \S*\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+"
    rb"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+\d{1,2}:\d{2}"
)
_CONTENT_TYPE = (b"Content-Type:", b"Content-type:", b"content-type:", b"CONTENT-TYPE:")
_EARLIEST_YEAR = 1971
_LATEST_YEAR = 2200


def _decode_words(value: str) -> str:
    """A header value with RFC 2047 encoded words decoded (left as is when malformed)."""
    if "=?" not in value:
        return value.strip()
    return _decode_encoded(value)


@lru_cache(maxsize=1 << 14)
def _decode_encoded(value: str) -> str:
    # Cached: the same display names and labels come back in thousands of messages.
    try:
        # A name labelled Latin-1 that is UTF-8 decodes twice ("HÃ©lÃ¨ne"): mended.
        return mended(str(make_header(decode_header(value))).strip())
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        return value.strip()


# The characters that end an atom for ``email.utils.getaddresses`` (RFC 5322 specials,
# except "." in names), plus whitespace other than space and tab.
_ADDR_PART = r'[^\s"\\()<>@,;:\[\]]+@[^\s"\\()<>@,;:\[\]]+'
#: One mailbox in the shapes nearly all mail uses: ``Name <a@b>``, ``"Name" <a@b>``,
#: ``<a@b>``, ``a@b``. ``getaddresses`` gives the same pair for these; anything else
#: (comments, groups, escapes, commas in quotes) goes to it.
_SIMPLE_MAILBOX = re.compile(
    r'[ \t]*(?:"(?P<quoted>[^"\\\r]*)"|(?P<name>(?:[^\s"\\()<>@,;:\[\]]|[ \t])*?))'
    rf"[ \t]*<(?P<angle>{_ADDR_PART})>[ \t]*"
    rf"|[ \t]*(?P<bare>{_ADDR_PART})[ \t]*"
)


def _address_pairs(value: str) -> list[tuple[str, str]]:
    """``email.utils.getaddresses([value])`` without its general parser for simple lists.

    Empty items are left out (``getaddresses`` gives ``("", "")`` for them, which no
    caller keeps).
    """
    pairs: list[tuple[str, str]] = []
    for item in value.split(","):
        if not item.strip(" \t"):
            continue
        match = _SIMPLE_MAILBOX.fullmatch(item)
        if match is None:
            return getaddresses([value])
        quoted, name, angle, bare = match.groups()
        if bare is not None:
            pairs.append(("", bare))
        else:
            pairs.append((quoted if quoted is not None else " ".join(name.split()), angle))
    return pairs


def _addresses(values: Sequence[str]) -> tuple[MailAddress, ...]:
    if len(values) == 1:  # a single field, as nearly always
        return _address_list(values[0])
    return _address_list(", ".join(values))  # as getaddresses joins them


@lru_cache(maxsize=1 << 14)
def _address_list(value: str) -> tuple[MailAddress, ...]:
    """The distinct addresses of a header value, in order. Cached: the user's own
    address and frequent correspondents fill most From/To fields of a mailbox."""
    found: list[MailAddress] = []
    seen: set[str] = set()
    for name, address in _address_pairs(value):
        normal = normalize_email(address)
        if normal is None or normal in seen:
            continue
        seen.add(normal)
        found.append(MailAddress(_decode_words(name), normal))
    return tuple(found)


# The date as nearly every mail client writes it ("Tue, 11 Mar 2025 01:31:25 +0100"),
# read without the general parser of ``email.utils`` (which gives the same datetime): the
# day, a valid time of day, the zone's offset. Any other form goes to ``email.utils``.
_USUAL_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?"
    r"(\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}) "
    r"([01]\d|2[0-3]):([0-5]\d):([0-5]\d) ([+-]\d{4})"
)
# Mail dates name the months in English whatever the user's language: never from the locale
# (``calendar.month_abbr`` says "janv." once the window has set a French one).
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_EPOCH_DAY = date(1970, 1, 1).toordinal()


@lru_cache(maxsize=1 << 12)
def _labels(value: str) -> tuple[str, ...]:
    """The Gmail labels of an ``X-Gmail-Labels`` value (a mailbox has a few hundred
    distinct values at most: cached)."""
    return tuple(label for label in (_decode_words(p) for p in value.split(",")) if label)


@lru_cache(maxsize=1 << 14)
def _midnight(day: str) -> int | None:
    """The start of a day written ``11 Mar 2025`` as seconds since the epoch, read as UTC;
    None when there is no such day or its year is out of range. Cached: a mailbox spans a
    few thousand days, each written on many messages."""
    number, month, year = day.split(" ")
    if not _EARLIEST_YEAR <= int(year) <= _LATEST_YEAR:
        return None
    try:
        return (date(int(year), _MONTHS[month], int(number)).toordinal() - _EPOCH_DAY) * 86400
    except ValueError:  # 30 Feb
        return None


@lru_cache(maxsize=1 << 10)
def _offset(zone: str) -> int | None:
    """The seconds a ``+hhmm`` zone is ahead of UTC (a mailbox has a few dozen: each read
    once); None when it is a day or more: no such zone."""
    seconds = int(zone[1:3]) * 3600 + int(zone[3:]) * 60
    if seconds >= 86400:
        return None
    return -seconds if zone[0] == "-" else seconds


def parse_date(value: str) -> datetime | None:
    """The instant of a ``Date`` value in UTC (naive dates read as UTC); None when it is
    unreadable, or its year (where it was written) is out of range."""
    value = value.strip()
    usual = _USUAL_DATE.fullmatch(value)
    if usual is None or usual[5] == "-0000":  # -0000: no zone, read as UTC
        return _date_by_email_utils(value)
    day, hour, minute, second, zone = usual.groups()
    midnight = _midnight(day)
    offset = _offset(zone)
    if midnight is None or offset is None:
        return None
    time_of_day = int(hour) * 3600 + int(minute) * 60 + int(second)
    return datetime.fromtimestamp(midnight + time_of_day - offset, UTC)


def _date_by_email_utils(value: str) -> datetime | None:
    """:func:`parse_date` of a date in a less usual form."""
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if not _EARLIEST_YEAR <= parsed.year <= _LATEST_YEAR:
        return None
    return parsed.astimezone(UTC)


def parse_headers(
    raw: bytes,
    line: int | None = None,
    part_types: tuple[str, ...] = (),
    arrived: datetime | None = None,
) -> MailRecord:
    """The ``MailRecord`` of one message's header block (a body after it is ignored).

    ``sent_at`` is the ``Date`` in UTC (naive dates read as UTC); when missing, invalid or
    more than ``CLOCK_SLACK`` after the message arrived (``arrived`` when given, else the
    date of the topmost ``Received`` field), the arrival; else None. ``message_id`` is the
    ``Message-ID`` without angle brackets, or ``sha1:`` and a digest of date, sender,
    recipients and subject when absent. ``automated`` says why the message is automatic
    (mailing list, newsletter, automatic reply, bounce, calendar invitation, robot sender;
    see ``domain.senders``), ``is_bulk`` whether it is; ``part_types`` are the
    ``Content-Type`` lines of its MIME parts, when the caller read them.
    """
    block = b"\n" + raw  # as block_fields reads it
    return _record(block_fields(block), block, line, part_types, arrived=arrived)


#: A message is written before it arrives. A ``Date`` more than this after the message's
#: arrival (time zones and clock drift allowed for) is a sender's clock set wrong, as in
#: "1 Jan 2099": the arrival dates the message instead.
CLOCK_SLACK = timedelta(days=1)


def _sent_or_arrived(sent_at: datetime | None, arrived: datetime | None) -> datetime | None:
    """When a message was sent: its ``Date`` (``sent_at``), unless it is missing, unreadable
    or later than its arrival by more than ``CLOCK_SLACK``; then its arrival (read by
    :func:`parse_date`, as the ``Date``)."""
    if sent_at is None or (arrived is not None and sent_at > arrived + CLOCK_SLACK):
        return arrived
    return sent_at


def _received(block: bytes) -> datetime | None:
    """The date of the topmost ``Received`` field of a header block: when the message
    reached the mailbox, as its server wrote it; None when there is none."""
    received = topmost_received(block)
    if received is None or ";" not in received:
        return None
    return parse_date(received.rsplit(";", 1)[1])


def _is_multipart(fields: dict[str, list[str]]) -> bool:
    values = fields.get("content-type")
    return values is not None and "multipart/" in values[0].lower()


#: What a field absent from a message reads as.
_ABSENT = ("",)


def _record(
    fields: dict[str, list[str]],
    block: bytes,
    line: int | None,
    part_types: tuple[str, ...] = (),
    *,
    arrived: datetime | None = None,
    checked_until: date | None = None,
) -> MailRecord:
    """The record of a message from the wanted fields of its header ``block``.

    ``arrived`` is when the message reached the mailbox, when the caller knows it (IMAP's
    ``INTERNALDATE``); else the topmost ``Received`` field says it. A ``Date`` up to the day
    ``checked_until`` (the day after an mbox separator's) needs no such check.
    """
    senders = _addresses(fields.get("from") or fields.get("sender") or ())
    sender = senders[0] if senders else None
    recipients = _addresses([*fields.get("to", ()), *fields.get("cc", ()), *fields.get("bcc", ())])
    subject = _decode_words(fields.get("subject", _ABSENT)[0])

    date = fields.get("date", _ABSENT)[0]
    sent_at = parse_date(date) if "date" in fields else None
    if sent_at is None or checked_until is None or sent_at.date() > checked_until:
        sent_at = _sent_or_arrived(sent_at, arrived if arrived is not None else _received(block))

    message_id = fields.get("message-id", _ABSENT)[0].strip().strip("<>").strip()
    if not message_id:
        firsts = (fields.get(name, _ABSENT)[0] for name in ("from", "to", "subject"))
        basis = "\x00".join((date, *firsts))
        message_id = "sha1:" + hashlib.sha1(basis.encode("utf-8", "replace")).hexdigest()

    reason = message_automation(fields, part_types)
    if reason is None and sender is not None and automated_address(sender.address):
        reason = AutomationReason.ADDRESS
    if reason is None and is_auto_reply(subject):
        reason = AutomationReason.AUTO_REPLY  # an out-of-office reply the headers do not mark
    return MailRecord(
        message_id=message_id,
        sent_at=sent_at,
        sender=sender,
        recipients=recipients,
        subject=subject,
        is_bulk=reason is not None,
        labels=_labels(fields.get("x-gmail-labels", _ABSENT)[0]),
        line=line,
        automated=reason.value if reason is not None else "",
    )


def _lines(handle: IO[bytes], label: str) -> Iterator[bytes]:
    """The lines of a file, each at most ``MAX_LINE_CHARS`` bytes, else ``InputError``."""
    for number, line in enumerate(iter(partial(handle.readline, MAX_LINE_CHARS + 1), b""), 1):
        if len(line) > MAX_LINE_CHARS:
            raise line_too_long(label, number)
        yield line


def _check_mbox(path: Path, label: str) -> int:
    info = check_regular_file(path, label)  # a FIFO would block the open forever
    if path.is_dir():
        raise InputError("bad_mbox", label)
    size = info.st_size
    with open_input(path, label) as handle:
        head = handle.read(4096)
        if not head.strip():
            raise InputError("empty_file", label)
        if looks_binary(head):
            raise InputError("binary_file", label)
        handle.seek(0)
        for line in _lines(handle, label):
            if line.strip():
                if not line.startswith(b"From "):
                    raise InputError("bad_mbox", label)
                break
    return size


def iter_mbox(path: Path, label: str, progress: ProgressFn = no_progress) -> Iterator[MailRecord]:
    """Stream the headers of every message of an mbox file (mboxo, mboxrd, Gmail, Thunderbird).

    The file is read line by line; bodies are skipped without being stored. The messages of
    a file named as a sent folder (``Sent``, ``Sent Messages.mbox``…) are labelled as the
    user's, those of a file named as a spam folder (``Junk``) as spam
    (``sent_folders.folder_label``). ``progress``
    receives ``(bytes_done, total_bytes)``. ``MailRecord.line`` is the line of the message's
    ``From `` separator. ``path`` may also be the folder Apple Mail exports a mailbox as
    (``Inbox.mbox``, holding a file named ``mbox``). The file is checked before the first
    message is read: raises
    ``InputError`` ``not_found``, ``empty_file``, ``binary_file`` or ``bad_mbox`` (the first
    non-empty line is not a ``From `` line) at call time. Duplicate Message-IDs are yielded
    as found; deduplicating is the store's business.
    """
    path = bundled_mbox(path) or path  # Apple Mail's exported folder holds the file
    total = _check_mbox(path, label)
    return _mbox_records(path, label, total, progress)


# The mbox is scanned as bytes with compiled patterns that jump from one place of interest
# to the next (separators, the end of each header block, the part types of multipart
# bodies): bodies are never split into lines nor copied into Python objects.
_BLANK_LINE = re.compile(rb"\n\r?\n")
_PART_TYPE = re.compile(rb"\n(?:Content-Type|Content-type|content-type|CONTENT-TYPE):([^\n]*)")
_LONG_LINE = re.compile(rb"\n[^\n]{%d}." % MAX_LINE_CHARS, re.DOTALL)
#: Mapped pages already read are released every this many bytes: a mailbox of gigabytes
#: then costs a few megabytes of resident memory, not its size.
_RELEASE_STEP = 4 << 20
_NEWLINE_COUNT_STEP = 1 << 20


def _count_newlines(data: mmap.mmap, start: int, end: int) -> int:
    if end - start <= _NEWLINE_COUNT_STEP:
        return data[start:end].count(b"\n")
    # In slices of a megabyte: a message of a hundred megabytes is never copied whole.
    return sum(
        data[at : min(at + _NEWLINE_COUNT_STEP, end)].count(b"\n")
        for at in range(start, end, _NEWLINE_COUNT_STEP)
    )


def _is_separator(data: mmap.mmap, newline: int) -> bool:
    """Whether the ``From `` line after the newline at ``newline`` starts a message: the
    line before it is blank, or it has the date of a separator."""
    if newline == 0 or data[newline - 1] == 10:  # "\n"
        return True
    if data[newline - 1] == 13 and (newline == 1 or data[newline - 2] == 10):  # "\r\n"
        return True
    return _SEPARATOR.match(data, newline + 1) is not None


def _next_separator(data: mmap.mmap, position: int) -> int | None:
    """The offset of the first separator line after ``position``, None at the end."""
    while (found := data.find(b"\nFrom ", position)) >= 0:
        if _is_separator(data, found):
            return found + 1
        position = found + 1
    return None


def _blank_line(data: mmap.mmap, newline: int, end: int) -> int:
    """Where the header block after the line break at ``newline`` ends: the line break
    before its first empty line, -1 when no empty line comes before ``end``."""
    found = _BLANK_LINE.search(data, newline, end)
    return -1 if found is None else found.start()


def _header_block(data: mmap.mmap, newline: int, end: int) -> bytes:
    """The header lines after the line break at ``newline`` up to ``end``, that line break
    in front (as :func:`block_fields` reads them); the block cut after the line that
    reaches ``MAX_HEADER_BYTES``."""
    if end - newline - 1 > MAX_HEADER_BYTES:
        cut = data.find(b"\n", newline + MAX_HEADER_BYTES, end)
        end = end if cut < 0 else cut + 1
    return data[newline:end]


def _check_line_lengths(data: mmap.mmap, label: str, start: int, end: int, line: int) -> None:
    """``InputError`` when a line of the message ``data[start:end]`` (whose separator is
    line ``line``) is longer than ``MAX_LINE_CHARS``."""
    too_long = _LONG_LINE.search(data, max(start - 1, 0), end)
    if too_long is not None:
        raise line_too_long(label, line + _count_newlines(data, start, too_long.start() + 1))


def _mbox_records(path: Path, label: str, total: int, progress: ProgressFn) -> Iterator[MailRecord]:
    progress(0, total)
    with open_input(path, label) as handle:
        data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    try:
        # A sent folder's: the user's mail, from whichever address; a spam folder's.
        extra = folder_label(path)
        if extra is not None:
            yield from (labelled(r, extra) for r in _scan(data, label, total, progress))
        else:
            yield from _scan(data, label, total, progress)
    finally:
        # A match object held by a traceback (Ctrl+C) keeps the buffer exported: the
        # mapping then goes with it.
        with contextlib.suppress(BufferError):
            data.close()
    progress(total, total)


def _scan(data: mmap.mmap, label: str, total: int, progress: ProgressFn) -> Iterator[MailRecord]:
    size = len(data)
    if size > MAX_LINE_CHARS and data.find(b"\n", 0, MAX_LINE_CHARS) < 0:
        raise line_too_long(label, 1)
    next_report = PROGRESS_STEP
    released = 0
    line = 1
    counted = 0
    start = 0 if data[:5] == b"From " else _next_separator(data, 0)
    while start is not None:
        following = _next_separator(data, start)
        end = size if following is None else following
        line += _count_newlines(data, counted, start)
        counted = start
        if end - start > MAX_LINE_CHARS:  # only a message that long can hold a line that long
            _check_line_lengths(data, label, start, end, line)
        yield _message(data, start, end, line)
        if end >= next_report:
            progress(end, total)
            next_report = end + PROGRESS_STEP
        if end - released >= _RELEASE_STEP and hasattr(data, "madvise"):
            keep = end - end % mmap.PAGESIZE
            data.madvise(mmap.MADV_DONTNEED, released, keep - released)
            released = keep
        start = following


def _message(data: mmap.mmap, start: int, end: int, line: int) -> MailRecord:
    """The record of the message whose separator line is at ``start`` and which ends at
    ``end``; a multipart body is searched for the content types of its parts."""
    newline = data.find(b"\n", start, end)
    if newline < 0:
        return parse_headers(b"", line)
    checked_until = _separator_day(data[start:newline].split())
    blank = _blank_line(data, newline, end)
    if blank < 0:  # no body: the block runs up to the next message
        block = _header_block(data, newline, end)
        return _record(block_fields(block), block, line, checked_until=checked_until)
    block = _header_block(data, newline, blank + 1)
    fields = block_fields(block)
    parts = _part_types(data, blank + 1, end) if _is_multipart(fields) else ()
    return _record(fields, block, line, parts, checked_until=checked_until)


def _separator_day(words: list[bytes]) -> date | None:
    """The day after an mbox separator's date (``From sender Tue Mar 11 01:31:25 [+0000]
    2025``, often local time): a ``Date`` up to then is no later than the message's arrival
    by more than its time zone and ``CLOCK_SLACK``; None when unreadable."""
    if len(words) < 7:
        return None
    day = _day_of(words[3], words[4], words[-1])
    return None if day is None else day + CLOCK_SLACK


@lru_cache(maxsize=1 << 12)
def _day_of(month: bytes, day: bytes, year: bytes) -> date | None:
    """The day written ``Mar``, ``11``, ``2025``; None when there is none (cached: a
    mailbox spans a few thousand days)."""
    number = _MONTHS.get(month.decode("ascii", "replace"))
    if number is None or not day.isdigit() or not year.isdigit():
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


def _part_types(data: mmap.mmap, start: int, end: int) -> tuple[str, ...]:
    """The ``Content-Type`` lines in ``data[start:end]`` (a multipart body), at most
    ``MAX_PARTS``."""
    found = islice(_PART_TYPE.finditer(data, start, end), MAX_PARTS)
    return tuple(decode_value(match.group(1)).strip() for match in found)


def _read_header_block(path: Path) -> tuple[bytes, tuple[str, ...]]:
    """The header block of a message file, and the Content-Type lines of its MIME parts
    when it is a multipart message (the rest of the body is not kept)."""
    block: list[bytes] = []
    size = 0
    parts: list[str] = []
    label = str(path)
    with open_input(path, label) as handle:
        lines = _lines(handle, label)
        for line in lines:
            if line in (b"\n", b"\r\n") and block:
                break
            block.append(line)
            size += len(line)
            if size >= MAX_HEADER_BYTES:
                break
        raw = b"".join(block)
        if b"multipart/" in raw.lower():
            for line in lines:
                if line.startswith(_CONTENT_TYPE) and len(parts) < MAX_PARTS:
                    parts.append(decode_value(line[13:]).strip())
    return raw, tuple(parts)


def _looks_like_message(fields: dict[str, list[str]]) -> bool:
    return bool(fields.keys() & {"from", "date", "message-id", "to", "subject"})


def iter_eml_folder(
    path: Path, label: str, progress: ProgressFn = no_progress
) -> Iterator[MailRecord]:
    """Stream the headers of every ``.eml`` file under a folder (recursively, sorted by path).

    ``path`` may also be a single ``.eml`` file; one in a folder named as a sent folder
    (``Sent Items``…) is labelled as the user's. ``progress`` receives
    ``(files_done, total_files)``. A ``.eml`` file that is not an email (binary, or no
    From/To/Date/Subject/Message-ID field) yields nothing. Raises ``InputError``
    ``not_found``, or ``unknown_format`` when the folder holds no ``.eml`` file, at call time.
    """
    check_regular_file(path, label)  # a FIFO would block the open forever
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".eml")
    else:
        files = [path]
    if not files:
        raise InputError("unknown_format", label)
    for file in files:  # before the first message is stored, not halfway through
        if not os.access(file, os.R_OK):
            raise InputError("unreadable", str(file), detail="permission denied")
    return _eml_records(files, progress)


def _eml_records(files: list[Path], progress: ProgressFn) -> Iterator[MailRecord]:
    total = len(files)
    progress(0, total)
    for done, file in enumerate(files, start=1):
        raw, parts = _read_header_block(file)
        if raw.strip() and not looks_binary(raw):
            block = b"\n" + raw  # as block_fields reads it
            fields = block_fields(block)
            if _looks_like_message(fields):
                record = _record(fields, block, None, parts if _is_multipart(fields) else ())
                # In a sent folder: the user's, from any address; in a spam folder: spam.
                extra = folder_label(file)
                yield record if extra is None else labelled(record, extra)
        progress(done, total)

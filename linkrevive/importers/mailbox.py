"""Headers-only streaming readers of mailboxes: mbox files and folders of ``.eml`` files.

Only the header block of each message is kept, never the body, so memory stays flat on
mailboxes of hundreds of thousands of messages. ``mailbox.mbox`` is not used: it builds a
table of contents of the whole file and parses full messages.

Header blocks are split into fields by hand (unfolding, one dictionary) and only the fields
LinkRevive needs are decoded with the standard library (``email.utils``, ``email.header``);
this measured about 5x faster than ``BytesHeaderParser(policy=email.policy.default)``.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime
from functools import partial
from pathlib import Path
from typing import IO

from linkrevive.domain.errors import InputError
from linkrevive.domain.records import MailAddress, MailRecord, ProgressFn, no_progress
from linkrevive.domain.senders import (
    HEADER_FIELDS,
    AutomationReason,
    automated_address,
    message_automation,
)
from linkrevive.domain.text import normalize_email
from linkrevive.importers.limits import (
    MAX_LINE_CHARS,
    check_regular_file,
    line_too_long,
    open_input,
)
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
    rb"^From \S*\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+"
    rb"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+\d{1,2}:\d{2}"
)
_WANTED = frozenset(
    {
        "from",
        "sender",
        "to",
        "cc",
        "bcc",
        "date",
        "message-id",
        "subject",
        "x-gmail-labels",
        "received",
        *HEADER_FIELDS,
    }
)
_CONTENT_TYPE = (b"Content-Type:", b"Content-type:", b"content-type:", b"CONTENT-TYPE:")
_EARLIEST_YEAR = 1971
_LATEST_YEAR = 2200


def _text(raw: bytes) -> str:
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError:
        pass
    try:
        # RFC 6532 allows raw UTF-8 in headers; older clients wrote Latin-1.
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _fields(raw: bytes) -> dict[str, list[str]]:
    """Wanted header fields, unfolded, in order; names lower-cased."""
    fields: dict[str, list[str]] = {}
    name: str | None = None
    parts: list[bytes] = []

    def flush() -> None:
        if name is not None and name in _WANTED:
            value = b" ".join(p.strip() for p in parts)
            fields.setdefault(name, []).append(_text(value))

    for line in raw.splitlines():
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            parts.append(line)
            continue
        flush()
        head, sep, rest = line.partition(b":")
        if not sep or b" " in head.strip():
            # Not a field (an mbox "From " line, garbage): ignore up to the next field.
            name, parts = None, []
            continue
        name = head.strip().decode("ascii", errors="replace").lower()
        parts = [rest]
    flush()
    return fields


def _decode_words(value: str) -> str:
    """A header value with RFC 2047 encoded words decoded (left as is when malformed)."""
    if "=?" not in value:
        return value.strip()
    try:
        return str(make_header(decode_header(value))).strip()
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        return value.strip()


def _addresses(values: list[str]) -> list[MailAddress]:
    found: list[MailAddress] = []
    seen: set[str] = set()
    for name, address in getaddresses(values):
        normal = normalize_email(address)
        if normal is None or normal in seen:
            continue
        seen.add(normal)
        found.append(MailAddress(_decode_words(name), normal))
    return found


def _parse_date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if not _EARLIEST_YEAR <= parsed.year <= _LATEST_YEAR:
        return None
    return parsed.astimezone(UTC)


def parse_headers(
    raw: bytes, line: int | None = None, part_types: tuple[str, ...] = ()
) -> MailRecord:
    """The ``MailRecord`` of one message's header block (a body after it is ignored).

    ``sent_at`` is the ``Date`` in UTC (naive dates read as UTC); when missing or invalid,
    the date of the topmost ``Received`` field; else None. ``message_id`` is the
    ``Message-ID`` without angle brackets, or ``sha1:`` and a digest of date, sender,
    recipients and subject when absent. ``automated`` says why the message is automatic
    (mailing list, newsletter, automatic reply, bounce, calendar invitation, robot sender;
    see ``domain.senders``), ``is_bulk`` whether it is; ``part_types`` are the
    ``Content-Type`` lines of its MIME parts, when the caller read them.
    """
    return _record(_fields(raw), line, part_types)


def _is_multipart(fields: dict[str, list[str]]) -> bool:
    values = fields.get("content-type")
    return values is not None and "multipart/" in values[0].lower()


def _record(
    fields: dict[str, list[str]], line: int | None, part_types: tuple[str, ...] = ()
) -> MailRecord:

    def first(name: str) -> str:
        values = fields.get(name)
        return values[0] if values else ""

    senders = _addresses(fields.get("from", []) or fields.get("sender", []))
    sender = senders[0] if senders else None
    recipients = _addresses(fields.get("to", []) + fields.get("cc", []) + fields.get("bcc", []))
    subject = _decode_words(first("subject"))

    sent_at = _parse_date(first("date")) if "date" in fields else None
    if sent_at is None and "received" in fields:
        received = fields["received"][0]
        if ";" in received:
            sent_at = _parse_date(received.rsplit(";", 1)[1])

    message_id = first("message-id").strip().strip("<>").strip()
    if not message_id:
        basis = "\x00".join((first("date"), first("from"), first("to"), first("subject")))
        message_id = "sha1:" + hashlib.sha1(basis.encode("utf-8", "replace")).hexdigest()

    reason = message_automation(fields, part_types)
    if reason is None and sender is not None and automated_address(sender.address):
        reason = AutomationReason.ADDRESS
    labels = tuple(
        label for label in (_decode_words(p) for p in first("x-gmail-labels").split(",")) if label
    )
    return MailRecord(
        message_id=message_id,
        sent_at=sent_at,
        sender=sender,
        recipients=tuple(recipients),
        subject=subject,
        is_bulk=reason is not None,
        labels=labels,
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

    The file is read line by line; bodies are skipped without being stored. ``progress``
    receives ``(bytes_done, total_bytes)``. ``MailRecord.line`` is the line of the message's
    ``From `` separator. The file is checked before the first message is read: raises
    ``InputError`` ``not_found``, ``empty_file``, ``binary_file`` or ``bad_mbox`` (the first
    non-empty line is not a ``From `` line) at call time. Duplicate Message-IDs are yielded
    as found; deduplicating is the store's business.
    """
    total = _check_mbox(path, label)
    return _mbox_records(path, label, total, progress)


def _mbox_records(path: Path, label: str, total: int, progress: ProgressFn) -> Iterator[MailRecord]:
    done = 0
    next_report = PROGRESS_STEP
    number = 0
    start_line = 0
    header: list[bytes] | None = None
    header_size = 0
    previous_blank = True
    # A multipart message waits for the end of its body: the Content-Type lines of its
    # parts tell a calendar invitation. Other bodies are skipped unread.
    multipart: dict[str, list[str]] | None = None
    parts: list[str] = []
    progress(0, total)
    with open_input(path, label) as handle:
        # Lines read with a bound (a line of a gigabyte is refused, not held): the generator
        # of ``_lines`` inlined, as this loop runs once per line of the whole mailbox.
        for line in iter(partial(handle.readline, MAX_LINE_CHARS + 1), b""):
            number += 1
            if len(line) > MAX_LINE_CHARS:
                raise line_too_long(label, number)
            done += len(line)
            if line.startswith(b"From ") and (previous_blank or _SEPARATOR.match(line)):
                if header is not None:
                    yield parse_headers(b"".join(header), start_line)
                elif multipart is not None:
                    yield _record(multipart, start_line, tuple(parts))
                    multipart = None
                header, header_size, start_line = [], 0, number
                previous_blank = False
                continue
            previous_blank = line in (b"\n", b"\r\n")
            if header is not None:
                if previous_blank:
                    fields = _fields(b"".join(header))
                    header = None
                    if _is_multipart(fields):
                        multipart, parts = fields, []
                    else:
                        yield _record(fields, start_line)
                elif header_size < MAX_HEADER_BYTES:
                    header.append(line)
                    header_size += len(line)
            elif (
                multipart is not None and line.startswith(_CONTENT_TYPE) and len(parts) < MAX_PARTS
            ):
                parts.append(_text(line[13:]).strip())
            if done >= next_report:
                progress(done, total)
                next_report = done + PROGRESS_STEP
        if header is not None:
            yield parse_headers(b"".join(header), start_line)
        elif multipart is not None:
            yield _record(multipart, start_line, tuple(parts))
    progress(done, total)


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
                    parts.append(_text(line[13:]).strip())
    return raw, tuple(parts)


def _looks_like_message(fields: dict[str, list[str]]) -> bool:
    return bool(fields.keys() & {"from", "date", "message-id", "to", "subject"})


def iter_eml_folder(
    path: Path, label: str, progress: ProgressFn = no_progress
) -> Iterator[MailRecord]:
    """Stream the headers of every ``.eml`` file under a folder (recursively, sorted by path).

    ``path`` may also be a single ``.eml`` file. ``progress`` receives
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
            fields = _fields(raw)
            if _looks_like_message(fields):
                yield _record(fields, None, parts if _is_multipart(fields) else ())
        progress(done, total)

"""Headers-only, incremental reading of an IMAP folder (imaplib), never the message bodies.

Only the header fields LinkRevive reads are fetched (``BODY.PEEK[HEADER.FIELDS (…)]``), a
thousand messages per FETCH, in UID order; :func:`fetch_header_batches` hands each batch
over as it arrives with the UID reached, so that a caller can store a big folder in
bounded steps and resume by UID.
"""

from __future__ import annotations

import contextlib
import imaplib
import ipaddress
import re
import socket
import ssl
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from linkrevive.domain.errors import Cancelled, InputError
from linkrevive.domain.records import (
    CancelledFn,
    MailRecord,
    ProgressFn,
    never_cancelled,
    no_progress,
)
from linkrevive.domain.senders import HEADER_FIELDS as AUTOMATION_FIELDS
from linkrevive.importers.mailbox import parse_date, parse_headers
from linkrevive.importers.sent_folders import SENT_LABEL, labelled, sent_folder

#: The header fields fetched: enough to date, direct and classify an exchange, and to tell
#: automated mail (``domain.senders``).
HEADER_FIELDS = " ".join(
    dict.fromkeys(
        ["DATE", "FROM", "TO", "CC", "BCC", "SUBJECT", "MESSAGE-ID"]
        + [name.upper() for name in AUTOMATION_FIELDS]
    )
)
SECURITY_MODES = ("auto", "ssl", "starttls", "plain")
#: Messages per FETCH: large batches, few round trips; a batch of headers is ~2 MB.
FETCH_BATCH = 1000
IMAPS_PORT = 993
IMAP_PORT = 143
TIMEOUT_S = 60.0

# BODYSTRUCTURE names the MIME parts (a calendar invitation's text/calendar) without a
# byte of any body.
# INTERNALDATE, when the message reached the mailbox, dates a message whose sender's clock
# was set wrong (see mailbox.CLOCK_SLACK).
_FETCH_ITEM = f"(UID INTERNALDATE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})])"
_UID = re.compile(rb"\bUID (\d+)")
_INTERNALDATE = re.compile(rb'\bINTERNALDATE "\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) ([^"]*)"')
_MESSAGE_START = re.compile(rb"^\d+ \(")
_HEADER_LITERAL = re.compile(rb"BODY\[HEADER\.FIELDS[^\]]*\]\s*\{\d+\}\s*$", re.IGNORECASE)
_CALENDAR_PART = re.compile(rb'"(?:text" "calendar|application" "ics)"', re.IGNORECASE)
_UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class ImapState:
    """Where the previous sync of one folder stopped: its UIDVALIDITY and highest UID seen."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True, slots=True)
class ImapBatch:
    """The headers of one FETCH, and the state to store once they are stored: the highest
    UID read so far (UIDs are read in increasing order). ``folder`` is the folder read
    (empty when :data:`SENT_FOLDER` found none); ``sent`` says it is the account's sent
    folder, whose messages are the user's."""

    records: list[MailRecord]
    state: ImapState
    full: bool = True
    folder: str = ""
    sent: bool = False


#: Pass as ``folder``: the account's sent folder (see ``sent_folders``), whatever its name.
SENT_FOLDER = "\\Sent"


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    name = host.strip().strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def fetch_header_batches(
    host: str,
    port: int | None,
    user: str,
    password: str,
    folder: str = "INBOX",
    *,
    since: date | None = None,
    state: ImapState | None = None,
    security: str = "auto",
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    batch: int = FETCH_BATCH,
) -> Generator[ImapBatch, None, None]:
    """Read the headers of the messages of ``folder`` on an IMAP server, batch by batch.

    With ``state`` from a previous run and an unchanged UIDVALIDITY, only messages with a
    higher UID are read; otherwise the whole folder is (from ``since`` on, if given).
    ``security``: ``ssl`` (port 993), ``starttls``, ``plain``, or ``auto`` (SSL on 993, else
    STARTTLS when offered, else plain text on loopback only). The folder is opened
    read-only and bodies are never downloaded (``BODY.PEEK`` keeps messages unread).

    Messages are read in increasing UID order, ``batch`` per FETCH, and each batch is
    yielded as it arrives with the state to store once its records are stored: a caller
    that stores both together can stop anywhere and the next run goes on from there. At
    least one batch is yielded (an empty one when nothing is new). ``progress`` receives
    ``(messages_read, messages_to_read)``; ``cancelled()`` is checked before each FETCH and
    raises :class:`Cancelled`. A bad option raises ``InputError`` at call time; the server's
    errors (``imap_failed``, ``imap_auth``) while iterating. Close the iterator to log out
    early.
    """
    if security not in SECURITY_MODES:
        raise InputError("bad_option", detail=f"unknown IMAP security '{security}'")
    if batch < 1:
        raise InputError("bad_option", detail="the IMAP batch size must be at least 1")
    if port is None:
        port = IMAP_PORT if security in ("starttls", "plain") else IMAPS_PORT
    return _batches(
        host, port, user, password, folder, since, state, security, progress, cancelled, batch
    )


def _batches(
    host: str,
    port: int,
    user: str,
    password: str,
    folder: str,
    since: date | None,
    state: ImapState | None,
    security: str,
    progress: ProgressFn,
    cancelled: CancelledFn,
    batch: int,
) -> Generator[ImapBatch, None, None]:
    where = f"{host}:{port}"
    conn = _connect(host, port, security)
    try:
        _login(conn, host, user, password)
        yield from _read_folder(conn, where, folder, since, state, progress, cancelled, batch)
    except (imaplib.IMAP4.abort, OSError) as exc:
        raise InputError("imap_failed", detail=f"{where} dropped the connection ({exc})") from exc
    except imaplib.IMAP4.error as exc:
        raise InputError("imap_failed", detail=f"{where} answered an error ({exc})") from exc
    finally:
        _close(conn)


def _connect(host: str, port: int, security: str) -> imaplib.IMAP4:
    where = f"{host}:{port}"
    use_ssl = security == "ssl" or (security == "auto" and port == IMAPS_PORT)
    try:
        conn: imaplib.IMAP4
        if use_ssl:
            conn = imaplib.IMAP4_SSL(
                host, port, ssl_context=ssl.create_default_context(), timeout=TIMEOUT_S
            )
            return conn
        conn = imaplib.IMAP4(host, port, timeout=TIMEOUT_S)
    except ConnectionRefusedError as exc:
        raise InputError("imap_failed", detail=f"{where} refused the connection") from exc
    except socket.gaierror as exc:
        raise InputError("imap_failed", detail=f"{host} is not a known host name") from exc
    except ssl.SSLCertVerificationError as exc:
        raise InputError(
            "imap_failed", detail=f"{where} presented an untrusted certificate ({exc.reason})"
        ) from exc
    except (OSError, imaplib.IMAP4.error) as exc:
        raise InputError("imap_failed", detail=f"{where} could not be reached ({exc})") from exc
    try:
        if security == "plain":
            return conn
        if "STARTTLS" in conn.capabilities:
            conn.starttls(ssl.create_default_context())
            return conn
        if security == "auto" and is_loopback(host):
            return conn
    except ssl.SSLCertVerificationError as exc:
        _close(conn)
        raise InputError(
            "imap_failed", detail=f"{where} presented an untrusted certificate ({exc.reason})"
        ) from exc
    except (OSError, imaplib.IMAP4.error) as exc:
        _close(conn)
        raise InputError("imap_failed", detail=f"{where} failed to start TLS ({exc})") from exc
    _close(conn)
    raise InputError(
        "imap_failed",
        detail=f"{where} offers no encryption; refusing to send the password in clear",
    )


def _login(conn: imaplib.IMAP4, host: str, user: str, password: str) -> None:
    try:
        conn.login(user, password)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error as exc:
        # The exception text is the server's answer; it never holds the password.
        raise InputError("imap_auth", detail=f"{user}@{host}") from exc


def _read_folder(
    conn: imaplib.IMAP4,
    where: str,
    folder: str,
    since: date | None,
    state: ImapState | None,
    progress: ProgressFn,
    cancelled: CancelledFn,
    batch: int,
) -> Iterator[ImapBatch]:
    listed = _listing(conn)
    sent = sent_folder(listed)
    if folder == SENT_FOLDER:
        if sent is None:  # the server has none: nothing to read
            yield ImapBatch([], ImapState(0, 0))
            return
        folder = sent
    is_sent = folder == sent
    typ, data = conn.select(_quote(folder), readonly=True)
    if typ != "OK":
        raise InputError("imap_failed", detail=f"{where} has no folder '{folder}'")
    uidvalidity = _uidvalidity(conn, folder)
    incremental = state is not None and state.uidvalidity == uidvalidity
    floor = state.last_uid if state is not None and incremental else 0

    criteria: list[str] = []
    if floor:
        criteria.append(f"UID {floor + 1}:*")
    if since is not None:
        criteria.append(f"SINCE {since.day:02d}-{_MONTHS[since.month - 1]}-{since.year:04d}")
    typ, data = conn.uid("SEARCH", *(criteria or ["ALL"]))
    if typ != "OK":
        raise InputError("imap_failed", detail=f"{where} could not search '{folder}'")
    # "n:*" always matches the highest UID, even when it is below n: filter it out.
    uids = sorted({int(u) for d in data if d for u in d.split() if int(u) > floor})

    total = len(uids)
    progress(0, total)
    if not uids:
        yield ImapBatch([], ImapState(uidvalidity, floor), not incremental, folder, is_sent)
        return
    done = 0
    for chunk in _chunks(uids, batch):
        if cancelled():
            raise Cancelled()
        records = _fetch_batch(conn, where, chunk)
        if is_sent:
            records = [labelled(r, SENT_LABEL) for r in records]
        done += len(records)
        progress(done, total)
        yield ImapBatch(
            records, ImapState(uidvalidity, chunk[-1]), not incremental, folder, is_sent
        )


def _listing(conn: imaplib.IMAP4) -> list[object]:
    """The lines of the account's LIST answer (none when the server refuses it)."""
    typ, data = conn.list()
    return list(data) if typ == "OK" and data else []


def _uidvalidity(conn: imaplib.IMAP4, folder: str) -> int:
    _typ, data = conn.response("UIDVALIDITY")
    for item in data:
        if isinstance(item, bytes) and item.strip().isdigit():
            return int(item)
    typ, data = conn.status(_quote(folder), "(UIDVALIDITY)")
    if typ == "OK":
        for item in data:
            match = _UIDVALIDITY.search(item) if isinstance(item, bytes) else None
            if match:
                return int(match.group(1))
    return 0


def _fetch_batch(conn: imaplib.IMAP4, where: str, uids: Sequence[int]) -> list[MailRecord]:
    typ, data = conn.uid("FETCH", _uid_set(uids), _FETCH_ITEM)
    if typ != "OK":
        raise InputError("imap_failed", detail=f"{where} refused to send headers ({data!r})")
    records = [
        parse_headers(header, uid, parts, arrived)
        for uid, header, parts, arrived in _fetched_messages(data)
    ]
    records.sort(key=lambda r: r.line or 0)
    return records


#: UID, header block, calendar parts and arrival of one message of a FETCH answer.
_Fetched = tuple[int | None, bytes, tuple[str, ...], datetime | None]


def _fetched_messages(data: Sequence[object]) -> Iterator[_Fetched]:
    """UID, header block, calendar parts and arrival (``INTERNALDATE``) of each message of a
    FETCH answer.

    imaplib splits an answer at each literal: ``(text before, literal)`` tuples, then the
    text after the last one. The header block is the literal after ``BODY[HEADER.FIELDS
    (…)]``; BODYSTRUCTURE may hold literals of its own (odd file names), kept as text.
    """
    texts: list[bytes] = []
    header: bytes | None = None

    def finish() -> _Fetched | None:
        if header is None:
            return None
        envelope = b" ".join(texts)
        match = _UID.search(envelope)
        uid = int(match.group(1)) if match else None
        parts = ("text/calendar",) if _CALENDAR_PART.search(envelope) else ()
        return uid, header, parts, _internaldate(envelope)

    for item in data:
        if isinstance(item, tuple) and len(item) >= 2:
            prefix, literal = bytes(item[0]), bytes(item[1])
        elif isinstance(item, bytes):
            prefix, literal = item, None
        else:
            continue
        if _MESSAGE_START.match(prefix):
            done = finish()
            if done is not None:
                yield done
            texts, header = [], None
        texts.append(prefix)
        if literal is None:
            continue
        if _HEADER_LITERAL.search(prefix):
            header = literal
        else:
            texts.append(literal)
    done = finish()
    if done is not None:
        yield done


def _internaldate(envelope: bytes) -> datetime | None:
    """The ``INTERNALDATE`` of a FETCH answer (``"11-Mar-2025 01:31:25 +0100"``) in UTC,
    read as a ``Date`` field is (``mailbox.parse_date``); None when missing or unreadable."""
    found = _INTERNALDATE.search(envelope)
    if found is None:
        return None
    day, month, year, rest = (part.decode("ascii", "replace") for part in found.groups())
    return parse_date(f"{day} {month.title()} {year} {rest}")


def _uid_set(uids: Sequence[int]) -> str:
    """Compact IMAP sequence set: ``[1, 2, 3, 7]`` -> ``1:3,7``."""
    parts: list[str] = []
    start = prev = uids[0]
    for uid in uids[1:]:
        if uid == prev + 1:
            prev = uid
            continue
        parts.append(f"{start}:{prev}" if prev != start else str(start))
        start = prev = uid
    parts.append(f"{start}:{prev}" if prev != start else str(start))
    return ",".join(parts)


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _close(conn: imaplib.IMAP4) -> None:
    try:
        conn.logout()
    except (imaplib.IMAP4.error, OSError, EOFError):
        with contextlib.suppress(OSError):
            conn.shutdown()

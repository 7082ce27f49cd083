"""Recognising email-side files by content, and reading the contact formats among them."""

from __future__ import annotations

import re
from pathlib import Path

from linkrevive.domain.errors import InputError
from linkrevive.domain.records import ContactsBatch
from linkrevive.importers.address_csv import KINDS as ADDRESS_KINDS
from linkrevive.importers.address_csv import address_csv_kind, parse_address_csv
from linkrevive.importers.lead_sheet import (
    is_lead_sheet_header,
    parse_lead_sheet_csv,
    parse_lead_sheet_xls,
    parse_lead_sheet_xlsx,
)
from linkrevive.importers.limits import check_regular_file, open_input, open_zip
from linkrevive.importers.sent_folders import bundled_mbox, mailboxes_in
from linkrevive.importers.textfile import decode_text, find_csv_header, looks_binary, read_bytes
from linkrevive.importers.vcard import parse_vcards

#: Every format name ``detect_contacts_format`` returns.
FORMATS = ("vcard", *ADDRESS_KINDS, "lead_sheet", "mbox", "eml")
#: The formats ``read_contacts`` reads (the others are mailboxes, read by ``mailbox``).
CONTACT_FORMATS = ("vcard", *ADDRESS_KINDS, "lead_sheet")

_HEAD_BYTES = 64 * 1024
_CSV_SNIFF_BYTES = 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
#: The first bytes of Outlook's data files (.pst, .ost): a binary store no one else reads.
_PST_MAGIC = b"!BDN"
#: Microsoft's Compound Document container: .xls workbooks, .msg messages, .doc files.
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:")
_MAIL_FIELDS = ("from", "date", "message-id", "to", "subject", "received", "return-path")


def _head_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("\ufeff")
    return ""


def _looks_like_email(text: str) -> bool:
    """True when the text starts with an RFC 5322 header block naming mail fields."""
    names: set[str] = set()
    for line in text.splitlines():
        if not line.strip():
            break
        if line[:1] in (" ", "\t"):
            continue
        if not _HEADER_FIELD.match(line):
            return False
        names.add(line.split(":", 1)[0].lower())
    return "from" in names and len(names & set(_MAIL_FIELDS)) >= 2


def _is_xls(path: Path) -> bool:
    """True for a file in the Compound Document container of Excel 97-2003."""
    with open_input(path, str(path)) as handle:
        return handle.read(len(_OLE2_MAGIC)) == _OLE2_MAGIC


def _is_xlsx(path: Path) -> bool:
    """True for a zip holding an ``xl/`` part; ``InputError`` for a zip bomb."""
    try:
        with open_zip(path, str(path)) as archive:
            return any(n.startswith("xl/") for n in archive.namelist())
    except InputError as exc:
        if exc.code == "bad_zip":
            return False
        raise


def _csv_kind(data: bytes, label: str) -> str | None:
    cut = data[:_CSV_SNIFF_BYTES]
    if len(data) > len(cut):
        if cut.startswith((b"\xff\xfe", b"\xfe\xff")):
            # UTF-16 needs whole code units; the last record may be cut, the header is not.
            cut = cut[: len(cut) // 2 * 2 - 2]
        else:
            # Cut at a line end so that the last record is not a broken half-line.
            cut = cut[: cut.rfind(b"\n") + 1] or cut
    text = decode_text(cut, label)

    def known(cells: list[str]) -> bool:
        return address_csv_kind(cells) is not None or is_lead_sheet_header(cells)

    table = find_csv_header(text, label, known)
    if table is None:
        return None
    return address_csv_kind(list(table.header)) or "lead_sheet"


def detect_contacts_format(path: Path) -> str:
    """The format of an email-side file or folder, found from its content.

    Returns one of ``FORMATS``: ``vcard``, ``google_csv``, ``outlook_csv``,
    ``thunderbird_csv``, ``lead_sheet`` (CSV, XLSX or XLS), ``mbox``, ``eml`` (a folder
    holding ``.eml`` files, or one ``.eml`` file). Raises ``InputError`` ``not_found``,
    ``empty_file``, ``binary_file``, ``outlook_data_file`` (a .pst, .msg or .olm, named in
    ``detail``), ``mailbox_folder`` (a folder of several mailboxes, named in ``detail``) or
    ``unknown_format``.
    """
    label = str(path)
    check_regular_file(path, label)  # a FIFO would block the open forever
    if path.is_dir():
        if bundled_mbox(path) is not None:
            return "mbox"  # a mailbox Apple Mail exported
        if any(p.is_file() and p.suffix.lower() == ".eml" for p in path.rglob("*")):
            return "eml"
        mailboxes = mailboxes_in(path)
        if mailboxes:
            raise InputError("mailbox_folder", label, detail=", ".join(mailboxes[:6]))
        raise InputError("unknown_format", label)
    with open_input(path, label) as handle:
        head = handle.read(_HEAD_BYTES)
    if not head.strip():
        raise InputError("empty_file", label)
    if head.startswith(_PST_MAGIC):
        raise InputError("outlook_data_file", label, detail=".pst")
    if head.startswith(_OLE2_MAGIC):
        # Excel 97-2003 workbooks and Outlook's saved messages share this container.
        if path.suffix.lower() == ".msg":
            raise InputError("outlook_data_file", label, detail=".msg")
        return "lead_sheet"
    if head.startswith(_ZIP_MAGIC):
        if _is_xlsx(path):
            return "lead_sheet"
        if path.suffix.lower() == ".olm":  # Outlook for Mac's archive
            raise InputError("outlook_data_file", label, detail=".olm")
        raise InputError("unknown_format", label)
    if looks_binary(head):
        raise InputError("binary_file", label)
    text = _head_text(head)
    first = _first_line(text)
    if first.upper().startswith("BEGIN:VCARD"):
        return "vcard"
    if first.startswith("From "):
        return "mbox"
    if _looks_like_email(text.lstrip("\ufeff\r\n")):
        return "eml"
    kind = _csv_kind(read_bytes(path, label) if len(head) < _HEAD_BYTES else _big_head(path), label)
    if kind is None:
        raise InputError("unknown_format", label)
    return kind


def _big_head(path: Path) -> bytes:
    with open_input(path, str(path)) as handle:
        return handle.read(_CSV_SNIFF_BYTES + 1)


def read_contacts(path: Path, fmt: str | None = None) -> ContactsBatch:
    """Read a contact file (vCard, address-book CSV, lead sheet CSV/XLSX) into a batch.

    ``fmt`` overrides detection; it must be one of ``CONTACT_FORMATS``, else
    ``InputError`` ``bad_option``. Mailboxes (``mbox``, ``eml``) are read with
    ``linkrevive.importers.mailbox`` instead and are refused here with ``bad_option``.
    """
    label = str(path)
    if fmt is not None and fmt not in CONTACT_FORMATS:
        raise InputError(
            "bad_option",
            label,
            value=fmt,
            detail=(
                f"Unknown contacts format '{fmt}'; expected one of: {', '.join(CONTACT_FORMATS)}."
            ),
        )
    kind = fmt or detect_contacts_format(path)
    if kind not in CONTACT_FORMATS:
        raise InputError(
            "bad_option",
            label,
            value=kind,
            detail=f"{label} is a mailbox ({kind}), not a contacts file.",
        )
    if kind == "lead_sheet" and _is_xlsx(path):
        return parse_lead_sheet_xlsx(path, label)
    if kind == "lead_sheet" and _is_xls(path):
        return parse_lead_sheet_xls(path, label)
    data = read_bytes(path, label)
    if kind == "vcard":
        return parse_vcards(data, label)
    text = decode_text(data, label)
    if kind == "lead_sheet":
        return parse_lead_sheet_csv(text, label)
    return parse_address_csv(text, label, kind=kind)

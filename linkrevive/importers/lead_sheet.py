"""The user's own lead sheet (CSV or XLSX, French or English headers) to contacts with stages."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from linkrevive.domain.errors import InputError
from linkrevive.domain.records import ContactRecord, ContactsBatch, ImportIssue
from linkrevive.domain.text import fold_words, normalize_email, split_full_name
from linkrevive.domain.vocabulary import parse_date_loose, parse_stage, parse_stall_reason
from linkrevive.importers.limits import (
    MAX_CONTACT_RECORDS,
    MAX_TEXT_BYTES,
    open_input,
    open_zip,
    printable,
    read_file_capped,
)
from linkrevive.importers.mojibake import mended
from linkrevive.importers.textfile import find_csv_header

FORMAT = "lead_sheet"
HEADER_SEARCH_ROWS = 10

# Header names per field, folded with ``fold_words``. "Nom" is the last name when a first-name
# column exists and the full name otherwise (see ``_Columns``).
_FIELDS: dict[str, tuple[str, ...]] = {
    "first": ("prenom", "first name", "firstname", "given name"),
    "last": ("nom", "last name", "lastname", "surname", "nom de famille", "family name"),
    "name": ("name", "nom complet", "full name", "contact", "prospect", "nom prenom"),
    "email": (
        "e mail",
        "email",
        "courriel",
        "mail",
        "adresse e mail",
        "adresse email",
        "adresse mail",
        "adresse courriel",
        "adresse de messagerie",
        "email address",
        "e mail address",
        "emails",
        "e mails",
    ),
    "company": (
        "societe",
        "entreprise",
        "company",
        "organisation",
        "organization",
        "agence",
        "structure",
        "company name",
        "nom de la societe",
    ),
    "country": ("pays", "country"),
    "stage": ("etape", "stage", "etape atteinte", "stade", "stage reached", "statut"),
    "stall": (
        "raison du blocage",
        "stall reason",
        "raison",
        "blocage",
        "motif",
        "motif du blocage",
        "raison blocage",
        "frein",
        "reason",
    ),
    "last_contact": (
        "dernier contact",
        "last contact",
        "date du dernier contact",
        "date dernier contact",
        "last contact date",
        "dernier echange",
        "last exchange",
    ),
    "notes": ("notes", "note", "commentaires", "commentaire", "remarques", "comments", "comment"),
    "position": ("poste", "position", "title", "job title", "fonction", "titre"),
    "tags": ("tags", "tag", "etiquettes", "labels", "categories"),
}
_LOOKUP = {name: fieldname for fieldname, names in _FIELDS.items() for name in names}
_LINKEDIN_SIGNATURE = frozenset({"connected on", "sender profile url", "endorsement date"})
_EMAIL_SPLIT = re.compile(r"[;,\s]+")
_TAG_SPLIT = re.compile(r"[;,]")


def _match_fields(cells: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        fieldname = _LOOKUP.get(fold_words(cell))
        if fieldname is not None and fieldname not in found:
            found[fieldname] = index
    return found


def is_lead_sheet_header(cells: list[str]) -> bool:
    """True for a header row of a lead sheet.

    It needs a name or email column, and an email column or one of the lead columns
    (stage, stall reason, last contact). LinkedIn's own files (``Connected On``) are not
    lead sheets even though their columns overlap.
    """
    if any(fold_words(c) in _LINKEDIN_SIGNATURE for c in cells):
        return False
    found = _match_fields(cells).keys()
    has_identity = bool({"email", "name", "last", "first"} & found)
    has_lead_data = bool({"email", "stage", "stall", "last_contact"} & found)
    return has_identity and has_lead_data and len(found) >= 2


class _Columns:
    """Where each field sits in a header row."""

    def __init__(self, header: list[str]) -> None:
        self.fields = _match_fields(header)
        # Without a first-name column, "Nom"/"Last name" holds the whole name.
        if "first" not in self.fields and "last" in self.fields and "name" not in self.fields:
            self.fields["name"] = self.fields.pop("last")

    def get(self, row: list[str], fieldname: str) -> str:
        index = self.fields.get(fieldname)
        if index is None or index >= len(row):
            return ""
        return row[index].strip()


def _cell_text(value: object) -> str:
    """Text of a spreadsheet cell; dates become ISO so that the date rule reads them."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    # A UTF-8 CSV opened in Excel, then saved as a workbook, keeps "HÃ©lÃ¨ne" in its cells.
    return mended(str(value))


#: Excel counts days from 30 December 1899: a date cell saved without its date format, or a
#: CSV written from one, shows that count (44562 for 1 January 2022, 44562.75 with a time of
#: day). Counts from 1990 to 2099 only: a smaller number in a date column is no date.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_SERIALS = range(32874, 73051)
_EXCEL_SERIAL = re.compile(r"(\d{5})(?:\.\d+)?")


def _last_contact(text: str) -> date | None:
    """The date of a last-contact cell, written out or as Excel's count of days."""
    found = parse_date_loose(text)
    serial = _EXCEL_SERIAL.fullmatch(text) if found is None else None
    if serial is not None and int(serial[1]) in _EXCEL_SERIALS:
        found = _EXCEL_EPOCH + timedelta(days=int(serial[1]))
    return found


def _rows_to_batch(
    rows: Iterator[tuple[int, list[str]]], header: list[str], label: str
) -> ContactsBatch:
    columns = _Columns(header)
    contacts: list[ContactRecord] = []
    skipped: list[ImportIssue] = []
    warnings: list[ImportIssue] = []
    for line, row in rows:
        if not any(c.strip() for c in row):
            continue
        emails: list[str] = []
        # Warnings of a row count only if the row is kept.
        row_warnings: list[ImportIssue] = []
        raw_emails = columns.get(row, "email")
        for piece in _EMAIL_SPLIT.split(raw_emails):
            if not piece:
                continue
            address = normalize_email(piece)
            if address is None:
                row_warnings.append(ImportIssue(label, line, "bad_email", piece))
            elif address not in emails:
                emails.append(address)
        first, last = columns.get(row, "first"), columns.get(row, "last")
        display = columns.get(row, "name")
        if display and not (first or last):
            first, last = split_full_name(display)
        stage_text = columns.get(row, "stage")
        stage = parse_stage(stage_text) if stage_text else None
        if stage_text and stage is None:
            row_warnings.append(ImportIssue(label, line, "unknown_stage", stage_text))
        stall_text = columns.get(row, "stall")
        stall = parse_stall_reason(stall_text) if stall_text else None
        if stall_text and stall is None:
            row_warnings.append(ImportIssue(label, line, "unknown_stall_reason", stall_text))
        date_text = columns.get(row, "last_contact")
        last_contact = _last_contact(date_text) if date_text else None
        if date_text and last_contact is None:
            row_warnings.append(ImportIssue(label, line, "bad_date", date_text))
        tags = tuple(t.strip() for t in _TAG_SPLIT.split(columns.get(row, "tags")) if t.strip())
        contact = ContactRecord(
            emails=tuple(emails),
            first_name=first,
            last_name=last,
            display_name=display,
            company=columns.get(row, "company"),
            position=columns.get(row, "position"),
            country=columns.get(row, "country"),
            stage=stage,
            stall_reason=stall,
            last_contact=last_contact,
            notes=columns.get(row, "notes"),
            tags=tags,
            line=line,
        )
        if not contact.emails and not contact.name:
            skipped.append(ImportIssue(label, line, "no_name_or_email", raw_emails))
            continue
        if not (raw_emails or last or contact.company):
            # Nothing to find the person by, in the mailbox or on LinkedIn: a sheet's total
            # line or a note ("Total", "Relancer en mars"). An address, even mistyped, says
            # the row is somebody's (kept, with its warning).
            skipped.append(ImportIssue(label, line, "given_name_only", first))
            continue
        warnings.extend(row_warnings)
        contacts.append(contact)
    return ContactsBatch(
        source=label,
        format=FORMAT,
        contacts=tuple(contacts),
        skipped=tuple(skipped),
        warnings=tuple(warnings),
    )


def parse_lead_sheet_csv(text: str, label: str) -> ContactsBatch:
    """Prospects of a lead sheet saved as CSV (``;`` or ``,``, text already decoded).

    Unknown stage or stall-reason words and unreadable dates keep the row and add a warning
    (``unknown_stage``, ``unknown_stall_reason``, ``bad_date``, ``bad_email``); rows with
    neither a name nor an email, and rows with a given name alone (no email, last name or
    company: a total line, a note), go to ``skipped``. Raises ``InputError`` ``unknown_format``
    when no lead-sheet header is found in the first rows.
    """
    table = find_csv_header(text, label, is_lead_sheet_header, search_records=HEADER_SEARCH_ROWS)
    if table is None:
        raise InputError("unknown_format", label)
    header = list(table.header)
    keys = [h.strip() for h in header]

    def rows() -> Iterator[tuple[int, list[str]]]:
        for line, values in table.rows(label, MAX_CONTACT_RECORDS):
            yield line, [values.get(k, "") for k in keys]

    return _rows_to_batch(rows(), header, label)


def parse_lead_sheet_xlsx(path: Path, label: str) -> ContactsBatch:
    """Prospects of a lead sheet workbook: the first sheet with a lead-sheet header row.

    The header is searched within the first 10 rows of each sheet; real date cells and
    text dates are both read. Raises ``InputError`` ``bad_xlsx`` for an unreadable workbook
    and ``unknown_format`` when no sheet has a lead-sheet header.
    """
    import openpyxl  # Imported here: loading it costs time the other importers do not need.

    _check_workbook_zip(path, label)
    # A file object, not the path: openpyxl refuses paths without an .xlsx-like extension.
    with open_input(path, label) as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # InvalidFileException, BadZipFile, malformed XML (its parser's)
            raise InputError("bad_xlsx", label, detail=_detail(exc)) from exc
        try:
            sheets = (sheet.iter_rows(values_only=True) for sheet in workbook.worksheets)
            return _workbook_batch(sheets, label, "bad_xlsx")
        finally:
            workbook.close()


def parse_lead_sheet_xls(path: Path, label: str) -> ContactsBatch:
    """Prospects of an Excel 97-2003 workbook (.xls), read as :func:`parse_lead_sheet_xlsx`
    reads a newer one (its date cells as dates). Raises ``InputError`` ``bad_xls`` for an
    unreadable workbook and ``unknown_format`` when no sheet has a lead-sheet header."""
    import xlrd  # Imported here, as openpyxl is.

    data = read_file_capped(path, label)
    try:
        # xlrd writes its warnings on a damaged file to standard output unless told otherwise.
        workbook = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
    except Exception as exc:  # XLRDError, CompDocError, struct errors of a damaged file
        raise InputError("bad_xls", label, detail=_detail(exc)) from exc
    try:
        sheets = (_xls_rows(workbook.sheet_by_index(i), workbook.datemode)
                  for i in range(workbook.nsheets))  # fmt: skip
        return _workbook_batch(sheets, label, "bad_xls")
    finally:
        workbook.release_resources()


def _xls_rows(sheet: Any, datemode: Literal[0, 1]) -> Iterator[tuple[object, ...]]:
    """The values of each row of an .xls sheet, its date cells as datetimes."""
    import xlrd

    for row in range(sheet.nrows):
        yield tuple(
            xlrd.xldate.xldate_as_datetime(value, datemode) if kind == xlrd.XL_CELL_DATE else value
            for kind, value in zip(sheet.row_types(row), sheet.row_values(row), strict=True)
        )


def _workbook_batch(
    sheets: Iterator[Iterator[tuple[object, ...]]], label: str, unreadable: str
) -> ContactsBatch:
    """The batch of the first sheet (each given as its rows' values) with a lead-sheet header.
    ``InputError`` ``unreadable`` for whatever the workbook's reader raises on a damaged
    sheet, ``unknown_format`` when no sheet has the header."""
    try:
        for rows in sheets:
            batch = _sheet_batch(rows, label)
            if batch is not None:
                return batch
    except InputError:
        raise
    except Exception as exc:  # the reader's own errors on a damaged sheet, whatever they are
        raise InputError(unreadable, label, detail=_detail(exc)) from exc
    raise InputError("unknown_format", label)


def _detail(exc: BaseException) -> str:
    return printable(str(exc))[:200] or type(exc).__name__


def _check_workbook_zip(path: Path, label: str) -> None:
    """Refuse a workbook whose zip is a bomb or holds a part no real lead sheet needs (one
    sheet's XML is read whole by openpyxl's parser, shared strings too)."""
    try:
        archive = open_zip(path, label)
    except InputError as exc:
        if exc.code == "bad_zip":
            raise InputError("bad_xlsx", label, detail=exc.detail) from exc
        raise
    with archive:
        for info in archive.infolist():
            if info.file_size > MAX_TEXT_BYTES:
                part = f"{label}/{printable(info.filename)}"
                raise InputError("too_large", part, detail=str(MAX_TEXT_BYTES >> 20))


def _sheet_batch(iterator: Iterator[tuple[object, ...]], label: str) -> ContactsBatch | None:
    """The batch of one sheet, or None when no header row is found in its first rows."""
    for number, values in enumerate(iterator, start=1):
        if number > HEADER_SEARCH_ROWS:
            return None
        cells = [_cell_text(v).strip() for v in values]
        if is_lead_sheet_header(cells):

            def rows(start: int = number) -> Iterator[tuple[int, list[str]]]:
                for offset, row in enumerate(iterator, start=start + 1):
                    if offset - start > MAX_CONTACT_RECORDS:
                        detail = f"{MAX_CONTACT_RECORDS:,}"
                        raise InputError("too_many_rows", label, detail=detail)
                    yield offset, [_cell_text(v) for v in row]

            return _rows_to_batch(rows(), cells, label)
    return None

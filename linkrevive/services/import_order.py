"""What each of several files to import is, and the order to import them in.

LinkedIn exports come first, oldest first by the export's own date (the date in LinkedIn's
file name, else the zip's entry times, else the newest date inside), so that each newer
export is compared with the one before it and its changes become signals; then address
books, then the lead sheet (its stages and stall reasons land on people already known),
then mailboxes (their exchanges find the people the other files named).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from linkrevive.domain.errors import InputError
from linkrevive.importers.contacts_formats import detect_contacts_format
from linkrevive.importers.linkedin import export_date_from_name, read_linkedin_export

LINKEDIN = "linkedin"
ADDRESS_BOOK = "address_book"
LEAD_SHEET = "lead_sheet"
MAILBOX = "mailbox"
#: Not recognised here: imported last, where the importer says what is wrong with it.
UNKNOWN = "unknown"

#: Kinds in import order.
KINDS = (LINKEDIN, ADDRESS_BOOK, LEAD_SHEET, MAILBOX, UNKNOWN)

_LINKEDIN_NAMES = ("connections.csv", "messages.csv", "invitations.csv")
_MAIL_FORMATS = frozenset({"mbox", "eml"})


@dataclass(frozen=True, slots=True)
class ImportSource:
    """One file or folder to import: its kind and, for a LinkedIn export, its own date."""

    path: Path
    kind: str
    export_date: date | None = None


def looks_like_linkedin(path: Path) -> bool:
    """A LinkedIn export by its name: a zip, or a folder or CSV named like its files."""
    if path.is_dir():
        return any(p.name.lower() in _LINKEDIN_NAMES for p in path.iterdir())
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return True
    return suffix == ".csv" and path.name.lower() in _LINKEDIN_NAMES


def source_kind(path: Path) -> str:
    """The kind of ``path`` (one of :data:`KINDS`), from its name and then its content.

    A CSV that no address book or lead sheet layout fits is tried as a LinkedIn file
    (a ``Connections.csv`` the user renamed); nothing here raises: a file that cannot be
    read is :data:`UNKNOWN`, and its import reports why.
    """
    return _source(path).kind


def plan_imports(paths: Sequence[Path]) -> list[ImportSource]:
    """The sources of ``paths`` in import order (see the module docstring).

    Sources of one kind keep the order they were given in, except LinkedIn exports, which
    are sorted by their own date (an export whose date cannot be told goes after the
    dated ones). The date is only looked for when there are two exports or more.
    """
    sources = [_source(path, dated=False) for path in dict.fromkeys(paths)]
    if sum(s.kind == LINKEDIN for s in sources) > 1:
        sources = [_dated(s) if s.kind == LINKEDIN else s for s in sources]
    order = {kind: rank for rank, kind in enumerate(KINDS)}

    def key(item: tuple[int, ImportSource]) -> tuple[int, date, int]:
        index, source = item
        return (order[source.kind], source.export_date or date.max, index)

    return [source for _, source in sorted(enumerate(sources), key=key)]


def import_order(paths: Sequence[Path]) -> list[Path]:
    """``paths`` in the order to import them (duplicates dropped)."""
    return [source.path for source in plan_imports(paths)]


def _source(path: Path, *, dated: bool = True) -> ImportSource:
    try:
        if looks_like_linkedin(path):
            source = ImportSource(path, LINKEDIN)
            return _dated(source) if dated else source
        fmt = detect_contacts_format(path)
    except InputError as exc:
        if exc.code != "unknown_format" or path.suffix.lower() != ".csv":
            return ImportSource(path, UNKNOWN)
        return _linkedin_by_content(path)
    except OSError:
        return ImportSource(path, UNKNOWN)
    if fmt in _MAIL_FORMATS:
        return ImportSource(path, MAILBOX)
    return ImportSource(path, LEAD_SHEET if fmt == LEAD_SHEET else ADDRESS_BOOK)


def _linkedin_by_content(path: Path) -> ImportSource:
    try:
        export = read_linkedin_export(path)
    except (InputError, OSError):
        return ImportSource(path, UNKNOWN)
    return ImportSource(path, LINKEDIN, export.export_date)


def _dated(source: ImportSource) -> ImportSource:
    """The source with its export date: LinkedIn's name first, as the importer does."""
    if source.export_date is not None:
        return source
    found = export_date_from_name(source.path.name)
    if found is None:
        try:
            found = read_linkedin_export(source.path).export_date
        except (InputError, OSError):
            found = None
    return ImportSource(source.path, source.kind, found)


__all__ = [
    "ADDRESS_BOOK",
    "KINDS",
    "LEAD_SHEET",
    "LINKEDIN",
    "MAILBOX",
    "UNKNOWN",
    "ImportSource",
    "import_order",
    "looks_like_linkedin",
    "plan_imports",
    "source_kind",
]

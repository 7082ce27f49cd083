"""Address-book CSV exports (Google, Outlook, Thunderbird, localised headers) to contacts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from linkrevive.domain.errors import InputError
from linkrevive.domain.records import ContactRecord, ContactsBatch, ImportIssue
from linkrevive.domain.text import fold_words, normalize_email
from linkrevive.importers.limits import MAX_CONTACT_RECORDS
from linkrevive.importers.textfile import find_csv_header

KINDS = ("google_csv", "outlook_csv", "thunderbird_csv")

_GOOGLE_EMAIL = re.compile(r"^e mail \d+ value$")
_THUNDERBIRD_MARKERS = frozenset(
    {
        "primary email",
        "secondary email",
        "primare e mail adresse",
        "sekundare e mail adresse",
        "adresse electronique principale",
        "adresse electronique secondaire",
        "courriel principal",
    }
)
_OUTLOOK_MARKERS = frozenset(
    {
        "e mail address",
        "e mail 2 address",
        "e mail 3 address",
        "e mail adresse",
        "e mail 2 adresse",
        "adresse de messagerie",
        "adresse de messagerie 2",
        "direccion de correo electronico",
        "indirizzo e mail",
        "indirizzo posta elettronica",
    }
)

# Column names per field across Google (both layouts), Outlook (en/fr/de/es/it) and
# Thunderbird (en-US/en-GB/de/fr), folded with ``fold_words``. Outlook's "Title" is the
# honorific (Mr., Mme), so it is deliberately absent from ``position``.
_FIELDS: dict[str, tuple[str, ...]] = {
    "first": ("first name", "given name", "prenom", "vorname", "nombre", "nome"),
    "middle": (
        "middle name",
        "additional name",
        "deuxieme prenom",
        "weitere vornamen",
        "segundo nombre",
        "secondo nome",
    ),
    "last": ("last name", "family name", "nom", "nachname", "apellidos", "cognome"),
    "display": ("name", "display name", "anzeigename", "nom a afficher"),
    "company": (
        "organization name",
        "organization 1 name",
        "company",
        "organization",
        "organisation",
        "societe",
        "firma",
        "organizacion",
        "societa",
    ),
    "position": (
        "organization title",
        "organization 1 title",
        "job title",
        "position",
        "fonction",
        "puesto",
        "posizione",
    ),
    "notes": ("notes", "notizen", "notas", "note"),
    "tags": ("labels", "group membership", "categories", "kategorien", "categorias", "categorie"),
}
_EMAIL_WORDS = frozenset({"mail", "email", "courriel", "correo", "messagerie"})
_NOT_ADDRESS_WORDS = frozenset(
    {"type", "typ", "tipo", "label", "display", "angezeigter", "anzeigename", "affichage"}
)
_COUNTRY_WORDS = frozenset({"country", "pays", "land", "pais", "paese"})
_BUSINESS_WORDS = frozenset({"business", "work", "geschaftlich", "bureau", "trabajo", "lavoro"})
_SYSTEM_GROUPS = frozenset({"mycontacts", "starred"})
_MULTI = " ::: "


def _folded(header: Iterable[str]) -> list[str]:
    return [fold_words(h) for h in header]


def address_csv_kind(header: list[str]) -> str | None:
    """Which address-book export a CSV header row comes from, or None.

    Returns ``"google_csv"``, ``"outlook_csv"`` or ``"thunderbird_csv"``.
    """
    cells = set(_folded(header))
    if any(_GOOGLE_EMAIL.match(c) for c in cells):
        return "google_csv"
    if cells & _THUNDERBIRD_MARKERS:
        return "thunderbird_csv"
    if cells & _OUTLOOK_MARKERS:
        return "outlook_csv"
    return None


def _email_columns(folded: list[str]) -> list[int]:
    columns = []
    for index, name in enumerate(folded):
        words = set(name.split())
        is_mail = bool(words & _EMAIL_WORDS) or ("e" in words and "mail" in name)
        if is_mail and not words & _NOT_ADDRESS_WORDS:
            columns.append(index)
    return columns


def _country_columns(folded: list[str]) -> list[int]:
    columns = [i for i, name in enumerate(folded) if set(name.split()) & _COUNTRY_WORDS]
    # Work addresses say more about a prospect than home ones.
    return sorted(columns, key=lambda i: 0 if set(folded[i].split()) & _BUSINESS_WORDS else 1)


def _field_columns(folded: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for fieldname, names in _FIELDS.items():
        for name in names:
            if name in folded:
                found[fieldname] = folded.index(name)
                break
    return found


def _split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split(_MULTI)] if _MULTI in value else [value.strip()]


def _tags(value: str) -> tuple[str, ...]:
    tags: list[str] = []
    for raw in _split_multi(value):
        # Google marks its system groups with "* ".
        tag = raw.removeprefix("*").strip()
        if tag and fold_words(tag).replace(" ", "") not in _SYSTEM_GROUPS and tag not in tags:
            tags.append(tag)
    return tuple(tags)


def parse_address_csv(text: str, label: str, *, kind: str | None = None) -> ContactsBatch:
    """Contacts of a Google, Outlook or Thunderbird CSV export (already decoded text).

    The header is found by content (``address_csv_kind``) within the first records; columns
    are mapped by name in any supported language. Multi-value cells (``a ::: b``) give
    several emails; Exchange ``/o=...`` pseudo-addresses and non-addresses are dropped.
    Rows with neither a name nor an email are reported in ``skipped``. ``kind`` forces the
    format name reported; it is otherwise detected. Raises ``InputError`` ``unknown_format``
    when no address-book header is found.
    """
    table = find_csv_header(text, label, lambda cells: address_csv_kind(cells) is not None)
    if table is None:
        raise InputError("unknown_format", label)
    detected = address_csv_kind(list(table.header))
    fmt = kind or detected or "outlook_csv"
    keys = [h.strip() for h in table.header]
    folded = _folded(keys)
    columns = _field_columns(folded)
    email_cols = _email_columns(folded)
    country_cols = _country_columns(folded)

    def cell(row: dict[str, str], fieldname: str) -> str:
        index = columns.get(fieldname)
        return row.get(keys[index], "").strip() if index is not None else ""

    contacts: list[ContactRecord] = []
    skipped: list[ImportIssue] = []
    for line, row in table.rows(label, MAX_CONTACT_RECORDS):
        emails: list[str] = []
        for index in email_cols:
            for value in _split_multi(row.get(keys[index], "")):
                if value.lower().startswith("/o="):
                    continue
                address = normalize_email(value)
                if address and address not in emails:
                    emails.append(address)
        first, middle, last = cell(row, "first"), cell(row, "middle"), cell(row, "last")
        display = cell(row, "display")
        if not display and middle:
            display = " ".join(p for p in (first, middle, last) if p)
        country = next(
            (row.get(keys[i], "").strip() for i in country_cols if row.get(keys[i], "").strip()),
            "",
        )
        contact = ContactRecord(
            emails=tuple(emails),
            first_name=first,
            last_name=last,
            display_name=display,
            company=_split_multi(cell(row, "company"))[0],
            position=_split_multi(cell(row, "position"))[0],
            country=country,
            notes=cell(row, "notes"),
            tags=_tags(cell(row, "tags")),
            line=line,
        )
        if not contact.emails and not contact.name:
            skipped.append(ImportIssue(label, line, "no_name_or_email"))
            continue
        contacts.append(contact)
    return ContactsBatch(source=label, format=fmt, contacts=tuple(contacts), skipped=tuple(skipped))

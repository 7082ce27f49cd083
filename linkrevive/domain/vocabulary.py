"""Reading the domain vocabulary as users type it: stages, stall reasons and loose dates."""

from __future__ import annotations

import re
from datetime import date

from linkrevive.domain.enums import Stage, StallReason
from linkrevive.domain.phrases import STAGE_LABELS, STALL_LABELS
from linkrevive.domain.text import fold_words

# Synonyms seen in hand-kept French and English lead sheets, beyond the official labels.
_STAGE_SYNONYMS: dict[Stage, tuple[str, ...]] = {
    Stage.FIRST_CONTACT: (
        "1er contact",
        "1 contact",
        "prise de contact",
        "contact initial",
        "premier echange",
        "initial contact",
        "contacted",
        "contacte",
        "contactee",
    ),
    Stage.INFO_SENT: (
        "info envoyee",
        "infos envoyees",
        "information envoyee",
        "informations envoyees",
        "doc envoyee",
        "documentation envoyee",
        "plaquette envoyee",
        "presentation envoyee",
        "devis envoye",
        "proposition envoyee",
        "offre envoyee",
        "info sent",
        "infos sent",
        "information sent",
        "proposal sent",
        "quote sent",
    ),
    Stage.CALL_AGREED: (
        "appel programme",
        "appel prevu",
        "appel planifie",
        "appel fixe",
        "rdv fixe",
        "rdv pris",
        "rdv programme",
        "rendez vous fixe",
        "rendez vous pris",
        "call scheduled",
        "call planned",
        "call booked",
        "meeting scheduled",
    ),
    Stage.CALL_POSTPONED: (
        "appel decale",
        "appel repousse",
        "rdv reporte",
        "rdv decale",
        "rendez vous reporte",
        "reporte",
        "call rescheduled",
        "meeting postponed",
        "postponed",
    ),
    Stage.TEST_PROJECT: (
        "projet test",
        "projet de test",
        "projet pilote",
        "pilote",
        "pilot",
        "pilot project",
        "poc",
    ),
    Stage.VISIT: ("visite sur site", "visite sur place", "site visit", "on site visit"),
    Stage.CLIENT: ("cliente", "customer", "signe", "gagne", "won"),
    Stage.LOST: ("perdue", "abandonne", "sans suite", "closed lost", "abandoned"),
}

_STALL_SYNONYMS: dict[StallReason, tuple[str, ...]] = {
    StallReason.NO_TIME: (
        "pas le temps",
        "pas de temps",
        "manque temps",
        "deborde",
        "debordee",
        "lack of time",
        "not enough time",
        "too busy",
        "busy",
    ),
    StallReason.NO_METHOD: (
        "manque de methode",
        "pas de process",
        "pas de processus",
        "lack of method",
        "no process",
    ),
    StallReason.CONFIDENTIALITY: (
        "confidentialite",
        "peur d inquieter les salaries",
        "peur des salaries",
        "inquieter les equipes",
        "discretion",
        "privacy",
        "fear of worrying employees",
    ),
    StallReason.DISTANCE: ("eloignement", "trop loin", "too far", "far away"),
    StallReason.UNCERTAINTY: (
        "marche incertain",
        "incertain",
        "contexte incertain",
        "conjoncture",
        "uncertain",
    ),
    StallReason.NO_NEED: (
        "pas de besoin",
        "pas besoin",
        "aucun besoin",
        "pas de besoin pour l instant",
        "no need",
        "not needed",
    ),
    StallReason.OTHER: ("autres", "divers", "others"),
}


def _key(text: str) -> str:
    """Lookup key: folded words with the spaces removed (so "rendez-vous" == "rendezvous")."""
    return fold_words(text).replace(" ", "")


def _build_stage_table() -> dict[str, Stage]:
    table: dict[str, Stage] = {}
    for stage in Stage:
        table[_key(stage.value)] = stage
    for labels in STAGE_LABELS.values():
        for stage, label in labels.items():
            table[_key(label)] = stage
    for stage, words in _STAGE_SYNONYMS.items():
        for word in words:
            table[_key(word)] = stage
    return table


def _build_stall_table() -> dict[str, StallReason]:
    table: dict[str, StallReason] = {}
    for reason in StallReason:
        table[_key(reason.value)] = reason
    for labels in STALL_LABELS.values():
        for reason, label in labels.items():
            table[_key(label)] = reason
    for reason, words in _STALL_SYNONYMS.items():
        for word in words:
            table[_key(word)] = reason
    return table


_STAGES = _build_stage_table()
_STALLS = _build_stall_table()


def parse_stage(text: str) -> Stage | None:
    """The stage a user's word names (enum value, French/English label, synonym), or None."""
    key = _key(text)
    return _STAGES.get(key) if key else None


def parse_stall_reason(text: str) -> StallReason | None:
    """The stall reason a user's word names (value, French/English label, synonym), or None."""
    key = _key(text)
    return _STALLS.get(key) if key else None


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:[ T].*)?$")
_NAMED_MONTH = re.compile(r"^(\d{1,2})(?:er)?[ \-.]+([^\W\d_]+)\.?[ \-.]+(\d{4}|\d{2})$")

# English and French month names and the abbreviations people and Excel write.
_MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "janv": 1,
    "janvier": 1,
    "feb": 2,
    "february": 2,
    "fev": 2,
    "fevr": 2,
    "fevrier": 2,
    "mar": 3,
    "march": 3,
    "mars": 3,
    "apr": 4,
    "april": 4,
    "avr": 4,
    "avril": 4,
    "may": 5,
    "mai": 5,
    "jun": 6,
    "june": 6,
    "juin": 6,
    "jul": 7,
    "july": 7,
    "juil": 7,
    "juillet": 7,
    "aug": 8,
    "august": 8,
    "aou": 8,
    "aout": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "septembre": 9,
    "oct": 10,
    "october": 10,
    "octobre": 10,
    "nov": 11,
    "november": 11,
    "novembre": 11,
    "dec": 12,
    "december": 12,
    "decembre": 12,
}


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        # Two-digit years in lead sheets are recent; 70-99 can only be the last century.
        return 2000 + value if value < 70 else 1900 + value
    return value


#: Dates outside these years are typing or export errors ("01 Jan 0001", "31 Dec 9999"):
#: taken as no date, never stored.
FIRST_YEAR = 1900
LAST_YEAR = 2099


def plausible_year(year: int) -> bool:
    """Whether a date of ``year`` can be a real contact, connection or message date."""
    return FIRST_YEAR <= year <= LAST_YEAR


def _make(year: int, month: int, day: int) -> date | None:
    if not plausible_year(year):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date_loose(text: str) -> date | None:
    """A date as written in a French or English sheet, or None when it is not one.

    Accepts ISO ``yyyy-mm-dd`` (and ISO datetimes), day-first ``dd/mm/yyyy``, ``dd.mm.yyyy``,
    ``dd-mm-yyyy`` and ``d/m/yy``, and ``7 mars 2021`` / ``07 Mar 2020`` / ``5-Jan-26``.
    Never raises.
    """
    value = text.strip()
    if not value:
        return None
    match = _ISO.match(value)
    if match:
        return _make(int(match[1]), int(match[2]), int(match[3]))
    match = _DAY_FIRST.match(value)
    if match:
        return _make(_year(match[3]), int(match[2]), int(match[1]))
    match = _NAMED_MONTH.match(value)
    if match:
        month = _MONTHS.get(fold_words(match[2]))
        if month is not None:
            return _make(_year(match[3]), month, int(match[1]))
    return None

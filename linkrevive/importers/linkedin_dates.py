"""Dates of a LinkedIn export's files: every format LinkedIn or a spreadsheet re-save wrote
(``5-Jan-26``, ``16.09.2021``, ``12/15/24, 7:47 AM``, ``2024-01-31 09:15:00 UTC``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from functools import lru_cache, wraps
from typing import Any, TypeVar

from linkrevive.domain.text import fold
from linkrevive.domain.vocabulary import plausible_year

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


def dates_day_first(values: Iterable[str]) -> bool:
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


def parse_utc(raw: str) -> datetime | None:
    """``2024-01-31 09:15:00 UTC`` and other ISO or ``%Y/%m/%d`` stamps (messages.csv), in
    UTC; None outside the plausible years.

    Bounded in its own body rather than by ``_bounded``: messages.csv has tens of thousands
    of stamps, and the wrapper's call doubled the time of each.
    """
    text = raw.strip()
    # messages.csv has tens of thousands of ``2024-01-31 09:15:00 UTC``; strptime is slow.
    iso = text.removesuffix(" UTC")
    found: datetime | None = None
    if len(iso) == 19 and iso[4] == "-":  # an offset written out is much faster than replace()
        try:
            found = datetime.fromisoformat(iso + "+00:00")
        except ValueError:
            found = None  # a stamp of that length that is no ISO one: tried below
    if found is None and len(iso) >= 10 and iso[4] == "-":
        try:
            found = datetime.fromisoformat(iso)
        except ValueError:
            pass
        else:
            found = found.replace(tzinfo=UTC) if found.tzinfo is None else found.astimezone(UTC)
    if found is None:
        try:
            found = datetime.strptime(text, "%Y/%m/%d %H:%M:%S UTC").replace(tzinfo=UTC)
        except ValueError:
            return None
    return found if plausible_year(found.year) else None


_US_STAMP = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),? (\d{1,2}):(\d{2}) ([AP])M")


@_bounded
def parse_us_datetime(raw: str) -> datetime | None:
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


__all__ = ["dates_day_first", "parse_linkedin_date", "parse_us_datetime", "parse_utc"]

"""Calendar arithmetic in whole months, and readable durations in French and English."""

from __future__ import annotations

import calendar
from datetime import date

_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    # calendar.monthrange also works out the weekday: a table is enough here.
    last = 29 if month == 1 and calendar.isleap(year) else _MONTH_DAYS[month]
    return date(year, month + 1, min(day.day, last))


def whole_months(start: date, end: date) -> int:
    """Number of whole calendar months from ``start`` to ``end`` (0 if ``end`` is earlier)."""
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    return max(months, 0)


_UNITS = {
    "en": (("year", "years"), ("month", "months"), ("day", "days")),
    "fr": (("an", "ans"), ("mois", "mois"), ("jour", "jours")),
}


def duration_text(start: date, end: date, lang: str = "en") -> str:
    """How long from ``start`` to ``end``: "2 years 3 months", "2 ans 3 mois", "12 days"."""
    years_units, months_units, days_units = _UNITS.get(lang, _UNITS["en"])
    months = whole_months(start, end)
    if months == 0:
        days = max((end - start).days, 0)
        return f"{days} {days_units[0] if days == 1 else days_units[1]}"
    years, rest = divmod(months, 12)
    parts: list[str] = []
    if years:
        parts.append(f"{years} {years_units[0] if years == 1 else years_units[1]}")
    if rest:
        parts.append(f"{rest} {months_units[0] if rest == 1 else months_units[1]}")
    return " ".join(parts)


def ago_text(days: int, lang: str = "en") -> str:
    """How long ago, from a number of days: "3 weeks ago", "il y a 3 semaines"."""
    if lang == "fr":
        if days <= 0:
            return "aujourd'hui"
        if days == 1:
            return "hier"
        if days < 14:
            return f"il y a {days} jours"
        if days < 60:
            return f"il y a {days // 7} semaines"
        if days < 730:
            return f"il y a {days // 30} mois"
        return f"il y a {days // 365} ans"
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    if days < 730:
        return f"{days // 30} months ago"
    return f"{days // 365} years ago"

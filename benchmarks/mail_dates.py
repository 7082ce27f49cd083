"""Dates as mail files write them: in English whatever the locale of the process that
writes them (``strftime``'s ``%a`` and ``%b`` follow the locale: "lun.", "déc.")."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def separator_date(when: datetime, zone: str = "") -> str:
    """An mbox separator's date: ``Tue Mar 11 01:31:25 2025`` (Thunderbird's), or with the
    ``zone`` before the year, ``Tue Mar 11 01:31:25 +0000 2025`` (Gmail's)."""
    clock = f"{DAYS[when.weekday()]} {MONTHS[when.month - 1]} {when.day:02d} {when:%H:%M:%S}"
    return f"{clock} {zone} {when.year}" if zone else f"{clock} {when.year}"


def day_date(when: datetime) -> str:
    """``Tue 11 Mar 2025``, as a calendar invitation's subject writes the day."""
    return f"{DAYS[when.weekday()]} {when.day:02d} {MONTHS[when.month - 1]} {when.year}"


def header_date(when: datetime) -> str:
    """A ``Date`` field's value: ``Tue, 11 Mar 2025 01:31:25 +0000``."""
    return format_datetime(when)

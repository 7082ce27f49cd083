"""Cell safety shared by the CSV and XLSX writers, and all-or-nothing file writes."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

# Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection" list).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """``value`` made inert for spreadsheets: a leading ``'`` if it could start a formula.

    A cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets an
    apostrophe in front (the OWASP recommendation). The apostrophe is kept in the data
    rather than hidden with a cell style, so that the protection survives in both CSV and
    XLSX and in any tool that re-saves the file; the cost is a visible ``'`` before values
    such as ``+33 6…`` or ``-5``, which is acceptable for names, companies and free text.
    """
    if value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it only if the writing succeeded.

    An export that fails half-way must not leave a truncated file where the user's
    previous export was.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()

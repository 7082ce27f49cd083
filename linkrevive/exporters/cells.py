"""Cell safety shared by the CSV and XLSX writers, and all-or-nothing file writes."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

# Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection" list).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Where an export goes: a file path, or an open binary stream (standard output).
Output = Path | BinaryIO


def safe_cell(value: str) -> str:
    """``value`` made inert for spreadsheets: a leading ``'`` if it could start a formula.

    A cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets an
    apostrophe in front (the OWASP recommendation), and so does one where such a character
    follows leading white space: LibreOffice's "trim spaces" import option turns
    ``" =1+1"`` into a formula. The apostrophe is kept in the data rather than hidden with
    a cell style, so that the protection survives in both CSV and XLSX and in any tool that
    re-saves the file; the cost is a visible ``'`` before values such as ``+33 6…`` or
    ``-5``, which is acceptable for names, companies and free text.
    """
    if value.startswith(_FORMULA_STARTS) or value.lstrip().startswith(_FORMULA_STARTS):
        return "'" + value
    return value


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A new temporary file beside ``path`` that replaces it only if the writing succeeded.

    An export that fails half-way must not leave a truncated file where the user's
    previous export was. The temporary file is created exclusively (never through a link
    someone placed there) and gets the replaced file's permissions, or the usual ones for
    a new file.
    """
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    tmp = Path(name)
    try:
        yield tmp
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


@contextlib.contextmanager
def binary_output(target: Output) -> Iterator[BinaryIO]:
    """A binary stream to write an export to: a file that appears once complete (see
    :func:`atomic_target`), or ``target`` itself when it is a stream (left open)."""
    if isinstance(target, Path):
        with atomic_target(target) as tmp, tmp.open("wb") as handle:
            yield handle
    else:
        yield target
        target.flush()

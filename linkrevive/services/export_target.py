"""Where an export may be written: a new path or a regular file, never the database.

An export replaces its target in one step (a temporary file renamed over it). Renamed over
the open database, its journal or a backup, that destroys the user's data; renamed over a
symbolic link it replaces the link; over a device (``/dev/stdout`` as root) the device.
:func:`check_target` refuses those in one sentence before anything is computed.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from linkrevive.domain.errors import InputError
from linkrevive.services.workspace import Workspace

#: The ``-o`` value that means standard output.
STDOUT = "-"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_JOURNALS = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class ExportTarget:
    """A checked destination: the real file to write (links resolved), or standard output."""

    path: Path | None
    named: str

    @property
    def to_stdout(self) -> bool:
        """Whether the export goes to standard output (``-o -``)."""
        return self.path is None


def check_target(workspace: Workspace, target: Path | str) -> ExportTarget:
    """The export destination named ``target``, or ``InputError`` saying why it is refused.

    ``-`` is standard output. Otherwise the target must be a new path in an existing folder
    or an existing regular file that is not a SQLite database. It must not be the open
    database or its ``-wal``/``-shm``/``-journal`` files (also through a link or another
    name of the same file), nor anything in the backup folder. A symbolic link is written
    through: the file it points to gets the export (checked like any target), the link
    stays.
    """
    named = str(target)
    if named == STDOUT:
        return ExportTarget(None, named)
    path = Path(named).expanduser()
    if path.is_dir():
        raise InputError("cannot_write", named, detail="it is a folder")
    real = Path(os.path.realpath(path))
    if not real.parent.is_dir():
        raise InputError("cannot_write", named, detail="its folder does not exist")
    _not_the_database(workspace, named, real)
    try:
        info = real.stat()
    except FileNotFoundError:
        return ExportTarget(real, named)
    except OSError as exc:
        raise InputError("cannot_write", named, detail=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            "unsafe_target",
            named,
            detail="it is not a regular file (a device, a pipe or a socket); "
            "give a file name, or '-' for standard output",
        )
    if _is_sqlite(real):
        raise InputError(
            "unsafe_target", named, detail="it is a SQLite database, which an export never replaces"
        )
    return ExportTarget(real, named)


def _not_the_database(workspace: Workspace, named: str, real: Path) -> None:
    database = workspace.database
    if database.path is None:
        return
    db = Path(os.path.realpath(database.path))
    for suffix in _JOURNALS:
        own = Path(f"{db}{suffix}")
        if real == own or _same_file(real, own):
            raise InputError(
                "unsafe_target",
                named,
                detail=f"it is the database LinkRevive is working on ({own.name})",
            )
    folder = database.backup_folder
    if folder is not None and (real.parent == Path(os.path.realpath(folder))):
        raise InputError("unsafe_target", named, detail="it is in the database's backup folder")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False

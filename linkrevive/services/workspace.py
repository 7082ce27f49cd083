"""The open database and what every service needs around it: paths, hashes, forgetting."""

from __future__ import annotations

import gc
import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

from linkrevive.storage.database import Database

APP_NAME = "LinkRevive"
DB_ENV = "LINKREVIVE_DB"


def default_database_location() -> str:
    """``LINKREVIVE_DB`` if set, else ``linkrevive.sqlite3`` in the user data folder."""
    explicit = os.environ.get(DB_ENV, "").strip()
    if explicit:
        return explicit
    import platformdirs  # only without --db nor LINKREVIVE_DB

    return str(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "linkrevive.sqlite3")


def file_digest(path: Path) -> str:
    """SHA-256 of a file, or of a folder's files in name order (to spot re-imports)."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        digest.update(file.name.encode())
        with file.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


class _CollectorHold:
    """Counts who holds the cyclic garbage collector off (GUI worker, main thread, nested)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holders = 0
        self.was_enabled = True
        self.ended = 0  # holds that ended so far (the last holder let go)

    def take(self) -> None:
        with self.lock:
            if self.holders == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.holders += 1

    def release(self) -> None:
        with self.lock:
            self.holders -= 1
            if self.holders == 0:
                self.ended += 1
                if self.was_enabled:
                    gc.enable()


_collector_hold = _CollectorHold()


def gc_held() -> bool:
    """Whether an import holds the cyclic garbage collector off right now."""
    return _collector_hold.holders > 0


def gc_holds_ended() -> int:
    """How many times the last holder of the collector let go (a bulk read or import ended)."""
    return _collector_hold.ended


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector during a bulk import.

    An export makes hundreds of thousands of short-lived tuples and dicts without cycles;
    reference counting frees them, and the collector's passes over them cost about a
    quarter of the import. It runs again when the last holder ends, as it was before.
    """
    _collector_hold.take()
    try:
        yield
    finally:
        _collector_hold.release()


#: Test hook: ``"OUT_FD,IN_FD"`` of two pipes a crash test hands the command (see ``phase``).
PHASES_ENV = "LINKREVIVE_TEST_PHASES"


def phase(name: str) -> None:
    """Mark that an import reached ``name`` (a crash test's kill point); nothing otherwise.

    When ``LINKREVIVE_TEST_PHASES`` names two inherited pipe descriptors, the phase's name
    is written to the first and the import waits for one byte on the second: the test sends
    its signal while the import stands at that point, then lets it go on.
    """
    spec = os.environ.get(PHASES_ENV)
    if not spec:
        return
    out_fd, in_fd = (int(fd) for fd in spec.split(","))
    os.write(out_fd, name.encode() + b"\n")
    os.read(in_fd, 1)


def key_hash(key: str) -> str:
    """Hash under which a forgotten email or profile URL is remembered (never in clear)."""
    return hashlib.sha256(key.strip().casefold().encode()).hexdigest()


def server_password(location: str) -> str | None:
    """The keyring's password for a server URL that names a user and host but no password
    (None for a file, a URL with its password, or when libpq's variables are set)."""
    if "://" not in location or location.startswith("sqlite"):
        return None
    parts = urlsplit(location)
    try:
        user, host, password = parts.username, parts.hostname, parts.password
    except ValueError:  # a port that is not a number: the URL check says so later
        return None
    if password is not None or not user or not host:
        return None
    if os.environ.get("PGPASSWORD") or os.environ.get("PGPASSFILE"):
        return None
    from linkrevive.services import secrets  # loads keyring: only for a server database

    return secrets.database_password(unquote(user), host)


class Workspace:
    """One database opened by the app or a command, shared by all services."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @classmethod
    def open(cls, location: str | None = None) -> Workspace:
        """Open (creating and migrating if needed) the database at ``location``.

        A server URL without a password takes it from the keyring (service
        ``linkrevive-db``, account ``user@host``) unless ``PGPASSWORD`` or ``PGPASSFILE``
        is set; libpq reads those (and ``~/.pgpass``) itself. No password is ever shown.
        """
        where = location or default_database_location()
        return cls(Database(where, password=server_password(where)))

    def suppressed(self, session: object) -> frozenset[str]:
        """Hashes of every forgotten key."""
        from linkrevive.storage import suppression_repo  # the ORM: imports, not listings

        return suppression_repo.all_hashes(session)  # type: ignore[arg-type]

    def close(self) -> None:
        """Release the database connections."""
        self.database.dispose()

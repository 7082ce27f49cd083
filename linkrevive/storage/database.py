"""Engine, migrations, backups and units of work; the one place that knows the dialect."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:  # the ORM loads with the first session: listings read on Core alone
    from sqlalchemy.orm import Session

from linkrevive.domain.errors import InputError
from linkrevive.domain.redact import redact, remember_secret, without_addresses

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BACKUPS_KEPT = 5
#: The PostgreSQL advisory lock every writing transaction (and every migration) holds:
#: writers of a shared database queue on it as SQLite's writers queue on the file's lock,
#: so a transaction reads what every earlier writer committed and nobody writes between
#: its reads and its writes. Readers never take it.
WRITER_LOCK = 0x4C696E6B52657669  # "LinkRevi"
#: How long a writer waits for the others before "the database is busy" (SQLite: busy_timeout).
WRITER_WAIT = "30s"


def database_url(path_or_url: str) -> str:
    """SQLAlchemy URL for a ``--db`` value: a URL as is, else a SQLite file path."""
    if "://" in path_or_url:
        return path_or_url
    return "sqlite:///" + str(Path(path_or_url).expanduser().resolve())


def _parse_url(url: str) -> sa.URL:
    try:
        parsed = sa.make_url(url)
    except (sa.exc.ArgumentError, ValueError) as exc:  # ValueError: a port that is no number
        raise InputError(
            "bad_database_url", value=redact(url), detail="it is not a well-formed database URL"
        ) from exc
    remember_secret(parsed.password if isinstance(parsed.password, str) else None)
    return parsed


def _sqlite_target(url: sa.URL) -> tuple[str, Path, bool]:
    """(driver URL, file, read-only) of a SQLite URL; SQLite's own URI options (``mode=ro``,
    ``immutable=1``) are honoured, where pysqlite would silently ignore them."""
    path = Path(url.database or "").expanduser()
    options = dict(url.query)
    read_only = options.get("mode") == "ro" or options.get("immutable") in ("1", "true")
    if not options:
        return url.render_as_string(hide_password=False), path, False
    options.pop("uri", None)
    query = "&".join(f"{key}={value}" for key, value in options.items())
    driver = f"sqlite:///file:{quote(str(path.resolve()))}?{query}&uri=true"
    return driver, path, read_only


class Database:
    """A database the app works on: one shared engine, short sessions per unit of work."""

    def __init__(
        self, path_or_url: str, *, migrate: bool = True, password: str | None = None
    ) -> None:
        self.url = database_url(path_or_url)
        parsed = _parse_url(self.url)
        if password and parsed.password is None:
            remember_secret(password)
            parsed = parsed.set(password=password)
        #: How messages name this database: a file path, or the URL without its password.
        self.location = redact(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.read_only = False
        self.path: Path | None = None
        if self.is_sqlite:
            driver_url, self.path, self.read_only = _sqlite_target(parsed)
            self.location = str(self.path)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InputError("bad_database", self.path, detail=exc.strerror or "") from exc
            if self.path.exists() and self.path.is_dir():
                raise InputError("bad_database", self.path, detail="it is a folder")
            if self.read_only and not self.path.is_file():
                raise InputError("not_found", self.path)
            self.engine = sa.create_engine(
                driver_url, connect_args={"timeout": 30, "check_same_thread": False}
            )
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            sa.event.listen(self.engine, "begin", _sqlite_begin)
        else:
            try:
                self.engine = sa.create_engine(parsed, pool_pre_ping=True)
                sa.event.listen(self.engine, "begin", _server_begin)
            except ModuleNotFoundError as exc:
                # The dialect is known, its driver is not installed (psycopg is an extra).
                raise InputError(
                    "bad_database_url",
                    value=self.location,
                    detail=f"its driver '{exc.name}' is not installed; install LinkRevive "
                    "with PostgreSQL support: pipx install 'linkrevive[postgresql]'",
                ) from exc
            except (sa.exc.NoSuchModuleError, ImportError) as exc:
                raise InputError(
                    "bad_database_url",
                    value=self.location,
                    detail=f"'{parsed.drivername}' is not a database kind LinkRevive knows; "
                    "give a SQLite file or a postgresql+psycopg:// URL",
                ) from exc
        if migrate:
            self.migrate()

    def migrate(self, *, replay: bool = False) -> None:
        """Bring the schema to the newest revision (Alembic, batch mode on SQLite).

        A database already at the newest revision is left as it is without loading Alembic
        (a fifth of a command's start-up). A SQLite file without any table yet is built from
        the tables in one go, given the rows the migrations write (the implicit consultant)
        and stamped with the newest revision: Alembic's recipe for a database made from
        scratch, the schema the migrations build (a test compares both), without loading
        Alembic nor replaying every migration (0.11 -> 0.02 s of the first command).
        ``replay`` runs the migrations even then (that test). A server database always
        runs its migrations.
        """
        if self._at_head():
            return
        if self.is_sqlite and not self.read_only and not replay and self._create_at_head():
            return
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(_MIGRATIONS))
        cfg.set_main_option("path_separator", "os")
        from alembic.util.exc import CommandError

        try:
            # As a writer: two first opens queue (SQLite's write lock, the writers' advisory
            # lock on a server), and the second finds the schema the first one built.
            with self.engine.execution_options(linkrevive_write=True).begin() as connection:
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
        except CommandError as exc:
            if "Can't locate revision" in str(exc):
                stored = self._stored_revisions()
                detail = "unknown" if stored is None else ", ".join(sorted(stored))
                raise InputError("newer_database", self.location, detail=detail) from exc
            raise
        except sa.exc.DBAPIError as exc:
            raise self._failure(exc) from exc

    def _create_at_head(self) -> bool:
        """Build the tables of an empty SQLite file and stamp it with the newest revisions;
        False (nothing done) when the file has a table already or the heads are unknown.

        As a writer, like the migrations: of two first opens, the second finds the tables.
        """
        heads = head_revisions()
        if not heads:
            return False
        from sqlmodel import SQLModel

        from linkrevive.storage.tables import ConsultantRow  # registers every table
        from linkrevive.storage.team_listings import IMPLICIT_ID

        try:
            with self.engine.execution_options(linkrevive_write=True).begin() as connection:
                if connection.exec_driver_sql("SELECT 1 FROM sqlite_master LIMIT 1").first():
                    return False
                SQLModel.metadata.create_all(connection)
                # The one row the migrations write into a new database (0005).
                consultants = ConsultantRow.__table__  # type: ignore[attr-defined]
                connection.execute(consultants.insert(), [{"id": IMPLICIT_ID, "name": ""}])
                version = _alembic_version_table()
                version.create(connection)
                connection.execute(version.insert(), [{"version_num": h} for h in sorted(heads)])
        except sa.exc.DBAPIError as exc:
            raise self._failure(exc) from exc
        return True

    def _stored_revisions(self) -> frozenset[str] | None:
        """The revisions the database records; None without a readable version table."""
        try:
            with self.engine.connect() as connection:
                rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
                return frozenset(str(row[0]) for row in rows)
        except sa.exc.DBAPIError:
            return None

    def _failure(self, exc: sa.exc.DBAPIError) -> InputError:
        """One sentence for a driver error: the driver's own words (never the statement nor
        its parameters, which hold rows), the password masked."""
        detail = _first_line(exc)
        if "readonly" in detail or "read-only" in detail:
            return InputError("read_only_database", self.location, detail="it is read-only")
        if "locked" in detail or "busy" in detail or "lock timeout" in detail:
            return InputError("database_busy")
        return InputError("bad_database", self.location, detail=detail.rstrip("."))

    def _at_head(self) -> bool:
        """Whether the stored revisions are exactly the migrations' heads."""
        heads = head_revisions()
        # No version table yet, or unreadable (None): Alembic says what is wrong.
        return bool(heads) and self._stored_revisions() == heads

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        ``write=True`` takes SQLite's write lock at the start, so that two writers queue
        (busy timeout) instead of one failing halfway; readers never wait for writers.
        """
        from sqlalchemy.orm import Session

        bind = self.engine.execution_options(linkrevive_write=write)
        with Session(bind, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise self._failure(exc) from exc
            except sa.exc.DBAPIError as exc:
                # A constraint the database enforces refused the change (writers queue, so
                # this is no race but a rule): said in the driver's first line, which names
                # the constraint and never the statement nor the rows.
                session.rollback()
                raise InputError("write_refused", detail=_first_line(exc)) from exc
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[sa.Connection]:
        """One read-only unit of work on SQLAlchemy Core: no ORM, no SQLModel loaded.

        What a listing command reads (``storage.listings``); it ends with a rollback, so
        nothing it does is kept. Driver errors become the same messages as a session's.
        """
        try:
            with self.engine.connect() as connection:
                yield connection
        except OperationalError as exc:
            raise self._failure(exc) from exc

    @property
    def backup_folder(self) -> Path | None:
        """The folder of this database's backup copies (None for a server database)."""
        return None if self.path is None else self.path.parent / "backups"

    def backups(self) -> list[Path]:
        """This database's finished backup copies, oldest first.

        Matched by their exact name (``<stem>-<UTC stamp><suffix>``), so that ``crm``'s
        copies are never mistaken for ``crm-old``'s, and ordered by the stamp in the name
        (a copy rewritten by ``forget`` keeps its place).
        """
        folder = self.backup_folder
        if self.path is None or folder is None or not folder.is_dir():
            return []
        pattern = _backup_pattern(self.path)
        return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))

    def backup(self) -> Path | None:
        """Copy the SQLite database to ``backups/`` (online backup API) before an import.

        The copy is pending (``….<pid>.partial``) until :meth:`keep_backup` names it a
        backup and prunes the older ones to the last five, or :meth:`drop_backup` removes
        it: an import that fails leaves nothing, and never costs a good copy. Pending copies
        of processes that died (killed mid-import) are removed here. Returns the pending
        copy, or None when there is nothing to back up (new file, server database).
        """
        folder = self.backup_folder
        if self.path is None or folder is None or not self.path.exists():
            return None
        folder.mkdir(exist_ok=True)
        self._remove_stale_copies(folder)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{self.path.stem}-{stamp}{self.path.suffix}.{os.getpid()}.partial"
        source = sqlite3.connect(self.path, timeout=30)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        finally:
            source.close()
        return target

    def keep_backup(self, copy: Path | None) -> Path | None:
        """Make a pending copy a backup, then keep only the last five; returns the backup."""
        if copy is None or not copy.name.endswith(".partial"):
            return copy
        final = copy.with_name(copy.name.removesuffix(".partial").rsplit(".", 1)[0])
        os.replace(copy, final)
        for old in self.backups()[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)
        return final

    @staticmethod
    def drop_backup(copy: Path | None) -> None:
        """Remove a pending copy (its import did not happen)."""
        if copy is not None:
            copy.unlink(missing_ok=True)

    @contextmanager
    def settle_backup(self, copy: Path | None) -> Iterator[None]:
        """Keep the pending ``copy`` if the block (an import's transaction) completes,
        drop it if the block fails."""
        try:
            yield
        except BaseException:
            self.drop_backup(copy)
            raise
        self.keep_backup(copy)

    def _remove_stale_copies(self, folder: Path) -> None:
        if self.path is None:
            return
        pattern = _backup_pattern(self.path, pending=True)
        for copy in folder.iterdir():
            found = pattern.fullmatch(copy.name)
            if found and not _alive(int(found.group(1))):
                copy.unlink(missing_ok=True)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


_REVISION = re.compile(r"^revision\b[^=]*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=]*=(.*)$", re.MULTILINE)


@cache
def head_revisions() -> frozenset[str]:
    """Revisions no migration builds on, read from the migration files' text.

    Empty when a file does not read as expected: then Alembic itself decides.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for file in (_MIGRATIONS / "versions").glob("*.py"):
        text = file.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is None or down is None:
            return frozenset()
        revisions.add(revision.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return frozenset(revisions - parents)


def _alembic_version_table() -> sa.Table:
    """The table where Alembic keeps the revisions a database is at, as Alembic makes it."""
    return sa.Table(
        "alembic_version",
        sa.MetaData(),
        sa.Column("version_num", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
    )


def _backup_pattern(path: Path, *, pending: bool = False) -> re.Pattern[str]:
    """Names of the backup copies of the database at ``path`` (pending ones: the pid)."""
    name = re.escape(path.stem) + r"-\d{8}T\d{12}Z" + re.escape(path.suffix)
    return re.compile(name + (r"\.(\d+)\.partial" if pending else ""))


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (its pending backup copy may still be in use)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is off so that "begin" below is ours.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    _write_ahead_log(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MB: big imports stay in memory
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _first_line(exc: sa.exc.DBAPIError) -> str:
    """The driver's own first line of an error, password and addresses masked: never the
    statement nor its parameters (SQLAlchemy appends them), nor PostgreSQL's DETAIL line
    (the values)."""
    text = without_addresses(redact(str(exc.orig))).strip().splitlines()
    return text[0].strip() if text else type(exc.orig).__name__


def _server_begin(connection: sa.Connection) -> None:
    # A writer queues behind the others on the advisory lock (released at commit or
    # rollback); READ COMMITTED then shows it everything they committed.
    if connection.get_execution_options().get("linkrevive_write"):
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{WRITER_WAIT}'")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")


def _write_ahead_log(cursor: Any) -> None:
    """Switch the file to WAL. Two first opens of a new file switch at the same moment; the
    switch needs the file alone and SQLite answers "locked" at once instead of waiting
    (no busy handler there), so it is tried again for as long as a writer would wait."""
    deadline = time.monotonic() + 30
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_begin(connection: sa.Connection) -> None:
    # Writers take the lock at BEGIN so two writers queue on busy_timeout instead of one
    # failing later with "database is locked" when its read transaction turns into a write.
    if connection.get_execution_options().get("linkrevive_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


#: SQLite's page cache of a mailbox import (``bounded_cache``), in megabytes.
IMPORT_CACHE_MB = 16


@contextmanager
def bounded_cache(session: Session, megabytes: int = IMPORT_CACHE_MB) -> Iterator[None]:
    """At most ``megabytes`` of SQLite's page cache on the session's connection for the
    block, then its own size again (nothing on a server database).

    A mailbox import writes hundreds of thousands of rows it never reads again: the pages
    beyond the bound go to the write-ahead log as they fill instead of staying in the 64 MB
    of every connection (152,000 messages: peak 133 -> 116 MB, the same time).
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    # The driver's own connection: set back even where the session's transaction failed.
    dbapi = session.connection().connection.dbapi_connection
    assert dbapi is not None
    (size,) = dbapi.execute("PRAGMA cache_size").fetchone()
    dbapi.execute(f"PRAGMA cache_size=-{int(megabytes) * 1024}")
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # a connection already closed keeps no cache
            dbapi.execute(f"PRAGMA cache_size={int(size)}")


def upsert(session: Session, table: sa.Table) -> Any:
    """``INSERT`` of the session's dialect, with its ``on_conflict_do_nothing`` and
    ``on_conflict_do_update`` (the same statement on SQLite and PostgreSQL): uniqueness is
    the database's to enforce, never a check made before the insert."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as server_insert

        return server_insert(table)
    from sqlalchemy.dialects.sqlite import insert as file_insert

    return file_insert(table)

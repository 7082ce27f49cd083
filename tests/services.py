"""Pytest plugin: throwaway real services (Dovecot IMAP, PostgreSQL, Secret Service).

Each service runs from a temporary folder on loopback and stops at the end of the session.
A missing binary skips the tests that need it locally and fails them under CI (``require``).
"""

from __future__ import annotations

import contextlib
import glob
import imaplib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import IN_CI, require

_LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A TCP port on loopback that nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((_LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path, what: str) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited at start-up:\n{_tail(log)}")
        with contextlib.suppress(OSError), socket.create_connection((_LOOPBACK, port), 0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on port {port} in 20 s:\n{_tail(log)}")


def _tail(log: Path) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-30:])
    except OSError:
        return "(no log)"


def _service_dir(prefix: str) -> Path:
    # Not under pytest's tmp folder: that one is 0700 and the services' unprivileged
    # processes (dovenull, nobody, postgres) must reach their sockets and files.
    folder = Path(tempfile.mkdtemp(prefix=f"linkrevive-{prefix}-"))
    folder.chmod(0o755)
    return folder


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


# --- Dovecot -----------------------------------------------------------------------------


def dovecot_binary() -> str | None:
    """Path of the dovecot master binary, or None."""
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)),
        None,
    )


#: Mail users besides the tester, for tests that need an account of their own.
_SPARE_USERS = 20


@dataclass
class DovecotServer:
    """A running throwaway Dovecot with one mailbox user; see :func:`dovecot`."""

    binary: str
    root: Path
    port: int
    user: str = "tester"
    password: str = field(default_factory=lambda: "pw-" + uuid.uuid4().hex[:12])
    host: str = _LOOPBACK
    process: subprocess.Popen[bytes] | None = None
    spares_used: int = 0

    @property
    def config(self) -> Path:
        """The dovecot.conf of this server."""
        return self.root / "dovecot.conf"

    @property
    def log(self) -> Path:
        """Dovecot's log file."""
        return self.root / "dovecot.log"

    def write_config(self) -> None:
        """Write the configuration, the password file and the mail folder."""
        mail = self.root / "mail"
        mail.mkdir(exist_ok=True)
        nobody = pwd.getpwnam("nobody")
        os.chown(mail, nobody.pw_uid, nobody.pw_gid)
        users = self.root / "users"
        # The tester, and the spare users handed out by ``add_user``: written once, as
        # Dovecot reads the file again only when its time changes (to the second).
        names = [self.user, *(f"spare{n}" for n in range(_SPARE_USERS))]
        users.write_text("".join(f"{name}:{{PLAIN}}{self.password}::::::\n" for name in names))
        users.chmod(0o644)
        self.config.write_text(
            f"""
protocols = imap
listen = {_LOOPBACK}
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.log}
info_log_path = {self.log}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:{mail}/%u
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {users}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={mail}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {_LOOPBACK}
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""
        )

    def start(self) -> None:
        """Start the server (again) and wait until it accepts connections."""
        if self.process is not None and self.process.poll() is None:
            return
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [self.binary, "-c", str(self.config), "-F"],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                # Own process group: the master leaves its imap/log/stats children behind
                # when it stops; killing the group ends them too.
                start_new_session=True,
            )
        _wait_for_port(self.port, self.process, self.log, "dovecot")

    def stop(self) -> None:
        """Stop the server; open IMAP connections are dropped."""
        if self.process is None or self.process.poll() is not None:
            return
        group = self.process.pid
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)

    def restart(self) -> None:
        """Stop and start again (same port, same mail)."""
        self.stop()
        self.start()

    def add_user(self) -> str:
        """Another mail user (the same password), with mail folders of their own: one never
        handed out before; its name."""
        self.spares_used += 1
        assert self.spares_used <= _SPARE_USERS, "raise _SPARE_USERS"
        return f"spare{self.spares_used - 1}"

    def connect(self, user: str | None = None) -> imaplib.IMAP4:
        """A logged-in imaplib connection to this server (as ``user``, else the tester)."""
        conn = imaplib.IMAP4(self.host, self.port, timeout=10)
        conn.login(user or self.user, self.password)
        return conn

    def append(
        self, folder: str, raw: bytes, when: datetime | None = None, user: str | None = None
    ) -> int:
        """Store one message in ``folder`` (created if needed) of ``user`` (else the
        tester); returns its UID.

        ``when`` is the arrival date (IMAP INTERNALDATE, what SEARCH SINCE looks at).
        """
        conn = self.connect(user)
        try:
            if folder.upper() != "INBOX":
                conn.create(_quote(folder))  # "already exists" is answered NO: fine
            typ, data = conn.append(
                _quote(folder),
                None,
                imaplib.Time2Internaldate(when) if when is not None else None,
                raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"),
            )
            if typ != "OK":
                raise RuntimeError(f"APPEND failed: {data!r}")
            # Dovecot answers OK [APPENDUID <uidvalidity> <uid>]
            text = b" ".join(d for d in data if isinstance(d, bytes)).decode()
            if "APPENDUID" in text:
                return int(text.split("APPENDUID", 1)[1].split("]")[0].split()[1])
            return 0
        finally:
            conn.logout()

    def uidvalidity(self, folder: str = "INBOX") -> int:
        """The folder's current UIDVALIDITY."""
        conn = self.connect()
        try:
            typ, data = conn.status(_quote(folder), "(UIDVALIDITY)")
            assert typ == "OK", data
            raw = data[0]
            assert isinstance(raw, bytes)
            return int(raw.decode().rsplit("UIDVALIDITY", 1)[1].strip(" )"))
        finally:
            conn.logout()

    def delete_folder(self, folder: str) -> None:
        """Delete a folder (not INBOX) with its mail; recreating it changes UIDVALIDITY."""
        conn = self.connect()
        try:
            conn.delete(_quote(folder))
        finally:
            conn.logout()

    def kick(self) -> None:
        """Drop every open IMAP connection of the user while the server keeps running."""
        doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
        subprocess.run(
            [doveadm, "-c", str(self.config), "kick", self.user],
            check=True,
            capture_output=True,
            timeout=20,
        )


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A throwaway Dovecot IMAP server on 127.0.0.1 (plain text, loopback only)."""
    binary = dovecot_binary()
    require(binary is not None, "dovecot is not installed (Debian package dovecot-imapd)")
    assert binary is not None
    require(
        _user_exists("dovenull") and _user_exists("nobody"),
        "dovecot's login user 'dovenull' or 'nobody' is missing",
    )
    server = DovecotServer(binary=binary, root=_service_dir("dovecot"), port=free_port())
    server.write_config()
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


# --- PostgreSQL --------------------------------------------------------------------------


def postgres_bindir() -> Path | None:
    """The folder of initdb/pg_ctl (newest installed PostgreSQL), or None."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
        reverse=True,
    )
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).resolve()))
    for initdb in candidates:
        folder = Path(initdb).parent
        if (folder / "pg_ctl").exists() and (folder / "postgres").exists():
            return folder
    return None


@dataclass
class PostgresServer:
    """A throwaway PostgreSQL cluster; see :func:`postgres_url`."""

    bindir: Path
    root: Path
    port: int
    superuser: str = "postgres"

    @property
    def data(self) -> Path:
        """The cluster's data folder."""
        return self.root / "data"

    def _as_postgres(self, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(
            ["runuser", "-u", "postgres", "--", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=self.root,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed:\n{result.stdout}\n{result.stderr}")

    def start(self) -> None:
        """initdb (first time) and start the server; returns once it accepts connections."""
        pg = pwd.getpwnam("postgres")
        if not self.data.exists():
            self.data.mkdir()
            os.chown(self.data, pg.pw_uid, pg.pw_gid)
            os.chown(self.root, pg.pw_uid, pg.pw_gid)
            self._as_postgres(
                str(self.bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                self.superuser,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            )
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses={_LOOPBACK} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=100"
        )
        self._as_postgres(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.root / "postgres.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        """Stop the server at once."""
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._as_postgres(
                str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
            )

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL of ``database`` on this server."""
        return f"postgresql+psycopg://{self.superuser}@{_LOOPBACK}:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE) as superuser."""
        import psycopg

        with psycopg.connect(
            host=_LOOPBACK, port=self.port, user=self.superuser, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql.encode())

    def create_database(self) -> str:
        """Create a new empty database; returns its name."""
        name = "t_" + uuid.uuid4().hex[:16]
        self.admin(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        """Drop a database even if connections are still open."""
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL cluster on 127.0.0.1 (trust authentication)."""
    bindir = postgres_bindir()
    require(bindir is not None, "PostgreSQL is not installed (Debian package postgresql)")
    assert bindir is not None
    require(_user_exists("postgres"), "the 'postgres' system user is missing")
    require(shutil.which("runuser") is not None, "runuser is missing")
    server = PostgresServer(bindir=bindir, root=_service_dir("postgres"), port=free_port())
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """URL (``postgresql+psycopg://``) of a fresh database shared by the whole session."""
    return postgres_server.url(postgres_server.create_database())


@pytest.fixture
def pg_db_url(postgres_server: PostgresServer) -> Iterator[str]:
    """URL of an empty database of this test alone, dropped afterwards."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


# --- Secret Service ----------------------------------------------------------------------


def _keyring_backends() -> list[object]:
    import keyring

    backend = keyring.get_keyring()
    children = getattr(backend, "backends", None)
    return list(children) if children is not None else [backend]


@pytest.fixture(scope="session")
def secret_service() -> str:
    """Assert that keyring talks to a real Secret Service; returns the backend's name.

    ``bash tests/run_all.sh`` provides one (D-Bus session + gnome-keyring).
    """
    backends = _keyring_backends()
    names = [f"{type(b).__module__}.{type(b).__name__}" for b in backends]
    real = [n for n in names if n == "keyring.backends.SecretService.Keyring"]
    require(
        bool(real) and bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")),
        f"no Secret Service keyring (backends: {names}); run the tests with "
        "'bash tests/run_all.sh', which starts D-Bus and gnome-keyring",
    )
    return real[0]


__all__ = [
    "IN_CI",
    "DovecotServer",
    "PostgresServer",
    "dovecot",
    "free_port",
    "pg_db_url",
    "postgres_server",
    "postgres_url",
    "secret_service",
]

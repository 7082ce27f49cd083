"""IMAP import with no keyring backend: the password for this run only, asked or on stdin.

Runs the real entry point in a subprocess against the throwaway Dovecot server; the
subprocess gets keyring's ``fail`` backend (what a server, WSL or a minimal desktop has).
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from linkrevive.services import secrets
from tests.helpers import dump
from tests.services import DovecotServer

pytestmark = pytest.mark.services

NO_KEYRING = "keyring.backends.fail.Keyring"


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    env.pop("LINKREVIVE_DEBUG", None)
    env.pop("LINKREVIVE_DB", None)
    return env


def _folder(server: DovecotServer, tmp_path: Path, n: int = 1) -> str:
    folder = "NoKeyring" + tmp_path.name[-6:].replace("-", "").replace("_", "")
    server.delete_folder(folder)
    conn = server.connect()
    conn.create(folder)
    conn.logout()
    for i in range(n):
        server.append(
            folder,
            (
                f"Message-ID: <nk{i}@imap>\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\n"
                f"From: Chloe Martin <chloe{i}@agence.example>\r\nTo: alex@me.example\r\n"
                "Subject: Projet\r\n\r\nbody\r\n"
            ).encode(),
        )
    return folder


def _args(server: DovecotServer, db: Path, folder: str, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "linkrevive", "--db", str(db), "import", "imap",
        "--host", server.host, "--port", str(server.port), "--user", server.user,
        "--folder", folder, "--me", "alex@me.example", *extra,
    ]  # fmt: skip


def test_password_stdin_without_keyring(dovecot: DovecotServer, tmp_path: Path) -> None:
    db = tmp_path / "leads.sqlite3"
    folder = _folder(dovecot, tmp_path)
    env = _env(PYTHON_KEYRING_BACKEND=NO_KEYRING)
    done = subprocess.run(
        _args(dovecot, db, folder, "--password-stdin"),
        input=dovecot.password + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "1 fetched" in done.stdout
    assert "for this run only; it was not stored" in done.stdout
    assert not any(dovecot.password in line for line in dump(db))
    # Without a terminal and without --password-stdin: one sentence saying what to do.
    again = subprocess.run(
        _args(dovecot, db, folder),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert again.returncode == 1
    assert "No password store (keyring) is available" in again.stderr
    assert "--password-stdin" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1


def test_wrong_password_on_stdin_is_refused_and_changes_nothing(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    db = tmp_path / "leads.sqlite3"
    folder = _folder(dovecot, tmp_path)
    done = subprocess.run(
        _args(dovecot, db, folder, "--password-stdin"),
        input="not-the-password\n",
        capture_output=True,
        text=True,
        env=_env(PYTHON_KEYRING_BACKEND=NO_KEYRING),
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "refused the user name or password" in done.stderr
    assert not db.exists()  # the database this failed command would have created is gone


def _run_on_a_terminal(args: list[str], env: dict[str, str], answer: str) -> tuple[int, str]:
    """Run ``args`` with a pseudo-terminal as stdin/stdout/stderr; type ``answer`` at the
    password prompt. Returns the exit code and everything the terminal showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        args, stdin=follower, stdout=follower, stderr=follower, env=env, start_new_session=True
    )
    os.close(follower)
    shown = b""
    typed = False
    deadline = time.monotonic() + 120  # a bound on a hung child, not a timing assertion
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1.0)
            if ready:
                try:
                    chunk = os.read(leader, 4096)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                shown += chunk
                if not typed and b"password" in shown.lower() and shown.rstrip().endswith(b":"):
                    os.write(leader, answer.encode() + b"\n")
                    typed = True
            elif process.poll() is not None:
                break
        code = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)
    return code, shown.decode(errors="replace")


def test_password_asked_on_a_terminal_without_keyring(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    db = tmp_path / "leads.sqlite3"
    folder = _folder(dovecot, tmp_path, n=2)
    env = _env(PYTHON_KEYRING_BACKEND=NO_KEYRING, COLUMNS="200")
    code, shown = _run_on_a_terminal(_args(dovecot, db, folder), env, dovecot.password)
    assert code == 0, shown
    assert "will not be remembered" in shown
    assert "2 fetched" in shown
    assert dovecot.password not in shown  # getpass does not echo it


def test_password_stdin_with_a_keyring_is_not_stored(
    dovecot: DovecotServer, secret_service: str, tmp_path: Path
) -> None:
    db = tmp_path / "leads.sqlite3"
    folder = _folder(dovecot, tmp_path)
    account = secrets.imap_account(dovecot.user, dovecot.host)
    secrets.delete_password(account)
    done = subprocess.run(
        _args(dovecot, db, folder, "--password-stdin"),
        input=dovecot.password + "\n",
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "1 fetched" in done.stdout
    assert secrets.available()
    assert secrets.get_password(account) is None  # a script's password stays its own

"""The keyring face against a real Secret Service (gnome-keyring in a private D-Bus session)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkrevive.domain.errors import InputError
from linkrevive.services import secrets
from tests.conftest import require

pytestmark = pytest.mark.services


@pytest.fixture
def account(secret_service: str) -> Iterator[str]:
    name = secrets.imap_account(f"test-{uuid.uuid4().hex[:8]}", "IMAP.Example.com")
    yield name
    secrets.delete_password(name)


def test_round_trip(account: str) -> None:
    assert account.startswith("imap:test-") and account.endswith("@imap.example.com")
    assert secrets.get_password(account) is None

    secrets.set_password(account, "première clé ✓")
    assert secrets.get_password(account) == "première clé ✓"

    secrets.set_password(account, "second")
    assert secrets.get_password(account) == "second"

    secrets.delete_password(account)
    assert secrets.get_password(account) is None
    secrets.delete_password(account)  # forgetting twice is fine


def test_accounts_are_separate(account: str) -> None:
    other = account + ".other"
    try:
        secrets.set_password(account, "one")
        secrets.set_password(other, "two")
        assert secrets.get_password(account) == "one"
        assert secrets.get_password(other) == "two"
    finally:
        secrets.delete_password(other)


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def test_password_never_lands_in_a_file_under_home(account: str) -> None:
    home = Path.home()
    # Only a throwaway HOME is small enough to read whole (tests/run_all.sh makes one).
    require(
        os.environ.get("LINKREVIVE_THROWAWAY_HOME") == str(home),
        "HOME is not the throwaway one of tests/run_all.sh",
    )
    password = "S3cret-" + uuid.uuid4().hex
    secrets.set_password(account, password)
    assert secrets.get_password(account) == password

    keyrings = home / ".local" / "share" / "keyrings"
    stored = _files_under(keyrings)
    assert stored, f"gnome-keyring keeps its keyrings in {keyrings}; none found there"
    needles = [password.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    leaks = [
        str(path) for path in _files_under(home) if any(n in path.read_bytes() for n in needles)
    ]
    assert leaks == []


def test_no_usable_keyring_is_a_clear_error(tmp_path: Path) -> None:
    # A real process configured with keyring's "fail" backend, as on a machine without one.
    code = (
        "from linkrevive.domain.errors import InputError\n"
        "from linkrevive.services import secrets\n"
        "for call in (lambda: secrets.get_password('a'), lambda: secrets.set_password('a', 'p'),"
        " lambda: secrets.delete_password('a')):\n"
        "    try:\n"
        "        call()\n"
        "    except InputError as exc:\n"
        "        print(exc.code)\n"
    )
    env = dict(
        os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", HOME=str(tmp_path)
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.split() == ["no_keyring"] * 3
    assert InputError("no_keyring").message().startswith("No password store")

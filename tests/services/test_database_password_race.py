"""The team database's password read while another process stores and removes it in the real
Secret Service: the read never fails (gnome-keyring answers ItemNotFoundException when an item
it just listed is removed before it is read; two commands opening the team database at once,
or a teammate changing the stored password, did that)."""

from __future__ import annotations

import subprocess
import sys
import uuid

import keyring
import pytest

from linkrevive.services import secrets

pytestmark = pytest.mark.services

_WRITER = """
import sys, keyring
service, account = sys.argv[1], sys.argv[2]
for _ in range(40):
    keyring.set_password(service, account, "s3cret")
    keyring.delete_password(service, account)
"""


def test_reads_while_the_password_comes_and_goes_never_fail(secret_service: str) -> None:
    user, host = f"test-{uuid.uuid4().hex[:8]}", "db.example"
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, secrets.DATABASE_SERVICE, f"{user}@{host}"]
    )
    try:
        read = [secrets.database_password(user, host) for _ in range(120)]
    finally:
        writer.wait(60)
    assert writer.returncode == 0
    assert set(read) <= {"s3cret", None}
    keyring.set_password(secrets.DATABASE_SERVICE, f"{user}@{host}", "s3cret")
    try:
        assert secrets.database_password(user, host) == "s3cret"
    finally:
        keyring.delete_password(secrets.DATABASE_SERVICE, f"{user}@{host}")

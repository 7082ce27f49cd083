"""The team database's password (issue 13, defect 6): never in a message, and it need not be
in the URL (keyring, PGPASSWORD, PGPASSFILE) — on the real PostgreSQL server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from linkrevive.cli.app import run
from linkrevive.domain.redact import redact
from tests.helpers import CliResult
from tests.services import PostgresServer, free_port

HOST = "127.0.0.1"


@dataclass
class Login:
    """A role that must give its password (scram-sha-256), with a database of its own."""

    user: str
    password: str
    database: str
    port: int

    def url(self, password: str | None = None, host: str = HOST, port: int | None = None) -> str:
        secret = f":{password}" if password is not None else ""
        return (
            f"postgresql+psycopg://{self.user}{secret}@{host}:{port or self.port}/{self.database}"
        )


@pytest.fixture
def login(postgres_server: PostgresServer) -> Iterator[Login]:
    """The session's server trusts every local login; this role alone needs its password
    (a pg_hba.conf line before the others, reloaded)."""
    tag = uuid.uuid4().hex[:10]
    found = Login(f"lr_pw_{tag}", f"Right-{tag}-pw", f"lr_db_{tag}", postgres_server.port)
    postgres_server.admin(f"CREATE ROLE {found.user} LOGIN PASSWORD '{found.password}'")
    postgres_server.admin(f"CREATE DATABASE {found.database} OWNER {found.user}")
    hba = postgres_server.data / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text(f"host all {found.user} {HOST}/32 scram-sha-256\n" + original)
    postgres_server.admin("SELECT pg_reload_conf()")
    try:
        yield found
    finally:
        hba.write_text(original)
        postgres_server.admin("SELECT pg_reload_conf()")
        postgres_server.drop_database(found.database)
        postgres_server.admin(f"DROP ROLE IF EXISTS {found.user}")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> CliResult:
    capsys.readouterr()
    code = run(list(args))
    captured = capsys.readouterr()
    return CliResult(code, captured.out, captured.err)


def _refused(result: CliResult, *secrets: str) -> str:
    assert result.code == 1, (result.out, result.err)
    text = result.out + result.err
    for secret in secrets:
        assert secret not in text
    assert "Traceback" not in text
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    return lines[0]


@pytest.fixture(autouse=True)
def _no_libpq_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("PGPASSWORD", "PGPASSFILE", "LINKREVIVE_DB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.pgpass of the user's


def test_a_wrong_password_is_never_printed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, login: Login
) -> None:
    wrong = "Wr0ng-s3cret-" + uuid.uuid4().hex[:6]
    error = _refused(_run(capsys, "--db", login.url(wrong), "people"), wrong, login.password)
    assert error.startswith(f"linkrevive: {login.url('***')}: the database could not be opened")
    assert "password authentication failed" in error
    # The same from LINKREVIVE_DB, for a writing command too.
    monkeypatch.setenv("LINKREVIVE_DB", login.url(wrong))
    _refused(_run(capsys, "people", "--format", "json"), wrong)
    _refused(_run(capsys, "match"), wrong)
    # No password anywhere: libpq's own refusal, still one sentence.
    monkeypatch.delenv("LINKREVIVE_DB")
    error = _refused(_run(capsys, "--db", login.url(), "people"), login.password)
    assert "password" in error


def test_a_wrong_host_or_port_never_prints_the_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, login: Login
) -> None:
    secret = login.password
    closed = login.url(secret, port=free_port())
    error = _refused(_run(capsys, "--db", closed, "people"), secret)
    assert "could not be opened" in error and "***" in error
    unknown = login.url(secret, host="no-such-host.invalid")
    _refused(_run(capsys, "--db", unknown, "import", "linkedin", "x.zip"), secret)
    monkeypatch.setenv("LINKREVIVE_DB", unknown)
    _refused(_run(capsys, "today"), secret)
    # A password with URL-special characters is masked whole.
    odd = "p%40ss:w0rd"
    _refused(_run(capsys, "--db", login.url(odd, port=free_port()), "people"), odd, "p@ss")


def test_the_password_can_come_from_pgpassword_or_pgpassfile(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, login: Login,
    tmp_path: Path,
) -> None:  # fmt: skip
    ok = _run(capsys, "--db", login.url(login.password), "people", "--format", "json")
    assert ok.code == 0, ok.err
    assert ok.out.strip() == "[]"
    monkeypatch.setenv("PGPASSWORD", login.password)
    ok = _run(capsys, "--db", login.url(), "people", "--format", "json")
    assert ok.code == 0, ok.err
    monkeypatch.delenv("PGPASSWORD")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{HOST}:{login.port}:*:{login.user}:{login.password}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    ok = _run(capsys, "--db", login.url(), "people", "--format", "json")
    assert ok.code == 0, ok.err
    assert login.password not in ok.out + ok.err


def test_the_password_can_come_from_the_keyring(
    capsys: pytest.CaptureFixture[str], login: Login, secret_service: str
) -> None:
    import keyring

    from linkrevive.services.secrets import DATABASE_SERVICE

    account = f"{login.user}@{HOST}"
    keyring.set_password(DATABASE_SERVICE, account, login.password)
    try:
        ok = _run(capsys, "--db", login.url(), "demo", "--as-of", "2026-03-20")
        assert ok.code == 0, ok.err
        listed = _run(capsys, "--db", login.url(), "people", "--format", "json")
        assert listed.code == 0 and len(listed.json()) > 5
        assert login.password not in ok.out + ok.err + listed.out + listed.err
    finally:
        keyring.delete_password(DATABASE_SERVICE, account)
    # Gone from the keyring: refused again, in one sentence.
    _refused(_run(capsys, "--db", login.url(), "people"), login.password)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("postgresql+psycopg://u:pw@h/db", "postgresql+psycopg://u:***@h/db"),
        ("at postgresql://u:p@ss@h:5432/db: failed", "at postgresql://u:***@h:5432/db: failed"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("https://www.linkedin.com/in/x", "https://www.linkedin.com/in/x"),
    ],
)
def test_redact_masks_url_passwords(text: str, expected: str) -> None:
    assert redact(text) == expected

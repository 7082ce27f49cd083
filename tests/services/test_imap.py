"""IMAP headers-only sync against a real throwaway Dovecot server."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest

from benchmarks.mail_dates import header_date
from linkrevive.domain.errors import Cancelled, InputError
from linkrevive.importers.imap import ImapState, is_loopback
from tests.imap_reading import ImapResult, fetch_headers
from tests.services import DovecotServer, free_port

pytestmark = pytest.mark.services


def _message(n: int, when: datetime, *, subject: str | None = None, extra: str = "") -> bytes:
    subject = subject if subject is not None else f"Projet {n}"
    return (
        f"From: Claire Martin <claire.martin@agence-{n}.fr>\n"
        f"To: Me <me@nearshore.ro>, Paul <paul@agence-{n}.fr>\n"
        f"Cc: contact@agence-{n}.fr\n"
        f"Subject: {subject}\n"
        f"Date: {header_date(when)}\n"
        f"Message-ID: <m{n}.{uuid.uuid4().hex}@agence.fr>\n"
        f"{extra}"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        f"BODY-SECRET-{n} this body must never be downloaded.\n"
    ).encode()


def _folder() -> str:
    return "T" + uuid.uuid4().hex[:10]


def _fill(server: DovecotServer, folder: str, numbers: range) -> list[int]:
    uids = []
    for n in numbers:
        when = datetime(2020 + n % 5, 1 + n % 12, 1 + n % 28, 9, 30, tzinfo=UTC)
        uids.append(server.append(folder, _message(n, when), when))
    return uids


def _sync(server: DovecotServer, folder: str, **kw: Any) -> ImapResult:
    return fetch_headers(
        server.host,
        server.port,
        server.user,
        server.password,
        folder,
        **kw,
    )


def test_first_sync_reads_every_header(dovecot: DovecotServer) -> None:
    folder = _folder()
    uids = _fill(dovecot, folder, range(1, 4))
    when = datetime(2024, 3, 5, 8, 0, tzinfo=UTC)
    uids.append(
        dovecot.append(
            folder,
            _message(
                9,
                when,
                subject="=?utf-8?q?Relance_=C3=A9t=C3=A9?=",
                extra="List-Unsubscribe: <mailto:u@list.fr>\n",
            ),
            when,
        )
    )
    seen: list[tuple[int, int]] = []

    result = fetch_headers(
        dovecot.host,
        dovecot.port,
        dovecot.user,
        dovecot.password,
        folder,
        since=None,
        state=None,
        progress=lambda done, total: seen.append((done, total)),
    )

    assert [r.line for r in result.records] == uids
    assert result.state == ImapState(dovecot.uidvalidity(folder), max(uids))
    assert result.full
    first = result.records[0]
    assert first.subject == "Projet 1"
    assert first.sender is not None
    assert (first.sender.name, first.sender.address) == (
        "Claire Martin",
        "claire.martin@agence-1.fr",
    )
    assert [a.address for a in first.recipients] == [
        "me@nearshore.ro",
        "paul@agence-1.fr",
        "contact@agence-1.fr",
    ]
    assert first.sent_at == datetime(2021, 2, 2, 9, 30, tzinfo=UTC)
    assert first.message_id.startswith("m1.")
    assert not first.is_bulk
    assert result.records[-1].subject == "Relance été"
    assert result.records[-1].is_bulk
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)


def test_bodies_are_never_downloaded_and_mail_stays_unread(dovecot: DovecotServer) -> None:
    folder = _folder()
    _fill(dovecot, folder, range(1, 3))

    result = _sync(dovecot, folder)

    assert all("BODY-SECRET" not in repr(r) for r in result.records)
    conn = dovecot.connect()
    try:
        conn.select(f'"{folder}"', readonly=True)
        typ, data = conn.uid("SEARCH", "UNSEEN")
        assert typ == "OK"
        assert len(data[0].split()) == 2
    finally:
        conn.logout()


def test_incremental_sync_fetches_only_new_mail(dovecot: DovecotServer) -> None:
    folder = _folder()
    _fill(dovecot, folder, range(1, 4))
    first = fetch_headers(
        dovecot.host, dovecot.port, dovecot.user, dovecot.password, folder, since=None, state=None
    )
    new_uids = _fill(dovecot, folder, range(4, 6))

    second = fetch_headers(
        dovecot.host,
        dovecot.port,
        dovecot.user,
        dovecot.password,
        folder,
        since=None,
        state=first.state,
    )

    assert [r.line for r in second.records] == new_uids
    assert [r.subject for r in second.records] == ["Projet 4", "Projet 5"]
    assert not second.full
    assert second.state == ImapState(first.state.uidvalidity, max(new_uids))

    # Nothing new: "UID n:*" matches the last message anyway; it must not come back.
    third = fetch_headers(
        dovecot.host,
        dovecot.port,
        dovecot.user,
        dovecot.password,
        folder,
        since=None,
        state=second.state,
    )
    assert third.records == []
    assert third.state == second.state


def test_changed_uidvalidity_refetches_everything(dovecot: DovecotServer) -> None:
    folder = _folder()
    _fill(dovecot, folder, range(1, 3))
    first = fetch_headers(
        dovecot.host, dovecot.port, dovecot.user, dovecot.password, folder, since=None, state=None
    )
    stale = ImapState(first.state.uidvalidity + 1000, first.state.last_uid)

    again = fetch_headers(
        dovecot.host, dovecot.port, dovecot.user, dovecot.password, folder, since=None, state=stale
    )

    assert [r.subject for r in again.records] == ["Projet 1", "Projet 2"]
    assert again.full
    assert again.state == first.state


def test_since_keeps_only_recent_mail(dovecot: DovecotServer) -> None:
    folder = _folder()
    for year in (2019, 2022, 2024):
        when = datetime(year, 6, 15, 12, 0, tzinfo=UTC)
        dovecot.append(folder, _message(year, when, subject=f"Mail {year}"), when)

    result = fetch_headers(
        dovecot.host,
        dovecot.port,
        dovecot.user,
        dovecot.password,
        folder,
        since=date(2022, 1, 1),
        state=None,
    )

    assert [r.subject for r in result.records] == ["Mail 2022", "Mail 2024"]


def test_the_arrival_dates_a_message_whose_sender_clock_is_wrong(dovecot: DovecotServer) -> None:
    # INTERNALDATE, when the message reached the mailbox, is fetched with the headers: a
    # Date two days or more after it is a sender's clock set wrong; a missing Date is dated
    # by it too. A Date within a day of it is the message's own.
    folder = _folder()
    arrived = datetime(2024, 5, 13, 7, 12, tzinfo=UTC)
    future = datetime(2099, 1, 1, 9, 0, tzinfo=UTC)
    dovecot.append(folder, _message(1, future, subject="Clock 2099"), arrived)
    undated = _message(2, arrived, subject="No date").replace(
        f"Date: {header_date(arrived)}\n".encode(), b""
    )
    dovecot.append(folder, undated, arrived)
    hours_ahead = datetime(2024, 5, 13, 20, 40, tzinfo=UTC)
    dovecot.append(folder, _message(3, hours_ahead, subject="Hours ahead"), arrived)

    result = _sync(dovecot, folder, since=None, state=None)

    assert {r.subject: r.sent_at for r in result.records} == {
        "Clock 2099": arrived,
        "No date": arrived,
        "Hours ahead": hours_ahead,
    }


def test_wrong_password_is_an_auth_error(dovecot: DovecotServer) -> None:
    with pytest.raises(InputError) as caught:
        fetch_headers(
            dovecot.host, dovecot.port, dovecot.user, "not-the-password", since=None, state=None
        )

    assert caught.value.code == "imap_auth"
    assert caught.value.detail == f"{dovecot.user}@{dovecot.host}"
    assert "not-the-password" not in str(caught.value)


def test_unknown_folder_is_reported(dovecot: DovecotServer) -> None:
    with pytest.raises(InputError) as caught:
        _sync(dovecot, "NoSuchFolder", since=None, state=None)

    assert caught.value.code == "imap_failed"
    assert "NoSuchFolder" in caught.value.detail


def test_refused_connection_is_reported() -> None:
    port = free_port()  # nobody listens there

    with pytest.raises(InputError) as caught:
        fetch_headers("127.0.0.1", port, "u", "p", since=None, state=None)

    assert caught.value.code == "imap_failed"
    assert "refused" in caught.value.detail


def test_server_dropping_the_connection_mid_fetch(dovecot: DovecotServer) -> None:
    folder = _folder()
    _fill(dovecot, folder, range(1, 6))
    batches: list[int] = []

    def stop_after_first_batch(done: int, total: int) -> None:
        if done:
            batches.append(done)
            dovecot.stop()

    try:
        with pytest.raises(InputError) as caught:
            fetch_headers(
                dovecot.host,
                dovecot.port,
                dovecot.user,
                dovecot.password,
                folder,
                since=None,
                state=None,
                progress=stop_after_first_batch,
                batch=2,
            )
    finally:
        dovecot.start()

    assert batches == [2]
    assert caught.value.code == "imap_failed"
    assert "dropped the connection" in caught.value.detail
    rerun = fetch_headers(
        dovecot.host, dovecot.port, dovecot.user, dovecot.password, folder, since=None, state=None
    )
    assert [r.subject for r in rerun.records] == [f"Projet {n}" for n in range(1, 6)]


def test_cancel_between_batches(dovecot: DovecotServer) -> None:
    folder = _folder()
    _fill(dovecot, folder, range(1, 4))
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        fetch_headers(
            dovecot.host,
            dovecot.port,
            dovecot.user,
            dovecot.password,
            folder,
            since=None,
            state=None,
            cancelled=cancelled,
            batch=2,
        )
    assert len(calls) == 2


def test_no_encryption_offered_is_refused_unless_plain_on_loopback(
    dovecot: DovecotServer,
) -> None:
    # This Dovecot has ssl = no: it offers no STARTTLS.
    with pytest.raises(InputError) as caught:
        _sync(dovecot, "INBOX", since=None, state=None, security="starttls")
    assert caught.value.code == "imap_failed"
    assert "refusing to send the password in clear" in caught.value.detail

    with pytest.raises(InputError) as caught:
        _sync(dovecot, "INBOX", since=None, state=None, security="ssl")
    assert caught.value.code == "imap_failed"

    # auto falls back to plain text on loopback only
    assert _sync(dovecot, "INBOX", since=None, state=None, security="auto") is not None
    assert _sync(dovecot, "INBOX", since=None, state=None, security="plain") is not None


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.8.9.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LocalHost", True),
        ("10.0.0.1", False),
        ("imap.example.com", False),
        ("localhost.example.com", False),
    ],
)
def test_is_loopback(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


def test_bad_security_option() -> None:
    with pytest.raises(InputError) as caught:
        fetch_headers("127.0.0.1", 1, "u", "p", since=None, state=None, security="tls13")
    assert caught.value.code == "bad_option"

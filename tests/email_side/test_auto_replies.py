"""An out-of-office reply is no sign of a project: from an mbox and from IMAP (real Dovecot),
whether its headers or only its subject tell, it is neither an exchange nor a why-now, and its
sender stays the person she is."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from linkrevive.services.contacts_import import import_mail
from linkrevive.services.workspace import Workspace
from tests.email_side import real_headers as mail
from tests.helpers import cli, query
from tests.imap_reading import fetch_headers
from tests.services import DovecotServer

START = datetime(2022, 3, 4, 9, 0, tzinfo=UTC)
#: Years later, the user's greeting to many gets the prospect's autoresponder.
LATER = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def _thread_then_autoreplies() -> list[mail.Message]:
    """A short conversation in 2022, then two out-of-office replies in November 2026."""
    return [
        mail.prospect_mail(1, START),
        mail.my_reply(1, START + timedelta(hours=3)),
        mail.out_of_office(LATER, "outlook"),
        mail.out_of_office(LATER + timedelta(days=1), "legacy"),
    ]


def _today(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, object]]:
    result = cli(capsys, db, "today", "--as-of", "2026-11-20", "--format", "json")
    assert result.code == 0, result.err
    rows: list[dict[str, object]] = result.json()
    return rows


def _check(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    # Only the 2022 conversation is stored; the prospect stays a person.
    assert query(db, "SELECT direction, substr(occurred_at, 1, 4) FROM exchange ORDER BY 2") == [
        ("in", "2022"),
        ("out", "2022"),
    ]
    assert query(db, "SELECT kind FROM person") == [("person",)]
    assert query(db, "SELECT count(*) FROM signal") == [(0,)]
    # Today may list her as due for a revisit, never with the autoresponder as why-now.
    for row in _today(capsys, db):
        assert "automatique" not in str(row["why_now"]) and "Absent" not in str(row["why_now"])
        assert str(row["why_now"]).startswith("Due for a revisit"), row
        assert "Bonne année" not in str(row["opener"])


def test_out_of_office_replies_in_an_mbox(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    mbox = mail.write_mbox(tmp_path / "Inbox.mbox", _thread_then_autoreplies())
    result = cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME)
    assert result.code == 0, result.err
    assert "2 exchanges" in result.out and "0 signals" in result.out
    _check(capsys, db_path)


@pytest.mark.services
def test_out_of_office_replies_over_imap(
    capsys: pytest.CaptureFixture[str], dovecot: DovecotServer, tmp_path: Path
) -> None:
    folder = "T" + uuid.uuid4().hex[:10]
    for message in _thread_then_autoreplies():
        dovecot.append(folder, message.raw(), message.when)
    found = fetch_headers(dovecot.host, dovecot.port, dovecot.user, dovecot.password, folder)
    # The legacy mark reaches the reader with the other header fields it asks for.
    assert {r.message_id: r.automated for r in found.records} == {
        "A1B2C3D4-1@agence-exemple.fr": "",
        "CAKmine1@mail.gmail.com": "",
        "ooo-outlook-20261102@agence-exemple.fr": "auto_reply",
        "ooo-legacy-20261103@agence-exemple.fr": "auto_reply",
    }
    db = tmp_path / "imap.sqlite3"
    workspace = Workspace.open(str(db))
    try:
        import_mail(workspace, found.records, source=f"imap://{folder}", fmt="imap", me=[mail.ME])
    finally:
        workspace.close()
    _check(capsys, db)


def test_an_autoresponder_first_never_hides_the_person_who_writes_later(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # The first mail of a new address is its out-of-office reply (Gmail's, marked
    # Auto-Submitted: auto-replied); weeks later, a mailbox read again holds her project.
    first = mail.write_mbox(tmp_path / "first.mbox", [mail.out_of_office(LATER, "outlook")])
    gmail = mail.out_of_office(LATER + timedelta(days=2), "legacy")
    gmail = mail.Message(
        (
            *(h for h in gmail.headers if not h.startswith("X-Autoreply")),
            "Auto-Submitted: auto-replied",
        ),
        gmail.body,
        gmail.when,
    )
    project = mail.prospect_mail(7, LATER + timedelta(days=12))
    second = mail.write_mbox(tmp_path / "second.mbox", [gmail, project])
    for mbox in (first, second):
        result = cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME)
        assert result.code == 0, result.err
        assert "0 automated" in result.out
    # She is a person among the prospects, her project mail is her exchange; the replies
    # are not (before, the first one made her an automated sender, and the project mail
    # was set aside as a robot's).
    assert query(db_path, "SELECT kind FROM person") == [("person",)]
    assert query(db_path, "SELECT subject FROM exchange") == [("Re: Refonte du site 7",)]
    people = cli(capsys, db_path, "people", "--format", "json")
    assert [p["emails"] for p in people.json()] == [[mail.PROSPECT]]


def test_a_persons_own_invitation_first_never_hides_her_later_mail(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # Her first mail in the user's box is an Outlook meeting invitation from her own address
    # (only its text/calendar part tells); a calendar service's stays a robot's.
    first = mail.write_mbox(
        tmp_path / "first.mbox",
        [mail.person_invitation(LATER), mail.calendar_invitation(LATER)],
    )
    second = mail.write_mbox(tmp_path / "second.mbox", [mail.prospect_mail(8, LATER)])
    for mbox in (first, second):
        assert cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME).code == 0
    kinds = query(db_path, "SELECT e.email, p.kind FROM person p JOIN person_email e "
                           "ON e.person_id = p.id ORDER BY e.email")  # fmt: skip
    assert kinds == [(mail.CALENDAR, "automated"), (mail.PROSPECT, "person")]
    assert query(db_path, "SELECT subject FROM exchange") == [("Re: Refonte du site 8",)]

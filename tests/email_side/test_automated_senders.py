"""Automated senders are never people: mbox, .eml folder and IMAP (real Dovecot), on
messages with the header sets real mail systems write; the user's word survives re-imports."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from linkrevive.domain.senders import AutomationReason
from linkrevive.importers.mailbox import iter_eml_folder, iter_mbox
from linkrevive.services.contacts_import import import_mail
from linkrevive.services.workspace import Workspace
from tests.email_side import real_headers as mail
from tests.helpers import cli
from tests.imap_reading import fetch_headers
from tests.services import DovecotServer

REASONS = {
    mail.NEWSLETTER: AutomationReason.LIST.value,  # List-Id outranks List-Unsubscribe
    mail.CALENDAR: AutomationReason.CALENDAR.value,
    mail.LIST_POSTER: AutomationReason.LIST.value,
    mail.BOUNCE: AutomationReason.BOUNCE.value,
    mail.LINKEDIN: AutomationReason.ADDRESS.value,
    mail.SAAS: AutomationReason.ADDRESS.value,
    mail.DIGEST: AutomationReason.BEHAVIOUR.value,
}


def _people(capsys: pytest.CaptureFixture[str], db: Path, *flags: str) -> dict[str, Any]:
    result = cli(capsys, db, "people", "--format", "json", *flags)
    assert result.code == 0, result.err
    return {row["emails"][0]: row for row in result.json()}


def _kinds(db: Path) -> dict[str, tuple[str, str]]:
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute(
            "SELECT e.email, p.kind, p.kind_reason FROM person p "
            "JOIN person_email e ON e.person_id = p.id"
        ).fetchall()
    finally:
        connection.close()
    return {email: (kind, reason) for email, kind, reason in rows}


def _exchanges(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute(
            "SELECT counterpart, count(*) FROM exchange GROUP BY counterpart"
        ).fetchall()
    finally:
        connection.close()
    return dict(rows)


def _check_classification(db: Path) -> None:
    kinds = _kinds(db)
    for address, reason in REASONS.items():
        assert kinds[address] == ("automated", reason), address
    assert kinds[mail.PROSPECT] == ("person", "")
    assert kinds[mail.AGENCY_BOX] == ("person", "")
    exchanges = _exchanges(db)
    # The prospect: two messages and the user's reply (her Outlook invitation is not an
    # exchange); the agency box's project mail counts; no robot is an exchange.
    assert exchanges == {mail.PROSPECT: 3, mail.AGENCY_BOX: 1}


def test_mbox_gmail_takeout_robots_are_automated_senders(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    mbox = mail.write_mbox(tmp_path / "All mail Including Spam and Trash.mbox", mail.mailbox())

    result = cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME)

    assert result.code == 0, result.err
    assert "7 automated" in result.out
    _check_classification(db_path)
    listed = _people(capsys, db_path)
    assert set(listed) == {mail.PROSPECT, mail.AGENCY_BOX}
    assert listed[mail.PROSPECT]["name"] == "Claire Martin"
    robots = _people(capsys, db_path, "--kind", "automated")
    assert set(robots) == set(REASONS)
    assert {row["kind"] for row in robots.values()} == {"automated"}
    assert robots[mail.NEWSLETTER]["name"] == "Blog du Modérateur"
    assert all(row["last_exchange"] is None for row in robots.values())
    everyone = _people(capsys, db_path, "--all")
    assert set(everyone) == set(REASONS) | {mail.PROSPECT, mail.AGENCY_BOX}
    assert everyone[mail.AGENCY_BOX]["kind"] == "shared"
    assert everyone[mail.PROSPECT]["kind"] == "person"


def test_eml_folder_gives_the_same_kinds(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    folder = mail.write_eml_folder(tmp_path / "export", mail.mailbox())

    result = cli(capsys, db_path, "import", "contacts", str(folder), "--me", mail.ME)

    assert result.code == 0, result.err
    _check_classification(db_path)


def test_message_reasons_in_mbox_and_eml(tmp_path: Path) -> None:
    messages = mail.mailbox()
    mbox = mail.write_mbox(tmp_path / "box.mbox", messages)
    eml = mail.write_eml_folder(tmp_path / "eml", messages)
    from_mbox = {(r.message_id, r.automated) for r in iter_mbox(mbox, "box.mbox")}
    from_eml = {(r.message_id, r.automated) for r in iter_eml_folder(eml, "eml")}
    assert from_mbox == from_eml
    by_id = dict(from_mbox)
    assert by_id["A1B2C3D4-1@agence-exemple.fr"] == ""  # Apple Mail, multipart/alternative
    assert by_id["invite-claire@agence-exemple.fr"] == "calendar"  # found in a MIME part
    assert by_id["calendar-20240310@google.com"] == "calendar"
    assert by_id["bounce-1@mx.google.com"] == "bounce"
    assert by_id["list-0@paris-web-exemple.org"] == "list"
    assert by_id["0.abc123@mail253.atl11.mcdlv.net"] == "list"
    assert by_id["0.li@ltx1-app1.prod.linkedin.com"] == "address"
    assert by_id["digest-0@frenchweb-exemple.fr"] == ""  # a robot only by behaviour


def test_this_is_a_person_survives_reimports(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    mbox = mail.write_mbox(tmp_path / "box.mbox", mail.mailbox())
    assert cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME).code == 0

    said = cli(capsys, db_path, "sender", "person", mail.DIGEST.upper())
    assert said.code == 0, said.err
    assert mail.DIGEST in said.out
    assert _kinds(db_path)[mail.DIGEST] == ("person", "")
    assert mail.DIGEST in _people(capsys, db_path)

    for _ in range(2):  # the same file again, twice: the user's word holds
        again = cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME)
        assert again.code == 0, again.err
        assert _kinds(db_path)[mail.DIGEST] == ("person", "")
        # Its emails are exchanges now (six digests).
        assert _exchanges(db_path)[mail.DIGEST] == 6
        assert _people(capsys, db_path)[mail.DIGEST]["last_exchange"] is not None


def test_this_is_an_automated_sender_drops_the_exchanges_and_holds(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    mbox = mail.write_mbox(tmp_path / "box.mbox", mail.mailbox())
    assert cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME).code == 0

    assert cli(capsys, db_path, "sender", "automated", mail.AGENCY_BOX).code == 0
    assert _kinds(db_path)[mail.AGENCY_BOX] == ("automated", "user")
    assert mail.AGENCY_BOX not in _exchanges(db_path)
    assert mail.AGENCY_BOX not in _people(capsys, db_path)

    assert cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME).code == 0
    assert _kinds(db_path)[mail.AGENCY_BOX] == ("automated", "user")
    assert mail.AGENCY_BOX not in _exchanges(db_path)


def test_a_word_on_an_address_not_yet_imported_holds_at_import(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    said = cli(capsys, db_path, "sender", "person", mail.NEWSLETTER)
    assert said.code == 0, said.err
    assert "next imports" in said.out
    mbox = mail.write_mbox(tmp_path / "box.mbox", mail.mailbox())
    assert cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME).code == 0
    assert _kinds(db_path)[mail.NEWSLETTER] == ("person", "")
    assert _exchanges(db_path)[mail.NEWSLETTER] == 3


def test_sender_command_rejects_a_non_address(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    result = cli(capsys, db_path, "sender", "person", "not-an-address")
    assert result.code != 0
    assert "not-an-address" in result.err and "Traceback" not in result.err


def test_a_robot_the_user_answers_is_a_person_a_noreply_is_not(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    start = mail.mailbox()[-1].when
    extra = [mail.my_reply(90, start, to=mail.DIGEST), mail.my_reply(91, start, to=mail.SAAS)]
    mbox = mail.write_mbox(tmp_path / "box.mbox", [*mail.mailbox(), *extra])
    assert cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME).code == 0
    kinds = _kinds(db_path)
    assert kinds[mail.DIGEST] == ("person", "")
    assert kinds[mail.SAAS] == ("automated", "address")
    assert mail.SAAS not in _exchanges(db_path)


def test_a_known_automated_sender_becomes_a_person_when_answered(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    first = mail.write_mbox(tmp_path / "first.mbox", mail.mailbox())
    assert cli(capsys, db_path, "import", "contacts", str(first), "--me", mail.ME).code == 0
    assert _kinds(db_path)[mail.LIST_POSTER][0] == "automated"
    later = mail.mailbox()[-1].when
    second = mail.write_mbox(
        tmp_path / "second.mbox", [mail.my_reply(92, later, to=mail.LIST_POSTER)]
    )
    assert cli(capsys, db_path, "import", "contacts", str(second), "--me", mail.ME).code == 0
    assert _kinds(db_path)[mail.LIST_POSTER] == ("person", "")
    assert _exchanges(db_path)[mail.LIST_POSTER] == 1


@pytest.mark.services
def test_imap_on_dovecot_fetches_the_headers_that_tell_robots(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    import uuid

    folder = "T" + uuid.uuid4().hex[:10]
    messages = mail.mailbox()
    for message in messages:
        dovecot.append(folder, message.raw(), message.when)

    result = fetch_headers(dovecot.host, dovecot.port, dovecot.user, dovecot.password, folder)

    by_id = {r.message_id: r.automated for r in result.records}
    assert len(by_id) == len(messages)
    assert by_id["A1B2C3D4-1@agence-exemple.fr"] == ""
    assert by_id["invite-claire@agence-exemple.fr"] == "calendar"  # from BODYSTRUCTURE
    assert by_id["calendar-20240310@google.com"] == "calendar"
    assert by_id["bounce-1@mx.google.com"] == "bounce"
    assert by_id["list-0@paris-web-exemple.org"] == "list"
    assert by_id["0.abc123@mail253.atl11.mcdlv.net"] == "list"
    assert by_id["saas-0@notify.trello-exemple.com"] == "address"

    workspace = Workspace.open(str(tmp_path / "imap.sqlite3"))
    try:
        report = import_mail(
            workspace, result.records, source=f"imap://{folder}", fmt="imap", me=[mail.ME]
        )
    finally:
        workspace.close()
    assert report.counts["automated"] == len(REASONS)
    _check_classification(tmp_path / "imap.sqlite3")


def _from_box(message: mail.Message, box: str) -> mail.Message:
    headers = tuple(
        f"From: Agence Exemple <{box}>" if h.startswith("From:") else h for h in message.headers
    )
    return mail.Message(headers, message.body, message.when)


def test_a_box_that_only_sends_newsletters_is_automated_until_it_writes(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """hello@ sending a newsletter is a robot; when the same box writes about a project, it
    is the company's box again and the message counts."""
    box = "hello@agence-exemple.fr"
    start = mail.mailbox()[0].when
    letters = [_from_box(mail.takeout_newsletter(n, start), box) for n in range(3)]
    first = mail.write_mbox(tmp_path / "first.mbox", letters)
    assert cli(capsys, db_path, "import", "contacts", str(first), "--me", mail.ME).code == 0
    assert _kinds(db_path)[box] == ("automated", "list")

    project = _from_box(mail.agency_box_mail(start), box)
    second = mail.write_mbox(tmp_path / "second.mbox", [project])
    assert cli(capsys, db_path, "import", "contacts", str(second), "--me", mail.ME).code == 0
    assert _kinds(db_path)[box] == ("person", "")
    assert _exchanges(db_path)[box] == 1
    assert _people(capsys, db_path, "--kind", "shared")[box]["kind"] == "shared"


def _newsletter_from(message: mail.Message, sender: str) -> mail.Message:
    """A Mailchimp newsletter sent from a person's own address (an agency's founder)."""
    headers = tuple(
        f"From: Claire Martin <{sender}>" if h.startswith("From:") else h
        for h in message.headers
        if not h.startswith("List-Id")  # a campaign tool's list, not a mailing list
    )
    return mail.Message(headers, message.body, message.when)


@pytest.mark.parametrize("split", [False, True], ids=["one import", "two imports"])
def test_how_the_mail_is_split_into_imports_never_decides_who_a_sender_is(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, split: bool
) -> None:
    """Her newsletters (campaign headers), then her own message about a project: a person
    with that exchange, whether both came in one mailbox or the newsletters an import
    earlier (before, the later import set her message aside as a robot's)."""
    start = mail.mailbox()[0].when
    letters = [_newsletter_from(mail.takeout_newsletter(n, start), mail.PROSPECT) for n in range(3)]
    project = mail.prospect_mail(9, start + timedelta(days=30))
    parts = [letters, [project]] if split else [[*letters, project]]
    for n, part in enumerate(parts):
        mbox = mail.write_mbox(tmp_path / f"part{n}.mbox", part)
        assert cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME).code == 0
        if split and n == 0:
            assert _kinds(db_path)[mail.PROSPECT] == ("automated", "bulk")
    assert _kinds(db_path)[mail.PROSPECT] == ("person", "")
    assert _exchanges(db_path) == {mail.PROSPECT: 1}


@pytest.mark.parametrize("split", [False, True], ids=["one import", "two imports"])
def test_a_robot_writing_without_campaign_headers_stays_one_either_way(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, split: bool
) -> None:
    """A campaign sender whose next six mails, without the campaign headers, are all alike
    and never answered: a robot by its behaviour, in one import or two."""
    start = mail.mailbox()[0].when
    sender = "redaction@hebdo-exemple.fr"
    letters = [_newsletter_from(mail.takeout_newsletter(n, start), sender) for n in range(3)]
    plain = [
        mail.Message(
            tuple(h.replace(mail.DIGEST, sender) for h in mail.digest(n, start).headers),
            "<p>Hebdo</p>\n",
            start + timedelta(days=n + 1),
        )
        for n in range(6)
    ]
    parts = [letters, plain] if split else [[*letters, *plain]]
    for n, part in enumerate(parts):
        mbox = mail.write_mbox(tmp_path / f"part{n}.mbox", part)
        assert cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME).code == 0
    assert _kinds(db_path)[sender][0] == "automated"
    assert sender not in _exchanges(db_path)

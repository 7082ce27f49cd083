"""An address the user names as theirs after a mailbox was read is taken back from the person
that import made of it: the user's own mail stored as that person's goes, and so does the
person unless it holds something of the user's (notes, another address). Through the import's
``--me`` and through the settings (real SQLite file, the product's command line)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from linkrevive.domain.enums import Channel, Direction, Stage
from linkrevive.services import contacts_import, leads
from linkrevive.services.workspace import Workspace
from linkrevive.storage import people_repo
from tests.helpers import cli, query

ME = "alex.martin@nearshore.example"
OLD = "alex@oldagency.example"  # the user's address at a former job
CLAIRE, PAUL = "claire@studio-ocre.example", "paul@atelier-roy.example"


def _message(n: int, sender: str, to: str, day: int, subject: str) -> str:
    date = f"{['Tue', 'Wed', 'Thu', 'Fri'][day - 14]}, {day} Mar 2023 09:00:00 +0000"
    return (
        f"From - {date}\nMessage-ID: <m{n}@mail.example>\nDate: {date}\nFrom: {sender}\n"
        f"To: {to}\nSubject: {subject}\n\nbody\n\n"
    )


@pytest.fixture
def archives(tmp_path: Path) -> Path:
    return write_archives(tmp_path)


def write_archives(folder: Path) -> Path:
    """An mbox of another name than a sent folder's, holding mail of the former address."""
    path = folder / "Archives"
    path.write_text(
        _message(1, f"Alex Martin <{OLD}>", f"Claire Vasseur <{CLAIRE}>", 14, "Proposition")
        + _message(2, f"Claire Vasseur <{CLAIRE}>", f"Alex Martin <{OLD}>", 16, "Re: Proposition")
        + _message(3, f"Alex Martin <{OLD}>", f"Paul Roy <{PAUL}>", 17, "Devis"),
        encoding="utf-8",
    )
    return path


def _people(capsys: pytest.CaptureFixture[str], db: Path) -> list[tuple[str, list[str]]]:
    people = cli(capsys, db, "people", "--all", "--format", "json").json()
    return [(p["name"], p["emails"]) for p in people]


def _exchanges(db: Path) -> list[tuple[Any, ...]]:
    return query(
        db, "SELECT counterpart, direction, subject FROM exchange ORDER BY occurred_at, counterpart"
    )


def _read_before_it_was_mine(capsys: pytest.CaptureFixture[str], db: Path, archives: Path) -> None:
    result = cli(capsys, db, "import", "contacts", str(archives), "--me", ME)
    assert result.code == 0, result.err
    # Not knowing the address, the import made a person of it: the user, by name.
    assert ("Alex Martin", [OLD]) in _people(capsys, db)


def test_naming_it_on_import_removes_the_person_and_reads_the_mail_as_mine(
    capsys: pytest.CaptureFixture[str], db_path: Path, archives: Path
) -> None:
    _read_before_it_was_mine(capsys, db_path, archives)
    result = cli(capsys, db_path, "import", "contacts", str(archives), "--me", OLD)
    assert result.code == 0, result.err
    assert (
        f"Alex Martin <{OLD}>: one of your own addresses, taken for someone else by an earlier "
        "import: that person is removed, and the mail sent from it counts as yours."
    ) in result.out
    assert "problem" not in result.err
    assert _people(capsys, db_path) == [
        ("Claire Vasseur", [CLAIRE]),
        ("Paul Roy", [PAUL]),
    ]
    assert _exchanges(db_path) == [
        (CLAIRE, "out", "Proposition"),
        (CLAIRE, "in", "Re: Proposition"),
        (PAUL, "out", "Devis"),
    ]
    # Nothing is left of the person: no signal, no pair, no address.
    assert query(db_path, "SELECT count(*) FROM signal WHERE person_id NOT IN "
                 "(SELECT id FROM person)") == [(0,)]  # fmt: skip
    # A later import says nothing more: the address is the user's, remembered.
    again = cli(capsys, db_path, "import", "contacts", str(archives))
    assert again.code == 0 and "own addresses" not in again.out


def test_a_person_holding_my_notes_keeps_them_without_the_address(
    capsys: pytest.CaptureFixture[str], db_path: Path, archives: Path
) -> None:
    _read_before_it_was_mine(capsys, db_path, archives)
    [(person_id,)] = query(db_path, f"SELECT person_id FROM person_email WHERE email = '{OLD}'")
    workspace = Workspace.open(str(db_path))
    try:
        leads.set_notes(workspace, person_id, "Met at the Lyon fair")
        held = contacts_import.held_by_people(workspace, [OLD.upper(), ME])
        assert [(h.email, h.name, h.exchanges, h.keeps_person) for h in held] == [
            (OLD, "Alex Martin", 2, True)
        ]
        taken = contacts_import.set_me(workspace, [ME, OLD])
        assert [h.email for h in taken] == [OLD]
        assert contacts_import.get_me(workspace) == [ME, OLD]
    finally:
        workspace.close()
    assert query(db_path, f"SELECT notes FROM person WHERE id = {person_id}") == [
        ("Met at the Lyon fair",)
    ]
    assert query(db_path, f"SELECT count(*) FROM person_email WHERE person_id = {person_id}") == [
        (0,)
    ]
    # The mail stored under the address went; Claire's reply stays hers.
    assert _exchanges(db_path) == [(CLAIRE, "in", "Re: Proposition")]
    # Read again, the mail is the user's: the prospects have what they were sent.
    result = cli(capsys, db_path, "import", "contacts", str(archives))
    assert result.code == 0, result.err
    assert _exchanges(db_path) == [
        (CLAIRE, "out", "Proposition"),
        (CLAIRE, "in", "Re: Proposition"),
        (PAUL, "out", "Devis"),
    ]


def test_an_address_nobody_holds_is_only_remembered(db_path: Path) -> None:
    workspace = Workspace.open(str(db_path))
    try:
        assert contacts_import.held_by_people(workspace, [OLD, "not an address"]) == []
        assert contacts_import.set_me(workspace, [OLD]) == []
        assert contacts_import.get_me(workspace) == [OLD]
    finally:
        workspace.close()


#: Each kind of thing of the user's that keeps a person once the address is taken back.
_KEPT_FOR: dict[str, Callable[[Workspace, int], object]] = {
    "nothing": lambda workspace, pid: None,
    "notes": lambda workspace, pid: leads.set_notes(workspace, pid, "Met in Lyon"),
    "a stage": lambda workspace, pid: leads.set_stage(workspace, [pid], stage=Stage.VISIT),
    "a lead state": lambda workspace, pid: leads.dismiss(workspace, pid),
    "a logged call": lambda workspace, pid: leads.log_exchange(
        workspace, pid, when=datetime(2023, 4, 2, tzinfo=UTC),
        direction=Direction.OUT, channel=Channel.CALL,
    ),
    "another address": lambda workspace, pid: _add_address(workspace, pid),
}  # fmt: skip


def _add_address(workspace: Workspace, person_id: int) -> None:
    with workspace.database.session(write=True) as session:
        people_repo.add_emails(session, person_id, ["alex.m@gmail.com"])


@pytest.mark.parametrize("what", list(_KEPT_FOR))
def test_what_keeps_the_person(
    capsys: pytest.CaptureFixture[str], db_path: Path, archives: Path, what: str
) -> None:
    _read_before_it_was_mine(capsys, db_path, archives)
    [(person_id,)] = query(db_path, f"SELECT person_id FROM person_email WHERE email = '{OLD}'")
    workspace = Workspace.open(str(db_path))
    try:
        _KEPT_FOR[what](workspace, person_id)
        [held] = contacts_import.held_by_people(workspace, [OLD])
        assert (held.name, held.exchanges, held.keeps_person) == (
            "Alex Martin",
            2,
            what != "nothing",
        )
        contacts_import.set_me(workspace, [ME, OLD])
    finally:
        workspace.close()
    kept = query(db_path, f"SELECT count(*) FROM person WHERE id = {person_id}")
    assert kept == [(0,)] if what == "nothing" else kept == [(1,)]
    assert query(db_path, f"SELECT count(*) FROM person_email WHERE email = '{OLD}'") == [(0,)]

"""A member who changes the address of their profile (LinkedIn lets anyone pick a new slug):
the next export is not a new connection and a removal but the same connection, whose pairing,
history and messages stay with it, and whose messages, given again under the new address, are
not doubled — in whichever order the two exports are imported; on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, connections_csv, messages_csv, query, write_export

OLD = "https://www.linkedin.com/in/ana-pop"
NEW = "https://www.linkedin.com/in/ana-pop-7b2c9"
OWNER = "https://www.linkedin.com/in/ioana-owner"
OTHERS = [
    (f"Paul{i}", f"Vlad{i}", f"https://www.linkedin.com/in/pv{i}", "", "Studio", "Dev",
     "06 Jan 2020")
    for i in range(30)
]  # fmt: skip


def _message(url: str, when: str, subject: str, *, sent: bool = False) -> dict[str, str]:
    sender, recipient = (OWNER, url) if sent else (url, OWNER)
    return {"CONVERSATION ID": f"c-{url[-4:]}", "FROM": "x", "SENDER PROFILE URL": sender,
            "TO": "y", "RECIPIENT PROFILE URLS": recipient, "DATE": when, "SUBJECT": subject,
            "IS MESSAGE DRAFT": "No"}  # fmt: skip


def _export(folder: Path, stamp: str, ana: str, messages: list[dict[str, str]]) -> Path:
    ana_row = ("Ana", "Pop", ana, "", "Agence Web", "CEO", "05 Jan 2020")
    other = [_message(OTHERS[0][2], "2024-01-02 10:00:00 UTC", "Bonjour")]
    return write_export(folder, stamp, {
        "Connections.csv": connections_csv([ana_row, *OTHERS]),
        "messages.csv": messages_csv(messages + other),
    })  # fmt: skip


@pytest.fixture
def exports(tmp_path: Path) -> tuple[Path, Path]:
    earlier = [
        _message(OLD, "2023-05-02 09:00:00 UTC", "Projet"),
        _message(OLD, "2023-05-02 10:30:00 UTC", "Re: Projet", sent=True),
    ]
    # The newer export gives every earlier message again, under Ana's new address, and a new one.
    later = [_message(NEW, m["DATE"], m["SUBJECT"], sent=m["SENDER PROFILE URL"] == OWNER)
             for m in earlier]  # fmt: skip
    later.append(_message(NEW, "2025-06-01 08:00:00 UTC", "Nouveau projet"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    return (
        _export(tmp_path / "a", "01-10-2024", OLD, earlier),
        _export(tmp_path / "b", "06-10-2025", NEW, later),
    )


def _ana(db: Path) -> list[tuple[str, str]]:
    return query(db, "SELECT url, status FROM profile WHERE last_name = 'Pop'")


def _her_messages(db: Path) -> list[tuple[str, str, str]]:
    return query(
        db,
        "SELECT substr(e.occurred_at, 1, 16), e.direction, e.subject FROM exchange e "
        "JOIN profile p ON p.id = e.profile_id WHERE p.last_name = 'Pop' "
        "ORDER BY e.occurred_at",
    )


EXPECTED = [
    ("2023-05-02 09:00", "in", "Projet"),
    ("2023-05-02 10:30", "out", "Re: Projet"),
    ("2025-06-01 08:00", "in", "Nouveau projet"),
]


def test_the_newer_export_moves_the_connection_to_its_new_address(
    exports: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "renamed.sqlite3"
    sheet = tmp_path / "leads.csv"
    sheet.write_text("Prénom;Nom;E-mail;Société\nAna;Pop;ana@agenceweb.example;Agence Web\n")
    assert cli(capsys, db, "import", "linkedin", str(exports[0])).code == 0
    assert cli(capsys, db, "import", "contacts", str(sheet)).code == 0
    assert cli(capsys, db, "match").code == 0
    (pair,) = cli(capsys, db, "pairs", "--format", "json").json()
    assert pair["linkedin_url"] == OLD
    found = cli(capsys, db, "import", "linkedin", str(exports[1]))
    assert found.code == 0, found.err
    assert "0 new, 0 updated, 31 unchanged, 0 removed" in found.out
    assert "1 renamed" in found.out
    assert _ana(db) == [(NEW, "current")]
    # The pairing followed her; her messages are there once each, the new one among them.
    (pair,) = cli(capsys, db, "pairs", "--format", "json").json()
    assert pair["linkedin_url"] == NEW and pair["status"] == "auto"
    assert _her_messages(db) == EXPECTED
    signals = cli(capsys, db, "signals", "--format", "json").json()
    assert [(s["date"][:10], s["linkedin_url"]) for s in signals if s["name"] == "Ana Pop"] == [
        ("2025-06-01", NEW),
        ("2023-05-02", NEW),
    ]


def test_an_older_export_read_after_adds_no_second_ana(
    exports: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "older-after.sqlite3"
    for export in reversed(exports):
        result = cli(capsys, db, "import", "linkedin", str(export))
        assert result.code == 0, result.err
    assert _ana(db) == [(NEW, "current")]  # the newest address stays
    assert _her_messages(db) == EXPECTED


def _connections(folder: Path, stamp: str, *rows: tuple[str, str, str, str]) -> Path:
    """An export of ``(first, last, URL, connected on)`` rows beside the thirty others."""
    folder.mkdir(exist_ok=True)
    full = [(first, last, url, "", "Agence Web", "CEO", day) for first, last, url, day in rows]
    return write_export(folder, stamp, {"Connections.csv": connections_csv([*full, *OTHERS])})


def test_a_married_name_with_a_new_address_is_the_same_connection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "married.sqlite3"
    before = _connections(tmp_path / "a", "01-10-2024",
                          ("Marie", "Dupont", "https://www.linkedin.com/in/marie-dupont",
                           "03 Mar 2019"))  # fmt: skip
    after = _connections(tmp_path / "b", "06-10-2025",
                         ("Marie", "Martin", "https://www.linkedin.com/in/marie-martin-4f2",
                          "03 Mar 2019"))  # fmt: skip
    assert cli(capsys, db, "import", "linkedin", str(before)).code == 0
    found = cli(capsys, db, "import", "linkedin", str(after))
    assert "0 new, 1 updated, 30 unchanged, 0 removed" in found.out and "1 renamed" in found.out
    assert query(db, "SELECT first_name, last_name, url, status FROM profile "
                     "WHERE first_name = 'Marie'") == [
        ("Marie", "Martin", "https://www.linkedin.com/in/marie-martin-4f2", "current")
    ]  # fmt: skip


def test_two_people_of_one_day_told_apart_by_nothing_are_not_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "two.sqlite3"
    day = "03 Mar 2019"
    before = _connections(tmp_path / "a", "01-10-2024",
                          ("Marie", "Dupont", "https://www.linkedin.com/in/md", day),
                          ("Marie", "Roy", "https://www.linkedin.com/in/mr", day))  # fmt: skip
    after = _connections(tmp_path / "b", "06-10-2025",
                         ("Marie", "Martin", "https://www.linkedin.com/in/mm", day),
                         ("Marie", "Lenoir", "https://www.linkedin.com/in/ml", day))  # fmt: skip
    assert cli(capsys, db, "import", "linkedin", str(before)).code == 0
    found = cli(capsys, db, "import", "linkedin", str(after))
    assert "2 new, 0 updated, 30 unchanged, 2 removed" in found.out
    assert "renamed" not in found.out


def test_connected_again_under_a_new_address_is_a_reconnection_not_a_new_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "again.sqlite3"
    before = _connections(tmp_path / "a", "01-10-2024",
                          ("Ana", "Pop", OLD, "05 Jan 2020"))  # fmt: skip
    after = _connections(tmp_path / "b", "06-10-2025",
                         ("Ana", "Pop", NEW, "02 May 2025"))  # fmt: skip
    assert cli(capsys, db, "import", "linkedin", str(before)).code == 0
    found = cli(capsys, db, "import", "linkedin", str(after))
    assert "0 new" in found.out and "0 removed" in found.out and "1 renamed" in found.out
    assert _ana(db) == [(NEW, "current")]
    kinds = [s["kind"] for s in cli(capsys, db, "signals", "--format", "json").json()]
    assert kinds == ["reconnected"]


def test_a_name_borne_by_someone_else_too_is_not_followed_across_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two Ana Pop: the one who left is not taken for the newcomer of another day, since
    # the name is not hers alone.
    db = tmp_path / "two-anas.sqlite3"
    stay = ("Ana", "Pop", "https://www.linkedin.com/in/ana-pop-cluj", "01 Feb 2021")
    before = _connections(tmp_path / "a", "01-10-2024", ("Ana", "Pop", OLD, "05 Jan 2020"), stay)
    after = _connections(tmp_path / "b", "06-10-2025", ("Ana", "Pop", NEW, "02 May 2025"), stay)
    assert cli(capsys, db, "import", "linkedin", str(before)).code == 0
    found = cli(capsys, db, "import", "linkedin", str(after))
    assert "1 new" in found.out and "1 removed" in found.out and "renamed" not in found.out

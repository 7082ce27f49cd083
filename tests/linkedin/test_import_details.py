"""LinkedIn import details: line numbers, message dates and keys, repeated messages, exports
without profile URLs followed by exports with them."""

from __future__ import annotations

import gc
import hashlib
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from linkrevive.importers.linkedin import parse_connections, parse_invitations, parse_messages
from linkrevive.services.workspace import gc_paused
from tests.helpers import PREAMBLE, cli, connections_csv, messages_csv, write_export

OWNER = "https://www.linkedin.com/in/claire-vendeuse"
ANNE = "https://www.linkedin.com/in/anne-lef%C3%A8vre"
BRUNO = "https://www.linkedin.com/in/bruno-marchal"
RECRUITER = "https://www.linkedin.com/in/recruteur-inconnu"


def _message(sender: str, url: str, to: str, to_url: str, when: str, **more: str) -> dict[str, str]:
    return {"CONVERSATION ID": more.get("conversation", "2-abc=="), "FROM": sender,
            "SENDER PROFILE URL": url, "TO": to, "RECIPIENT PROFILE URLS": to_url,
            "DATE": when, "SUBJECT": more.get("subject", ""), "CONTENT": "…",
            "FOLDER": "INBOX"}  # fmt: skip


def test_line_numbers_stay_right_after_a_cell_on_several_lines() -> None:
    text = (
        PREAMBLE
        + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + f'Anne,Lefèvre,{ANNE},,Pixel Bleu,"Développeuse\nfront-end",03 Feb 2019\n'
        + f"Bruno,Marchal,{BRUNO},,Studio Kôdé,CTO,31 Feb 2020\n"
    )
    rows, issues = parse_connections(text, "Connections.csv")
    header_line = PREAMBLE.count("\n") + 1
    assert [(r.first_name, r.position, r.line) for r in rows] == [
        ("Anne", "Développeuse\nfront-end", header_line + 1)
    ]
    # Bruno's row starts two lines after Anne's, whose position spans two lines.
    assert [(i.line, i.code) for i in issues] == [(header_line + 3, "bad_date")]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-01-31 09:15:00 UTC", datetime(2024, 1, 31, 9, 15, tzinfo=UTC)),
        ("2024-01-31 09:15:00", datetime(2024, 1, 31, 9, 15, tzinfo=UTC)),
        (" 2024-01-31 09:15:07 UTC ", datetime(2024, 1, 31, 9, 15, 7, tzinfo=UTC)),
        ("2024-01-31T09:15:00+02:00", datetime(2024, 1, 31, 7, 15, tzinfo=UTC)),
        ("2024/01/31 09:15:00 UTC", datetime(2024, 1, 31, 9, 15, tzinfo=UTC)),
        ("1/31/24, 9:15 AM", datetime(2024, 1, 31, 9, 15, tzinfo=UTC)),
        ("2024-02-30 09:15:00 UTC", None),
        ("hier", None),
    ],
)
def test_message_dates(raw: str, expected: datetime | None) -> None:
    text = messages_csv([_message("Anne Lefèvre", ANNE, "Claire Vendeuse", OWNER, raw)])
    rows, issues = parse_messages(text, "messages.csv")
    if expected is None:
        assert rows == [] and [i.code for i in issues] == ["bad_date"]
    else:
        assert [r.sent_at for r in rows] == [expected]
        assert rows[0].sent_at.tzinfo is UTC


def _export(folder: Path, stamp: str, messages: list[dict[str, str]]) -> Path:
    connections = connections_csv(
        [
            ("Anne", "Lefèvre", ANNE, "", "Pixel Bleu SARL", "Développeuse", "03 Feb 2019"),
            ("Bruno", "Marchal", BRUNO, "", "Studio Kôdé", "CTO", "11 Jun 2020"),
        ]
    )
    return write_export(
        folder, stamp, {"Connections.csv": connections, "messages.csv": messages_csv(messages)}
    )


EARLIER = [
    _message("Anne Lefèvre", ANNE, "Claire Vendeuse", OWNER, "2024-05-02 10:00:00 UTC",
             subject="Devis"),
    _message("Claire Vendeuse", OWNER, "Anne Lefèvre", ANNE, "2024-05-03 10:00:00 UTC"),
    _message("Recruteur Inconnu", RECRUITER, "Claire Vendeuse", OWNER, "2024-06-01 10:00:00 UTC",
             conversation="2-rec=="),
]  # fmt: skip
LATER = _message(
    "Bruno Marchal", BRUNO, "Claire Vendeuse", OWNER, "2025-11-20 16:45:00 UTC",
    conversation="2-new==", subject="Nouveau projet",
)  # fmt: skip


def test_a_newer_export_repeating_its_messages_adds_only_the_new_ones(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    first = _export(tmp_path, "01-15-2025", EARLIER)
    second = _export(tmp_path, "03-15-2026", [*EARLIER, LATER])
    assert cli(capsys, db_path, "import", "linkedin", str(first)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(second)).code == 0
    db = sqlite3.connect(db_path)
    exchanges = db.execute(
        "SELECT p.url, e.direction, e.occurred_at FROM exchange e "
        "JOIN profile p ON p.id = e.profile_id ORDER BY e.occurred_at"
    ).fetchall()
    recruiter = db.execute("SELECT status FROM profile WHERE url = ?", (RECRUITER,)).fetchall()
    db.close()
    assert exchanges == [
        (ANNE, "in", "2024-05-02 10:00:00.000000"),
        (ANNE, "out", "2024-05-03 10:00:00.000000"),
        (RECRUITER, "in", "2024-06-01 10:00:00.000000"),
        (BRUNO, "in", "2025-11-20 16:45:00.000000"),
    ]
    # Somebody known only from messages is kept once, as such.
    assert recruiter == [("message",)]
    signals = cli(capsys, db_path, "signals", "--kind", "linkedin_message", "--format", "json")
    assert sorted((s["name"], s["date"][:10]) for s in signals.json()) == [
        ("Anne Lefèvre", "2024-05-02"),
        ("Bruno Marchal", "2025-11-20"),
        ("Recruteur Inconnu", "2024-06-01"),
    ]


def test_message_keys_never_change(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # Databases filled by earlier versions must recognise the same messages: the key of a
    # message is a hash of conversation, UTC time, sender and counterpart, and stays so.
    export = _export(tmp_path, "01-15-2025", EARLIER[:1])
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    db = sqlite3.connect(db_path)
    keys = db.execute("SELECT source_key FROM exchange").fetchall()
    signal_keys = db.execute("SELECT source_key FROM signal").fetchall()
    db.close()
    text = f"li:2-abc==:2024-05-02T10:00:00+00:00:{ANNE}:{ANNE}"
    expected = "li:" + hashlib.blake2b(text.encode(), digest_size=12).hexdigest()
    assert keys == [(expected,)]
    assert signal_keys == [("sig:" + expected,)]


def test_an_export_without_urls_then_one_with_them_keeps_one_profile_each(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # Exports of 2021 to mid-2023 have no URL column: those connections are known by name
    # until an export with URLs arrives, which takes them over instead of adding twins.
    without_urls = write_export(
        tmp_path,
        "06-01-2022",
        {
            "Connections.csv": PREAMBLE
            + "First Name,Last Name,Email Address,Company,Position,Connected On\n"
            + "Anne,Lefèvre,,Pixel Bleu SARL,Développeuse,03 Feb 2019\n"
            + "Bruno,Marchal,,Studio Kôdé,CTO,11 Jun 2020\n"
        },
    )
    with_urls = _export(tmp_path, "01-15-2025", [])
    assert cli(capsys, db_path, "import", "linkedin", str(without_urls)).code == 0
    result = cli(capsys, db_path, "import", "linkedin", str(with_urls))
    assert result.code == 0, result.err
    assert "0 new, 0 updated, 2 unchanged, 0 removed" in result.out
    connections = cli(capsys, db_path, "connections", "--format", "json").json()
    assert sorted((c["name"], c["linkedin_url"], c["status"]) for c in connections) == [
        ("Anne Lefèvre", ANNE, "current"),
        ("Bruno Marchal", BRUNO, "current"),
    ]
    anne = next(c for c in connections if c["name"] == "Anne Lefèvre")
    assert anne["connected_on"] == date(2019, 2, 3).isoformat()


def test_the_collector_is_held_while_importing_and_restored_after() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested (the GUI worker and a CLI call in one process)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("an import that fails")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12/15/24, 7:47 AM", datetime(2024, 12, 15, 7, 47, tzinfo=UTC)),
        ("3/19/24, 11:02 PM", datetime(2024, 3, 19, 23, 2, tzinfo=UTC)),
        ("1/1/25, 12:05 AM", datetime(2025, 1, 1, 0, 5, tzinfo=UTC)),
        ("1/1/25, 12:05 PM", datetime(2025, 1, 1, 12, 5, tzinfo=UTC)),
        ("12/15/2024,  7:47 pm", datetime(2024, 12, 15, 19, 47, tzinfo=UTC)),
        ("2/30/24, 1:00 AM", None),
    ],
)
def test_invitation_dates(raw: str, expected: datetime | None) -> None:
    text = (
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        f'Anne Lefèvre,Claire Vendeuse,"{raw}",,INCOMING,{ANNE},{OWNER}\n'
    )
    rows, issues = parse_invitations(text, "Invitations.csv")
    # An unreadable date keeps the invitation, undated (the import then uses the export's).
    assert ([r.sent_at for r in rows], issues) == ([expected], [])


def test_an_export_that_cannot_be_read_keeps_the_earlier_backups(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # The backup copy is made while the export is read; when the export turns out to be
    # unreadable, that copy goes, so the five kept are those of real imports.
    good = _export(tmp_path, "01-15-2025", EARLIER)
    assert cli(capsys, db_path, "import", "linkedin", str(good)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(good)).code == 0
    backups = sorted((db_path.parent / "backups").iterdir())
    assert len(backups) == 2  # one before each import
    broken = write_export(
        tmp_path,
        "03-15-2026",
        {"Connections.csv": PREAMBLE + "First Name,Last Name,URL\n" + 'Anne,"Lef\n'},
    )
    before = sqlite3.connect(db_path).execute("SELECT count(*) FROM profile").fetchone()
    result = cli(capsys, db_path, "import", "linkedin", str(broken))
    assert result.code != 0 and "line" in result.err
    assert sorted((db_path.parent / "backups").iterdir()) == backups
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM profile").fetchone() == before


def test_somebody_known_from_an_invitation_who_connects_is_one_profile(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    invited = write_export(
        tmp_path,
        "01-15-2025",
        {
            "Connections.csv": connections_csv(
                [("Anne", "Lefèvre", ANNE, "", "Pixel Bleu SARL", "Développeuse", "03 Feb 2019")]
            ),
            "Invitations.csv": (
                "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                'Bruno Marchal,Claire Vendeuse,"1/10/25, 9:05 AM",Bonjour,INCOMING,'
                f"{BRUNO},{OWNER}\n"
            ),
        },
    )
    connected = _export(tmp_path, "03-15-2026", [])
    assert cli(capsys, db_path, "import", "linkedin", str(invited)).code == 0
    result = cli(capsys, db_path, "import", "linkedin", str(connected))
    assert result.code == 0, result.err
    assert "1 new, 0 updated, 1 unchanged, 0 removed" in result.out
    rows = cli(capsys, db_path, "connections", "--format", "json").json()
    assert sorted((c["name"], c["company"], c["status"], c["connected_on"]) for c in rows) == [
        ("Anne Lefèvre", "Pixel Bleu SARL", "current", "2019-02-03"),
        ("Bruno Marchal", "Studio Kôdé", "current", "2020-06-11"),
    ]
    signals = cli(capsys, db_path, "signals", "--format", "json").json()
    assert [(s["kind"], s["name"]) for s in signals] == [("linkedin_invitation", "Bruno Marchal")]

"""Messages and invitations of the exports that name people without their profile URL (the
2018 ``Messages.csv``; ``Invitations.csv`` until late 2023): each one goes to the connection
of that name, a name nobody bears gets one line, and a later export that repeats the same
messages with their URLs never doubles them, in whichever order the two are imported; on the
real 2018 Connections sample and a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, messages_csv, query, write_export

AVERY = "https://www.linkedin.com/in/avery-example"
CHRIS = "https://www.linkedin.com/in/chrissample"
OWNER = "https://www.linkedin.com/in/pat-owner"

MESSAGES_2018 = "From,To,Date,Subject,Content,Direction,Folder\n"
INVITATIONS_2021 = "From,To,Sent At,Message,Direction\n"

#: The 2018 file writes the time of a zone an hour east of UTC (Paris in winter).
OLD_MESSAGES = MESSAGES_2018 + (
    'Avery Example,Pat Owner,"11/16/18, 8:36 AM",Hello,Great to meet you,INCOMING,INBOX\n'
    'Pat Owner,Avery Example,"11/16/18, 9:02 AM",Re: Hello,Likewise,OUTGOING,INBOX\n'
    'Pat Owner,Avery Example,"11/16/18, 9:02 AM",Re: Hello,And a second line,OUTGOING,INBOX\n'
    '"Chris Sample, PhD",Pat Owner,"12/02/18, 4:10 PM",Project,Call me,INCOMING,INBOX\n'
    'Pat Owner,"Chris Sample, PhD,Avery Example","12/03/18, 4:10 PM",Both,Hi both,'
    "OUTGOING,INBOX\n"
    'Iris Nobody,Pat Owner,"12/03/18, 5:10 PM",Offer,Buy,INCOMING,SPAM\n'
    'Iris Nobody,Pat Owner,"12/03/18, 5:11 PM",Offer,Buy now,INCOMING,SPAM\n'
    'Avery Example,Pat Owner,"12/04/18, 5:10 PM",Sideways,?,SIDEWAYS,INBOX\n'
    '"Roy, Ann",Pat Owner,"12/05/18, 5:10 PM",Hi,Hello,INCOMING,INBOX\n'
)


def _messages(db: Path) -> list[tuple[str, str, str, str]]:
    """(time to the minute, direction, subject, profile URL) of every LinkedIn message."""
    return query(
        db,
        "SELECT substr(e.occurred_at, 1, 16), e.direction, e.subject, p.url FROM exchange e "
        "JOIN profile p ON p.id = e.profile_id WHERE e.channel = 'linkedin' "
        "ORDER BY e.occurred_at, p.url, e.subject",
    )


def _signals(db: Path) -> list[tuple[str, str, str]]:
    return query(
        db,
        "SELECT s.kind, substr(s.occurred_at, 1, 16), p.url FROM signal s "
        "JOIN profile p ON p.id = s.profile_id ORDER BY s.occurred_at, p.url",
    )


@pytest.fixture
def old_network(samples: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A database holding the 2018 Connections sample (Avery Example; Chris Sample, PhD),
    whose rows have no URL."""
    db = tmp_path / "old.sqlite3"
    sample = samples / "linkedin_Connections_2018_SYNTHETIC.csv"
    assert cli(capsys, db, "import", "linkedin", str(sample)).code == 0
    return db


def _file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _old_messages(tmp_path: Path) -> Path:
    return _file(tmp_path, "Messages.csv", OLD_MESSAGES)


def later_export(tmp_path: Path) -> Path:
    """A 2021 export with URLs: the same messages in UTC (an hour earlier, to the second),
    but the group message, whose conversation was deleted since, and one message more."""
    connections = (
        "Notes:\n\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        f"Avery,Example,{AVERY},avery@example.com,Northwind Traders,Managing Director,"
        "18 Oct 2018\n"
        f'Chris,"Sample, PhD",{CHRIS},chris.sample@example.com,"Fabrikam, Inc.",'
        '"VP Engineering, Platform",08 Jan 2018\n'
    )

    def message(conversation: str, sender: str, to: str, when: str, subject: str) -> dict[str, str]:
        return {"CONVERSATION ID": conversation, "FROM": sender, "SENDER PROFILE URL": sender,
                "TO": to, "RECIPIENT PROFILE URLS": to, "DATE": when, "SUBJECT": subject,
                "FOLDER": "INBOX", "IS MESSAGE DRAFT": "No"}  # fmt: skip

    messages = messages_csv([
        message("c1", AVERY, OWNER, "2018-11-16 07:36:12 UTC", "Hello"),
        message("c1", OWNER, AVERY, "2018-11-16 08:02:40 UTC", "Re: Hello"),
        message("c1", OWNER, AVERY, "2018-11-16 08:02:58 UTC", "Re: Hello"),
        message("c2", CHRIS, OWNER, "2018-12-02 15:10:05 UTC", "Project"),
        message("c1", AVERY, OWNER, "2021-03-01 10:00:00 UTC", "News"),
    ])  # fmt: skip
    return write_export(
        tmp_path, "06-01-2021", {"Connections.csv": connections, "messages.csv": messages}
    )


def test_a_2018_messages_file_goes_to_the_connections_of_those_names(
    old_network: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _old_messages(tmp_path)
    found = cli(capsys, old_network, "import", "linkedin", str(path))
    # Saved, with a row refused (the direction nobody understands): exit 3.
    assert found.code == 3, found.err
    assert "6 exchanges" in found.out and "2 signals" in found.out
    assert "3 skipped, 1 rejected" in found.out
    avery, chris = "name:avery-example", "name:chris-sample-phd"
    assert _messages(old_network) == [
        ("2018-11-16 08:36", "in", "Hello", avery),
        ("2018-11-16 09:02", "out", "Re: Hello", avery),
        ("2018-11-16 09:02", "out", "Re: Hello", avery),  # two messages of one minute
        ("2018-12-02 16:10", "in", "Project", chris),
        # One message to two connections; one of the names holds a comma.
        ("2018-12-03 16:10", "out", "Both", avery),
        ("2018-12-03 16:10", "out", "Both", chris),
    ]
    # Who wrote twice and is nobody's name: one line, not one per message.
    assert found.err.count("Iris Nobody") == 1
    assert "line 7: not a connection: Iris Nobody" in found.err
    assert "line 9: bad message direction: SIDEWAYS" in found.err
    # A sender is one person, whatever commas the name holds.
    assert "line 10: not a connection: Roy, Ann" in found.err
    assert "no profile url" not in found.err
    # Read again: nothing doubles, and the summary says nothing new came in.
    again = cli(capsys, old_network, "import", "linkedin", str(path))
    assert "0 exchanges" in again.out
    assert "nothing new was imported" in again.err
    assert len(_messages(old_network)) == 6


@pytest.mark.parametrize("old_first", [True, False], ids=["2018-first", "2021-first"])
def test_a_later_export_repeating_the_2018_messages_never_doubles_them(
    old_first: bool, old_network: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [_old_messages(tmp_path), later_export(tmp_path)]
    for path in files if old_first else reversed(files):
        found = cli(capsys, old_network, "import", "linkedin", str(path))
        assert found.code in (0, 3), found.err
    # The messages the later export repeats are kept once, at the second it gives them; the
    # group message it no longer holds stays from the 2018 file.
    assert _messages(old_network) == [
        ("2018-11-16 07:36", "in", "Hello", AVERY),
        ("2018-11-16 08:02", "out", "Re: Hello", AVERY),
        ("2018-11-16 08:02", "out", "Re: Hello", AVERY),
        ("2018-12-02 15:10", "in", "Project", CHRIS),
        ("2018-12-03 16:10", "out", "Both", AVERY),
        ("2018-12-03 16:10", "out", "Both", CHRIS),
        ("2021-03-01 10:00", "in", "News", AVERY),
    ]
    # A message's signal goes with it: none left for a message given way.
    assert _signals(old_network) == [
        ("linkedin_message", "2018-11-16 07:36", AVERY),
        ("linkedin_message", "2018-12-02 15:10", CHRIS),
        ("linkedin_message", "2021-03-01 10:00", AVERY),
    ]


def test_messages_an_hour_apart_are_not_taken_for_twins(
    old_network: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The later export holds Avery's "Hello" of 07:36 UTC; the 2018 file, written at UTC+1
    # (as Chris's message, twin of one at 15:10 UTC, shows), holds two at 9:36 and 10:36:
    # 08:36 and 09:36 UTC, neither of them that one, though the first is two hours off it.
    path = _file(
        tmp_path,
        "Messages.csv",
        MESSAGES_2018
        + 'Avery Example,Pat Owner,"11/16/18, 9:36 AM",Hello,First,INCOMING,INBOX\n'
        + 'Avery Example,Pat Owner,"11/16/18, 10:36 AM",Hello,Again,INCOMING,INBOX\n'
        + '"Chris Sample, PhD",Pat Owner,"12/02/18, 4:10 PM",Project,Hi,INCOMING,INBOX\n',
    )
    later = later_export(tmp_path)
    for file in (later, path):
        assert cli(capsys, old_network, "import", "linkedin", str(file)).code == 0
    hellos = [m for m in _messages(old_network) if m[2] == "Hello"]
    assert hellos == [
        ("2018-11-16 07:36", "in", "Hello", AVERY),
        ("2018-11-16 09:36", "in", "Hello", AVERY),
        ("2018-11-16 10:36", "in", "Hello", AVERY),
    ]
    assert [m for m in _messages(old_network) if m[2] == "Project"] == [
        ("2018-12-02 15:10", "in", "Project", CHRIS)
    ]


def test_an_invitation_naming_its_inviter_is_a_sign_from_that_connection(
    old_network: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(
        tmp_path,
        "Invitations.csv",
        INVITATIONS_2021
        + 'Avery Example,Pat Owner,"11/20/18, 7:47 AM",Let\'s talk,INCOMING\n'
        + 'Iris Nobody,Pat Owner,"11/21/18, 7:47 AM",,INCOMING\n'
        + 'Iris Nobody,Pat Owner,"11/22/18, 7:47 AM",,INCOMING\n'
        + 'Pat Owner,Someone Else,"11/22/18, 7:47 AM",,OUTGOING\n',
    )
    found = cli(capsys, old_network, "import", "linkedin", str(path))
    assert found.code == 0, found.err
    assert _signals(old_network) == [
        ("linkedin_invitation", "2018-11-20 07:47", "name:avery-example")
    ]
    assert found.err.count("Iris Nobody") == 1
    assert "Someone Else" not in found.err  # an invitation the user sent is no sign
    assert cli(capsys, old_network, "import", "linkedin", str(path)).code == 0
    assert len(_signals(old_network)) == 1


def test_listings_never_give_the_key_of_a_connection_known_by_name(
    old_network: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The store's key of a profile with no URL ("name:avery-example") is its own: the
    # listings say there is no URL, as `pairs` and `today` do.
    sheet = _file(tmp_path, "leads.csv", "Prénom;Nom;E-mail\nAvery;Example;avery@example.com\n")
    for path in (_old_messages(tmp_path), sheet):
        assert cli(capsys, old_network, "import", "linkedin" if path != sheet else "contacts",
                   str(path)).code in (0, 3)  # fmt: skip
    assert cli(capsys, old_network, "match").code == 0
    listings = {
        name: cli(capsys, old_network, name, "--format", "json").json()
        for name in ("people", "signals", "connections", "pairs")
    }
    assert listings["people"] and listings["signals"] and listings["connections"]
    for name, rows in listings.items():
        assert all(row["linkedin_url"] is None for row in rows), name
    assert [row["name"] for row in listings["people"]] == ["Avery Example"]

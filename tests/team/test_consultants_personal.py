"""Each consultant's own leads in a shared database (issue 17, the rest of "one network per
consultant"), on SQLite and on the real PostgreSQL server: a snooze, a dismissal or a
revival is the consultant's alone (a do-not-contact is the team's), a teammate's LinkedIn
messages do not make my silence shorter, and a person connected only to a teammate is
still mine to connect with; a database of one consultant keeps its states on the person
rows, as before."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from linkrevive.domain.enums import LeadState
from linkrevive.domain.errors import InputError
from linkrevive.services import consultants, leads, queries
from linkrevive.services.workspace import Workspace
from tests.helpers import connections_csv, messages_csv, write_export
from tests.team.conftest import ok, rows

ANA = "https://www.linkedin.com/in/ana-synthetic"
BEN = "https://www.linkedin.com/in/ben-synthetic"
FAY = "https://www.linkedin.com/in/fay-synthetic"
GIL = "https://www.linkedin.com/in/gil-synthetic"
IOANA_URL = "https://www.linkedin.com/in/ioana-synthetic"
AS_OF = "2026-02-05"

Row = tuple[str, str, str, str, str, str, str]

#: The implicit user's network: Ana and Ben.
MINE: list[Row] = [
    ("Ana", "Synthetic", ANA, "ana@alpha.example", "Alpha", "Director", "10 Mar 2018"),
    ("Ben", "Synthetic", BEN, "ben@beta.example", "Beta", "CTO", "11 Apr 2019"),
]
#: Ioana's: Ana and Fay (Fay is connected to Ioana only).
IOANA: list[Row] = [
    ("Ana", "Synthetic", ANA, "ana@alpha.example", "Alpha", "Director", "02 Feb 2019"),
    ("Fay", "Synthetic", FAY, "fay@eta.example", "Eta", "Partner", "04 Apr 2020"),
]

#: The user's lead sheet: Ana, Ben and Fay, dormant since 2023.
SHEET = """First name,Last name,Email,Company,Stage,Stall reason,Last contact
Ana,Synthetic,ana@alpha.example,Alpha,Info sent,No time,2023-01-10
Ben,Synthetic,ben@beta.example,Beta,Info sent,No time,2023-02-10
Fay,Synthetic,fay@eta.example,Eta,Info sent,No time,2023-03-10
"""


def _message(conversation: str, to: str, url: str, when: str) -> dict[str, str]:
    """A message Ioana sent."""
    return {
        "CONVERSATION ID": conversation,
        "FROM": "Ioana Synthetic",
        "SENDER PROFILE URL": IOANA_URL,
        "TO": to,
        "RECIPIENT PROFILE URLS": url,
        "DATE": when,
        "SUBJECT": "",
        "CONTENT": "Hello, how is the project going?",
        "FOLDER": "INBOX",
        "IS MESSAGE DRAFT": "No",
        "IS CONVERSATION DRAFT": "No",
    }


def _team(
    db: str, tmp_path: Path, *, ioana_wrote_to_ana: bool = False, ioana_also: Sequence[Row] = ()
) -> None:
    """The lead sheet and my export, then Ioana's export (which makes the database shared)."""
    sheet = tmp_path / "leads.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    ok(db, "import", "contacts", str(sheet))
    (tmp_path / "me").mkdir()
    mine = write_export(tmp_path / "me", "01-10-2026", {"Connections.csv": connections_csv(MINE)})
    ok(db, "import", "linkedin", str(mine))
    files = {"Connections.csv": connections_csv([*IOANA, *ioana_also])}
    if ioana_wrote_to_ana:
        files["messages.csv"] = messages_csv(
            [
                _message("2-ana==", "Ana Synthetic", ANA, "2026-01-20 09:00:00 UTC"),
                _message("2-fay==", "Fay Synthetic", FAY, "2025-06-02 09:00:00 UTC"),
                {  # Fay answers Ioana
                    **_message("2-fay==", "Ioana Synthetic", IOANA_URL, "2026-01-25 09:00:00 UTC"),
                    "FROM": "Fay Synthetic",
                    "SENDER PROFILE URL": FAY,
                },
            ]
        )
    (tmp_path / "ioana").mkdir()
    hers = write_export(tmp_path / "ioana", "02-01-2026", files)
    ok(db, "--as-user", "Ioana", "import", "linkedin", str(hers))


def _today(db: str, *user: str) -> set[str]:
    """The names in Today's list of the implicit user, or of ``--as-user NAME``."""
    out = ok(db, *user, "today", "--as-of", AS_OF, "--format", "json").out
    return {row["name"] for row in json.loads(out)}


def _to_connect(db: str, folder: Path, *user: str) -> set[str]:
    """The email addresses of the to-connect list, exported as CSV into ``folder``."""
    path = folder / "to-connect.csv"
    ok(db, *user, "export", "to-connect", "-o", str(path))
    with path.open(encoding="utf-8-sig", newline="") as file:
        return {row[1] for row in csv.reader(file) if "@" in row[1]}


IOANA_USER = ("--as-user", "Ioana")


def test_a_snooze_or_dismissal_is_the_consultants_own(team_db: str, tmp_path: Path) -> None:
    _team(team_db, tmp_path)
    assert {"Ana Synthetic", "Ben Synthetic"} <= _today(team_db)
    assert {"Ana Synthetic", "Ben Synthetic"} <= _today(team_db, *IOANA_USER)

    ok(team_db, *IOANA_USER, "lead", "snooze", "ana@alpha.example", "--until", "2026-06-01")
    ok(team_db, "lead", "dismiss", "ben@beta.example", "--reason", "not my client")
    mine, hers = _today(team_db), _today(team_db, *IOANA_USER)
    assert "Ana Synthetic" in mine and "Ana Synthetic" not in hers
    assert "Ben Synthetic" not in mine and "Ben Synthetic" in hers
    # Mine stays on the person row (as in a database of one consultant), hers on her own.
    assert rows(team_db, "SELECT lead_state FROM person ORDER BY id") == [
        ("active",),
        ("dismissed",),
        ("active",),
    ]
    assert rows(
        team_db,
        "SELECT k.name, p.first_name, s.lead_state, CAST(s.state_until AS VARCHAR(10)) "
        "FROM personal_lead_state s JOIN consultant k ON k.id = s.consultant_id "
        "JOIN person p ON p.id = s.person_id",
    ) == [("Ioana", "Ana", "snoozed", "2026-06-01")]

    # Her reactivation is hers too: my dismissal of Ben stands.
    ok(team_db, *IOANA_USER, "lead", "reactivate", "ana@alpha.example")
    assert rows(team_db, "SELECT count(*) FROM personal_lead_state") == [(0,)]
    assert "Ana Synthetic" in _today(team_db, *IOANA_USER)
    assert "Ben Synthetic" not in _today(team_db)


def test_a_do_not_contact_is_the_teams_promise(team_db: str, tmp_path: Path) -> None:
    _team(team_db, tmp_path)
    ok(team_db, *IOANA_USER, "lead", "snooze", "ben@beta.example", "--until", "2026-06-01")
    ok(team_db, *IOANA_USER, "lead", "dnc", "ana@alpha.example")
    assert "Ana Synthetic" not in _today(team_db)
    assert "Ana Synthetic" not in _today(team_db, *IOANA_USER)
    # Whoever lifts it lifts it for the team; Ioana's snooze of Ben was never touched.
    ok(team_db, "lead", "reactivate", "ana@alpha.example")
    assert "Ana Synthetic" in _today(team_db, *IOANA_USER)
    assert "Ben Synthetic" not in _today(team_db, *IOANA_USER)
    assert "Ben Synthetic" in _today(team_db)


def test_undo_and_redo_of_a_teammates_revival(team_db: str, tmp_path: Path) -> None:
    _team(team_db, tmp_path)
    workspace = Workspace.open(team_db)
    try:
        ana = leads.resolve_person(workspace, "ana@alpha.example")
        done = leads.mark_revived(workspace, ana, datetime(2026, 2, 1, tzinfo=UTC), user="Ioana")
        assert done.before == leads.LeadStatus(LeadState.ACTIVE)
        assert _today(team_db) >= {"Ana Synthetic"}  # my lead still: her revival is hers
        assert rows(
            team_db,
            "SELECT k.name FROM exchange e JOIN consultant k ON k.id = e.consultant_id "
            "WHERE e.id = :i",
            i=done.exchange_id,
        ) == [("Ioana",)]
        # My undo cannot take back her revival (it is not my lead's state)…
        with pytest.raises(InputError):
            leads.restore(workspace, ana, done, user=None)
        # …hers can, the logged exchange with it; and her redo logs it again.
        leads.restore(workspace, ana, done, user="Ioana")
        assert rows(team_db, "SELECT count(*) FROM personal_lead_state") == [(0,)]
        assert rows(team_db, "SELECT count(*) FROM exchange WHERE id = :i", i=done.exchange_id) == [
            (0,)
        ]
        again = leads.reapply(workspace, ana, done, user="Ioana")
        assert again.after.state is LeadState.REVIVED
        assert rows(team_db, "SELECT lead_state FROM personal_lead_state") == [("revived",)]
        assert rows(team_db, "SELECT lead_state FROM person WHERE id = :i", i=ana) == [("active",)]
    finally:
        workspace.close()


def test_a_teammates_linkedin_message_does_not_shorten_my_silence(
    team_db: str, tmp_path: Path
) -> None:
    _team(team_db, tmp_path, ioana_wrote_to_ana=True)
    assert rows(
        team_db,
        "SELECT k.name, e.direction FROM exchange e JOIN consultant k ON k.id = e.consultant_id "
        "JOIN profile p ON p.id = e.profile_id WHERE p.url = :u",
        u=ANA,
    ) == [("Ioana", "out")]
    # Ioana wrote to Ana two weeks ago: she is in touch, I am not (since 2023).
    assert "Ana Synthetic" not in _today(team_db, *IOANA_USER)
    assert "Ana Synthetic" in _today(team_db)
    out = json.loads(ok(team_db, "today", "--as-of", AS_OF, "--format", "json").out)
    ana = next(row for row in out if row["name"] == "Ana Synthetic")
    assert ana["last_exchange"] == "2023-01-10"


def test_a_person_connected_only_to_a_teammate_is_mine_to_connect_with(
    team_db: str, tmp_path: Path
) -> None:
    _team(team_db, tmp_path)
    # Fay is paired with her profile, which only Ioana is connected to.
    assert rows(
        team_db,
        "SELECT pr.url, pa.status FROM pairing pa JOIN profile pr ON pr.id = pa.profile_id "
        "JOIN person pe ON pe.id = pa.person_id WHERE pe.first_name = 'Fay'",
    ) == [(FAY, "auto")]
    assert "fay@eta.example" in _to_connect(team_db, tmp_path)
    assert "fay@eta.example" not in _to_connect(team_db, tmp_path, *IOANA_USER)
    # Ana is connected to both of us: on nobody's list.
    assert "ana@alpha.example" not in _to_connect(team_db, tmp_path)
    assert "ana@alpha.example" not in _to_connect(team_db, tmp_path, *IOANA_USER)


def test_a_database_of_one_consultant_keeps_states_on_the_person_rows(
    team_db: str, tmp_path: Path
) -> None:
    sheet = tmp_path / "leads.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    ok(team_db, "import", "contacts", str(sheet))
    ok(team_db, "lead", "snooze", "ana@alpha.example", "--until", "2026-06-01")
    assert "Ana Synthetic" not in _today(team_db)
    assert rows(team_db, "SELECT lead_state FROM person WHERE first_name = 'Ana'") == [("snoozed",)]
    assert rows(team_db, "SELECT count(*) FROM personal_lead_state") == [(0,)]
    assert rows(team_db, "SELECT name FROM consultant") == [("",)]
    assert "fay@eta.example" in _to_connect(team_db, tmp_path)


def test_connections_and_signals_list_my_network_or_the_teams(team_db: str, tmp_path: Path) -> None:
    _team(team_db, tmp_path, ioana_wrote_to_ana=True)

    def connections(*user: str, team: bool = False) -> dict[str, tuple[str, str]]:
        flags = ("--team",) if team else ()
        out = ok(team_db, *user, "connections", *flags, "--format", "json").out
        return {p["linkedin_url"]: (p["status"], p["connected_on"]) for p in json.loads(out)}

    def signals(*user: str, team: bool = False) -> set[tuple[str, str]]:
        flags = ("--team",) if team else ()
        out = ok(team_db, *user, "signals", *flags, "--format", "json").out
        return {(s["kind"], s["linkedin_url"]) for s in json.loads(out)}

    assert connections() == {ANA: ("current", "2018-03-10"), BEN: ("current", "2019-04-11")}
    assert connections(*IOANA_USER) == {
        ANA: ("current", "2019-02-02"),
        FAY: ("current", "2020-04-04"),
    }
    assert set(connections(team=True)) == {ANA, BEN, FAY}
    fay_wrote = ("linkedin_message", FAY)
    assert fay_wrote in signals(*IOANA_USER)
    assert fay_wrote in signals(team=True)
    assert fay_wrote not in signals()


def test_prospects_show_the_current_users_own_lead_states(team_db: str, tmp_path: Path) -> None:
    _team(team_db, tmp_path)
    ok(team_db, *IOANA_USER, "lead", "snooze", "ana@alpha.example", "--until", "2026-06-01")
    ok(team_db, "lead", "dismiss", "ben@beta.example")
    ok(team_db, "lead", "dnc", "fay@eta.example")
    workspace = Workspace.open(team_db)
    try:

        def states() -> dict[str, tuple[LeadState, date | None]]:
            found = queries.people(workspace)
            detail = {p.first_name: queries.person_detail(workspace, p.id) for p in found}
            for person in found:  # the detail pane says the same
                shown = detail[person.first_name]
                assert shown is not None and shown.person.lead_state is person.lead_state
            return {p.first_name: (p.lead_state, p.state_until) for p in found}

        assert states() == {
            "Ana": (LeadState.ACTIVE, None),
            "Ben": (LeadState.DISMISSED, None),
            "Fay": (LeadState.DO_NOT_CONTACT, None),
        }
        with consultants.acting_as("Ioana"):
            assert states() == {
                "Ana": (LeadState.SNOOZED, date(2026, 6, 1)),
                "Ben": (LeadState.ACTIVE, None),
                "Fay": (LeadState.DO_NOT_CONTACT, None),  # the team's promise
            }
    finally:
        workspace.close()


def test_a_way_back_in_is_one_of_my_own_connections(team_db: str, tmp_path: Path) -> None:
    gil: Row = ("Gil", "Synthetic", GIL, "", "Beta", "Buyer", "05 May 2021")
    _team(team_db, tmp_path, ioana_also=[gil])

    def reasons(*user: str) -> str:
        out = ok(team_db, *user, "today", "--as-of", AS_OF, "--format", "json").out
        return " ".join(
            " ".join(r["reasons"]) for r in json.loads(out) if r["name"] == "Ben Synthetic"
        )

    assert "Gil Synthetic" in reasons(*IOANA_USER)
    assert "Gil Synthetic" not in reasons()

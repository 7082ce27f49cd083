"""One LinkedIn network per consultant in a shared database (issue 17, second half), on
SQLite and on the real PostgreSQL server: neither import removes the other's connections,
a job change seen in a teammate's export reaches everyone's Today, and listings say who
else knows a person."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import connections_csv, write_export
from tests.team.conftest import ok, rows

ANA = "https://www.linkedin.com/in/ana-synthetic"
BEN = "https://www.linkedin.com/in/ben-synthetic"
CYD = "https://www.linkedin.com/in/cyd-synthetic"
DOT = "https://www.linkedin.com/in/dot-synthetic"
EVE = "https://www.linkedin.com/in/eve-synthetic"
FAY = "https://www.linkedin.com/in/fay-synthetic"

Row = tuple[str, str, str, str, str, str, str]

#: (first, last, URL, email, company, position, connected on) of the implicit user's network.
MINE: list[Row] = [
    ("Ana", "Synthetic", ANA, "ana@alpha.example", "Alpha", "Director", "10 Mar 2018"),
    ("Ben", "Synthetic", BEN, "ben@beta.example", "Beta", "CTO", "11 Apr 2019"),
    ("Cyd", "Synthetic", CYD, "", "Gamma", "CEO", "12 May 2020"),
    ("Dot", "Synthetic", DOT, "", "Delta", "Buyer", "13 Jun 2021"),
    ("Eve", "Synthetic", EVE, "", "Epsilon", "Founder", "14 Jul 2022"),
]
#: Ioana's: Ana (known to both), Ben at a new company (seen in her export only), Fay.
IOANA: list[Row] = [
    ("Ana", "Synthetic", ANA, "ana@alpha.example", "Alpha", "Director", "02 Feb 2019"),
    ("Ben", "Synthetic", BEN, "ben@beta.example", "Zeta Works", "CTO", "03 Mar 2016"),
    ("Fay", "Synthetic", FAY, "", "Eta", "Partner", "04 Apr 2020"),
]


#: The user's lead sheet: Ana and Ben, dormant since 2023 (proven pairs: the same emails).
SHEET = """First name,Last name,Email,Company,Stage,Stall reason,Last contact
Ana,Synthetic,ana@alpha.example,Alpha,Info sent,No time,2023-01-10
Ben,Synthetic,ben@beta.example,Beta,Info sent,No time,2023-02-10
"""


def _sheet(tmp_path: Path) -> str:
    path = tmp_path / "leads.csv"
    path.write_text(SHEET, encoding="utf-8")
    return str(path)


def _export(folder: Path, stamp: str, network: list[Row]) -> str:
    """A dated export (``MM-DD-YYYY``) holding these connections."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {"Connections.csv": connections_csv(network)}
    return str(write_export(folder, stamp, files))


def _ties(db: str) -> dict[str, set[tuple[str, str]]]:
    """Each consultant's ties: name -> {(URL, status)}."""
    found: dict[str, set[tuple[str, str]]] = {}
    for name, url, status in rows(
        db,
        "SELECT k.name, p.url, c.status FROM connection c JOIN consultant k "
        "ON k.id = c.consultant_id JOIN profile p ON p.id = c.profile_id",
    ):
        found.setdefault(name, set()).add((url, status))
    return found


def _statuses(db: str) -> dict[str, str]:
    return dict(rows(db, "SELECT url, status FROM profile"))


def test_a_teammates_export_removes_none_of_my_connections(team_db: str, tmp_path: Path) -> None:
    ok(team_db, "import", "linkedin", _export(tmp_path / "me1", "01-10-2026", MINE))
    out = ok(team_db, "--as-user", "Ioana", "import", "linkedin",
             _export(tmp_path / "io1", "02-01-2026", IOANA))  # fmt: skip
    assert "removed" not in out.out or "0 removed" in out.out or "removed: 0" in out.out
    assert set(_statuses(team_db).values()) == {"current"}
    ties = _ties(team_db)
    assert ties[""] == {(u, "current") for u in (ANA, BEN, CYD, DOT, EVE)}
    assert ties["Ioana"] == {(u, "current") for u in (ANA, BEN, FAY)}

    # My next export lacks Ana and Dot: they leave my network, not Ioana's nor the team's.
    ok(team_db, "import", "linkedin",
       _export(tmp_path / "me2", "03-01-2026", [MINE[1], MINE[2], MINE[4]]))  # fmt: skip
    ties = _ties(team_db)
    assert ties[""] == {(ANA, "removed"), (BEN, "current"), (CYD, "current"),
                        (DOT, "removed"), (EVE, "current")}  # fmt: skip
    assert ties["Ioana"] == {(u, "current") for u in (ANA, BEN, FAY)}
    statuses = _statuses(team_db)
    assert statuses[ANA] == "current"  # Ioana still knows her
    assert statuses[DOT] == "removed"  # nobody does any more

    # Ioana's newer export lacks Fay: removed from her network; mine is untouched.
    ok(team_db, "--as-user", "Ioana", "import", "linkedin",
       _export(tmp_path / "io2", "03-15-2026", IOANA[:2]))  # fmt: skip
    assert _ties(team_db)[""] == ties[""]
    assert _ties(team_db)["Ioana"] == {(ANA, "current"), (BEN, "current"), (FAY, "removed")}
    assert _statuses(team_db)[FAY] == "removed"


def test_a_job_change_seen_only_in_a_teammates_export_is_in_my_today(
    team_db: str, tmp_path: Path
) -> None:
    ok(team_db, "import", "contacts", _sheet(tmp_path))
    ok(team_db, "import", "linkedin", _export(tmp_path / "me1", "01-10-2026", MINE))
    before = json.loads(ok(team_db, "today", "--as-of", "2026-02-05", "--format", "json").out)
    ok(team_db, "--as-user", "Ioana", "import", "linkedin",
       _export(tmp_path / "io1", "02-01-2026", IOANA))  # fmt: skip
    changes = rows(
        team_db,
        "SELECT p.url, s.kind, k.name FROM signal s JOIN profile p ON p.id = s.profile_id "
        "JOIN consultant k ON k.id = s.consultant_id",
    )
    assert changes == [(BEN, "job_change", "Ioana")]
    after = json.loads(ok(team_db, "today", "--as-of", "2026-02-05", "--format", "json").out)
    text = json.dumps(after, ensure_ascii=False)
    assert "Zeta Works" in text and "Zeta Works" not in json.dumps(before, ensure_ascii=False)


def test_people_say_who_else_is_connected(team_db: str, tmp_path: Path) -> None:
    ok(team_db, "import", "contacts", _sheet(tmp_path))
    ok(team_db, "import", "linkedin", _export(tmp_path / "me1", "01-10-2026", MINE[:1]))
    ok(team_db, "--as-user", "Ioana", "import", "linkedin",
       _export(tmp_path / "io1", "02-01-2026", IOANA))  # fmt: skip
    mine = {p["name"]: p for p in json.loads(ok(team_db, "people", "--format", "json").out)}
    assert mine["Ana Synthetic"]["also_connected"] == [{"name": "Ioana", "since": "2019-02-02"}]
    assert mine["Ben Synthetic"]["also_connected"] == [{"name": "Ioana", "since": "2016-03-03"}]
    hers = {
        p["name"]: p
        for p in json.loads(ok(team_db, "--as-user", "Ioana", "people", "--format", "json").out)
    }
    # The implicit user has no name: Ioana sees an unnamed teammate, since 2018.
    assert hers["Ana Synthetic"]["also_connected"] == [{"name": "", "since": "2018-03-10"}]
    assert hers["Ben Synthetic"]["also_connected"] == []


def test_a_database_of_one_consultant_lists_people_as_before(team_db: str, tmp_path: Path) -> None:
    ok(team_db, "import", "contacts", _sheet(tmp_path))
    ok(team_db, "import", "linkedin", _export(tmp_path / "me1", "01-10-2026", MINE))
    people = json.loads(ok(team_db, "people", "--format", "json").out)
    assert "also_connected" not in people[0]
    today = json.loads(ok(team_db, "today", "--as-of", "2026-02-05", "--format", "json").out)
    assert today and all("also_connected" not in row for row in today)
    assert rows(team_db, "SELECT count(*) FROM connection") == [(0,)]
    assert rows(team_db, "SELECT name FROM consultant") == [("",)]


def test_todays_opener_says_whom_to_ask_for_an_introduction(team_db: str, tmp_path: Path) -> None:
    sheet = tmp_path / "leads.csv"
    sheet.write_text(SHEET + "Fay,Synthetic,fay@eta.example,Eta,Info sent,No time,2023-03-10\n",
                     encoding="utf-8")  # fmt: skip
    ok(team_db, "import", "contacts", str(sheet))
    ok(team_db, "import", "linkedin", _export(tmp_path / "me1", "01-10-2026", MINE[:2]))
    fay: Row = (*IOANA[2][:3], "fay@eta.example", *IOANA[2][4:])
    ok(team_db, "--as-user", "Ioana", "import", "linkedin",
       _export(tmp_path / "io1", "02-01-2026", [IOANA[0], fay]))  # fmt: skip

    def openers(*user: str) -> dict[str, str]:
        out = ok(team_db, *user, "today", "--as-of", "2026-02-05", "--format", "json").out
        return {row["name"]: row["opener"] for row in json.loads(out)}

    today = json.loads(ok(team_db, "today", "--as-of", "2026-02-05", "--format", "json").out)
    also = {row["name"]: row["also_connected"] for row in today}
    assert also["Ana Synthetic"] == [{"name": "Ioana", "since": "2019-02-02"}]
    assert also["Fay Synthetic"] == [{"name": "Ioana", "since": "2020-04-04"}]
    mine = openers()
    assert mine["Fay Synthetic"].startswith(
        "You are not connected yourself: ask Ioana to introduce you.\n\nHello Fay,"
    )
    assert mine["Ana Synthetic"].startswith("Hello Ana,")  # both connected: no detour
    hers = openers("--as-user", "Ioana")
    assert hers["Fay Synthetic"].startswith("Hello Fay,")
    assert hers["Ben Synthetic"].startswith(
        "You are not connected yourself: ask your teammate to introduce you."
    )
    french = ok(team_db, "today", "--as-of", "2026-02-05", "--format", "json", "--lang", "fr")
    assert "demandez à Ioana de vous présenter" in french.out


def test_my_export_older_than_a_teammates_brings_no_job_change_back(
    team_db: str, tmp_path: Path
) -> None:
    ok(team_db, "import", "linkedin", _export(tmp_path / "me1", "01-10-2026", MINE))
    ok(team_db, "--as-user", "Ioana", "import", "linkedin",
       _export(tmp_path / "io1", "02-01-2026", IOANA))  # fmt: skip
    # My next export was taken before Ioana's: Ben still at Beta there.
    ok(team_db, "import", "linkedin", _export(tmp_path / "me2", "01-25-2026", MINE))
    assert rows(team_db, "SELECT company FROM profile WHERE url = :u", u=BEN) == [("Zeta Works",)]
    kinds = rows(team_db, "SELECT kind, params FROM signal ORDER BY id")
    assert [k for k, _p in kinds] == ["job_change"]
    assert '"new_company": "Zeta Works"' in kinds[0][1]
    # And it was my newest export all the same: my ties were seen in it.
    seen = rows(team_db, "SELECT DISTINCT CAST(last_seen AS VARCHAR(10)) FROM connection "
                         "WHERE consultant_id = 1")  # fmt: skip
    assert seen == [("2026-01-25",)]

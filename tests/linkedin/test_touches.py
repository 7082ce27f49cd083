"""Endorsements and recommendations received: each one an exchange on the profile of whoever
made it, found by URL or by name as LinkedIn writes it (with a degree, between namesakes), and
a line saying whose it was when nobody fits; on real sample files and a real SQLite file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import cli, connections_csv, query, write_export

CHRIS = "https://www.linkedin.com/in/chrissample"
DANA_FREELANCE = "https://www.linkedin.com/in/danadoe"
DANA_ANALYST = "https://www.linkedin.com/in/dana-doe-7b8c9d"

RECOMMENDATIONS = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"


def _touches(db: Path) -> list[tuple[str, str, str, str]]:
    """(channel, day, subject, profile URL) of every endorsement and recommendation stored."""
    return query(
        db,
        "SELECT e.channel, substr(e.occurred_at, 1, 10), e.subject, p.url FROM exchange e "
        "JOIN profile p ON p.id = e.profile_id WHERE e.channel IN ('endorsement', "
        "'recommendation') ORDER BY e.occurred_at",
    )


@pytest.fixture
def connected(samples: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A database holding the 2023+ Connections sample (Chris Sample, PhD; two Dana Doe)."""
    db = tmp_path / "touches.sqlite3"
    found = cli(capsys, db, "import", "linkedin",
                str(samples / "linkedin_Connections_2023plus_SYNTHETIC.csv"))  # fmt: skip
    assert found.code == 0, found.err
    return db


def test_a_recommendation_finds_its_author_whose_linkedin_name_has_a_degree(
    connected: Path, samples: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The sample names "Chris Sample"; the connection is "Chris" "Sample, PhD".
    sample = samples / "linkedin_Recommendations_Received_SYNTHETIC.csv"
    found = cli(capsys, connected, "import", "linkedin", str(sample))
    assert found.code == 0, found.err
    assert "0 skipped" in found.out and "1 exchanges" in found.out
    assert _touches(connected) == [("recommendation", "2024-11-27", "Fabrikam, Inc.", CHRIS)]
    # Read again: the same recommendation, once.
    copy = tmp_path / "Recommendations_Received.csv"
    shutil.copy(sample, copy)
    assert cli(capsys, connected, "import", "linkedin", str(copy)).code == 0
    assert len(_touches(connected)) == 1


def test_an_endorsement_goes_to_its_profile_by_url(
    connected: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = samples / "linkedin_Endorsement_Received_Info_SYNTHETIC.csv"
    assert cli(capsys, connected, "import", "linkedin", str(sample)).code == 0
    assert _touches(connected) == [
        ("endorsement", "2025-12-07", "Procurement",
         "https://www.linkedin.com/in/avery-example-0a1b2c3"),
    ]  # fmt: skip


def test_namesakes_are_told_apart_by_company_else_the_recommendation_is_left_out_in_words(
    connected: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two connections are called Dana Doe: one self-employed, one analyst at Adventure Works.
    rows = (
        'Dana,Doe,"Adventure Works, Inc.",Analyst,"Sharp analyst.","03/02/25, 10:15 AM",VISIBLE\n'
        'Dana,Doe,Globex,Buyer,"Great to work with.","04/01/25, 09:00 AM",VISIBLE\n'
        'Iris,Nobody,Initech,CTO,"A pleasure.","05/06/25, 04:30 PM",VISIBLE\n'
    )
    path = tmp_path / "Recommendations_Received.csv"
    path.write_text(RECOMMENDATIONS + rows, encoding="utf-8")
    found = cli(capsys, connected, "import", "linkedin", str(path))
    assert found.code == 0, found.err
    assert "2 skipped" in found.out and "1 exchanges" in found.out
    # The legal form aside, the company names the analyst.
    assert _touches(connected) == [
        ("recommendation", "2025-03-02", "Adventure Works, Inc.", DANA_ANALYST)
    ]
    assert f"{path}, line 3: several connections of that name: Dana Doe" in found.err
    assert f"{path}, line 4: not a connection: Iris Nobody" in found.err
    assert "2 problems" in found.err


def test_recommendations_in_an_export_of_connections_without_urls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before mid-2023 neither file has URLs: the profile known by name takes it.
    connections = connections_csv(
        [("Chris", "Sample, PhD", "", "", "Fabrikam, Inc.", "VP Engineering", "19 Mar 2020")]
    )
    recommendations = (
        RECOMMENDATIONS + 'Chris,Sample,"Fabrikam, Inc.",VP,"Top.","11/27/22, 09:51 AM",VISIBLE\n'
    )
    export = write_export(
        tmp_path,
        "01-15-2023",
        {"Connections.csv": connections, "Recommendations_Received.csv": recommendations},
    )
    db = tmp_path / "old.sqlite3"
    found = cli(capsys, db, "import", "linkedin", str(export))
    assert found.code == 0, found.err
    stored = _touches(db)
    assert [(c, day, subject) for c, day, subject, _url in stored] == [
        ("recommendation", "2022-11-27", "Fabrikam, Inc.")
    ]
    assert query(db, "SELECT first_name, last_name FROM profile") == [("Chris", "Sample, PhD")]

"""The list of people fills what the email side lacks from the paired LinkedIn profile (the
name, the company), as Today does, and never replaces what the email side holds; on the
real sample files and a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, query

CHRIS = "chris.sample@example.com"


def _mbox(path: Path, sender: str) -> Path:
    path.write_text(
        f"From x Mon Mar 04 09:00:00 2024\nFrom: {sender}\nTo: pat@owner.example\n"
        "Subject: Point projet\nDate: Mon, 04 Mar 2024 09:00:00 +0000\nMessage-ID: <m1@x>\n\n"
        "Bonjour\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("sender", "name", "company"),
    [
        # A bare address: LinkedIn's name and company show.
        (CHRIS, "Chris Sample, PhD", "Fabrikam, Inc."),
        # A name on the email side stays the one shown.
        (f"Christopher Sample <{CHRIS}>", "Christopher Sample", "Fabrikam, Inc."),
    ],
)
def test_a_paired_person_shows_linkedins_name_and_company_where_the_mail_has_none(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    samples: Path,
    sender: str,
    name: str,
    company: str,
) -> None:
    mbox = _mbox(tmp_path / "mail.mbox", sender)
    assert (
        cli(capsys, db_path, "import", "contacts", str(mbox), "--me", "pat@owner.example").code == 0
    )
    connections = samples / "linkedin_Connections_2023plus_SYNTHETIC.csv"
    assert cli(capsys, db_path, "import", "linkedin", str(connections)).code == 0
    people = cli(capsys, db_path, "people", "--format", "json")
    assert people.code == 0, people.err
    [row] = [p for p in people.json() if p["emails"] == [CHRIS]]
    assert (row["name"], row["company"]) == (name, company)
    assert row["linkedin_url"] == "https://www.linkedin.com/in/chrissample"
    # Shown, not written: the person row keeps what the email side gave.
    assert query(db_path, "SELECT company FROM person") == [("",)]

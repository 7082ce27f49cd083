"""Dates outside 1900-2099 are no dates (issue 13, defect 8): "01 Jan 0001" is not 2001."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from linkrevive.domain.vocabulary import parse_date_loose
from linkrevive.importers.linkedin import parse_linkedin_date
from tests.helpers import cli, connections_csv, write_export


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01 Jan 0001", None),
        ("01 Jan 9999", None),
        ("0001-01-01", None),
        ("12/31/9999", None),
        ("01 Jan 2001", date(2001, 1, 1)),
        ("5-Jan-26", date(2026, 1, 5)),
        ("03/15/2026", date(2026, 3, 15)),
    ],
)
def test_linkedin_dates(text: str, expected: date | None) -> None:
    assert parse_linkedin_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/01/0001", None),
        ("31/12/9999", None),
        ("1 janvier 0001", None),
        ("07/03/21", date(2021, 3, 7)),
        ("2021-03-07", date(2021, 3, 7)),
    ],
)
def test_lead_sheet_dates(text: str, expected: date | None) -> None:
    assert parse_date_loose(text) == expected


def test_a_connection_dated_year_one_is_rejected_not_stored_as_2001(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    export = write_export(
        tmp_path,
        "03-15-2026",
        {
            "Connections.csv": connections_csv(
                [
                    (
                        "Anne",
                        "Old",
                        "https://www.linkedin.com/in/a-old",
                        "",
                        "A",
                        "B",
                        "01 Jan 0001",
                    ),
                    (
                        "Bob",
                        "Far",
                        "https://www.linkedin.com/in/b-far",
                        "",
                        "A",
                        "B",
                        "01 Jan 9999",
                    ),
                    ("Cy", "Ok", "https://www.linkedin.com/in/c-ok", "", "A", "B", "01 Jan 2001"),
                ]
            )
        },
    )
    db = tmp_path / "crm.sqlite3"
    result = cli(capsys, db, "import", "linkedin", str(export))
    assert result.code == 3, result.err  # saved without the two rows
    assert "line 5: bad date: 01 Jan 0001" in result.err
    assert "line 6: bad date: 01 Jan 9999" in result.err
    rows = cli(capsys, db, "connections", "--format", "json").json()
    assert [(r["name"], r["connected_on"]) for r in rows] == [("Cy Ok", "2001-01-01")]

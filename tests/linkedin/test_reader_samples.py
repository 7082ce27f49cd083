"""Every LinkedIn sample file of ../shared/samples reads into the right rows."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from linkrevive.domain.enums import Direction
from linkrevive.importers.linkedin import parse_linkedin_date, read_linkedin_export

AVERY = "https://www.linkedin.com/in/avery-example-0a1b2c3"
BJORN = "https://www.linkedin.com/in/bj%C3%B6rn-m%C3%BCller-12345678"
CHRIS = "https://www.linkedin.com/in/chrissample"

CONNECTION_SAMPLES = [
    (
        "linkedin_Connections_2023plus_SYNTHETIC.csv",
        [
            ("Avery", "Example", AVERY, None, "Northwind Traders", "Managing Director",
             date(2025, 11, 14)),
            ("Björn", "Müller-Lüdenscheidt", BJORN, None, "Contoso GmbH", "Head of Procurement",
             date(2025, 10, 2)),
            ("Chris", "Sample, PhD", CHRIS, "chris.sample@example.com", "Fabrikam, Inc.",
             "VP Engineering, Platform", date(2024, 3, 19)),
            ("Dana", "Doe", "https://www.linkedin.com/in/danadoe", None, "Self-employed",
             "Consultant", date(2021, 7, 1)),
            ("Dana", "Doe", "https://www.linkedin.com/in/dana-doe-7b8c9d", None,
             "Adventure Works", "Analyst", date(2019, 5, 5)),
            ("Eve", "O'Neil 🚀", "https://www.linkedin.com/in/eve-oneil", None, "Tailspin Toys",
             'Founder & CEO | "Growth" advisor', date(2008, 5, 29)),
        ],
        1,
    ),
    (
        "linkedin_Connections_2021-2023_SYNTHETIC.csv",
        [
            ("Avery", "Example", None, None, "Northwind Traders", "Managing Director",
             date(2021, 6, 14)),
            ("Chris", "Sample, PhD", None, "chris.sample@example.com", "Fabrikam, Inc.",
             "VP Engineering, Platform", date(2020, 3, 19)),
            ("Dana", "Doe", None, None, "Self-employed", "Consultant", date(2016, 7, 1)),
        ],
        1,
    ),
    (
        "linkedin_Connections_2018_SYNTHETIC.csv",
        [
            ("Avery", "Example", None, "avery@example.com", "Northwind Traders",
             "Managing Director", date(2018, 10, 18)),
            ("Chris", "Sample, PhD", None, "chris.sample@example.com", "Fabrikam, Inc.",
             "VP Engineering, Platform", date(2018, 1, 8)),
        ],
        0,
    ),
    (
        "linkedin_Connections_excel_enUS_resaved_SYNTHETIC.csv",
        [
            ("Avery", "Example", AVERY, None, "Northwind Traders", "Managing Director",
             date(2025, 11, 14)),
            ("Chris", "Sample, PhD", CHRIS, "chris.sample@example.com", "Fabrikam, Inc.",
             "VP Engineering, Platform", date(2024, 3, 19)),
        ],
        1,
    ),
    (
        "linkedin_Connections_excel_deDE_resaved_cp1252_SYNTHETIC.csv",
        [
            ("Björn", "Müller-Lüdenscheidt", BJORN, None, "Contoso GmbH", "Head of Procurement",
             date(2025, 10, 2)),
            ("Chris", "Sample, PhD", CHRIS, "chris.sample@example.com", "Fabrikam, Inc.",
             "VP Engineering, Platform", date(2024, 3, 19)),
        ],
        0,
    ),
    (
        "linkedin_legacy_outlook_format_pre2017_akitten.csv",
        [
            ("Hugh", "Triggerr", None, "hrc@trigger.com", "Florist", "Project Manager", None),
            ("Michael", "Harney", None, "m@mharney.co", "", "", None),
            ("Ola", "Malik", None, "ola@gmail.com", "Super Startup", "Junior Software Developer",
             None),
        ],
        0,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "expected", "hidden"), CONNECTION_SAMPLES)
def test_connections_samples(
    samples: Path, name: str, expected: list[tuple[object, ...]], hidden: int
) -> None:
    export = read_linkedin_export(samples / name)
    got = [
        (r.first_name, r.last_name, r.url, r.email, r.company, r.position, r.connected_on)
        for r in export.connections
    ]
    assert got == expected
    assert [i.code for i in export.skipped] == ["hidden_member"] * hidden
    assert export.rejected == ()


def test_messages_sample(samples: Path) -> None:
    export = read_linkedin_export(samples / "linkedin_messages_2024plus_SYNTHETIC.csv")
    assert export.owner_url == "https://www.linkedin.com/in/pat-owner"
    assert [(m.sender_url, m.sent_at) for m in export.messages] == [
        (AVERY, datetime(2025, 11, 20, 9, 15, 2, tzinfo=UTC)),
        ("https://www.linkedin.com/in/pat-owner", datetime(2025, 11, 20, 10, 2, 44, tzinfo=UTC)),
        (CHRIS, datetime(2025, 10, 1, 16, 40, tzinfo=UTC)),
    ]
    group = export.messages[2]
    assert group.recipient_urls == (
        "https://www.linkedin.com/in/pat-owner",
        "https://www.linkedin.com/in/danadoe",
    )
    # The "LinkedIn Member" without a profile URL is skipped, not an error.
    assert [(i.code, i.line) for i in export.skipped] == [("no_profile_url", 5)]


def test_invitations_sample(samples: Path) -> None:
    export = read_linkedin_export(samples / "linkedin_Invitations_2023plus_SYNTHETIC.csv")
    assert [(i.direction, i.inviter_url, i.sent_at) for i in export.invitations] == [
        (Direction.OUT, "https://www.linkedin.com/in/pat-owner",
         datetime(2025, 11, 14, 7, 47, tzinfo=UTC)),
        (Direction.IN, CHRIS, datetime(2024, 3, 19, 23, 2, tzinfo=UTC)),
    ]  # fmt: skip
    assert export.invitations[1].message == "Hi Pat, we met at the summit."


def test_endorsement_and_recommendation_samples(samples: Path) -> None:
    endorsed = read_linkedin_export(samples / "linkedin_Endorsement_Received_Info_SYNTHETIC.csv")
    assert [(t.kind, t.first_name, t.url, t.occurred_at, t.detail) for t in endorsed.touches] == [
        ("endorsement", "Avery", AVERY, datetime(2025, 12, 7, 14, 51, 7, tzinfo=UTC), "Procurement")
    ]
    recommended = read_linkedin_export(samples / "linkedin_Recommendations_Received_SYNTHETIC.csv")
    assert [(t.kind, t.last_name, t.occurred_at) for t in recommended.touches] == [
        ("recommendation", "Sample", datetime(2024, 11, 27, 9, 51, tzinfo=UTC))
    ]


@pytest.mark.parametrize(
    ("raw", "day_first", "expected"),
    [
        ("07 Mar 2020", False, date(2020, 3, 7)),
        ("5-Jan-26", False, date(2026, 1, 5)),
        ("06-May-22", False, date(2022, 5, 6)),
        ("16.09.2021", True, date(2021, 9, 16)),
        ("1/8/18, 6:14 PM", False, date(2018, 1, 8)),
        ("30-oct-09", False, date(2009, 10, 30)),
        ("12-déc.-21", False, date(2021, 12, 12)),
        ("2024-02-29", False, date(2024, 2, 29)),
        ("31/02/2020", True, None),
        ("yesterday", False, None),
    ],
)
def test_dates(raw: str, day_first: bool, expected: date | None) -> None:
    assert parse_linkedin_date(raw, day_first=day_first) == expected

"""A company's shared box in a card reaches the matcher as the company the card belongs with
(issue 10): imported from a real vCard file and paired by the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, connections_csv, write_export
from tests.pairing_service.test_identity import IN, lines, pair_rows, vcards


def test_a_box_in_the_card_pairs_the_person_with_the_profile_at_that_company(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # Two Charlotte Blancs on LinkedIn; her card holds a personal address and Studio
    # Citron's shared box.
    book = vcards(
        tmp_path / "book.vcf",
        ("Charlotte", "Blanc", "", ("charlotte.blanc@gmail.com", "contact@studiocitron.fr"), ""),
    )
    export = write_export(
        tmp_path,
        "01-15-2025",
        {
            "Connections.csv": connections_csv(
                [
                    ("Charlotte", "Blanc", IN + "charlotte-blanc-1", "", "Studio Citron SARL",
                     "Directrice artistique", "03 Feb 2019"),
                    ("Charlotte", "Blanc", IN + "charlotte-blanc-2", "", "Agence Safran Pourpre",
                     "Cheffe de projet", "03 Feb 2019"),
                ]
            )
        },
    )  # fmt: skip
    assert cli(capsys, db_path, "import", "contacts", str(book)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    assert cli(capsys, db_path, "match").code == 0
    rows = pair_rows(capsys, db_path)
    auto = [r for r in rows if r["status"] == "auto"]
    assert [(r["contact_email"], r["linkedin_url"]) for r in auto] == [
        ("charlotte.blanc@gmail.com", IN + "charlotte-blanc-1")
    ]
    assert (
        "the card also holds contact@studiocitron.fr, a shared address of Studio Citron SARL"
        in lines(auto[0]["evidence"])
    )
    # The box itself is never listed as anybody's pair.
    assert "contact@studiocitron.fr" not in {r["contact_email"] for r in rows}

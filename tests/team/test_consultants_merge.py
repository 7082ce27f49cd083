"""Two records found to be one person in a shared database: each consultant's own state of
the record that goes becomes theirs of the person (nothing lost), on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from tests.team.conftest import ok, rows
from tests.team.test_consultants_personal import ANA, IOANA_USER, _team, _today

CARD = """BEGIN:VCARD
VERSION:3.0
N:Synthetic;Ana;;;
FN:Ana Synthetic
EMAIL:ana.synthetic@mail.example
END:VCARD
"""


def test_a_consultants_snooze_of_a_merged_record_follows_the_person(
    team_db: str, tmp_path: Path
) -> None:
    _team(team_db, tmp_path)
    card = tmp_path / "ana.vcf"
    card.write_text(CARD, encoding="utf-8")
    ok(team_db, "import", "contacts", str(card))
    # Ioana snoozes Ana's second record, then I confirm it is Ana: one person.
    ok(
        team_db,
        *IOANA_USER,
        "lead",
        "snooze",
        "ana.synthetic@mail.example",
        "--until",
        "2026-06-01",
    )
    ok(team_db, "pair", "confirm", "ana.synthetic@mail.example", ANA)
    assert rows(team_db, "SELECT count(*) FROM person WHERE first_name = 'Ana'") == [(1,)]
    assert "Ana Synthetic" not in _today(team_db, *IOANA_USER)  # her snooze was kept
    assert "Ana Synthetic" in _today(team_db)  # mine: still active
    assert rows(
        team_db,
        "SELECT count(*) FROM personal_lead_state s JOIN person p ON p.id = s.person_id"
        " WHERE p.first_name = 'Ana'",
    ) == [(1,)]

"""The database itself keeps one confirmed profile per person and one person per profile,
and a database that already holds two confirmations upgrades to the latest one."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from linkrevive.domain.errors import InputError
from linkrevive.domain.redact import without_addresses
from linkrevive.storage.database import _MIGRATIONS, Database
from tests.team.conftest import connections, honest, lead_sheet, ok, rows


def _world(db: str, tmp_path: Path) -> tuple[list[int], list[int]]:
    people = [
        {"first": f"Ana{i}", "last": "Vidal", "email": f"ana{i}@vidal.example"} for i in (1, 2)
    ]
    ok(db, "import", "contacts", str(lead_sheet(tmp_path / "people.csv", people)))
    profiles = [
        (f"Kim{i}", "Soto", f"https://www.linkedin.com/in/kim-soto-{i}", "", "Soto") for i in (1, 2)
    ]
    ok(db, "import", "linkedin", str(connections(tmp_path / "Connections.csv", profiles)))
    person_ids = [pid for (pid,) in rows(db, "SELECT id FROM person ORDER BY id")]
    profile_ids = [pid for (pid,) in rows(db, "SELECT id FROM profile ORDER BY id")]
    return person_ids, profile_ids


def _confirm(db: str, pairs: list[tuple[int, int, str]]) -> None:
    database = Database(db, migrate=False)
    try:
        with database.engine.begin() as connection:
            for person_id, profile_id, day in pairs:
                connection.execute(
                    sa.text(
                        "INSERT INTO pairing (person_id, profile_id, status, score, evidence,"
                        " decided_at, updated_at) VALUES (:p, :q, 'confirmed', 1.0, '[]', :d, :d)"
                    ),
                    {"p": person_id, "q": profile_id, "d": f"2026-0{day} 10:00:00"},
                )
    finally:
        database.dispose()


def test_a_second_confirmation_of_a_side_is_refused_by_the_database(
    team_db: str, tmp_path: Path
) -> None:
    (anna1, anna2), (kim1, kim2) = _world(team_db, tmp_path)
    _confirm(team_db, [(anna1, kim1, "1-01")])
    with pytest.raises(sa.exc.IntegrityError):
        _confirm(team_db, [(anna1, kim2, "1-02")])
    with pytest.raises(sa.exc.IntegrityError):
        _confirm(team_db, [(anna2, kim1, "1-02")])
    # Through the app, a confirmation replaces the earlier one of both sides.
    outcome = ok(team_db, "pair", "confirm", "ana1@vidal.example", "linkedin.com/in/kim-soto-2")
    honest(outcome)
    assert rows(
        team_db, "SELECT person_id, profile_id FROM pairing WHERE status = 'confirmed'"
    ) == [(anna1, kim2)]


def test_a_database_holding_two_confirmations_upgrades_to_the_latest(
    team_db: str, tmp_path: Path
) -> None:
    (anna1, anna2), (kim1, kim2) = _world(team_db, tmp_path)
    # Back to revision 0005 (the later migrations undone), where two confirmations at once
    # on a server could leave a person with two confirmed profiles.
    database = Database(team_db, migrate=False)
    try:
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        config.set_main_option("path_separator", "os")
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
    finally:
        database.dispose()
    _confirm(team_db, [(anna1, kim1, "1-01"), (anna1, kim2, "2-01"), (anna2, kim2, "1-15")])

    Database(team_db).dispose()

    confirmed = rows(
        team_db, "SELECT person_id, profile_id FROM pairing WHERE status = 'confirmed'"
    )
    assert confirmed == [(anna1, kim2)]  # the latest decision of each side stays
    with pytest.raises(sa.exc.IntegrityError):
        _confirm(team_db, [(anna2, kim2, "3-01")])


def test_a_refused_write_names_the_rule_and_no_data(team_db: str, tmp_path: Path) -> None:
    (anna1, _anna2), (kim1, kim2) = _world(team_db, tmp_path)
    database = Database(team_db)
    try:
        with pytest.raises(InputError) as refused, database.session(write=True) as session:
            for profile_id in (kim1, kim2):
                session.execute(
                    sa.text(
                        "INSERT INTO pairing (person_id, profile_id, status, score, evidence,"
                        " updated_at) VALUES (:p, :q, 'confirmed', 1, 'ana1@vidal.example', "
                        " CURRENT_TIMESTAMP)"
                    ),
                    {"p": anna1, "q": profile_id},
                )
    finally:
        database.dispose()
    assert refused.value.code == "write_refused"
    message = refused.value.message()
    assert "ix_pairing_confirmed_person" in message or "pairing.person_id" in message
    assert "ana1@vidal.example" not in message and "INSERT" not in message


def test_a_driver_message_loses_the_addresses_it_quotes() -> None:
    text = 'duplicate key (email)=(ana1@vidal.example), "jean.o\'neil@x.co" at 127.0.0.1'
    assert without_addresses(text) == (
        'duplicate key (email)=(<address>), "<address>" at 127.0.0.1'
    )

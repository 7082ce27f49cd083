"""Two imports, or five editors, writing the same people at once: nothing lost, no crash."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team.conftest import ROUNDS, honest, lead_sheet, mbox, ok, rows
from tests.team.crew import Crew

PEOPLE = 40


def _people(r: int, **extra: str) -> list[dict[str, str]]:
    return [
        {"first": f"Anne{r}x{i}", "last": "Martin", "email": f"p{r}-{i}@team.example",
         "company": f"Atelier {r}", **extra}
        for i in range(PEOPLE)
    ]  # fmt: skip


def test_two_address_books_updating_the_same_people_lose_nothing(
    team_db: str, crew: Crew, tmp_path: Path
) -> None:
    for r in range(ROUNDS):
        base = lead_sheet(tmp_path / f"base{r}.csv", _people(r))
        ok(team_db, "import", "contacts", str(base))
        first = lead_sheet(tmp_path / f"a{r}.csv", _people(r, notes=f"seen by A{r}", tags=f"a{r}"))
        second = lead_sheet(tmp_path / f"b{r}.csv", _people(r, notes=f"seen by B{r}", tags=f"b{r}"))
        outcomes = crew.round(
            [
                [["--db", team_db, "import", "contacts", str(first)]],
                [["--db", team_db, "import", "contacts", str(second)]],
            ]
        )
        for outcome in outcomes:
            honest(outcome, [p["email"] for p in _people(r)])
            assert outcome.code == 0, outcome
            assert f"{PEOPLE} updated" in outcome.out, outcome
        stored = rows(
            team_db,
            "SELECT p.notes, p.tags FROM person p JOIN person_email e ON e.person_id = p.id "
            "WHERE e.email LIKE :pattern",
            pattern=f"p{r}-%@team.example",
        )
        assert len(stored) == PEOPLE
        for notes, tags in stored:
            assert f"seen by A{r}" in notes and f"seen by B{r}" in notes, (r, notes)
            assert set(tags.split(",")) == {f"a{r}", f"b{r}"}, (r, tags)


def test_a_mailbox_and_a_lead_sheet_bringing_the_same_new_addresses(
    team_db: str, crew: Crew, tmp_path: Path
) -> None:
    seed = [{"first": "Seed", "last": "Person", "email": "seed@team.example"}]
    ok(team_db, "import", "contacts", str(lead_sheet(tmp_path / "seed.csv", seed)))
    for r in range(ROUNDS):
        fresh = [(f"Paul{r}y{i} Durand", f"n{r}-{i}@client.example") for i in range(5)]
        box = mbox(tmp_path / f"box{r}.mbox", fresh)
        sheet = lead_sheet(
            tmp_path / f"sheet{r}.csv",
            [{"first": n.split()[0], "last": "Durand", "email": a, "company": "Client SA",
              "notes": f"sheet {r}"} for n, a in fresh],
        )  # fmt: skip
        outcomes = crew.round(
            [
                [["--db", team_db, "import", "contacts", str(box)]],
                [["--db", team_db, "import", "contacts", str(sheet)]],
            ]
        )
        for outcome in outcomes:
            honest(outcome, [a for _n, a in fresh])
            assert outcome.code == 0, outcome
        stored = rows(
            team_db,
            "SELECT e.email, p.notes, (SELECT count(*) FROM exchange x WHERE x.person_id = p.id)"
            " FROM person_email e JOIN person p ON p.id = e.person_id"
            " WHERE e.email LIKE :pattern ORDER BY e.email",
            pattern=f"n{r}-%@client.example",
        )
        assert [e for e, _n, _x in stored] == sorted(a for _n, a in fresh)
        for _email, notes, exchanges in stored:
            assert notes == f"sheet {r}"  # the sheet's notes on the one person
            assert exchanges == 1  # and the mailbox's message


@pytest.fixture(scope="module")
def crew5() -> Iterator[Crew]:
    """Five processes that start their commands together."""
    team = Crew(5)
    yield team
    team.close()


def test_five_editors_on_ten_people_are_never_refused_and_lose_nothing(
    team_db: str, crew5: Crew, tmp_path: Path
) -> None:
    people = [
        {"first": f"Lea{i}", "last": "Roux", "email": f"lead{i}@team.example", "company": "Roux"}
        for i in range(10)
    ]
    ok(team_db, "import", "contacts", str(lead_sheet(tmp_path / "leads.csv", people)))
    stages = ["first_contact", "info_sent", "call_agreed", "call_postponed", "visit", "lost"]
    draw = random.Random(17)
    edits = 0
    for _ in range(ROUNDS):
        jobs = [
            [
                ["--db", team_db, "lead", "set", "--stage", draw.choice(stages),
                 draw.choice(people)["email"]]
                for _ in range(2)
            ]
            for _ in range(5)
        ]  # fmt: skip
        for outcome in crew5.round(jobs):
            honest(outcome, [p["email"] for p in people])
            assert outcome.code == 0, outcome  # nothing conflicted: nobody is refused
            edits += 2
    # Every change is logged with the stage it replaced: the chain of each person's events
    # has no gap (a lost update would show an edit replacing a stage nobody saw) and ends
    # with the stage stored.
    events = rows(
        team_db,
        "SELECT person_id, old_value, new_value FROM lead_event WHERE kind = 'stage_changed'"
        " ORDER BY person_id, id",
    )
    assert events
    last: dict[int, str | None] = {}
    for person_id, old, new in events:
        assert old == last.get(person_id), (person_id, old, last.get(person_id))
        last[person_id] = new
    stored = dict(rows(team_db, "SELECT id, stage FROM person"))
    assert {pid: stored[pid] for pid in last} == last
    assert edits == ROUNDS * 10

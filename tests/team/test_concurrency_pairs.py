"""Confirmations at the same moment: one confirmed profile per person and per profile."""

from __future__ import annotations

from pathlib import Path

from tests.team.conftest import ROUNDS, connections, honest, lead_sheet, ok, rows
from tests.team.crew import Crew


def _world(db: str, tmp_path: Path) -> None:
    """Per round: person ``p{r}`` and three profiles nobody pairs by name or address."""
    profiles = [
        (f"Zed{r}{side}", f"Quill{side}", f"https://www.linkedin.com/in/zq-{r}-{side}",
         f"zq{r}{side}@far.example", f"Far {side}")
        for r in range(ROUNDS)
        for side in ("a", "b", "c")
    ]  # fmt: skip
    ok(db, "import", "linkedin", str(connections(tmp_path / "Connections.csv", profiles)))
    people = [
        {"first": f"Yann{r}", "last": "Bernard", "email": f"p{r}@team.example",
         "company": "Bernard"}
        for r in range(ROUNDS)
    ]  # fmt: skip
    ok(db, "import", "contacts", str(lead_sheet(tmp_path / "people.csv", people)))


def _url(r: int, side: str) -> str:
    return f"https://www.linkedin.com/in/zq-{r}-{side}"


def _confirmed(db: str) -> list[tuple[int, int]]:
    return [
        (person, profile)
        for person, profile in rows(
            db, "SELECT person_id, profile_id FROM pairing WHERE status = 'confirmed'"
        )
    ]


def _one_per_side(db: str) -> None:
    confirmed = _confirmed(db)
    assert len({p for p, _q in confirmed}) == len(confirmed), confirmed
    assert len({q for _p, q in confirmed}) == len(confirmed), confirmed


def test_two_profiles_confirmed_for_one_person_at_once(
    team_db: str, crew: Crew, tmp_path: Path
) -> None:
    _world(team_db, tmp_path)
    for r in range(ROUNDS):
        outcomes = crew.round(
            [
                [["--db", team_db, "pair", "confirm", f"p{r}@team.example", _url(r, "a")]],
                [["--db", team_db, "pair", "confirm", f"p{r}@team.example", _url(r, "b")]],
            ]
        )
        for outcome in outcomes:
            honest(outcome)
            assert outcome.code == 0, outcome
        _one_per_side(team_db)
    assert len(_confirmed(team_db)) == ROUNDS


def test_the_same_new_pair_confirmed_twice_at_once(
    team_db: str, crew: Crew, tmp_path: Path
) -> None:
    _world(team_db, tmp_path)
    for r in range(ROUNDS):
        job = [["--db", team_db, "pair", "confirm", f"p{r}@team.example", _url(r, "c")]]
        for outcome in crew.round([job, job]):
            honest(outcome)
            assert outcome.code == 0, outcome
        _one_per_side(team_db)
    pairs = rows(
        team_db,
        "SELECT count(*) FROM pairing g JOIN profile q ON q.id = g.profile_id"
        " WHERE q.url LIKE '%/zq-%-c' AND g.status = 'confirmed'",
    )
    assert pairs == [(ROUNDS,)]


def test_an_import_pairing_beside_a_confirmation_saves_both(
    team_db: str, crew: Crew, tmp_path: Path
) -> None:
    """The import brings the profile's own address (it pairs by itself) while the user
    confirms that profile for somebody else: the import is saved with its pairing, the
    confirmation stands, and no proposal is left on the confirmed profile."""
    _world(team_db, tmp_path)
    for r in range(ROUNDS):
        filler = [
            {"first": f"Noe{r}w{i}", "last": "Faure", "email": f"w{r}-{i}@filler.example",
             "company": "Faure"}
            for i in range(100)
        ]  # fmt: skip
        twin = {"first": f"Zed{r}a", "last": "Quilla", "email": f"zq{r}a@far.example",
                "company": "Far a"}  # fmt: skip
        sheet = lead_sheet(tmp_path / f"twin{r}.csv", [*filler, twin])
        outcomes = crew.round(
            [
                [["--db", team_db, "import", "contacts", str(sheet)]],
                [["--db", team_db, "pair", "confirm", f"p{r}@team.example", _url(r, "a")]],
            ]
        )
        for outcome in outcomes:
            honest(outcome, [twin["email"]])
            assert outcome.code == 0, outcome
        _one_per_side(team_db)
        saved = rows(team_db, "SELECT count(*) FROM person_email WHERE email LIKE :p", p=f"w{r}-%")
        assert saved == [(100,)]
        stray = rows(
            team_db,
            "SELECT g.person_id FROM pairing g JOIN profile q ON q.id = g.profile_id"
            " WHERE q.url = :u AND g.status != 'confirmed' AND g.status != 'rejected'",
            u=_url(r, "a"),
        )
        assert stray == [], r

"""The user's explicit choices (a stage, a forget) win over an import running beside them."""

from __future__ import annotations

from pathlib import Path

from tests.team.conftest import ROUNDS, connections, honest, lead_sheet, ok, rows
from tests.team.crew import Crew

FILLER = 150


def _filler(r: int) -> list[dict[str, str]]:
    return [
        {"first": f"Marc{r}z{i}", "last": "Petit", "email": f"f{r}-{i}@filler.example",
         "company": f"Petit {r}", "stage": "Premier contact"}
        for i in range(FILLER)
    ]  # fmt: skip


def test_a_stage_set_during_a_lead_sheet_import_is_kept(
    team_db: str, crew: Crew, tmp_path: Path
) -> None:
    for r in range(ROUNDS):
        lead = {"first": f"Chloe{r}", "last": "Morel", "email": f"lead{r}@team.example",
                "company": "Morel"}  # fmt: skip
        base = lead_sheet(tmp_path / f"base{r}.csv", [{**lead, "stage": "Premier contact"}])
        ok(team_db, "import", "contacts", str(base))
        # The sheet says "info sent" for the lead, below rows that keep the import busy.
        sheet = lead_sheet(
            tmp_path / f"sheet{r}.csv", [*_filler(r), {**lead, "stage": "Infos envoyées"}]
        )
        outcomes = crew.round(
            [
                [["--db", team_db, "import", "contacts", str(sheet)]],
                [["--db", team_db, "lead", "set", "--stage", "lost", lead["email"]]],
            ]
        )
        for outcome in outcomes:
            honest(outcome, [lead["email"]])
            assert outcome.code == 0, outcome
        stage = rows(
            team_db,
            "SELECT p.stage FROM person p JOIN person_email e ON e.person_id = p.id"
            " WHERE e.email = :email",
            email=lead["email"],
        )
        assert stage == [("lost",)], r


def test_a_profile_forgotten_during_a_first_contacts_import_stays_forgotten(
    team_db: str, crew: Crew, tmp_path: Path
) -> None:
    profiles = [
        (f"Ines{r}", "Garnier", f"https://www.linkedin.com/in/ines-garnier-{r}",
         f"ines{r}@garnier.example", "Garnier")
        for r in range(ROUNDS)
    ]  # fmt: skip
    ok(team_db, "import", "linkedin", str(connections(tmp_path / "Connections.csv", profiles)))
    for r in range(ROUNDS):
        first, last, url, email, company = profiles[r]
        sheet = lead_sheet(
            tmp_path / f"contacts{r}.csv",
            [*_filler(r), {"first": first, "last": last, "email": email, "company": company}],
        )
        outcomes = crew.round(
            [
                [["--db", team_db, "import", "contacts", str(sheet)]],
                [["--db", team_db, "forget", url]],
            ]
        )
        for outcome in outcomes:
            honest(outcome, [email])
            assert outcome.code == 0, outcome
        assert rows(team_db, "SELECT id FROM person_email WHERE email = :e", e=email) == [], r
        assert rows(team_db, "SELECT id FROM profile WHERE url = :u", u=url) == [], r
        assert rows(
            team_db, "SELECT count(*) FROM person_email WHERE email LIKE :p", p=f"f{r}-%"
        ) == [(FILLER,)]

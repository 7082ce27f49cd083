"""Pairing through the command line: proposals, decisions that survive imports and re-matches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from linkrevive.domain.phrases import evidence_text
from linkrevive.services import pairing
from linkrevive.services.workspace import Workspace
from linkrevive.storage.tables import PairingRow
from tests.helpers import cli, connections_csv, write_export

SHEET = (
    "Prénom;Nom;E-mail;Société;Étape\n"
    "Jean-Pierre;Dupont;jpdupont@pixelbleu.fr;Pixel Bleu SARL;Appel convenu\n"
    "Marie;De la Fontaine;marie@gmail.com;;Infos envoyées\n"
    "Luc;Bernard;contact@agence-bernard.fr;Agence Bernard;Premier contact\n"
)


def world(tmp_path: Path, stamp: str = "01-15-2025") -> tuple[Path, Path]:
    sheet = tmp_path / "leads.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    export = write_export(
        tmp_path,
        stamp,
        {
            "Connections.csv": connections_csv(
                [
                    ("Jean-Pierre", "Dupont", "https://www.linkedin.com/in/jpdupont", "",
                     "Pixel Bleu", "CTO", "03 Feb 2019"),
                    ("Marie", "DE LA FONTAINE 🚀", "https://www.linkedin.com/in/mdlf", "",
                     "Studio Sud", "Gérante", "03 Feb 2019"),
                    ("Luc", "Bernard", "https://www.linkedin.com/in/lucbernard", "",
                     "Agence Bernard", "CEO", "03 Feb 2019"),
                ]
            )
        },
    )  # fmt: skip
    return sheet, export


def pairs(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, tuple[str, str]]:
    rows = cli(capsys, db, "pairs", "--format", "json").json()
    return {r["contact_email"]: (r["linkedin_url"], r["status"]) for r in rows}


def test_pairs_and_decisions_survive_reimport_and_rematch(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sheet, export = world(tmp_path)
    assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    found = pairs(capsys, db_path)
    assert found["jpdupont@pixelbleu.fr"] == ("https://www.linkedin.com/in/jpdupont", "auto")
    # A shared box is never a person.
    assert "contact@agence-bernard.fr" not in found
    evidence = cli(capsys, db_path, "pairs", "--format", "json").json()[0]["evidence"]
    assert isinstance(evidence, list) and evidence
    assert all(isinstance(line, str) for line in evidence)
    assert "email domain pixelbleu.fr ~ company Pixel Bleu" in evidence

    assert cli(capsys, db_path, "pair", "reject", "jpdupont@pixelbleu.fr",
               "https://www.linkedin.com/in/jpdupont").code == 0  # fmt: skip
    assert cli(capsys, db_path, "pair", "confirm", "marie@gmail.com",
               "https://www.linkedin.com/in/mdlf").code == 0  # fmt: skip
    for _ in range(2):
        assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
        assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
        assert cli(capsys, db_path, "match").code == 0
        found = pairs(capsys, db_path)
        assert found["jpdupont@pixelbleu.fr"] == (
            "https://www.linkedin.com/in/jpdupont",
            "rejected",
        )
        assert found["marie@gmail.com"] == ("https://www.linkedin.com/in/mdlf", "confirmed")
    people = {p["name"]: p for p in cli(capsys, db_path, "people", "--format", "json").json()}
    assert people["Marie De la Fontaine"]["linkedin_url"] == "https://www.linkedin.com/in/mdlf"
    assert people["Jean-Pierre Dupont"]["linkedin_url"] is None


def test_deciding_on_unknown_keys_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    result = cli(capsys, db_path, "pair", "confirm", "nobody@x.fr", "https://www.linkedin.com/in/x")
    assert result.code == 1
    assert result.err.strip() == "linkrevive: No person or LinkedIn profile matches 'nobody@x.fr'."


def test_pairing_after_each_import_equals_a_full_match(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sheet, export = world(tmp_path)
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
    more = tmp_path / "more.csv"
    more.write_text("Prénom;Nom;E-mail\nLuc;Bernard;luc.bernard@agence-bernard.fr\n", "utf-8")
    assert cli(capsys, db_path, "import", "contacts", str(more)).code == 0
    incremental = cli(capsys, db_path, "pairs", "--format", "json").json()
    assert any(r["contact_email"] == "luc.bernard@agence-bernard.fr" for r in incremental)
    assert cli(capsys, db_path, "match").code == 0
    assert cli(capsys, db_path, "pairs", "--format", "json").json() == incremental


def test_evidence_is_stored_as_codes_and_old_sentences_still_read(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sheet, export = world(tmp_path)
    assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    workspace = Workspace.open(str(db_path))
    try:
        rows = {r.profile_url: r for r in pairing.list_pairs(workspace)}
        jp = rows["https://www.linkedin.com/in/jpdupont"]
        assert [e["code"] for e in jp.evidence] == ["same_name", "domain_company"]
        # A row written before evidence codes: plain English sentences.
        table = PairingRow.__table__  # type: ignore[attr-defined]
        with workspace.database.session(write=True) as session:
            session.execute(
                sa.update(table)
                .where(table.c.person_id == jp.person_id)
                .values(evidence=json.dumps(["same name", "old free text", "decided by the user"]))
            )
        old = next(r for r in pairing.list_pairs(workspace) if r.person_id == jp.person_id)
        assert old.evidence == (
            {"code": "text", "text": "same name"},
            {"code": "text", "text": "old free text"},
            {"code": "user_decided"},
        )
        assert [evidence_text(e, "fr") for e in old.evidence] == [
            "same name",
            "old free text",
            "décidé par l'utilisateur",
        ]
        # A pair the user made up is evidenced by the decision.
        pairing.decide(
            workspace, jp.person_id, rows["https://www.linkedin.com/in/mdlf"].profile_id, True
        )
        made = next(
            r
            for r in pairing.list_pairs(workspace)
            if r.profile_url == "https://www.linkedin.com/in/mdlf" and r.person_id == jp.person_id
        )
        assert made.evidence == ({"code": "user_decided"},)
        assert evidence_text(made.evidence[0], "fr") == "décidé par l'utilisateur"
    finally:
        workspace.close()
    rows_json = cli(capsys, db_path, "pairs", "--format", "json").json()
    assert ["decided by the user"] in [r["evidence"] for r in rows_json]

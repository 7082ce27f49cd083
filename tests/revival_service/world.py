"""A small real world for the revival service tests: two LinkedIn exports, a lead sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from linkrevive.services.workspace import Workspace
from linkrevive.storage.tables import PairingRow, PersonEmailRow, ProfileRow
from tests.helpers import (
    cli,
    connections_csv,
    invitations_csv,
    messages_csv,
    write_export,
)

AS_OF = "2026-03-20"
OWNER = "https://www.linkedin.com/in/claire-vendeuse"
ANNE = "https://www.linkedin.com/in/anne-lef%C3%A8vre"
BRUNO = "https://www.linkedin.com/in/bruno-marchal"
GASTON = "https://www.linkedin.com/in/gaston-roux"
DAVID = "https://www.linkedin.com/in/david-nguyen"
EMILE = "https://www.linkedin.com/in/emile-van-den-berghe"

ANNE_MAIL = "anne@pixelbleu.fr"
BRUNO_MAIL = "bruno@studiokode.fr"
GASTON_MAIL = "gaston@roux-web.fr"
HELENE_MAIL = "contact@agence-morel.fr"
IVAN_MAIL = "ivan@petit-co.fr"
KARL_MAIL = "karl.weber@weber-digital.ch"
JULIE_MAIL = "julie@noexchange.fr"

# The user's lead sheet: stage, stall reason and the last contact (counted as an exchange).
SHEET = f"""First name,Last name,Email,Company,Country,Stage,Stall reason,Last contact,Notes
Anne,Lefèvre,{ANNE_MAIL},Pixel Bleu SARL,France,Call postponed,No time,2023-05-10,
Bruno,Marchal,{BRUNO_MAIL},Studio Kôdé,Belgique,Info sent,No immediate need,2022-09-01,
Gaston,Roux,{GASTON_MAIL},Roux Web,Suisse,Test project,Distance,2021-06-15,
Hélène,Morel,{HELENE_MAIL},Agence Morel,France,,,2023-01-20,
Ivan,Petit,{IVAN_MAIL},Petit & Co,France,Client,,2022-01-01,
Karl,Weber,{KARL_MAIL},Weber Digital,Suisse,First contact,Other,2025-11-02,
Julie,Sans-Échange,{JULIE_MAIL},Nulle Part,France,,,,
"""


def first_export(folder: Path) -> Path:
    """January 2025: Anne at Pixel Bleu, Bruno CTO, Gaston, David at Pixel Bleu."""
    return write_export(
        folder,
        "01-15-2025",
        {
            "Connections.csv": connections_csv(
                [
                    ("Anne", "Lefèvre", ANNE, "", "Pixel Bleu SARL", "Développeuse", "03 Feb 2019"),
                    ("Bruno", "Marchal", BRUNO, "", "Studio Kôdé", "CTO", "11 Jun 2020"),
                    ("Gaston", "Roux", GASTON, "", "Roux Web", "Gérant", "20 Sep 2018"),
                    ("David", "Nguyen", DAVID, "", "Pixel Bleu", "Lead dev", "02 Jan 2017"),
                ]
            )
        },
    )


def second_export(folder: Path) -> Path:
    """March 2026: Anne moved and wrote on LinkedIn, Bruno is CEO, Émile invites the user."""
    return write_export(
        folder,
        "03-15-2026",
        {
            "Connections.csv": connections_csv(
                [
                    ("Anne", "Lefèvre", ANNE, "", "Atelier Numérique", "CTO", "03 Feb 2019"),
                    ("Bruno", "Marchal", BRUNO, "", "Studio Kôdé", "CEO", "11 Jun 2020"),
                    ("Gaston", "Roux", GASTON, "", "Roux Web", "Gérant", "20 Sep 2018"),
                    ("David", "Nguyen", DAVID, "", "Pixel Bleu", "Lead dev", "02 Jan 2017"),
                ]
            ),
            "messages.csv": messages_csv(
                [
                    {
                        "CONVERSATION ID": "2-abc==",
                        "FROM": "Anne Lefèvre",
                        "SENDER PROFILE URL": ANNE,
                        "TO": "Claire Vendeuse",
                        "RECIPIENT PROFILE URLS": OWNER,
                        "DATE": "2026-03-01 08:30:00 UTC",
                        "SUBJECT": "Nouveau projet",
                        "CONTENT": "Bonjour Claire",
                        "FOLDER": "INBOX",
                        "IS MESSAGE DRAFT": "No",
                        "IS CONVERSATION DRAFT": "No",
                    }
                ]
            ),
            "Invitations.csv": invitations_csv(
                [
                    (
                        "Émile Van den Berghe",
                        "Claire Vendeuse",
                        "2/20/26, 9:05 AM",
                        "Bonjour, on s'était parlé en 2021",
                        "INCOMING",
                        EMILE,
                        OWNER,
                    )
                ]
            ),
        },
    )


def pair(db: Path, email: str, url: str) -> None:
    """Record the user's confirmation that ``email``'s person is the profile at ``url``.

    Written straight to the store so that these tests do not depend on the matcher; any
    pairing the matcher made for either side is replaced.
    """
    workspace = Workspace.open(str(db))
    try:
        with workspace.database.session(write=True) as session:
            table = PairingRow.__table__  # type: ignore[attr-defined]
            emails = PersonEmailRow.__table__  # type: ignore[attr-defined]
            profiles = ProfileRow.__table__  # type: ignore[attr-defined]
            person_id = session.execute(
                sa.select(emails.c.person_id).where(emails.c.email == email)
            ).scalar_one()
            profile_id = session.execute(
                sa.select(profiles.c.id).where(profiles.c.url == url)
            ).scalar_one()
            session.execute(
                sa.delete(table).where(
                    sa.or_(table.c.person_id == person_id, table.c.profile_id == profile_id)
                )
            )
            session.add(
                PairingRow(person_id=person_id, profile_id=profile_id, status="confirmed", score=1)
            )
    finally:
        workspace.close()


def build_world(capsys: pytest.CaptureFixture[str], db: Path, folder: Path) -> dict[str, Path]:
    """Import both exports and the lead sheet, pair Anne, Bruno and Gaston."""
    sheet = folder / "leads.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    files = {"first": first_export(folder), "second": second_export(folder), "sheet": sheet}
    for key in ("first", "second"):
        result = cli(capsys, db, "import", "linkedin", str(files[key]))
        assert result.code == 0, result.err
    result = cli(capsys, db, "import", "contacts", str(sheet))
    assert result.code == 0, result.err
    pair(db, ANNE_MAIL, ANNE)
    pair(db, BRUNO_MAIL, BRUNO)
    pair(db, GASTON_MAIL, GASTON)
    return files

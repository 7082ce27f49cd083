"""The to-connect list holds people only: never an automated sender (issue 13, defect 8)."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import cli

ME = "claire@vendeuse.ro"


def _message(sender: str, to: str, day: int, subject: str) -> str:
    return (
        f"From {sender} Mon Jan {day:02d} 10:00:00 2024\n"
        f"From: {sender}\nTo: {to}\nSubject: {subject}\n"
        f"Date: Mon, {day:02d} Jan 2024 10:00:00 +0000\n"
        f"Message-ID: <{day}.x@example.org>\n\nHello\n\n"
    )


def _names(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return [row["email"] for row in csv.DictReader(io.StringIO(text, newline=""))]


def test_an_automated_sender_never_is_to_connect(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "crm.sqlite3"
    mbox = tmp_path / "mail.mbox"
    mbox.write_text(
        _message("Paul Ferrand <paul@ferrand-web.fr>", ME, 8, "Devis")
        + _message(ME, "Paul Ferrand <paul@ferrand-web.fr>", 9, "Re: Devis")
        + _message("Suivi Colis <suivi@colis-express.fr>", ME, 10, "Votre colis")
        + _message(ME, "Suivi Colis <suivi@colis-express.fr>", 11, "Re: Votre colis"),
        encoding="utf-8",
    )
    assert cli(capsys, db, "import", "contacts", str(mbox), "--me", ME).code == 0
    target = tmp_path / "to-connect.csv"
    assert cli(capsys, db, "export", "to-connect", "-o", str(target)).code == 0
    assert sorted(_names(target)) == ["paul@ferrand-web.fr", "suivi@colis-express.fr"]
    # Later evidence (headers of another import, its behaviour, the user's word) makes the
    # parcel tracker an automated sender while its exchanges stay: it leaves the list.
    connection = sqlite3.connect(db)
    connection.execute(
        "UPDATE person SET kind = 'automated', kind_reason = 'behaviour' WHERE id = "
        "(SELECT person_id FROM person_email WHERE email = 'suivi@colis-express.fr')"
    )
    connection.commit()
    connection.close()
    assert cli(capsys, db, "export", "to-connect", "-o", str(target)).code == 0
    assert _names(target) == ["paul@ferrand-web.fr"]

"""`forget` forgets (issue 13, defect 4): no file the app wrote keeps the person, with
SQLite's secure delete forced off, and no source brings them back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.helpers import cli, connections_csv, invitations_csv, messages_csv, write_export

ZOE_MAIL = "zoe.quintard@quintard-studio.fr"
ZOE_URL = "https://www.linkedin.com/in/zoe-quintard-4b2"
ZOE_OTHER_URL = "https://www.linkedin.com/in/zquintard"  # only a suggestion for her address
OWNER = "https://www.linkedin.com/in/claire-vendeuse"
ME = "claire@vendeuse.ro"
# What must disappear from every file: the address, both profile URLs, the name in the
# forms the sources write it (the accent makes the UTF-8 bytes differ from ASCII).
NEEDLES = (ZOE_MAIL, "zoe-quintard-4b2", "zquintard", "Quintard", "QUINTARD")

SHEET = f"""First name,Last name,Email,Company,Country,Stage,Stall reason,Last contact,Notes
Zoé,Quintard,{ZOE_MAIL},Quintard Studio,France,Call postponed,No time,2023-05-10,met in Lyon
Paul,Ferrand,paul@ferrand-web.fr,Ferrand Web,France,Info sent,No immediate need,2022-09-01,
"""

VCARD = f"""BEGIN:VCARD
VERSION:3.0
N:Quintard;Zoé;;;
FN:Zoé Quintard
EMAIL;TYPE=WORK:{ZOE_MAIL}
ORG:Quintard Studio
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Ferrand;Paul;;;
FN:Paul Ferrand
EMAIL:paul@ferrand-web.fr
END:VCARD
"""


def _message(sender: str, to: str, day: int, subject: str) -> str:
    return (
        f"From {sender} Mon Jan {day:02d} 10:00:00 2024\n"
        f"From: {sender}\nTo: {to}\nSubject: {subject}\n"
        f"Date: Mon, {day:02d} Jan 2024 10:00:00 +0000\n"
        f"Message-ID: <{day}.{sender}>\n\nHello\n\n"
    )


MBOX = (
    _message(f"Zoé Quintard <{ZOE_MAIL}>", ME, 8, "Projet Quintard")
    + _message(ME, f"Zoé Quintard <{ZOE_MAIL}>", 9, "Re: Projet Quintard")
    + _message("Paul Ferrand <paul@ferrand-web.fr>", ME, 10, "Devis")
)


def _sources(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    connections = [
        ("Zoé", "Quintard", ZOE_URL, ZOE_MAIL, "Quintard Studio", "CEO", "03 Feb 2019"),
        ("Zoé", "Quintard", ZOE_OTHER_URL, "", "Atelier Q", "Designer", "05 Mar 2020"),
        ("Paul", "Ferrand", "https://www.linkedin.com/in/paul-ferrand", "", "Ferrand Web", "CTO",
         "11 Jun 2020"),
    ]  # fmt: skip
    message = {
        "CONVERSATION ID": "2-zq==",
        "FROM": "Zoé Quintard",
        "SENDER PROFILE URL": ZOE_URL,
        "TO": "Claire Vendeuse",
        "RECIPIENT PROFILE URLS": OWNER,
        "DATE": "2026-03-01 08:30:00 UTC",
        "SUBJECT": "Nouveau projet",
        "CONTENT": "Bonjour Claire, c'est Zoé Quintard",
        "FOLDER": "INBOX",
        "IS MESSAGE DRAFT": "No",
        "IS CONVERSATION DRAFT": "No",
    }
    invitation = (
        "Zoé Quintard", "Claire Vendeuse", "2/20/26, 9:05 AM", "Bonjour", "INCOMING",
        ZOE_OTHER_URL, OWNER,
    )  # fmt: skip
    export = write_export(
        folder,
        "03-15-2026",
        {
            "Connections.csv": connections_csv(connections),
            "messages.csv": messages_csv([message]),
            "Invitations.csv": invitations_csv([invitation]),
        },
    )
    files = {"linkedin": export}
    for name, text in (("leads.csv", SHEET), ("cards.vcf", VCARD), ("mail.mbox", MBOX)):
        files[name] = folder / name
        files[name].write_text(text, encoding="utf-8")
    return files


@pytest.fixture
def secure_delete_off() -> Iterator[None]:
    """Every connection the app opens has SQLite's secure delete off, whatever the build's
    default: forget must not rely on it."""

    def off(dbapi_connection: Any, _record: Any) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.execute("PRAGMA secure_delete=OFF")

    sa.event.listen(sa.pool.Pool, "connect", off)
    try:
        yield
    finally:
        sa.event.remove(sa.pool.Pool, "connect", off)


def _files_holding(folder: Path) -> dict[str, list[str]]:
    """Every file under ``folder`` the app wrote (database, journals, backups) that holds
    one of the needles, with the needles found."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.parent.name == "sources":
            continue
        data = path.read_bytes()
        hits = [n for n in NEEDLES if n.encode() in data or n.encode("utf-16-le") in data]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


def _suggest(db: Path, email: str, url: str) -> None:
    """Store a suggested pairing as the matcher leaves one (status 'suggested')."""
    connection = sqlite3.connect(db)
    try:
        person = connection.execute(
            "SELECT person_id FROM person_email WHERE email = ?", (email,)
        ).fetchone()[0]
        profile = connection.execute("SELECT id FROM profile WHERE url = ?", (url,)).fetchone()[0]
        connection.execute("DELETE FROM pairing WHERE profile_id = ?", (profile,))
        connection.execute(
            "INSERT INTO pairing (person_id, profile_id, status, score, evidence, updated_at) "
            "VALUES (?, ?, 'suggested', 0.7, '[]', '2026-03-16 00:00:00')",
            (person, profile),
        )
        connection.commit()
    finally:
        connection.close()


@pytest.mark.usefixtures("secure_delete_off")
def test_forget_leaves_nothing_in_any_file_and_nothing_comes_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sources = _sources(tmp_path / "sources")
    home = tmp_path / "data"
    db = home / "crm.sqlite3"
    order = ("linkedin", "leads.csv", "cards.vcf", "mail.mbox")

    def import_all() -> None:
        for name in order:
            kind = "linkedin" if name == "linkedin" else "contacts"
            extra = ("--me", ME) if name == "mail.mbox" else ()
            result = cli(capsys, db, "import", kind, str(sources[name]), *extra)
            assert result.code == 0, (name, result.err)

    home.mkdir()
    import_all()
    import_all()  # a second round: more backups, each holding her
    _suggest(db, ZOE_MAIL, ZOE_OTHER_URL)
    # One more import after the suggestion: the newest backup holds it.
    assert cli(capsys, db, "import", "contacts", str(sources["leads.csv"])).code == 0
    holding = _files_holding(home)
    assert "crm.sqlite3" in holding or "crm.sqlite3-wal" in holding
    assert sum(1 for name in holding if name.startswith("backups/")) >= 3

    result = cli(capsys, db, "forget", ZOE_MAIL)
    assert result.code == 0, result.err
    assert result.out.startswith(f"{ZOE_MAIL}: forgotten (")
    assert f"Also forgotten: {ZOE_OTHER_URL}, a LinkedIn profile suggested" in result.out
    assert _files_holding(home) == {}
    assert "Rewritten without them: " in result.out

    # Every source again, twice: she stays out, and so does the suggested profile.
    import_all()
    import_all()
    assert _files_holding(home) == {}
    people = cli(capsys, db, "people", "--format", "json").json()
    assert [p["name"] for p in people if "Quintard" in (p["name"] or "")] == []
    assert any(p["name"] == "Paul Ferrand" for p in people)
    connections = cli(capsys, db, "connections", "--format", "json").json()
    assert {c["linkedin_url"] for c in connections} == {"https://www.linkedin.com/in/paul-ferrand"}

    # Restoring the newest backup does not bring her back either: it was rewritten with
    # the suppression list, so importing into it skips her too.
    newest = sorted((home / "backups").iterdir())[-1]
    restored = tmp_path / "restored.sqlite3"
    restored.write_bytes(newest.read_bytes())
    assert cli(capsys, restored, "import", "linkedin", str(sources["linkedin"])).code == 0
    assert cli(capsys, restored, "import", "contacts", str(sources["leads.csv"])).code == 0
    dump = "\n".join(sqlite3.connect(restored).iterdump())
    assert not [n for n in NEEDLES if n in dump]


def test_the_suppression_list_keeps_keyed_hashes_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import hashlib

    sources = _sources(tmp_path / "sources")
    db = tmp_path / "crm.sqlite3"
    assert cli(capsys, db, "import", "contacts", str(sources["leads.csv"])).code == 0
    assert cli(capsys, db, "forget", ZOE_MAIL).code == 0
    connection = sqlite3.connect(db)
    try:
        entries = [row[0] for row in connection.execute("SELECT key_hash FROM suppression")]
    finally:
        connection.close()
    plain = hashlib.sha256(ZOE_MAIL.encode()).hexdigest()
    assert entries and all(e.startswith("k1:") for e in entries)
    assert not any(plain in e for e in entries)  # not the advertisers' "hashed email"
    # Another database keys them differently.
    other = tmp_path / "other.sqlite3"
    assert cli(capsys, other, "import", "contacts", str(sources["leads.csv"])).code == 0
    assert cli(capsys, other, "forget", ZOE_MAIL).code == 0
    connection = sqlite3.connect(other)
    try:
        theirs = {row[0] for row in connection.execute("SELECT key_hash FROM suppression")}
    finally:
        connection.close()
    assert not theirs & set(entries)

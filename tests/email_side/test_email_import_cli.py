"""The email side through the command line, on a real SQLite file (and a real IMAP server)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from linkrevive.services import secrets
from tests.helpers import cli, dump

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "email_side"
ME = "alex.martin@nearshore-exemple.example"
MARIE = "Marie Roux <marie@pixel-bleu.example>"


def people(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, dict[str, object]]:
    rows = cli(capsys, db, "people", "--format", "json").json()
    return {row["name"]: row for row in rows}


def test_every_address_book_sample_imports(
    capsys: pytest.CaptureFixture[str], db_path: Path, samples: Path
) -> None:
    files = sorted(samples.glob("ezvcard_*.vcf")) + sorted(
        p for p in samples.glob("*.csv") if not p.name.startswith("linkedin_")
    )
    for path in files:
        result = cli(capsys, db_path, "import", "contacts", str(path))
        assert result.code == 0, (path.name, result.err)
    found = people(capsys, db_path)
    assert found["Simon Perreault"]["emails"] == ["simon.perreault@viagenie.ca"]
    assert found["Simon Perreault"]["company"] == "Viagenie"
    # The same address in two files is one person with every address kept.
    everyone = [e for row in found.values() for e in row["emails"]]  # type: ignore[attr-defined]
    assert len(everyone) == len(set(everyone))


def _lead_sheet_xlsx(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "Courriel", "Entreprise", "Pays", "Étape",
                  "Raison du blocage", "Dernier contact", "Notes"])  # fmt: skip
    from datetime import datetime

    sheet.append(["Léa", "Dubreuil", "lea.dubreuil@agence-exemple.fr", "Agence Exemple",
                  "France", "Appel reporté", "Manque de temps", datetime(2022, 3, 15),
                  "Rappeler"])  # fmt: skip
    sheet.append(["Benoît", "Mercier", "b.mercier@studio-fictif.be", "Studio Fictif", "Belgique",
                  "infos envoyees", "pas de besoin immédiat", "02/11/2021", ""])  # fmt: skip
    workbook.save(path)
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_french_lead_sheet(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, kind: str
) -> None:
    path = (
        FIXTURES / "leads_fr_excel_cp1252.csv"
        if kind == "csv"
        else _lead_sheet_xlsx(tmp_path / "leads.xlsx")
    )
    result = cli(capsys, db_path, "import", "contacts", str(path))
    assert result.code == 0, result.err
    found = people(capsys, db_path)
    lea = found["Léa Dubreuil"]
    assert (lea["stage"], lea["stall_reason"]) == ("call_postponed", "no_time")
    assert str(lea["last_exchange"]).startswith("2022-03-15")
    benoit = found["Benoît Mercier"]
    assert (benoit["stage"], benoit["stall_reason"]) == ("info_sent", "no_need")
    assert str(benoit["last_exchange"]).startswith("2021-11-02")
    if kind == "csv":
        # A warning (the row is taken, its stage left unknown): on stderr, exit 0.
        assert "unknown stage: Étape inconnue" in result.err
        assert "Étape inconnue" not in result.out


def test_mailbox_directions_dedup_and_noise(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    mbox = FIXTURES / "takeout_small.mbox"
    first = cli(capsys, db_path, "import", "contacts", str(mbox), "--me", ME)
    assert first.code == 0, first.err
    found = people(capsys, db_path)
    assert "Élodie Bérard" in found  # RFC 2047 name decoded
    assert "François Noël" in found  # ISO-8859-1 quoted-printable name decoded
    assert not any(
        "noreply" in str(r["emails"]) or "news" in str(r["emails"]) for r in found.values()
    )
    assert ME not in {e for r in found.values() for e in r["emails"]}  # type: ignore[attr-defined]
    before = dump(db_path)
    again = cli(capsys, db_path, "import", "contacts", str(mbox))  # --me is remembered
    assert again.code == 0
    assert "0 new" in again.out and "0 exchanges" in again.out
    assert [x for x in dump(db_path) if "import_run" not in x and "setting" not in x] == [
        x for x in before if "import_run" not in x and "setting" not in x
    ]


def _message(msgid: str, date: str, sender: str, to: str, subject: str) -> str:
    return (
        f"From x@y {date}\nMessage-ID: <{msgid}>\nDate: {date}\nFrom: {sender}\nTo: {to}\n"
        f"Subject: {subject}\n\nbody\n\n"
    )


def test_incoming_email_after_long_silence_is_a_signal(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    mbox = tmp_path / "mail.mbox"
    mbox.write_text(
        _message("a@x", "Mon, 04 Feb 2019 10:00:00 +0100", f"Alex <{ME}>",
                 MARIE, "Devis")
        + _message("b@x", "Tue, 05 Feb 2019 10:00:00 +0100", MARIE,
                   f"Alex <{ME}>", "Re: Devis")
        + _message("c@x", "Wed, 04 Mar 2026 10:00:00 +0100", MARIE,
                   f"Alex <{ME}>", "Un nouveau projet")
        + _message("d@x", "Thu, 05 Mar 2026 10:00:00 +0100", "Paul Neuf <paul@neuf.example>",
                   f"Alex <{ME}>", "Premier contact"),
        encoding="utf-8",
    )  # fmt: skip
    result = cli(capsys, db_path, "import", "contacts", str(mbox), "--me", ME)
    assert result.code == 0, result.err
    signals = cli(capsys, db_path, "signals", "--format", "json").json()
    assert [(s["kind"], s["name"], s["email"]) for s in signals] == [
        ("email_inbound", "Marie Roux", "marie@pixel-bleu.example")
    ]
    assert signals[0]["detail"] == "Wrote to you by email: “Un nouveau projet”"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: (d / "x.vcf", bytes(range(256)) * 8), "is not a text file"),
        (lambda d: (d / "x.csv", b"Month,Amount\nJan,3\n"), "format was not recognised"),
        (lambda d: (d / "x.mbox", b"Hello\nworld\n"), "format was not recognised"),
        (lambda d: (d / "x.vcf", b""), "is empty"),
    ],
)
def test_bad_contact_files_change_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, make: object, expected: str
) -> None:
    assert (
        cli(capsys, db_path, "import", "contacts", str(FIXTURES / "leads_fr_excel_cp1252.csv")).code
        == 0
    )
    before = dump(db_path)
    path, data = make(tmp_path)  # type: ignore[operator]
    path.write_bytes(data)
    result = cli(capsys, db_path, "import", "contacts", str(path))
    assert result.code == 1
    assert expected in result.err and len(result.err.strip().splitlines()) == 1
    assert dump(db_path) == before


def test_truncated_vcard_keeps_complete_cards_and_reports_the_rest(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "cards.vcf"
    shutil.copy(FIXTURES / "truncated.vcf", path)
    result = cli(capsys, db_path, "import", "contacts", str(path))
    # Saved without the truncated card: exit 3, the problem and its count on stderr.
    assert result.code == 3, result.err
    assert "truncated vcard" in result.err
    assert "1 rejected" in result.out
    # The count closes the problems; a new database file is announced after it.
    lines = result.err.strip().splitlines()
    assert lines[-2].endswith("(1 row rejected); the other rows were imported.")
    assert lines[-1] == f"linkrevive: created a new database at {db_path}"
    # The database was new: it stays, with the complete cards.
    assert db_path.exists() and people(capsys, db_path)


@pytest.mark.services
def test_imap_first_and_incremental_sync(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    dovecot: object,
    secret_service: str,
) -> None:
    server = dovecot
    folder = "Sync" + db_path.parent.name[-6:].replace("-", "")
    server.delete_folder(folder)  # type: ignore[attr-defined]
    conn = server.connect()  # type: ignore[attr-defined]
    conn.create(folder)
    conn.logout()
    account = secrets.imap_account(server.user, server.host)  # type: ignore[attr-defined]
    secrets.set_password(account, server.password)  # type: ignore[attr-defined]
    raw = (
        b"Message-ID: <m1@imap>\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\n"
        b"From: =?UTF-8?Q?Chlo=C3=A9_Martin?= <chloe@agence.example>\r\nTo: alex@me.example\r\n"
        b"Subject: Projet\r\n\r\nbody\r\n"
    )
    server.append(folder, raw)  # type: ignore[attr-defined]
    args = ["import", "imap", "--host", server.host, "--port", str(server.port),  # type: ignore[attr-defined]
            "--user", server.user, "--folder", folder, "--me", "alex@me.example"]  # type: ignore[attr-defined]  # fmt: skip
    first = cli(capsys, db_path, *args)
    assert first.code == 0, first.err
    assert "1 fetched" in first.out
    assert people(capsys, db_path)["Chloé Martin"]["emails"] == ["chloe@agence.example"]
    second = cli(capsys, db_path, *args)
    assert second.code == 0 and "0 fetched" in second.out
    server.append(folder, raw.replace(b"m1@imap", b"m2@imap"))  # type: ignore[attr-defined]
    third = cli(capsys, db_path, *args)
    assert third.code == 0 and "1 fetched" in third.out and "1 exchanges" in third.out
    # The password lives in the keyring only, never in the database.
    assert not any(server.password in line for line in dump(db_path))  # type: ignore[attr-defined]
    secrets.delete_password(account)
    missing = cli(capsys, db_path, *args)
    assert missing.code == 1 and "No password is stored in the keyring" in missing.err


def test_cards_without_email_are_not_duplicated_on_reimport(
    capsys: pytest.CaptureFixture[str], db_path: Path, samples: Path
) -> None:
    card = samples / "ezvcard_John_Doe_ANDROID.vcf"
    assert cli(capsys, db_path, "import", "contacts", str(card)).code == 0
    first = cli(capsys, db_path, "people", "--format", "json").json()
    assert any(not row["emails"] for row in first)
    again = cli(capsys, db_path, "import", "contacts", str(card))
    assert again.code == 0 and "0 new" in again.out
    assert cli(capsys, db_path, "people", "--format", "json").json() == first


def test_to_connect_export_keeps_accents_for_spreadsheets(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sheet = FIXTURES / "leads_fr_excel_cp1252.csv"
    assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
    target = tmp_path / "à-connecter.csv"
    assert cli(capsys, db_path, "export", "to-connect", "-o", str(target)).code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    text = raw.decode("utf-8-sig")
    assert "Léa Dubreuil" in text and "Benoît Mercier" in text
    assert "keywords=L%C3%A9a%20Dubreuil" in text


def test_a_card_brings_the_address_of_a_lead_sheet_row_without_one(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # The sheet knows where the conversation stalled but not the address; the address book
    # knows the address. Same name at the same company: one person, not two.
    sheet = tmp_path / "leads.csv"
    sheet.write_text(
        "Prénom;Nom;Adresse e-mail;Société;Étape;Raison du blocage\n"
        "Anne;Lefèvre;;Pixel Bleu SARL;Appel reporté;Manque de temps\n"
        "Bruno;Marchal;;Studio Kôdé;Infos envoyées;Distance\n"
        "Bruno;Marchal;;Web Factory;Premier contact;\n",
        encoding="utf-8",
    )
    cards = tmp_path / "cards.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anne Lefèvre\r\nN:Lefèvre;Anne;;;\r\n"
        "ORG:Pixel Bleu SARL\r\nEMAIL:anne@pixel-bleu.example\r\nEND:VCARD\r\n"
        # Same name, no company: too weak to take Anne's place or to be her.
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anne Lefèvre\r\nN:Lefèvre;Anne;;;\r\n"
        "EMAIL:anne.lefevre@gmail.example\r\nEND:VCARD\r\n"
        # Another company: another Bruno.
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bruno Marchal\r\nN:Marchal;Bruno;;;\r\n"
        "ORG:Agence Dubois\r\nEMAIL:bruno@dubois.example\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
    assert cli(capsys, db_path, "import", "contacts", str(cards)).code == 0
    rows = cli(capsys, db_path, "people", "--format", "json").json()
    summary = sorted((r["name"], r["company"], tuple(r["emails"]), r["stage"]) for r in rows)
    assert summary == [
        ("Anne Lefèvre", "", ("anne.lefevre@gmail.example",), None),
        ("Anne Lefèvre", "Pixel Bleu SARL", ("anne@pixel-bleu.example",), "call_postponed"),
        ("Bruno Marchal", "Agence Dubois", ("bruno@dubois.example",), None),
        ("Bruno Marchal", "Studio Kôdé", (), "info_sent"),
        ("Bruno Marchal", "Web Factory", (), "first_contact"),
    ]
    # Importing the sheet again finds Anne by name and company although she has an
    # address now: still one Anne at Pixel Bleu.
    again = cli(capsys, db_path, "import", "contacts", str(sheet))
    assert again.code == 0 and "0 new" in again.out
    assert len(cli(capsys, db_path, "people", "--format", "json").json()) == 5


def test_a_mailbox_completes_the_lead_sheet_person_its_work_address_belongs_to(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # The sheet has the stage, the mailbox the exchanges. The same full name and an address
    # at that person's company make one person; free mail or another company do not.
    sheet = tmp_path / "leads.csv"
    sheet.write_text(
        "Prénom;Nom;Adresse e-mail;Société;Étape\n"
        "Anne;Lefèvre;;Pixel Bleu SARL;Appel reporté\n"
        "Bruno;Marchal;;Studio Kôdé;Infos envoyées\n"
        "Claire;Martin;;Web Factory;Premier contact\n",
        encoding="utf-8",
    )
    mbox = tmp_path / "mail.mbox"
    mbox.write_text(
        _message("m1@x", "Tue, 11 Mar 2025 09:31:20 +0100",
                 "Anne Lefèvre <anne@pixel-bleu.example>", ME, "Nouveau projet")
        + _message("m2@x", "Wed, 12 Mar 2025 09:31:20 +0100",
                   "Bruno Marchal <bruno.marchal@gmail.example>", ME, "Bonjour")
        + _message("m3@x", "Thu, 13 Mar 2025 09:31:20 +0100",
                   "Claire Martin <claire@autre-agence.example>", ME, "Devis"),
        encoding="utf-8",
    )  # fmt: skip
    assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
    result = cli(capsys, db_path, "import", "contacts", str(mbox), "--me", ME)
    assert result.code == 0, result.err
    rows = cli(capsys, db_path, "people", "--format", "json").json()
    summary = sorted((r["name"], tuple(r["emails"]), r["stage"]) for r in rows)
    assert summary == [
        ("Anne Lefèvre", ("anne@pixel-bleu.example",), "call_postponed"),
        ("Bruno Marchal", (), "info_sent"),
        ("Bruno Marchal", ("bruno.marchal@gmail.example",), None),
        ("Claire Martin", (), "first_contact"),
        ("Claire Martin", ("claire@autre-agence.example",), None),
    ]
    anne = next(r for r in rows if r["emails"] == ["anne@pixel-bleu.example"])
    assert str(anne["last_exchange"]).startswith("2025-03-11")

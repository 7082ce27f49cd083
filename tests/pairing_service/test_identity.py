"""Identity on the email side: shared boxes are not people, one person may have many addresses,
and the ``pairs`` listing shows each pair once, with real URLs only (real SQLite files)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from linkrevive.domain.enums import PairStatus
from linkrevive.services import pairing
from linkrevive.services.workspace import Workspace
from linkrevive.storage import pairing_repo
from tests.helpers import cli, connections_csv, write_export

IN = "https://www.linkedin.com/in/"


def vcards(path: Path, *cards: tuple[str, str, str, tuple[str, ...], str]) -> Path:
    """A vCard 3.0 file of (first, last, company, emails, note) cards."""
    lines = []
    for first, last, company, emails, note in cards:
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"N:{last};{first};;;", f"FN:{first} {last}"]
        lines += [f"ORG:{company}"] + [f"EMAIL;TYPE=WORK:{e}" for e in emails]
        lines += [f"NOTE:{note}"] if note else []
        lines += ["END:VCARD"]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def pair_rows(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = cli(capsys, db, "pairs", "--format", "json").json()
    return rows


def people(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, dict[str, object]]:
    return {p["name"]: p for p in cli(capsys, db, "people", "--format", "json").json()}


def lines(value: object) -> list[str]:
    """A list of strings of the JSON output (evidence sentences, addresses)."""
    assert isinstance(value, list)
    return [str(item) for item in value]


def role_flags(db: Path) -> dict[str, bool]:
    connection = sqlite3.connect(db)
    try:
        return {
            e: bool(r) for e, r in connection.execute("SELECT email, is_role FROM person_email")
        }
    finally:
        connection.close()


def test_a_role_box_is_never_paired_even_as_the_profiles_own_email(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    book = vcards(
        tmp_path / "book.vcf",
        ("Théo", "Pons", "Studio Pons", ("agence@studio-pons.fr",), ""),
        ("Inès", "Roy", "Atelier Roy", ("ines@atelier-roy.fr", "hello@atelier-roy.fr"), ""),
        ("Nina", "Vidal", "Vidal Web", ("equipe@vidal-web.fr",), ""),
    )
    export = write_export(
        tmp_path,
        "01-15-2025",
        {
            "Connections.csv": connections_csv(
                [
                    ("Théo", "Pons", IN + "theo-pons", "agence@studio-pons.fr", "Studio Pons",
                     "Fondateur", "03 Feb 2019"),
                    ("Inès", "Roy", IN + "ines-roy", "hello@atelier-roy.fr", "Atelier Roy",
                     "Gérante", "03 Feb 2019"),
                    ("Nina", "Vidal", IN + "nina-vidal", "", "Vidal Web", "CEO", "03 Feb 2019"),
                ]
            )
        },
    )  # fmt: skip
    assert cli(capsys, db_path, "import", "contacts", str(book)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    assert cli(capsys, db_path, "match").code == 0
    rows = pair_rows(capsys, db_path)
    listed = {r["contact_email"] for r in rows}
    assert (
        listed & {"agence@studio-pons.fr", "hello@atelier-roy.fr", "equipe@vidal-web.fr"} == set()
    )
    # Théo and Nina are known by their company's box only: nobody to pair.
    assert not [r for r in rows if r["contact_name"] in ("Théo Pons", "Nina Vidal")]
    # Inès pairs through her own address, never through the shared one.
    (ines,) = [r for r in rows if r["contact_name"] == "Inès Roy"]
    assert ines["contact_email"] == "ines@atelier-roy.fr"
    assert ines["linkedin_url"] == IN + "ines-roy"
    assert "same email" not in ines["evidence"]  # type: ignore[operator]
    # The boxes stay on their cards, flagged.
    found = people(capsys, db_path)
    assert found["Théo Pons"]["emails"] == ["agence@studio-pons.fr"]
    assert found["Inès Roy"]["emails"] == ["ines@atelier-roy.fr", "hello@atelier-roy.fr"]
    flags = role_flags(db_path)
    assert flags["agence@studio-pons.fr"] and flags["hello@atelier-roy.fr"]
    assert flags["equipe@vidal-web.fr"] and not flags["ines@atelier-roy.fr"]
    # Even the user's explicit word on another pair does not list the box.
    assert (
        cli(capsys, db_path, "pair", "confirm", "agence@studio-pons.fr", IN + "theo-pons").code == 0
    )
    rows = pair_rows(capsys, db_path)
    assert "agence@studio-pons.fr" not in {r["contact_email"] for r in rows}


@pytest.mark.parametrize("files", ["one file", "two files"])
def test_an_address_in_two_peoples_cards_is_a_shared_box(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, files: str
) -> None:
    theo = ("Théo", "Pons", "Studio Pons", ("theo@studio-pons.fr", "pons.studio@gmail.com"), "")
    lea = ("Léa", "Martin", "Studio Pons", ("lea@studio-pons.fr", "pons.studio@gmail.com"), "")
    if files == "one file":
        books = [vcards(tmp_path / "book.vcf", theo, lea)]
    else:
        books = [vcards(tmp_path / "theo.vcf", theo), vcards(tmp_path / "lea.vcf", lea)]
    export = write_export(
        tmp_path,
        "01-15-2025",
        {
            "Connections.csv": connections_csv(
                [
                    ("Théo", "Pons", IN + "theo-pons", "", "Studio Pons", "Fondateur",
                     "03 Feb 2019"),
                    ("Léa", "Martin", IN + "lea-martin", "pons.studio@gmail.com", "Studio Pons",
                     "Cheffe de projet", "03 Feb 2019"),
                ]
            )
        },
    )  # fmt: skip
    for book in books:
        assert cli(capsys, db_path, "import", "contacts", str(book)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    found = people(capsys, db_path)
    # Two people: Léa's card did not land on Théo through the address they share.
    assert found["Théo Pons"]["emails"] == ["theo@studio-pons.fr", "pons.studio@gmail.com"]
    assert found["Léa Martin"]["emails"] == ["lea@studio-pons.fr"]
    assert role_flags(db_path)["pons.studio@gmail.com"] is True
    rows = pair_rows(capsys, db_path)
    assert "pons.studio@gmail.com" not in {r["contact_email"] for r in rows}
    by_email = {r["contact_email"]: r for r in rows}
    # The profile showing the shared address is not Théo's on that ground.
    assert by_email["theo@studio-pons.fr"]["linkedin_url"] == IN + "theo-pons"
    assert by_email["lea@studio-pons.fr"]["linkedin_url"] == IN + "lea-martin"
    assert all("same email" not in r["evidence"] for r in rows)  # type: ignore[operator]
    # Re-importing changes nothing.
    before = found
    for book in books:
        assert cli(capsys, db_path, "import", "contacts", str(book)).code == 0
    assert people(capsys, db_path) == before


def test_confirming_a_second_address_keeps_the_first(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "leads.csv"
    sheet.write_text(
        "Prénom;Nom;E-mail;Société;Étape;Raison du blocage;Dernier contact;Notes\n"
        "Claire;Petit;claire@agence-alpha.fr;Agence Alpha;Appel reporté;Manque de temps;"
        "12/03/2021;Budget voté en septembre\n",
        encoding="utf-8",
    )
    book = vcards(
        tmp_path / "book.vcf",
        ("Claire", "Petit", "Bureau Beta", ("claire.petit@bureau-beta.fr",), "Rencontrée au salon"),
    )
    export = write_export(
        tmp_path,
        "01-15-2025",
        {
            "Connections.csv": connections_csv(
                [("Claire", "Petit", IN + "claire-petit", "", "Bureau Beta", "Directrice",
                  "03 Feb 2019")]
            )
        },
    )  # fmt: skip
    for path in (sheet, book):
        assert cli(capsys, db_path, "import", "contacts", str(path)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    # Two cards at two companies: two people so far.
    assert len(cli(capsys, db_path, "people", "--format", "json").json()) == 2
    url = IN + "claire-petit"
    assert cli(capsys, db_path, "pair", "confirm", "claire@agence-alpha.fr", url).code == 0
    assert cli(capsys, db_path, "pair", "confirm", "claire.petit@bureau-beta.fr", url).code == 0

    def statuses() -> dict[object, tuple[object, object]]:
        return {
            r["contact_email"]: (r["linkedin_url"], r["status"]) for r in pair_rows(capsys, db_path)
        }

    both = {
        "claire@agence-alpha.fr": (url, "confirmed"),
        "claire.petit@bureau-beta.fr": (url, "confirmed"),
    }
    assert statuses() == both
    # One person now, with every address and everything both records held.
    (claire,) = people(capsys, db_path).values()
    assert claire["emails"] == ["claire@agence-alpha.fr", "claire.petit@bureau-beta.fr"]
    assert claire["stage"] == "call_postponed" and claire["stall_reason"] == "no_time"
    # The card at Bureau Beta proved the pair (same company as on LinkedIn), so that record
    # took the sheet's in: her company is the one she works at now.
    assert claire["company"] == "Bureau Beta"
    assert claire["last_exchange"] is not None and str(claire["last_exchange"]).startswith(
        "2021-03-12"
    )
    assert claire["linkedin_url"] == url
    workspace = Workspace.open(str(db_path))
    try:
        (row,) = {p.person_id: p for p in pairing.list_pairs(workspace)}.values()
        from linkrevive.services import queries

        (person,) = queries.people(workspace)
        assert "Budget voté en septembre" in person.notes
        assert "Rencontrée au salon" in person.notes
        assert row.status is PairStatus.CONFIRMED
    finally:
        workspace.close()
    # Imports and re-matching leave it so; nothing comes back twice.
    for path in (sheet, book):
        assert cli(capsys, db_path, "import", "contacts", str(path)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    assert cli(capsys, db_path, "match").code == 0
    assert statuses() == both
    assert len(cli(capsys, db_path, "people", "--format", "json").json()) == 1
    # Rejecting works by any of the person's addresses and rejects the person's pair.
    assert cli(capsys, db_path, "pair", "reject", "claire.petit@bureau-beta.fr", url).code == 0
    assert statuses() == {e: (url, "rejected") for e in both}


def _suggest(db: Path, pairs: list[tuple[str, str]]) -> None:
    """Store suggestions by (email, url) as the matcher would (the storage's own API)."""
    workspace = Workspace.open(str(db))
    try:
        with workspace.database.session(write=True) as session:
            from linkrevive.storage import people_repo

            proposals = []
            for email, url in pairs:
                (person_id,) = people_repo.person_ids_by_key(session, email)
                profile_id = pairing_repo.profile_id_by_url(session, url)
                assert profile_id is not None
                proposals.append(
                    (person_id, profile_id, PairStatus.SUGGESTED, 0.7, ({"code": "same_name"},))
                )
            pairing_repo.replace_proposals(session, proposals, people=None)
    finally:
        workspace.close()


def namesakes(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    """Two Julien Moreau addresses and two Julien Moreau profiles, all suggested crosswise,
    and one unrelated suggestion."""
    book = vcards(
        tmp_path / "book.vcf",
        ("Julien", "Moreau", "", ("julien.moreau@gmail.com",), ""),
        ("Julien", "Moreau", "", ("jmoreau@outlook.fr",), ""),
        ("Rémi", "Faure", "", ("remi.faure@gmail.com",), ""),
    )
    export = write_export(
        tmp_path,
        "01-15-2025",
        {
            "Connections.csv": connections_csv(
                [
                    ("Julien", "Moreau", IN + "julien-moreau-a", "", "Agence A", "CTO",
                     "03 Feb 2019"),
                    ("Julien", "Moreau", IN + "julien-moreau-b", "", "Studio B", "Dev",
                     "03 Feb 2019"),
                    ("Rémi", "Faure", IN + "remi-faure", "", "Faure Web", "CEO", "03 Feb 2019"),
                ]
            )
        },
    )  # fmt: skip
    assert cli(capsys, db, "import", "contacts", str(book)).code == 0
    assert cli(capsys, db, "import", "linkedin", str(export)).code == 0
    _suggest(
        db,
        [
            ("julien.moreau@gmail.com", IN + "julien-moreau-a"),
            ("julien.moreau@gmail.com", IN + "julien-moreau-b"),
            ("jmoreau@outlook.fr", IN + "julien-moreau-a"),
            ("jmoreau@outlook.fr", IN + "julien-moreau-b"),
            ("remi.faure@gmail.com", IN + "remi-faure"),
        ],
    )


def test_confirming_removes_the_competing_suggestions_at_once(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    namesakes(capsys, db_path, tmp_path)
    url_a = IN + "julien-moreau-a"
    assert cli(capsys, db_path, "pair", "confirm", "julien.moreau@gmail.com", url_a).code == 0
    suggested = {
        (r["contact_email"], r["linkedin_url"])
        for r in cli(capsys, db_path, "pairs", "--status", "suggested", "--format", "json").json()
    }
    # Neither this contact's other profile nor this profile's other contact is left.
    assert suggested == {
        ("jmoreau@outlook.fr", IN + "julien-moreau-b"),
        ("remi.faure@gmail.com", IN + "remi-faure"),
    }


def test_pairs_lists_no_internal_key_and_no_pair_twice(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # A 2018 export has no profile URLs: those profiles are known by name only.
    old = tmp_path / "Connections.csv"
    old.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        'Rémi,Faure,,Faure Web,CEO,"10/18/18, 6:14 PM"\n'
        'Sarah,Klein,,Klein Studio,Gérante,"1/8/18, 10:35 AM"\n',
        encoding="utf-8",
    )
    book = vcards(
        tmp_path / "book.vcf",
        ("Rémi", "Faure", "Faure Web", ("remi@faure-web.fr", "remi.faure@gmail.com"), ""),
        ("Sarah", "Klein", "Klein Studio", ("sarah@klein-studio.ch",), ""),
    )
    assert cli(capsys, db_path, "import", "linkedin", str(old)).code == 0
    assert cli(capsys, db_path, "import", "contacts", str(book)).code == 0
    connections = cli(capsys, db_path, "connections", "--format", "json").json()
    assert {c["linkedin_url"] for c in connections} == {None}
    assert (
        cli(capsys, db_path, "pair", "confirm", "sarah@klein-studio.ch", "name:sarah-klein").code
        == 0
    )
    assert cli(capsys, db_path, "match").code == 0
    for fmt in ("json", "csv"):
        out = cli(capsys, db_path, "pairs", "--format", fmt).out
        assert "name:" not in out
    rows = pair_rows(capsys, db_path)
    assert {r["linkedin_url"] for r in rows} == {None}
    keys = [(r["contact_email"], r["linkedin_name"], r["status"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert ("sarah@klein-studio.ch", "Sarah Klein", "confirmed") in keys
    # One row per own address of each paired person.
    assert {e for e, name, _ in keys if name == "Rémi Faure"} <= {
        "remi@faure-web.fr",
        "remi.faure@gmail.com",
    }


def test_the_person_made_one_keeps_what_the_user_typed_on_either(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    from datetime import UTC, date, datetime

    from linkrevive.domain.enums import Channel, Direction, Stage, StallReason
    from linkrevive.services import leads, queries

    book = vcards(
        tmp_path / "book.vcf",
        ("Yann", "Morel", "Pixel Nord", ("yann@pixel-nord.fr",), ""),
        ("Yann", "Morel", "Web Sud", ("yann.morel@web-sud.fr",), "Ancien poste"),
    )
    export = write_export(
        tmp_path,
        "01-15-2025",
        {
            "Connections.csv": connections_csv(
                [("Yann", "Morel", IN + "yann-morel", "", "Pixel Nord", "CTO", "03 Feb 2019")]
            )
        },
    )  # fmt: skip
    assert cli(capsys, db_path, "import", "contacts", str(book)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    workspace = Workspace.open(str(db_path))
    try:
        ids = {p.emails[0]: p.id for p in queries.people(workspace)}
        first, second = ids["yann@pixel-nord.fr"], ids["yann.morel@web-sud.fr"]
        # What the user did on the old record: a stage, a call, a signal, a snooze.
        leads.set_stage(
            workspace, [second], stage=Stage.TEST_PROJECT, stall_reason=StallReason.DISTANCE
        )
        leads.log_exchange(
            workspace, second, when=datetime(2022, 5, 4, tzinfo=UTC), direction=Direction.OUT,
            channel=Channel.CALL, subject="Appel test",
        )  # fmt: skip
        leads.add_signal(
            workspace, second, note="A vu mon profil", when=datetime(2025, 1, 2, tzinfo=UTC)
        )
        leads.snooze(workspace, second, date(2025, 6, 1))
        profile = {r.profile_url: r.profile_id for r in pairing.list_pairs(workspace)}
        profile_id = profile.get(IN + "yann-morel")
        if profile_id is None:  # the matcher may not have proposed it: look it up
            with workspace.database.session() as session:
                profile_id = pairing_repo.profile_id_by_url(session, IN + "yann-morel")
        assert profile_id is not None
        assert pairing.decide(workspace, first, profile_id, True) == first
        assert pairing.decide(workspace, second, profile_id, True) == first
        (yann,) = queries.people(workspace)
        assert yann.id == first
        assert yann.emails == ("yann@pixel-nord.fr", "yann.morel@web-sud.fr")
        assert yann.stage is Stage.TEST_PROJECT and yann.stall_reason is StallReason.DISTANCE
        assert yann.company == "Pixel Nord"  # the first record's, not emptied nor replaced
        assert yann.notes == "Ancien poste"
        assert str(yann.lead_state) == "snoozed" and yann.state_until == date(2025, 6, 1)
        detail = queries.person_detail(workspace, first)
        assert detail is not None
        assert [e.subject for e in detail.exchanges] == ["Appel test"]
        assert [s.kind.value for s in detail.signals] == ["manual"]
        # The user's stage stays the user's: an import does not overwrite it.
        assert cli(capsys, db_path, "import", "contacts", str(book)).code == 0
        (yann,) = queries.people(workspace)
        assert yann.stage is Stage.TEST_PROJECT
    finally:
        workspace.close()


def test_a_card_joins_the_person_met_in_mail_under_another_name(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    mbox = tmp_path / "mail.mbox"
    mbox.write_text(
        "From jean@pixel-bleu.fr Mon Mar  3 10:00:00 2025\n"
        "From: Pixel Bleu <jean@pixel-bleu.fr>\n"
        "To: Alex Martin <alex@nearshore.example>\n"
        "Subject: Devis site\n"
        "Date: Mon, 3 Mar 2025 10:00:00 +0000\n"
        "Message-ID: <1@pixel-bleu.fr>\n\nBonjour\n",
        encoding="utf-8",
    )
    book = vcards(
        tmp_path / "book.vcf", ("Jean", "Dupont", "Pixel Bleu", ("jean@pixel-bleu.fr",), "")
    )
    me = ("--me", "alex@nearshore.example")
    assert cli(capsys, db_path, "import", "contacts", str(mbox), *me).code == 0
    assert cli(capsys, db_path, "import", "contacts", str(book)).code == 0
    (jean,) = cli(capsys, db_path, "people", "--format", "json").json()
    assert jean["emails"] == ["jean@pixel-bleu.fr"]
    assert jean["company"] == "Pixel Bleu"
    assert role_flags(db_path) == {"jean@pixel-bleu.fr": False}


def test_confirming_another_address_of_an_auto_paired_person_makes_one_person(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # The address book knows Claire at her old agency; her new address at Bureau Beta proves
    # the pair; the old one, under the same rare name, is another address of the same person.
    book = vcards(
        tmp_path / "book.vcf",
        ("Claire", "Quellecard", "Agence Alpha", ("claire@agence-alpha.fr",), ""),
        ("Claire", "Quellecard", "Bureau Beta", ("c.quellecard@bureau-beta.fr",), ""),
    )
    export = write_export(
        tmp_path,
        "01-15-2025",
        {
            "Connections.csv": connections_csv(
                [("Claire", "Quellecard", IN + "claire-quellecard", "", "Bureau Beta",
                  "Directrice", "03 Feb 2019")]
            )
        },
    )  # fmt: skip
    assert cli(capsys, db_path, "import", "contacts", str(book)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    rows = {r["contact_email"]: r for r in pair_rows(capsys, db_path)}
    assert rows["c.quellecard@bureau-beta.fr"]["status"] == "auto"
    old = rows["claire@agence-alpha.fr"]
    assert old["status"] == "auto"
    assert any(
        "another address of the person paired through c.quellecard@bureau-beta.fr: the same "
        "rare name" in line
        for line in lines(old["evidence"])
    )
    # Paired, not yet one person: a father and son of one rare name would be two.
    assert len(cli(capsys, db_path, "people", "--format", "json").json()) == 2
    url = IN + "claire-quellecard"
    assert cli(capsys, db_path, "pair", "confirm", "claire@agence-alpha.fr", url).code == 0
    (claire,) = people(capsys, db_path).values()
    assert sorted(lines(claire["emails"])) == [
        "c.quellecard@bureau-beta.fr",
        "claire@agence-alpha.fr",
    ]
    statuses = {r["contact_email"]: r["status"] for r in pair_rows(capsys, db_path)}
    assert statuses["claire@agence-alpha.fr"] == "confirmed"


def test_both_addresses_at_the_profiles_companies_are_one_person_paired_automatically(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # The 2023 export shows Claire at Agence Alpha, the 2026 one at Bureau Beta: her address at
    # each is hers, and neither takes the profile from the other.
    book = vcards(
        tmp_path / "book.vcf",
        ("Claire", "Quellecard", "Agence Alpha", ("claire@agence-alpha.fr",), ""),
        ("Claire", "Quellecard", "Bureau Beta", ("c.quellecard@bureau-beta.fr",), ""),
    )
    url = IN + "claire-quellecard"
    exports = [
        write_export(
            tmp_path,
            stamp,
            {
                "Connections.csv": connections_csv(
                    [("Claire", "Quellecard", url, "", company, "Directrice", "03 Feb 2019")]
                )
            },
        )
        for stamp, company in (("06-15-2023", "Agence Alpha"), ("11-20-2026", "Bureau Beta"))
    ]
    assert cli(capsys, db_path, "import", "contacts", str(book)).code == 0
    for export in exports:
        assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    rows = pair_rows(capsys, db_path)
    assert sorted((r["contact_email"], r["status"]) for r in rows) == [
        ("c.quellecard@bureau-beta.fr", "auto"),
        ("claire@agence-alpha.fr", "auto"),
    ]
    assert {r["linkedin_url"] for r in rows} == {url}
    # Both records became one person: Claire is listed once, with both addresses, and
    # Today ranks her once (her old address is not a silent lead beside her new job).
    listed = cli(capsys, db_path, "people", "--format", "json").json()
    claire = [p for p in listed if p["name"] == "Claire Quellecard"]
    assert len(claire) == 1
    assert sorted(lines(claire[0]["emails"])) == [
        "c.quellecard@bureau-beta.fr",
        "claire@agence-alpha.fr",
    ]
    today = cli(capsys, db_path, "today", "--as-of", "2026-12-01", "--format", "json").json()
    assert [r["name"] for r in today] == ["Claire Quellecard"]
    assert today[0]["email"] == "c.quellecard@bureau-beta.fr"  # her address where she is now

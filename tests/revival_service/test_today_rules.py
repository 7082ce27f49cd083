"""The rules of the morning list on a real store: freshness, who is a lead, the list's length.

The files are imported on whatever day the tests run; every answer is asked ``--as-of``
another day, so that nothing may depend on the import day.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from benchmarks.bench_today_service import fill, store_knows_kinds
from benchmarks.revival_world import NON_PROSPECTS, build_world
from linkrevive.revival import RevivalSettings, rank, shortlist
from linkrevive.services import revival
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo
from tests.helpers import cli
from tests.revival_service.world import AS_OF, BRUNO_MAIL
from tests.revival_service.world import build_world as build_cli_world

ME = "claire@nearshore-dev.ro"
PAUL = "paul.girard@agence-lumen.fr"
ION = "ion.popa@nearshore-dev.ro"
BOX = "contact@agence-zest.fr"
JULIE = "julie.roux@gmail.com"
MARC = "marc.lenoir@agence-zest.fr"
# Prospects known only by a personal address: one at the box's company, one elsewhere.
LEA = "lea.morel@gmail.com"
NOE = "noe.vidal@orange.fr"

SHEET = f"""Prénom;Nom;E-mail;Société;Pays;Étape;Raison du blocage;Dernier contact
Paul;Girard;{PAUL};Agence Lumen;France;Appel reporté;Manque de temps;01/03/2022
Marc;Lenoir;{MARC};Agence Zest;France;Infos envoyées;Incertitude;15/01/2021
Léa;Morel;{LEA};Agence Zest SARL;France;Appel reporté;Incertitude;10/02/2021
Noé;Vidal;{NOE};Agence Zeste;France;Appel reporté;Incertitude;10/02/2021
"""


def _message(n: int, sender: str, to: str, day: str, subject: str) -> str:
    names = {ME: "Claire Vendeuse", PAUL: "Paul Girard", ION: "Ion Popa", JULIE: "Julie Roux"}
    sender_name = names.get(sender, "Agence Zest")
    to_name = names.get(to, "Agence Zest")
    return (
        f"From {sender} Mon Jan  1 00:00:00 2024\n"
        f'From: "{sender_name}" <{sender}>\n'
        f'To: "{to_name}" <{to}>\n'
        f"Date: {day}\n"
        f"Subject: {subject}\n"
        f"Message-ID: <m{n}@test.example>\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Bonjour,\n\n"
    )


def _mbox(folder: Path) -> Path:
    mails = [
        # A prospect: a conversation in 2022, then a message in September 2025, unanswered.
        (ME, PAUL, "Tue, 01 Mar 2022 09:00:00 +0000", "Sous-traitance"),
        (PAUL, ME, "Fri, 04 Mar 2022 10:00:00 +0000", "Re: Sous-traitance"),
        (ME, PAUL, "Mon, 07 Mar 2022 09:00:00 +0000", "Re: Sous-traitance"),
        (PAUL, ME, "Mon, 01 Sep 2025 08:00:00 +0000", "Nouveau projet e-commerce"),
        # A colleague at the user's own company, writing again after years.
        (ME, ION, "Tue, 01 Jun 2021 09:00:00 +0000", "Planning"),
        (ION, ME, "Wed, 02 Jun 2021 09:00:00 +0000", "Re: Planning"),
        (ION, ME, "Sun, 01 Mar 2026 09:00:00 +0000", "Nouveau client"),
        # An agency's shared box, on its own.
        (ME, BOX, "Tue, 01 Jun 2021 09:00:00 +0000", "Présentation"),
        (BOX, ME, "Wed, 02 Jun 2021 09:00:00 +0000", "Re: Présentation"),
        (BOX, ME, "Tue, 10 Mar 2026 09:00:00 +0000", "Projet de refonte"),
        # A friend (free mail, never prospected) writing again.
        (ME, JULIE, "Tue, 01 Jun 2021 09:00:00 +0000", "Apéro"),
        (JULIE, ME, "Wed, 02 Jun 2021 09:00:00 +0000", "Re: Apéro"),
        (JULIE, ME, "Tue, 10 Mar 2026 09:00:00 +0000", "Je rejoins une agence"),
    ]
    path = folder / "mail.mbox"
    path.write_text("".join(_message(n, *mail) for n, mail in enumerate(mails)), encoding="utf-8")
    return path


@pytest.fixture
def mailbox_world(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> Path:
    sheet = tmp_path / "prospects.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
    result = cli(capsys, db_path, "import", "contacts", str(_mbox(tmp_path)), "--me", ME)
    assert result.code == 0, result.err
    return db_path


def _today(capsys: pytest.CaptureFixture[str], db: Path, as_of: str) -> list[dict[str, object]]:
    result = cli(capsys, db, "today", "--as-of", as_of, "--format", "json")
    assert result.code == 0, result.err
    rows: list[dict[str, object]] = result.json()
    return rows


def test_a_stale_unanswered_message_is_history(
    capsys: pytest.CaptureFixture[str], mailbox_world: Path
) -> None:
    # Two weeks after Paul wrote: his message is the sign, and he waits for an answer.
    [paul] = [r for r in _today(capsys, mailbox_world, "2025-09-15") if r["email"] == PAUL]
    assert paul["section"] == "fresh"
    assert str(paul["why_now"]).startswith("Wrote to you by email: “Nouveau projet e-commerce”")
    assert "not answered yet" in str(paul["why_now"])
    assert paul["last_exchange"] == "2022-03-07"  # the last exchange he had with the user
    assert "“Nouveau projet e-commerce”" in str(paul["opener"])
    # Six months later the message is history: never a why-now, nobody waits any more.
    [row] = [r for r in _today(capsys, mailbox_world, "2026-03-20") if r["email"] == PAUL]
    reasons = " ".join(map(str, row["reasons"]))  # type: ignore[call-overload]
    assert row["section"] == "due"
    assert "Nouveau projet" not in reasons and "not answered" not in reasons
    assert row["last_exchange"] == "2022-03-07"


def test_colleagues_shared_boxes_and_friends_are_not_leads(
    capsys: pytest.CaptureFixture[str], mailbox_world: Path
) -> None:
    rows = _today(capsys, mailbox_world, "2026-03-20")
    emails = {r["email"]: r for r in rows}
    assert ION not in emails  # a colleague at the user's own domain
    assert BOX not in emails  # a shared box on its own
    # The friend's news shows, but only in the block of the network, clearly apart, and
    # her message is the sign, not her last exchange.
    assert emails[JULIE]["section"] == "network"
    assert str(emails[JULIE]["why_now"]).startswith("Wrote to you by email: “Je rejoins")
    assert emails[JULIE]["last_exchange"] == "2021-06-02"
    assert all(r["section"] in {"fresh", "due"} for r in rows if r["email"] != JULIE)
    table = cli(capsys, mailbox_world, "today", "--as-of", "2026-03-20")
    assert ION not in table.out and BOX not in table.out


def test_a_shared_box_writing_is_a_sign_for_its_company_s_prospects(
    capsys: pytest.CaptureFixture[str], mailbox_world: Path
) -> None:
    rows = {r["email"]: r for r in _today(capsys, mailbox_world, "2026-03-20")}
    marc = rows[MARC]
    assert marc["section"] == "fresh"
    assert marc["why_now"] == (
        f"Their company's shared box ({BOX}) wrote to you by email, 10 days ago"
    )
    assert marc["last_exchange"] == "2021-01-15"
    fr = cli(
        capsys, mailbox_world, "today", "--as-of", "2026-03-20", "--lang", "fr", "--format", "json"
    ).json()
    [marc_fr] = [r for r in fr if r["email"] == MARC]
    assert marc_fr["why_now"].startswith(f"La boîte partagée de sa société ({BOX})")
    # A prospect known only by a personal address: the company the box's domain spells is
    # hers (legal form aside); another company's prospect gets nothing of it.
    lea = rows[LEA]
    assert lea["section"] == "fresh"
    assert lea["why_now"] == marc["why_now"]
    assert "shared box" not in str(rows.get(NOE, {}).get("why_now", ""))
    # Its 2021 message is history: before the window, it was no sign at all.
    earlier = {r["email"]: r for r in _today(capsys, mailbox_world, "2026-02-01")}
    assert "shared box" not in str(earlier.get(MARC, {}).get("why_now", ""))


def test_the_user_s_company_from_the_settings_makes_colleagues(
    capsys: pytest.CaptureFixture[str], mailbox_world: Path
) -> None:
    assert any(r["email"] == PAUL for r in _today(capsys, mailbox_world, "2025-09-15"))
    workspace = Workspace.open(str(mailbox_world))
    try:
        with workspace.database.session(write=True) as session:
            activity_repo.set_setting(session, activity_repo.ME_COMPANIES, ["Agence Lumen SAS"])
    finally:
        workspace.close()
    assert not any(r["email"] == PAUL for r in _today(capsys, mailbox_world, "2025-09-15"))


def test_a_change_is_fresh_for_the_window_after_its_export(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    build_cli_world(capsys, db_path, tmp_path)
    export_day = date(2026, 3, 15)  # the second export's date, not the import day
    window = RevivalSettings().signal_horizon_days

    def bruno(day: date) -> dict[str, object]:
        rows = _today(capsys, db_path, day.isoformat())
        return next(r for r in rows if r["email"] == BRUNO_MAIL)

    inside = bruno(export_day + timedelta(days=window - 1))
    assert inside["section"] == "fresh"
    assert str(inside["why_now"]).startswith("New title at Studio Kôdé")
    outside = bruno(export_day + timedelta(days=window + 1))
    assert outside["section"] == "due"
    assert not any("New title" in str(r) for r in outside["reasons"])  # type: ignore[attr-defined]
    # The day before the export, the change is not known yet.
    before = _today(capsys, db_path, (export_day - timedelta(days=1)).isoformat())
    assert all("New title" not in str(r["why_now"]) for r in before)
    assert AS_OF == "2026-03-20"


def test_the_list_is_fresh_signs_then_ten_due_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    world = build_world(3, 900, exchanges_per_lead=5, contacts=200, automated=store_knows_kinds())
    path = tmp_path / "world.sqlite3"
    workspace = Workspace.open(str(path))
    try:
        fill(workspace, world, 1100)
        settings = revival.get_settings(workspace)
        ranked = rank(world.leads, world.as_of, settings)
        fresh = [c for c in ranked if c.section == "fresh"]
        due = [c for c in ranked if c.section == "due"]
        found = revival.morning(workspace, as_of=world.as_of)
        sections = Counter(i.section for i in found.items)
        assert sections["fresh"] == len(fresh) > 0
        assert sections["due"] == settings.due_block == 10
        assert found.more_due == len(due) - settings.due_block > 0
        assert sections["network"] <= settings.network_block
        # Order: fresh signs, then due, then the network block; due ones most recently due.
        order = [i.section for i in found.items]
        assert order == sorted(order, key=["fresh", "due", "network"].index)
        due_days = [c.due_on for c in due[: settings.due_block]]
        assert due_days == sorted(due_days, reverse=True)  # type: ignore[type-var]
        assert [i.person_id for i in found.items if i.section == "due"] == [
            c.person_id for c in due[: settings.due_block]
        ]
        # Never a non-prospect among the leads; the engine's own shortlist is the same.
        leads = [i for i in found.items if i.section != "network"]
        assert not [i for i in leads if world.labels[i.person_id] in NON_PROSPECTS]
        kept, more = shortlist(ranked, settings)
        assert [c.person_id for c in kept] == [i.person_id for i in found.items]
        assert more == found.more_due
        # The command line says the same, with the count of the others due.
        table = cli(capsys, path, "today", "--as-of", world.as_of.isoformat())
        assert table.code == 0, table.err
        assert table.out.rstrip().endswith(
            f"{found.more_due} more due — see Prospects, filter Dormant."
        )
        assert len(table.out.strip().splitlines()) == 2 + len(found.items) + 1
        # A smaller block is a setting.
        revival.save_settings(workspace, RevivalSettings(due_block=3))
        again = revival.morning(workspace, as_of=world.as_of)
        assert Counter(i.section for i in again.items)["due"] == 3
        assert again.more_due == len(due) - 3
    finally:
        workspace.close()

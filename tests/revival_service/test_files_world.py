"""The file-level revival world and its evaluation: the instrument works, whatever the product does.

A small world (about 50 prospects) is written, its files are read back with the standard
library, its truth is checked for consistency, and it goes through the product's own import
commands; the quality targets themselves are the benchmark's (``benchmarks.eval_today_files``),
not asserted here, since the product is moving.
"""

from __future__ import annotations

import csv
import io
import json
import mailbox
import os
import shutil
import zipfile
from datetime import date, timedelta
from email.header import decode_header, make_header
from email.utils import parseaddr
from pathlib import Path
from typing import Any

import pytest

from benchmarks.eval_today_files import (
    ORDERS,
    Truth,
    evaluate,
    export_rows,
    former_job_check,
    import_world,
    review_pairs,
    spam_people,
    today_json,
)
from benchmarks.eval_today_files import (
    cli as run_cli,
)
from benchmarks.former_job_mail import SENT_NAME
from benchmarks.revival_files_world import (
    AS_OF,
    DORMANT_DAYS,
    FREE_MAIL,
    FRESH,
    MBOX_NAME,
    NON_PROSPECTS,
    PROSPECT_CATEGORIES,
    SECOND_EXPORT,
    STALE,
    WINDOW_DAYS,
    write_world,
)

LEADS = 50
SCALE = 0.15


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("files-world")
    return folder, write_world(folder, seed=7, leads=LEADS, mail_scale=SCALE)


def _zip_text(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_files_look_like_the_real_ones(world: tuple[Path, dict[str, Any]]) -> None:
    folder, truth = world
    assert truth["exports"] == [
        "Complete_LinkedInDataExport_12-05-2023.zip",
        "Complete_LinkedInDataExport_06-09-2026.zip",
    ]
    for name in truth["exports"]:
        connections = _zip_text(folder / name, "Connections.csv")
        lines = connections.split("\n")
        assert lines[0] == "Notes:" and lines[2] == ""
        assert lines[3] == "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
        rows = list(csv.reader(io.StringIO("\n".join(lines[4:]))))
        assert rows and all(len(row) == 7 for row in rows)
        assert all(row[6][3:6] in "JanFebMarAprMayJunJulAugSepOctNovDec" for row in rows)
        messages = list(csv.DictReader(io.StringIO(_zip_text(folder / name, "messages.csv"))))
        assert all(m["DATE"].endswith(" UTC") for m in messages)
        invitations = _zip_text(folder / name, "Invitations.csv").splitlines()
        assert invitations[0].endswith("inviterProfileUrl,inviteeProfileUrl")
    sheet = (folder / "leads.csv").read_bytes().decode("cp1252")
    header, *sheet_rows = list(csv.reader(io.StringIO(sheet), delimiter=";"))
    assert header[:3] == ["Prénom", "Nom", "E-mail"] and header[-2:] == ["Dernier contact", "Notes"]
    assert any(any(ch in "éèêëàçôï" for ch in "".join(row)) for row in sheet_rows)
    assert all(row[7] == "" or row[7][2] == row[7][5] == "/" for row in sheet_rows)
    cards = (folder / "contacts.vcf").read_bytes().decode("utf-8")
    assert cards.count("BEGIN:VCARD") == cards.count("END:VCARD") > 10
    assert "VERSION:3.0\r\n" in cards

    box = mailbox.mbox(folder / MBOX_NAME, create=False)
    try:
        messages = list(box)
    finally:
        box.close()
    assert len(messages) == truth["messages_in_mbox"]
    assert all(m["Date"] and m["From"] and m["X-Gmail-Labels"] for m in messages)
    kinds = {m.get_content_type() for m in messages}
    assert {"text/plain", "multipart/mixed"} <= kinds
    assert any(m["List-Unsubscribe"] and m["Precedence"] == "bulk" for m in messages)
    assert any(m["Precedence"] == "list" and m["List-Id"] for m in messages)
    calendar = [
        part
        for m in messages
        if m.is_multipart()
        for part in m.walk()
        if part.get_content_type() == "text/calendar"
    ]
    assert calendar and "METHOD:REQUEST" in calendar[0].get_payload(decode=True).decode()
    senders = " ".join(str(m["From"]) for m in messages)
    for robot in truth["automated"]:
        assert robot["email"] in senders, robot
    # Takeout writes Gmail's labels in the account's language (French for odd seeds).
    sent_label = {"fr": "Messages envoyés", "en": "Sent"}[truth["gmail_language"]]
    # Gmail writes them in UTF-8, unencoded (the email package reads "unknown-8bit").
    labels = [
        "".join(
            p.decode() if isinstance(p, bytes) else p for p, _ in decode_header(m["X-Gmail-Labels"])
        )
        for m in messages
    ]
    assert any(
        truth["me"] in str(m["From"]) and sent_label in labels[n] for n, m in enumerate(messages)
    )
    # The spam Gmail filed: strangers' and spoofs of dormant prospects' addresses.
    spam = [m for n, m in enumerate(messages) if labels[n].startswith("Spam")]
    spoofed = {p["emails"][0]: p for p in truth["people"] if p["spoofed"]}
    senders = {parseaddr(str(m["From"]))[1] for m in spam}
    assert senders == set(spoofed) | set(truth["spam_senders"])
    assert len(truth["spam_senders"]) >= 20 and len(spoofed) >= 2
    assert {p["category"] for p in spoofed.values()} <= {
        "revisit",
        "stale_email_again",
        "stale_linkedin_message",
    }

    # Thunderbird's Sent file of the former job: its own separators and headers, no label,
    # every message from the former address to a prospect of the world.
    sent_path = folder / truth["files"]["sent"]
    assert sent_path.name == SENT_NAME and sent_path.read_bytes().startswith(b"From - ")
    sent = mailbox.mbox(sent_path, create=False)
    try:
        former = list(sent)
    finally:
        sent.close()
    assert len(former) == sum(p["former_job_mails"] for p in truth["people"]) >= 3
    assert all(m["X-Mozilla-Status"] and m["X-Gmail-Labels"] is None for m in former)
    assert {parseaddr(str(m["From"]))[1] for m in former} == {truth["former_address"]}
    prospects = {p["emails"][0] for p in truth["people"] if p["former_job_mails"]}
    assert {parseaddr(str(m["To"]))[1] for m in former} == prospects

    # Dormant prospects' out-of-office replies: in the Inbox, from their own address, told
    # by their subject only (Outlook), Auto-Submitted (Gmail) or X-Autoreply (an old server).
    away = {p["emails"][0]: p for p in truth["people"] if p["autoreplies"]}
    replies = [
        m
        for m in messages
        if parseaddr(str(m["From"]))[1] in away
        and (str(make_header(decode_header(str(m["Subject"])))) in truth["autoreply_subjects"])
    ]
    assert len(replies) == sum(p["autoreplies"] for p in away.values()) >= 3
    assert {p["category"] for p in away.values()} <= {
        "revisit",
        "stale_email_again",
        "stale_linkedin_message",
    }
    assert any(m["Thread-Topic"] and not m["Auto-Submitted"] for m in replies)
    assert any(m["Auto-Submitted"] == "auto-replied" for m in replies)
    assert any(m["X-Autoreply"] == "yes" for m in replies)


def test_truth_is_consistent(world: tuple[Path, dict[str, Any]]) -> None:
    _, truth = world
    people = truth["people"]
    names = [p["name"] for p in people]
    assert len(names) == len(set(names))
    emails = [e for p in people for e in p["emails"]]
    assert len(emails) == len(set(emails))
    # One domain, one company: two agencies never share an address domain.
    companies: dict[str, str] = {}
    for person in people:
        for email in person["emails"] + person.get("role_boxes", []):
            domain = email.split("@")[1]
            if domain not in FREE_MAIL and domain != truth["me_domain"]:
                assert (
                    companies.setdefault(domain, person["company_then"]) == (person["company_then"])
                ), email
    categories = {p["category"] for p in people}
    assert categories <= PROSPECT_CATEGORIES | NON_PROSPECTS
    assert categories >= FRESH and categories >= STALE and "revisit" in categories
    window = timedelta(days=WINDOW_DAYS)
    for person in people:
        category = person["category"]
        signs = [date.fromisoformat(s["date"]) for s in person["signs"]]
        last = person["last_exchange"]
        if category in FRESH:
            assert any(AS_OF - window <= d <= AS_OF for d in signs), person
        if category in STALE:
            assert signs and all(d < AS_OF - window for d in signs), person
        if category in FRESH | STALE | {"revisit"}:
            assert last and (AS_OF - date.fromisoformat(last)).days >= DORMANT_DAYS, person
            assert person["stage"] not in (None, "client")
        if category in ("never_active", "never_active_signal", "never_recent"):
            assert last and (AS_OF - date.fromisoformat(last)).days < DORMANT_DAYS, person
        if category.startswith("never_client"):
            assert person["stage"] == "client"
        if person["former_job_mails"]:
            assert category in PROSPECT_CATEGORIES, person
    # The former address is nobody's in the world: only the user's.
    assert truth["former_address"] not in emails
    # Several seeds build, and a seed always builds the same world.
    assert date.today() > AS_OF


def test_seeds_are_reproducible(tmp_path: Path) -> None:
    first = write_world(tmp_path / "a", seed=3, leads=30, mail_scale=SCALE)
    again = write_world(tmp_path / "b", seed=3, leads=30, mail_scale=SCALE)
    other = write_world(tmp_path / "c", seed=4, leads=30, mail_scale=SCALE)
    assert first == again and first != other
    for name in ("leads.csv", "contacts.vcf", MBOX_NAME, SENT_NAME, *first["exports"]):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_evaluation_runs_on_the_imported_world(
    world: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    folder, raw = world
    truth = Truth(raw)
    db = tmp_path / "world.sqlite3"
    reports = import_world(folder, raw, db, "old-then-new")
    assert len(reports) == 8  # three LinkedIn files, four email-side files, the matching
    # The old undated file, imported last, may be older than both exports: it says so, and
    # changes nothing.
    assert "Export with no date of its own" in reports[2] and " 0 signals" in reports[2]
    review = review_pairs(db, truth)
    assert review["auto"] > 0
    rows = json.loads(today_json(db, raw["as_of"]))
    assert rows and all({"name", "reasons", "last_exchange"} <= set(r) for r in rows)
    exported = export_rows(db, raw["as_of"], tmp_path)
    figures = evaluate(truth, rows, exported, seed=7, order="old-then-new")
    assert figures.k == sum(1 for p in raw["people"] if p["category"] in FRESH) > 0
    assert 0.0 <= figures.precision <= 1.0
    # The list's length leaves out the separate "new in your network" block.
    assert figures.rows == sum(1 for r in rows if r.get("section") != "network")
    # The instrument finds who each listed row is.
    assert len(figures.unknown) < len(rows)
    # Per category: everyone of the world counted once, the fresh ones in the top K as the
    # precision says, no more leads listed than the list holds.
    by_category = figures.by_category
    assert sum(c[0] for c in by_category.values()) == len(raw["people"]) + len(truth.role_boxes)
    fresh_on_top = sum(c[2] for category, c in by_category.items() if category in FRESH)
    assert fresh_on_top == round(figures.precision * figures.k)
    assert sum(c[1] for c in by_category.values()) <= figures.rows
    # It counts who was made of the former address, and the former job's mail found: none
    # and all here; one person and no mail when the same file, named otherwise, is read as
    # someone else's.
    sent = sum(p["former_job_mails"] for p in raw["people"])
    assert former_job_check(db, raw) == (0, (sent, sent)) and sent > 0
    archives = tmp_path / "Archives"
    shutil.copy(folder / raw["files"]["sent"], archives)
    misread = tmp_path / "misread.sqlite3"
    assert run_cli(misread, "import", "contacts", str(archives), "--me", raw["me"])[0] == 0
    assert former_job_check(misread, raw) == (1, (0, sent))
    # Nobody made of a spammer's address here; one, once a stranger's spam is stored as mail
    # (its message filed without Gmail's Spam label).
    assert spam_people(db, raw) == 0
    stranger = raw["spam_senders"][0]
    unlabelled = tmp_path / "unlabelled.mbox"
    unlabelled.write_text(
        f"From x Mon Jan 05 10:00:00 2026\nFrom: Julie <{stranger}>\nTo: {raw['me']}\n"
        "Subject: Votre colis\nDate: Mon, 05 Jan 2026 10:00:00 +0000\nMessage-ID: <s1@x>\n\n"
        "Cliquez ici\n",
        encoding="utf-8",
    )
    assert run_cli(db, "import", "contacts", str(unlabelled), "--me", raw["me"])[0] == 0
    assert spam_people(db, raw) == 1


def test_an_older_export_imported_last_adds_history_and_no_news(
    world: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    # Issue 10's rule: an export older than the newest one imported adds the history it holds
    # and changes nothing current, so with the newer export first, no change between the
    # two is signalled; every lead listed still names the company LinkedIn shows now.
    folder, raw = world
    rows = {}
    for order in ORDERS:
        db = tmp_path / f"{order}.sqlite3"
        import_world(folder, raw, db, order)
        rows[order] = {r["name"]: r for r in json.loads(today_json(db, raw["as_of"]))}
    late = rows["new-then-old"]
    assert late, "the newest export alone still lists leads"
    assert not any("between" in " ".join(r["reasons"]) for r in late.values())
    for name, row in late.items():
        if name in rows["old-then-new"]:
            assert row["company"] == rows["old-then-new"][name]["company"]


def test_evaluation_counts_each_kind_of_failure(world: tuple[Path, dict[str, Any]]) -> None:
    _, raw = world
    truth = Truth(raw)
    by_category: dict[str, dict[str, Any]] = {}
    for person in raw["people"]:
        by_category.setdefault(person["category"], person)
    fresh = [p for p in raw["people"] if p["category"] in FRESH]
    robot = raw["automated"][0]

    def row(person: dict[str, Any], *reasons: str, last: str = "") -> dict[str, Any]:
        return {
            "name": person["name"],
            "company": person["company_now"],
            "email": person["emails"][0] if person["emails"] else None,
            "linkedin_url": person["linkedin_url"],
            "last_exchange": last or person["last_exchange"],
            "reasons": list(reasons),
        }

    rows = [row(p, "Sent you a LinkedIn message, 2 weeks ago") for p in fresh[1:]]
    rows.insert(0, row(by_category["revisit"], "Due for a revisit (silent for over 24 months)"))
    stale = by_category["stale_email_again"]
    rows.append(row(stale, "Wrote to you again by email after 4 years of silence, 2 years ago"))
    rows.append(row(by_category["never_colleague"], "Point hebdo"))
    rows.append({"name": robot["name"], "email": robot["email"], "reasons": ["55 emails"]})
    # The shared box that wrote about a project, listed on its own.
    boxed = by_category["fresh_role_box"]
    box = boxed["role_boxes"][0]
    rows.append({"name": boxed["company_then"], "email": box, "reasons": ["Wrote to you"]})
    rows.append(row(fresh[0], "No news since March 2021 (5 years)", last="2026-05-03"))
    # The labelled network block may hold a stranger, never a colleague.
    network = [by_category["never_stranger"], by_category["never_colleague"]]
    rows += [row(p, "Invited you to connect on LinkedIn, 3 weeks ago") | {"section": "network"}
             for p in network]  # fmt: skip
    figures = evaluate(truth, rows, [], seed=7, order="old-then-new")
    assert figures.precision == (len(fresh) - 1) / len(fresh)
    assert [line.split("]")[0].split("[")[1] for line in figures.top_k_wrong] == ["revisit"]
    assert len(figures.stale) == 1 and stale["name"] in figures.stale[0]
    assert [line.rsplit("[", 1)[1].split("]")[0] for line in figures.non_prospects] == [
        "never_colleague",
        "never_role_box",
        "never_colleague",
    ]
    assert "in the network block" in figures.non_prospects[-1]
    assert len(figures.network) == 2 and figures.rows == len(rows) - 2
    assert len(figures.automated) == 1
    assert figures.disagreeing_rows == 1 and fresh[0]["name"] in figures.disagreements[0]
    assert figures.missed == []
    assert figures.autoreplied == []
    # A row quoting a prospect's out-of-office reply, as its why-now or in the opener.
    away = next(p for p in raw["people"] if p["autoreplies"])
    subject = raw["autoreply_subjects"][0]
    quoting = [
        row(away, f"Wrote to you by email: “{subject}”, 3 weeks ago"),
        row(away, "Due for a revisit") | {"opener": f"Thank you for your message “{subject}”"},
    ]
    flagged = evaluate(truth, quoting, [], seed=7, order="old-then-new").autoreplied
    assert len(flagged) == 2 and all(away["name"] in line for line in flagged)
    # A row quoting a spam sent "from" a prospect's address.
    spoofed = next(p for p in raw["people"] if p["spoofed"])
    spam = raw["spam_subjects"][0]
    row_spam = row(spoofed, f"Wrote to you by email: “{spam}”, 2 weeks ago")
    found = evaluate(truth, [row_spam], [], seed=7, order="old-then-new")
    assert len(found.spam_quoted) == 1 and found.autoreplied == []


@pytest.mark.skipif(
    shutil.which("faketime") is None and os.environ.get("CI") != "true",
    reason="Debian's faketime is needed to import on another day (tests/run_all.sh installs it)",
)
def test_another_import_day_gives_the_same_today(
    world: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    # Imported by processes whose clock reads the day after the newer export, and today.
    folder, raw = world
    day = (SECOND_EXPORT + timedelta(days=1)).isoformat()
    outputs = []
    for when in (day, None):
        db = tmp_path / f"imported-{when}.sqlite3"
        import_world(folder, raw, db, "old-then-new", day=when)
        outputs.append(today_json(db, raw["as_of"]))
    assert json.loads(outputs[0]) and outputs[0] == outputs[1]


def test_a_former_company_shown_is_a_disagreement(world: tuple[Path, dict[str, Any]]) -> None:
    _, raw = world
    truth = Truth(raw)
    moved = next(p for p in raw["people"] if p["category"] == "fresh_job_change")
    row = {
        "name": moved["name"],
        "company": f"{moved['former_companies'][0]} SAS",
        "email": moved["emails"][0],
        "last_exchange": moved["last_exchange"],
        "reasons": ["Moved to a new agency, 3 days ago"],
    }
    assert evaluate(truth, [row], [], seed=7, order="old-then-new").disagreeing_rows == 1
    row["company"] = moved["company_now"]
    assert evaluate(truth, [row], [], seed=7, order="old-then-new").disagreeing_rows == 0

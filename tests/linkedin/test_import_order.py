"""Several files at once: LinkedIn exports oldest first by their own date, then address books,
the lead sheet, the mailbox; a file nobody recognises last."""

from __future__ import annotations

import shutil
from pathlib import Path

from linkrevive.services.import_order import (
    ADDRESS_BOOK,
    LEAD_SHEET,
    LINKEDIN,
    MAILBOX,
    UNKNOWN,
    import_order,
    plan_imports,
    source_kind,
)
from tests.conftest import REPO
from tests.linkedin.exports import export_files, write_undated_zip, write_year

EMAIL_SIDE = REPO / "tests" / "fixtures" / "email_side"


def test_linkedin_exports_oldest_first_by_their_own_date_then_the_email_side(
    tmp_path: Path, samples: Path
) -> None:
    newest = write_year(tmp_path / "a", "2026")  # dated by LinkedIn's name
    # Renamed by its owner: no date in the name, the zip's entries say June 2023.
    middle = write_undated_zip(
        tmp_path / "zzz-my-export.zip", export_files("2023"), (2023, 6, 15, 9, 0, 0)
    )
    # A Connections.csv under another name: dated by its newest row (18 Oct 2018).
    oldest = tmp_path / "aaa.csv"
    shutil.copy(samples / "linkedin_Connections_2018_SYNTHETIC.csv", oldest)
    vcard = samples / "ezvcard_John_Doe_GMAIL.vcf"
    google = samples / "google_csv_new_2024_escalate.csv"
    sheet = EMAIL_SIDE / "leads_fr_excel_cp1252.csv"
    mbox = EMAIL_SIDE / "takeout_small.mbox"
    junk = tmp_path / "notes.txt"
    junk.write_text("not an import\n", encoding="utf-8")

    given = [junk, mbox, sheet, newest, vcard, oldest, google, middle, vcard]
    assert import_order(given) == [oldest, middle, newest, vcard, google, sheet, mbox, junk]

    plan = plan_imports(given)
    assert [s.kind for s in plan] == [
        LINKEDIN, LINKEDIN, LINKEDIN, ADDRESS_BOOK, ADDRESS_BOOK, LEAD_SHEET, MAILBOX, UNKNOWN,
    ]  # fmt: skip
    assert [str(s.export_date) for s in plan[:3]] == ["2018-10-18", "2023-06-15", "2026-11-03"]


def test_kinds_by_content_and_nothing_raises(tmp_path: Path, samples: Path) -> None:
    assert source_kind(samples / "linkedin_Connections_2023plus_SYNTHETIC.csv") == LINKEDIN
    assert source_kind(samples / "linkedin_messages_2024plus_SYNTHETIC.csv") == LINKEDIN
    assert source_kind(samples / "outlook_csv_minimal_roundcube.csv") == ADDRESS_BOOK
    assert source_kind(EMAIL_SIDE / "eml") == MAILBOX
    assert source_kind(tmp_path / "missing.vcf") == UNKNOWN
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert source_kind(broken) == LINKEDIN  # its import says it is damaged
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert source_kind(empty) == UNKNOWN
    # One export: its date is not needed, so an unreadable one is still planned.
    assert plan_imports([broken])[0].export_date is None
    # Two: an export whose date cannot be told goes after the dated one.
    dated = write_year(tmp_path, "2021")
    assert import_order([broken, dated]) == [dated, broken]

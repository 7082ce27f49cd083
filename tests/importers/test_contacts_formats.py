"""Format detection by content, and reading any contacts file through one entry point."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from linkrevive.domain.errors import InputError
from linkrevive.importers.contacts_formats import detect_contacts_format, read_contacts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "email_side"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ezvcard_John_Doe_ANDROID.vcf", "vcard"),
        ("ezvcard_John_Doe_IPHONE.vcf", "vcard"),
        ("ezvcard_rfc6350-example.vcf", "vcard"),
        ("google_csv_legacy_2021_escalate.csv", "google_csv"),
        ("google_csv_legacy_roundcube_gmail_2014_UTF16LE.csv", "google_csv"),
        ("google_csv_new_2024_escalate.csv", "google_csv"),
        ("outlook_csv_minimal_roundcube.csv", "outlook_csv"),
        ("thunderbird_csv_roundcube_tb_plain.csv", "thunderbird_csv"),
    ],
)
def test_detects_sample_formats(samples: Path, name: str, expected: str) -> None:
    assert detect_contacts_format(samples / name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "linkedin_Connections_2023plus_SYNTHETIC.csv",
        "linkedin_Connections_2018_SYNTHETIC.csv",
        "linkedin_messages_2024plus_SYNTHETIC.csv",
        "linkedin_Recommendations_Received_SYNTHETIC.csv",
        "SOURCES.txt",
    ],
)
def test_linkedin_files_and_prose_are_not_contacts(samples: Path, name: str) -> None:
    with pytest.raises(InputError) as caught:
        detect_contacts_format(samples / name)
    assert caught.value.code == "unknown_format"
    assert caught.value.file == str(samples / name)


def test_detects_fixtures_whatever_the_extension(tmp_path: Path) -> None:
    assert detect_contacts_format(FIXTURES / "leads_fr_excel_cp1252.csv") == "lead_sheet"
    assert detect_contacts_format(FIXTURES / "takeout_small.mbox") == "mbox"
    assert detect_contacts_format(FIXTURES / "truncated.vcf") == "vcard"
    assert detect_contacts_format(FIXTURES / "eml") == "eml"
    assert detect_contacts_format(FIXTURES / "eml" / "b.eml") == "eml"
    renamed = tmp_path / "All mail Including Spam and Trash.txt"
    shutil.copy(FIXTURES / "takeout_small.mbox", renamed)
    assert detect_contacts_format(renamed) == "mbox"
    vcf = tmp_path / "contacts.csv"
    vcf.write_bytes(b"\xef\xbb\xbf\r\n\r\nbegin:vcard\r\nFN:A\r\nend:vcard\r\n")
    assert detect_contacts_format(vcf) == "vcard"


def test_xlsx_lead_sheet(tmp_path: Path) -> None:
    path = tmp_path / "export"  # no extension: detected from the zip content
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["First name", "Last name", "Email", "Stage"])
    sheet.append(["Noé", "Perrin", "noe.perrin@kodama.example", "Visit"])
    workbook.save(path)
    assert detect_contacts_format(path) == "lead_sheet"
    batch = read_contacts(path)
    assert batch.format == "lead_sheet"
    assert [(c.name, c.emails) for c in batch.contacts] == [
        ("Noé Perrin", ("noe.perrin@kodama.example",))
    ]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty_file"),
        (b"\r\n  \n", "empty_file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary_file"),
        (b"PK\x03\x04 a zip that is no workbook", "unknown_format"),
        (b"just a line of text\n", "unknown_format"),
        (b"a;b;c\n1;2;3\n", "unknown_format"),
    ],
)
def test_bad_files(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "input.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        detect_contacts_format(path)
    assert (caught.value.code, caught.value.file) == (code, str(path))


def test_missing_path_and_folder_without_mail(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        detect_contacts_format(tmp_path / "missing.vcf")
    assert caught.value.code == "not_found"
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(InputError) as caught:
        detect_contacts_format(tmp_path)
    assert caught.value.code == "unknown_format"


@pytest.mark.parametrize(
    ("name", "fmt", "count"),
    [
        ("ezvcard_gmail-list.vcf", "vcard", 3),
        ("google_csv_legacy_roundcube_gmail_2014_UTF16LE.csv", "google_csv", 1),
        ("thunderbird_csv_roundcube_tb_plain.csv", "thunderbird_csv", 1),
        ("outlook_csv_minimal_roundcube.csv", "outlook_csv", 1),
    ],
)
def test_read_contacts_detects_and_reads(samples: Path, name: str, fmt: str, count: int) -> None:
    batch = read_contacts(samples / name)
    assert (batch.format, len(batch.contacts), batch.source) == (fmt, count, str(samples / name))


def test_read_contacts_lead_sheet_csv_in_cp1252() -> None:
    batch = read_contacts(FIXTURES / "leads_fr_excel_cp1252.csv")
    assert batch.format == "lead_sheet"
    assert [c.first_name for c in batch.contacts] == ["Léa", "Benoît", "Zoé", "Gérard", "Hélène"]


def test_forced_format_overrides_detection(samples: Path) -> None:
    path = samples / "google_csv_legacy_2021_escalate.csv"
    batch = read_contacts(path, "outlook_csv")
    assert batch.format == "outlook_csv"
    assert [c.emails for c in batch.contacts] == [("doe@gmail.com",), ("mustermann@gmail.com",)]


@pytest.mark.parametrize("fmt", ["mbox", "eml", "ical", ""])
def test_unknown_or_mail_format_is_bad_option(fmt: str) -> None:
    with pytest.raises(InputError) as caught:
        read_contacts(FIXTURES / "truncated.vcf", fmt)
    assert caught.value.code == "bad_option"
    assert fmt in caught.value.message()


def test_mailbox_detected_is_refused_by_read_contacts() -> None:
    with pytest.raises(InputError) as caught:
        read_contacts(FIXTURES / "takeout_small.mbox")
    assert caught.value.code == "bad_option"


def test_large_utf16_google_csv_is_detected_from_its_head(tmp_path: Path) -> None:
    header = "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value"
    row = "Théo Perrin,Théo,Perrin,* myContacts,* Home,theo.perrin@kodama.example"
    path = tmp_path / "contacts.csv"
    path.write_bytes(("\r\n".join([header] + [row] * 20_000) + "\r\n").encode("utf-16"))
    assert path.stat().st_size > 2 * 1024 * 1024
    assert detect_contacts_format(path) == "google_csv"
    batch = read_contacts(path)
    assert len(batch.contacts) == 20_000
    assert batch.contacts[-1].emails == ("theo.perrin@kodama.example",)

"""vCard parsing on the real ez-vcard samples and on synthetic edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkrevive.domain.errors import InputError
from linkrevive.domain.records import ContactRecord, ImportIssue
from linkrevive.importers.vcard import parse_vcards

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "email_side"

N = "Ñ"
# (display name, first name, last name, emails) per card, in file order.
Card = tuple[str, str, str, tuple[str, ...]]
SAMPLES: dict[str, list[Card]] = {
    "ezvcard_John_Doe_ANDROID.vcf": [
        ("", "", "", ("john.doe@company.com",)),
        ("", "", "", ("jane.doe@company.com",)),
        (" ".join([N] * 5), "", " ".join([N] * 4), ()),
        (" ".join([N] * 11), "", " ".join([N] * 11), ()),
        (" ".join([N] * 4), " ".join([N] * 3), " ".join([N] * 2), ("bob@company.com",)),
        (N * 4, "", N * 4, ("henry@company.com",)),
    ],
    "ezvcard_John_Doe_GMAIL.vcf": [
        ("Mr. John Richter, James Doe Sr.", "John", "Doe", ("john.doe@ibm.com",)),
    ],
    "ezvcard_John_Doe_IPHONE.vcf": [
        ("Mr. John Richter James Doe Sr.", "John", "Doe", ("john.doe@ibm.com",)),
    ],
    "ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf": [
        ("Mr. John Richter,James Doe Sr.", "John", "Doe", ("john.doe@ibm.com",)),
    ],
    "ezvcard_John_Doe_MS_OUTLOOK.vcf": [
        ("Mr. John Richter James Doe Sr.", "John", "Doe", ("john.doe@ibm.cm",)),
    ],
    "ezvcard_gmail-list.vcf": [
        ("Arnold Smith", "Arnold", "Smith", ("asmithk@gmail.com",)),
        ("Chris Beatle", "Chris", "Beatle", ("chrisy55d@yahoo.com",)),
        ("Doug White", "Doug", "White", ("dwhite@gmail.com",)),
    ],
    "ezvcard_gmail-single.vcf": [
        ("Greg Dartmouth", "Greg", "Dartmouth", ("gdartmouth@hotmail.com",)),
    ],
    "ezvcard_outlook-2007.vcf": [
        ("Mr. Michael Angstadt Jr.", "Michael", "Angstadt", ("mike.angstadt@gmail.com",)),
    ],
    "ezvcard_rfc6350-example.vcf": [
        ("Simon Perreault", "Simon", "Perreault", ("simon.perreault@viagenie.ca",)),
    ],
}


def _cards(contacts: tuple[ContactRecord, ...]) -> list[Card]:
    return [(c.display_name, c.first_name, c.last_name, c.emails) for c in contacts]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_names_and_emails(samples: Path, name: str) -> None:
    batch = parse_vcards((samples / name).read_bytes(), name)
    assert batch.format == "vcard"
    assert batch.source == name
    assert _cards(batch.contacts) == SAMPLES[name]
    assert batch.rejected == ()
    assert batch.skipped == ()


def test_every_sample_vcard_is_covered(samples: Path) -> None:
    assert {p.name for p in samples.glob("*.vcf")} == set(SAMPLES)


@pytest.mark.parametrize(
    ("name", "company", "position", "country"),
    [
        ("ezvcard_John_Doe_GMAIL.vcf", "IBM", "Money Counter", ""),
        ("ezvcard_John_Doe_IPHONE.vcf", "IBM", "Money Counter", "United States of America"),
        ("ezvcard_John_Doe_MS_OUTLOOK.vcf", "IBM", "Money Counter", "United States of America"),
        ("ezvcard_gmail-single.vcf", "TheCompany", "TheJobTitle", "USA"),
        ("ezvcard_outlook-2007.vcf", "TheCompany", "TheJobTitle", "USA"),
        ("ezvcard_rfc6350-example.vcf", "Viagenie", "", "Canada"),
    ],
)
def test_sample_company_title_country(
    samples: Path, name: str, company: str, position: str, country: str
) -> None:
    (contact,) = parse_vcards((samples / name).read_bytes(), name).contacts
    assert (contact.company, contact.position, contact.country) == (company, position, country)


def test_notes_are_unfolded_and_unescaped(samples: Path) -> None:
    gmail = parse_vcards((samples / "ezvcard_gmail-single.vcf").read_bytes(), "g").contacts[0]
    assert gmail.notes == (
        "This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField"
    )
    outlook = parse_vcards((samples / "ezvcard_outlook-2007.vcf").read_bytes(), "o").contacts[0]
    # Outlook 2.1 quoted-printable: "=0D=0A=" hard break then a soft break.
    assert outlook.notes.startswith(
        "This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\n"
    )
    mac = (samples / "ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf").read_bytes()
    note = parse_vcards(mac, "m").contacts[0].notes
    assert note.startswith(
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS'
    )
    assert "WARRANTIES, INCLUDING, BUT" in note


def test_android_quoted_printable_company_spans_soft_breaks(samples: Path) -> None:
    data = (samples / "ezvcard_John_Doe_ANDROID.vcf").read_bytes()
    contacts = parse_vcards(data, "a").contacts
    assert contacts[4].company == N * 12
    assert contacts[5].company == N * 44
    assert contacts[0].line == 1
    assert contacts[5].line == 71


def _vcf(text: str, newline: str = "\r\n") -> bytes:
    return text.strip("\n").replace("\n", newline).encode("utf-8") + newline.encode()


def test_synthetic_apple_google_thunderbird_cards() -> None:
    data = _vcf(
        """
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.4.1//EN
N:Delorme;Damien;;;
FN:Damien Delorme
ORG:Atelier Onze SAS;Direction
TITLE:Directeur\\, associé
EMAIL;type=INTERNET;type=HOME;type=pref:Damien.Delorme@Atelier-Onze.example
item1.EMAIL;type=INTERNET:damien@perso.example
item1.X-ABLabel:_$!<Other>!$_
item2.ADR;type=WORK;type=pref:;;12 rue Neuve;Lyon;;69002;France
EMAIL;TYPE=INTERNET:damien.delorme@atelier-onze.example
CATEGORIES:myContacts,starred,Agences\\, Lyon,Prospects
NOTE:Rencontré au salon\\nRelancer en mars\\; à voir
URL:http\\://atelier-onze.example
END:VCARD

begin:vcard
version:4.0
fn:Inès Imbert
n:Imbert;Inès;;;
email;pref=1:ines.imbert@kodama.example
org:Kodama
adr;type=home:;;;Genève;;;Suisse
adr;type=work:;;;Lausanne;;;
end:vcard
"""
    )
    damien, ines = parse_vcards(data, "x").contacts
    assert damien.name == "Damien Delorme"
    assert damien.emails == ("damien.delorme@atelier-onze.example", "damien@perso.example")
    assert damien.company == "Atelier Onze SAS"
    assert damien.position == "Directeur, associé"
    assert damien.country == "France"
    assert damien.tags == ("Agences, Lyon", "Prospects")
    assert damien.notes == "Rencontré au salon\nRelancer en mars; à voir"
    assert (ines.first_name, ines.last_name, ines.emails) == (
        "Inès",
        "Imbert",
        ("ines.imbert@kodama.example",),
    )
    assert ines.country == "Suisse"
    assert ines.line == 18


def test_vcard_21_charset_quoted_printable_and_bare_types() -> None:
    raw = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gu=E9rin;Ga=EBlle;;;\r\n"
        b"FN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Ga=EBlle Gu=E9rin=\r\n"
        b" (Agence)\r\n"
        b"EMAIL;PREF;INTERNET:gaelle.guerin@bleu-citron.example\r\n"
        b"EMAIL;INTERNET;WORK:gaelle.guerin@bleu-citron.example\r\n"
        b"ORG;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Bleu Citron =C3=A0 Paris;Dev\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:Ligne 1=0D=0ALigne 2=\r\n"
        b"END:VCARD\r\n"
    )
    (card,) = parse_vcards(raw, "x").contacts
    assert (card.first_name, card.last_name) == ("Gaëlle", "Guérin")
    assert card.display_name == "Gaëlle Guérin (Agence)"
    assert card.emails == ("gaelle.guerin@bleu-citron.example",)
    assert card.company == "Bleu Citron à Paris"
    assert card.notes == "Ligne 1\nLigne 2"


def test_cp1252_file_without_charset_and_bom_and_cr_line_ends() -> None:
    cp1252 = "BEGIN:VCARD\rVERSION:3.0\rFN:Noël Hervé\rEMAIL:noel@orsini.example\rEND:VCARD\r"
    (card,) = parse_vcards(cp1252.encode("cp1252"), "x").contacts
    assert card.display_name == "Noël Hervé"
    bom = "\ufeffBEGIN:VCARD\nVERSION:3.0\nFN:Océane Perrin\n\tFils\nEND:VCARD\n"
    (card,) = parse_vcards(bom.encode("utf-8"), "x").contacts
    assert card.display_name == "Océane PerrinFils"
    assert card.emails == ()
    utf16 = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Loïc Quéré\r\nEND:VCARD\r\n".encode("utf-16")
    assert parse_vcards(utf16, "x").contacts[0].display_name == "Loïc Quéré"


def test_photo_is_skipped_and_does_not_leak_into_other_fields() -> None:
    photo = "\n".join(" " + "QUJD" * 18 for _ in range(2000))
    data = _vcf(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Hugo Fabre\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/\n{photo}\n"
        "EMAIL:hugo.fabre@nordweb.example\nEND:VCARD"
    )
    (card,) = parse_vcards(data, "x").contacts
    assert card.emails == ("hugo.fabre@nordweb.example",)
    assert card.notes == ""


def test_truncated_card_is_rejected_and_complete_ones_kept() -> None:
    label = "truncated.vcf"
    batch = parse_vcards((FIXTURES / "truncated.vcf").read_bytes(), label)
    assert [c.name for c in batch.contacts] == ["Amélie Fabre"]
    assert batch.rejected == (ImportIssue(label, 8, "truncated_vcard"),)


def test_card_without_end_followed_by_another_card() -> None:
    data = _vcf(
        "BEGIN:VCARD\nFN:Cut Short\nBEGIN:VCARD\nFN:Whole Card\nEMAIL:w@card.example\nEND:VCARD"
    )
    batch = parse_vcards(data, "x")
    assert [c.name for c in batch.contacts] == ["Whole Card"]
    assert batch.rejected == (ImportIssue("x", 1, "truncated_vcard"),)


def test_empty_card_is_skipped() -> None:
    data = _vcf("BEGIN:VCARD\nVERSION:3.0\nTEL:0102\nEND:VCARD\nBEGIN:VCARD\nFN:A B\nEND:VCARD")
    batch = parse_vcards(data, "x")
    assert [c.name for c in batch.contacts] == ["A B"]
    assert batch.skipped == (ImportIssue("x", 1, "empty_vcard"),)


@pytest.mark.parametrize(
    ("data", "code", "line"),
    [
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nobody Finished\r\n", "bad_vcard", 1),
        (b"\r\n\r\nBEGIN:VCARD\r\nFN:Nobody\r\n", "bad_vcard", 3),
        (b"Name,Email\r\nA,a@b.example\r\n", "bad_vcard", 1),
        (b"", "empty_file", None),
        (b"  \r\n", "empty_file", None),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200)), "binary_file", None),
    ],
)
def test_bad_files_raise_input_errors(data: bytes, code: str, line: int | None) -> None:
    with pytest.raises(InputError) as caught:
        parse_vcards(data, "bad.vcf")
    assert caught.value.code == code
    assert caught.value.file == "bad.vcf"
    assert caught.value.line == line

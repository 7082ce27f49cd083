"""Address-book CSV exports: every sample file and localised Outlook/Thunderbird layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkrevive.domain.errors import InputError
from linkrevive.domain.records import ContactRecord, ImportIssue
from linkrevive.importers.address_csv import address_csv_kind, parse_address_csv
from linkrevive.importers.textfile import decode_text

# (name, first, last, emails) per row, in file order.
Row = tuple[str, str, str, tuple[str, ...]]
SAMPLES: dict[str, tuple[str, list[Row]]] = {
    "google_csv_legacy_2021_escalate.csv": (
        "google_csv",
        [
            ("John Doe", "John", "Doe", ("doe@gmail.com",)),
            ("Max Mustermann", "Max", "Mustermann", ("mustermann@gmail.com",)),
        ],
    ),
    "google_csv_legacy_roundcube_gmail_2014_UTF16LE.csv": (
        "google_csv",
        [
            (
                "Prefix Firstname Middle Lastname Suffix",
                "Firstname",
                "Lastname",
                ("home@aaa.pl", "work@email.pl"),
            )
        ],
    ),
    "google_csv_legacy_roundcube_gmail_utf8.csv": (
        "google_csv",
        [
            (
                "Prefix Firstname Middle Lastname Suffix",
                "Firstname",
                "Lastname",
                ("home@aaa.pl", "work@email.pl", "unknown@email.com", "other@email.com"),
            )
        ],
    ),
    "google_csv_new_2024_escalate.csv": (
        "google_csv",
        [
            ("John Doe", "John", "Doe", ()),
            ("Max Amadeus Mustermann", "Max", "Mustermann", ()),
        ],
    ),
    "outlook_csv_minimal_roundcube.csv": (
        "outlook_csv",
        [("", "", "", ("test1@domain.tld", "test2@domain.tld", "test3@domain.tld"))],
    ),
    "thunderbird_csv_roundcube_tb_plain.csv": (
        "thunderbird_csv",
        [("Displayname", "Firstname", "Lastname", ("test@domain.tld", "next@domain.tld"))],
    ),
}


def _rows(contacts: tuple[ContactRecord, ...]) -> list[Row]:
    return [(c.name, c.first_name, c.last_name, c.emails) for c in contacts]


def _read(samples: Path, name: str) -> str:
    return decode_text((samples / name).read_bytes(), name)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_names_and_emails(samples: Path, name: str) -> None:
    kind, rows = SAMPLES[name]
    batch = parse_address_csv(_read(samples, name), name)
    assert batch.format == kind
    assert _rows(batch.contacts) == rows
    assert batch.skipped == ()
    assert batch.contacts[0].line == 2


def test_every_sample_address_book_is_covered(samples: Path) -> None:
    names = {
        p.name
        for p in samples.glob("*.csv")
        if p.name.startswith(("google_", "outlook_", "thunderbird_"))
    }
    assert names == set(SAMPLES)


def test_sample_details(samples: Path) -> None:
    name = "google_csv_legacy_2021_escalate.csv"
    john, max_ = parse_address_csv(_read(samples, name), name).contacts
    # "* myContacts" is Google's system group: dropped; "* friends" loses its star.
    assert john.tags == ("Mittelschule", "JGA Blake", "friends")
    assert john.country == "DE"
    assert max_.tags == ("Nachbar",)
    assert max_.line == 4  # the quoted address of John spans two lines
    name = "google_csv_legacy_roundcube_gmail_utf8.csv"
    (row,) = parse_address_csv(_read(samples, name), name).contacts
    assert (row.company, row.position, row.notes) == ("company", "jobtitle", 'note"note')
    assert row.tags == ("Test",)
    name = "thunderbird_csv_roundcube_tb_plain.csv"
    (row,) = parse_address_csv(_read(samples, name), name).contacts
    # The work country wins over the home one.
    assert (row.company, row.position, row.country) == ("Organization", "title", "Poland")


OUTLOOK_WINDOWS = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department",'
    '"Job Title","Business Street","Business Street 2","Business Street 3","Business City",'
    '"Business State","Business Postal Code","Business Country/Region","Home Street",'
    '"Home Street 2","Home Street 3","Home City","Home State","Home Postal Code",'
    '"Home Country/Region","Other Street","Other Street 2","Other Street 3","Other City",'
    '"Other State","Other Postal Code","Other Country/Region","Assistant\'s Phone",'
    '"Business Fax","Business Phone","Business Phone 2","Callback","Car Phone",'
    '"Company Main Phone","Home Fax","Home Phone","Home Phone 2","ISDN","Mobile Phone",'
    '"Other Fax","Other Phone","Pager","Primary Phone","Radio Phone","TTY/TDD Phone","Telex",'
    '"Account","Anniversary","Assistant\'s Name","Billing Information","Birthday",'
    '"Business Address PO Box","Categories","Children","Directory Server","E-mail Address",'
    '"E-mail Type","E-mail Display Name","E-mail 2 Address","E-mail 2 Type",'
    '"E-mail 2 Display Name","E-mail 3 Address","E-mail 3 Type","E-mail 3 Display Name",'
    '"Gender","Government ID Number","Hobby","Home Address PO Box","Initials",'
    '"Internet Free Busy","Keywords","Language","Location","Manager\'s Name","Mileage","Notes",'
    '"Office Location","Organizational ID Number","Other Address PO Box","Priority","Private",'
    '"Profession","Referred By","Sensitivity","Spouse","User 1","User 2","User 3","User 4",'
    '"Web Page"'
)
OUTLOOK_COM = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
    "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,"
    "Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,"
    "Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,"
    "Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,"
    "Assistant's Phone,Company Yomi,Business Street,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home City,Home State,"
    "Home Postal Code,Home Country/Region,Other Street,Other City,Other State,"
    "Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,"
    "Web Page,Birthday,Anniversary,Notes"
)


def _row(header: str, values: dict[str, str], delimiter: str = ",") -> str:
    import csv
    import io

    names = next(csv.reader([header], delimiter=delimiter))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerow(
        [values.get(n, "") for n in names]
    )
    return out.getvalue()


def test_outlook_windows_92_columns() -> None:
    assert len(OUTLOOK_WINDOWS.split(",")) == 92
    values = {
        "Title": "Mme",
        "First Name": "Maëlle",
        "Last Name": "Noël",
        "Company": "Studio Pixelle",
        "Job Title": "Cheffe de projet",
        "Home Country/Region": "Belgique",
        "Business Country/Region": "France",
        "E-mail Address": "maelle.noel@studio-pixelle.example",
        "E-mail Type": "SMTP",
        "E-mail Display Name": "Maëlle Noël (maelle.noel@studio-pixelle.example)",
        "E-mail 2 Address": "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=mn",
        "E-mail 2 Type": "EX",
        "E-mail 3 Address": "MAELLE@perso.example",
        "Categories": "Prospects",
        "Notes": "Vue au salon",
        "Gender": "Unspecified",
        "Birthday": "0/0/00",
    }
    text = "\ufeff" + OUTLOOK_WINDOWS + "\r\n" + _row(OUTLOOK_WINDOWS, values)
    assert address_csv_kind(OUTLOOK_WINDOWS.replace('"', "").split(",")) == "outlook_csv"
    batch = parse_address_csv(text, "outlook.csv")
    (contact,) = batch.contacts
    assert batch.format == "outlook_csv"
    assert contact.name == "Maëlle Noël"
    assert contact.emails == ("maelle.noel@studio-pixelle.example", "maelle@perso.example")
    assert (contact.company, contact.position, contact.country) == (
        "Studio Pixelle",
        "Cheffe de projet",
        "France",
    )
    assert (contact.notes, contact.tags) == ("Vue au salon", ("Prospects",))


def test_outlook_com_61_columns() -> None:
    assert len(OUTLOOK_COM.split(",")) == 61
    text = (
        OUTLOOK_COM
        + "\n"
        + _row(
            OUTLOOK_COM,
            {
                "First Name": "Jérôme",
                "Last Name": "Estève",
                "Title": "M.",
                "E-mail Address": "jerome.esteve@maple-digital.example",
                "Company": "Maple Digital",
                "Job Title": "CTO",
                "Home Country/Region": "Canada",
            },
        )
    )
    (contact,) = parse_address_csv(text, "x").contacts
    assert (contact.first_name, contact.last_name) == ("Jérôme", "Estève")
    assert contact.emails == ("jerome.esteve@maple-digital.example",)
    assert (contact.company, contact.position, contact.country) == (
        "Maple Digital",
        "CTO",
        "Canada",
    )


@pytest.mark.parametrize(
    ("header", "row", "delimiter"),
    [
        (
            "Titre;Prénom;Deuxième prénom;Nom;Suffixe;Société;Service;Fonction;"
            "Pays/Région (bureau);Adresse de messagerie;Type de messagerie;"
            "Adresse de messagerie 2;Catégories;Notes",
            "M.;Florian;;Cazenave;;Kodama SARL;Dev;Directeur;Suisse;"
            "florian.cazenave@kodama.example;SMTP;f.cazenave@kodama.example;Agences;Note fr",
            ";",
        ),
        (
            "Anrede,Vorname,Weitere Vornamen,Nachname,Suffix,Firma,Abteilung,Position,"
            "Land/Region geschäftlich,E-Mail-Adresse,E-Mail-Typ,E-Mail: Angezeigter Name,"
            "E-Mail 2: Adresse,Kategorien,Notizen",
            "Herr,Florian,,Cazenave,,Kodama SARL,Dev,Directeur,Suisse,"
            "florian.cazenave@kodama.example,SMTP,Florian Cazenave,"
            "f.cazenave@kodama.example,Agences,Note fr",
            ",",
        ),
    ],
    ids=["fr-FR", "de-DE"],
)
def test_localised_outlook_headers(header: str, row: str, delimiter: str) -> None:
    assert address_csv_kind(header.split(delimiter)) == "outlook_csv"
    batch = parse_address_csv(header + "\r\n" + row + "\r\n", "x")
    (contact,) = batch.contacts
    assert batch.format == "outlook_csv"
    assert (contact.first_name, contact.last_name) == ("Florian", "Cazenave")
    assert contact.emails == ("florian.cazenave@kodama.example", "f.cazenave@kodama.example")
    assert (contact.company, contact.position, contact.country) == (
        "Kodama SARL",
        "Directeur",
        "Suisse",
    )
    assert (contact.tags, contact.notes) == (("Agences",), "Note fr")


THUNDERBIRD_EN_US = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,"
    "Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,"
    "Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,"
    "Work State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,"
    "Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes"
)
THUNDERBIRD_EN_GB = (
    THUNDERBIRD_EN_US.replace("Home State", "Home County")
    .replace("Home ZipCode", "Home Post Code")
    .replace("Organization", "Organisation")
)
THUNDERBIRD_DE = (
    "Vorname,Nachname,Anzeigename,Spitzname,Primäre E-Mail-Adresse,Sekundäre E-Mail-Adresse,"
    "Messenger-Name,Tel. dienstlich,Tel. privat,Faxnummer,Pager-Nummer,Mobil-Tel.-Nr.,"
    "Privat: Adresse,Privat: Adresse 2,Privat: Ort,Privat: Bundesland,Privat: PLZ,"
    "Privat: Land,Dienstlich: Adresse,Dienstlich: Adresse 2,Dienstlich: Ort,"
    "Dienstlich: Bundesland,Dienstlich: PLZ,Dienstlich: Land,Arbeitstitel,Abteilung,Firma,"
    "Webseite 1,Webseite 2,Geburtsjahr,Geburtsmonat,Geburtstag,Benutzerdef. 1,"
    "Benutzerdef. 2,Benutzerdef. 3,Benutzerdef. 4,Notizen,"
)


@pytest.mark.parametrize(
    "header", [THUNDERBIRD_EN_US, THUNDERBIRD_EN_GB, THUNDERBIRD_DE], ids=["en-US", "en-GB", "de"]
)
def test_thunderbird_layouts(header: str) -> None:
    names = header.rstrip(",").split(",")
    values = ["" for _ in names]
    values[0], values[1], values[2] = "Karine", "Joubert", "Karine Joubert (Bleu Citron)"
    values[4], values[5] = "karine.joubert@bleu-citron.example", "kj@perso.example"
    values[26] = "Bleu Citron"  # Organization / Organisation / Firma
    text = header + "\n" + ",".join(values) + ",\n"
    assert address_csv_kind(names) == "thunderbird_csv"
    batch = parse_address_csv(text, "tb.csv")
    (contact,) = batch.contacts
    assert batch.format == "thunderbird_csv"
    assert contact.name == "Karine Joubert (Bleu Citron)"
    assert (contact.first_name, contact.last_name) == ("Karine", "Joubert")
    assert contact.emails == ("karine.joubert@bleu-citron.example", "kj@perso.example")
    assert contact.company == "Bleu Citron"


def test_google_multi_values_and_empty_rows() -> None:
    header = (
        "First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,"
        "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
        "Address 1 - Country"
    )
    rows = [
        "Pierrick,,Quéré,Agence Lumen ::: Freelance,Directeur,* myContacts ::: Prospects,"
        "* Work,pierrick@lumen.example ::: PQ@perso.example,Other,pierrick@lumen.example,France",
        ",,,,,* myContacts,,,,,",
        ",,,,,,* ,contact@agence.example,,,",
    ]
    batch = parse_address_csv(header + "\n" + "\n".join(rows) + "\n", "g.csv")
    first, shared = batch.contacts
    assert first.emails == ("pierrick@lumen.example", "pq@perso.example")
    assert (first.company, first.position, first.country) == ("Agence Lumen", "Directeur", "France")
    assert first.tags == ("Prospects",)
    assert shared.emails == ("contact@agence.example",)
    assert shared.name == ""
    assert batch.skipped == (ImportIssue("g.csv", 3, "no_name_or_email"),)


@pytest.mark.parametrize(
    "header",
    [
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
        ["Name", "Phone"],
        ["Prénom", "Nom", "E-mail", "Étape"],
        [],
    ],
)
def test_non_address_book_headers(header: list[str]) -> None:
    assert address_csv_kind(header) is None


def test_unknown_csv_raises_unknown_format() -> None:
    with pytest.raises(InputError) as caught:
        parse_address_csv("a,b,c\n1,2,3\n", "other.csv")
    assert (caught.value.code, caught.value.file) == ("unknown_format", "other.csv")


def test_malformed_csv_names_the_line() -> None:
    text = 'First Name,Last Name,Primary Email\nA,B,a@b.example\n"C,D,"c@d.example\n'
    with pytest.raises(InputError) as caught:
        list(parse_address_csv(text, "tb.csv").contacts)
    assert caught.value.code == "bad_csv"
    assert caught.value.line == 3

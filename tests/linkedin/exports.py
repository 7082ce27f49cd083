"""Three synthetic exports of one account (2021, 2023, 2026) and a lead sheet, written from the
layouts of FORMATS.md, for the tests of exports imported in any order."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.helpers import connections_csv, invitations_csv, messages_csv, write_export

OWNER = "https://www.linkedin.com/in/claire-vendeuse"
ANNE = "https://www.linkedin.com/in/anne-lef%C3%A8vre"
BRUNO = "https://www.linkedin.com/in/bruno-marchal"
CHLOE = "https://www.linkedin.com/in/chloe-abeille"
DAVID = "https://www.linkedin.com/in/david-nguyen"
EMILE = "https://www.linkedin.com/in/emile-van-den-berghe"
FANNY = "https://www.linkedin.com/in/fanny-roche"
GASTON = "https://www.linkedin.com/in/gaston-roux"

#: The exports' own dates, as LinkedIn names the files (MM-DD-YYYY).
STAMPS = {"2021": "03-02-2021", "2023": "06-15-2023", "2026": "11-03-2026"}
DAYS = {"2021": "2021-03-02", "2023": "2023-06-15", "2026": "2026-11-03"}

# The user's lead sheet; every address is also in the export, so pairs are proven at once.
SHEET = """First name,Last name,Email,Company,Country,Stage,Stall reason,Last contact
Anne,Lefèvre,anne@pixelbleu.fr,Pixel Bleu SARL,France,Call postponed,No time,2023-05-10
Bruno,Marchal,bruno@studiokode.be,Studio Kôdé,Belgique,Info sent,No immediate need,2022-09-01
Chloé,Abeille,chloe.abeille@gmail.com,,France,First contact,Uncertain market,2021-04-01
David,Nguyen,david@webfactory.ch,Web Factory,Suisse,Test project,Distance,2021-06-15
"""


def _message(
    sender: str, url: str, to: str, to_url: str, when: str, subject: str
) -> dict[str, str]:
    return {"CONVERSATION ID": f"2-{url[-6:]}==", "FROM": sender, "SENDER PROFILE URL": url,
            "TO": to, "RECIPIENT PROFILE URLS": to_url, "DATE": when, "SUBJECT": subject,
            "CONTENT": "…", "FOLDER": "INBOX", "IS MESSAGE DRAFT": "No",
            "IS CONVERSATION DRAFT": "No"}  # fmt: skip


ANNE_2023 = _message("Anne Lefèvre", ANNE, "Claire Vendeuse", OWNER, "2023-05-02 10:00:00 UTC",
                     "Devis refonte")  # fmt: skip
CLAIRE_2023 = _message("Claire Vendeuse", OWNER, "Anne Lefèvre", ANNE, "2023-05-10 09:00:00 UTC",
                       "Devis refonte")  # fmt: skip
BRUNO_2026 = _message("Bruno Marchal", BRUNO, "Claire Vendeuse", OWNER, "2026-10-20 16:45:00 UTC",
                      "Nouveau projet")  # fmt: skip

CONNECTIONS = {
    "2021": [
        ("Anne", "Lefèvre", ANNE, "anne@pixelbleu.fr", "Pixel Bleu SARL", "Développeuse",
         "03 Feb 2019"),
        ("Bruno", "Marchal", BRUNO, "", "Agence Tilleul", "Développeur", "11 Jun 2020"),
        ("Chloé", "Abeille", CHLOE, "chloe.abeille@gmail.com", "", "", "15 Jan 2021"),
        ("David", "Nguyen", DAVID, "david@webfactory.ch", "Web Factory", "Lead dev",
         "02 Jan 2017"),
        ("Gaston", "Roux", GASTON, "", "Roux Web", "Gérant", "20 Sep 2018"),
    ],
    "2023": [
        ("Anne", "Lefèvre", ANNE, "anne@pixelbleu.fr", "Pixel Bleu SARL", "Développeuse",
         "03 Feb 2019"),
        ("Bruno", "Marchal", BRUNO, "bruno@studiokode.be", "Studio Kôdé", "CTO", "11 Jun 2020"),
        ("Chloé", "Abeille", CHLOE, "chloe.abeille@gmail.com", "", "", "15 Jan 2021"),
        ("David", "Nguyen", DAVID, "david@webfactory.ch", "Web Factory", "Lead dev",
         "02 Jan 2017"),
        # Gone from the user's network before 2026.
        ("Fanny", "Roche", FANNY, "", "Studio Roche", "Directrice artistique", "08 Mar 2022"),
    ],
    "2026": [
        ("Émile", "Van den Berghe", EMILE, "", "Agence Zinc", "CEO", "10 Oct 2024"),
        ("Anne", "Lefèvre", ANNE, "anne@pixelbleu.fr", "Atelier Numérique", "CTO", "03 Feb 2019"),
        ("Bruno", "Marchal", BRUNO, "bruno@studiokode.be", "Studio Kôdé", "CEO", "11 Jun 2020"),
        ("Chloé", "Abeille", CHLOE, "chloe.abeille@gmail.com", "Abeille Factory",
         "Co-fondatrice", "15 Jan 2021"),
        ("David", "Nguyen", DAVID, "david@webfactory.ch", "Web Factory", "Lead dev",
         "02 Jan 2017"),
    ],
}  # fmt: skip

MESSAGES = {
    "2021": [],
    "2023": [ANNE_2023, CLAIRE_2023],
    # LinkedIn's newer export repeats the whole history.
    "2026": [ANNE_2023, CLAIRE_2023, BRUNO_2026],
}

INVITATIONS = {
    "2021": [
        ("Chloé Abeille", "Claire Vendeuse", "1/14/21, 9:05 AM", "", "INCOMING", CHLOE, OWNER),
    ],
    "2023": [
        ("Claire Vendeuse", "Fanny Roche", "3/7/22, 4:12 PM", "", "OUTGOING", OWNER, FANNY),
    ],
    "2026": [
        ("Émile Van den Berghe", "Claire Vendeuse", "10/9/24, 8:30 AM", "Bonjour Claire",
         "INCOMING", EMILE, OWNER),
    ],
}  # fmt: skip


def export_files(year: str) -> dict[str, str]:
    """The CSV files of one year's export, by name."""
    files = {"Connections.csv": connections_csv(CONNECTIONS[year])}
    if MESSAGES[year]:
        files["messages.csv"] = messages_csv(MESSAGES[year])
    files["Invitations.csv"] = invitations_csv(INVITATIONS[year])
    return files


def write_year(folder: Path, year: str) -> Path:
    """``Complete_LinkedInDataExport_MM-DD-YYYY.zip`` of that year."""
    folder.mkdir(parents=True, exist_ok=True)
    return write_export(folder, STAMPS[year], export_files(year))


def write_undated_zip(
    path: Path, files: dict[str, str], when: tuple[int, int, int, int, int, int]
) -> Path:
    """A zip renamed by its owner (no date in the name) whose entries carry ``when``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=when), text.encode("utf-8"))
    return path


def write_sheet(folder: Path) -> Path:
    """The lead sheet as a CSV file."""
    path = folder / "leads.csv"
    path.write_text(SHEET, encoding="utf-8")
    return path

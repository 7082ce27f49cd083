"""A small world for crash tests: an address book, two LinkedIn exports that change things
between them (new jobs, removals, new connections, messages), and the commands to run.

Big enough that every import phase does real work (a few hundred people, most of them
paired), small enough that a command runs in about a second.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import connections_csv, messages_csv, write_export

FIRST = (
    "Anne|Bruno|Céline|David|Émile|Fanny|Gaston|Hélène|Igor|Julie|Karim|Léa|Marc|Nadia|"
    "Olivier|Pauline|Quentin|Rémi|Sophie|Thomas"
).split("|")
LAST = (
    "Lefèvre|Marchal|Dubois|Nguyen|Van den Berghe|Moreau|Girard|Roux|Fontaine|Chevalier|"
    "Lambert|Bonnet|Mercier|Blanc|Guérin|Faure|Perrin|Morel"
).split("|")
COMPANIES = (
    "Pixel Bleu|Studio Kôdé|Agence Dubois|Web Factory|Atelier Nord|Lumière Digitale|Onde Web|"
    "Ça Code|Agence Azur|Forge Créative"
).split("|")
OWNER = "https://www.linkedin.com/in/claire-vendeuse"
PEOPLE = 300


@dataclass(frozen=True)
class Someone:
    first: str
    last: str
    company: str
    index: int

    @property
    def slug(self) -> str:
        plain = unicodedata.normalize("NFKD", f"{self.first}-{self.last}")
        ascii_only = plain.encode("ascii", "ignore").decode().lower().replace(" ", "")
        return f"{ascii_only}-{self.index}"

    @property
    def email(self) -> str:
        domain = unicodedata.normalize("NFKD", self.company).encode("ascii", "ignore").decode()
        return f"{self.slug.rsplit('-', 1)[0]}.{self.index}@{domain.lower().replace(' ', '')}.fr"

    @property
    def url(self) -> str:
        return f"https://www.linkedin.com/in/{self.slug}"


def people() -> list[Someone]:
    return [
        Someone(FIRST[i % len(FIRST)], LAST[(i * 7) % len(LAST)], COMPANIES[i % 10], i)
        for i in range(PEOPLE)
    ]


def write_cards(path: Path) -> Path:
    """A vCard 3.0 address book of everyone."""
    cards = []
    for p in people():
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"FN:{p.first} {p.last}\r\nN:{p.last};{p.first};;;\r\n"
            f"EMAIL;TYPE=INTERNET:{p.email}\r\nORG:{p.company}\r\nEND:VCARD\r\n"
        )
    path.write_text("".join(cards), encoding="utf-8")
    return path


Row = tuple[str, str, str, str, str, str, str]


def _row(p: Someone, company: str, title: str, with_email: bool) -> Row:
    return (p.first, p.last, p.url, p.email if with_email else "", company, title, "03 Feb 2019")


def write_first_export(folder: Path) -> Path:
    """The export of 2025-01-15: two thirds of the people, a third of them sharing an email."""
    rows = [_row(p, p.company, "Gérant", p.index % 3 == 0) for p in people() if p.index % 3 != 2]
    return write_export(folder, "01-15-2025", {"Connections.csv": connections_csv(rows)})


def write_second_export(folder: Path) -> Path:
    """The export of 2026-03-15: new jobs and titles, five removed, new connections, and
    messages from some of them."""
    rows: list[Row] = []
    for p in people():
        if p.index % 3 == 2 and p.index % 2 == 0:
            rows.append(_row(p, p.company, "CTO", False))  # new connection
        elif p.index % 3 == 2 or p.index in (1, 4, 7, 10, 13):
            continue  # never connected, or removed (5 of 200: not a partial export)
        elif p.index % 11 == 0:
            rows.append(_row(p, COMPANIES[(p.index + 3) % 10], "Gérant", p.index % 3 == 0))
        elif p.index % 13 == 0:
            rows.append(_row(p, p.company, "Directrice technique", p.index % 3 == 0))
        else:
            rows.append(_row(p, p.company, "Gérant", p.index % 3 == 0))
    messages = [
        {
            "CONVERSATION ID": f"conv-{p.index}",
            "FROM": f"{p.first} {p.last}",
            "SENDER PROFILE URL": p.url,
            "TO": "Claire Vendeuse",
            "RECIPIENT PROFILE URLS": OWNER,
            "DATE": "2026-03-01 09:30:00 UTC",
            "SUBJECT": "Nouveau projet",
            "CONTENT": "Bonjour, on reparle de votre offre ?",
            "FOLDER": "INBOX",
            "IS MESSAGE DRAFT": "No",
            "IS CONVERSATION DRAFT": "No",
        }
        for p in people()
        if p.index % 17 == 0
    ]
    files = {"Connections.csv": connections_csv(rows), "messages.csv": messages_csv(messages)}
    return write_export(folder, "03-15-2026", files)

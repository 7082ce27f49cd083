"""Generate a real-size synthetic LinkedIn export (invented names only)."""

from __future__ import annotations

import argparse
import random
import zipfile
from datetime import date, timedelta
from pathlib import Path

FIRST = [
    "Anne",
    "Bruno",
    "Céline",
    "David",
    "Émile",
    "Françoise",
    "Gaël",
    "Hélène",
    "Igor",
    "Julie",
    "Karim",
    "Léa",
    "Marc",
    "Nadia",
    "Olivier",
    "Pauline",
    "Quentin",
    "Rémi",
    "Sophie",
    "Thierry",
    "Ursule",
    "Valérie",
    "William",
    "Xavier",
    "Yasmine",
    "Zoé",
    "Jean-Pierre",
    "Marie-Claire",
    "Loïc",
    "Anaïs",
    "Chloé",
    "Théo",
    "Noémie",
    "Maëlle",
    "Jérôme",
]
LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Müller",
    "Van-den-Berghe",
    "De-la-Fontaine",
    "Nguyen",
    "Kowalski",
    "Popescu",
    "Rossi",
    "Peeters",
    "Janssens",
]
COMPANIES = [
    "Pixel Bleu SARL",
    "Studio Kôdé",
    "Agence Dubois",
    "Web Factory SAS",
    "Atelier Numérique",
    "Nord Digital",
    "Lémanic Web Sàrl",
    "Bruxelles Media SPRL",
    "Québec Interactif Inc.",
    "Fabrique Créative",
]
TITLES = "CEO|CTO|Développeur|Chef de projet|Directeur technique|Lead dev|Consultant|Gérante"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PREAMBLE = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    'addresses are missing."\n\n'
)


def _cell(value: str) -> str:
    return f'"{value.replace(chr(34), chr(34) * 2)}"' if ("," in value or '"' in value) else value


def make_rows(count: int, seed: int) -> list[list[str]]:
    """``count`` connection rows: first, last, url, email, company, position, connected on."""
    rng = random.Random(seed)
    rows = []
    start = date(2008, 1, 1)
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST).replace("-", " ")
        company = rng.choice(COMPANIES) + ("" if rng.random() < 0.7 else f" {i % 97}")
        day = start + timedelta(days=rng.randrange(6500))
        email = f"{first.lower()}.{i}@example.org" if rng.random() < 0.03 else ""
        rows.append(
            [first, last, f"https://www.linkedin.com/in/member-{i:06d}", email, company,
             rng.choice(TITLES.split("|")), f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"]
        )  # fmt: skip
    return rows


def evolve(rows: list[list[str]], seed: int) -> list[list[str]]:
    """A newer export: 5 % job changes, 3 % new titles, 1 % removed, 2 % new connections."""
    rng = random.Random(seed)
    newer = []
    for row in rows:
        roll = rng.random()
        if roll < 0.01:
            continue
        row = list(row)
        if roll < 0.06:
            row[4] = rng.choice(COMPANIES) + " Nouvelle"
        elif roll < 0.09:
            row[5] = row[5] + " senior"
        newer.append(row)
    newer += make_rows(len(rows) // 50, seed + 1)
    for i, row in enumerate(newer[-(len(rows) // 50) :]):
        row[2] = f"https://www.linkedin.com/in/newcomer-{i:06d}"
    return newer


def connections_text(rows: list[list[str]]) -> str:
    """Rows as a 2023+ Connections.csv."""
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    return PREAMBLE + header + "\n" + "\n".join(",".join(_cell(c) for c in r) for r in rows)


def messages_text(rows: list[list[str]], count: int, seed: int) -> str:
    """``count`` messages between the owner and random connections."""
    rng = random.Random(seed)
    owner = "https://www.linkedin.com/in/owner"
    lines = ["CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
             "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"]  # fmt: skip
    for i in range(count):
        row = rng.choice(rows)
        name = f"{row[0]} {row[1]}"
        stamp = (
            f"20{rng.randrange(12, 26):02d}-{rng.randrange(1, 13):02d}-10 09:{i % 60:02d}:00 UTC"
        )
        if rng.random() < 0.5:
            lines.append(f"2-c{i % 5000}==,,{name},{row[2]},Owner,{owner},{stamp},,Bonjour,INBOX")
        else:
            lines.append(f"2-c{i % 5000}==,,Owner,{owner},{name},{row[2]},{stamp},,Merci,INBOX")
    return "\n".join(lines) + "\n"


def write_zip(path: Path, rows: list[list[str]], messages: int, seed: int) -> Path:
    """Write an export zip with Connections.csv and messages.csv."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", connections_text(rows))
        archive.writestr("messages.csv", messages_text(rows, messages, seed))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--messages", type=int, default=20_000)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    rows = make_rows(args.connections, 1)
    write_zip(args.folder / "Complete_LinkedInDataExport_01-15-2025.zip", rows, args.messages, 2)
    write_zip(
        args.folder / "Complete_LinkedInDataExport_03-15-2026.zip",
        evolve(rows, 3),
        args.messages,
        4,
    )
    print(f"wrote two exports of {args.connections} connections to {args.folder}")


if __name__ == "__main__":
    main()

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


def messages_lines(
    rows: list[list[str]], count: int, seed: int, *, years: tuple[int, int] = (2012, 2024)
) -> list[str]:
    """``count`` messages between the owner and random connections (1 in 20 with somebody
    who is not a connection: a recruiter, an InMail), dated within ``years``."""
    rng = random.Random(seed)
    owner = "https://www.linkedin.com/in/owner"
    lines = []
    for i in range(count):
        row = rng.choice(rows)
        name, url = f"{row[0]} {row[1]}", row[2]
        if rng.random() < 0.05:
            name, url = (
                f"Recruteur {i % 400}",
                f"https://www.linkedin.com/in/stranger-{seed}-{i % 400}",
            )
        year = rng.randrange(years[0], years[1] + 1)
        stamp = f"{year}-{rng.randrange(1, 13):02d}-10 09:{i % 60:02d}:{seed % 60:02d} UTC"
        conversation = f"2-s{seed}c{i % 5000}=="
        if rng.random() < 0.5:
            lines.append(f"{conversation},,{name},{url},Owner,{owner},{stamp},,Bonjour,INBOX")
        else:
            lines.append(f"{conversation},,Owner,{owner},{name},{url},{stamp},,Merci,INBOX")
    return lines


MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
    "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"
)


def messages_text(rows: list[list[str]], count: int, seed: int) -> str:
    """A messages.csv of ``count`` messages (see :func:`messages_lines`)."""
    return "\n".join([MESSAGES_HEADER, *messages_lines(rows, count, seed)]) + "\n"


def invitations_text(count: int, seed: int, year: int) -> str:
    """An Invitations.csv of ``count`` pending invitations with people not yet connected,
    two thirds of them received, sent in ``year``."""
    rng = random.Random(seed)
    owner = "https://www.linkedin.com/in/owner"
    lines = ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"]
    for i in range(count):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        url = f"https://www.linkedin.com/in/prospect-{seed}-{i:05d}"
        when = (
            f'"{rng.randrange(1, 13)}/{rng.randrange(1, 29)}/{year % 100:02d}, 9:{i % 60:02d} AM"'
        )
        if rng.random() < 2 / 3:
            lines.append(f"{name},Owner,{when},Bonjour,INCOMING,{url},{owner}")
        else:
            lines.append(f"Owner,{name},{when},,OUTGOING,{owner},{url}")
    return "\n".join(lines) + "\n"


def write_zip(
    path: Path,
    rows: list[list[str]],
    messages: int,
    seed: int,
    *,
    earlier: Path | None = None,
    invitations: int = 0,
) -> Path:
    """Write an export zip with Connections.csv, messages.csv and (``invitations`` > 0)
    Invitations.csv.

    With ``earlier``, the export is a newer one of the same account: like LinkedIn's own,
    its messages.csv holds every message of the earlier export plus ``messages`` new ones
    written since (dated in the year before the export's).
    """
    if earlier is None:
        messages_csv = messages_text(rows, messages, seed)
    else:
        with zipfile.ZipFile(earlier) as previous:
            old = previous.read("messages.csv").decode("utf-8")
        since = _export_year(path) - 1
        messages_csv = old + "\n".join(messages_lines(rows, messages, seed, years=(since, since)))
        messages_csv += "\n"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", connections_text(rows))
        archive.writestr("messages.csv", messages_csv)
        if invitations:
            archive.writestr(
                "Invitations.csv", invitations_text(invitations, seed, _export_year(path))
            )
    return path


def _export_year(path: Path) -> int:
    """The year in ``Complete_LinkedInDataExport_MM-DD-YYYY.zip``."""
    return int(path.stem.rsplit("-", 1)[-1])


def export_pair(
    folder: Path, connections: int, messages: int, *, all_new_messages: bool = False
) -> tuple[Path, Path]:
    """Two exports of one account, 14 months apart: ``connections`` connections, ``messages``
    messages and 500 pending invitations, then the newer export (see :func:`evolve`) with
    every earlier message plus 10 % new ones and 500 new invitations.

    ``all_new_messages`` gives the newer export ``messages`` messages none of which was in
    the first one: not what LinkedIn writes, but the worst case for the import.
    """
    rows = make_rows(connections, 1)
    first = write_zip(
        folder / "Complete_LinkedInDataExport_01-15-2025.zip", rows, messages, 2, invitations=500
    )
    second = folder / "Complete_LinkedInDataExport_03-15-2026.zip"
    if all_new_messages:
        write_zip(second, evolve(rows, 3), messages, 4, invitations=500)
    else:
        write_zip(second, evolve(rows, 3), messages // 10, 4, earlier=first, invitations=500)
    return first, second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--messages", type=int, default=20_000)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    export_pair(args.folder, args.connections, args.messages)
    print(f"wrote two exports of {args.connections} connections to {args.folder}")


if __name__ == "__main__":
    main()

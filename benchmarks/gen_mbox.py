"""Generate a synthetic mbox of N messages (default 200,000) with invented people.

Mixes the user's outgoing and incoming mail, mailing lists and no-reply senders, RFC 2047
encoded display names, Gmail Takeout and Thunderbird separators, X-Gmail-Labels and bodies
of a few lines (some with escaped ">From " lines).

    python benchmarks/gen_mbox.py OUT.mbox [-n 200000] [--seed 1]
"""

from __future__ import annotations

import argparse
import base64
import random
import unicodedata
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from benchmarks.mail_dates import separator_date

FIRST = [
    "Amélie",
    "Bastien",
    "Chloé",
    "Damien",
    "Élodie",
    "Florian",
    "Gaëlle",
    "Hugo",
    "Inès",
    "Jérôme",
    "Karine",
    "Loïc",
    "Maëlle",
    "Noé",
    "Océane",
    "Pierrick",
]
LAST = [
    "Arnaud",
    "Bérard",
    "Cazenave",
    "Delorme",
    "Estève",
    "Fabre",
    "Guérin",
    "Hervé",
    "Imbert",
    "Joubert",
    "Lacroix",
    "Méndez",
    "Noël",
    "Orsini",
    "Perrin",
    "Quéré",
]
DOMAINS = [
    "agence-lumen.fr",
    "studio-pixelle.be",
    "webatelier.ch",
    "nordweb.lu",
    "maple-digital.ca",
    "atelier-onze.fr",
    "bleu-citron.fr",
    "kodama.ch",
]
SUBJECTS = [
    "Votre projet de refonte",
    "Re: Proposition de collaboration",
    "Point d'étape",
    "Devis développement nearshore",
    "Re: Appel de jeudi",
    "Nouveau projet e-commerce",
    "Suite à notre échange",
    "Question rapide",
]
ME = "alex.martin@nearshore-dev.example"


def encoded(name: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        data = base64.b64encode(name.encode("utf-8")).decode("ascii")
        return f"=?UTF-8?B?{data}?="
    quoted = "".join(
        c
        if c.isascii() and c.isalnum()
        else "=" + "=".join(f"{b:02X}" for b in c.encode("latin-1"))
        for c in name
    )
    return f"=?ISO-8859-1?Q?{quoted}?="


def message(index: int, rng: random.Random, when: datetime) -> bytes:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    domain = rng.choice(DOMAINS)
    plain = unicodedata.normalize("NFKD", f"{first}.{last}".lower())
    person = plain.encode("ascii", "ignore").decode() + "@" + domain
    name = f"{first} {last}"
    display = encoded(name, rng) if rng.random() < 0.6 else f'"{name}"'
    kind = rng.random()
    headers = []
    if kind < 0.4:
        headers += [
            f"From: Alex Martin <{ME}>",
            f"To: {display} <{person}>",
            "X-Gmail-Labels: Sent,Opened",
        ]
    elif kind < 0.8:
        headers += [
            f"From: {display} <{person}>",
            f"To: Alex Martin <{ME}>",
            f"Cc: {rng.choice(FIRST)} <team@{domain}>",
            "X-Gmail-Labels: Inbox,Important,Opened",
        ]
    elif kind < 0.9:
        headers += [
            f"From: Newsletter <news@{domain}>",
            f"To: {ME}",
            f"List-Id: <news.{domain}>",
            f"List-Unsubscribe: <mailto:unsub@{domain}>",
            "Precedence: bulk",
            "X-Gmail-Labels: Category Promotions",
        ]
    else:
        headers += [
            f"From: Service <no-reply@{domain}>",
            f"To: {ME}",
            "Auto-Submitted: auto-generated",
            "X-Gmail-Labels: Inbox",
        ]
    headers += [
        f"Subject: {rng.choice(SUBJECTS)} #{index}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{index}.{rng.randrange(10**9)}@mail.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        f"Received: from mx.example by mx.example; {format_datetime(when)}",
    ]
    body = [
        "Bonjour,",
        "",
        "Merci pour votre retour, je reviens vers vous rapidement.",
        ">From the last meeting: nothing new." if index % 7 == 0 else "Bien à vous,",
        name,
    ] + ["Lorem ipsum dolor sit amet, consectetur adipiscing elit."] * rng.randrange(0, 30)
    if index % 2:
        sep = f"From {rng.randrange(10**17, 10**18)}@xxx {separator_date(when, '+0000')}"
    else:
        sep = f"From - {separator_date(when)}"
    return ("\n".join([sep, *headers, "", *body, "", ""])).encode("utf-8")


def generate(path: Path, count: int, seed: int = 1) -> None:
    """Write ``count`` messages to ``path``."""
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    with path.open("wb") as out:
        for index in range(count):
            when = start + timedelta(minutes=index * 20 + rng.randrange(20))
            out.write(message(index, rng, when))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", "--count", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.count, args.seed)
    print(f"wrote {args.count} messages to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()

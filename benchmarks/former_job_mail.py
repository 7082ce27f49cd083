"""A trap of the files world: the user's mail from a former job's address, kept as Thunderbird's
``Sent`` file.

Before joining the agency they work for now, the user approached some of today's prospects
from another agency's address. Thunderbird keeps that mail in its Local Folders as an mbox
file named ``Sent`` (no extension, ``From - `` separators, Mozilla's own status headers, no
Gmail label). Every message of it is the user's, from an address LinkRevive was never told
about, so an import must

- make nobody of that address (it bears the user's own name: read as someone else's, the
  user becomes a lead, "due for a revisit");
- store each message as an outgoing exchange with its prospect.

Only prospects the user wrote to in the Gmail mbox get such mail, dated before their first
message there: no prospect's silence, sign or last exchange changes, so no category does.
The draws come from a generator of their own: the rest of the world is as it was.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

from benchmarks.mail_dates import separator_date

#: Thunderbird's file of a Local Folders "Sent" folder.
SENT_NAME = "Sent"
#: The former agency (synthetic).
FORMER_DOMAIN = "atelier-meridien.example"
#: The share of the eligible prospects the user wrote to from the former job.
SHARE = 0.15
#: The user left the former job before this day.
LEFT_ON = date(2019, 9, 1)

#: The subjects of its messages (a reply's with ``Re: ``).
SUBJECTS = (
    "Atelier Méridien : une équipe web à vos côtés",
    "Présentation Atelier Méridien",
    "Renfort ponctuel pour vos projets web",
)


@dataclass(frozen=True, slots=True)
class SentMail:
    """One message the user sent from the former address."""

    when: datetime
    to: tuple[str, str]  # (name, email)
    subject: str
    body: str


def former_address(local: str) -> str:
    """The user's address at the former agency, from its local part."""
    return f"{local}@{FORMER_DOMAIN}"


def choose(
    seed: int, prospects: Sequence[tuple[str, str, str, date]], me_first: str
) -> list[SentMail]:
    """Mail from the former job to a share of ``prospects`` (key, name, email, first day of
    their mail in the Gmail mbox, which must hold a message of the user's to them): one or
    two messages each, before the day they first appear there and before :data:`LEFT_ON`."""
    rng = random.Random(seed * 104_729 + 3)
    count = max(3, round(len(prospects) * SHARE))
    chosen = rng.sample(list(prospects), min(count, len(prospects)))
    mails = []
    for _key, name, email, first_day in sorted(chosen):
        latest = min(first_day, LEFT_ON) - timedelta(days=30)
        days = sorted(
            latest - timedelta(days=rng.randrange(1, 900)) for _ in range(rng.randint(1, 2))
        )
        for n, day in enumerate(days):
            when = datetime.combine(day, time(rng.randrange(7, 18), rng.randrange(60)), UTC)
            subject = rng.choice(SUBJECTS)
            if n:
                subject = f"Re: {subject}"
            given = name.split()[0]
            body = (
                f"Bonjour {given},\n\nJe me permets de vous présenter l'Atelier Méridien, une "
                "équipe de développeurs web qui travaille en renfort d'agences.\n\n"
                f"Bien à vous,\n{me_first}\n"
            )
            mails.append(SentMail(when, (name, email), subject, body))
    return mails


def write_sent(path: Path, mails: Iterable[SentMail], sender: tuple[str, str], seed: int) -> None:
    """``mails`` as Thunderbird writes its ``Sent`` file, oldest first."""
    with path.open("wb") as handle:
        for index, mail in enumerate(sorted(mails, key=lambda m: m.when)):
            handle.write(_render(mail, index, sender, seed))


def _render(mail: SentMail, index: int, sender: tuple[str, str], seed: int) -> bytes:
    when = mail.when
    lines = [
        f"From - {separator_date(when)}",
        "X-Mozilla-Status: 0001",
        "X-Mozilla-Status2: 00800000",
        f"Message-ID: <{seed:x}.{index:05x}.{when:%Y%m%d%H%M}@{FORMER_DOMAIN}>",
        f"Date: {format_datetime(when)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Thunderbird/60.9.1",
        "Content-Language: fr",
        f"To: {formataddr(mail.to)}",
        f"From: {formataddr(sender)}",
        f"Subject: {Header(mail.subject, 'utf-8').encode()}",
        "Content-Type: text/plain; charset=utf-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "",
        mail.body,
        "",
    ]
    return "\n".join(lines).encode("utf-8")

"""A trap of the files world: prospects' out-of-office replies to the user's newsletter.

The user sends a newsletter from a mass-mailing tool, so the mailbox holds none of it; the
autoresponders of some dormant prospects answer it, to the user's own address, in the weeks
before ``as_of``. Such a reply is a machine's, not a sign of a project: Today must never give
it as a why-now (nor thank the prospect for their message in the opener). The replies are
written as real autoresponders write them:

- Outlook / Exchange in French, "Réponse automatique : …" with a no-break space before the
  colon, Exchange's thread fields, and no ``Auto-Submitted`` (gateways that relay it often
  drop it): only the subject tells;
- Gmail's vacation responder: ``Auto-Submitted: auto-replied``;
- an older server's vacation script: ``X-Autoreply: yes`` and "Absent du bureau : …".

Only dormant prospects with no sign of their own in the window get one (``revisit`` and
``stale_*``): with the rule right, no category changes. The draws come from a generator of
their own: the rest of the world is as it was.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

#: The categories whose people may get one, and the share of them that do.
CATEGORIES = ("revisit", "stale_email_again", "stale_linkedin_message")
SHARE = 0.25
#: The newsletters they answer (sent by a mass-mailing tool, absent from the mailbox).
NEWSLETTERS = (
    "Nos actualités de printemps",
    "Lettre d'information — mai 2026",
    "Invitation : petit-déjeuner web le 4 juin",
)
#: How each autoresponder writes: (its subject's prefix, its header fields); weighted.
STYLES = {
    "outlook": (
        "Réponse automatique\u00a0: ",
        [
            ("Thread-Topic", "{newsletter}"),
            ("Thread-Index", "AQHb{token}"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-AuthAs", "Internal"),
            ("Content-Language", "fr-FR"),
        ],
    ),
    "gmail": ("", [("Auto-Submitted", "auto-replied")]),
    "legacy": ("Absent du bureau : ", [("X-Autoreply", "yes")]),
}
WEIGHTS = {"outlook": 0.5, "gmail": 0.3, "legacy": 0.2}


@dataclass(frozen=True, slots=True)
class AutoReply:
    """One out-of-office reply: when, from whom, its subject and header fields."""

    when: datetime
    sender: tuple[str, str]  # (name, email)
    subject: str
    headers: tuple[tuple[str, str], ...]
    thread: int
    body: str


def choose(
    seed: int, prospects: Sequence[tuple[str, str, str, str]], as_of: date
) -> list[AutoReply]:
    """Replies from a share of ``prospects`` (key, name, email, category; those of
    :data:`CATEGORIES` with an address), each in the 60 days before ``as_of``."""
    rng = random.Random(seed * 15_485_863 + 11)
    eligible = sorted(p for p in prospects if p[3] in CATEGORIES and p[2])
    chosen = rng.sample(eligible, min(len(eligible), max(3, round(len(eligible) * SHARE))))
    replies = []
    for _key, name, email, _category in sorted(chosen):
        day = as_of - timedelta(days=rng.randrange(2, 60))
        when = datetime.combine(day, time(rng.randrange(6, 22), rng.randrange(60)), UTC)
        newsletter = rng.choice(NEWSLETTERS)
        style = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
        prefix, fields = STYLES[style]
        token = f"{rng.getrandbits(48):012x}"
        headers = tuple((k, v.format(newsletter=newsletter, token=token)) for k, v in fields)
        # Gmail's responder keeps the subject the user gave it.
        subject = f"{prefix}{newsletter}" if prefix else "Absente jusqu'au 30 juin"
        body = (
            f"Bonjour,\n\nJe suis absente jusqu'au 30 juin et n'aurai qu'un accès limité à mes "
            f"e-mails.\n\n{name.split()[0]}\n"
        )
        thread = rng.randrange(10**17, 10**18)
        replies.append(AutoReply(when, (name, email), subject, headers, thread, body))
    return replies


__all__ = ["CATEGORIES", "AutoReply", "choose"]

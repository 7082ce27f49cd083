"""A trap of the files world: the spam Gmail filed, kept in the Takeout mbox.

Gmail Takeout's default file is "All mail Including Spam and Trash": its spam comes with the
rest, labelled ``Spam``. Two kinds:

- strangers' spam (prize draws, parcels, invoices): an import must make nobody of them;
- spoofs of dormant prospects' addresses (a spammer who harvested an address book writes
  "from" them), in the weeks before ``as_of``: Today must never give one as a why-now.

Only dormant prospects with no sign of their own in the window are spoofed (``revisit`` and
``stale_*``): with the rule right, no category changes. The draws come from a generator of
their own: the rest of the world is as it was.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

#: The categories whose people may be spoofed, and the share of them that are.
CATEGORIES = ("revisit", "stale_email_again", "stale_linkedin_message")
SHARE = 0.08
#: How many strangers' spams the mbox holds.
STRANGERS = 25
#: Spam subjects (synthetic, as spam reads).
SUBJECTS = (
    "Facture impayée n°{n} - action requise",
    "Votre colis est en attente de livraison",
    "Félicitations ! Vous avez été sélectionné",
    "Document partagé avec vous : Contrat_{n}.pdf",
    "Confirmez votre adresse e-mail sous 24 h",
)
#: The strangers' sending domains and names (synthetic): spam reads like a person's mail.
DOMAINS = ("prize-exemple.example", "livraison-rapide.example", "secure-docs.example")
NAMES = ("Julie Martin", "Paul Bernard", "Sophie Petit", "Marc Durand", "Emma Leroy")


@dataclass(frozen=True, slots=True)
class Spam:
    """One spam: when, from whom (name, address), its subject, relay host and body."""

    when: datetime
    sender: tuple[str, str]
    subject: str
    relay: str
    body: str
    thread: int


def choose(seed: int, prospects: Sequence[tuple[str, str, str, str]], as_of: date) -> list[Spam]:
    """Spoofs of a share of ``prospects`` (key, name, email, category; those of
    :data:`CATEGORIES` with an address) and :data:`STRANGERS` strangers' spams, each in the
    60 days before ``as_of``."""
    rng = random.Random(seed * 32_452_843 + 17)
    eligible = sorted(p for p in prospects if p[3] in CATEGORIES and p[2])
    spoofed = rng.sample(eligible, min(len(eligible), max(2, round(len(eligible) * SHARE))))
    senders = [(name, email) for _key, name, email, _category in sorted(spoofed)]
    for n in range(STRANGERS):
        name = rng.choice(NAMES)
        local = name.lower().replace(" ", ".")
        senders.append((name, f"{local}{n}{rng.randrange(10, 99)}@{rng.choice(DOMAINS)}"))
    spams = []
    for name, email in senders:
        day = as_of - timedelta(days=rng.randrange(2, 60))
        when = datetime.combine(day, time(rng.randrange(24), rng.randrange(60)), UTC)
        subject = rng.choice(SUBJECTS).format(n=rng.randrange(10_000, 99_999))
        relay = f"mail{rng.randrange(1, 90)}.bulk-relay-{rng.getrandbits(16):04x}.example"
        body = "Cliquez ici pour continuer : https://secure-docs.example/verify\n"
        spams.append(Spam(when, (name, email), subject, relay, body, rng.randrange(10**17, 10**18)))
    return spams


__all__ = ["CATEGORIES", "Spam", "choose"]

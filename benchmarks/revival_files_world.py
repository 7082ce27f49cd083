"""Seeded generator of a file-level world: the files a real user would import, and the truth.

It writes, into one folder, what a business developer selling nearshore development to
francophone web agencies has on disk (synthetic people only; French, Belgian, Swiss,
Québécois and Romanian names):

- an old ``Connections.csv`` of LinkedIn's pre-2017 Outlook layout the user kept (no date in
  its name nor in its rows: names, email addresses, the companies and titles of back then,
  some connections since removed);
- two LinkedIn exports some years apart, as LinkedIn names them
  (``Complete_LinkedInDataExport_MM-DD-YYYY.zip``: ``Connections.csv`` with the "Notes:"
  preamble, ``messages.csv``, ``Invitations.csv``, the owner's ``Profile.csv``,
  ``Positions.csv`` and ``Email Addresses.csv``), with job changes, new titles, companies and
  positions that appear where there were none, re-connections, removed and new connections,
  incoming messages and invitations;
- an Apple Contacts vCard 3.0 address book (``contacts.vcf``);
- a French Excel lead sheet (``leads.csv``: ``;``, Windows-1252, dd/mm/yyyy);
- a Gmail Takeout mbox (``All mail Including Spam and Trash.mbox``) of a few thousand
  messages: exchanges with prospects, colleagues at the user's own domain, friends at free
  mail, newsletters with real-looking bulk headers, notifications, Google Calendar
  invitations, mailing lists, bounces, a prospect agency's role box writing about a project,
  and prospects writing again after years (recently, or two years ago), some from a computer
  whose clock is set wrong (a ``Date`` years ahead: 2099, or two years on, which makes a
  message of two years ago look recent; Gmail's ``Received`` field has the true time);
- Thunderbird's ``Sent`` file of the mail the user sent from a former agency's address, to
  some of today's prospects before their conversation began (``benchmarks.former_job_mail``);
- in the mbox, dormant prospects' out-of-office replies to the user's newsletter, sent from a
  mass-mailing tool and so absent from it (``benchmarks.autoreplies``), and the spam Gmail
  filed: strangers', and spoofs of dormant prospects' addresses (``benchmarks.spam_mail``);
  the Gmail account is in French for odd seeds (its labels: "Boîte de réception", "Messages
  envoyés"…), in English for even ones;
- ``truth.json``: every person with a category and the dated signs of renewed activity.

Categories (``truth.json`` ``people[].category``):

- ``fresh_*``: a dormant prospect (silent for over a year, not a client) with a sign of
  renewed activity inside the 90-day window before ``as_of``: must be in the top K of Today;
- ``revisit``: dormant prospect, no sign: may appear, below the fresh ones;
- ``stale_*``: dormant prospect whose only sign is older than the window (wrote again by
  email or on LinkedIn a year or two ago, never answered): never a "why now";
- ``never_*``: must not appear at all: active prospects (an answered exchange inside the
  dormancy threshold, some with a LinkedIn change too), prospects in touch a few months ago,
  clients, colleagues, friends, LinkedIn-only connections, strangers who invite the user,
  role boxes on their own; automated senders are listed apart (``automated``).

Dates are fixed by the world, never by the day it is generated or imported: ``as_of`` is
three days after the second export. Run ``python -m benchmarks.revival_files_world OUT
[--seed S] [--leads N] [--me EMAIL]``.
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import json
import quopri
import random
import unicodedata
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from benchmarks import autoreplies, former_job_mail, spam_mail
from benchmarks.mail_dates import day_date, separator_date

AS_OF = date(2026, 6, 12)
FIRST_EXPORT = date(2023, 12, 5)
SECOND_EXPORT = date(2026, 6, 9)
WINDOW_DAYS = 90
DORMANT_DAYS = 365
DEFAULT_ME = "ioana.popescu@codepod.ro"
MBOX_NAME = "All mail Including Spam and Trash.mbox"
#: The old Outlook-layout LinkedIn file, and the year its connections were made before.
LEGACY_NAME = "LinkedIn_Connections_Outlook.csv"
LEGACY_BEFORE = 2017

#: Share of each prospect category (the rest are ``revisit``).
MIX: dict[str, float] = {
    "fresh_job_change": 0.05,
    "fresh_empty_filled": 0.02,
    "fresh_title_change": 0.02,
    "fresh_reconnected": 0.015,
    "fresh_linkedin_message": 0.025,
    "fresh_invitation": 0.015,
    "fresh_email_again": 0.03,
    "fresh_role_box": 0.012,
    "stale_email_again": 0.03,
    "stale_linkedin_message": 0.02,
    "never_active": 0.12,
    "never_active_signal": 0.04,
    "never_recent": 0.07,
    "never_client": 0.05,
    "never_client_signal": 0.02,
}
#: Categories whose LinkedIn change needs the person in the first export already.
NEEDS_FIRST_EXPORT = frozenset(
    {
        "fresh_job_change",
        "fresh_empty_filled",
        "fresh_title_change",
        "fresh_reconnected",
        "fresh_linkedin_message",
        "stale_linkedin_message",
        "never_active_signal",
        "never_client_signal",
    }
)
FRESH = frozenset(c for c in MIX if c.startswith("fresh_"))
STALE = frozenset(c for c in MIX if c.startswith("stale_"))
PROSPECT_CATEGORIES = frozenset({*MIX, "revisit"})
NON_PROSPECTS = frozenset(
    {"never_colleague", "never_friend", "never_linkedin_only", "never_stranger", "never_role_box"}
)

# Names, most frequent first (weights fall with the rank, as real name frequencies do).
FIRST_FR = (
    "Nathalie Julien Camille Nicolas Sandrine Stéphane Céline Sébastien Aurélie Laurent "
    "Émilie Guillaume Julie Frédéric Mélanie Olivier Élodie Thomas Hélène Jérôme Manon Benoît "
    "Chloé Clément Léa Maxime Anaïs Cédric Mathilde Grégoire Solène Loïc Noémie Raphaël "
    "Gaëlle Étienne Inès Joël Maëlle François Océane Arnaud Héloïse Zoé Valérie Thérèse "
    "Jean-François Marie-Hélène Pierre-Yves Anne-Sophie Amélie Aurélien Léon"
).split()
FIRST_QC = "Geneviève Marc-André Marie-Ève Jean-Sébastien Mélissa Sylvain Gilles Stéphanie".split()
LAST_FR = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
    "Lefèvre Michel Garcia Fontaine Chevalier Girard Morel Mercier Rousseau Blanc Guérin "
    "Boyer Faure André Roux Perrin Lemaire Brunet Barbier Huet Carré Béranger Mallet Aubert "
    "Lacroix Noël Lecomte Prévost Benoît Rivière Deschamps Lebœuf Marchal Ménard"
).split()
LAST_BE = "Peeters Janssens Maes Claes Goossens Wouters Lejeune Renard Leclercq Dewez".split()
LAST_BE += ["Van den Bossche", "De Smet", "Vandenberghe"]
LAST_CH = "Favre Rochat Bonvin Chevalley Cuénod Gaillard Morand Berset Jaquier Python".split()
LAST_QC = (
    "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet "
    "Pelletier Bélanger Lévesque Bergeron"
).split()
FIRST_RO = "Andrei Ioana Mihai Alexandra Ștefan Cătălina Răzvan Bianca Radu Oana Teodora".split()
LAST_RO = "Ionescu Constantinescu Dumitrescu Stan Munteanu Bălan Țurcanu Văduva Mureșan".split()

WORDS = (
    "Citron Safran Pourpre Abeille Sextant Boréal Cobalt Ardoise Mistral Lumière Colibri "
    "Nébuleuse Granit Sirocco Azur Tilleul Castor Hérisson Orée Ébène Vermeil Ricochet Phare "
    "Comète Rubis Cèdre Falaise Galet Brume Cerise Lynx Faucon Récif Opale Sésame Volute "
    "Marelle Tangram Escale Boussole Origami Archipel Pollen Clémentine Zénith Embrun Méandre"
).split()
ADJECTIVES = "Bleu Nord Sud Alpin Urbain Lab Studio Atlantique Léman Rive Gauche".split()
PATTERNS = (
    "Studio {w}",
    "Agence {w}",
    "{w} Digital",
    "Atelier {w}",
    "{w} & Co",
    "{w} Factory",
    "Les Éditions {w}",
    "{w} Interactive",
    "{w} Web",
    "Maison {w}",
)
COUNTRIES = {
    "France": (0.62, "fr", ("SAS", "SARL", "")),
    "Belgique": (0.14, "be", ("SPRL", "SRL", "")),
    "Suisse": (0.12, "ch", ("Sàrl", "SA", "")),
    "Canada": (0.08, "ca", ("Inc.", "")),
    "Luxembourg": (0.04, "lu", ("S.à r.l.", "")),
}
POSITIONS = (
    "Directrice de production",
    "Directeur technique",
    "CTO",
    "Chef de projet digital",
    "Fondateur & CEO",
    "Cofondatrice",
    "Responsable technique",
    "Directeur de clientèle",
    "Lead developer",
    "Head of Delivery",
    "Gérant",
    "Directrice associée",
    "Responsable des partenariats",
)
BIG_COMPANIES = (
    "Capgemini",
    "Sopra Steria",
    "OVHcloud",
    "Decathlon Digital",
    "Publicis Sapient",
    "Accenture Song",
    "Ubisoft",
    "Doctolib",
    "BlaBlaCar",
    "La Poste Groupe",
)
FREE_MAIL = ("gmail.com", "free.fr", "orange.fr", "hotmail.fr", "yahoo.fr", "laposte.net")
STAGES = (
    ("first_contact", "Premier contact", 0.14),
    ("info_sent", "Infos envoyées", 0.26),
    ("call_agreed", "Appel convenu", 0.16),
    ("call_postponed", "Appel reporté", 0.26),
    ("test_project", "Test", 0.10),
    ("visit", "Visite", 0.08),
)
STALLS = (
    ("Manque de temps", 0.25),
    ("Pas de méthode", 0.12),
    ("Confidentialité", 0.10),
    ("Distance", 0.10),
    ("Incertitude", 0.15),
    ("Pas de besoin immédiat", 0.18),
    ("Autre", 0.03),
    ("", 0.07),
)
NOTES = (
    "Relancer après l'été",
    "Budget 2024 gelé, à revoir",
    "Intéressée par un petit projet test",
    "Rencontré au salon E-commerce Paris",
    "Craint la réaction de son équipe (« on n'externalise pas »)",
    "Préfère un prestataire à moins de 2 h de train",
    "A déjà travaillé avec une équipe au Maroc, mauvaise expérience",
    "Très sympa, rappeler en septembre",
    "Cherche un renfort Symfony / React",
    "",
    "",
)
MONTHS_EN = ("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec").split()
NOTES_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)


def _ascii(text: str) -> str:
    text = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _slug(text: str) -> str:
    out = "".join(c if c.isalnum() else "-" for c in _ascii(text).lower())
    return "-".join(p for p in out.split("-") if p)


def _weighted(rng: random.Random, items: list[str] | tuple[str, ...]) -> str:
    weights = [1.0 / (i + 1) ** 0.6 for i in range(len(items))]
    return rng.choices(list(items), weights)[0]


def _at(day: date, rng: random.Random) -> datetime:
    """A working-hours moment of ``day`` in UTC."""
    return datetime.combine(day, time(rng.randrange(6, 17), rng.randrange(60)), UTC) + timedelta(
        seconds=rng.randrange(60)
    )


@dataclass
class Message:
    """One mailbox message before it is written."""

    when: datetime
    sender: tuple[str, str]
    to: list[tuple[str, str]]
    subject: str
    body: str
    labels: str
    thread: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    kind: str = "plain"  # plain, calendar, bounce
    extra: str = ""
    reply_to_id: str = ""
    msg_id: str = ""
    #: How far ahead the sender's clock was: its ``Date`` header says ``when`` plus this.
    clock_ahead: timedelta = timedelta(0)


@dataclass
class LinkedInMessage:
    """One row of messages.csv."""

    when: datetime
    conversation: str
    sender: tuple[str, str]
    recipient: tuple[str, str]
    content: str


@dataclass
class Invitation:
    """One row of Invitations.csv."""

    when: datetime
    inviter: tuple[str, str]
    invitee: tuple[str, str]
    message: str
    incoming: bool


@dataclass
class Person:
    """Someone of the world: a prospect, a colleague, a friend or a LinkedIn connection."""

    key: str
    first: str
    last: str
    category: str
    country: str = ""
    company: str = ""  # the company the user knew them at (email side)
    legal: str = ""
    domain: str = ""
    email: str = ""
    url: str = ""
    first_export: tuple[str, str] | None = None  # (company, position), None = not connected
    second_export: tuple[str, str] | None = None
    connected_first: date | None = None
    connected_second: date | None = None
    stage: str = ""
    stall: str = ""
    note: str = ""
    in_sheet: bool = False
    in_vcard: bool = False
    sheet_last_contact: date | None = None
    last_exchange: date | None = None  # last exchange the user took part in
    signs: list[dict[str, str]] = field(default_factory=list)
    former_companies: list[str] = field(default_factory=list)
    role_box: str = ""  # the company's shared box that wrote about a project
    card_role_box: str = ""  # the company's shared box, found in this person's card

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}".strip()


class WorldBuilder:
    """Builds one world from a seed; :meth:`write` puts its files in a folder."""

    def __init__(self, seed: int, leads: int, me: str, mail_scale: float = 1.0) -> None:
        self.rng = random.Random(seed)
        # Draws of their own for the senders' clocks: the rest of the world is as it was.
        self.clock_rng = random.Random(seed * 7_919 + 1)
        self.seed = seed
        self.lead_count = leads
        self.me = me.lower()
        self.me_domain = self.me.split("@", 1)[1]
        self.me_name = ("Ioana", "Popescu") if me == DEFAULT_ME else ("Alex", "Marin")
        self.me_company = "CodePod" if me == DEFAULT_ME else self.me_domain.split(".")[0].title()
        self.me_url = f"https://www.linkedin.com/in/{_slug(' '.join(self.me_name))}-codepod"
        self.mail_scale = mail_scale
        self.people: list[Person] = []
        self.names: set[str] = set()
        self.companies: set[str] = set()
        self.domains: set[str] = {self.me_domain, *FREE_MAIL}
        self.mails: list[Message] = []
        self.li_messages: list[LinkedInMessage] = []
        self.invitations: list[Invitation] = []
        self.automated: dict[str, dict[str, str]] = {}
        self.former_mails: list[former_job_mail.SentMail] = []
        self.autoreplies: list[autoreplies.AutoReply] = []
        self.spams: list[spam_mail.Spam] = []
        #: The language of the Gmail account: Takeout writes its labels in it.
        self.gmail_lang = "fr" if seed % 2 else "en"
        self._thread = 1_700_000_000_000_000_000 + seed * 7_919_000_000_000

    # -- identities ------------------------------------------------------------------------

    def _name(self, country: str) -> tuple[str, str]:
        rng = self.rng
        for _ in range(200):
            if country == "Canada":
                first = _weighted(rng, FIRST_QC + FIRST_FR[:20])
                last = _weighted(rng, LAST_QC)
            elif country == "Belgique":
                first = _weighted(rng, FIRST_FR)
                last = _weighted(rng, LAST_BE + LAST_FR[:15])
            elif country == "Suisse":
                first = _weighted(rng, FIRST_FR)
                last = _weighted(rng, LAST_CH + LAST_FR[:15])
            elif country == "Romania":
                first, last = _weighted(rng, FIRST_RO), _weighted(rng, LAST_RO)
            else:
                first, last = _weighted(rng, FIRST_FR), _weighted(rng, LAST_FR)
            if f"{first} {last}" not in self.names:
                self.names.add(f"{first} {last}")
                return first, last
        raise RuntimeError("ran out of distinct names")

    def _company(self, country: str) -> tuple[str, str, str]:
        """(name, legal suffix, domain) of a new agency in ``country``."""
        rng = self.rng
        tld = COUNTRIES[country][1]
        for attempt in range(2000):
            name = rng.choice(PATTERNS).format(w=rng.choice(WORDS))
            if attempt > 50:
                name += " " + rng.choice(ADJECTIVES)
            if name in self.companies:
                continue
            words = [w for w in _slug(name).split("-") if w != "co"]
            core = [w for w in words if w not in ("studio", "agence", "les", "editions")]
            domain = "-".join(core or words) + "." + tld
            if "agence" in words and rng.random() < 0.4:
                domain = "agence-" + domain
            # Two agencies never share a domain (the product rightly takes it for one company).
            if domain in self.domains:
                domain = "-".join(words) + "." + tld
            if domain not in self.domains:
                self.companies.add(name)
                self.domains.add(domain)
                return name, rng.choice(COUNTRIES[country][2]), domain
        raise RuntimeError("ran out of distinct companies")

    def _email(self, first: str, last: str, domain: str) -> str:
        f, lname = _slug(first), _slug(last).replace("-", "")
        pattern = self.rng.random()
        if pattern < 0.55:
            local = f"{f}.{lname}"
        elif pattern < 0.75:
            local = f"{f[0]}.{lname}"
        elif pattern < 0.9:
            local = f
        else:
            local = f"{f[0]}{lname}"
        return f"{local}@{domain}"

    def _url(self, first: str, last: str) -> str:
        slug = f"{_slug(first)}-{_slug(last)}"
        roll = self.rng.random()
        if roll < 0.35:
            slug += f"-{self.rng.randrange(16**8):08x}"
        elif roll < 0.45:
            slug += f"-{self.rng.randrange(10, 99)}"
        return f"https://www.linkedin.com/in/{slug}"

    def _thread_id(self) -> int:
        self._thread += self.rng.randrange(10**12, 10**14)
        return self._thread

    # -- prospects -------------------------------------------------------------------------

    def build(self) -> None:
        """Every person, exchange, export row and automated message of the world."""
        categories = []
        for category, share in MIX.items():
            categories += [category] * max(1, round(share * self.lead_count))
        categories += ["revisit"] * max(0, self.lead_count - len(categories))
        self.rng.shuffle(categories)
        for index, category in enumerate(categories):
            self._prospect(index, category)
        self._role_boxes()
        self._colleagues()
        self._friends()
        self._network()
        self._automated_mail()
        self._former_job()
        self._autoreplies()
        self._spam()

    def _spam(self) -> None:
        """The spam Gmail filed: strangers', and spoofs of dormant prospects' addresses
        (see ``benchmarks.spam_mail``)."""
        prospects = [(p.key, p.name, p.email, p.category) for p in self.people]
        self.spams = spam_mail.choose(self.seed, prospects, AS_OF)
        for spam in self.spams:
            self.mails.append(
                Message(
                    spam.when,
                    spam.sender,
                    [self._me_addr()],
                    spam.subject,
                    spam.body,
                    "Spam,Unread",
                    spam.thread,
                    [("Return-Path", f"<bounce@{spam.relay}>"),
                     ("Received-SPF", f"softfail (google.com: domain of transitioning "
                                      f"{spam.sender[1]} does not designate {spam.relay} as "
                                      "permitted sender)")],
                )
            )  # fmt: skip

    def _autoreplies(self) -> None:
        """Dormant prospects' out-of-office replies to the user's newsletter, in the
        Inbox (see ``benchmarks.autoreplies``)."""
        prospects = [(p.key, p.name, p.email, p.category) for p in self.people]
        self.autoreplies = autoreplies.choose(self.seed, prospects, AS_OF)
        for reply in self.autoreplies:
            self.mails.append(
                Message(
                    reply.when,
                    reply.sender,
                    [self._me_addr()],
                    reply.subject,
                    reply.body,
                    "Inbox,Opened,Category Personal",
                    reply.thread,
                    list(reply.headers),
                )
            )

    def _former_job(self) -> None:
        """The user's mail from a former agency, to prospects they wrote to here later
        (see ``benchmarks.former_job_mail``)."""
        first_day: dict[str, date] = {}
        written: set[str] = set()
        for mail in self.mails:
            addresses = [mail.sender[1], *(email for _name, email in mail.to)]
            for address in addresses:
                day = mail.when.date()
                first_day[address] = min(first_day.get(address, day), day)
            if mail.sender[1] == self.me:
                written.update(email for _name, email in mail.to)
        prospects = [
            (p.key, p.name, p.email, first_day[p.email])
            for p in self.people
            if p.email in written and not p.category.startswith("never_")
        ]
        self.former_mails = former_job_mail.choose(self.seed, prospects, self.me_name[0])

    def _prospect(self, index: int, category: str) -> None:
        rng = self.rng
        country = rng.choices(list(COUNTRIES), [v[0] for v in COUNTRIES.values()])[0]
        first, last = self._name(country)
        company, legal, domain = self._company(country)
        person = Person(f"lead-{index:04d}", first, last, category, country, company, legal)
        person.domain = domain
        person.email = self._email(first, last, domain)
        # Founders of small agencies often write from a personal address (always in the sheet).
        free_mail = rng.random() < 0.05
        if free_mail:
            person.email = f"{_slug(first)}.{_slug(last)}{rng.randrange(10, 99)}@gmail.com"
        person.url = self._url(first, last)
        stages = list(STAGES)
        person.stage = rng.choices([s[0] for s in stages], [s[2] for s in stages])[0]
        if category in ("never_client", "never_client_signal"):
            person.stage = "client"
        person.stall = rng.choices([s[0] for s in STALLS], [s[1] for s in STALLS])[0]
        person.note = rng.choice(NOTES)
        self.people.append(person)

        # When the conversation stopped (the user's last exchange).
        if category in ("never_active", "never_active_signal"):
            last_day = AS_OF - timedelta(days=rng.randrange(8, 150))
        elif category == "never_recent":
            last_day = AS_OF - timedelta(days=rng.randrange(170, 330))
        elif category.startswith("never_client"):
            last_day = AS_OF - timedelta(days=rng.randrange(20, 700))
        elif category == "stale_email_again":
            last_day = AS_OF - timedelta(days=rng.randrange(1400, 2400))
        elif category == "stale_linkedin_message":
            # Writing again means after the dormancy threshold (12 months): the message comes
            # 420-760 days before as_of, so the conversation stopped well before that.
            last_day = AS_OF - timedelta(days=rng.randrange(1200, 2300))
        elif category in ("fresh_linkedin_message", "fresh_email_again"):
            # The message comes in the last 80 days, over 12 months after the last exchange.
            last_day = AS_OF - timedelta(days=rng.randrange(480, 2300))
        else:
            last_day = AS_OF - timedelta(days=rng.randrange(420, 2300))
        span = rng.randrange(15, 420)
        first_day = last_day - timedelta(days=span)
        if category in NEEDS_FIRST_EXPORT:
            first_day = min(first_day, FIRST_EXPORT - timedelta(days=rng.randrange(30, 700)))
        depth = {
            "first_contact": (1, 2),
            "info_sent": (2, 4),
            "call_agreed": (3, 6),
            "call_postponed": (4, 8),
            "test_project": (6, 12),
            "visit": (6, 12),
            "client": (8, 16),
        }[person.stage]
        count = rng.randint(*depth)
        # A fifth of the prospects predate the mailbox: the sheet is all the user has.
        has_mail = first_day.year >= 2017 and rng.random() < 0.85
        # A client is always in the sheet: nothing else would tell the product she is one.
        client = person.stage == "client"
        person.in_sheet = rng.random() < 0.65 or not has_mail or free_mail or client
        person.in_vcard = rng.random() < 0.5
        if has_mail:
            self._thread_of_exchanges(person, first_day, last_day, count)
        person.last_exchange = last_day
        if person.in_sheet:
            # The sheet is updated by hand: the same day, or a little behind the mailbox.
            lag = 0 if not has_mail or rng.random() < 0.6 else rng.randrange(1, 40)
            person.sheet_last_contact = max(first_day, last_day - timedelta(days=lag))

        # LinkedIn: the user's habit is to double every email exchange by a connection.
        connected = rng.random() < 0.85 and category != "fresh_invitation"
        position = rng.choice(POSITIONS)
        li_company = company if rng.random() < 0.8 else f"{company} {legal}".strip()
        if connected:
            day = first_day + timedelta(days=rng.randrange(1, 30))
            if day < SECOND_EXPORT:
                self._connect(person, day, (li_company, position))
                if rng.random() < 0.4:
                    self._linkedin_thanks(person, day, last_day)
        if category in NEEDS_FIRST_EXPORT and person.connected_first is None:
            self._connect(person, first_day + timedelta(days=3), (li_company, position))
        if category in ("fresh_job_change", "never_active_signal", "never_client_signal"):
            new_company, _, _ = self._company(country)
            new_position = rng.choice(POSITIONS)
            person.second_export = (new_company, new_position)
            person.former_companies = [company]
            if category == "fresh_job_change":
                self._sign(person, "job_change", SECOND_EXPORT, new_company)
                if has_mail and rng.random() < 0.4:
                    self._bounce(person)
        elif category == "fresh_empty_filled":
            person.first_export = ("", "")
            founded, _, _ = self._company(country)
            person.second_export = (founded, rng.choice(("Cofondatrice", "Fondateur", "CEO")))
            person.former_companies = [company]
            self._sign(person, "job_change", SECOND_EXPORT, founded)
        elif category == "fresh_title_change":
            assert person.first_export is not None
            old_company, old_position = person.first_export
            new_position = rng.choice([p for p in POSITIONS if p != old_position])
            person.second_export = (old_company, new_position)
            self._sign(person, "title_change", SECOND_EXPORT, new_position)
        elif category == "fresh_reconnected":
            again = SECOND_EXPORT - timedelta(days=rng.randrange(4, 70))
            person.connected_second = again
            self._sign(person, "reconnected", again, "")
        elif category in ("fresh_linkedin_message", "stale_linkedin_message"):
            if category == "fresh_linkedin_message":
                when = AS_OF - timedelta(days=rng.randrange(4, 80))
            else:
                when = AS_OF - timedelta(days=rng.randrange(420, 760))
            subject = self._linkedin_incoming(person, when)
            self._sign(person, "linkedin_message", when, subject)
        elif category == "fresh_invitation":
            when = _at(SECOND_EXPORT - timedelta(days=rng.randrange(3, 75)), rng)
            note = rng.choice(
                (
                    f"Bonjour {self.me_name[0]}, nous avions échangé il y a quelques années. "
                    "J'ai un nouveau projet, au plaisir de reprendre contact.",
                    "Ravi de vous retrouver ici !",
                    "",
                )
            )
            self.invitations.append(
                Invitation(when, (person.name, person.url), self._owner(), note, True)
            )
            self._sign(person, "linkedin_invitation", when.date(), note)
        elif category in ("fresh_email_again", "stale_email_again"):
            if category == "fresh_email_again":
                when = AS_OF - timedelta(days=rng.randrange(4, 80))
            else:
                when = AS_OF - timedelta(days=rng.randrange(690, 780))
            subject = rng.choice(
                (
                    "Nouveau projet — besoin de renfort",
                    "Reprise de contact",
                    f"Projet refonte {company} : êtes-vous disponibles ?",
                    "On en reparle ?",
                    "Besoin d'une équipe Symfony pour la rentrée",
                )
            )
            body = (
                f"Bonjour {self.me_name[0]},\n\nCela fait longtemps ! Nous lançons un nouveau "
                "projet et nous manquons de bras côté développement. Seriez-vous disponible "
                f"pour un appel la semaine prochaine ?\n\nBien à vous,\n{person.name}\n"
                f"{company}\n"
            )
            sent = _at(when, rng)
            self._mail_in(person, sent, subject, body, self._wrong_clock(sent, category))
            self._sign(person, "email_inbound", when, subject)
        elif category == "fresh_role_box":
            box = f"{rng.choice(('contact', 'bonjour', 'hello', 'agence'))}@{domain}"
            person.role_box = box
            when = _at(AS_OF - timedelta(days=rng.randrange(4, 80)), rng)
            subject = rng.choice(
                (
                    f"Demande de devis — refonte du site {rng.choice(WORDS)}",
                    "Projet e-commerce : recherche d'une équipe de développement",
                    "Renfort développement pour un projet client",
                )
            )
            body = (
                f"Bonjour,\n\n{person.first} nous a transmis vos coordonnées. Nous démarrons "
                "un projet pour un client et cherchons une équipe de développement pour "
                "septembre. Pourriez-vous nous envoyer vos disponibilités ?\n\n"
                f"L'équipe {company}\n"
            )
            self.mails.append(
                Message(
                    when,
                    (company, box),
                    [self._me_addr()],
                    subject,
                    body,
                    "Inbox,Important,Opened,Category Personal",
                    self._thread_id(),
                )
            )
            self._sign(person, "email_inbound", when.date(), subject, via=box)
        if category in ("never_active", "never_active_signal") and has_mail and rng.random() < 0.3:
            # Active prospects also write: the incoming message is answered.
            when = _at(last_day - timedelta(days=rng.randrange(1, 5)), rng)
            self._mail_in(person, when, "Re: Suite à notre appel", "Merci, on avance !\n")

    def _connect(self, person: Person, day: date, state: tuple[str, str]) -> None:
        """Connected on ``day``: in both exports, or only in the second one."""
        if day < FIRST_EXPORT:
            person.connected_first = day
            person.first_export = state
        person.connected_second = day
        person.second_export = state

    def _former_me(self) -> tuple[str, str]:
        """The user as the former job's mail names them."""
        first, last = self.me_name
        return (f"{first} {last}", former_job_mail.former_address(f"{_slug(first)}.{_slug(last)}"))

    def _me_addr(self) -> tuple[str, str]:
        return (f"{self.me_name[0]} {self.me_name[1]}", self.me)

    def _owner(self) -> tuple[str, str]:
        return (f"{self.me_name[0]} {self.me_name[1]}", self.me_url)

    def _sign(self, person: Person, kind: str, when: date, detail: str, via: str = "") -> None:
        age = (AS_OF - when).days
        fresh = 0 <= age <= WINDOW_DAYS
        sign = {"kind": kind, "date": when.isoformat(), "detail": detail, "fresh": str(fresh)}
        if via:
            sign["via"] = via
        person.signs.append(sign)

    def _mail_in(
        self,
        person: Person,
        when: datetime,
        subject: str,
        body: str,
        clock_ahead: timedelta = timedelta(0),
    ) -> None:
        self.mails.append(
            Message(
                when,
                (person.name, person.email),
                [self._me_addr()],
                subject,
                body,
                "Inbox,Important,Opened,Category Personal",
                self._thread_id(),
                clock_ahead=clock_ahead,
            )
        )

    def _wrong_clock(self, when: datetime, category: str) -> timedelta:
        """How far ahead the clock of a prospect writing again was (a third of them are
        wrong): a recent message dated in 2099 or a year on; a message of two years ago
        dated two years on, into the weeks before ``as_of``."""
        rng = self.clock_rng
        if rng.random() >= 1 / 3:
            return timedelta(0)
        if category.startswith("stale_"):
            return timedelta(days=730)
        if rng.random() < 0.5:
            return datetime(2099, 1, 1, when.hour, when.minute, tzinfo=UTC) - when
        return timedelta(days=365)

    def _thread_of_exchanges(self, person: Person, first: date, last: date, count: int) -> None:
        """``count`` emails between ``first`` and ``last``; the last one is the user's."""
        rng = self.rng
        days = sorted(
            first + timedelta(days=rng.randrange(max(1, (last - first).days))) for _ in range(count)
        )
        days[0], days[-1] = first, last
        inbound_first = rng.random() < 0.5
        subject = rng.choice(
            (
                f"Renfort développement — {person.company}",
                "Proposition de collaboration",
                "Suite à notre échange",
                "Sous-traitance web : présentation",
                f"Appel {person.company} / {self.me_company}",
            )
        )
        thread = self._thread_id()
        for i, day in enumerate(days):
            out = (i % 2 == 1) if inbound_first else (i % 2 == 0)
            if i == len(days) - 1:
                out = True
            when = _at(day, rng)
            re = "" if i == 0 else "Re: "
            if out:
                body = rng.choice(
                    (
                        f"Bonjour {person.first},\n\nJe me permets de revenir vers vous au sujet "
                        "de notre proposition. Quand pourrions-nous fixer un appel ?\n\n"
                        f"Bien cordialement,\n{self.me_name[0]} {self.me_name[1]}\n"
                        f"{self.me_company} — développement nearshore\n",
                        f"Bonjour {person.first},\n\nComme convenu, vous trouverez ci-joint notre "
                        "présentation et quelques références.\n\nBelle journée,\n"
                        f"{self.me_name[0]}\n",
                    )
                )
                self.mails.append(
                    Message(
                        when,
                        self._me_addr(),
                        [(person.name, person.email)],
                        re + subject,
                        body,
                        "Sent,Opened",
                        thread,
                    )
                )
            else:
                body = rng.choice(
                    (
                        f"Bonjour {self.me_name[0]},\n\nMerci pour votre message. Nous sommes en "
                        "plein rush, pouvons-nous reporter notre appel de quelques semaines ?\n\n"
                        f"{person.name}\n{person.company}\n",
                        f"Bonjour,\n\nVotre offre nous intéresse, mais l'équipe est frileuse à "
                        "l'idée de sous-traiter. Je reviens vers vous.\n\nCordialement,\n"
                        f"{person.first}\n",
                    )
                )
                self.mails.append(
                    Message(
                        when,
                        (person.name, person.email),
                        [self._me_addr()],
                        re + subject,
                        body,
                        "Inbox,Opened,Category Personal",
                        thread,
                    )
                )

    def _conversation(self) -> str:
        raw = bytes(self.rng.randrange(256) for _ in range(40))
        return "2-" + base64.b64encode(raw).decode()[:54] + "=="

    def _linkedin_thanks(self, person: Person, connected: date, last: date) -> None:
        """The user's thank-you after connecting, sometimes answered; both before ``last``."""
        rng = self.rng
        when = _at(min(connected + timedelta(days=rng.randrange(0, 4)), last), rng)
        conversation = self._conversation()
        self.li_messages.append(
            LinkedInMessage(
                when,
                conversation,
                self._owner(),
                (person.name, person.url),
                f"Bonjour {person.first},  merci pour la connexion ! Au plaisir d'échanger.",
            )
        )
        if rng.random() < 0.5 and when.date() < last:
            self.li_messages.append(
                LinkedInMessage(
                    when + timedelta(hours=rng.randrange(2, 30)),
                    conversation,
                    (person.name, person.url),
                    self._owner(),
                    "Avec plaisir, à bientôt !",
                )
            )

    def _linkedin_incoming(self, person: Person, when: date) -> str:
        text = self.rng.choice(
            (
                f"Bonjour {self.me_name[0]},  j'espère que vous allez bien. Nous avons un "
                "nouveau projet et je repense à notre échange. Auriez-vous un moment ?",
                f"Bonjour {self.me_name[0]}, toujours dans la sous-traitance web ? "
                "Nous cherchons du renfort React pour l'automne.",
                "Bonjour, pouvons-nous en reparler ? Le contexte a changé chez nous.",
            )
        )
        self.li_messages.append(
            LinkedInMessage(
                _at(when, self.rng),
                self._conversation(),
                (person.name, person.url),
                self._owner(),
                text,
            )
        )
        return text

    def _bounce(self, person: Person) -> None:
        """The user's season's greetings to the old address bounced."""
        rng = self.rng
        day = date(2025, 1, rng.randrange(6, 20))
        when = _at(day, rng)
        self.mails.append(
            Message(
                when,
                self._me_addr(),
                [(person.name, person.email)],
                "Meilleurs vœux 2025",
                f"Bonjour {person.first},\n\nToute l'équipe {self.me_company} vous souhaite "
                "une belle année 2025 !\n\n" + self.me_name[0] + "\n",
                "Sent,Opened",
                self._thread_id(),
            )
        )
        person.last_exchange = max(person.last_exchange or day, day)
        if person.category == "fresh_job_change" and (AS_OF - day).days < DORMANT_DAYS:
            raise RuntimeError("a bounce must not make a dormant lead active")
        self.mails.append(
            Message(
                when + timedelta(seconds=rng.randrange(5, 90)),
                ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
                [("", self.me)],
                "Delivery Status Notification (Failure)",
                f"** Address not found **\n\nYour message wasn't delivered to {person.email} "
                "because the address couldn't be found, or is unable to receive mail.\n",
                "Inbox,Opened,Category Updates",
                self._thread_id(),
                [("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")],
                kind="bounce",
                extra=person.email,
            )
        )
        self.automated["mailer-daemon@googlemail.com"] = {
            "name": "Mail Delivery Subsystem",
            "email": "mailer-daemon@googlemail.com",
            "kind": "bounce",
        }

    # -- other people ----------------------------------------------------------------------

    def _role_boxes(self) -> None:
        """Agencies known only by their shared box: the user wrote, the box answered, years ago."""
        rng = self.rng
        for index in range(max(2, self.lead_count // 25)):
            country = rng.choices(list(COUNTRIES), [v[0] for v in COUNTRIES.values()])[0]
            company, _, domain = self._company(country)
            box = f"{rng.choice(('contact', 'info', 'hello', 'bonjour', 'agence'))}@{domain}"
            person = Person(f"rolebox-{index:02d}", company, "", "never_role_box", country)
            person.company, person.domain, person.email = company, domain, box
            self.people.append(person)
            day = date(2019, 1, 10) + timedelta(days=rng.randrange(1400))
            thread = self._thread_id()
            subject = "Proposition de collaboration — développement nearshore"
            self.mails.append(
                Message(
                    _at(day, rng),
                    self._me_addr(),
                    [("", box)],
                    subject,
                    f"Bonjour,\n\nJe me permets de vous présenter {self.me_company}, une équipe "
                    "de développeurs à Cluj au service des agences web.\n\n"
                    f"{self.me_name[0]}\n",
                    "Sent,Opened",
                    thread,
                )
            )
            answer = day + timedelta(days=rng.randrange(1, 6))
            self.mails.append(
                Message(
                    _at(answer, rng),
                    (company, box),
                    [self._me_addr()],
                    "Re: " + subject,
                    "Bonjour,\n\nMerci, nous transmettons votre message à la direction.\n\n"
                    f"L'équipe {company}\n",
                    "Inbox,Opened,Category Personal",
                    thread,
                )
            )
            person.last_exchange = day
            if rng.random() < 0.5:
                again = answer + timedelta(days=rng.randrange(20, 90))
                self.mails.append(
                    Message(
                        _at(again, rng),
                        self._me_addr(),
                        [("", box)],
                        "Re: " + subject,
                        "Bonjour,\n\nAvez-vous pu transmettre ? Bien à vous,\n",
                        "Sent,Opened",
                        thread,
                    )
                )
                person.last_exchange = again

    def _colleagues(self) -> None:
        rng = self.rng
        for index in range(max(4, self.lead_count // 25)):
            country = "Romania" if index % 4 else "France"
            first, last = self._name(country)
            person = Person(f"colleague-{index:02d}", first, last, "never_colleague", country)
            person.company = self.me_company
            person.domain = self.me_domain
            person.email = f"{_slug(first)}.{_slug(last)}@{self.me_domain}"
            person.url = self._url(first, last)
            person.in_vcard = True
            position = rng.choice(("Lead developer", "Project manager", "QA engineer", "CTO"))
            day = date(2018 + index % 5, rng.randrange(1, 13), rng.randrange(1, 28))
            person.connected_first = person.connected_second = day
            person.first_export = (self.me_company, position)
            person.second_export = (self.me_company, position)
            if index == 1:
                person.second_export = (self.me_company, "Head of Engineering")
            self.people.append(person)
            # Internal mail: frequent, both ways, up to as_of.
            day = date(2019, 1, 7) + timedelta(days=rng.randrange(300))
            while day < AS_OF:
                out = rng.random() < 0.5
                sender = self._me_addr() if out else (person.name, person.email)
                to = [(person.name, person.email)] if out else [self._me_addr()]
                subject = rng.choice(
                    (
                        "Point hebdo",
                        "Devis Studio — relecture",
                        "Planning sprint",
                        "Re: CV pour la proposition",
                        "Congés",
                    )
                )
                self.mails.append(
                    Message(
                        _at(day, rng),
                        sender,
                        to,
                        subject,
                        "Salut,\n\nVoilà ce qu'on a dit ce matin. On en reparle demain.\n",
                        "Sent,Opened" if out else "Inbox,Opened,Category Personal",
                        self._thread_id(),
                    )
                )
                if not out and rng.random() < 0.15:
                    self._calendar_invite(person, day)
                day += timedelta(days=max(3, int(rng.expovariate(1 / 24) / self.mail_scale)))
            person.last_exchange = AS_OF

    def _calendar_invite(self, organiser: Person, day: date) -> None:
        rng = self.rng
        start = datetime.combine(day + timedelta(days=2), time(8, 0), UTC)
        summary = rng.choice(("Point hebdo", "Revue de proposition", "Démo client"))
        ics = (
            "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
            "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\n"
            f"DTEND:{start + timedelta(hours=1):%Y%m%dT%H%M%SZ}\r\n"
            f"DTSTAMP:{start:%Y%m%dT%H%M%SZ}\r\nORGANIZER;CN={organiser.name}:mailto:{organiser.email}\r\n"
            f"UID:{rng.randrange(16**20):020x}@google.com\r\n"
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{self.me}\r\n"
            f"SUMMARY:{summary}\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        self.mails.append(
            Message(
                _at(day, rng),
                (organiser.name, organiser.email),
                [("", self.me)],
                f"Invitation: {summary} @ {day_date(start)} 10:00 - 11:00 (CEST) ({self.me})",
                f"{organiser.name} vous a invité à l'événement suivant.\n\n{summary}\n",
                "Inbox,Opened,Category Updates",
                self._thread_id(),
                [("Sender", "Google Calendar <calendar-notification@google.com>")],
                kind="calendar",
                extra=ics,
            )
        )

    def _friends(self) -> None:
        rng = self.rng
        for index in range(max(6, self.lead_count // 10)):
            country = rng.choice(("France", "France", "Belgique", "Suisse"))
            first, last = self._name(country)
            person = Person(f"friend-{index:02d}", first, last, "never_friend", country)
            domain = rng.choice(FREE_MAIL)
            person.email = (
                f"{_slug(first)}.{_slug(last).replace('-', '')}{rng.randrange(10, 99)}@{domain}"
            )
            person.in_vcard = True
            self.people.append(person)
            day = date(2017, 1, 1) + timedelta(days=rng.randrange(2500))
            last_out: date | None = None
            while day < AS_OF - timedelta(days=30):
                out = rng.random() < 0.5
                subject = rng.choice(("Apéro vendredi ?", "Photos du week-end", "Re: Vacances"))
                self.mails.append(
                    Message(
                        _at(day, rng),
                        self._me_addr() if out else (person.name, person.email),
                        [(person.name, person.email)] if out else [("", self.me)],
                        subject,
                        "Coucou !\n\nOn se voit bientôt ?\n\nBises\n",
                        "Sent,Opened" if out else "Inbox,Opened,Category Personal",
                        self._thread_id(),
                    )
                )
                if out:
                    last_out = day
                day += timedelta(days=max(7, int(rng.expovariate(1 / 120))))
            if index % 3 == 0:
                # An old friend writes again after a long silence: not a prospect all the same.
                when = AS_OF - timedelta(days=rng.randrange(5, 60))
                self._mail_in(person, _at(when, rng), "Ça fait longtemps !", "Des nouvelles ?\n")
            person.last_exchange = last_out
            if index % 2 == 0:
                # Friends are on LinkedIn too; some change jobs (even to a web agency).
                company, _, _ = self._company("France")
                day = date(2016 + index % 6, 3, 1 + index % 27)
                person.url = self._url(first, last)
                person.connected_first = person.connected_second = day
                person.first_export = (rng.choice(BIG_COMPANIES), "Chargée de communication")
                person.second_export = person.first_export
                if index % 4 == 0:
                    person.second_export = (company, rng.choice(POSITIONS))

    def _network(self) -> None:
        """LinkedIn-only connections (never leads), strangers' invitations, recruiters."""
        rng = self.rng
        total = int(self.lead_count * 1.6)
        for index in range(total):
            country = rng.choices(list(COUNTRIES), [v[0] for v in COUNTRIES.values()])[0]
            first, last = self._name(country)
            person = Person(f"network-{index:04d}", first, last, "never_linkedin_only", country)
            person.url = self._url(first, last)
            roll = rng.random()
            if roll < 0.4:
                company = rng.choice(BIG_COMPANIES)
            elif roll < 0.7:
                # Someone else at a prospect's agency (a way back in, or a namesake's company).
                company = rng.choice([p.company for p in self.people if p.key.startswith("lead")])
            else:
                company, _, _ = self._company(country)
            position = rng.choice((*POSITIONS, "Développeur full-stack", "Product owner"))
            roll = rng.random()
            day = date(2012, 1, 1) + timedelta(
                days=rng.randrange((FIRST_EXPORT - date(2012, 1, 1)).days)
            )
            if roll < 0.08:  # a new connection between the exports
                day = FIRST_EXPORT + timedelta(
                    days=rng.randrange(10, (SECOND_EXPORT - FIRST_EXPORT).days)
                )
                person.connected_second = day
                person.second_export = (company, position)
            else:
                person.connected_first = person.connected_second = day
                person.first_export = person.second_export = (company, position)
                if rng.random() < 0.04:
                    person.first_export = ("", "") if rng.random() < 0.3 else person.first_export
                if roll < 0.12:  # removed
                    person.second_export = person.connected_second = None
                elif roll < 0.22:
                    other, _, _ = self._company(country)
                    person.second_export = (other, rng.choice(POSITIONS))
                elif roll < 0.26:
                    person.second_export = (company, rng.choice(POSITIONS))
                elif roll < 0.28:
                    person.first_export = ("", "")
            if rng.random() < 0.03:
                person.email = f"{_slug(first)}.{_slug(last)}@{rng.choice(FREE_MAIL)}"
            self.people.append(person)
            if rng.random() < 0.05 and person.connected_second:
                self.li_messages.append(
                    LinkedInMessage(
                        _at(SECOND_EXPORT - timedelta(days=rng.randrange(3, 200)), rng),
                        self._conversation(),
                        (person.name, person.url),
                        self._owner(),
                        "Bonjour, je me permets de vous présenter notre solution de prospection "
                        "automatisée…",
                    )
                )
        for index in range(max(3, self.lead_count // 15)):
            first, last = self._name("France")
            person = Person(f"stranger-{index:02d}", first, last, "never_stranger", "France")
            person.url = self._url(first, last)
            self.people.append(person)
            when = _at(SECOND_EXPORT - timedelta(days=rng.randrange(2, 200)), rng)
            note = rng.choice(("", "Bonjour, j'aimerais agrandir mon réseau.", "Recruteur IT"))
            self.invitations.append(
                Invitation(when, (person.name, person.url), self._owner(), note, True)
            )
        # The user's own invitations (outgoing), in both exports' windows.
        for person in rng.sample(self.people, min(12, len(self.people))):
            for export in (FIRST_EXPORT, SECOND_EXPORT):
                if person.url and rng.random() < 0.3:
                    when = _at(export - timedelta(days=rng.randrange(2, 200)), rng)
                    self.invitations.append(
                        Invitation(when, self._owner(), (person.name, person.url), "", False)
                    )
        # Recruiters' InMail from hidden members.
        for _ in range(max(3, self.lead_count // 20)):
            when = _at(SECOND_EXPORT - timedelta(days=rng.randrange(2, 900)), rng)
            self.li_messages.append(
                LinkedInMessage(
                    when,
                    self._conversation(),
                    ("LinkedIn Member", ""),
                    self._owner(),
                    "<p>Opportunité CDI — Head of Sales, scale-up SaaS (Paris)</p>",
                )
            )

    # -- automated mail --------------------------------------------------------------------

    def _automated_mail(self) -> None:
        rng = self.rng
        me = [("", self.me)]
        newsletters = (
            ("Blog du Modérateur", "newsletter@blogdumoderateur.com", "Les actus de la semaine", 7),
            ("Frenchweb.fr", "newsletter@frenchweb.fr", "La newsletter FrenchWeb", 7),
            ("Journal du Net", "jdn@newsletter.journaldunet.com", "JDN Web & Tech", 7),
            ("Maddyness", "hello@maddyness.com", "La Maddymorning", 3),
            ("Les Echos Start", "newsletters@lesechos.fr", "Start : l'essentiel", 14),
            (
                "Welcome to the Jungle",
                "news@welcometothejungle.com",
                "Les offres de la semaine",
                14,
            ),
            ("Notion", "team@mail.notion.so", "What's new in Notion", 30),
            ("HubSpot", "newsletter@hubspot.com", "Les ressources marketing du mois", 30),
            ("Julie de Malt", "julie@malt.fr", "Les freelances du mois", 21),
        )
        start = date(2019, 1, 3)
        for name, address, subject, every in newsletters:
            list_domain = address.split("@")[1]
            self.automated[address] = {"name": name, "email": address, "kind": "newsletter"}
            day = start + timedelta(days=rng.randrange(every))
            step = max(1, round(every / self.mail_scale))
            while day < AS_OF:
                ident = rng.randrange(16**12)
                headers = [
                    (
                        "List-Unsubscribe",
                        f"<https://{list_domain}/u/{ident:012x}>, "
                        f"<mailto:unsubscribe@{list_domain}?subject={ident:012x}>",
                    ),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("List-Id", f"{name} <newsletter.{list_domain}>"),
                    ("Feedback-ID", f"{rng.randrange(10**6)}:{rng.randrange(10**4)}:sendinblue"),
                    ("Precedence", "bulk"),
                    ("Return-Path", f"<bounce-{ident:012x}@{list_domain}>"),
                ]
                self.mails.append(
                    Message(
                        _at(day, rng),
                        (name, address),
                        me,
                        f"{subject} — {day.day:02d}/{day.month:02d}",
                        "Bonjour,\n\nAu sommaire cette semaine : IA générative, levées de fonds "
                        "et recrutement tech.\n\nSe désinscrire : https://" + list_domain + "/u\n",
                        "Inbox,Category Promotions"
                        if rng.random() < 0.7
                        else "Inbox,Opened,Category Promotions",
                        self._thread_id(),
                        headers,
                    )
                )
                day += timedelta(days=step)
        notifications = (
            ("LinkedIn", "messages-noreply@linkedin.com", "{lead} vous a envoyé un message", 9),
            ("LinkedIn", "invitations@linkedin.com", "{lead} souhaite se connecter avec vous", 20),
            (
                "LinkedIn",
                "notifications-noreply@linkedin.com",
                "{lead} a consulté votre profil",
                12,
            ),
            ("Slack", "no-reply@slack.com", "Nouveaux messages dans #ventes", 10),
            ("GitHub", "notifications@github.com", "[codepod/site] Pull request #{n}", 6),
            ("Qonto", "no-reply@qonto.com", "Votre relevé de compte est disponible", 30),
            ("Google Agenda", "calendar-notification@google.com", "Notification : Point hebdo", 7),
            ("OVHcloud", "noreply@ovh.com", "Votre facture OVHcloud", 30),
        )
        lead_names = [p.name for p in self.people if p.category in PROSPECT_CATEGORIES]
        for name, address, subject, every in notifications:
            self.automated[address] = {"name": name, "email": address, "kind": "notification"}
            day = start + timedelta(days=rng.randrange(every))
            step = max(1, round(every / self.mail_scale))
            while day < AS_OF:
                headers = [
                    ("Auto-Submitted", "auto-generated"),
                    ("X-Auto-Response-Suppress", "All"),
                ]
                if "github" in address:
                    headers = [
                        ("List-ID", "codepod/site <site.codepod.github.com>"),
                        ("List-Unsubscribe", "<mailto:unsub+abc@reply.github.com>"),
                        ("X-GitHub-Reason", "subscribed"),
                        ("Precedence", "list"),
                    ]
                elif "linkedin" in address:
                    headers.append(("List-Unsubscribe", "<https://www.linkedin.com/e/v2?e=unsub>"))
                    headers.append(("Feedback-ID", "F:2:linkedin"))
                text = subject.format(lead=rng.choice(lead_names), n=rng.randrange(1, 900))
                self.mails.append(
                    Message(
                        _at(day, rng),
                        (name, address),
                        me,
                        text,
                        f"{text}\n\nNe répondez pas à ce message automatique.\n",
                        "Inbox,Category Updates",
                        self._thread_id(),
                        headers,
                    )
                )
                day += timedelta(days=step)
        # A mailing list where people post (Google Group rewriting and plain posters).
        list_address = "parisweb@googlegroups.com"
        self.automated[list_address] = {"name": "Paris Web", "email": list_address, "kind": "list"}
        posters = [self._name("France") for _ in range(12)]
        day = date(2020, 2, 3)
        step = max(1, round(9 / self.mail_scale))
        while day < AS_OF:
            first, last = rng.choice(posters)
            headers = [
                ("List-Id", "<parisweb.googlegroups.com>"),
                (
                    "Mailing-list",
                    "list parisweb@googlegroups.com; contact parisweb+owners@googlegroups.com",
                ),
                ("Precedence", "list"),
                ("List-Post", "<mailto:parisweb@googlegroups.com>"),
                ("List-Unsubscribe", "<mailto:parisweb+unsubscribe@googlegroups.com>"),
                ("X-Original-Sender", f"{_slug(first)}.{_slug(last)}@gmail.com"),
            ]
            self.mails.append(
                Message(
                    _at(day, rng),
                    (f"'{first} {last}' via Paris Web", list_address),
                    [("Paris Web", list_address)],
                    rng.choice(
                        (
                            "[Paris Web] Appel à orateurs",
                            "Re: [Paris Web] Accessibilité des formulaires",
                            "[Paris Web] Meetup de juin",
                        )
                    ),
                    "Bonjour à toutes et à tous,\n\nQui vient jeudi ?\n",
                    "Inbox,Category Forums",
                    self._thread_id(),
                    headers,
                )
            )
            day += timedelta(days=step)
        self.automated["calendar-notification@google.com"]["kind"] = "calendar"

    # -- files -----------------------------------------------------------------------------

    def write(self, folder: Path) -> dict[str, Any]:
        """Write every file and ``truth.json`` into ``folder``; return the truth."""
        folder.mkdir(parents=True, exist_ok=True)
        exports = [
            self._write_export(folder, FIRST_EXPORT, first=True),
            self._write_export(folder, SECOND_EXPORT, first=False),
        ]
        self._write_legacy_connections(folder / LEGACY_NAME)
        self._write_vcards(folder / "contacts.vcf")
        self._write_sheet(folder / "leads.csv")
        self._write_mbox(folder / MBOX_NAME)
        former_job_mail.write_sent(
            folder / former_job_mail.SENT_NAME, self.former_mails, self._former_me(), self.seed
        )
        truth = self._truth(exports)
        (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
        return truth

    def _write_export(self, folder: Path, stamp: date, *, first: bool) -> str:
        name = f"Complete_LinkedInDataExport_{stamp:%m-%d-%Y}.zip"
        rows = []
        for person in self.people:
            state = person.first_export if first else person.second_export
            connected = person.connected_first if first else person.connected_second
            if state is None or connected is None:
                continue
            email = person.email if person.email and self._shares_email(person) else ""
            rows.append(
                (connected, [person.first, person.last, person.url, email, state[0], state[1],
                             _connected_on(connected)])
            )  # fmt: skip
        hidden = [(date(2015, 6, 2), ["", "", "", "", "", "", "02 Jun 2015"])]
        rows.sort(key=lambda r: r[0], reverse=True)
        connections = NOTES_PREAMBLE + _csv(
            [
                [
                    "First Name",
                    "Last Name",
                    "URL",
                    "Email Address",
                    "Company",
                    "Position",
                    "Connected On",
                ]
            ]
            + [r[1] for r in rows + hidden]
        ).rstrip("\n")
        messages = self._messages_csv(stamp, drafts=not first)
        invitations = self._invitations_csv(stamp)
        owner_first, owner_last = self.me_name
        profile = _csv(
            [
                ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
                 "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
                 "Instant Messengers"],
                [owner_first, owner_last, "", "", "",
                 f"Business developer chez {self.me_company} — développement web nearshore", "",
                 "IT Services and IT Consulting", "", "Cluj-Napoca",
                 "", f"[COMPANY:https://www.{self.me_domain}]", ""],
            ]
        )  # fmt: skip
        positions = _csv(
            [
                ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
                [self.me_company, "Business Developer", "", "Cluj-Napoca, Romania", "Mar 2016", ""],
            ]
        )
        emails = _csv(
            [
                ["Email Address", "Confirmed", "Primary", "Updated On"],
                [self.me, "Yes", "Yes", "3/2/16, 9:12 AM"],
            ]
        )
        with zipfile.ZipFile(folder / name, "w", zipfile.ZIP_DEFLATED) as archive:
            for entry, text in (
                ("Connections.csv", connections),
                ("messages.csv", messages),
                ("Invitations.csv", invitations),
                ("Profile.csv", profile),
                ("Positions.csv", positions),
                ("Email Addresses.csv", emails),
            ):
                info = zipfile.ZipInfo(
                    entry, date_time=(stamp.year, stamp.month, stamp.day, 4, 12, 0)
                )
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, text.encode("utf-8"))
        return name

    def _write_legacy_connections(self, path: Path) -> None:
        """The old Outlook-layout file: a third of the connections made before 2017, with
        the company the user knew them at (often not the one of the first export), their
        title then and their address; nothing in it is dated. Picked by the URL's hash, so
        the world's other files stay as they were."""
        header = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "E-mail Address",
                  "Company", "Department", "Job Title", "Notes"]  # fmt: skip
        rows = [header]
        for person in self.people:
            then = person.first_export
            if then is None or person.connected_first is None:
                continue
            if person.connected_first.year >= LEGACY_BEFORE or zlib.crc32(person.url.encode()) % 3:
                continue
            company = person.company or then[0]
            rows.append(["", person.first, "", person.last, "", person.email, company, "",
                         then[1], ""])  # fmt: skip
        path.write_text(_csv(rows), encoding="utf-8")

    def _shares_email(self, person: Person) -> bool:
        # About 3 % of connections let their connections download their address.
        return zlib.crc32(person.url.encode()) % 100 < 3

    def _messages_csv(self, stamp: date, *, drafts: bool) -> str:
        columns = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                   "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"]  # fmt: skip
        if drafts:
            columns += ["IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"]
        limit = datetime.combine(stamp, time(0), UTC)
        by_conversation: dict[str, list[LinkedInMessage]] = {}
        for message in self.li_messages:
            if message.when < limit:
                by_conversation.setdefault(message.conversation, []).append(message)
        rows: list[list[str]] = [columns]
        for conversation in sorted(by_conversation, key=lambda c: by_conversation[c][0].when):
            for m in sorted(by_conversation[conversation], key=lambda x: x.when, reverse=True):
                row = [conversation, "", m.sender[0], m.sender[1], m.recipient[0], m.recipient[1],
                       f"{m.when:%Y-%m-%d %H:%M:%S} UTC", "", m.content, "INBOX"]  # fmt: skip
                if drafts:
                    row += ["No", "No"]
                rows.append(row)
        return _csv(rows)

    def _invitations_csv(self, stamp: date) -> str:
        rows = [
            [
                "From",
                "To",
                "Sent At",
                "Message",
                "Direction",
                "inviterProfileUrl",
                "inviteeProfileUrl",
            ]
        ]
        window = stamp - timedelta(days=300)
        for inv in sorted(self.invitations, key=lambda i: i.when, reverse=True):
            if not window <= inv.when.date() < stamp:
                continue
            hour = inv.when.hour % 12 or 12
            noon = "AM" if inv.when.hour < 12 else "PM"
            sent = f"{inv.when.month}/{inv.when.day}/{inv.when:%y}, {hour}:{inv.when:%M} {noon}"
            rows.append([inv.inviter[0], inv.invitee[0], sent, inv.message,
                         "INCOMING" if inv.incoming else "OUTGOING", inv.inviter[1],
                         inv.invitee[1]])  # fmt: skip
        return _csv(rows)

    def _write_vcards(self, path: Path) -> None:
        cards = []
        for person in self.people:
            if not person.in_vcard or not person.email:
                continue
            lines = [
                "BEGIN:VCARD",
                "VERSION:3.0",
                "PRODID:-//Apple Inc.//macOS 14.4.1//EN",
                f"N:{_vesc(person.last)};{_vesc(person.first)};;;",
                f"FN:{_vesc(person.name)}",
            ]
            if person.company:
                lines.append(f"ORG:{_vesc(person.company)};")
            kind = "HOME" if person.category == "never_friend" else "WORK"
            lines.append(f"EMAIL;type=INTERNET;type={kind};type=pref:{person.email}")
            if (
                person.key.startswith("lead")
                and not person.email.endswith("@gmail.com")
                and self.rng.random() < 0.15
            ):
                person.card_role_box = f"contact@{person.domain}"
                lines.append(f"item1.EMAIL;type=INTERNET:{person.card_role_box}")
                lines.append("item1.X-ABLabel:_$!<Other>!$_")
            lines.append(f"TEL;type=CELL;type=VOICE;type=pref:{self._phone(person.country)}")
            if person.note:
                lines.append(f"NOTE:{_vesc(person.note)}")
            lines.append(
                f"X-ABUID:{self.rng.randrange(16**8):08X}-0000-0000-0000-{self.rng.randrange(16**12):012X}:ABPerson"
            )
            lines.append("END:VCARD")
            cards.append("\r\n".join(_fold(line) for line in lines))
        path.write_bytes(("\r\n".join(cards) + "\r\n").encode("utf-8"))

    def _phone(self, country: str) -> str:
        prefix = {"Belgique": "+32 4", "Suisse": "+41 7", "Canada": "+1 514", "Romania": "+40 7"}
        digits = " ".join(f"{self.rng.randrange(100):02d}" for _ in range(4))
        return f"{prefix.get(country, '+33 6')} {digits}"

    def _write_sheet(self, path: Path) -> None:
        labels = {s[0]: s[1] for s in STAGES} | {"client": "Client"}
        rows = [["Prénom", "Nom", "E-mail", "Société", "Pays", "Étape", "Raison du blocage",
                 "Dernier contact", "Notes"]]  # fmt: skip
        for person in self.people:
            if not person.in_sheet:
                continue
            company = f"{person.company} {person.legal}".strip()
            contact = person.sheet_last_contact
            rows.append([person.first, person.last, person.email, company, person.country,
                         labels[person.stage], person.stall,
                         f"{contact:%d/%m/%Y}" if contact else "", person.note])  # fmt: skip
        out = io.StringIO()
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
        path.write_bytes(out.getvalue().encode("cp1252"))

    def _write_mbox(self, path: Path) -> None:
        with path.open("wb") as handle:
            for index, message in enumerate(sorted(self.mails, key=lambda m: m.when)):
                handle.write(_render(message, index, self.seed, self.me, self.gmail_lang))

    def _truth(self, exports: list[str]) -> dict[str, Any]:
        # A profile URL is known only where an export names it.
        known = {p.url for p in self.people if p.first_export or p.second_export}
        known |= {i.inviter[1] for i in self.invitations} | {i.invitee[1] for i in self.invitations}
        known |= {m.sender[1] for m in self.li_messages} | {
            m.recipient[1] for m in self.li_messages
        }
        former = Counter(mail.to[1] for mail in self.former_mails)
        away = Counter(reply.sender[1] for reply in self.autoreplies)
        spoofed = Counter(spam.sender[1] for spam in self.spams)
        people = []
        for person in self.people:
            people.append(
                {
                    "key": person.key,
                    "name": person.name,
                    "category": person.category,
                    "emails": [person.email] if person.email else [],
                    "role_boxes": sorted({b for b in (person.role_box, person.card_role_box) if b}),
                    "linkedin_url": person.url if person.url in known else None,
                    "company_then": person.company,
                    "company_now": (person.second_export or person.first_export or ("", ""))[0]
                    or person.company,
                    "former_companies": person.former_companies,
                    "stage": person.stage or None,
                    "last_exchange": _iso_max(person.last_exchange, person.sheet_last_contact),
                    "signs": person.signs,
                    "former_job_mails": former[person.email] if person.email else 0,
                    "autoreplies": away[person.email] if person.email else 0,
                    "spoofed": spoofed[person.email] if person.email else 0,
                }
            )
        return {
            "seed": self.seed,
            "as_of": AS_OF.isoformat(),
            "window_days": WINDOW_DAYS,
            "me": self.me,
            "me_domain": self.me_domain,
            "former_address": self._former_me()[1],
            "exports": exports,
            "files": {
                "vcard": "contacts.vcf",
                "sheet": "leads.csv",
                "mbox": MBOX_NAME,
                "legacy_linkedin": LEGACY_NAME,
                "sent": former_job_mail.SENT_NAME,
            },
            "messages_in_mbox": len(self.mails),
            "wrong_clocks": sum(1 for m in self.mails if m.clock_ahead),
            "autoreply_subjects": sorted({reply.subject for reply in self.autoreplies}),
            "spam_subjects": sorted({spam.subject for spam in self.spams}),
            "spam_senders": sorted(
                {spam.sender[1] for spam in self.spams} - {p.email for p in self.people}
            ),
            "gmail_language": self.gmail_lang,
            "people": people,
            "automated": sorted(self.automated.values(), key=lambda a: a["email"]),
        }


def _connected_on(day: date) -> str:
    return f"{day.day:02d} {MONTHS_EN[day.month - 1]} {day.year}"


def _iso_max(*days: date | None) -> str | None:
    known = [d for d in days if d is not None]
    return max(known).isoformat() if known else None


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _vesc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """Fold at 75 octets with one space, never inside a UTF-8 character."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " "
        current += char
    out.append(current)
    return "\r\n".join(out)


def _local(when: datetime, sender: str, me: str) -> datetime:
    """``when`` in the sender's time zone, as mail clients write the Date header."""
    zone = "Europe/Bucharest" if sender == me else "Europe/Paris"
    if sender.endswith(".ca"):
        zone = "America/Montreal"
    try:
        return when.astimezone(ZoneInfo(zone))
    except ZoneInfoNotFoundError:
        return when


def _address(name: str, email: str) -> str:
    return formataddr((name, email), charset="utf-8") if name else email


def _encoded(text: str) -> str:
    return text if text.isascii() else Header(text, "utf-8").encode()


#: Gmail's system labels as Takeout writes them for a French account.
_FRENCH_LABELS = {
    "Inbox": "Boîte de réception",
    "Sent": "Messages envoyés",
    "Opened": "Ouvert",
    "Unread": "Non lus",
    "Important": "Important",
    "Spam": "Spam",
    "Category Personal": "Catégorie : Personnel",
    "Category Updates": "Catégorie : Notifications",
    "Category Promotions": "Catégorie : Promotions",
    "Category Forums": "Catégorie : Forums",
}


def _labels(labels: str, lang: str) -> str:
    """The labels of a message in the account's language."""
    if lang != "fr":
        return labels
    return ",".join(_FRENCH_LABELS.get(label, label) for label in labels.split(","))


def _render(message: Message, index: int, seed: int, me: str, lang: str = "en") -> bytes:
    """One message as a Gmail Takeout mbox entry (From_ line, Gmail headers, MIME body), its
    labels in the account's language ``lang``."""
    when = message.when
    domain = message.sender[1].split("@")[-1]
    host = "mail.gmail.com" if message.sender[1] == me else domain
    msg_id = f"<{seed:x}{index:07x}.{when:%Y%m%d%H%M%S}@{host}>"
    lines = [
        f"From {message.thread}@xxx {separator_date(when, '+0000')}",
        f"X-GM-THRID: {message.thread}",
        f"X-Gmail-Labels: {_labels(message.labels, lang)}",
    ]
    if message.sender[1] != me:
        lines += [
            f"Delivered-To: {me}",
            f"Received: from mail.{domain} (mail.{domain}. [192.0.2.{index % 250 + 1}])\n"
            f"        by mx.google.com with ESMTPS id {index:x}si{seed}.2026.06;\n"
            f"        {format_datetime(when)}",
        ]
    headers = dict(message.headers)
    if "Return-Path" not in headers:
        lines.append(f"Return-Path: <{message.sender[1]}>")
    lines += [
        "MIME-Version: 1.0",
        f"Date: {format_datetime(_local(when + message.clock_ahead, message.sender[1], me))}",
        f"Message-ID: {msg_id}",
        f"Subject: {_encoded(message.subject)}",
        f"From: {_address(*message.sender)}",
        f"To: {', '.join(_address(*t) for t in message.to)}",
    ]
    lines += [f"{k}: {v}" for k, v in message.headers]
    body = quopri.encodestring(message.body.encode("utf-8")).decode("ascii")
    if message.kind == "calendar":
        boundary = f"000000000000{index:012x}"
        lines.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        text = (
            f'\n--{boundary}\nContent-Type: text/plain; charset="UTF-8"\n'
            f"Content-Transfer-Encoding: quoted-printable\n\n{body}\n"
            f'--{boundary}\nContent-Type: text/calendar; charset="UTF-8"; method=REQUEST\n'
            f"Content-Transfer-Encoding: 7bit\n\n{message.extra}\n"
            f'--{boundary}\nContent-Type: application/ics; name="invite.ics"\n'
            f'Content-Disposition: attachment; filename="invite.ics"\n'
            f"Content-Transfer-Encoding: base64\n\n"
            f"{base64.encodebytes(message.extra.encode()).decode()}\n--{boundary}--\n"
        )
    elif message.kind == "bounce":
        boundary = f"000000000000{index:012x}"
        lines.append(
            f'Content-Type: multipart/report; boundary="{boundary}"; report-type=delivery-status'
        )
        text = (
            f'\n--{boundary}\nContent-Type: text/plain; charset="UTF-8"\n'
            f"Content-Transfer-Encoding: quoted-printable\n\n{body}\n"
            f"--{boundary}\nContent-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; {message.extra}\n"
            f"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
            f"--{boundary}\nContent-Type: message/rfc822\n\nFrom: {me}\nTo: {message.extra}\n"
            f"Subject: =?UTF-8?Q?Meilleurs_v=C5=93ux_2025?=\n\n(message)\n--{boundary}--\n"
        )
    else:
        lines.append('Content-Type: text/plain; charset="UTF-8"')
        lines.append("Content-Transfer-Encoding: quoted-printable")
        text = "\n" + body + "\n"
    escaped = "\n".join(
        ">" + line if line.lstrip(">").startswith("From ") else line for line in text.split("\n")
    )
    return ("\n".join(lines) + "\n" + escaped + "\n").encode("utf-8")


def write_world(
    folder: Path, seed: int = 1, leads: int = 250, me: str = DEFAULT_ME, mail_scale: float = 0.6
) -> dict[str, Any]:
    """Build the world of ``seed`` with ``leads`` prospects and write it into ``folder``.

    ``mail_scale`` thins (< 1) or thickens (> 1) the automated and internal mail.
    """
    builder = WorldBuilder(seed, leads, me, mail_scale)
    builder.build()
    return builder.write(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--leads", type=int, default=250)
    parser.add_argument("--me", default=DEFAULT_ME)
    args = parser.parse_args()
    truth = write_world(args.folder, args.seed, args.leads, args.me)
    counts: dict[str, int] = {}
    for person in truth["people"]:
        counts[person["category"]] = counts.get(person["category"], 0) + 1
    print(f"wrote {args.folder}: {truth['messages_in_mbox']} messages in the mbox")
    for category, count in sorted(counts.items()):
        print(f"  {category:26}{count:>6}")


if __name__ == "__main__":
    main()

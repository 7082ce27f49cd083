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
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks import autoreplies, former_job_mail, spam_mail
from benchmarks.files_world_files import FilesMixin
from benchmarks.files_world_model import (
    ADJECTIVES,
    AS_OF,
    COUNTRIES,
    DEFAULT_ME,
    DORMANT_DAYS,
    FIRST_EXPORT,
    FIRST_FR,
    FIRST_QC,
    FIRST_RO,
    FREE_MAIL,
    FRESH,
    LAST_BE,
    LAST_CH,
    LAST_FR,
    LAST_QC,
    LAST_RO,
    MBOX_NAME,
    MIX,
    NEEDS_FIRST_EXPORT,
    NON_PROSPECTS,
    NOTES,
    PATTERNS,
    POSITIONS,
    PROSPECT_CATEGORIES,
    SECOND_EXPORT,
    STAGES,
    STALE,
    STALLS,
    WINDOW_DAYS,
    WORDS,
    Invitation,
    LinkedInMessage,
    Message,
    Person,
    day_at,
    slug,
    weighted,
)
from benchmarks.files_world_others import OthersMixin


class WorldBuilder(OthersMixin, FilesMixin):
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
        self.me_url = f"https://www.linkedin.com/in/{slug(' '.join(self.me_name))}-codepod"
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
                first = weighted(rng, FIRST_QC + FIRST_FR[:20])
                last = weighted(rng, LAST_QC)
            elif country == "Belgique":
                first = weighted(rng, FIRST_FR)
                last = weighted(rng, LAST_BE + LAST_FR[:15])
            elif country == "Suisse":
                first = weighted(rng, FIRST_FR)
                last = weighted(rng, LAST_CH + LAST_FR[:15])
            elif country == "Romania":
                first, last = weighted(rng, FIRST_RO), weighted(rng, LAST_RO)
            else:
                first, last = weighted(rng, FIRST_FR), weighted(rng, LAST_FR)
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
            words = [w for w in slug(name).split("-") if w != "co"]
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
        f, lname = slug(first), slug(last).replace("-", "")
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
        handle = f"{slug(first)}-{slug(last)}"
        roll = self.rng.random()
        if roll < 0.35:
            handle += f"-{self.rng.randrange(16**8):08x}"
        elif roll < 0.45:
            handle += f"-{self.rng.randrange(10, 99)}"
        return f"https://www.linkedin.com/in/{handle}"

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
            person.email = f"{slug(first)}.{slug(last)}{rng.randrange(10, 99)}@gmail.com"
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
            when = day_at(SECOND_EXPORT - timedelta(days=rng.randrange(3, 75)), rng)
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
            sent = day_at(when, rng)
            self._mail_in(person, sent, subject, body, self._wrong_clock(sent, category))
            self._sign(person, "email_inbound", when, subject)
        elif category == "fresh_role_box":
            box = f"{rng.choice(('contact', 'bonjour', 'hello', 'agence'))}@{domain}"
            person.role_box = box
            when = day_at(AS_OF - timedelta(days=rng.randrange(4, 80)), rng)
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
            when = day_at(last_day - timedelta(days=rng.randrange(1, 5)), rng)
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
        return (f"{first} {last}", former_job_mail.former_address(f"{slug(first)}.{slug(last)}"))

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
            when = day_at(day, rng)
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
        when = day_at(min(connected + timedelta(days=rng.randrange(0, 4)), last), rng)
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
                day_at(when, self.rng),
                self._conversation(),
                (person.name, person.url),
                self._owner(),
                text,
            )
        )
        return text


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


__all__ = [
    "AS_OF",
    "DORMANT_DAYS",
    "FREE_MAIL",
    "FRESH",
    "MBOX_NAME",
    "NON_PROSPECTS",
    "PROSPECT_CATEGORIES",
    "SECOND_EXPORT",
    "STALE",
    "WINDOW_DAYS",
    "WorldBuilder",
    "main",
    "write_world",
]


if __name__ == "__main__":
    main()

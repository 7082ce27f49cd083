"""The other people and the other mail of the files world
(:mod:`benchmarks.revival_files_world`), a mixin of its ``WorldBuilder``: role boxes,
colleagues, friends and the LinkedIn network around the prospects; the automated mail
(newsletters, notifications, a mailing list, a prospect's bounce); and the trap mail of
:mod:`benchmarks.former_job_mail`, :mod:`benchmarks.autoreplies` and
:mod:`benchmarks.spam_mail`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from benchmarks import autoreplies, former_job_mail, spam_mail
from benchmarks.files_world_model import (
    AS_OF,
    BIG_COMPANIES,
    COUNTRIES,
    DORMANT_DAYS,
    FIRST_EXPORT,
    FREE_MAIL,
    POSITIONS,
    PROSPECT_CATEGORIES,
    SECOND_EXPORT,
    Invitation,
    LinkedInMessage,
    Message,
    Person,
    WorldFields,
    day_at,
    slug,
)
from benchmarks.mail_dates import day_date


class OthersMixin(WorldFields):
    """WorldBuilder's people besides the prospects, its automated mail and its trap mail.

    Its methods run on the WorldBuilder instance, when ``WorldBuilder.build`` calls them
    (``_bounce`` from a prospect's, the others after the prospects), and draw from the same
    ``rng``: what they rely on of WorldBuilder is declared in ``WorldFields`` and below.
    """

    lead_count: int
    mail_scale: float
    _name: Callable[[str], tuple[str, str]]
    _company: Callable[[str], tuple[str, str, str]]
    _url: Callable[[str, str], str]
    _thread_id: Callable[[], int]
    _me_addr: Callable[[], tuple[str, str]]
    _owner: Callable[[], tuple[str, str]]
    _conversation: Callable[[], str]
    _mail_in: Callable[[Person, datetime, str, str], None]

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
                    day_at(day, rng),
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
                    day_at(answer, rng),
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
                        day_at(again, rng),
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
            person.email = f"{slug(first)}.{slug(last)}@{self.me_domain}"
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
                        day_at(day, rng),
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
                day_at(day, rng),
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
                f"{slug(first)}.{slug(last).replace('-', '')}{rng.randrange(10, 99)}@{domain}"
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
                        day_at(day, rng),
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
                self._mail_in(person, day_at(when, rng), "Ça fait longtemps !", "Des nouvelles ?\n")
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
                person.email = f"{slug(first)}.{slug(last)}@{rng.choice(FREE_MAIL)}"
            self.people.append(person)
            if rng.random() < 0.05 and person.connected_second:
                self.li_messages.append(
                    LinkedInMessage(
                        day_at(SECOND_EXPORT - timedelta(days=rng.randrange(3, 200)), rng),
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
            when = day_at(SECOND_EXPORT - timedelta(days=rng.randrange(2, 200)), rng)
            note = rng.choice(("", "Bonjour, j'aimerais agrandir mon réseau.", "Recruteur IT"))
            self.invitations.append(
                Invitation(when, (person.name, person.url), self._owner(), note, True)
            )
        # The user's own invitations (outgoing), in both exports' windows.
        for person in rng.sample(self.people, min(12, len(self.people))):
            for export in (FIRST_EXPORT, SECOND_EXPORT):
                if person.url and rng.random() < 0.3:
                    when = day_at(export - timedelta(days=rng.randrange(2, 200)), rng)
                    self.invitations.append(
                        Invitation(when, self._owner(), (person.name, person.url), "", False)
                    )
        # Recruiters' InMail from hidden members.
        for _ in range(max(3, self.lead_count // 20)):
            when = day_at(SECOND_EXPORT - timedelta(days=rng.randrange(2, 900)), rng)
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
                        day_at(day, rng),
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
                        day_at(day, rng),
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
                ("X-Original-Sender", f"{slug(first)}.{slug(last)}@gmail.com"),
            ]
            self.mails.append(
                Message(
                    day_at(day, rng),
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

    def _bounce(self, person: Person) -> None:
        """The user's season's greetings to the old address bounced."""
        rng = self.rng
        day = date(2025, 1, rng.randrange(6, 20))
        when = day_at(day, rng)
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

    # -- trap mail -------------------------------------------------------------------------

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

"""A realistic demo world, built by writing real export files and importing them.

Francophone web agencies, conversations that stalled over several years, two LinkedIn
exports with job changes, messages and invitations. Every name is invented. Going through
the real importers means the demo shows exactly what a user's own files would.

A few contacts are hard to pair on purpose (a free-mail address with an initial, a name
typed without accents, a job change, two namesakes) so that Review pairs has work; and a
few leads were already handled (revived, snoozed) so that Insights has a history.
"""

from __future__ import annotations

import random
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import platformdirs

from linkrevive.domain.errors import Cancelled, InputError
from linkrevive.domain.records import CancelledFn, ProgressFn, never_cancelled, no_progress
from linkrevive.services import contacts_import, leads, linkedin_import, pairing
from linkrevive.services.workspace import APP_NAME, Workspace
from linkrevive.storage import linkedin_repo, people_repo

ME = "claire.moreau@nearshore-demo.example"
OWNER_URL = "https://www.linkedin.com/in/claire-moreau-demo"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_FIRST = [
    "Anne",
    "Bruno",
    "Céline",
    "David",
    "Émilie",
    "François",
    "Gaëlle",
    "Hugo",
    "Inès",
    "Julien",
    "Karine",
    "Loïc",
    "Mathilde",
    "Nicolas",
    "Océane",
    "Pierre-Yves",
    "Quentin",
    "Raphaëlle",
    "Sébastien",
    "Thérèse",
    "Ulysse",
    "Valérie",
    "Wendy",
    "Xavier",
    "Yannick",
    "Zoé",
    "Jean-Marc",
    "Marie-Hélène",
    "Noémie",
    "Arnaud",
    "Bérénice",
    "Cédric",
    "Delphine",
    "Étienne",
]
_LAST = [
    "Lefèvre",
    "Marchal",
    "Dubois",
    "Nguyen",
    "Van den Berghe",
    "Rochat",
    "Tremblay",
    "Gagnon",
    "Schmit",
    "Weber",
    "Peeters",
    "Girard",
    "Fontaine",
    "Lambert",
    "Mercier",
    "Jacquet",
    "Morel",
    "Bouchard",
    "Côté",
    "Favre",
    "Renard",
    "Caron",
    "Hoffmann",
    "Leclerc",
    "Moulin",
    "Perrin",
    "Roy",
    "Gauthier",
    "Brunet",
    "Janssens",
    "Muller",
    "Pelletier",
    "Dumont",
    "Barbier",
]
_AGENCIES = [
    ("Pixel Bleu", "SARL", "pixelbleu.example", "France"),
    ("Studio Kôdé", "SAS", "studio-kode.example", "France"),
    ("Atelier Numérique", "SARL", "atelier-numerique.example", "France"),
    ("Lémanic Web", "Sàrl", "lemanic-web.example", "Suisse"),
    ("Bruxelles Média", "SPRL", "bxl-media.example", "Belgique"),
    ("Québec Interactif", "Inc.", "qc-interactif.example", "Canada"),
    ("Nord Digital", "SAS", "nord-digital.example", "France"),
    ("Luxweb", "SA", "luxweb.example", "Luxembourg"),
    ("Fabrique Créative", "SAS", "fabrique-creative.example", "France"),
    ("Genève Studio", "SA", "geneve-studio.example", "Suisse"),
    ("Liège Code", "SRL", "liege-code.example", "Belgique"),
    ("Montréal Pixel", "Inc.", "mtl-pixel.example", "Canada"),
]
_TITLES = [
    "CEO",
    "CTO",
    "Directrice technique",
    "Directeur de production",
    "Chef de projet",
    "Gérant",
    "Responsable digital",
    "Lead developer",
]
_STAGES = [
    "Premier contact",
    "Infos envoyées",
    "Appel convenu",
    "Appel reporté",
    "Test",
    "Visite",
    "Client",
    "Perdu",
]
_REASONS = [
    "Manque de temps",
    "Pas de méthode",
    "Confidentialité",
    "Distance",
    "Incertitude",
    "Pas de besoin immédiat",
    "Autre",
    "",
]
_SUBJECTS = [
    "Présentation de notre équipe à Cluj",
    "Suite à notre échange",
    "Tarifs et références",
    "Appel de la semaine prochaine ?",
    "Re: Disponibilités",
    "Cas client e-commerce",
]


@dataclass
class _Prospect:
    first: str
    last: str
    agency: tuple[str, str, str, str]
    title: str
    stage: str
    reason: str
    last_contact: date
    url: str
    #: An address unlike first.last@agency (free mail, initials…), when set.
    address: str = ""
    #: Name and company as LinkedIn shows them, when they differ from the lead sheet.
    linkedin_first: str = ""
    linkedin_last: str = ""
    linkedin_company: str = ""
    #: A namesake on LinkedIn, at this company.
    namesake_company: str = ""

    @property
    def hard_to_pair(self) -> bool:
        return bool(self.address or self.linkedin_first or self.linkedin_company)

    @property
    def email(self) -> str:
        if self.address:
            return self.address
        local = f"{self.first}.{self.last}".lower()
        for a, b in (
            ("é", "e"),
            ("è", "e"),
            ("ë", "e"),
            ("ô", "o"),
            ("ç", "c"),
            ("ï", "i"),
            ("â", "a"),
            (" ", "-"),
            ("'", ""),
        ):
            local = local.replace(a, b)
        return f"{local}@{self.agency[2]}"

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def demo_location() -> Path:
    """Where the app builds the demo: its own database, in a ``demo`` folder of the user
    data folder (its backups stay there too), never the user's database."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo" / "demo.sqlite3"


def build_demo_database(
    location: Path,
    *,
    as_of: date | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> Path:
    """Build the demo afresh in its own SQLite database at ``location`` and return it.

    The earlier demo at ``location`` (with its WAL files and backup copies) is removed
    first, so that the demo always starts from the same state; a cancelled or failed build
    leaves no half-built file. No other database is opened.
    """
    location.parent.mkdir(parents=True, exist_ok=True)
    _remove_database(location)
    workspace = Workspace.open(str(location))
    try:
        build_demo(workspace, as_of=as_of, progress=progress, cancelled=cancelled)
    except BaseException:
        workspace.close()
        _remove_database(location)
        raise
    workspace.close()
    return location


def _remove_database(location: Path) -> None:
    """A SQLite file, its WAL files and its backup copies (``backups/<stem>-<stamp>…``)."""
    for path in (location, *(location.with_name(location.name + s) for s in ("-wal", "-shm"))):
        path.unlink(missing_ok=True)
    backups = location.parent / "backups"
    if backups.is_dir():
        for copy in backups.glob(f"{location.stem}-*{location.suffix}*"):
            copy.unlink(missing_ok=True)


def fill_empty(workspace: Workspace, *, as_of: date | None = None) -> None:
    """:func:`build_demo` into ``workspace`` when it holds nobody yet.

    Made-up prospects mixed into a real network could not be told apart and taken out
    again: a database that already holds people or LinkedIn profiles is refused
    (``demo_not_empty``), and nothing is written.
    """
    with workspace.database.session() as session:
        taken = people_repo.has_people(session) or linkedin_repo.has_profiles(session)
    if taken:
        raise InputError("demo_not_empty", workspace.database.location)
    build_demo(workspace, as_of=as_of)


def build_demo(
    workspace: Workspace,
    *,
    as_of: date | None = None,
    seed: int = 7,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> None:
    """Fill ``workspace`` with the demo world, as if its files had been imported.

    ``progress`` hears of each of its six steps; ``cancelled`` is checked between them
    (raising :class:`Cancelled`: the steps done are kept, so build into a fresh database).
    """
    today = as_of or datetime.now(UTC).date()
    rng = random.Random(seed)
    prospects = _prospects(rng, today) + _hard_to_pair(today)
    steps = 6

    def step(done: int) -> None:
        if cancelled():
            raise Cancelled()
        progress(done, steps)

    step(0)
    with tempfile.TemporaryDirectory(prefix="linkrevive-demo-") as tmp:
        folder = Path(tmp)
        contacts_import.import_contacts(workspace, _lead_sheet(folder, prospects), me=[ME])
        step(1)
        contacts_import.import_contacts(workspace, _mbox(folder, prospects, rng, today), me=[ME])
        step(2)
        old = today - timedelta(days=420)
        linkedin_import.import_linkedin(
            workspace, _export(folder, prospects, rng, old, newer=False), today=old
        )
        step(3)
        linkedin_import.import_linkedin(
            workspace, _export(folder, prospects, rng, today - timedelta(days=6), newer=True)
        )
        step(4)
    pairing.run_match(workspace)
    step(5)
    _handled_leads(workspace, prospects, today)
    progress(steps, steps)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _handled_leads(workspace: Workspace, prospects: list[_Prospect], today: date) -> None:
    """Leads the demo user already dealt with: two revived, one snoozed."""
    came_back = [p for i, p in enumerate(prospects) if i % 7 == 3 and not p.hard_to_pair]
    quiet = [
        p
        for i, p in enumerate(prospects)
        if i % 7 != 3 and not p.hard_to_pair and p.last_contact < today - timedelta(days=400)
    ]
    # The first one who wrote again was answered yesterday; an older lead came back in summer.
    revived = [(came_back[0], _at(today - timedelta(days=1), 15))]
    revived.append((quiet[0], _at(today - timedelta(days=75))))
    for prospect, when in revived:
        leads.mark_revived(workspace, leads.resolve_person(workspace, prospect.email), when)
    snoozed = came_back[-1]
    leads.snooze(
        workspace, leads.resolve_person(workspace, snoozed.email), today + timedelta(days=30)
    )


def _hard_to_pair(today: date) -> list[_Prospect]:
    """Contacts the matcher can only suggest: the user confirms or rejects them."""
    agencies = {a[0]: a for a in _AGENCIES}
    return [
        # Free-mail address with an initial, moved on since, and a namesake on LinkedIn.
        _Prospect(
            "Sophie", "Lemaire", agencies["Pixel Bleu"], "Chef de projet", "Appel reporté",
            "Manque de temps", today - timedelta(days=610),
            "https://www.linkedin.com/in/sophie-lemaire-417", address="s.lemaire78@gmail.com",
            linkedin_company="Fabrique Créative", namesake_company="Genève Studio",
        ),
        # Typed without accents on LinkedIn, at another agency since, and a namesake.
        _Prospect(
            "Frédéric", "Château", agencies["Atelier Numérique"], "Directeur de production",
            "Infos envoyées", "Incertitude", today - timedelta(days=890),
            "https://www.linkedin.com/in/fchateau-262", address="frederic.c@free.fr",
            linkedin_first="Frederic", linkedin_last="Chateau", linkedin_company="Studio Kôdé",
            namesake_company="Montréal Pixel",
        ),
        # A double-barrelled name on LinkedIn, at another agency; the ISP address has an initial.
        _Prospect(
            "Agnès", "Vasseur", agencies["Luxweb"], "Gérant", "Test", "Distance",
            today - timedelta(days=1150), "https://www.linkedin.com/in/agnes-vasseur-kohler",
            address="agnes.v@orange.fr", linkedin_last="Vasseur-Kohler",
            linkedin_company="Nord Digital",
        ),
    ]  # fmt: skip


def _prospects(rng: random.Random, today: date) -> list[_Prospect]:
    people: list[_Prospect] = []
    names: set[tuple[str, str]] = set()
    while len(people) < 42:
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        if (first, last) in names:
            continue
        names.add((first, last))
        stage = rng.choices(_STAGES, weights=[3, 6, 3, 6, 2, 1, 2, 2])[0]
        reason = "" if stage in ("Client",) else rng.choice(_REASONS)
        years_ago = rng.choice([0.2, 0.5, 1.2, 1.6, 2.3, 3.1, 4.0, 5.2])
        slug = f"{first}-{last}".lower().replace(" ", "-")
        people.append(
            _Prospect(
                first,
                last,
                rng.choice(_AGENCIES),
                rng.choice(_TITLES),
                stage,
                reason,
                today - timedelta(days=int(years_ago * 365) + rng.randrange(40)),
                f"https://www.linkedin.com/in/{slug}-{rng.randrange(100, 999)}",
            )
        )
    return people


def _lead_sheet(folder: Path, prospects: list[_Prospect]) -> Path:
    path = folder / "suivi-prospects.csv"
    lines = ["Prénom;Nom;Courriel;Société;Pays;Étape;Raison du blocage;Dernier contact;Notes"]
    for p in prospects:
        note = "Intéressée par une équipe dédiée" if p.stage == "Appel reporté" else ""
        lines.append(
            f"{p.first};{p.last};{p.email};{p.agency[0]} {p.agency[1]};{p.agency[3]};{p.stage};"
            f"{p.reason};{p.last_contact.strftime('%d/%m/%Y')};{note}"
        )
    path.write_bytes("\r\n".join(lines).encode("cp1252", errors="replace"))
    return path


def _message(when: datetime, sender: str, to: str, subject: str, msgid: str) -> str:
    stamp = when.ctime()  # asctime's English names, whatever the locale (strftime's follow it)
    return (
        f"From demo@x {stamp}\nMessage-ID: <{msgid}@demo>\nDate: {format_datetime(when)}\n"
        f"From: {sender}\nTo: {to}\nSubject: {subject}\n\nBonjour,\n\n"
    )


def _mbox(folder: Path, prospects: list[_Prospect], rng: random.Random, today: date) -> Path:
    path = folder / "Boîte de réception.mbox"
    chunks = []
    me = f"Claire Moreau <{ME}>"
    for index, p in enumerate(prospects):
        them = f"{p.name} <{p.email}>"
        end = datetime(
            p.last_contact.year, p.last_contact.month, p.last_contact.day, 10, tzinfo=UTC
        )
        count = rng.randrange(2, 14)
        for k in range(count):
            when = end - timedelta(days=(count - k) * rng.randrange(9, 40))
            outgoing = k % 2 == 0
            chunks.append(
                _message(
                    when,
                    me if outgoing else them,
                    them if outgoing else me,
                    rng.choice(_SUBJECTS),
                    f"p{index}-{k}",
                )
            )
        if index % 7 == 3:  # a long-silent prospect writes again
            when = datetime.combine(
                today - timedelta(days=rng.randrange(2, 20)), datetime.min.time(), UTC
            )
            chunks.append(
                _message(when, them, me, "Un nouveau projet pour 2027 ?", f"p{index}-new")
            )
    chunks.append(
        _message(
            datetime.combine(today, datetime.min.time(), UTC),
            "Newsletter <news@saas-demo.example>",
            me,
            "Les nouveautés du mois",
            "nl-1",
        ).replace("Subject:", "List-Unsubscribe: <mailto:unsub@saas-demo.example>\nSubject:")
    )
    path.write_text("".join(chunks), encoding="utf-8")
    return path


def _fmt(day: date) -> str:
    return f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"


def _export(
    folder: Path, prospects: list[_Prospect], rng: random.Random, when: date, *, newer: bool
) -> Path:
    path = folder / f"Complete_LinkedInDataExport_{when.strftime('%m-%d-%Y')}.zip"
    rows = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    messages = [
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
        "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"
    ]
    invitations = ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"]
    for index, p in enumerate(prospects):
        if p.hard_to_pair:
            rows.append(
                f'{p.linkedin_first or p.first},"{p.linkedin_last or p.last}",{p.url},,'
                f"{p.linkedin_company or p.agency[0]},{p.title},"
                f"{_fmt(p.last_contact - timedelta(days=30))}"
            )
            if p.namesake_company:
                rows.append(
                    f'{p.linkedin_first or p.first},"{p.linkedin_last or p.last}",'
                    f"{p.url}-b,,{p.namesake_company},Chef de projet,{_fmt(date(2019, 4, 2))}"
                )
            continue
        if index % 5 == 4:
            continue  # not yet doubled on LinkedIn: "to connect"
        company, title = f"{p.agency[0]}", p.title
        if newer and index % 6 == 0:
            company = rng.choice([a[0] for a in _AGENCIES if a[0] != p.agency[0]])
        elif newer and index % 6 == 1:
            title = "Directeur général" if title != "Directeur général" else "Associé"
        connected = p.last_contact - timedelta(days=30)
        rows.append(f'{p.first},"{p.last}",{p.url},,{company},{title},{_fmt(connected)}')
        if newer and index % 8 == 2:
            stamp = (when - timedelta(days=3)).strftime("%Y-%m-%d 09:12:00 UTC")
            messages.append(
                f"2-demo{index}==,,{p.name},{p.url},Claire Moreau,{OWNER_URL},"
                f'{stamp},,"Bonjour Claire, on relance un projet",INBOX'
            )
    network = random.Random(99)  # the same people in both exports
    for k in range(60):  # the rest of the network
        first, last = network.choice(_FIRST), network.choice(_LAST)
        agency = network.choice(_AGENCIES)[0]
        since = date(2024, 1, 1) - timedelta(days=network.randrange(3000))
        rows.append(
            f'{first},"{last}",https://www.linkedin.com/in/net-{k:03d},,{agency},'
            f"{network.choice(_TITLES)},{_fmt(since)}"
        )
    if newer:
        target = prospects[9]
        sent = when - timedelta(days=2)
        invitations.append(
            f'{target.name},Claire Moreau,"{sent.month}/{sent.day}/{sent.strftime("%y")}, '
            f'9:05 AM",Ravi de reprendre contact,INCOMING,{target.url},{OWNER_URL}'
        )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", 'Notes:\n"demo"\n\n' + "\n".join(rows))
        archive.writestr("messages.csv", "\n".join(messages) + "\n")
        archive.writestr("Invitations.csv", "\n".join(invitations) + "\n")
    return path

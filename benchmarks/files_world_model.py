"""The model of the files world (:mod:`benchmarks.revival_files_world`): its fixed dates,
the share of each prospect category, the pools of names, companies, positions and notes it
draws from, the small helpers those draws use, and the dataclasses of what it holds (a
mailbox message, a LinkedIn message or invitation, a person).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.autoreplies import AutoReply
    from benchmarks.former_job_mail import SentMail
    from benchmarks.spam_mail import Spam

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


def slug(text: str) -> str:
    out = "".join(c if c.isalnum() else "-" for c in _ascii(text).lower())
    return "-".join(p for p in out.split("-") if p)


def weighted(rng: random.Random, items: list[str] | tuple[str, ...]) -> str:
    weights = [1.0 / (i + 1) ** 0.6 for i in range(len(items))]
    return rng.choices(list(items), weights)[0]


def day_at(day: date, rng: random.Random) -> datetime:
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


class WorldFields:
    """What the WorldBuilder holds that both of its mixins read (``OthersMixin`` adds to it,
    ``FilesMixin`` writes it out): declared once, for the type checker and the reader."""

    rng: random.Random
    seed: int
    me: str
    me_name: tuple[str, str]
    me_url: str
    me_company: str
    me_domain: str
    people: list[Person]
    mails: list[Message]
    li_messages: list[LinkedInMessage]
    invitations: list[Invitation]
    automated: dict[str, dict[str, str]]
    former_mails: list[SentMail]
    autoreplies: list[AutoReply]
    spams: list[Spam]

"""Seeded generator of a labelled pairing world: LinkedIn profiles, email contacts, the truth.

Everything the matcher meets in real data is here, at realistic rates: francophone names with
accents, particles and compound given names drawn from a heavy-tailed distribution (so common
names collide by chance, as "Sophie Martin" does), decorations, swapped or ALL-CAPS names,
middle names, email local parts in every house style, company domains with legal forms and
agency prefixes, free mail, role boxes, namesakes at other companies, fathers and sons with
the same name, job changes since the last email, most profiles without an email-side person
and many people without a profile. Only ~2.5 % of profiles carry an email, as in real exports.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from linkrevive.matching import PersonSide, ProfileSide

FIRST_NAMES = [
    "Sophie",
    "Marie",
    "Nathalie",
    "Isabelle",
    "Sylvie",
    "Catherine",
    "Christine",
    "Valérie",
    "Sandrine",
    "Céline",
    "Julie",
    "Aurélie",
    "Camille",
    "Émilie",
    "Caroline",
    "Stéphanie",
    "Laura",
    "Léa",
    "Chloé",
    "Manon",
    "Zoé",
    "Élodie",
    "Hélène",
    "Agnès",
    "Anne",
    "Claire",
    "Mathilde",
    "Pauline",
    "Charlotte",
    "Margaux",
    "Inès",
    "Lucie",
    "Delphine",
    "Virginie",
    "Audrey",
    "Océane",
    "Jean",
    "Pierre",
    "Michel",
    "Philippe",
    "Alain",
    "Nicolas",
    "Christophe",
    "Laurent",
    "Frédéric",
    "Stéphane",
    "Julien",
    "Sébastien",
    "David",
    "Thomas",
    "Olivier",
    "Éric",
    "Patrick",
    "Vincent",
    "François",
    "Guillaume",
    "Antoine",
    "Maxime",
    "Alexandre",
    "Romain",
    "Mathieu",
    "Benoît",
    "Jérôme",
    "Cédric",
    "Fabrice",
    "Luc",
    "Marc",
    "Louis",
    "Hugo",
    "Lucas",
    "Théo",
    "Noël",
    "Gaël",
    "Joël",
    "Raphaël",
    "Loïc",
    "Hervé",
    "Rémi",
    "Grégoire",
    "Arnaud",
    "Bruno",
    "Didier",
    "Yves",
    "Denis",
    "Gilles",
    "Lukas",
    "Jan",
    "Pieter",
    "Wim",
    "Els",
    "Tom",
    "Koen",
    "Bram",
    "Lotte",
    "Jonas",
    "Urs",
    "Beat",
    "Reto",
    "Andrea",
    "Simone",
    "Nadia",
    "Karim",
    "Yassine",
    "Mehdi",
    "Amine",
    "Sarah",
    "Yasmine",
    "Leïla",
    "Fatima",
    "Nina",
    "Eva",
    "Emma",
    "Jade",
    "Alice",
    "Louise",
]
COMPOUND_FIRST = [
    "Jean-Pierre",
    "Jean-Luc",
    "Jean-François",
    "Jean-Marc",
    "Jean-Paul",
    "Jean-Philippe",
    "Pierre-Yves",
    "Marie-Claire",
    "Marie-Christine",
    "Anne-Sophie",
    "Anne-Laure",
    "Marie-Hélène",
    "Jean-Michel",
    "Marie-Pierre",
    "Paul-Henri",
    "Louis-Philippe",
    "Marie-Ève",
    "Pierre-Olivier",
]
COMMON_LAST = [
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
    "Lefebvre",
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
    "Lefèvre",
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
    "Muller",
    "Henry",
    "Roussel",
    "Nicolas",
    "Perrin",
    "Morin",
    "Mathieu",
    "Clément",
    "Gauthier",
    "Dumont",
    "Lopez",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Sanchez",
    "Gérard",
    "Nguyen",
    "Boyer",
    "Denis",
    "Lemaire",
    "Duval",
    "Joly",
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "Dubois",
    "Lambert",
    "Müller",
    "Meier",
    "Schmid",
    "Keller",
    "Weber",
    "Huber",
    "Schneider",
    "Meyer",
    "Steiner",
    "Fischer",
    "Gerber",
    "Brunner",
    "Baumann",
    "Frei",
    "Zimmermann",
    "Moser",
    "Favre",
    "Rochat",
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "Gagné",
    "Ouellet",
    "Pelletier",
    "Bélanger",
    "Lévesque",
    "Benali",
    "Haddad",
    "Mansouri",
    "Chevallier",
    "Lebrun",
    "Marchand",
]
PARTICLE_LAST = [
    "De La Fontaine",
    "Van den Berghe",
    "Le Goff",
    "de Villiers",
    "Van Damme",
    "De Smet",
    "du Pasquier",
    "von Allmen",
    "Le Gall",
    "De Backer",
    "de la Croix",
    "Van der Linden",
    "d'Almeida",
    "Le Roux",
    "De Meyer",
    "von Wattenwyl",
    "du Bois de Vaux",
    "Van Acker",
]
SYLLABLES_A = [
    "Va",
    "Bro",
    "Cha",
    "Mar",
    "Ro",
    "Ber",
    "Du",
    "La",
    "Mo",
    "Que",
    "Fer",
    "Gui",
    "Pel",
    "Ri",
    "Sa",
    "Tho",
    "Vau",
    "Bel",
    "Cor",
    "Dra",
    "Ga",
    "Jou",
    "Lu",
    "Ni",
    "Pa",
    "Tou",
    "Vi",
    "Bou",
    "Cla",
    "Fa",
    "Ha",
    "Ke",
    "Le",
    "Me",
    "No",
    "Po",
    "Re",
    "Si",
    "Tu",
    "Vo",
    "Dé",
    "Gré",
    "Pra",
    "Tri",
    "Flo",
    "Gro",
    "Bla",
    "Cro",
    "Spa",
]
SYLLABLES_B = [
    "che",
    "bert",
    "nier",
    "quet",
    "lard",
    "mont",
    "ret",
    "sson",
    "vel",
    "grand",
    "court",
    "det",
    "rieux",
    "lin",
    "mas",
    "teau",
    "zin",
    "guet",
    "rand",
    "ssard",
    "lan",
    "voix",
    "champ",
    "dier",
    "bault",
    "gnon",
    "llet",
    "rbier",
    "ssel",
    "tard",
    "zard",
    "quin",
]
SYLLABLES_C = ["", "", "", "ier", "eau", "on", "ard", "in", "et", "y", "ez", "aux", "ot", "i"]
COMPANY_WORDS = [
    "Pixel",
    "Bleu",
    "Nord",
    "Digital",
    "Horizon",
    "Atelier",
    "Léman",
    "Alpes",
    "Web",
    "Studio",
    "Créa",
    "Lumière",
    "Onde",
    "Vague",
    "Sud",
    "Ouest",
    "Est",
    "Rive",
    "Étoile",
    "Cèdre",
    "Chêne",
    "Azur",
    "Cobalt",
    "Ambre",
    "Orange",
    "Citron",
    "Menthe",
    "Renard",
    "Hibou",
    "Lynx",
    "Colibri",
    "Aigle",
    "Castor",
    "Ours",
    "Loup",
    "Faucon",
    "Ivoire",
    "Saphir",
    "Opale",
    "Quartz",
    "Granit",
    "Jura",
    "Meuse",
    "Seine",
    "Loire",
    "Rhône",
    "Dune",
    "Brume",
    "Nuage",
    "Éclair",
    "Zénith",
    "Orbite",
    "Nova",
    "Vertex",
    "Agile",
    "Clic",
    "Code",
    "Logic",
]
LEGAL = {
    "fr": ["SARL", "SAS", "SASU", "EURL", "SA", ""],
    "be": ["SPRL", "SRL", "SA", "BV", "NV", ""],
    "ch": ["Sàrl", "SA", "AG", "GmbH", ""],
    "ca": ["Inc.", "Ltée", "Inc", ""],
    "lu": ["SARL", "SA", ""],
}
FREE_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "hotmail.fr",
    "hotmail.com",
    "outlook.fr",
    "orange.fr",
    "free.fr",
    "sfr.fr",
    "laposte.net",
    "wanadoo.fr",
    "yahoo.fr",
    "icloud.com",
    "me.com",
    "gmx.ch",
    "bluewin.ch",
    "skynet.be",
    "telenet.be",
    "videotron.ca",
    "protonmail.com",
    "live.be",
    "msn.com",
]
DECORATIONS = [
    ", PhD",
    " MBA",
    " 🚀",
    " (she/her)",
    " (he/him)",
    " | Growth",
    " – Web & Mobile",
    ", CPA",
    " (PMP®)",
    " ✨",
    " 🇨🇭",
]
TITLES = ["Dr ", "Dr. ", "Ing. ", "Me "]
ROLE_LOCALS = ["contact", "info", "hello", "bonjour", "admin", "team", "sales", "studio"]
NICKNAMES = ["jojo", "titi", "lapin", "cyclo", "kiki", "nono", "loulou", "zaza", "bibi"]


@dataclass(frozen=True, slots=True)
class Company:
    """A company as LinkedIn shows it, and its mail domain."""

    name: str
    domain: str


@dataclass(frozen=True, slots=True)
class Human:
    """A real person of the world: the name they write, their companies."""

    first: str
    last: str
    company: Company | None


@dataclass(frozen=True, slots=True)
class World:
    """The two sides and the truth: person id to profile id (None for no profile)."""

    profiles: list[ProfileSide]
    people: list[PersonSide]
    truth: dict[int, int | None]


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c.isascii())


def _slug(text: str, sep: str = "") -> str:
    words = [w for w in "".join(c if c.isalnum() else " " for c in _ascii(text)).split() if w]
    return sep.join(words)


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        rng = self.rng
        rare = {
            rng.choice(SYLLABLES_A) + rng.choice(SYLLABLES_B) + rng.choice(SYLLABLES_C)
            for _ in range(60000)
        }
        self.last_names = list(COMMON_LAST) + PARTICLE_LAST + sorted(rare)
        # Zipf-like weights: the common names first, collisions happen as in real life.
        self.last_weights = [1.0 / (i + 30) ** 0.5 for i in range(len(self.last_names))]
        firsts = FIRST_NAMES + COMPOUND_FIRST
        rng.shuffle(firsts)
        self.first_names = firsts
        self.first_weights = [1.0 / (i + 15) ** 0.5 for i in range(len(firsts))]
        self.companies = [self._company() for _ in range(2600)]
        self.company_weights = [1.0 / (i + 20) ** 0.6 for i in range(len(self.companies))]

    def _company(self) -> Company:
        rng = self.rng
        country = rng.choice(["fr", "fr", "fr", "be", "ch", "ca", "lu"])
        words = rng.sample(COMPANY_WORDS, rng.choice([1, 2, 2, 2, 3]))
        if len(words) == 1:
            words.append(rng.choice(["Digital", "Média", "Conseil", "Design", "Lab"]))
        prefix = rng.choice(["", "", "", "", "Agence ", "Studio ", "Groupe "])
        legal = rng.choice(LEGAL[country])
        name = f"{prefix}{' '.join(words)}{' ' + legal if legal else ''}".strip()
        core = _slug(" ".join(words))
        style = rng.random()
        if style < 0.15:
            core = _slug(" ".join(words), "-")
        elif style < 0.25 and prefix:
            core = _slug(prefix) + "-" + core
        elif style < 0.3 and len(words) >= 3:
            core = "".join(_slug(w)[0] for w in words)
        tld = {"fr": "fr", "be": "be", "ch": "ch", "ca": "ca", "lu": "lu"}[country]
        if rng.random() < 0.2:
            tld = "com"
        return Company(name, f"{core}.{tld}")

    def first(self) -> str:
        return self.rng.choices(self.first_names, self.first_weights)[0]

    def last(self) -> str:
        return self.rng.choices(self.last_names, self.last_weights)[0]

    def company(self) -> Company:
        return self.rng.choices(self.companies, self.company_weights)[0]

    def other_company(self, company: Company | None) -> Company:
        while True:
            other = self.company()
            if other != company:
                return other

    def unique(self, email: str) -> str:
        """The address, made unique in the world: two humans never share a mailbox."""
        local, domain = email.split("@")
        candidate, n = email, 1
        while candidate in self.used:
            n += 1
            candidate = f"{local}{n}@{domain}"
        self.used.add(candidate)
        return candidate

    def human(self) -> Human:
        return Human(self.first(), self.last(), self.company() if self.rng.random() < 0.9 else None)

    def profile(self, pid: int, human: Human, email: str | None) -> ProfileSide:
        rng = self.rng
        first, last = human.first, human.last
        roll = rng.random()
        if roll < 0.04:
            first = first + " " + rng.choice(["Claire", "Louise", "Paul", "Henri", "Marie"])
        elif roll < 0.08:
            last = last.upper()
        elif roll < 0.1:
            first, last = last, first
        if rng.random() < 0.07:
            last = last + rng.choice(DECORATIONS)
        if rng.random() < 0.02:
            first = rng.choice(TITLES) + first
        company = human.company.name if human.company else ""
        slug = _slug(f"{human.first} {human.last}", "-")
        return ProfileSide(pid, first, last, email, company, f"https://www.linkedin.com/in/{slug}")

    def local_part(self, human: Human, free: bool) -> str:
        rng = self.rng
        f_words = _slug(human.first, " ").split()
        l_words = _slug(human.last, " ").split()
        f, last = "".join(f_words), "".join(l_words)
        core = "".join(w for w in l_words if w not in ("de", "la", "van", "den", "le", "du"))
        ln = rng.choice([last, last, core]) if core else last
        i = "".join(w[0] for w in f_words) if len(f_words) > 1 and rng.random() < 0.6 else f[0]
        styles = [
            (f"{'-'.join(f_words)}.{ln}", 22),
            (f"{f}{ln}", 6),
            (f"{i}.{ln}", 10),
            (f"{i}{ln}", 14),
            (f"{ln}.{f}", 4),
            (f"{ln}{i}", 4),
            (f"{ln}.{i}", 3),
            (f"{f}_{ln}", 3),
            (f"{f_words[0]}", 5 if not free else 0),
            (f"{ln}", 3 if not free else 0),
            (f"{rng.choice(NICKNAMES)}{rng.randint(1, 99)}", 2),
        ]
        local = rng.choices([s for s, _ in styles], [w for _, w in styles])[0]
        if free and rng.random() < 0.4:
            local += str(rng.choice([rng.randint(1, 99), rng.randint(1955, 2001)]))
        return local

    def person(
        self, pid: int, human: Human, email_company: Company | None, exact: str | None
    ) -> PersonSide:
        rng = self.rng
        if exact is not None:
            email = exact
        elif email_company is not None and rng.random() < 0.65:
            email = self.unique(f"{self.local_part(human, False)}@{email_company.domain}")
        else:
            email = self.unique(f"{self.local_part(human, True)}@{rng.choice(FREE_DOMAINS)}")
        first = last = display = ""
        roll = rng.random()
        if roll < 0.35:
            first, last = human.first, human.last
        elif roll < 0.45:
            display = f"{human.first} {human.last}"
        elif roll < 0.5:
            display = f"{human.last.upper()} {human.first}"
        elif roll < 0.54:
            display = f"{human.last}, {human.first}"
        elif roll < 0.58:
            first = human.first
        elif roll < 0.6:
            display = email
        company = ""
        if email_company is not None and rng.random() < 0.25:
            company = email_company.name
        return PersonSide(pid, first, last, display, (email,), company)


def build_world(
    seed: int = 7, profiles: int = 30_000, people: int = 20_000, paired: int = 12_000
) -> World:
    """A labelled world of ``profiles`` LinkedIn profiles and ``people`` email contacts."""
    b = _Builder(seed)
    rng = b.rng
    humans: list[Human] = []
    while len(humans) < profiles:
        human = b.human()
        humans.append(human)
        roll = rng.random()
        if roll < 0.001 and len(humans) < profiles:
            # Father and son: same name, different companies.
            humans.append(Human(human.first, human.last, b.company()))
        elif roll < 0.003 and len(humans) < profiles:
            # A namesake at another company.
            humans.append(Human(human.first, rng.choice([human.last, b.last()]), b.company()))
    rng.shuffle(humans)
    profile_rows: list[ProfileSide] = []
    for index, human in enumerate(humans):
        email: str | None = None
        if rng.random() < 0.025:
            if rng.random() < 0.1 and human.company:
                email = f"{rng.choice(ROLE_LOCALS)}@{human.company.domain}"
            elif rng.random() < 0.5 and human.company:
                email = b.unique(f"{b.local_part(human, False)}@{human.company.domain}")
            else:
                email = b.unique(f"{b.local_part(human, True)}@{rng.choice(FREE_DOMAINS)}")
        profile_rows.append(b.profile(100_000 + index, human, email))
    chosen = rng.sample(range(profiles), paired)
    people_rows: list[PersonSide] = []
    truth: dict[int, int | None] = {}
    for pid, index in enumerate(chosen, start=1):
        human, profile = humans[index], profile_rows[index]
        # Job changes: the email is often from an earlier employer than LinkedIn shows.
        email_company = human.company if rng.random() < 0.7 else b.company()
        exact = None
        if profile.email and rng.random() < 0.8:
            exact = profile.email
            if any(profile.email.startswith(r + "@") for r in ROLE_LOCALS):
                truth_value: int | None = None
            else:
                truth_value = profile.id
        else:
            truth_value = profile.id
        people_rows.append(b.person(pid, human, email_company, exact))
        truth[pid] = truth_value
    pid = paired
    while len(people_rows) < people:
        pid += 1
        roll = rng.random()
        if roll < 0.05:
            # A shared role box, sometimes filed under a person's name in the lead sheet.
            company = b.company()
            human = b.human()
            local = rng.choice(ROLE_LOCALS)
            name = f"{human.first} {human.last}" if rng.random() < 0.5 else ""
            people_rows.append(PersonSide(pid, "", "", name, (f"{local}@{company.domain}",), ""))
        elif roll < 0.055:
            # Somebody else with the name of a LinkedIn connection (son, namesake).
            twin = humans[rng.randrange(profiles)]
            human = Human(twin.first, twin.last, b.other_company(twin.company))
            people_rows.append(b.person(pid, human, human.company, None))
        else:
            human = b.human()
            people_rows.append(b.person(pid, human, human.company, None))
        truth[pid] = None
    order = list(range(len(people_rows)))
    rng.shuffle(order)
    return World(profile_rows, [people_rows[i] for i in order], truth)

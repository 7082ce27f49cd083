"""Seeded generator of a labelled pairing world: LinkedIn profiles, email contacts, the truth.

Everything the matcher meets in real data is here, at realistic rates: francophone names with
accents, particles and compound given names, decorations, swapped or ALL-CAPS names, middle
names, email local parts in every house style, company domains with legal forms and agency
prefixes, free mail, pseudonyms, role boxes, namesakes at other companies, fathers and sons with
the same name, job changes since the last email, most profiles without an email-side person
and many people without a profile. Only ~2.5 % of profiles carry an email, as in real exports.

Realism review (each change from the first version, and why):

- **Last names** follow the real shape of surname distributions, per country (France 55 %,
  Belgium 15 %, Switzerland 15 %, Québec 12 %, other 3 %): a head of real surnames at roughly
  their national shares (Martin ~0.37 % of France, Peeters ~0.33 % of Belgium, Müller ~0.6 %
  of Switzerland, Tremblay ~1 % of Québec; the top 100–200 names of a country hold ~7–25 % of
  its people), then a long tail of ~1.5 million invented surnames with a rank-frequency law
  ``~1/(rank + 300)`` (France alone has ~1.3 million surnames). The first version drew from
  ~22,000 names with square-root weights: its head was too light (Martin 0.06 %) and its tail
  far too short, so "rare" names were shared by chance ~3× more often than real ones.
- **Given names**: ~290 real names (French, Belgian, Swiss, Québécois, Maghrebi, Portuguese,
  Italian…) instead of ~135. Real networks hold thousands of given names; the list is still
  shorter than reality, so full-name collisions stay slightly pessimistic.
- **Names on the email side**: address books and lead sheets carry names, and most mail
  headers carry a display name; ~25 % of people now have no name at all (was 40 %). Display
  names come in the forms real clients write: "Jean Dupont", "DUPONT Jean", "Dupont, Jean",
  lowercase, "Jean Dupont - Pixel Bleu", "Jean D.", "J. Dupont", given name only.
- **Pseudonyms** ("lapin42@gmail.com") make ~10 % of free-mail local parts (was ~3 %) and ~1 %
  of work ones: harder, as in real life.
- **Job changes** stay at ~30 % of people (the address book holds the earlier employer's
  address). The app keeps a profile's earlier companies only when an earlier export showed
  them, so ``ProfileSide.former_companies`` names the earlier employer for only 40 % of job
  changers, and 12 % of profiles carry an unrelated earlier company.
- **Typos**: 1.5 % of email-side names carry one slip of the keyboard ("Dupnot"), so the
  matcher's typo rule meets true typos as well as real look-alike names ("Joubert" and
  "Jouberteau" are two families).
- Speed: weighted draws use precomputed cumulative weights (the world builds in ~2 s, not 20).
- **Unknowable pairs** (issue 10 review): the traps combine at random, so ~3 % of connected
  people came out with nothing of their profile on the email side but a given name: a maiden
  name at an employer left before the first export (LinkedIn showing the married name only),
  a pseudonym at a free mail service with no name or a given name alone in the card, an
  address at an earlier employer no export showed with a card that names nobody. No rule, and
  no careful human, can pair those; they were counted as misses of "maiden_married",
  "personal_other" or "moved_unknown". They are now their own category, ``no_link``, decided
  by construction (:func:`_has_link`, not by the matcher's output): still in the world (a
  matcher must not pair them wrongly, and auto precision counts them), left out of the recall
  targets. The other traps are unchanged.
- **Shared boxes as links** (issue 10, later): the matcher reads a company's shared box in a
  card ("contact@pixelbleu.fr" beside a personal address) as a tie to that company, so such a
  box at a company the profile shows, with the profile's given name in the card or an address,
  is a link too; a nameless card beside the box still points at nobody (``no_link``).
"""

from __future__ import annotations

import itertools
import math
import random
import unicodedata
from dataclasses import dataclass, field

from linkrevive.matching import PersonSide, ProfileSide

FIRST_NAMES = (
    "Sophie Marie Nathalie Isabelle Sylvie Catherine Christine Valérie Sandrine Céline Julie "
    "Aurélie Camille Émilie Caroline Stéphanie Laura Léa Chloé Manon Zoé Élodie Hélène Agnès "
    "Anne Claire Mathilde Pauline Charlotte Margaux Inès Lucie Delphine Virginie Audrey Océane "
    "Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Frédéric Stéphane Julien "
    "Sébastien David Thomas Olivier Éric Patrick Vincent François Guillaume Antoine Maxime "
    "Alexandre Romain Mathieu Benoît Jérôme Cédric Fabrice Luc Marc Louis Hugo Lucas Théo Noël "
    "Gaël Joël Raphaël Loïc Hervé Rémi Grégoire Arnaud Bruno Didier Yves Denis Gilles Lukas Jan "
    "Pieter Wim Els Tom Koen Bram Lotte Jonas Urs Beat Reto Andrea Simone Nadia Karim Yassine "
    "Mehdi Amine Sarah Yasmine Leïla Fatima Nina Eva Emma Jade Alice Louise"
).split()
#: Given names of the long tail (less common, more diverse).
RARER_FIRST_NAMES = (
    "Adèle Agathe Albane Alexia Alix Amandine Amélie Anaïs Angélique Annabelle Apolline Ariane "
    "Armelle Bénédicte Bérénice Blandine Brigitte Capucine Carole Cécile Clémence Colette "
    "Coralie Corinne Danielle Diane Dominique Edwige Éléonore Elsa Estelle Fanny Florence "
    "Gaëlle Géraldine Ghislaine Gwenaëlle Héloïse Ingrid Jacqueline Jeanne Joëlle Josiane "
    "Justine Karine Laetitia Laurence Lise Lydie Maëlle Magali Marion Martine Maud Mélanie "
    "Morgane Muriel Myriam Noémie Odile Ophélie Patricia Perrine Rachel Rose Roxane Solène "
    "Solange Tiphaine Véronique Viviane Yolande Adrien Alexis Ambroise Anthony Aurélien Baptiste "
    "Bastien Benjamin Bertrand Boris Charles Clément Corentin Damien Dylan Édouard Emmanuel "
    "Étienne Fabien Félix Florian Gabriel Gaspard Gauthier Geoffroy Gérard Gustave Henri "
    "Jacques Jérémie Joachim Jordan Kévin Léo Léon Lionel Ludovic Marcel Martin Matthias Morgan "
    "Nathan Noé Pascal Quentin Régis Renaud Roland Samuel Serge Simon Sylvain Thibault Thierry "
    "Timothée Tristan Valentin Victor Xavier Yann Yannick Ahmed Ali Bilal Farid Hakim Hamza "
    "Idriss Ilyes Jamel Khalid Mohamed Nabil Omar Rachid Samir Sofiane Walid Yacine Zakaria "
    "Aïcha Amina Djamila Farah Houda Imane Kenza Lina Malika Meriem Nour Samia Salma Soraya "
    "Joao Pedro Rui Tiago Ana Beatriz Inês Marco Matteo Luca Giulia Francesca Chiara Sven Lars "
    "Anja Katrin Ruth Heidi Bernhard Stefan Daniel Jürg Marcel Sabine Ursula Hans Fritz Peter "
    "Dirk Geert Hilde Inge Joris Kristof Liesbeth Mieke Nele Stijn Tine Wouter Annelies Sanne"
).split()
#: Romanian given names (the user's own company and network sit partly in Romania).
ROMANIAN_FIRST = (
    "Andrei Alexandru Mihai Ionuț Ștefan Bogdan Florin Răzvan Cătălin Vlad Radu Adrian Cosmin "
    "Sorin Dragoș Tudor Ioana Elena Andreea Cristina Alina Mihaela Raluca Oana Roxana Iulia "
    "Diana Bianca Irina Corina Anca Larisa Ilinca Ioan Gheorghe Vasile Daniela Simona"
).split()
#: Given names of women (a maiden name on the email side, a married one on LinkedIn).
FEMALE_FIRST = frozenset(
    (
        "Sophie Marie Nathalie Isabelle Sylvie Catherine Christine Valérie Sandrine Céline Julie "
        "Aurélie Camille Émilie Caroline Stéphanie Laura Léa Chloé Manon Zoé Élodie Hélène Agnès "
        "Anne Claire Mathilde Pauline Charlotte Margaux Inès Lucie Delphine Virginie Audrey Océane "
        "Els Lotte Andrea Simone Nadia Sarah Yasmine Leïla Fatima Nina Eva Emma Jade Alice Louise "
        "Adèle Agathe Albane Alexia Alix Amandine Amélie Anaïs Angélique Annabelle Apolline Ariane "
        "Armelle Bénédicte Bérénice Blandine Brigitte Capucine Carole Cécile Clémence Colette "
        "Coralie Corinne Danielle Diane Edwige Éléonore Elsa Estelle Fanny Florence Gaëlle "
        "Géraldine Ghislaine Gwenaëlle Héloïse Ingrid Jacqueline Jeanne Joëlle Josiane Justine "
        "Karine Laetitia Laurence Lise Lydie Maëlle Magali Marion Martine Maud Mélanie Morgane "
        "Muriel Myriam Noémie Odile Ophélie Patricia Perrine Rachel Rose Roxane Solène Solange "
        "Tiphaine Véronique Viviane Yolande Aïcha Amina Djamila Farah Houda Imane Kenza Lina "
        "Malika Meriem Nour Samia Salma Soraya Ana Beatriz Inês Giulia Francesca Chiara Anja "
        "Katrin Ruth Heidi Sabine Ursula Hilde Inge Liesbeth Mieke Nele Tine Annelies Sanne "
        "Marie-Claire Marie-Christine Anne-Sophie Anne-Laure Marie-Hélène Marie-Pierre Marie-Ève "
        "Marie-Josée Anne-Marie Marie-Laure Ioana Elena Andreea Cristina Alina Mihaela Raluca "
        "Oana Roxana Iulia Diana Bianca Irina Corina Anca Larisa Ilinca Daniela Simona"
    ).split()
)
#: Short forms people use on LinkedIn. The last few are ones a matcher is unlikely to know.
NICKNAME_OF = {
    "Frédéric": "Fred", "Alexandre": "Alex", "Maxime": "Max", "Sébastien": "Seb",
    "Stéphanie": "Steph", "Nicolas": "Nico", "Florence": "Flo", "Florian": "Flo",
    "Christophe": "Chris", "Emmanuel": "Manu", "Dominique": "Dom", "Catherine": "Cathy",
    "Valérie": "Val", "Isabelle": "Isa", "Philippe": "Phil", "Benjamin": "Ben",
    "Thomas": "Tom", "Anthony": "Tony", "Caroline": "Caro", "Samuel": "Sam",
    "Alexandru": "Alex", "Jean-Baptiste": "JB", "Jean-Christophe": "JC", "Pierre-Yves": "PY",
    "Mathieu": "Matt", "Guillaume": "Guigui", "Gabriel": "Gaby", "Charlotte": "Charlie",
    "Timothée": "Tim", "Bogdan": "Bobo",
}  # fmt: skip
COMPOUND_FIRST = (
    "Jean-Pierre Jean-Luc Jean-François Jean-Marc Jean-Paul Jean-Philippe Pierre-Yves "
    "Marie-Claire Marie-Christine Anne-Sophie Anne-Laure Marie-Hélène Jean-Michel Marie-Pierre "
    "Paul-Henri Louis-Philippe Marie-Ève Pierre-Olivier Marc-André Jean-Sébastien Marie-Josée "
    "Anne-Marie Jean-Baptiste Pierre-Alexandre Marie-Laure Jean-Claude"
).split()

#: Surnames by country, most common first, with their approximate share of the country's
#: people in per cent ("Martin:0.37"); names without a share get the next line's decay.
#: "|" stands for a space inside a name.
_SURNAMES = {
    "fr": (
        "Martin:0.37 Bernard:0.17 Thomas:0.16 Petit:0.15 Robert:0.15 Richard:0.15 Durand:0.14 "
        "Dubois:0.14 Moreau:0.13 Laurent:0.13 Simon Michel Lefebvre Leroy Garcia Roux David "
        "Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller "
        "Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand "
        "Gauthier Martinez Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier "
        "Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun "
        "Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Gérard Roche Renard "
        "Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas "
        "Lacroix Olivier Philippe Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Leclercq "
        "Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis "
        "Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein Jacquet Adam Paris "
        "Poirier Marty Aubry Guyot Carré Charles Renault Charpentier Ménard Maillard Baron "
        "Bertin Bailly Hervé Schneider Fernandez Le|Gall Collet Léger Bouvier Julien Prévost "
        "Millet Perrot Daniel Le|Roux Cousin Germain Breton Besson Langlois Rémy Le|Goff "
        "Pelletier Lévêque Perrier Leblanc Barré Lebrun Marchal Weber Mallet Hamon Boulanger "
        "Jacob Monnier Michaud Rodriguez Guichard Gillet Étienne Poulain Tessier Chevallier "
        "Collin Chauvin Da|Silva Bouchet Lemaître Maréchal Humbert Reynaud Antoine Perret "
        "Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte Nguyen:0.05 "
        "Dos|Santos Ferreira Pereira Rodrigues Benali Haddad Mansouri Diallo Traoré Yilmaz "
        "De|La|Fontaine:0.01 de|Villiers d'Almeida de|la|Croix du|Bois|de|Vaux"
    ),
    "be": (
        "Peeters:0.33 Janssens:0.30 Maes:0.26 Jacobs:0.20 Mertens:0.17 Willems Claes Goossens "
        "Wouters De|Smet Dubois Lambert Dumont Martin Vermeulen Hermans Leclercq Pauwels Aerts "
        "Desmet Michiels Jansen Segers Van|Damme Claeys De|Backer Stevens Dupont Laurent Simon "
        "Smets Martens Mathieu Verstraete Renard Lemaire Van|den|Berghe Declercq De|Meyer "
        "Vandenberghe Denis Lejeune François Hendrickx Cools Charlier Van|Acker Leroy Bogaert "
        "Wuyts Collard Thys Gérard Lauwers Van|der|Linden Dewulf Verhoeven Baert Coppens "
        "Vandamme Cornelis Hubert Maertens Lemmens Nijs Bauwens Van|de|Velde Dierickx Bastin"
    ),
    "ch": (
        "Müller:0.63 Meier:0.35 Schmid:0.33 Keller:0.25 Weber:0.25 Huber Schneider Meyer "
        "Steiner Fischer Gerber Brunner Baumann Frei Zimmermann Moser Widmer Wyss Graf Roth "
        "Suter Baumgartner Bachmann Studer Bucher Berger Kälin Favre Rochat Rossi Bonvin "
        "Perrin Rey Blanc Pittet Cuendet Jaquet Bianchi Sauter Marti Hofmann Kaufmann Lüthi "
        "Schär Vogel Egger Wenger Ammann Hess Sutter Gasser Kuhn Zürcher Aebischer Savoy "
        "Monnier Chappuis Mottier Maillard von|Allmen von|Wattenwyl:0.01 du|Pasquier"
    ),
    "ca": (
        "Tremblay:0.95 Gagnon:0.60 Roy:0.55 Côté:0.45 Bouchard:0.42 Gauthier:0.38 Morin:0.37 "
        "Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque Bergeron Leblanc Paquette "
        "Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe Leclerc "
        "Lefebvre Poulin Thibault St-Pierre Nadeau Martin Landry Martel Bédard Grenier Lessard "
        "Bernier Richard Michaud Hébert Desjardins Couture Turcotte Lachance Parent Blais "
        "Gosselin Savard Proulx Beaudoin Demers Perreault Boudreau Lemieux Cyr Perron Dufour "
        "Dion Mercier Bolduc Bérubé Boisvert Langlois Ménard Therrien Plante Bilodeau "
        "Blanchette Dubois Champagne Paradis Fortier Arsenault Dupuis Gaudreault Hamel Houle "
        "Villeneuve Rousseau Gravel Thériault Lemay Robert Allard Deschênes Giroux Guay Leduc"
    ),
    "ro": (
        "Popescu:1.0 Popa:0.9 Pop:0.8 Radu:0.5 Dumitru:0.45 Stan:0.4 Stoica:0.35 Gheorghe "
        "Matei Ciobanu Ionescu Rusu Constantin Mihai Marin Munteanu Dinu Florea Moldovan Lungu "
        "Tudor Barbu Ene Ilie Nistor Toma Dobre Sandu Anghel Cristea Ungureanu Oprea Voicu "
        "Dragomir Manea Neagu Zamfir Bălan Căpraru Șerban Țurcanu Mocanu Stănescu Vasilescu"
    ),
}
_DECAY = 0.45
#: Share of each country's people whose surname is in the head above, roughly.
COUNTRIES = {"fr": 0.50, "be": 0.14, "ch": 0.14, "ca": 0.11, "ro": 0.08, "other": 0.03}
#: Rank-frequency law of the tail: weight ~1/(rank + _TAIL_OFFSET) over _TAIL_SIZE names.
_TAIL_OFFSET = 300
_TAIL_SIZE = 1_500_000

SYLLABLES_A = (
    "Va Bro Cha Mar Ro Ber Du La Mo Que Fer Gui Pel Ri Sa Tho Vau Bel Cor Dra Ga Jou Lu Ni Pa "
    "Tou Vi Bou Cla Fa Ha Ke Le Me No Po Re Si Tu Vo Dé Gré Pra Tri Flo Gro Bla Cro Spa Bri "
    "Cas Del Fon Gal Hen Jac Lam Mau Pon Sal Ver Wil Zim Ker Gou Mal Cou"
).split()
SYLLABLES_M = ["", "", "", "", "", "", "", "", "ra", "ve", "li", "no", "ta", "bo", "de", "mi"]
SYLLABLES_B = (
    "che bert nier quet lard mont ret sson vel grand court det rieux lin mas teau zin guet rand "
    "ssard lan voix champ dier bault gnon llet rbier ssel tard zard quin mann ger vaux dot lon "
    "rel tin gier bard rin lot nard bel pin teuil"
).split()
SYLLABLES_C = ["", "", "", "", "ier", "eau", "on", "ard", "in", "et", "y", "ez", "aux", "ot", "i"]
COMPANY_WORDS = (
    "Pixel Bleu Nord Digital Horizon Atelier Léman Alpes Web Studio Créa Lumière Onde Vague Sud "
    "Ouest Est Rive Étoile Cèdre Chêne Azur Cobalt Ambre Orange Citron Menthe Renard Hibou Lynx "
    "Colibri Aigle Castor Ours Loup Faucon Ivoire Saphir Opale Quartz Granit Jura Meuse Seine "
    "Loire Rhône Dune Brume Nuage Éclair Zénith Orbite Nova Vertex Agile Clic Code Logic"
).split()
LEGAL = {
    "fr": ["SARL", "SAS", "SASU", "EURL", "SA", ""],
    "be": ["SPRL", "SRL", "SA", "BV", "NV", ""],
    "ch": ["Sàrl", "SA", "AG", "GmbH", ""],
    "ca": ["Inc.", "Ltée", "Inc", ""],
    "lu": ["SARL", "SA", ""],
}
FREE_DOMAINS = (
    "gmail.com gmail.com gmail.com hotmail.fr hotmail.com outlook.fr orange.fr free.fr sfr.fr "
    "laposte.net wanadoo.fr yahoo.fr icloud.com me.com gmx.ch bluewin.ch skynet.be telenet.be "
    "videotron.ca protonmail.com live.be msn.com"
).split()
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
ROLE_LOCALS += ["agence", "devis", "compta", "jobs", "rh", "commercial", "equipe"]
#: Shared boxes whose name says nothing of a role: known as shared only because two different
#: people's cards hold them.
SHARED_LOCALS = ["paris", "lyon", "geneve", "bruxelles", "montreal", "web", "crea", "prod"]
NICKNAMES = ["jojo", "titi", "lapin", "cyclo", "kiki", "nono", "loulou", "zaza", "bibi"]
NICKNAMES += ["chouette", "tigrou", "pitchoun", "ptitloup", "moustique", "bouboule", "doudou"]
NICKNAMES += ["surfeur", "rando", "velo", "zebulon", "capucin", "lutin", "grizzli", "mimosa"]
#: Share of email-side names typed with a slip (the email local part stays right).
TYPO_RATE = 0.015
#: Share of job changers whose earlier employer an earlier LinkedIn export recorded.
HISTORY_KNOWN = 0.4


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
    past: Company | None = None  # the employer before a job change
    #: The name the email side knows when it differs (a maiden name; LinkedIn shows ``last``).
    maiden: str = ""
    #: The short form LinkedIn shows instead of the given name ("Fred" for Frédéric).
    nickname: str = ""
    #: Whether the earlier employer is in an earlier export (position history).
    history: bool = False


@dataclass(frozen=True, slots=True)
class World:
    """The two sides and the truth: person id to profile id (None for no profile)."""

    profiles: list[ProfileSide]
    people: list[PersonSide]
    truth: dict[int, int | None]
    #: What kind of case each person is (see ``CATEGORIES``).
    category: dict[int, str] = field(default_factory=dict)
    #: Shared boxes of the world: never a person's address, whoever's card holds them.
    role_addresses: frozenset[str] = frozenset()


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c.isascii())


def _slug(text: str, sep: str = "") -> str:
    words = [w for w in "".join(c if c.isalnum() else " " for c in _ascii(text)).split() if w]
    return sep.join(words)


def _head(spec: str) -> tuple[list[str], list[float]]:
    """Names and shares (fractions) of a country's head of surnames."""
    names: list[str] = []
    shares: list[float] = []
    anchor, anchor_rank = 0.0, 1
    for rank, item in enumerate(spec.split(), start=1):
        name, _, share = item.partition(":")
        if share:
            anchor, anchor_rank = float(share), rank
            value = anchor
        else:
            value = anchor * (rank / anchor_rank) ** -_DECAY
        names.append(name.replace("|", " "))
        shares.append(value / 100.0)
    return names, shares


def _tail_name(rank: int) -> str:
    """The invented surname at this rank of the tail (a fixed scramble of syllables)."""
    sizes = (len(SYLLABLES_A), len(SYLLABLES_M), len(SYLLABLES_B), len(SYLLABLES_C))
    total = math.prod(sizes)
    index = (rank * 2_654_435_761 + 97) % total
    parts = []
    for size in sizes:
        index, part = divmod(index, size)
        parts.append(part)
    a, m, b, c = parts
    return SYLLABLES_A[a] + SYLLABLES_M[m] + SYLLABLES_B[b] + SYLLABLES_C[c]


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        rng = self.rng
        self.heads = {country: _head(spec) for country, spec in _SURNAMES.items()}
        self.countries = list(COUNTRIES)
        self.country_cum = list(itertools.accumulate(COUNTRIES.values()))
        self.head_cum = {c: list(itertools.accumulate(s)) for c, (_, s) in self.heads.items()}
        firsts = FIRST_NAMES + COMPOUND_FIRST
        rng.shuffle(firsts)
        rarer = list(dict.fromkeys(RARER_FIRST_NAMES + ROMANIAN_FIRST))
        rng.shuffle(rarer)
        self.first_names = firsts + rarer
        weights = [1.0 / (i + 15) ** 0.5 for i in range(len(firsts))]
        weights += [0.6 / (i + 60) ** 0.5 for i in range(len(rarer))]
        self.first_cum = list(itertools.accumulate(weights))
        self.companies = [self._company() for _ in range(2600)]
        company_weights = [1.0 / (i + 20) ** 0.6 for i in range(len(self.companies))]
        self.company_cum = list(itertools.accumulate(company_weights))

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
        return self.rng.choices(self.first_names, cum_weights=self.first_cum)[0]

    def last(self) -> str:
        rng = self.rng
        country = rng.choices(self.countries, cum_weights=self.country_cum)[0]
        if country in self.heads:
            names, _ = self.heads[country]
            cum = self.head_cum[country]
            if rng.random() < cum[-1]:
                return rng.choices(names, cum_weights=cum)[0]
        # The tail: P(rank) ~ 1/(rank + offset), drawn by inverting its continuous CDF.
        span = (_TAIL_SIZE + _TAIL_OFFSET) / _TAIL_OFFSET
        rank = int(_TAIL_OFFSET * span ** rng.random()) - _TAIL_OFFSET
        return _tail_name(rank)

    def company(self) -> Company:
        return self.rng.choices(self.companies, cum_weights=self.company_cum)[0]

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
        rng = self.rng
        company = self.company() if rng.random() < 0.9 else None
        # About 30 % changed jobs since the address book got their (earlier) work address.
        past = self.other_company(company) if rng.random() < 0.3 else None
        first, last = self.first(), self.last()
        maiden = ""
        if first in FEMALE_FIRST and rng.random() < 0.12:
            # The address book knows her under one name, LinkedIn under her married name.
            maiden, last = last, self.last()
        nickname = NICKNAME_OF.get(first, "") if rng.random() < 0.3 else ""
        history = past is not None and rng.random() < HISTORY_KNOWN
        return Human(first, last, company, past, maiden, nickname, history)

    def profile(self, pid: int, human: Human, email: str | None) -> ProfileSide:
        rng = self.rng
        first, last = human.nickname or human.first, human.last
        if human.maiden and rng.random() < 0.35:
            # Both names on LinkedIn, in either order ("Sophie Durand-Martin").
            last = rng.choice([f"{last}-{human.maiden}", f"{human.maiden} {last}"])
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
        # The app only knows earlier companies that an earlier export showed.
        former: tuple[str, ...] = ()
        if human.past is not None and human.history:
            former = (human.past.name,)
        elif rng.random() < 0.12:
            former = (self.other_company(human.company).name,)
        url = f"https://www.linkedin.com/in/{slug}-{pid}"
        return ProfileSide(pid, first, last, email, company, url, former)

    def local_part(self, human: Human, free: bool) -> str:
        rng = self.rng
        f_words = _slug(human.first, " ").split()
        l_words = _slug(human.maiden or human.last, " ").split()
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
            (f"{rng.choice(NICKNAMES)}{rng.randint(1, 99)}", 8 if free else 1),
        ]
        local = rng.choices([s for s, _ in styles], [w for _, w in styles])[0]
        if free and rng.random() < 0.4:
            local += str(rng.choice([rng.randint(1, 99), rng.randint(1955, 2001)]))
        return local

    def typo(self, word: str) -> str:
        """The word with one slip of the keyboard (a letter changed, dropped, doubled, swapped)."""
        rng = self.rng
        if len(word) < 5:
            return word
        at = rng.randrange(1, len(word) - 1)
        kind = rng.randrange(4)
        if kind == 0:
            return word[:at] + rng.choice("aeioulnrst") + word[at + 1 :]
        if kind == 1:
            return word[:at] + word[at + 1 :]
        if kind == 2:
            return word[:at] + word[at] + word[at:]
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]

    def person_name(self, human: Human, email: str, company: Company | None) -> tuple[str, ...]:
        """(first, last, display) as an address book, a lead sheet or a mail header has it."""
        rng = self.rng
        first, last = human.first, human.maiden or human.last
        if rng.random() < TYPO_RATE:
            if rng.random() < 0.7:
                last = self.typo(last)
            else:
                first = self.typo(first)
        roll = rng.random()
        if roll < 0.30:
            return first, last, ""
        if roll < 0.52:
            return "", "", f"{first} {last}"
        if roll < 0.57:
            return "", "", f"{last.upper()} {first}"
        if roll < 0.60:
            return "", "", f"{last}, {first}"
        if roll < 0.64:
            return "", "", f"{first} {last}".lower()
        if roll < 0.67:
            tag = f" - {company.name}" if company and rng.random() < 0.5 else ""
            tag = f" ({company.name})" if company and not tag else tag
            return "", "", f"{first} {last}{tag}"
        if roll < 0.69:
            return "", "", f"{first} {last[0]}."
        if roll < 0.71:
            return "", "", f"{first[0]}. {last}"
        if roll < 0.75:
            return (first, "", "") if rng.random() < 0.67 else ("", "", first)
        if roll < 0.77:
            return "", "", email
        return "", "", ""

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
        first, last, display = self.person_name(human, email, email_company)
        company = ""
        if email_company is not None and rng.random() < 0.25:
            company = email_company.name
        return PersonSide(pid, first, last, display, (email,), company)


#: The kinds of case the scorer reports on, with what the matcher should do.
CATEGORIES: dict[str, str] = {
    "exact_email": "the address is in the export: auto",
    "same_company": "work address at the profile's current company",
    "moved_known": "work address at an earlier employer an earlier export recorded",
    "moved_unknown": "work address at an employer left before the first export",
    "personal_named": "a friend known by a personal address, full name in the card",
    "personal_other": "personal address with a pseudonym or a partial name",
    "maiden_married": "maiden name on the email side, married name (or both) on LinkedIn",
    "nickname": "LinkedIn shows a short form of the given name (Fred, Alex, JB)",
    "middle_name": "LinkedIn adds a middle name",
    "role_in_card": "a shared box sits in the person's card beside their own address",
    "shared_two_cards": "an address held by two different people's cards",
    "mailbox_new_address": "a new address at the new employer, seen only in the mailbox",
    "namesake_both": "another connection bears the same name (father/son, namesakes)",
    "namesake_unconnected": "not connected; a connection bears the same name: never auto",
    "role_box": "a shared box alone, sometimes filed under a name: never paired",
    "no_profile": "not connected: never auto",
    "no_link": "connected, but the email side holds nothing of the profile: no last name, no "
    "company it shows (e.g. a maiden name at an employer left before the first export)",
}
#: Categories whose truth the data cannot show: reported, but left out of the recall targets.
UNKNOWABLE_CATEGORIES = frozenset({"no_link"})
#: Categories of people who have a profile (the others must not be paired).
PAIRED_CATEGORIES = frozenset(
    c for c in CATEGORIES if c not in ("namesake_unconnected", "role_box", "no_profile")
)
_PARTICLE_WORDS = frozenset({"de", "la", "du", "des", "d", "van", "den", "der", "von", "le"})


def _true_category(human: Human, profile: ProfileSide, exact: bool, email: str) -> str:
    """The one category a connected person falls in, most specific first."""
    if exact:
        return "exact_email"
    if human.maiden:
        return "maiden_married"
    if human.nickname:
        return "nickname"
    if len(profile.first_name.split()) > len(human.first.split()) and " " in profile.first_name:
        return "middle_name"
    domain = email.split("@", 1)[1]
    if domain in FREE_DOMAINS:
        return "personal_named" if human.first and human.last else "personal_other"
    if human.past is not None and domain == human.past.domain:
        return "moved_known" if human.history else "moved_unknown"
    return "same_company"


def _has_link(human: Human, profile: ProfileSide, person: PersonSide) -> bool:
    """Whether the email side holds something of the profile beyond a given name: a word of
    the last name LinkedIn shows (in the card, the display name or an address), or an address
    or company of an employer the profile shows (now, or in an earlier export).

    Without either, only a given name is left, which proves nobody: a careful human could not
    pair them either (a maiden name at an employer she left before the first export, a
    pseudonym at a free mail service with no name in the card).
    """
    shown = set(_slug(f"{profile.first_name} {profile.last_name}", " ").split())
    lasts = set(_slug(human.last, " ").split())
    if human.maiden and set(_slug(human.maiden, " ").split()) <= shown:
        lasts |= set(_slug(human.maiden, " ").split())  # both names on LinkedIn
    lasts = {w for w in lasts - _PARTICLE_WORDS if len(w) >= 3}
    card = set(_slug(f"{person.first_name} {person.last_name} {person.display_name}", " ").split())
    # A shared box in the card says nothing of its holder's name.
    own = [e for e in person.emails if e.split("@", 1)[0] not in ROLE_LOCALS]
    locals_ = [e.split("@", 1)[0] for e in own]
    if lasts & card or any(w in _slug(local) for w in lasts for local in locals_):
        return True
    shown_domains = {human.company.domain} if human.company else set()
    if human.past is not None and human.history:
        shown_domains.add(human.past.domain)
    if any(e.split("@", 1)[1] in shown_domains for e in own):
        return True
    # A shared box names no one, but its domain is the company the card belongs with: with
    # the given name LinkedIn shows (in the card or an address), it points at one person.
    given = set(_slug(profile.first_name, " ").split()) - _PARTICLE_WORDS
    named = given & card or any(w in _slug(local) for w in given for local in locals_)
    boxes = [e for e in person.emails if e not in own]
    if named and any(e.split("@", 1)[1] in shown_domains for e in boxes):
        return True
    return bool(person.company) and person.company in (profile.company, *profile.former_companies)


def _full_name(person: PersonSide) -> bool:
    """Whether the email side knows a given and a last name (not "J. Dupont", "Jean D.")."""
    if person.first_name and person.last_name:
        return True
    words = [w for w in person.display_name.replace(",", " ").split() if len(w.strip(".")) > 1]
    return "@" not in person.display_name and len(words) >= 2


def build_world(
    seed: int = 7, profiles: int = 30_000, people: int = 22_300, paired: int = 13_000
) -> World:
    """A labelled world of ``profiles`` LinkedIn profiles and ``people`` email contacts.

    About 25,000 addresses: some people have a personal address beside their work one, a
    shared box in their card, or a second record made from the mailbox.
    """
    b = _Builder(seed)
    rng = b.rng
    humans: list[Human] = []
    twins: set[int] = set()  # positions of humans who share their name with another human
    while len(humans) < profiles:
        human = b.human()
        humans.append(human)
        roll = rng.random()
        if roll < 0.002 and len(humans) < profiles:
            # Father and son, or two namesakes: same name, different companies, both connected.
            twins.update((len(humans) - 1, len(humans)))
            humans.append(Human(human.first, human.last, b.other_company(human.company)))
    order = list(range(len(humans)))
    rng.shuffle(order)
    humans = [humans[i] for i in order]
    twins = {order.index(i) for i in twins} if twins else set()
    # Realistic frequencies also make namesakes by chance: count every full name.
    name_count: dict[tuple[str, str], int] = {}
    for human in humans:
        key = (human.first, human.last)
        name_count[key] = name_count.get(key, 0) + 1
    profile_rows: list[ProfileSide] = []
    for human in humans:
        email: str | None = None
        if rng.random() < 0.025:
            if rng.random() < 0.1 and human.company:
                email = f"{rng.choice(ROLE_LOCALS)}@{human.company.domain}"
            elif rng.random() < 0.5 and human.company:
                email = b.unique(f"{b.local_part(human, False)}@{human.company.domain}")
            else:
                email = b.unique(f"{b.local_part(human, True)}@{rng.choice(FREE_DOMAINS)}")
        profile_rows.append(b.profile(100_000 + len(profile_rows), human, email))
    role_addresses: set[str] = set()
    people_rows: list[PersonSide] = []
    truth: dict[int, int | None] = {}
    category: dict[int, str] = {}

    def add(person: PersonSide, profile_id: int | None, kind: str) -> None:
        people_rows.append(person)
        truth[person.id] = profile_id
        category[person.id] = kind

    chosen = rng.sample(range(profiles), paired)
    pid = 0
    for index in chosen:
        pid += 1
        human, profile = humans[index], profile_rows[index]
        # Job changes: the email is from the earlier employer when there was one.
        email_company = human.past or human.company
        exact = None
        if profile.email and rng.random() < 0.8:
            exact = profile.email
        person = b.person(pid, human, email_company, exact)
        if exact is not None and exact.split("@")[0] in ROLE_LOCALS:
            role_addresses.add(exact)
            add(person, None, "role_box")
            continue
        kind = _true_category(human, profile, exact is not None, person.emails[0])
        if kind == "personal_named" and not _full_name(person):
            kind = "personal_other"
        if kind in ("same_company", "moved_known", "moved_unknown") and (
            index in twins or name_count[(human.first, human.last)] > 1
        ):
            kind = "namesake_both"
        emails = person.emails
        roll = rng.random()
        if roll < 0.18 and not emails[0].endswith(tuple(FREE_DOMAINS)):
            # A personal address beside the work one.
            emails += (b.unique(f"{b.local_part(human, True)}@{rng.choice(FREE_DOMAINS)}"),)
        elif roll < 0.21 and email_company is not None:
            box = f"{rng.choice(ROLE_LOCALS)}@{email_company.domain}"
            role_addresses.add(box)
            emails += (box,)
            kind = "role_in_card"
        person = PersonSide(
            person.id, person.first_name, person.last_name, person.display_name, emails,
            person.company,
        )  # fmt: skip
        if kind != "exact_email" and not _has_link(human, profile, person):
            kind = "no_link"
        add(person, profile.id, kind)
        if human.past is not None and human.company is not None and rng.random() < 0.1:
            # The mailbox brings her new address at her new employer: a second record.
            pid += 1
            local = b.local_part(Human(human.first, human.last, human.company), False)
            address = b.unique(f"{local}@{human.company.domain}")
            display = f"{human.first} {human.last}" if rng.random() < 0.85 else ""
            add(PersonSide(pid, "", "", display, (address,), ""), profile.id,
                "mailbox_new_address")  # fmt: skip
    # Shared boxes held by two people's cards (an agency's city office, its web team).
    paired_people = [i for i, p in enumerate(people_rows) if truth[p.id] is not None]
    for _ in range(max(1, len(paired_people) // 200)):
        a, c = rng.sample(paired_people, 2)
        domain = people_rows[a].emails[0].split("@", 1)[1]
        box = b.unique(f"{rng.choice(SHARED_LOCALS)}@{domain}")
        role_addresses.add(box)
        for position in (a, c):
            holder = people_rows[position]
            people_rows[position] = PersonSide(
                holder.id, holder.first_name, holder.last_name, holder.display_name,
                (*holder.emails, box), holder.company,
            )  # fmt: skip
            category[holder.id] = "shared_two_cards"
    while len(people_rows) < people:
        pid += 1
        roll = rng.random()
        if roll < 0.05:
            # A shared role box, sometimes filed under a person's name in the lead sheet.
            company = b.company()
            human = b.human()
            box = b.unique(f"{rng.choice(ROLE_LOCALS)}@{company.domain}")
            role_addresses.add(box)
            name = f"{human.first} {human.last}" if rng.random() < 0.5 else ""
            add(PersonSide(pid, "", "", name, (box,), ""), None, "role_box")
        elif roll < 0.052:
            # A connection's father or son of the same name, not connected himself. Other
            # namesakes come from the name frequencies themselves, as in life.
            twin = humans[rng.randrange(profiles)]
            human = Human(twin.first, twin.last, b.other_company(twin.company))
            add(b.person(pid, human, human.company, None), None, "namesake_unconnected")
        else:
            human = b.human()
            kind = (
                "namesake_unconnected" if (human.first, human.last) in name_count else "no_profile"
            )
            add(b.person(pid, human, human.past or human.company, None), None, kind)
    order = list(range(len(people_rows)))
    rng.shuffle(order)
    return World(
        profile_rows, [people_rows[i] for i in order], truth, category, frozenset(role_addresses)
    )

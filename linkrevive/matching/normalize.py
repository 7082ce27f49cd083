"""Comparable forms of names, companies and email addresses for the matcher."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from linkrevive.domain.text import LEGAL_FORMS as DOMAIN_LEGAL_FORMS
from linkrevive.domain.text import fold_words, is_role_address, normalize_email

#: Name particles: dropped from the core of a last name, kept in its joined spelling.
PARTICLES = frozenset(
    {"de", "la", "du", "des", "d", "l", "van", "den", "der", "von", "le", "les", "di", "da"}
    | {"dos", "del", "della", "ten", "ter", "vander", "vanden", "zu", "af", "st", "saint"}
)

#: Titles, degrees, certifications and suffixes people add to their names.
DECORATIONS = frozenset(
    {"dr", "phd", "mba", "cpa", "ing", "ir", "msc", "bsc", "ma", "ba", "mr", "mrs", "ms"}
    | {"mme", "mlle", "mister", "prof", "pr", "me", "cfa", "pmp", "acca", "cisa", "cissp"}
    | {"csm", "psm", "jr", "sr", "fils", "pere", "ii", "iii", "dipl", "eng", "hdr", "ll", "m"}
    | {"llm", "mcs", "pcc", "acc", "dba", "emba", "cma", "cia", "frm", "itil", "safe", "spc"}
    | {"she", "her", "hers", "he", "him", "his", "they", "them", "elle", "il", "iel"}
)

#: Legal forms, and joining words, removed from company names before comparing them.
LEGAL_FORMS = DOMAIN_LEGAL_FORMS | {"co", "cie", "et", "and", "group", "holding"}

#: Leading words that agencies put before their name (and often drop in their domain).
COMPANY_PREFIXES = frozenset(
    {"agence", "agency", "studio", "studios", "groupe", "group", "the", "le", "la", "les", "l"}
    | {"atelier", "cabinet", "maison", "editions", "ets", "etablissements"}
)

_GLUED_PREFIXES = ("agence", "studio", "groupe", "atelier", "cabinet")

#: Domains of free mail services: an address there says nothing about an employer.
FREE_MAIL_DOMAINS = frozenset(
    {"gmail.com", "googlemail.com", "msn.com", "me.com", "mac.com", "icloud.com", "aol.com"}
    | {"orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "bbox.fr"}
    | {"numericable.fr", "aliceadsl.fr", "club-internet.fr", "cegetel.net", "noos.fr"}
    | {"proton.me", "protonmail.com", "protonmail.ch", "pm.me", "tutanota.com", "tuta.io"}
    | {"bluewin.ch", "sunrise.ch", "hispeed.ch", "swissonline.ch", "vtxnet.ch", "gmx.ch"}
    | {"skynet.be", "telenet.be", "proximus.be", "scarlet.be", "voo.be", "belgacom.net"}
    | {"videotron.ca", "sympatico.ca", "bell.net", "rogers.com", "shaw.ca", "cogeco.ca"}
    | {"mail.com", "ymail.com", "web.de", "t-online.de", "pt.lu", "yandex.com", "zoho.com"}
)
#: Free mail brands present under many country domains (hotmail.fr, yahoo.ca, gmx.net…).
FREE_MAIL_BRANDS = frozenset(
    {"gmail", "hotmail", "outlook", "live", "yahoo", "gmx", "wanadoo", "protonmail", "icloud"}
)

#: Short forms of given names as people write them on LinkedIn, folded, with the given names
#: each stands for ("fred" for Frédéric or Frédérique).
_SHORT_GIVEN_NAMES: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "fred": "frederic frederique", "alex": "alexandre alexandra alexandru alexis",
        "max": "maxime maximilien", "seb": "sebastien", "steph": "stephanie stephane",
        "nico": "nicolas", "flo": "florence florian florent", "chris": "christophe christian "
        "christine", "manu": "emmanuel emmanuelle", "dom": "dominique", "cathy": "catherine",
        "val": "valerie valentin", "isa": "isabelle", "phil": "philippe", "ben": "benjamin",
        "tom": "thomas", "tony": "anthony antoine", "caro": "caroline", "sam": "samuel "
        "samantha", "jb": "jeanbaptiste", "jc": "jeanchristophe jeanclaude", "py": "pierreyves",
        "jp": "jeanpierre jeanphilippe jeanpaul", "jf": "jeanfrancois", "jm": "jeanmichel "
        "jeanmarc", "matt": "mathieu matthieu matthias", "vince": "vincent", "greg": "gregoire "
        "gregory", "nath": "nathalie", "sandy": "sandrine", "domi": "dominique", "fanny":
        "stephanie", "mimi": "michele", "pat": "patrick patricia", "gui": "guillaume", "jo":
        "jonathan johanna joelle", "ced": "cedric", "fab": "fabrice fabien", "rom": "romain",
        "ju": "julien julie", "lolo": "laurent laurence", "xav": "xavier", "dan": "daniel",
        "ana": "anabela", "mike": "michel", "nicky": "nicole",
        # French diminutives seen on LinkedIn.
        "gaby": "gabriel gabrielle", "charlie": "charlotte charles", "tim": "timothee",
        "guigui": "guillaume", "vero": "veronique", "bea": "beatrice", "cath": "catherine",
        "juju": "julien julie", "tibo": "thibault thibaut", "ludo": "ludovic",
        # Romanian short forms.
        "andi": "andrei", "fane": "stefan", "costel": "constantin", "nelu": "ioan ion",
        "gica": "gheorghe", "dana": "daniela", "cristi": "cristian cristina", "vali":
        "valentin valentina", "miha": "mihai mihaela",
    }.items()
}  # fmt: skip

_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
# A tagline after a bar, bullet or spaced dash is decoration ("Sophie Martin | Growth").
_TAGLINE = re.compile(r"\s*(?:[|•·/]|\s[-–—]\s).*$")
_UMLAUT_PAIRS = re.compile(r"(?<=[aou])e")
_DIGITS = re.compile(r"[0-9]+")
_LOCAL_SPLIT = re.compile(r"[._\-+]+")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gouv", "ac", "gov", "edu", "qc"})


def skeleton(word: str) -> str:
    """Spelling-tolerant key of a folded word: "mueller" and "muller" give the same key.

    German and Swiss names are written both with umlauts and with their ``ae``/``oe``/``ue``
    transliteration, and folding turns ``ü`` into ``u``; dropping an ``e`` after ``a``/``o``/
    ``u`` on both sides makes the two spellings meet.
    """
    return _UMLAUT_PAIRS.sub("", word)


def _strip_decoration(text: str) -> str:
    text = _PARENS.sub(" ", text)
    return _TAGLINE.sub("", text)


def _comma_parts(text: str) -> tuple[str, str]:
    """Split "Smith, PhD" or "Dupont, Jean" on the first comma into (before, after)."""
    before, _, after = text.partition(",")
    return before, after


def _words(text: str) -> list[str]:
    return [skeleton(w) for w in fold_words(text).split()]


def _is_decoration(words: list[str]) -> bool:
    return bool(words) and all(w in DECORATIONS or len(w) <= 1 for w in words)


@cache
def clean_words(text: str) -> tuple[str, ...]:
    """Folded words of one name field, decorations removed (titles, degrees, emojis, taglines)."""
    text = _strip_decoration(text)
    before, after = _comma_parts(text)
    words = _words(before)
    after_words = _words(after)
    if after_words and not _is_decoration(after_words):
        words += after_words
    kept = tuple(w for w in words if w not in DECORATIONS)
    return kept if kept else tuple(w for w in words if len(w) > 1)


@dataclass(frozen=True, slots=True)
class NameParts:
    """A person's name as folded tokens: given names, last-name core and joined forms."""

    first: tuple[str, ...]
    last_core: tuple[str, ...]
    last_joined: str
    first_joined: str = ""  # given names written together ("jeanpierre")
    last_key: str = ""  # last-name core written together ("berghe" for Van den Berghe)
    words: frozenset[str] = frozenset()  # given-name and last-name core tokens
    variants: frozenset[str] = frozenset()  # the words plus the joined spellings
    #: The given and last names' words in alphabetical order, when both are known ("" else):
    #: two full names a slip of the keyboard apart are compared in this form, in any order.
    spelled: str = ""

    @classmethod
    def build(
        cls, first: tuple[str, ...], last_core: tuple[str, ...], last_joined: str
    ) -> NameParts:
        """Name parts with their derived forms computed once (they are compared often)."""
        words = frozenset(first) | frozenset(last_core)
        first_joined = "".join(first)
        last_key = "".join(last_core)
        variants = words | {w for w in (first_joined, last_joined, last_key) if w}
        spelled = " ".join(sorted(first + last_core)) if first and last_core else ""
        return cls(first, last_core, last_joined, first_joined, last_key, words, variants, spelled)

    @property
    def tokens(self) -> frozenset[str]:
        """All given-name and last-name core tokens."""
        return self.words

    @property
    def is_empty(self) -> bool:
        """True when no usable token is left."""
        return not self.words


EMPTY_NAME = NameParts.build((), (), "")


def _split_last(words: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    core = tuple(w for w in words if w not in PARTICLES)
    if not core:
        core = words
    return core, "".join(words)


def name_parts(first: str, last: str) -> NameParts:
    """Tokens of a name given as separate first and last fields."""
    first_words = clean_words(first)
    last_words = clean_words(last)
    core, joined = _split_last(last_words)
    return NameParts.build(first_words, core, joined)


def _looks_upper(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def display_name_parts(display: str) -> NameParts:
    """Tokens of a one-field name ("Jean-Pierre Dupont", "DUPONT Jean-Pierre", "Dupont, Jean")."""
    if "@" in display:
        return EMPTY_NAME
    text = _strip_decoration(display)
    before, after = _comma_parts(text)
    after_words = _words(after)
    if after_words and not _is_decoration(after_words):
        # "Dupont, Jean-Pierre": the part before the comma is the last name.
        return name_parts(after, before)
    raw = before.split()
    upper = [w for w in raw if _looks_upper(w) and fold_words(w) not in DECORATIONS]
    if upper and len(upper) < len(raw):
        lower = [w for w in raw if w not in upper]
        return name_parts(" ".join(lower), " ".join(upper))
    words = [w for w in raw if fold_words(w) and fold_words(w) not in DECORATIONS]
    if len(words) <= 1:
        return name_parts(" ".join(words), "")
    for index, word in enumerate(words[1:], start=1):
        if fold_words(word) in PARTICLES:
            return name_parts(" ".join(words[:index]), " ".join(words[index:]))
    return name_parts(" ".join(words[:-1]), words[-1])


_TAG_PARTS = re.compile(r"\(([^)]*)\)|\s(?:[|•·]|[-–—])\s(.*)$")


def display_company(display: str) -> str:
    """The company a display name carries ("Jean Dupont - Pixel Bleu", "Jean (Pixel Bleu)")."""
    if "@" in display:
        return ""
    for match in _TAG_PARTS.finditer(display):
        tag = (match.group(1) or match.group(2) or "").strip()
        words = fold_words(tag).split()
        if words and not all(w in DECORATIONS or len(w) <= 1 for w in words):
            return tag
    return ""


def split_email(email: str) -> tuple[str, str] | None:
    """(local part, domain) of a normalised email address, or None."""
    normal = normalize_email(email)
    if normal is None:
        return None
    local, _, domain = normal.partition("@")
    return local, domain


def local_segments(local: str) -> tuple[str, ...]:
    """Folded segments of an email local part, tags and trailing numbers dropped."""
    local = local.split("+", 1)[0]
    segments = [skeleton(fold_words(_DIGITS.sub("", s))) for s in _LOCAL_SPLIT.split(local)]
    return tuple(s.replace(" ", "") for s in segments if s.strip())


def registrable_label(domain: str) -> str:
    """The label naming the organisation: "pixelbleu" for "mail.pixelbleu.co.uk"."""
    labels = [label for label in domain.lower().split(".") if label]
    if len(labels) >= 2:
        labels = labels[:-1]
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1] if labels else ""


@cache
def is_free_mail(domain: str) -> bool:
    """True for free mail providers (gmail.com, orange.fr, bluewin.ch…)."""
    domain = domain.lower()
    return domain in FREE_MAIL_DOMAINS or registrable_label(domain) in FREE_MAIL_BRANDS


def _company_words(text: str) -> list[str]:
    words = fold_words(_PARENS.sub(" ", text)).split()
    words = [w for w in words if w not in LEGAL_FORMS]
    while len(words) > 1 and words[0] in COMPANY_PREFIXES:
        words = words[1:]
    return words


@cache
def company_key(company: str) -> str:
    """Comparable key of a company name: "Agence Pixel Bleu SARL" gives "pixelbleu"."""
    return "".join(_company_words(company))


@cache
def company_acronym(company: str) -> str:
    """Initials of a company's words ("Banque Cantonale Vaudoise" gives "bcv"), or ""."""
    words = [w for w in _company_words(company) if w not in PARTICLES]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


@cache
def domain_key(domain: str) -> str:
    """Comparable key of a mail domain: "agence-pixel-bleu.fr" gives "pixelbleu"."""
    key = company_key(registrable_label(domain).replace("-", " "))
    for prefix in _GLUED_PREFIXES:
        # "studionord.ch": the prefix is glued to the name, so word removal missed it.
        if key.startswith(prefix) and len(key) - len(prefix) >= 4:
            return key[len(prefix) :]
    return key


#: The same table in the spelling-tolerant form names are compared in (see ``skeleton``).
SHORT_GIVEN_NAMES = {
    skeleton(short): frozenset(skeleton(f) for f in full)
    for short, full in _SHORT_GIVEN_NAMES.items()
}


#: The other way round: a given name written out, to its short forms.
GIVEN_NAME_SHORTS: dict[str, frozenset[str]] = {
    full: frozenset(short for short, fulls in SHORT_GIVEN_NAMES.items() if full in fulls)
    for full in {f for fulls in SHORT_GIVEN_NAMES.values() for f in fulls}
}


@cache
def given_name_forms(given: str) -> frozenset[str]:
    """The other ways of writing a given name: its short forms, or the names it is short for."""
    return SHORT_GIVEN_NAMES.get(given, frozenset()) | GIVEN_NAME_SHORTS.get(given, frozenset())


@cache
def usable_emails(emails: tuple[str, ...]) -> tuple[str, ...]:
    """Normalised addresses of a person that are not shared role boxes."""
    found: list[str] = []
    for email in emails:
        normal = normalize_email(email)
        if normal is not None and not is_role_address(normal) and normal not in found:
            found.append(normal)
    return tuple(found)


#: The forms above are computed once per distinct value while a pool of profiles lives: names,
#: employers and domains repeat, and a run reads each person's addresses several times. A
#: fixed-size memory thrashed past its size: with 75,000 people, the second pass over their
#: addresses found every one evicted by the first (twice the work per person at 100,000
#: profiles, not at 30,000).
_CACHED = (
    clean_words,
    is_free_mail,
    company_key,
    company_acronym,
    domain_key,
    given_name_forms,
    usable_emails,
)


def clear_caches() -> None:
    """Forget the cached forms (a new pool of profiles starts afresh: the memory stays the size
    of one network)."""
    for cached in _CACHED:
        cached.cache_clear()

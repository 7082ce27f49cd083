"""Pure text rules: folding for matching, and canonical forms of keys (URLs, emails)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote, unquote, urlsplit

_NON_WORD = re.compile(r"[^0-9a-z]+")
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")

# Letters that NFKD does not decompose into a base letter plus accent.
_SPECIAL = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "þ": "th"}
)


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Lower-case, accent-free form of ``text`` for comparisons (never for display)."""
    if text.isascii():  # nothing to decompose or translate: most names, every address
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 17)
def fold_words(text: str) -> str:
    """``fold`` and keep only ASCII letters and digits, words separated by one space."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def normalize_email(value: str) -> str | None:
    """Canonical form of an email address (trimmed, lower-case), or None if not an address."""
    candidate = value.strip().strip("<>").strip()
    if candidate.lower().startswith("mailto:"):
        candidate = candidate[7:]
    candidate = candidate.lower()
    if not candidate or not _EMAIL.match(candidate):
        return None
    return candidate


_CANONICAL_URL = re.compile(r"^https://www\.linkedin\.com/in/[a-z0-9\-_.~]+$")


@lru_cache(maxsize=1 << 17)
def normalize_linkedin_url(value: str) -> str | None:
    """Canonical ``https://www.linkedin.com/in/<slug>`` of a profile URL, or None.

    Accepts scheme-less URLs (endorsement files), trailing slashes, query strings,
    country sub-domains and percent-encoded or raw non-ASCII slugs; the slug is decoded,
    case-folded and re-encoded so that two spellings of one profile give one key.
    """
    raw = value.strip()
    if _CANONICAL_URL.match(raw):  # the common case, already canonical
        return raw
    if not raw:
        return None
    if "://" not in raw:
        raw = "https://" + raw.lstrip("/")
    try:
        parts = urlsplit(raw)
    except ValueError:  # "[" alone: an IPv6 host that never closes
        return None
    host = parts.netloc.lower()
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or segments[0].lower() not in ("in", "pub"):
        return None
    slug = unquote(segments[1]).casefold()
    if not slug:
        return None
    # Percent-encoded with upper-case hex, as LinkedIn writes it, so the key is a valid URL.
    return "https://www.linkedin.com/in/" + quote(slug, safe="-_.~")


def split_full_name(full: str) -> tuple[str, str]:
    """Split "First Last" into first and last name on the first space (best effort)."""
    parts = full.strip().split(None, 1)
    if not parts:
        return "", ""
    if len(parts) == 1:
        return parts[0], ""
    return parts[0], parts[1]


#: Local parts of shared boxes that belong to a team or a function, never to one person
#: (folded: "équipe" is "equipe").
ROLE_LOCAL_PARTS = frozenset(
    # greetings and general contact
    {"contact", "contacts", "contactez-nous", "info", "infos", "information", "informations"}
    | {"hello", "hi", "hey", "bonjour", "salut", "hola", "hallo", "ciao", "salve", "welcome"}
    | {"bienvenue", "kontakt", "enquiries", "enquiry", "inquiries", "inquiry", "ask"}
    | {"questions", "feedback", "mail", "email", "courriel", "general", "office", "bureau"}
    | {"accueil", "reception", "secretariat", "standard", "direction", "gestion"}
    # the company itself
    | {"agence", "agency", "studio", "atelier", "cabinet", "team", "equipe", "staff", "tous"}
    | {"all", "crew", "nous", "admin", "administration", "administratif"}
    # sales, quotes, clients
    | {"sales", "vente", "ventes", "commercial", "commerciale", "commerciaux", "business"}
    | {"devis", "quote", "quotes", "projets", "projet", "projects", "project", "clients"}
    | {"client", "service", "services", "service-client", "serviceclient", "partenariat"}
    | {"partenariats", "partenaires", "partners", "partnership", "booking", "bookings"}
    | {"reservation", "reservations", "orders", "order", "commandes", "commande", "shop"}
    | {"boutique", "store", "sav", "livraison"}
    # support and technique
    | {"support", "help", "aide", "assistance", "hotline", "helpdesk", "servicedesk", "sysadmin"}
    | {"dev", "tech", "technique", "web", "webmaster", "postmaster", "hostmaster", "root"}
    | {"abuse", "security", "securite", "production", "prod", "digital"}
    # people, jobs, money
    | {"jobs", "job", "emploi", "rh", "hr", "recrutement", "recruiting", "recrute", "careers"}
    | {"career", "talent", "talents", "candidature", "candidatures", "stage", "stages"}
    | {"alternance", "compta", "comptabilite", "accounting", "billing", "facturation"}
    | {"facturare", "factures", "facture", "invoice", "invoices", "finance", "paie", "payroll"}
    | {"achats", "purchasing", "rgpd", "gdpr", "dpo", "privacy", "legal", "juridique"}
    # communication
    | {"press", "presse", "media", "medias", "marketing", "communication", "com", "events"}
    | {"evenements", "newsletter", "news", "notifications", "notification"}
    # robots
    | {"noreply", "no-reply", "donotreply", "do-not-reply", "mailer-daemon", "bounce"}
    | {"bounces"}
)

#: Short segments that qualify a role box without naming a person ("contact-fr", "info.be").
_ROLE_QUALIFIERS = frozenset({"fr", "be", "ch", "lu", "ca", "qc", "ro", "en", "uk", "us", "eu"})


def is_role_address(email: str) -> bool:
    """True for shared boxes (contact@, info@, hello@, no-reply@…) that are not a person.

    Also their variants: "service.client@", "contact-fr@", "info+devis@", "Équipe@".
    """
    local = fold(email.split("@", 1)[0]).split("+", 1)[0]
    # A numbered box ("contact2@", "info-01@") is still a shared box.
    local = local.rstrip("0123456789").rstrip("-_.") or local
    if local in ROLE_LOCAL_PARTS:
        return True
    base = local.replace("_", "-").replace(".", "-")
    if base in ROLE_LOCAL_PARTS or base.startswith(("noreply", "no-reply", "donotreply")):
        return True
    segments = [s for s in base.split("-") if s]
    return (
        len(segments) > 1
        and segments[0] in ROLE_LOCAL_PARTS
        and all(s in ROLE_LOCAL_PARTS or s in _ROLE_QUALIFIERS for s in segments)
    )


def same_person_name(first: str, second: str) -> bool:
    """Whether two ways of writing a name may be the same person (empty: no evidence against).

    Loose on purpose, since one person's cards differ ("JP Dupont", "Dupont Jean-Pierre",
    a married name beside a maiden one): the names match when one's words are all in the
    other, or when they share a word and their first initials agree. "Théo Pons" and
    "Léa Martin", or "Paul Dupont" and "Marie Dupont", are two people.
    """
    words_a, words_b = fold_words(first).split(), fold_words(second).split()
    if not words_a or not words_b:
        return True
    set_a, set_b = set(words_a), set(words_b)
    if set_a <= set_b or set_b <= set_a:
        return True
    return bool(set_a & set_b) and words_a[0][0] == words_b[0][0]


#: Legal forms of companies, folded: dropped before comparing or searching company names.
LEGAL_FORMS = frozenset(
    {"sarl", "sas", "sasu", "eurl", "sa", "sprl", "srl", "srls", "bv", "bvba", "gmbh", "ag"}
    | {"inc", "ltd", "llc", "nv", "scrl", "sc", "snc", "sci", "scop", "ltee", "corp"}
    | {"limited", "gie", "plc", "kg", "sagl"}
)
_WORD = re.compile(r"[\w'’&-]+\.?|\S")


def without_legal_form(company: str) -> str:
    """The company name as written, less its legal form ("Pixel Bleu SARL" → "Pixel Bleu")."""
    words = [w for w in company.replace(",", " ").split() if fold_words(w) not in LEGAL_FORMS]
    return " ".join(words).strip(" ,.-") or company.strip()

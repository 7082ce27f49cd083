"""The likelihood of one person–profile pair: name fit, chance fits, company evidence.

For a person, each candidate profile gets a weight ``T = P(evidence | same human) /
E[profiles fitting by chance]``, where the expected number of chance fits comes from how common
the fitting name parts are among all profiles (a rare full name is strong, "J. Martin" is
weak), multiplied by a company likelihood ratio (email domain, company field or a company in
the display name ~ the profile's company, or ~ one of its earlier companies from the position
history; a known different company counts against). The name evidence of the email side's
name and of its local part is combined ("Denis L." writing from ``lunotard.d@…`` gives the
full name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from linkrevive.domain.text import is_role_address
from linkrevive.matching.evidence import (
    LEVEL_LIKELIHOOD,
    NO_FIT,
    FirstBasis,
    Fit,
    LastBasis,
    NameLevel,
    combine,
    local_fit,
    local_forms,
    may_fit,
    name_fit,
)
from linkrevive.matching.index import ProfileIndex
from linkrevive.matching.normalize import (
    NameParts,
    company_acronym,
    company_key,
    domain_key,
    given_name_forms,
    is_free_mail,
    split_email,
)
from linkrevive.matching.sides import PersonForms, ProfileForms

#: Likelihood that a true pair's email domain (or company) fits the profile's company.
COMPANY_LIKELIHOOD = 0.5
#: Likelihood that a true pair's email domain (or company) fits one of the profile's earlier
#: companies (the app knows them only from earlier exports).
FORMER_LIKELIHOOD = 0.3
#: Likelihood ratio when both companies are known and differ: about the share of people who
#: changed jobs since the address was written (~30 %), against ~1 for somebody else.
COMPANY_MISMATCH = 0.3
#: Share of "same given name at the same company, another last name" that is one person
#: under a married name (the others are colleagues): such pairs rank below namesakes.
OTHER_LAST_LIKELIHOOD = 0.3
#: A name is distinctive when fewer than this many profiles are expected to bear it by chance:
#: then, borne by one contact and not contradicted by the address, it proves the pair without
#: a company. An address book holds about one unconnected contact for three connections, so
#: such a name belongs to an unconnected namesake in fewer than 1 case in 60.
DISTINCT_CHANCE = 0.05
_COMPANY_RATIO = 90.0


@dataclass(frozen=True, slots=True)
class Scored:
    """One candidate profile's weight for a person, with what made it."""

    profile: int
    weight: float
    exact: bool
    fit: Fit
    local_email: str
    local_fit: Fit
    name_level: NameLevel
    company: str  # "domain:<d>", "company", "display-company", "box:<address>",
    # "former-domain:<d>|<name>", "former-company:<name>", "former-box:<address>|<name>",
    # "mismatch" or ""
    chance: float = 1.0  # profiles expected to fit this name by chance
    short_for: str = ""  # the given name a short form on one side stands for ("Fred": Frédéric)
    #: Tied by a company of the profile (now or earlier) and a name beyond the given name:
    #: such records of one profile are addresses of one person, not rivals.
    holds_person: bool = False

    @property
    def tie(self) -> bool:
        """Whether something beyond the name ties the address to the profile: the company
        of the address (or of the card) is the profile's company, now or earlier."""
        return self.company.startswith(TIES)


#: Company evidence that ties a pair beyond the name (see ``Scored.tie``).
TIES = (
    "domain:",
    "company",
    "display-company",
    "box:",
    "former-domain:",
    "former-company:",
    "former-box:",
)


def address_fits_company(address: str, company: str) -> bool:
    """Whether a work address belongs to ``company`` by its domain ("anne@pixel-bleu.fr"
    and "Pixel Bleu SARL"); never for free mail or a role box."""
    parts = split_email(address)
    if not parts or not company.strip() or is_free_mail(parts[1]) or is_role_address(address):
        return False
    return _companies_fit(domain_key(parts[1]), company_key(company), company_acronym(company))


def _companies_fit(left: str, right: str, acronym: str = "") -> bool:
    if not left or not right:
        return False
    if left == right or (acronym and left == acronym):
        return True
    short, long = sorted((left, right), key=len)
    if len(short) >= 6 and long.startswith(short) and len(short) >= 0.6 * len(long):
        return True
    return bool(fuzz.ratio(left, right) >= _COMPANY_RATIO)


class Scorer:
    """Scores one person against candidate profiles."""

    def __init__(self, profiles: Sequence[ProfileForms], index: ProfileIndex) -> None:
        self.profiles = profiles
        self.index = index
        self.forms: list[dict[str, Fit] | None] = [None] * len(profiles)
        self._decides: dict[PersonForms, bool] = {}

    def company(self, person: PersonForms, profile: ProfileForms) -> tuple[float, str]:
        """Likelihood ratio of the company evidence and its code."""
        if not profile.company:
            return 1.0, ""
        share = max(self.index.company_count.get(profile.company, 1), 1) / self.index.size
        ratio = min(COMPANY_LIKELIHOOD / share, 5000.0)
        for domain, key in person.domains:
            if _companies_fit(key, profile.company, profile.acronym):
                return ratio, f"domain:{domain}"
        if person.company and _companies_fit(person.company, profile.company, profile.acronym):
            return ratio, "company"
        if person.display_company and _companies_fit(
            person.display_company, profile.company, profile.acronym
        ):
            return ratio, "display-company"
        for box, key in person.boxes:
            if _companies_fit(key, profile.company, profile.acronym):
                return ratio, f"box:{box}"
        for name, key, acronym in profile.former:
            shared = self.index.company_count.get(key, 0) + self.index.former_count.get(key, 1)
            former = min(FORMER_LIKELIHOOD * self.index.size / max(shared, 1), 5000.0)
            for domain, domain_key_ in person.domains:
                if _companies_fit(domain_key_, key, acronym):
                    return former, f"former-domain:{domain}|{name}"
            if person.company and _companies_fit(person.company, key, acronym):
                return former, f"former-company:{name}"
            for box, box_key in person.boxes:
                if _companies_fit(box_key, key, acronym):
                    return former, f"former-box:{box}|{name}"
        if profile.email:
            parts = split_email(profile.email)
            if parts and any(parts[1] == d for d, _ in person.domains):
                return ratio, f"domain:{parts[1]}"
        if person.domains or person.company:
            return COMPANY_MISMATCH, "mismatch"
        return 1.0, ""

    def name_decides(self, person: PersonForms) -> bool:
        """Whether the person's name, when it fits no profile's, rules the pair out whatever
        the address spells: two name words, or a given name the profiles carry (once per
        person)."""
        found = self._decides.get(person)
        if found is None:
            name = person.name
            found = not name.is_empty and (
                len(set(name.first) | set(name.last_core)) >= 2
                or self.index.is_given_name(name.first)
            )
            self._decides[person] = found
        return found

    def score(self, person: PersonForms, position: int) -> Scored | None:
        """Weight of one candidate for the person, or None when nothing fits."""
        profile = self.profiles[position]
        if profile.email is not None and profile.email in person.emails:
            return Scored(position, float("inf"), True, NO_FIT, "", NO_FIT, NameLevel.FULL, "")
        if (
            self.name_decides(person)
            and not may_fit(person.name, profile.name)
            and _short_form_alias(person.name, profile.name) is None
            and not (person.locals and is_slip(person.name, profile.name))
        ):
            # The card's name and the profile's share nothing a fit needs, and neither a short
            # form nor a slip of the keyboard joins them: the rule below rejects the pair, the
            # same answer without the fit's levels.
            return None
        fit = name_fit(person.name, profile.name)
        if fit.level == NameLevel.FUZZY and self.index.is_known_name(person.name, profile.name):
            fit = NO_FIT
        short_for = ""
        if fit.level < NameLevel.COMPOUND:
            alias = _short_form_alias(person.name, profile.name)
            if alias is not None:
                aliased = name_fit(alias[0], profile.name)
                if aliased.level > fit.level and not aliased.other_last:
                    # A short form is a little weaker than the given name written out.
                    level = min(aliased.level, NameLevel.COMPOUND)
                    fit = Fit(level, FirstBasis.HEAD, aliased.last, aliased.swapped)
                    short_for = alias[1]
        slip = False
        if fit.level == NameLevel.NONE and self.name_decides(person):
            # The email side has a name and it is not this one: the local part alone must
            # not override it ("Paul Durand" writing from mdupont@… is somebody's assistant),
            # unless the card's name is a slip of the keyboard away from the profile's and the
            # address spells the profile's name ("Émilue Claes" writing from emilie_claes@…).
            slip = bool(person.locals) and is_slip(person.name, profile.name)
            if not slip or self.index.is_known_name(person.name, profile.name):
                return None
        local_email = ""
        best_local = NO_FIT
        if person.locals:
            forms = self.forms[position]
            if forms is None:
                forms = self.forms[position] = local_forms(profile.name)
            for email, segments in person.locals:
                candidate = local_fit(segments, profile.name, forms)
                if candidate.level > best_local.level:
                    best_local, local_email = candidate, email
        if slip:
            if best_local.level < NameLevel.COMPOUND:
                return None
            fit = Fit(NameLevel.FUZZY, FirstBasis.FULL, LastBasis.KEY)
        best = combine(fit, best_local)
        if best.level == NameLevel.NONE:
            return None
        ratio, code = self.company(person, profile)
        chance = self.index.chance(profile, best)
        weight = LEVEL_LIKELIHOOD[best.level] / chance * ratio
        if fit.other_last:
            weight *= OTHER_LAST_LIKELIHOOD
        if best.level == NameLevel.FIRST and not code.startswith(TIES):
            return None
        holds = code.startswith(TIES) and best.level >= NameLevel.INITIAL and not fit.other_last
        return Scored(
            position, weight, False, fit, local_email, best_local, best.level, code, chance,
            short_for, holds,
        )  # fmt: skip


def _short_form_alias(person: NameParts, profile: NameParts) -> tuple[NameParts, str] | None:
    """The person's name with the profile's given name when one is a short form of the other
    ("Fred Dupont" and "Frédéric Dupont"), and the given name written out; else None."""
    if not person.first or not profile.first:
        return None
    mine = person.first_joined
    forms = given_name_forms(mine)
    if profile.first_joined in forms:
        alias = NameParts.build(profile.first, person.last_core, person.last_joined)
        return alias, max(mine, profile.first_joined, key=len)
    if len(profile.first) >= 2 and profile.first[0] in forms:
        # A middle name beside the short form ("Alex Paul" for Alexandre).
        alias = NameParts.build(profile.first[:1], person.last_core, person.last_joined)
        return alias, max(mine, profile.first[0], key=len)
    if len(profile.last_core) == 1 and profile.last_core[0] in forms:
        # The profile's fields typed the wrong way round ("Toudessardaux | Tom" for Thomas).
        alias = NameParts.build(profile.last_core, person.last_core, person.last_joined)
        return alias, max(mine, profile.last_core[0], key=len)
    return None


#: A card's full name this many edits from the profile's is a slip of the keyboard.
_SLIP_EDITS = 2
_SLIP_MIN_LENGTH = 8


def is_slip(person: NameParts, profile: NameParts) -> bool:
    """Whether two full names differ by a slip of the keyboard or two ("Jean-Françosi" for
    Jean-François, "Émilue" for Émilie), in whichever order their words come."""
    mine, theirs = person.spelled, profile.spelled
    return (
        min(len(mine), len(theirs)) >= _SLIP_MIN_LENGTH
        and OSA.distance(mine, theirs, score_cutoff=_SLIP_EDITS) <= _SLIP_EDITS
    )


def consistent(person: PersonForms, item: Scored) -> bool:
    """Whether the person's address agrees with the profile's name: it spells it, or it says
    nothing of a name (a pseudonym, a given name alone); never one spelling another name."""
    if item.local_fit.level >= NameLevel.INITIAL:
        return True
    return all(len([s for s in segments if len(s) > 1]) < 2 for _, segments in person.locals)

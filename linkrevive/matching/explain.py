"""The evidence of a proposed pair as items ``{"code": ..., **params}`` (see
``linkrevive.domain.phrases.EVIDENCE``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from linkrevive.domain.text import fold, fold_words
from linkrevive.matching.evidence import Fit, NameLevel
from linkrevive.matching.model import ProfileSide
from linkrevive.matching.normalize import given_name_forms, skeleton
from linkrevive.matching.scoring import Scored
from linkrevive.matching.sides import PersonForms, ProfileForms


def _display(profile: ProfileSide) -> str:
    return " ".join(p.strip() for p in (profile.first_name, profile.last_name) if p.strip())


def _has_accents(text: str) -> bool:
    return fold(text) != text.casefold()


def _name_item(person: PersonForms, profile: ProfileForms, fit: Fit) -> dict[str, Any]:
    shown = _display(profile.side)
    raw = person.side.display_name or f"{person.side.first_name} {person.side.last_name}"
    if fit.level == NameLevel.FULL:
        item: dict[str, Any] = {"code": "same_name"}
        accented = _has_accents(raw) or _has_accents(shown)
        if accented and set(raw.casefold().split()) != set(shown.casefold().split()):
            item["code"] = "same_name_without_accents"
        if fit.swapped:
            item["swapped"] = True
        if profile.decorated:
            item["decorated"] = shown
        return item
    if fit.level == NameLevel.COMPOUND:
        return {"code": "name_compound", "name": shown}
    if fit.level == NameLevel.FUZZY:
        return {"code": "name_close", "name": shown}
    if fit.level == NameLevel.INITIAL:
        return {"code": "same_last_name_initial", "name": shown}
    if fit.level == NameLevel.LAST:
        return {"code": "same_last_name", "name": shown}
    return {"code": "same_first_name", "name": shown}


def evidence_items(
    person: PersonForms,
    profile: ProfileForms,
    item: Scored,
    rivals: float,
    doubt: str = "",
    auto: bool = False,
    sole_bearer: bool = False,
) -> tuple[Mapping[str, Any], ...]:
    """The evidence of a pair as items ``{"code": ..., **params}`` (see ``phrases.EVIDENCE``).

    ``doubt`` is the code that says why the pair is not proven ("" when it is); ``auto``
    says the pair is automatic (only then may a rare name be its proof); ``sole_bearer``
    says the profile's last name is borne by nobody else at the address's company.
    """
    if item.exact:
        return ({"code": "same_email"},)
    lines: list[Mapping[str, Any]] = []
    if item.fit.other_last:
        lines.append({"code": "other_last_name", "company": profile.side.company.strip()})
    elif item.fit.level != NameLevel.NONE:
        lines.append(_name_item(person, profile, item.fit))
    if item.short_for:
        lines.append({"code": "short_given_name", "name": _short_form(profile.side, item)})
    local_level = item.local_fit.level
    if local_level != NameLevel.NONE and (
        local_level >= item.fit.level or item.name_level > item.fit.level
    ):
        local = item.local_email.split("@", 1)[0]
        lines.append({"code": "email_fits_name", "local": local, "name": _display(profile.side)})
    company = profile.side.company.strip()
    if item.company.startswith("domain:"):
        domain = item.company.split(":", 1)[1]
        lines.append({"code": "domain_company", "domain": domain, "company": company})
    elif item.company == "company":
        lines.append(
            {
                "code": "company_company",
                "company": person.side.company.strip(),
                "linkedin_company": company,
            }
        )
    elif item.company == "display-company":
        lines.append({"code": "display_name_company", "company": company})
    elif item.company.startswith("box:"):
        box = item.company.split(":", 1)[1]
        lines.append({"code": "box_company", "email": box, "company": company})
    elif item.company.startswith("former-box:"):
        box, _, name = item.company.split(":", 1)[1].partition("|")
        lines.append({"code": "box_former_company", "email": box, "company": name})
    elif item.company.startswith("former-domain:"):
        domain, _, name = item.company.split(":", 1)[1].partition("|")
        lines.append({"code": "domain_former_company", "domain": domain, "company": name})
    elif item.company.startswith("former-company:"):
        name = item.company.split(":", 1)[1]
        lines.append(
            {
                "code": "company_former_company",
                "company": person.side.company.strip(),
                "former_company": name,
            }
        )
    elif item.company == "mismatch" and doubt == "namesake_risk":
        lines.append({"code": "namesake_risk", "company": _person_company(person)})
    elif item.company == "mismatch":
        lines.append({"code": "different_company", "company": company})
    if sole_bearer:
        last = profile.side.last_name.strip()
        lines.append({"code": "sole_last_name_at_company", "name": last})
    if person.free_domains and not item.company.startswith("domain:"):
        lines.append({"code": "free_mail", "domain": person.free_domains[0]})
    if doubt in ("common_name", "namesakes_among_contacts"):
        lines.append({"code": doubt})
    elif auto and not item.tie:
        lines.append({"code": "distinctive_name"})
    if rivals > item.weight * 0.01:
        lines.append({"code": "other_profiles_fit"})
    return tuple(lines)


def _short_form(profile: ProfileSide, item: Scored) -> str:
    """The word of the profile's name that is a form of the person's given name ("Alex" in
    "Alex Paul", or in a last-name field typed the wrong way round)."""
    forms = given_name_forms(skeleton(item.short_for)) | {item.short_for}
    for word in f"{profile.first_name} {profile.last_name}".split():
        if skeleton(fold_words(word)) in forms:
            return word
    return profile.first_name.strip()


def _person_company(person: PersonForms) -> str:
    """The company the email side names: the card's company, else the address's domain."""
    if person.side.company.strip():
        return person.side.company.strip()
    return person.domains[0][0] if person.domains else ""

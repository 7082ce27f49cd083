"""Readable sentences of the product's own content, in French and English.

Signal details, why-now reasons and openers are content the user copies or shares, in the
language of the prospect, whatever the UI language; so they live here as data keyed by code.
The matcher's evidence for a pair is stored as codes with parameters and read in either
language (``evidence_text``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from linkrevive.domain.enums import SignalKind, Stage, StallReason

LANGS = ("en", "fr")

STAGE_LABELS: dict[str, dict[Stage, str]] = {
    "en": {
        Stage.FIRST_CONTACT: "First contact",
        Stage.INFO_SENT: "Info sent",
        Stage.CALL_AGREED: "Call agreed",
        Stage.CALL_POSTPONED: "Call postponed",
        Stage.TEST_PROJECT: "Test project",
        Stage.VISIT: "Visit",
        Stage.CLIENT: "Client",
        Stage.LOST: "Lost",
    },
    "fr": {
        Stage.FIRST_CONTACT: "Premier contact",
        Stage.INFO_SENT: "Infos envoyées",
        Stage.CALL_AGREED: "Appel convenu",
        Stage.CALL_POSTPONED: "Appel reporté",
        Stage.TEST_PROJECT: "Test",
        Stage.VISIT: "Visite",
        Stage.CLIENT: "Client",
        Stage.LOST: "Perdu",
    },
}

STALL_LABELS: dict[str, dict[StallReason, str]] = {
    "en": {
        StallReason.NO_TIME: "No time",
        StallReason.NO_METHOD: "No method",
        StallReason.CONFIDENTIALITY: "Confidentiality",
        StallReason.DISTANCE: "Distance",
        StallReason.UNCERTAINTY: "Uncertain market",
        StallReason.NO_NEED: "No immediate need",
        StallReason.OTHER: "Other",
    },
    "fr": {
        StallReason.NO_TIME: "Manque de temps",
        StallReason.NO_METHOD: "Pas de méthode",
        StallReason.CONFIDENTIALITY: "Confidentialité",
        StallReason.DISTANCE: "Distance",
        StallReason.UNCERTAINTY: "Incertitude",
        StallReason.NO_NEED: "Pas de besoin immédiat",
        StallReason.OTHER: "Autre",
    },
}

#: Sections of the morning list (codes of ``revival.candidates.SECTIONS``), as the export
#: names them.
SECTION_LABELS: dict[str, dict[str, str]] = {
    "en": {"fresh": "Fresh sign", "due": "Due for a revisit", "network": "New in your network"},
    "fr": {"fresh": "Signe récent", "due": "À relancer", "network": "Nouveau dans votre réseau"},
}

_SIGNAL_DETAILS: dict[str, dict[SignalKind, str]] = {
    "en": {
        SignalKind.JOB_CHANGE: "Moved from {old_company} to {new_company}{as_position}",
        SignalKind.TITLE_CHANGE: "New title at {company}: {new_position} (was {old_position})",
        SignalKind.RECONNECTED: "Connected again on {connected_on}",
        SignalKind.LINKEDIN_MESSAGE: "Sent you a LinkedIn message{about}",
        SignalKind.LINKEDIN_INVITATION: "Invited you to connect on LinkedIn{with_note}",
        SignalKind.EMAIL_INBOUND: "Wrote to you by email{about}",
        SignalKind.MANUAL: "{note}",
    },
    "fr": {
        SignalKind.JOB_CHANGE: "Est passé·e de {old_company} à {new_company}{as_position}",
        SignalKind.TITLE_CHANGE: (
            "Nouveau poste chez {company} : {new_position} (avant : {old_position})"
        ),
        SignalKind.RECONNECTED: "Nouvelle connexion le {connected_on}",
        SignalKind.LINKEDIN_MESSAGE: "Vous a écrit sur LinkedIn{about}",
        SignalKind.LINKEDIN_INVITATION: "Vous a invité·e à vous connecter sur LinkedIn{with_note}",
        SignalKind.EMAIL_INBOUND: "Vous a écrit par e-mail{about}",
        SignalKind.MANUAL: "{note}",
    },
}


#: Changes between two LinkedIn exports whose params carry both export dates
#: (``earlier_export``, ``later_export``, ISO): the text says the span between them.
_SPANNED_DETAILS: dict[str, dict[SignalKind, str]] = {
    "en": {
        SignalKind.JOB_CHANGE: "New job between {span}: {job}",
        SignalKind.TITLE_CHANGE: (
            "New title at {company} between {span}: {new_position}{was_position}"
        ),
        SignalKind.RECONNECTED: "Connected again between {span}{on_day}",
    },
    "fr": {
        SignalKind.JOB_CHANGE: "Nouvel emploi entre {span} : {job}",
        SignalKind.TITLE_CHANGE: (
            "Nouveau poste chez {company} entre {span} : {new_position}{was_position}"
        ),
        SignalKind.RECONNECTED: "Nouvelle connexion entre {span}{on_day}",
    },
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}  # fmt: skip


def _day_text(day: date, lang: str) -> str:
    """``1 March 2026`` / ``1er mars 2026``."""
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {MONTHS[lang][day.month - 1]} {day.year}"


def span_text(earlier: date, later: date, lang: str = "en") -> str:
    """The two ends of a span for "between … and …": months, or days within one month
    (``June 2023 and November 2026``, ``3 and 15 March 2026``; ``juin 2023 et novembre
    2026``, ``le 3 et le 15 mars 2026``)."""
    lang = "fr" if lang == "fr" else "en"
    if (earlier.year, earlier.month) == (later.year, later.month):
        month = f"{MONTHS[lang][later.month - 1]} {later.year}"
        if lang == "fr":
            return f"le {_day_text(earlier, lang).split()[0]} et le {later.day} {month}"
        return f"{earlier.day} and {later.day} {month}"
    first = f"{MONTHS[lang][earlier.month - 1]} {earlier.year}"
    last = f"{MONTHS[lang][later.month - 1]} {later.year}"
    return f"{first} et {last}" if lang == "fr" else f"{first} and {last}"


def _export_span(params: Mapping[str, Any]) -> tuple[date, date] | None:
    """The earlier and later export dates of a change, when its params carry them."""
    try:
        earlier = date.fromisoformat(str(params["earlier_export"]))
        later = date.fromisoformat(str(params["later_export"]))
    except (KeyError, ValueError):
        return None
    return (earlier, later) if earlier < later else None


def _job_text(params: Mapping[str, Any], lang: str) -> str:
    """What the new job is: moved from one company to another, or a job where none was."""
    old = str(params.get("old_company") or "").strip()
    new = str(params.get("new_company") or "").strip()
    position = str(params.get("position") or "").strip()
    if lang == "fr":
        if old and new:
            return f"est passé·e de {old} à {new}" + (f" comme {position}" if position else "")
        if new:
            return f"{position} chez {new}" if position else f"désormais chez {new}"
        return position
    if old and new:
        return f"moved from {old} to {new}" + (f" as {position}" if position else "")
    if new:
        return f"{position} at {new}" if position else f"now at {new}"
    return position


class _Defaults(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def signal_detail(kind: SignalKind, params: dict[str, Any], lang: str = "en") -> str:
    """One readable line describing a signal, in ``lang`` (``en`` or ``fr``).

    A change between two LinkedIn exports says the span between them ("New job between
    June 2023 and November 2026: …") when its params carry both export dates.
    """
    lang = "fr" if lang == "fr" else "en"
    values = _Defaults(params)
    position = str(params.get("position") or "")
    subject = str(params.get("subject") or "").strip()
    note = str(params.get("message") or "").strip()
    if lang == "fr":
        values["as_position"] = f" comme {position}" if position else ""
        values["about"] = f" : « {subject} »" if subject else ""
        values["with_note"] = f" : « {note} »" if note else ""
    else:
        values["as_position"] = f" as {position}" if position else ""
        values["about"] = f": “{subject}”" if subject else ""
        values["with_note"] = f": “{note}”" if note else ""
    span = _export_span(params) if kind in _SPANNED_DETAILS[lang] else None
    if span is not None:
        values["span"] = span_text(*span, lang)
        values["job"] = _job_text(params, lang)
        old_position = str(params.get("old_position") or "").strip()
        if old_position:
            was = " (avant : {})" if lang == "fr" else " (was {})"
            values["was_position"] = was.format(old_position)
        connected = params.get("connected_on")
        if connected:
            on_day = _day_text(date.fromisoformat(str(connected)), lang)
            values["on_day"] = f" (le {on_day})" if lang == "fr" else f" (on {on_day})"
        return _SPANNED_DETAILS[lang][kind].format_map(values)
    if kind is SignalKind.JOB_CHANGE and not str(params.get("old_company") or "").strip():
        new = str(params.get("new_company") or "").strip()
        now = (f"Maintenant chez {new}" if lang == "fr" else f"Now at {new}") if new else ""
        return (now + str(values["as_position"])).strip()
    template = _SIGNAL_DETAILS[lang][kind]
    return template.format_map(values)


#: Evidence of a pairing (SPEC §4), by language and code; an item is ``{"code": ..., **params}``.
#: ``{swapped_note}`` and ``{decorations_note}`` are filled from the ``swapped`` (bool) and
#: ``decorated`` (the decorated LinkedIn name) params, see ``_EVIDENCE_NOTES``.
EVIDENCE: dict[str, dict[str, str]] = {
    "en": {
        "same_email": "same email",
        "same_name": "same name{swapped_note}{decorations_note}",
        "same_name_without_accents": (
            "name matches after removing accents{swapped_note}{decorations_note}"
        ),
        "name_compound": "name fits {name} (compound or middle name, or initials)",
        "name_close": "name is close to {name} (one spelling differs)",
        "same_last_name_initial": "same last name as {name}, same first initial",
        "same_last_name": "same last name as {name}; no first name on the email side",
        "same_first_name": "same first name as {name}; no last name on the email side",
        "email_fits_name": "email {local}@… fits the name {name}",
        "domain_company": "email domain {domain} ~ company {company}",
        "company_company": "company {company} ~ {linkedin_company} on LinkedIn",
        "display_name_company": "company in the display name ~ {company} on LinkedIn",
        "box_company": "the card also holds {email}, a shared address of {company}",
        "box_former_company": (
            "the card also holds {email}, a shared address of former company {company} "
            "(position history)"
        ),
        "domain_former_company": (
            "email domain {domain} ~ former company {company} (position history)"
        ),
        "company_former_company": "company {company} ~ former company {former_company}",
        "different_company": (
            "works at {company} on LinkedIn: a different company (may have changed jobs)"
        ),
        "free_mail": "free-mail address ({domain}): no company evidence",
        "namesake_risk": "same name, but never at {company} on LinkedIn — may be a namesake",
        "common_name": "a common name, and nothing else ties them: check before pairing",
        "namesakes_among_contacts": "other contacts bear the same name",
        "distinctive_name": "a rare name, borne by no other contact",
        "rare_name_sole_fit": (
            "a rare name: no other LinkedIn profile fits this contact, and no other contact "
            "fits this profile"
        ),
        "full_name_sole_fit": (
            "the address spells the full name, which no other LinkedIn profile and no other "
            "contact bears"
        ),
        "initial_sole_fit": (
            "the address spells the initial and a last name no other LinkedIn profile bears, "
            "and no other contact fits this profile"
        ),
        "other_last_name": (
            "same given name at {company}, another last name: a married name, or a colleague?"
        ),
        "short_given_name": "given name written as a short form ({name} on LinkedIn)",
        "profile_paired_elsewhere": (
            "this profile is already paired through {email}: another address of the same person?"
        ),
        "same_person_other_address": (
            "another address of the person paired through {email} (both at the profile's companies)"
        ),
        "same_rare_name_other_address": (
            "another address of the person paired through {email}: the same rare name, borne "
            "by no other contact"
        ),
        "sole_last_name_at_company": (
            "nobody else named {name} at that company, on LinkedIn or among the contacts"
        ),
        "other_profiles_fit": "other LinkedIn profiles fit this contact too",
        "user_decided": "decided by the user",
        "text": "{text}",
    },
    "fr": {
        "same_email": "même adresse e-mail",
        "same_name": "même nom{swapped_note}{decorations_note}",
        "same_name_without_accents": (
            "le nom correspond une fois les accents retirés{swapped_note}{decorations_note}"
        ),
        "name_compound": "le nom correspond à {name} (nom composé, deuxième prénom ou initiales)",
        "name_close": "le nom est proche de {name} (une différence d'orthographe)",
        "same_last_name_initial": "même nom de famille que {name}, même initiale du prénom",
        "same_last_name": "même nom de famille que {name} ; pas de prénom côté e-mail",
        "same_first_name": "même prénom que {name} ; pas de nom de famille côté e-mail",
        "email_fits_name": "l'adresse {local}@… correspond au nom {name}",
        "domain_company": "le domaine {domain} ~ l'entreprise {company}",
        "company_company": "l'entreprise {company} ~ {linkedin_company} sur LinkedIn",
        "display_name_company": (
            "l'entreprise indiquée dans le nom affiché ~ {company} sur LinkedIn"
        ),
        "box_company": "la fiche contient aussi {email}, une adresse partagée de {company}",
        "box_former_company": (
            "la fiche contient aussi {email}, une adresse partagée de l'ancienne entreprise "
            "{company} (historique des postes)"
        ),
        "domain_former_company": (
            "le domaine {domain} ~ l'ancienne entreprise {company} (historique des postes)"
        ),
        "company_former_company": "l'entreprise {company} ~ l'ancienne entreprise {former_company}",
        "different_company": (
            "travaille chez {company} selon LinkedIn : une autre entreprise "
            "(a peut-être changé d'emploi)"
        ),
        "free_mail": "adresse de messagerie gratuite ({domain}) : pas d'indice sur l'entreprise",
        "namesake_risk": (
            "même nom, mais jamais chez {company} selon LinkedIn — peut-être un homonyme"
        ),
        "common_name": "un nom courant, et rien d'autre ne les relie : à vérifier",
        "namesakes_among_contacts": "d'autres contacts portent le même nom",
        "distinctive_name": "un nom rare, porté par aucun autre contact",
        "rare_name_sole_fit": (
            "un nom rare : aucun autre profil LinkedIn ne correspond à ce contact, et aucun "
            "autre contact à ce profil"
        ),
        "full_name_sole_fit": (
            "l'adresse écrit le nom complet, que ne porte aucun autre profil LinkedIn ni aucun "
            "autre contact"
        ),
        "initial_sole_fit": (
            "l'adresse écrit l'initiale et un nom de famille qu'aucun autre profil LinkedIn ne "
            "porte, et aucun autre contact ne correspond à ce profil"
        ),
        "other_last_name": (
            "même prénom chez {company}, autre nom de famille : nom d'épouse, ou un collègue ?"
        ),
        "short_given_name": "prénom sous une forme courte ({name} sur LinkedIn)",
        "profile_paired_elsewhere": (
            "ce profil est déjà associé à {email} : une autre adresse de la même personne ?"
        ),
        "same_person_other_address": (
            "une autre adresse de la personne associée à {email} (toutes deux chez les "
            "entreprises du profil)"
        ),
        "same_rare_name_other_address": (
            "une autre adresse de la personne associée à {email} : le même nom rare, porté par "
            "aucun autre contact"
        ),
        "sole_last_name_at_company": (
            "personne d'autre ne s'appelle {name} dans cette entreprise, ni sur LinkedIn ni "
            "parmi les contacts"
        ),
        "other_profiles_fit": "d'autres profils LinkedIn correspondent aussi à ce contact",
        "user_decided": "décidé par l'utilisateur",
        "text": "{text}",
    },
}

_EVIDENCE_NOTES: dict[str, dict[str, str]] = {
    "en": {
        "swapped": " (first and last name swapped)",
        "decorated": ", ignoring the decorations in “{decorated}”",
    },
    "fr": {
        "swapped": " (prénom et nom inversés)",
        "decorated": ", sans tenir compte des mentions ajoutées à « {decorated} »",
    },
}


def evidence_text(item: Mapping[str, Any], lang: str = "en") -> str:
    """One readable line of pairing evidence, in ``lang`` (``en`` or ``fr``).

    ``item`` is ``{"code": ..., **params}``; an unknown code reads as its ``text`` param, or
    as the code itself.
    """
    templates = EVIDENCE.get(lang, EVIDENCE["en"])
    notes = _EVIDENCE_NOTES.get(lang, _EVIDENCE_NOTES["en"])
    code = str(item.get("code") or "")
    template = templates.get(code)
    if template is None:
        return str(item.get("text") or code)
    values = _Defaults(item)
    values["swapped_note"] = notes["swapped"] if item.get("swapped") else ""
    decorated = str(item.get("decorated") or "")
    values["decorations_note"] = notes["decorated"].format(decorated=decorated) if decorated else ""
    return template.format_map(values)

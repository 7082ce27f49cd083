"""Readable sentences of the product's own content, in French and English.

Signal details, why-now reasons and openers are content the user copies or shares, in the
language of the prospect, whatever the UI language; so they live here as data keyed by code.
"""

from __future__ import annotations

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


class _Defaults(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def signal_detail(kind: SignalKind, params: dict[str, Any], lang: str = "en") -> str:
    """One readable line describing a signal, in ``lang`` (``en`` or ``fr``)."""
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
    template = _SIGNAL_DETAILS.get(lang, _SIGNAL_DETAILS["en"])[kind]
    return template.format_map(values)

"""Readable lines of the revival list: why-now reasons and suggested openers, fr and en.

Reason params (all JSON-ready):

- ``signal``: ``kind``, ``date`` (ISO), ``days_ago``, ``detail`` (the signal's params),
  ``unanswered`` (the prospect wrote and the user has not answered).
- ``wrote_again``: ``channel`` (``email``/``linkedin``), ``date``, ``days_ago``,
  ``silent_since`` (ISO date of the last exchange before).
- ``company_contact``: ``name``, ``company``, ``others`` (more contacts there).
- ``stalled``: ``stage``, ``stall_reason`` (values or None), ``year`` (or None).
- ``revisit_due``: ``stall_reason`` (value or ``unknown``), ``window_months``,
  ``silent_months`` (dormancy threshold + window), ``ended`` (a message of the prospect's
  ended that silence: the revisit was due before it).
- ``dormant``: ``since``, ``until`` (ISO dates), ``days``, ``ended`` (the prospect wrote
  on ``until``: the silence is over, not running still).
- ``depth``: ``count``, ``first_year``, ``last_year``, ``emails_only``, ``both_ways``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

import linkrevive.revival.candidates as codes
from linkrevive.domain.enums import SignalKind, Stage, StallReason
from linkrevive.domain.phrases import STAGE_LABELS, STALL_LABELS, signal_detail
from linkrevive.revival.candidates import Candidate, Reason
from linkrevive.revival.periods import ago_text, duration_text

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}


def _lang(lang: str) -> str:
    return "fr" if lang == "fr" else "en"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# A few dozen distinct (value, language) pairs, asked for thousands of times a morning.
@lru_cache(maxsize=256)
def _stage_label(value: str | None, lang: str) -> str:
    if not value:
        return ""
    try:
        return _lower_first(STAGE_LABELS[lang][Stage(value)])
    except ValueError:
        return value


@lru_cache(maxsize=256)
def _stall_label(value: str | None, lang: str) -> str:
    if not value or value == "unknown":
        return ""
    try:
        return _lower_first(STALL_LABELS[lang][StallReason(value)])
    except ValueError:
        return value


def _month_year(iso: str, lang: str) -> str:
    day = date.fromisoformat(iso)
    return f"{_MONTHS[lang][day.month - 1]} {day.year}"


_KINDS = {kind.value: kind for kind in SignalKind}


def signal_sentence(kind: SignalKind, detail: Mapping[str, Any], lang: str = "en") -> str:
    """What a signal says, in ``lang``: the one sentence the list, the export and the
    detail pane all show for it (without its date)."""
    lang = _lang(lang)
    detail = dict(detail)
    box = str(detail.get("shared_box") or "").strip()
    if kind is SignalKind.EMAIL_INBOUND and box:
        # The company's shared box wrote, not the person: said as such.
        if lang == "fr":
            return f"La boîte partagée de sa société ({box}) vous a écrit par e-mail"
        return f"Their company's shared box ({box}) wrote to you by email"
    if (
        kind is SignalKind.JOB_CHANGE
        and not str(detail.get("old_company") or "").strip()
        and "later_export" not in detail  # dated by two exports: the detail says the span
    ):
        new = str(detail.get("new_company") or "").strip()
        text = f"Maintenant chez {new}" if lang == "fr" else f"Now at {new}"
        position = str(detail.get("position") or "").strip()
        if position:
            text += f" comme {position}" if lang == "fr" else f" as {position}"
    else:
        text = signal_detail(kind, detail, lang).strip()
    if not text:
        text = "Note" if lang == "fr" else "Noted"
    return text


def _signal_line(params: Mapping[str, Any], lang: str) -> str:
    value = str(params["kind"])
    kind = _KINDS.get(value) or SignalKind(value)  # an unknown kind raises as it always did
    text = signal_sentence(kind, params.get("detail") or {}, lang)
    text += ", " + ago_text(int(params.get("days_ago", 0)), lang)
    if params.get("unanswered"):
        text += " — sans réponse pour l'instant" if lang == "fr" else " — not answered yet"
    return text


def _wrote_again_line(params: Mapping[str, Any], lang: str) -> str:
    silence = duration_text(
        date.fromisoformat(str(params["silent_since"])),
        date.fromisoformat(str(params["date"])),
        lang,
    )
    ago = ago_text(int(params.get("days_ago", 0)), lang)
    linkedin = params.get("channel") == "linkedin"
    if lang == "fr":
        via = "sur LinkedIn" if linkedin else "par e-mail"
        return (
            f"Vous a réécrit {via} après {silence} de silence, {ago} — sans réponse pour l'instant"
        )
    via = "on LinkedIn" if linkedin else "by email"
    return f"Wrote to you again {via} after {silence} of silence, {ago} — not answered yet"


def _company_line(params: Mapping[str, Any], lang: str) -> str:
    name, company, others = params["name"], params["company"], int(params.get("others", 0))
    if lang == "fr":
        text = f"{name}, désormais chez {company}, peut vous rouvrir la porte"
        return text + (f" (et {others} autre{'s' if others > 1 else ''})" if others else "")
    text = f"{name}, now at {company}, may be a way back in"
    return text + (f" (and {others} other{'s' if others > 1 else ''})" if others else "")


def _stalled_line(params: Mapping[str, Any], lang: str) -> str:
    stage = params.get("stage")
    year = params.get("year")
    reason = _stall_label(params.get("stall_reason"), lang)
    when_fr = f" en {year}" if year else ""
    when_en = f" in {year}" if year else ""
    if lang == "fr":
        if stage == Stage.LOST.value:
            text = f"Perdu{when_fr}"
        elif stage:
            text = f"Bloqué{when_fr} à l'étape {_stage_label(stage, lang)}"
        else:
            text = f"Bloqué{when_fr}"
        return text + (f" — raison : {reason}" if reason else "")
    if stage == Stage.LOST.value:
        text = f"Lost{when_en}"
    elif stage:
        text = f"Stalled{when_en} at {_stage_label(stage, lang)}"
    else:
        text = f"Stalled{when_en}"
    return text + (f" — reason: {reason}" if reason else "")


def _revisit_line(params: Mapping[str, Any], lang: str) -> str:
    months = int(params.get("silent_months", params["window_months"]))
    reason = _stall_label(params.get("stall_reason"), lang)
    # A message of theirs ended the silence: "silent for over N months" would be false now
    # (the silence's two ends are the dormant reason's line).
    if params.get("ended"):
        if lang == "fr":
            return "Était à relancer avant ce message" + (f" ({reason})" if reason else "")
        return "Was due for a revisit before this message" + (f" ({reason})" if reason else "")
    if lang == "fr":
        about = f"{reason} : " if reason else ""
        return f"À relancer ({about}plus de {months} mois sans nouvelles)"
    about = f"{reason}: " if reason else ""
    return f"Due for a revisit ({about}silent for over {months} months)"


def _dormant_line(params: Mapping[str, Any], lang: str) -> str:
    since = str(params["since"])
    length = duration_text(
        date.fromisoformat(since), date.fromisoformat(str(params["until"])), lang
    )
    if params.get("ended"):  # a message of theirs ended it: "no news since" would be false
        until = str(params["until"])
        if lang == "fr":
            return f"Silence de {_month_year(since, lang)} à {_month_year(until, lang)} ({length})"
        return f"Silence from {_month_year(since, lang)} to {_month_year(until, lang)} ({length})"
    if lang == "fr":
        return f"Sans nouvelles depuis {_month_year(since, lang)} ({length})"
    return f"No news since {_month_year(since, lang)} ({length})"


def _depth_line(params: Mapping[str, Any], lang: str) -> str:
    count = int(params["count"])
    first, last = params.get("first_year"), params.get("last_year")
    emails = bool(params.get("emails_only"))
    both = bool(params.get("both_ways"))
    if lang == "fr":
        noun = (
            ("e-mail échangé" if count == 1 else "e-mails échangés")
            if emails
            else ("échange" if count == 1 else "échanges")
        )
        span = f"en {first}" if first == last else f"entre {first} et {last}"
        return f"{count} {noun} {span}" + (" dans les deux sens" if both else "")
    noun = (
        ("email exchanged" if count == 1 else "emails exchanged")
        if emails
        else ("exchange" if count == 1 else "exchanges")
    )
    span = f"in {first}" if first == last else f"{first}–{last}"
    return f"{count} {noun} {span}" + (", both ways" if both else "")


_RENDERERS = {
    codes.SIGNAL: _signal_line,
    codes.WROTE_AGAIN: _wrote_again_line,
    codes.COMPANY_CONTACT: _company_line,
    codes.STALLED: _stalled_line,
    codes.REVISIT_DUE: _revisit_line,
    codes.DORMANT: _dormant_line,
    codes.DEPTH: _depth_line,
}


def reason_text(reason: Reason, lang: str = "en") -> str:
    """One readable line for ``reason`` in ``lang`` (``en`` or ``fr``)."""
    render = _RENDERERS.get(reason.code)
    if render is None:
        return reason.code
    return render(reason.params, _lang(lang))


def reasons_text(candidate: Candidate, lang: str = "en") -> list[str]:
    """Every reason of ``candidate`` as a line, strongest first."""
    lang, renderers = _lang(lang), _RENDERERS  # reason_text, inlined: 40,000 lines a morning
    lines = []
    for reason in candidate.reasons:
        render = renderers.get(reason.code)
        lines.append(reason.code if render is None else render(reason.params, lang))
    return lines


def why_now(candidate: Candidate, lang: str = "en") -> str:
    """The one-line "why now" of ``candidate``: its leading reason."""
    return reason_text(candidate.reasons[0], lang) if candidate.reasons else ""


# Openers ---------------------------------------------------------------------------------

#: Situations an opener is chosen for, most specific first (see ``engine._situation``).
OPENER_SITUATIONS = (
    "reply",
    "invitation",
    "new_role",
    "visit",
    "overflow",
    "discreet",
    "test_project",
    "check_in",
)


def opener(
    situation: str, first_name: str, company: str, position: str = "", *, topic: str = ""
) -> dict[str, str]:
    """Suggested first message in French (formal "vous") and English for ``situation``.

    ``company`` is the prospect's current company (the new one after a job change);
    ``topic`` the subject of the message a prospect wrote (``reply``); empty names,
    companies and topics give a sentence that does not need them.
    """
    first = first_name.strip()
    topic = topic.strip()
    company = company.strip()
    position = position.strip()
    hello_en = f"Hello {first}," if first else "Hello,"
    hello_fr = f"Bonjour {first}," if first else "Bonjour,"
    at_en = f" at {company}" if company else ""
    at_fr = f" chez {company}" if company else ""
    org_en = company or "your agency"
    org_fr = company or "votre agence"
    if situation == "reply":
        about_en = f" about “{topic}”" if topic else ""
        about_fr = f" au sujet de « {topic} »" if topic else ""
        en = (
            f"thank you for your message{about_en}, it is good to hear from you again! How can "
            f"we help with your project{at_en}? I can call you this week if that suits you."
        )
        fr = (
            f"merci pour votre message{about_fr}, c'est un plaisir d'avoir de vos nouvelles ! "
            f"Comment pouvons-nous vous aider sur votre projet{at_fr} ? Je peux vous appeler "
            "cette semaine si cela vous convient."
        )
    elif situation == "invitation":
        en = (
            f"thank you for the invitation, glad to be in touch again! Is a new web project "
            f"coming up{at_en}? I would be happy to hear about it."
        )
        fr = (
            "merci pour votre invitation, c'est un plaisir de reprendre contact ! Un nouveau "
            f"projet web se prépare-t-il{at_fr} ? J'aimerais beaucoup en parler avec vous."
        )
    elif situation == "new_role":
        en_role = f"your new role as {position}{at_en}" if position else f"your new role{at_en}"
        fr_role = (
            f"votre nouveau poste de {position}{at_fr}"
            if position
            else (f"votre nouveau poste{at_fr}")
        )
        en = (
            f"congratulations on {en_role}! If a new project is starting, we could begin "
            "with a small test project, to see how our teams work together. Would you be open "
            "to a short call?"
        )
        fr = (
            f"félicitations pour {fr_role} ! Si un nouveau projet démarre, nous pourrions "
            "commencer par un petit projet test, pour découvrir nos méthodes de travail. "
            "Seriez-vous disponible pour un court échange ?"
        )
    elif situation == "visit":
        en = (
            f"it has been a while since we talked about outsourcing for {org_en}. The best "
            "way to judge is to see for yourself: you would be welcome to visit our team on "
            "site, even on a weekend if that is easier. Shall we find a date?"
        )
        fr = (
            f"cela fait un moment que nous avons parlé de sous-traitance pour {org_fr}. Le "
            "mieux est de venir voir par vous-même : nous serions heureux de vous accueillir "
            "sur place, même un week-end si c'est plus simple. Pouvons-nous fixer une date ?"
        )
    elif situation == "overflow":
        en = (
            "with a market that is hard to read, we can be your overflow capacity: flexible "
            "help only when your team is full, with no hiring needed. Could that be useful "
            f"for {org_en} right now?"
        )
        fr = (
            "avec un marché difficile à lire, nous pouvons être votre capacité de "
            "débordement : un renfort flexible, seulement quand votre équipe est saturée, "
            f"sans embauche. Cela pourrait-il être utile à {org_fr} en ce moment ?"
        )
    elif situation == "discreet":
        en = (
            "we work as an overflow platform, called on only when your own team is full, so "
            f"nobody{at_en} has anything to worry about. Would a discreet talk suit you?"
        )
        fr = (
            "nous intervenons comme plateforme de débordement, sollicitée seulement quand "
            f"votre équipe est saturée : personne{at_fr} n'a rien à craindre. Un échange "
            "discret vous conviendrait-il ?"
        )
    elif situation == "test_project":
        en = (
            "setting up outsourcing takes time and a method, so we can take the method on us: "
            f"a small test project with no urgency, to see how we work. Would that suit "
            f"{org_en}?"
        )
        fr = (
            "mettre en place une sous-traitance vous demande du temps et une méthode : nous "
            "pouvons la prendre en charge, avec un petit projet test sans urgence pour "
            f"découvrir nos façons de travailler. Cela conviendrait-il à {org_fr} ?"
        )
    else:
        en = (
            f"it has been a while! How are things{at_en}? If a web project is coming up, we "
            "would be glad to help."
        )
        fr = (
            f"cela fait un moment ! Comment allez-vous{at_fr} ? Si un projet web se profile, "
            "nous serions heureux de vous aider."
        )
    return {"fr": f"{hello_fr} {fr}", "en": f"{hello_en} {en}"}


def with_introduction(opener: Mapping[str, str], teammate: str) -> dict[str, str]:
    """The opener with the warmest path first, for a person the user is not connected to
    but ``teammate`` is ("" for the unnamed user of the database): ask for an introduction."""
    who_en = teammate.strip() or "your teammate"
    who_fr = teammate.strip() or "votre collègue"
    en = f"You are not connected yourself: ask {who_en} to introduce you."
    fr = f"Vous n'êtes pas en relation vous-même : demandez à {who_fr} de vous présenter."
    return {
        "en": f"{en}\n\n{opener.get('en', '')}".rstrip(),
        "fr": f"{fr}\n\n{opener.get('fr', '')}".rstrip(),
    }

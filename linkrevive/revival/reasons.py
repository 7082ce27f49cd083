"""The parts of a lead's score, one :class:`Reason` per rule of :class:`RevivalSettings`.

What :mod:`linkrevive.revival.engine` calls once it has decided that a lead is listed and
why: the signal reasons (decayed, with diminishing returns), the way back in through a
connection at the company, the depth of the conversation, the fit of the points under
their ceiling, where the person works now and the suggested opener.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import Any, NamedTuple

import linkrevive.revival.candidates as codes
from linkrevive.domain.enums import Channel, SignalKind, StallReason
from linkrevive.domain.text import LEGAL_FORMS, fold_words
from linkrevive.revival.candidates import Reason
from linkrevive.revival.facts import CompanyContact, ExchangeFact, Lead, SignalFact
from linkrevive.revival.settings import RevivalSettings
from linkrevive.revival.texts import opener

INCOMING_MESSAGES = frozenset({SignalKind.EMAIL_INBOUND, SignalKind.LINKEDIN_MESSAGE})
ROLE_CHANGES = frozenset({SignalKind.JOB_CHANGE, SignalKind.TITLE_CHANGE})
MAX_SCORE = 100
AT = attrgetter("occurred_at")
POINTS = attrgetter("points")
_STALL_SITUATIONS = {
    StallReason.DISTANCE: "visit",
    StallReason.UNCERTAINTY: "overflow",
    StallReason.CONFIDENTIALITY: "discreet",
    StallReason.NO_TIME: "test_project",
    StallReason.NO_METHOD: "test_project",
}


class Silence(NamedTuple):
    """Where the silence of a conversation starts and ends."""

    start: datetime | None  # last exchange before the silence (None: no dated exchange)
    end: date  # as_of, or the day the prospect wrote again
    reply: ExchangeFact | None  # the unanswered incoming exchange that ended the silence


def company_key(company: str) -> str:
    """Folded company name without legal form, for company comparisons ('' if none)."""
    return " ".join(w for w in fold_words(company).split() if w not in LEGAL_FORMS)


@dataclass(slots=True)
class _CompanyGroup:
    """Connections at one company, sorted by folded name, and where each profile URL is."""

    contacts: list[CompanyContact]
    names: list[str]  # the folded names, in the order of ``contacts``
    by_url: dict[str, list[int]]

    def others_than(self, name: str, url: str | None) -> tuple[CompanyContact, int] | None:
        """The first connection that is not the lead (folded ``name``, profile ``url``) and
        how many more there are; None when the lead is the only one."""
        # The lead's namesakes are one run of the sorted names.
        low = bisect_left(self.names, name)
        high = bisect_right(self.names, name, low)
        same_url = self.by_url.get(url, ()) if url else ()
        if low == high and not same_url:
            return self.contacts[0], len(self.contacts) - 1  # the usual case: not there
        itself = set(range(low, high)).union(same_url)
        if len(itself) == len(self.contacts):
            return None
        first = next(c for i, c in enumerate(self.contacts) if i not in itself)
        return first, len(self.contacts) - len(itself) - 1


class CompanyIndex:
    """Connections by company key, built once per ranking.

    Grouping is cheap; folding and sorting the names of a company's connections is not, so
    a group is finished the first time a lead asks for it (most companies never are).
    """

    __slots__ = ("_folded", "_groups", "_keys", "_pending")

    def __init__(self, contacts: Sequence[CompanyContact]) -> None:
        self._keys: dict[str, str] = {}  # company as written -> company key
        self._folded: dict[str, str] = {}  # name -> fold_words(name)
        self._pending: dict[str, list[CompanyContact]] = {}
        self._groups: dict[str, _CompanyGroup] = {}
        keys, pending = self._keys, self._pending
        for contact in contacts:
            key = keys.get(contact.company)
            if key is None:
                key = keys[contact.company] = company_key(contact.company)
            if key:
                members = pending.get(key)
                if members is None:
                    pending[key] = [contact]
                else:
                    members.append(contact)

    def __bool__(self) -> bool:
        return bool(self._pending)

    def key(self, company: str) -> str:
        """``company_key(company)``, remembered for the next lead at the same company."""
        key = self._keys.get(company)
        if key is None:
            key = self._keys[company] = company_key(company)
        return key

    def folded(self, name: str) -> str:
        """``fold_words(name)``, remembered (many connections share a name)."""
        folded = self._folded.get(name)
        if folded is None:
            folded = self._folded[name] = fold_words(name)
        return folded

    def group(self, key: str) -> _CompanyGroup | None:
        """The connections at the company ``key`` (None when there are none)."""
        group = self._groups.get(key)
        if group is None:
            members = self._pending.get(key)
            if members is None:
                return None
            group = self._groups[key] = self._finish(members)
        return group

    def _finish(self, contacts: list[CompanyContact]) -> _CompanyGroup:
        folded = [self.folded(c.name) for c in contacts]
        order = sorted(range(len(contacts)), key=folded.__getitem__)  # stable: ties as given
        group = _CompanyGroup([contacts[i] for i in order], [folded[i] for i in order], {})
        for i, contact in enumerate(group.contacts):
            if contact.linkedin_url:
                group.by_url.setdefault(contact.linkedin_url, []).append(i)
        return group


def company_now(lead: Lead, as_of: date) -> str:
    """Where the person works on ``as_of``: the company of the newest change of job or
    title seen by then (a title change names the company it happened at); with no change by
    then, the paired profile's company unless a change came later; else as prospected."""
    latest: SignalFact | None = None
    later = False
    for signal in lead.signals:
        if signal.kind not in ROLE_CHANGES:
            continue
        if signal.occurred_at.date() > as_of:
            later = True
        elif latest is None or signal.occurred_at > latest.occurred_at:
            latest = signal
    if latest is None:
        linkedin = lead.history[-1][0].strip() if lead.history else ""
        return linkedin if linkedin and not later else lead.company
    key = "new_company" if latest.kind is SignalKind.JOB_CHANGE else "company"
    return str(latest.params.get(key) or "").strip()


def _decayed(kind: SignalKind, age_days: int, settings: RevivalSettings) -> float:
    weight = settings.signal_weights.get(kind.value, 0)
    half_life = max(settings.signal_half_life_days, 1)
    decay: float = 0.5 ** (max(age_days, 0) / half_life)
    return float(weight) * decay


def signal_reasons(
    fresh: Sequence[SignalFact], silence: Silence, as_of: date, settings: RevivalSettings
) -> list[Reason]:
    """One reason per fresh signal (plus one for an unanswered message with no signal)."""
    reply = silence.reply
    reply_day = reply.occurred_at.date() if reply is not None else None
    # (strength, reason code, params) before the diminishing returns and the cap.
    items: list[tuple[float, str, dict[str, Any]]] = []
    covered = False
    for signal in fresh:
        day = signal.occurred_at.date()
        unanswered = (
            reply_day is not None
            and signal.kind in INCOMING_MESSAGES
            and day >= reply_day - timedelta(days=1)
        )
        covered = covered or unanswered
        params: dict[str, Any] = {
            "kind": signal.kind.value,
            "date": day.isoformat(),
            "days_ago": (as_of - day).days,
            "detail": dict(signal.params),
            "unanswered": unanswered,
        }
        items.append((_decayed(signal.kind, (as_of - day).days, settings), codes.SIGNAL, params))
    if reply is not None and reply_day is not None and silence.start is not None and not covered:
        kind = (
            SignalKind.LINKEDIN_MESSAGE
            if reply.channel is Channel.LINKEDIN
            else SignalKind.EMAIL_INBOUND
        )
        params = {
            "channel": "linkedin" if reply.channel is Channel.LINKEDIN else "email",
            "date": reply_day.isoformat(),
            "days_ago": (as_of - reply_day).days,
            "silent_since": silence.start.date().isoformat(),
        }
        items.append(
            (_decayed(kind, (as_of - reply_day).days, settings), codes.WROTE_AGAIN, params)
        )
    if not items:
        return []
    items.sort(key=lambda item: (-item[0], item[2]["date"]))
    budget = settings.signal_max_points
    reasons: list[Reason] = []
    for n, (strength, code, params) in enumerate(items):
        points = min(round(strength * settings.signal_repeat_factor**n), budget)
        budget -= points
        if n == 0:
            points += settings.signal_base_points
        reasons.append(Reason(code, params, points))
    return reasons


def company_reason(lead: Lead, index: CompanyIndex, settings: RevivalSettings) -> Reason | None:
    """A connection now at the prospect's company (as prospected, or any former one)."""
    if not index:
        return None
    companies = [lead.company]
    companies.extend(company for company, _ in lead.history)
    for signal in lead.signals:
        if signal.kind is SignalKind.JOB_CHANGE:
            companies.append(str(signal.params.get("old_company") or ""))
    own_name: str | None = None
    url = lead.linkedin_url
    for company in companies:
        group = index.group(index.key(company))
        if group is None:
            continue
        if own_name is None:
            own_name = index.folded(lead.name)
        # The lead's own profile is no way back in.
        found = group.others_than(own_name, url)
        if found is None:
            continue
        first, others = found
        return Reason(
            codes.COMPANY_CONTACT,
            {"name": first.name, "company": first.company, "others": others},
            settings.company_contact_points,
        )
    return None


def band_points(bands: Sequence[tuple[int, int]], months: int) -> int:
    """The points of the highest band (``(months, points)``, ascending) ``months`` reaches."""
    points = 0
    for bound, value in bands:
        if months >= bound:
            points = value
    return points


def depth_reason(exchanges: Sequence[ExchangeFact], settings: RevivalSettings) -> Reason:
    """How much of a relationship ``exchanges`` (sorted) were: their count, both ways."""
    directions = {e.direction for e in exchanges}
    both = len(directions) == 2
    points = len(exchanges) * settings.depth_points_per_exchange
    if both:
        points += settings.depth_both_ways_bonus
    return Reason(
        codes.DEPTH,
        {
            "count": len(exchanges),
            "first_year": exchanges[0].occurred_at.year,
            "last_year": exchanges[-1].occurred_at.year,
            "emails_only": all(e.channel is Channel.EMAIL for e in exchanges),
            "both_ways": both,
        },
        min(points, settings.depth_max_points),
    )


def fit(
    parts: list[Reason], has_signal: bool, ceiling: int, settings: RevivalSettings
) -> list[Reason]:
    """Scale the points so the total respects its ceiling; the points still add up.

    ``ceiling`` is the most points a lead without a signal can gather (see the engine's
    ``_Morning``).
    """
    total = sum(map(POINTS, parts))
    if has_signal:
        target = min(total, MAX_SCORE)
    else:
        cap = min(settings.no_signal_cap, MAX_SCORE)
        # A fixed ratio (not a per-lead one) keeps the order among no-signal leads.
        target = min(cap, int(total * cap / ceiling + 0.5)) if ceiling else 0
    if target == total:
        return parts
    if total == 0:
        return parts
    shares = [r.points * target / total for r in parts]
    points = [int(share) for share in shares]
    # Largest remainders get the points lost to rounding down.
    order = sorted(range(len(parts)), key=lambda i: (-(shares[i] - points[i]), i))
    for i in order[: target - sum(points)]:
        points[i] += 1
    return [Reason(r.code, r.params, p) for r, p in zip(parts, points, strict=True)]


def _situation(lead: Lead, fresh: Sequence[SignalFact], silence: Silence) -> str:
    kinds = {s.kind for s in fresh}
    if silence.reply is not None or kinds & INCOMING_MESSAGES:
        return "reply"
    if SignalKind.LINKEDIN_INVITATION in kinds:
        return "invitation"
    if kinds & ROLE_CHANGES:
        return "new_role"
    stall = lead.stall_reason
    return _STALL_SITUATIONS.get(stall, "check_in") if stall is not None else "check_in"


def opener_for(
    lead: Lead, company: str, fresh: Sequence[SignalFact], silence: Silence
) -> dict[str, str]:
    """The suggested first message; ``company`` is where the person works now."""
    situation = _situation(lead, fresh, silence)
    position = topic = ""
    if situation == "reply":
        # The project they wrote about, in the words of their newest message.
        messages = [s for s in fresh if s.kind in INCOMING_MESSAGES]
        if messages:
            newest = max(messages, key=AT)
            topic = str(newest.params.get("subject") or "").strip()
    elif situation == "new_role":
        latest = max(
            (s for s in fresh if s.kind in ROLE_CHANGES),
            key=lambda s: s.occurred_at,
        )
        if latest.kind is SignalKind.JOB_CHANGE:
            company = str(latest.params.get("new_company") or company)
            position = str(latest.params.get("position") or "")
        else:
            company = str(latest.params.get("company") or company)
            position = str(latest.params.get("new_position") or "")
    return opener(situation, lead.first_name, company, position, topic=topic)

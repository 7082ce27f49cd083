"""The revival ranking: which dormant leads to propose this morning, scored and explained.

Pure: facts in, candidates out; no store, no clock (``as_of`` is "today"; facts dated after
it are ignored). Rules, in order:

1. dismissed, do-not-contact and revived leads never appear; snoozed ones reappear on
   ``state_until`` (never, if it is unset); clients never appear; only prospects are leads
   (see :func:`is_lead`): never colleagues, automated senders or shared boxes;
2. the silence runs from the last exchange to ``as_of``, or to the first unanswered
   incoming exchange that came after at least the dormancy threshold and is still fresh
   (``waiting_reply``: the lead stays listed until the user answers, or until the message
   is older than the freshness window: then it is history); a silence shorter than the
   threshold means "in touch": not listed;
3. a fresh signal (or ``waiting_reply``) makes a dormant lead eligible (section
   ``fresh``); without one, only once the stall reason's revisit window has passed,
   counted after the threshold (section ``due``); ``lost`` leads need a signal and the
   cool-down (waived when they wrote again); a lead with no dated exchange at all needs a
   signal;
4. the score adds the parts of :class:`RevivalSettings`, each as a :class:`Reason`;
5. a known non-prospect (``relation`` ``contact``) with a strong fresh sign may come in
   the ``network`` section; :func:`shortlist` cuts the list to what is worth reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from operator import attrgetter
from typing import Any, NamedTuple

import linkrevive.revival.candidates as codes
from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason
from linkrevive.domain.text import LEGAL_FORMS, fold_words
from linkrevive.revival.candidates import Candidate, Reason
from linkrevive.revival.facts import (
    CONTACT,
    PROSPECT,
    CompanyContact,
    ExchangeFact,
    Lead,
    SignalFact,
)
from linkrevive.revival.periods import add_months, whole_months
from linkrevive.revival.settings import RevivalSettings
from linkrevive.revival.texts import opener

_DEFAULT_SETTINGS = RevivalSettings()
_HIDDEN_STATES = frozenset({LeadState.DISMISSED, LeadState.DO_NOT_CONTACT, LeadState.REVIVED})
_INCOMING_MESSAGES = frozenset({SignalKind.EMAIL_INBOUND, SignalKind.LINKEDIN_MESSAGE})
_MAX_SCORE = 100
#: Signal kinds the engine reads whatever their date: a job change, however old, names a
#: former company where a connection may now be a way back in; job and title changes say
#: where the person works now.
TIMELESS_SIGNALS = frozenset({SignalKind.JOB_CHANGE, SignalKind.TITLE_CHANGE})
_AT = attrgetter("occurred_at")
_POINTS = attrgetter("points")
#: Signs strong enough to list a non-prospect in the "new in your network" block.
_NETWORK_SIGNS = frozenset(
    {*_INCOMING_MESSAGES, SignalKind.LINKEDIN_INVITATION, SignalKind.JOB_CHANGE}
)
_ROLE_CHANGES = frozenset({SignalKind.JOB_CHANGE, SignalKind.TITLE_CHANGE})
_STALL_SITUATIONS = {
    StallReason.DISTANCE: "visit",
    StallReason.UNCERTAINTY: "overflow",
    StallReason.CONFIDENTIALITY: "discreet",
    StallReason.NO_TIME: "test_project",
    StallReason.NO_METHOD: "test_project",
}


class _Silence(NamedTuple):
    """Where the silence of a conversation starts and ends."""

    start: datetime | None  # last exchange before the silence (None: no dated exchange)
    end: date  # as_of, or the day the prospect wrote again
    reply: ExchangeFact | None  # the unanswered incoming exchange that ended the silence


def company_key(company: str) -> str:
    """Folded company name without legal form, for company comparisons ('' if none)."""
    return " ".join(w for w in fold_words(company).split() if w not in LEGAL_FORMS)


@dataclass(slots=True)
class _CompanyGroup:
    """Connections at one company, sorted by name, with lookups to leave the lead out."""

    contacts: list[CompanyContact]
    by_name: dict[str, list[int]]
    by_url: dict[str, list[int]]


class _CompanyIndex:
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
        members = sorted(((self.folded(c.name), c) for c in contacts), key=lambda m: m[0])
        return _group_of(members)


def _group_of(members: list[tuple[str, CompanyContact]]) -> _CompanyGroup:
    group = _CompanyGroup([c for _, c in members], {}, {})
    for i, (folded, contact) in enumerate(members):
        group.by_name.setdefault(folded, []).append(i)
        if contact.linkedin_url:
            group.by_url.setdefault(contact.linkedin_url, []).append(i)
    return group


def first_day_after(day: date, months: int) -> date:
    """The first date ``d`` with ``add_months(d, months) > day``.

    ``add_months`` never goes backwards, so ``add_months(d, months) > day`` holds exactly
    for the dates from this one on: one comparison per lead instead of a month addition.
    """
    first = add_months(day, -months) + timedelta(days=1)
    while add_months(first, months) <= day:  # month-end clamping: a few days at most
        first += timedelta(days=1)
    return first


def in_touch_since(as_of: date, settings: RevivalSettings = _DEFAULT_SETTINGS) -> date:
    """First day on which an exchange from the user still means "in touch" on ``as_of``.

    A lead with an outgoing exchange dated from this day to ``as_of`` is never listed on
    ``as_of`` (rule 2: the silence since the user's own message is shorter than the
    dormancy threshold, and no later message can follow a long enough gap). The service
    uses it to leave such people out of the load.
    """
    return first_day_after(as_of, settings.dormancy_months)


def fresh_since(as_of: date, settings: RevivalSettings = _DEFAULT_SETTINGS) -> date:
    """Oldest day of a fresh signal on ``as_of``; older signals count only when of a
    :data:`TIMELESS_SIGNALS` kind."""
    return as_of - timedelta(days=settings.signal_horizon_days)


class _Morning:
    """Dates every lead is compared with on ``as_of``, worked out once per ranking."""

    __slots__ = (
        "_due",
        "_windows",
        "as_of",
        "cooldown_from",
        "end",
        "no_signal_ceiling",
        "oldest",
        "settings",
        "touch_from",
    )

    def __init__(self, as_of: date, settings: RevivalSettings) -> None:
        self.as_of = as_of
        self.settings = settings
        # Facts dated after as_of are ignored, so that --as-of replays a past morning.
        self.end = datetime.combine(as_of + timedelta(days=1), time(), UTC)
        # A silence that started on or after touch_from is shorter than the threshold.
        self.touch_from = first_day_after(as_of, settings.dormancy_months)
        # A lost lead silent since cooldown_from or later is still inside its cool-down.
        self.cooldown_from = first_day_after(as_of, settings.lost_cooldown_months)
        self.oldest = fresh_since(as_of, settings)
        self.no_signal_ceiling = (
            max(settings.stage_points.values(), default=0)
            + settings.revisit_due_points
            + max((p for _, p in settings.dormancy_points), default=0)
            + settings.depth_max_points
            + settings.company_contact_points
        )
        self._due: dict[int, date] = {}
        self._windows: dict[StallReason | None, int] = {}

    def window(self, reason: StallReason | None) -> int:
        """``settings.revisit_window(reason)``, remembered."""
        months = self._windows.get(reason)
        if months is None:
            months = self._windows[reason] = self.settings.revisit_window(reason)
        return months

    def due_before(self, window: int) -> date:
        """A silence started before this day has passed ``window`` by ``as_of``."""
        day = self._due.get(window)
        if day is None:
            months = self.settings.dormancy_months + window
            day = self._due[window] = first_day_after(self.as_of, months)
        return day


def rank(
    leads: Iterable[Lead],
    as_of: date,
    settings: RevivalSettings = _DEFAULT_SETTINGS,
    *,
    company_contacts: Sequence[CompanyContact] = (),
) -> list[Candidate]:
    """Dormant leads worth reviving on ``as_of``, best first.

    Every lead with a fresh signal (or waiting for a reply) comes before every lead without
    one; then by score, descending; ties by name. ``company_contacts`` are other LinkedIn
    connections with their current company: one working at a prospect's company (current or
    former) adds a "way back in" reason to an already eligible lead, but never makes a lead
    eligible on its own (a colleague's presence is not a sign of a new project).
    """
    index = _CompanyIndex(company_contacts)
    morning = _Morning(as_of, settings)
    found = [c for lead in leads if (c := _assess(lead, morning, index)) is not None]
    found.sort(key=_order)
    return found


_SECTION_ORDER = {codes.FRESH: 0, codes.DUE: 1, codes.NETWORK: 2}


def _order(c: Candidate) -> tuple[int, int, int, str, int]:
    # Fresh signs by score; due leads most recently due first (then by score).
    due = -c.due_on.toordinal() if c.section == codes.DUE and c.due_on is not None else 0
    return (_SECTION_ORDER[c.section], due, -c.score, c.name.casefold(), c.person_id)


def shortlist(
    candidates: Sequence[Candidate], settings: RevivalSettings = _DEFAULT_SETTINGS
) -> tuple[list[Candidate], int]:
    """The list worth reading out of :func:`rank`'s, and how many more leads are due.

    Every lead with a fresh sign; then at most ``settings.due_block`` leads whose revisit
    window came due most recently; then at most ``settings.network_block`` non-prospects
    with a strong fresh sign. The count is of the due leads left out.
    """
    kept: list[Candidate] = []
    due = network = 0
    for c in candidates:
        if c.section == codes.DUE:
            due += 1
            if due > settings.due_block:
                continue
        elif c.section == codes.NETWORK:
            network += 1
            if network > settings.network_block:
                continue
        kept.append(c)
    return kept, max(due - settings.due_block, 0)


def assess(
    lead: Lead,
    as_of: date,
    settings: RevivalSettings = _DEFAULT_SETTINGS,
    *,
    company_contacts: Sequence[CompanyContact] = (),
) -> Candidate | None:
    """The candidate ``lead`` makes on ``as_of``, or None when it must not be proposed."""
    return _assess(lead, _Morning(as_of, settings), _CompanyIndex(company_contacts))


def is_lead(lead: Lead) -> bool:
    """True for a prospect (SPEC §3).

    The service says who is a prospect in ``relation`` (a stage, or a business exchange
    with an address at another company; never a colleague, an automated sender or a shared
    box). Without it, the plain rule: a stage, or an exchange outside LinkedIn. A LinkedIn
    message alone does not make a lead: LinkedIn-only connections become leads when the
    user gives them a stage.
    """
    relation = lead.relation
    if relation:
        return relation == PROSPECT
    return lead.stage is not None or any(e.channel is not Channel.LINKEDIN for e in lead.exchanges)


def _visible(lead: Lead, as_of: date) -> bool:
    state = lead.lead_state
    if state is LeadState.ACTIVE:
        return True
    if state in _HIDDEN_STATES:
        return False
    if state is LeadState.SNOOZED:
        # Snoozed with no date stays hidden until the user wakes it.
        return lead.state_until is not None and as_of >= lead.state_until
    return True


def _silence(exchanges: Sequence[ExchangeFact], as_of: date, months: int, oldest: date) -> _Silence:
    """Silence of a conversation whose exchanges are sorted and not after ``as_of``.

    The silence runs up to the first unanswered incoming exchange that follows a gap of at
    least ``months``: a prospect writing again after years ends the silence but is not an
    answer from the user. An unanswered "we'll come back to you" inside the conversation
    does not end it. Unanswered messages dated before ``oldest`` (the freshness window)
    are history: the first later one still fresh ends the silence, else it runs to
    ``as_of`` from the exchange before them.
    """
    if not exchanges:
        return _Silence(None, as_of, None)
    last_out = len(exchanges) - 1  # the last outgoing one; most conversations end on it
    while last_out >= 0 and exchanges[last_out].direction is not Direction.OUT:
        last_out -= 1
    for i in range(max(last_out + 1, 1), len(exchanges)):
        before, current = exchanges[i - 1], exchanges[i]
        if add_months(before.occurred_at.date(), months) <= current.occurred_at.date():
            for later in exchanges[i:]:
                day = later.occurred_at.date()
                if day >= oldest:
                    return _Silence(before.occurred_at, day, later)
            return _Silence(before.occurred_at, as_of, None)
    return _Silence(exchanges[-1].occurred_at, as_of, None)


def _assess(lead: Lead, morning: _Morning, index: _CompanyIndex) -> Candidate | None:
    as_of, settings = morning.as_of, morning.settings
    stage = lead.stage
    if stage is Stage.CLIENT or not _visible(lead, as_of):
        return None
    if not is_lead(lead):
        return _network(lead, morning) if lead.relation == CONTACT else None
    # Sorting first and dropping facts dated after as_of next keeps the order of a filter
    # then a stable sort; facts after as_of are rare, so the filter rarely runs.
    exchanges = sorted(lead.exchanges, key=_AT)
    if exchanges and exchanges[-1].occurred_at >= morning.end:
        exchanges = [e for e in exchanges if e.occurred_at < morning.end]
    silence = _silence(exchanges, as_of, settings.dormancy_months, morning.oldest)
    start_day = silence.start.date() if silence.start is not None else None
    waiting = silence.reply is not None
    in_touch = start_day is not None and start_day >= morning.touch_from
    if in_touch and not waiting:
        return None  # an exchange inside the dormancy threshold
    fresh = _fresh_signals(lead.signals, as_of, silence.start, morning.oldest)
    has_signal = bool(fresh) or waiting
    window = morning.window(lead.stall_reason)
    due_on = (
        add_months(start_day, settings.dormancy_months + window) if start_day is not None else None
    )
    revisit_due = start_day is not None and (
        add_months(start_day, settings.dormancy_months + window) <= silence.end
        if waiting
        else start_day < morning.due_before(window)  # the silence runs to as_of
    )
    if stage is Stage.LOST:
        # A lost lead needs a fresh signal and the cool-down; a prospect who wrote again is
        # exempt from the cool-down (the cool-down keeps the user from pestering, it must
        # not hide an answer owed).
        if not has_signal:
            return None
        if not waiting and start_day is not None and start_day >= morning.cooldown_from:
            return None
    elif not has_signal and not revisit_due:
        return None

    parts: list[Reason] = []
    parts += _signal_reasons(fresh, silence, as_of, settings) if has_signal else ()
    contact_reason = _company_reason(lead, index, settings)
    if contact_reason is not None:
        parts.append(contact_reason)
    stall = lead.stall_reason
    if stage is not None or stall is not None:
        stage_value = stage.value if stage is not None else None
        parts.append(
            Reason(
                codes.STALLED,
                {
                    "stage": stage_value,
                    "stall_reason": stall.value if stall is not None else None,
                    "year": start_day.year if start_day is not None else None,
                },
                settings.stage_points.get(stage_value, 0) if stage_value is not None else 0,
            )
        )
    if revisit_due:
        parts.append(
            Reason(
                codes.REVISIT_DUE,
                {
                    "stall_reason": stall.value if stall is not None else "unknown",
                    "window_months": window,
                    "silent_months": settings.dormancy_months + window,
                },
                settings.revisit_due_points,
            )
        )
    dormant_days = 0
    if start_day is not None:
        dormant_days = (silence.end - start_day).days
        parts.append(
            Reason(
                codes.DORMANT,
                {
                    "since": start_day.isoformat(),
                    "until": silence.end.isoformat(),
                    "days": dormant_days,
                },
                _band_points(settings.dormancy_points, whole_months(start_day, silence.end)),
            )
        )
    if exchanges:
        # The relationship up to the last exchange: messages after it are the sign (or
        # history past its freshness), not part of the conversation the user had.
        lived = exchanges
        if silence.start is not None and exchanges[-1].occurred_at > silence.start:
            lived = [e for e in exchanges if e.occurred_at <= silence.start]
        parts.append(_depth_reason(lived, settings))

    reasons = _fit(parts, has_signal, morning.no_signal_ceiling, settings)
    company = _company_now(lead, as_of)
    return Candidate(  # positional: the field order of Candidate
        lead.person_id,
        lead.name,
        company,
        sum(map(_POINTS, reasons)),
        tuple(reasons),
        silence.start,
        start_day,
        dormant_days,
        has_signal,
        waiting,
        tuple(sorted(fresh, key=_AT, reverse=True)),
        _opener(lead, company, fresh, silence),
        codes.FRESH if has_signal else codes.DUE,
        due_on,
    )


def _network(lead: Lead, morning: _Morning) -> Candidate | None:
    """A known non-prospect with a strong fresh sign, for the "new in your network" block."""
    as_of, settings = morning.as_of, morning.settings
    fresh = [
        s
        for s in _fresh_signals(lead.signals, as_of, None, morning.oldest)
        if s.kind in _NETWORK_SIGNS
    ]
    if not fresh:
        return None
    exchanges = sorted((e for e in lead.exchanges if e.occurred_at < morning.end), key=_AT)
    # Somebody the user wrote to within the dormancy threshold is in touch: the news is
    # not new to them (the same rule as for leads, so the service may leave them unloaded).
    if any(
        e.direction is Direction.OUT and e.occurred_at.date() >= morning.touch_from
        for e in exchanges
    ):
        return None
    # The last exchange is the one before the news (the sign is shown as such).
    first_sign = min(s.occurred_at for s in fresh)
    before = [e for e in exchanges if e.occurred_at < first_sign]
    start = before[-1].occurred_at if before else None
    silence = _Silence(start, as_of, None)
    parts = _signal_reasons(fresh, silence, as_of, settings)
    if exchanges:
        parts.append(_depth_reason(exchanges, settings))
    reasons = _fit(parts, True, morning.no_signal_ceiling, settings)
    company = _company_now(lead, as_of)
    return Candidate(
        lead.person_id,
        lead.name,
        company,
        sum(map(_POINTS, reasons)),
        tuple(reasons),
        start,
        start.date() if start is not None else None,
        0,
        True,
        False,
        tuple(sorted(fresh, key=_AT, reverse=True)),
        _opener(lead, company, fresh, silence),
        codes.NETWORK,
        None,
    )


def _company_now(lead: Lead, as_of: date) -> str:
    """Where the person works on ``as_of``: the company of the newest change of job or
    title seen by then (a title change names the company it happened at); with no change by
    then, the paired profile's company unless a change came later; else as prospected."""
    latest: SignalFact | None = None
    later = False
    for signal in lead.signals:
        if signal.kind not in _ROLE_CHANGES:
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


def _fresh_signals(
    signals: Iterable[SignalFact], as_of: date, start: datetime | None, oldest: date
) -> list[SignalFact]:
    """Signals from ``oldest`` to ``as_of`` that came after the conversation went quiet."""
    return [
        s
        for s in signals
        if oldest <= s.occurred_at.date() <= as_of and (start is None or s.occurred_at > start)
    ]


def _decayed(kind: SignalKind, age_days: int, settings: RevivalSettings) -> float:
    weight = settings.signal_weights.get(kind.value, 0)
    half_life = max(settings.signal_half_life_days, 1)
    decay: float = 0.5 ** (max(age_days, 0) / half_life)
    return float(weight) * decay


def _signal_reasons(
    fresh: Sequence[SignalFact], silence: _Silence, as_of: date, settings: RevivalSettings
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
            and signal.kind in _INCOMING_MESSAGES
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


def _company_reason(lead: Lead, index: _CompanyIndex, settings: RevivalSettings) -> Reason | None:
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
        same_name = group.by_name.get(own_name)
        same_url = group.by_url.get(url) if url else None
        itself: set[int] = set()
        if same_name is None and same_url is None:
            first = group.contacts[0]  # the usual case: the lead is not there
        else:
            itself.update(same_name or (), same_url or ())
            if len(itself) == len(group.contacts):
                continue
            first = next(c for i, c in enumerate(group.contacts) if i not in itself)
        return Reason(
            codes.COMPANY_CONTACT,
            {
                "name": first.name,
                "company": first.company,
                "others": len(group.contacts) - len(itself) - 1,
            },
            settings.company_contact_points,
        )
    return None


def _band_points(bands: Sequence[tuple[int, int]], months: int) -> int:
    points = 0
    for bound, value in bands:
        if months >= bound:
            points = value
    return points


def _depth_reason(exchanges: Sequence[ExchangeFact], settings: RevivalSettings) -> Reason:
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


def _fit(
    parts: list[Reason], has_signal: bool, ceiling: int, settings: RevivalSettings
) -> list[Reason]:
    """Scale the points so the total respects its ceiling; the points still add up.

    ``ceiling`` is the most points a lead without a signal can gather (see ``_Morning``).
    """
    total = sum(map(_POINTS, parts))
    if has_signal:
        target = min(total, _MAX_SCORE)
    else:
        cap = min(settings.no_signal_cap, _MAX_SCORE)
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


def _situation(lead: Lead, fresh: Sequence[SignalFact], silence: _Silence) -> str:
    kinds = {s.kind for s in fresh}
    if silence.reply is not None or kinds & _INCOMING_MESSAGES:
        return "reply"
    if SignalKind.LINKEDIN_INVITATION in kinds:
        return "invitation"
    if kinds & _ROLE_CHANGES:
        return "new_role"
    stall = lead.stall_reason
    return _STALL_SITUATIONS.get(stall, "check_in") if stall is not None else "check_in"


def _opener(
    lead: Lead, company: str, fresh: Sequence[SignalFact], silence: _Silence
) -> dict[str, str]:
    """The suggested first message; ``company`` is where the person works now."""
    situation = _situation(lead, fresh, silence)
    position = topic = ""
    if situation == "reply":
        # The project they wrote about, in the words of their newest message.
        messages = [s for s in fresh if s.kind in _INCOMING_MESSAGES]
        if messages:
            newest = max(messages, key=_AT)
            topic = str(newest.params.get("subject") or "").strip()
    elif situation == "new_role":
        latest = max(
            (s for s in fresh if s.kind in _ROLE_CHANGES),
            key=lambda s: s.occurred_at,
        )
        if latest.kind is SignalKind.JOB_CHANGE:
            company = str(latest.params.get("new_company") or company)
            position = str(latest.params.get("position") or "")
        else:
            company = str(latest.params.get("company") or company)
            position = str(latest.params.get("new_position") or "")
    return opener(situation, lead.first_name, company, position, topic=topic)

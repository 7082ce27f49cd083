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
   the ``network`` section; :func:`shortlist` cuts the list to what is worth reading
   (:func:`rank_shortlist` does both, explaining only the leads the list keeps).

Rules 1 to 3 are this module's; the parts of the score (rule 4) are
:mod:`linkrevive.revival.reasons`'.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

import linkrevive.revival.candidates as codes
from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason
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
from linkrevive.revival.reasons import (
    AT,
    INCOMING_MESSAGES,
    POINTS,
    CompanyIndex,
    Silence,
    band_points,
    company_key,
    company_now,
    company_reason,
    depth_reason,
    fit,
    opener_for,
    signal_reasons,
)
from linkrevive.revival.settings import RevivalSettings

__all__ = [
    "TIMELESS_SIGNALS",
    "assess",
    "company_key",
    "first_day_after",
    "fresh_since",
    "in_touch_since",
    "is_lead",
    "rank",
    "rank_shortlist",
    "shortlist",
]

_DEFAULT_SETTINGS = RevivalSettings()
_HIDDEN_STATES = frozenset({LeadState.DISMISSED, LeadState.DO_NOT_CONTACT, LeadState.REVIVED})
#: Signal kinds the engine reads whatever their date: a job change, however old, names a
#: former company where a connection may now be a way back in; job and title changes say
#: where the person works now.
TIMELESS_SIGNALS = frozenset({SignalKind.JOB_CHANGE, SignalKind.TITLE_CHANGE})
#: Signs strong enough to list a non-prospect in the "new in your network" block.
_NETWORK_SIGNS = frozenset(
    {*INCOMING_MESSAGES, SignalKind.LINKEDIN_INVITATION, SignalKind.JOB_CHANGE}
)


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


class _Verdict(NamedTuple):
    """Why a lead is listed, as the rules found it before any point is counted."""

    lead: Lead
    section: str  # one of codes.SECTIONS
    exchanges: Sequence[ExchangeFact]  # sorted by date, none after as_of
    silence: Silence
    fresh: list[SignalFact]  # the fresh signs the list shows
    window: int  # months of the stall reason's revisit window
    revisit_due: bool
    due_on: date | None


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
    index = CompanyIndex(company_contacts)
    morning = _Morning(as_of, settings)
    found = [
        _candidate(verdict, _reasons(verdict, morning, index), morning)
        for lead in leads
        if (verdict := _judge(lead, morning)) is not None
    ]
    found.sort(key=_order)
    return found


def rank_shortlist(
    leads: Iterable[Lead],
    as_of: date,
    settings: RevivalSettings = _DEFAULT_SETTINGS,
    *,
    company_contacts: Sequence[CompanyContact] = (),
    limit: int | None = None,
) -> tuple[list[Candidate], int]:
    """``shortlist(rank(...))``, explaining only the leads the list keeps (its first
    ``limit`` ones, when given: ``today --limit 50`` shows fifty of a few thousand).

    Most eligible leads are due leads the list leaves out (a few thousand at real size for
    ten shown). A lead due on a later day comes first whatever its score, so only the
    leads due on the days of the due block are scored; the network block keeps the best
    scores, so its leads are scored; a lead gets its candidate (reasons, opener) only once
    kept. The count is of the due leads left out, as :func:`shortlist`'s.
    """
    index = CompanyIndex(company_contacts)
    morning = _Morning(as_of, settings)
    sections: dict[str, list[_Verdict]] = {section: [] for section in codes.SECTIONS}
    for lead in leads:
        verdict = _judge(lead, morning)
        if verdict is not None:
            sections[verdict.section].append(verdict)
    all_due = sections[codes.DUE]
    due_block = max(settings.due_block, 0)
    if len(all_due) > due_block:
        by_day = sorted(all_due, key=_due_day, reverse=True)
        last_day = _due_day(by_day[due_block - 1]) if due_block else date.max
        sections[codes.DUE] = [v for v in by_day if _due_day(v) >= last_day]
    limits = {codes.FRESH: None, codes.DUE: due_block, codes.NETWORK: settings.network_block}
    kept: list[Candidate] = []
    room = max(limit, 0) if limit is not None else None
    for section in codes.SECTIONS:
        if room is not None and len(kept) >= room:
            break
        scored = [(v, _reasons(v, morning, index)) for v in sections[section]]
        scored.sort(key=_scored_order)
        block = limits[section]
        chosen = scored if block is None else scored[: max(block, 0)]
        if room is not None:
            chosen = chosen[: room - len(kept)]
        kept.extend(_candidate(v, reasons, morning) for v, reasons in chosen)
    return kept, max(len(all_due) - settings.due_block, 0)


_SECTION_ORDER = {codes.FRESH: 0, codes.DUE: 1, codes.NETWORK: 2}


def _list_order(
    section: str, due_on: date | None, score: int, name: str, person_id: int
) -> tuple[int, int, int, str, int]:
    # Fresh signs by score; due leads most recently due first (then by score).
    due = -due_on.toordinal() if section == codes.DUE and due_on is not None else 0
    return (_SECTION_ORDER[section], due, -score, name.casefold(), person_id)


def _order(c: Candidate) -> tuple[int, int, int, str, int]:
    return _list_order(c.section, c.due_on, c.score, c.name, c.person_id)


def _scored_order(item: tuple[_Verdict, list[Reason]]) -> tuple[int, int, int, str, int]:
    verdict, reasons = item
    lead = verdict.lead
    return _list_order(
        verdict.section, verdict.due_on, sum(map(POINTS, reasons)), lead.name, lead.person_id
    )


def _due_day(verdict: _Verdict) -> date:
    return verdict.due_on if verdict.due_on is not None else date.min


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
    morning = _Morning(as_of, settings)
    verdict = _judge(lead, morning)
    if verdict is None:
        return None
    return _candidate(verdict, _reasons(verdict, morning, CompanyIndex(company_contacts)), morning)


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


def _silence(exchanges: Sequence[ExchangeFact], as_of: date, months: int, oldest: date) -> Silence:
    """Silence of a conversation whose exchanges are sorted and not after ``as_of``.

    The silence runs up to the first unanswered incoming exchange that follows a gap of at
    least ``months``: a prospect writing again after years ends the silence but is not an
    answer from the user. An unanswered "we'll come back to you" inside the conversation
    does not end it. Unanswered messages dated before ``oldest`` (the freshness window)
    are history: the first later one still fresh ends the silence, else it runs to
    ``as_of`` from the exchange before them.
    """
    if not exchanges:
        return Silence(None, as_of, None)
    last_out = len(exchanges) - 1  # the last outgoing one; most conversations end on it
    while last_out >= 0 and exchanges[last_out].direction is not Direction.OUT:
        last_out -= 1
    for i in range(max(last_out + 1, 1), len(exchanges)):
        before, current = exchanges[i - 1], exchanges[i]
        if add_months(before.occurred_at.date(), months) <= current.occurred_at.date():
            for later in exchanges[i:]:
                day = later.occurred_at.date()
                if day >= oldest:
                    return Silence(before.occurred_at, day, later)
            return Silence(before.occurred_at, as_of, None)
    return Silence(exchanges[-1].occurred_at, as_of, None)


def _judge(lead: Lead, morning: _Morning) -> _Verdict | None:
    """Rules 1 to 3: whether ``lead`` is listed, in which section, and on what grounds."""
    as_of, settings = morning.as_of, morning.settings
    stage = lead.stage
    if stage is Stage.CLIENT or not _visible(lead, as_of):
        return None
    if not is_lead(lead):
        return _judge_network(lead, morning) if lead.relation == CONTACT else None
    # Sorting first and dropping facts dated after as_of next keeps the order of a filter
    # then a stable sort; facts after as_of are rare, so the filter rarely runs.
    exchanges = sorted(lead.exchanges, key=AT)
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
    section = codes.FRESH if has_signal else codes.DUE
    return _Verdict(lead, section, exchanges, silence, fresh, window, revisit_due, due_on)


def _judge_network(lead: Lead, morning: _Morning) -> _Verdict | None:
    """A known non-prospect with a strong fresh sign, for the "new in your network" block."""
    fresh = [
        s
        for s in _fresh_signals(lead.signals, morning.as_of, None, morning.oldest)
        if s.kind in _NETWORK_SIGNS
    ]
    if not fresh:
        return None
    exchanges = sorted((e for e in lead.exchanges if e.occurred_at < morning.end), key=AT)
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
    silence = Silence(start, morning.as_of, None)
    return _Verdict(lead, codes.NETWORK, exchanges, silence, fresh, 0, False, None)


def _reasons(verdict: _Verdict, morning: _Morning, index: CompanyIndex) -> list[Reason]:
    """Rule 4: the parts of the score of a listed lead, fitted under their ceiling."""
    lead, exchanges, silence, fresh = (
        verdict.lead,
        verdict.exchanges,
        verdict.silence,
        verdict.fresh,
    )
    as_of, settings = morning.as_of, morning.settings
    if verdict.section == codes.NETWORK:
        parts = signal_reasons(fresh, silence, as_of, settings)
        if exchanges:
            parts.append(depth_reason(exchanges, settings))
        return fit(parts, True, morning.no_signal_ceiling, settings)
    has_signal = verdict.section == codes.FRESH
    start_day = silence.start.date() if silence.start is not None else None
    parts = signal_reasons(fresh, silence, as_of, settings) if has_signal else []
    contact_reason = company_reason(lead, index, settings)
    if contact_reason is not None:
        parts.append(contact_reason)
    stage, stall = lead.stage, lead.stall_reason
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
    if verdict.revisit_due:
        parts.append(
            Reason(
                codes.REVISIT_DUE,
                {
                    "stall_reason": stall.value if stall is not None else "unknown",
                    "window_months": verdict.window,
                    "silent_months": settings.dormancy_months + verdict.window,
                    "ended": silence.reply is not None,
                },
                settings.revisit_due_points,
            )
        )
    if start_day is not None:
        parts.append(
            Reason(
                codes.DORMANT,
                {
                    "since": start_day.isoformat(),
                    "until": silence.end.isoformat(),
                    "days": (silence.end - start_day).days,
                    "ended": silence.reply is not None,
                },
                band_points(settings.dormancy_points, whole_months(start_day, silence.end)),
            )
        )
    if exchanges:
        # The relationship up to the last exchange: messages after it are the sign (or
        # history past its freshness), not part of the conversation the user had.
        lived = exchanges
        if silence.start is not None and exchanges[-1].occurred_at > silence.start:
            lived = [e for e in exchanges if e.occurred_at <= silence.start]
        parts.append(depth_reason(lived, settings))
    return fit(parts, has_signal, morning.no_signal_ceiling, settings)


def _candidate(verdict: _Verdict, reasons: list[Reason], morning: _Morning) -> Candidate:
    """The listed lead with its score, its reasons and the opener to send."""
    lead, silence, fresh = verdict.lead, verdict.silence, verdict.fresh
    start = silence.start
    start_day = start.date() if start is not None else None
    # A network lead's silence is the one before the news: it is not counted in days.
    dormant_days = 0
    if start_day is not None and verdict.section != codes.NETWORK:
        dormant_days = (silence.end - start_day).days
    company = company_now(lead, morning.as_of)
    return Candidate(  # positional: the field order of Candidate
        lead.person_id,
        lead.name,
        company,
        sum(map(POINTS, reasons)),
        tuple(reasons),
        start,
        start_day,
        dormant_days,
        verdict.section != codes.DUE,
        silence.reply is not None,
        tuple(sorted(fresh, key=AT, reverse=True)),
        opener_for(lead, company, fresh, silence),
        verdict.section,
        verdict.due_on,
    )


def _fresh_signals(
    signals: Iterable[SignalFact], as_of: date, start: datetime | None, oldest: date
) -> list[SignalFact]:
    """Signals from ``oldest`` to ``as_of`` that came after the conversation went quiet."""
    return [
        s
        for s in signals
        if oldest <= s.occurred_at.date() <= as_of and (start is None or s.occurred_at > start)
    ]

"""What is new since the user's last look at Today: a pure rule over the visits' snapshots.

A lead of this morning's list is **new** when the last visit before this morning did not
show it (it appeared, came back, or its snooze ended since), when its snooze ended after
that visit's day (even if that visit showed it before the snooze), or when it shows a sign
that no earlier visit showed for it. A sign is new when no earlier visit showed it for
that lead. Nothing depends on the clock or on when files were imported: only the days of
the visits and the stored dates of the signs. Without any earlier visit nothing is new:
there is no "since".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from linkrevive.domain.morning import ShownLead, Visit


@dataclass(frozen=True, slots=True)
class Novelty:
    """This morning's news: the new leads, the new signs of each, and the day they count from.

    ``since`` is the day of the last visit before this morning (None: no earlier visit);
    ``woken`` are the new leads whose snooze ended since then.
    """

    since: date | None
    new_leads: frozenset[int] = frozenset()
    new_signs: Mapping[int, frozenset[str]] = field(default_factory=dict)
    woken: frozenset[int] = frozenset()

    def is_new(self, lead_id: int) -> bool:
        """Whether the lead counts as new this morning."""
        return lead_id in self.new_leads

    def signs_of(self, lead_id: int) -> frozenset[str]:
        """The keys of the lead's signs that are new this morning."""
        return self.new_signs.get(lead_id, frozenset())


def previous_visit(visits: Iterable[Visit], as_of: date) -> Visit | None:
    """The last visit of a day before ``as_of`` (the morning's point of comparison).

    A visit of ``as_of`` itself is this morning's own record, so looking twice the same day
    keeps the same news.
    """
    earlier = [v for v in visits if v.as_of < as_of]
    return max(earlier, key=lambda v: v.as_of) if earlier else None


def signs_seen(visits: Iterable[Visit], as_of: date) -> dict[int, frozenset[str]]:
    """Per lead, every sign key a visit of a day before ``as_of`` showed."""
    seen: dict[int, set[str]] = {}
    for visit in visits:
        if visit.as_of < as_of:
            for shown in visit.leads:
                seen.setdefault(shown.lead_id, set()).update(shown.signs)
    return {lead: frozenset(keys) for lead, keys in seen.items()}


def novelty(
    shown: Sequence[ShownLead],
    visits: Iterable[Visit],
    as_of: date,
    *,
    snooze_ends: Mapping[int, date] | None = None,
) -> Novelty:
    """Which of ``shown`` (this morning's leads) are new since the last visit before ``as_of``.

    ``snooze_ends`` maps a lead to the day its snooze ended (the stored snooze date of a
    lead still marked snoozed); a lead whose snooze ended after the last visit's day and by
    ``as_of`` counts as new.
    """
    visits = list(visits)
    last = previous_visit(visits, as_of)
    if last is None:
        return Novelty(None)
    before = {s.lead_id for s in last.leads}
    seen = signs_seen(visits, as_of)
    ends = snooze_ends or {}
    new: set[int] = set()
    woken: set[int] = set()
    signs: dict[int, frozenset[str]] = {}
    for lead in shown:
        fresh = frozenset(lead.signs) - seen.get(lead.lead_id, frozenset())
        if fresh:
            signs[lead.lead_id] = fresh
        end = ends.get(lead.lead_id)
        if end is not None and last.as_of < end <= as_of:
            woken.add(lead.lead_id)
        if fresh or lead.lead_id not in before or lead.lead_id in woken:
            new.add(lead.lead_id)
    return Novelty(last.as_of, frozenset(new), signs, frozenset(woken & new))


def merge(visit: Visit, later: Visit) -> Visit:
    """Two looks at Today the same day as one visit: every lead either showed, the later
    look's rows first (its ranks), the signs of both."""
    leads: dict[int, ShownLead] = {s.lead_id: s for s in later.leads}
    extra: list[ShownLead] = []
    for old in visit.leads:
        current = leads.get(old.lead_id)
        if current is None:
            extra.append(old)
            continue
        union = current.signs + tuple(k for k in old.signs if k not in current.signs)
        leads[old.lead_id] = ShownLead(
            current.lead_id,
            current.rank,
            current.section,
            current.score,
            union,
            current.stage,
            current.stall_reason,
            current.last_exchange,
        )
    return Visit(later.as_of, later.seen_at, (*leads.values(), *extra))

"""The morning loop: Today's list with what is new since the user's last look, and the
record of each look (a snapshot of what was shown, which the outcomes read as "proposed").

Looking at Today is recorded only when asked (the window showing Today, or the command
line's ``today --mark-seen``), so that scripts and a start in the tray do not move "since".

Each consultant has their own looks (the current user's, :mod:`services.consultants`; the
implicit consultant's in a database of one consultant): a teammate looking at Today in a
shared database takes nothing new from mine, and a snooze ends as news only for the one
who snoozed. The proposals the looks record (the learning's outcomes) are the team's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from linkrevive.domain.morning import ShownLead, Visit, sign_key
from linkrevive.revival.novelty import Novelty, merge, novelty
from linkrevive.services import consultants, outcomes, revival
from linkrevive.services.revival import TodayItem
from linkrevive.services.workspace import Workspace
from linkrevive.storage import morning_reads, preferences
from linkrevive.storage.team_listings import IMPLICIT_ID

#: Setting holding the day (ISO) the morning notification was last shown (in a shared
#: database, a named consultant's is this key followed by ``:`` and their name).
NUDGED_ON = "morning.nudged_on"
#: What brought a new lead, when it is not one of its new signs (see :func:`news_code`).
WOKEN = "snooze_ended"
DUE = "due"


@dataclass(frozen=True, slots=True)
class MorningNews:
    """Today's list of ``as_of`` with its news since the last visit (``novelty.since``)."""

    items: list[TodayItem]
    more_due: int
    as_of: date
    novelty: Novelty

    @property
    def since(self) -> date | None:
        """The day of the last visit before this morning (None: first visit)."""
        return self.novelty.since

    def is_new(self, item: TodayItem) -> bool:
        """Whether ``item`` counts as new this morning."""
        return self.novelty.is_new(item.person_id)

    @property
    def new_items(self) -> list[TodayItem]:
        """The new leads, in the list's order."""
        return [i for i in self.items if self.novelty.is_new(i.person_id)]

    def new_signs(self, person_id: int) -> frozenset[str]:
        """The keys (:func:`~linkrevive.domain.morning.sign_key`) of the lead's new signs."""
        return self.novelty.signs_of(person_id)

    def news_code(self, item: TodayItem) -> str:
        """Why a new lead is new, as a code: :data:`WOKEN` (its snooze ended), the kind of
        its newest new sign (a :class:`SignalKind` value), or :data:`DUE`."""
        if item.person_id in self.novelty.woken:
            return WOKEN
        new = self.novelty.signs_of(item.person_id)
        for signal in item.signals:  # newest first
            key = sign_key(signal.kind.value, signal.occurred_at)
            if key in new:
                return signal.kind.value
        if item.signals and item.section != revival.DUE:
            return item.signals[0].kind.value
        return DUE


def shown_leads(items: Sequence[TodayItem]) -> list[ShownLead]:
    """The snapshot of Today's rows: who, where, and the keys of the signs shown."""
    return [
        ShownLead(
            lead_id=item.person_id,
            rank=rank,
            section=item.section,
            score=item.score,
            signs=tuple(sign_key(s.kind.value, s.occurred_at) for s in item.signals),
            stage=item.stage,
            stall_reason=item.stall_reason,
            last_exchange=item.last_exchange.date() if item.last_exchange else None,
        )
        for rank, item in enumerate(items, start=1)
    ]


def morning_news(
    workspace: Workspace,
    *,
    as_of: date | None = None,
    limit: int | None = None,
    lang: str = "en",
    mark_seen: bool = False,
) -> MorningNews:
    """Today's list of ``as_of`` (today by default) with what is new since the last visit
    of an earlier day; with ``mark_seen``, this look is recorded as the day's visit (and its
    rows as the morning's proposals, as the window does). Ranked as the window ranks: with
    the learned sign weights when learning is on."""
    found = outcomes.morning(workspace, as_of=as_of, limit=limit, lang=lang)
    return news_of(workspace, found, mark_seen=mark_seen)


def news_of(
    workspace: Workspace, found: revival.Morning, *, mark_seen: bool = False
) -> MorningNews:
    """The news of a list already ranked (:func:`revival.morning`, or a ranking with other
    weights); with ``mark_seen``, this look is recorded as the day's visit."""
    day = found.as_of or _now().date()
    shown = shown_leads(found.items)
    ids = [s.lead_id for s in shown]
    with workspace.database.reading() as connection:
        me = morning_reads.reader(connection, consultants.current_user())
        last_day, latest = morning_reads.last_shown(connection, ids, before=day, consultant=me)
        ends = morning_reads.snooze_ends(connection, ids, by=day, consultant=me)
    earlier = _last_looks(last_day, latest)
    news = MorningNews(
        found.items, found.more_due, day, novelty(shown, earlier, day, snooze_ends=ends)
    )
    if mark_seen:
        record_visit(workspace, news)
    return news


def _last_looks(last_day: date | None, latest: dict[int, tuple[date, ShownLead]]) -> list[Visit]:
    """The earlier visits as the rule needs them for this morning's leads: the last visit
    (with those of them it showed) and, for each other lead, the last visit that showed it.

    A sign stays on a lead's row for as long as it is fresh, so the last row that showed
    a lead holds every sign of it an earlier visit showed and that can still be shown.
    """
    if last_day is None:
        return []
    days: dict[date, list[ShownLead]] = {last_day: []}
    for day, shown in latest.values():
        days.setdefault(day, []).append(shown)
    moment = datetime.combine(last_day, datetime.min.time(), UTC)
    return [Visit(day, moment, tuple(rows)) for day, rows in sorted(days.items())]


def record_visit(
    workspace: Workspace, news: MorningNews, *, seen_at: datetime | None = None
) -> Visit | None:
    """Record that the user looked at ``news``, in one transaction: the day's visit, merged
    with an earlier look of the same day (so nothing shown that day is news again
    tomorrow), and its leads as the morning's proposals (the revival funnel's first step).

    Nothing is written for an empty list (there is nothing to remember, and an empty
    database stays empty), nor when the day's visit already holds everything shown (a
    second look the same morning changes nothing). Returns the visit stored, if any.
    """
    # The ORM's repositories: a write, which a plain ``today`` never does.
    from linkrevive.storage import consultant_repo, morning_repo, outcome_repo

    if not news.items:
        return None
    visit = Visit(news.as_of, seen_at or _now(), tuple(shown_leads(news.items)))
    with workspace.database.session(write=True) as session:
        outcome_repo.record_proposals(session, news.as_of, outcomes.proposal_rows(news.items))
        me = consultant_repo.acting(session, consultants.current_user()) or IMPLICIT_ID
        same_day = morning_repo.visit_on(session, news.as_of, consultant=me)
        if same_day is not None:
            visit = merge(same_day, visit)
            if _same_leads(visit, same_day):
                return None
        morning_repo.save_visit(session, visit, consultant=me)
    return visit


def _same_leads(visit: Visit, stored: Visit) -> bool:
    """Whether ``visit`` shows no lead nor sign that ``stored`` did not."""
    known = {s.lead_id: set(s.signs) for s in stored.leads}
    return all(s.lead_id in known and set(s.signs) <= known[s.lead_id] for s in visit.leads)


def visits(workspace: Workspace) -> list[Visit]:
    """Every recorded visit of Today by the current user, oldest first."""
    with workspace.database.reading() as connection:
        return morning_reads.visits(
            connection, consultant=morning_reads.reader(connection, consultants.current_user())
        )


# -- the nudge ------------------------------------------------------------------------------


def _nudge_key(workspace: Workspace) -> str:
    """The setting of the current user's last notification: their own in a shared database
    (a teammate's notification does not silence mine), the database's in one of one."""
    name = consultants.current_user()
    if name is None or not consultants.is_team(workspace):
        return NUDGED_ON
    return f"{NUDGED_ON}:{name}"


def nudged_on(workspace: Workspace) -> date | None:
    """The day the morning notification was last shown to the current user."""
    key = _nudge_key(workspace)
    with workspace.database.reading() as connection:
        value = preferences.get_setting(connection, key)
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def remember_nudge(workspace: Workspace, day: date) -> None:
    """Remember that the notification of ``day`` was shown to the current user (one per
    morning)."""
    from linkrevive.storage import activity_repo  # the ORM: a write, which Today never does

    key = _nudge_key(workspace)
    with workspace.database.session(write=True) as session:
        activity_repo.set_setting(session, key, day.isoformat())


def nudge_due(workspace: Workspace, day: date) -> bool:
    """Whether the notification of ``day`` may still be shown (none shown that day yet)."""
    shown = nudged_on(workspace)
    return shown is None or shown < day


def nudge_news(
    workspace: Workspace, *, as_of: date | None = None, lang: str = "en"
) -> MorningNews | None:
    """The news worth a notification on ``as_of``: None when one was already shown that
    day or nothing is new (no nagging). Ranked as the window ranks Today; the look is not
    recorded."""
    day = as_of or _now().date()
    if not nudge_due(workspace, day):
        return None
    news = news_of(workspace, outcomes.morning(workspace, as_of=day, lang=lang))
    return news if news.new_items else None


def _now() -> datetime:
    # The face's clock, read once per call at the edge; the rules take the day as_of.
    return datetime.now(UTC)

"""What came of each revival: acted on, answered, advanced — read from the user's own data.

Pure rules over plain records. A *proposal* is one morning's row of Today for one lead;
the proposals of a lead on mornings close together (gaps of at most
``OutcomeRules.episode_gap_days``) are one *episode*, judged once:

- **acted on**: the user wrote to the lead (an outgoing email or LinkedIn message of a later
  import, or an outgoing exchange the user logged — marking a lead revived logs one) from
  the episode's first morning to ``act_days`` after its last; copying the opener in that
  span extends it: an outgoing email or LinkedIn message up to ``act_days`` after the copy
  counts too;
- **answered**: an incoming exchange follows the act within ``answer_days``;
- **advanced**: the user moved the stage forward (to call agreed, test project, visit or
  client, further than the stage at the proposal) within ``advance_days`` of the episode's
  first morning; **client** when that stage is client.

The steps nest (a funnel): a stage moved forward is an answer and an act even when the
messages behind it were a phone call nobody logged. Nothing after ``as_of`` is read, and an
episode never takes what belongs to the lead's next episode.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import IntEnum
from typing import NamedTuple

from linkrevive.domain.enums import Channel, Direction, SignalKind, Stage, StallReason

#: The sign of a proposal that had no fresh signal: its revisit window came due.
REVISIT_DUE = "revisit_due"
#: Signs in the order the funnel lists them (the issue's order; the rarer ones last).
SIGN_ORDER: tuple[str, ...] = (
    SignalKind.JOB_CHANGE.value,
    SignalKind.EMAIL_INBOUND.value,
    SignalKind.LINKEDIN_MESSAGE.value,
    SignalKind.LINKEDIN_INVITATION.value,
    SignalKind.RECONNECTED.value,
    REVISIT_DUE,
    SignalKind.TITLE_CHANGE.value,
    SignalKind.MANUAL.value,
)
#: Stages that count as the conversation moving forward (the issue's list).
FORWARD_STAGES = frozenset({Stage.CALL_AGREED, Stage.TEST_PROJECT, Stage.VISIT, Stage.CLIENT})
# How far each stage is along the way; ``lost`` is nowhere.
_PROGRESS = {
    Stage.FIRST_CONTACT: 0,
    Stage.INFO_SENT: 1,
    Stage.CALL_POSTPONED: 2,
    Stage.CALL_AGREED: 3,
    Stage.TEST_PROJECT: 4,
    Stage.VISIT: 4,
    Stage.CLIENT: 5,
    Stage.LOST: -1,
}
_WRITTEN = frozenset({Channel.EMAIL, Channel.LINKEDIN})


class Step(IntEnum):
    """Steps of the revival funnel, in order; an outcome's level is the last one reached."""

    PROPOSED = 0
    ACTED_ON = 1
    ANSWERED = 2
    ADVANCED = 3
    CLIENT = 4


#: Codes of the funnel's steps (CSV headers, JSON keys).
STEP_CODES: tuple[str, ...] = tuple(step.name.lower() for step in Step)


@dataclass(frozen=True, slots=True)
class OutcomeRules:
    """Windows of the outcome rules, in days."""

    episode_gap_days: int = 30
    act_days: int = 30
    answer_days: int = 30
    advance_days: int = 365


@dataclass(frozen=True, slots=True)
class Proposal:
    """A lead shown in Today on ``day``: the sign that brought it and where it stood then.

    ``sign`` is a :class:`SignalKind` value or :data:`REVISIT_DUE`; ``sign_day`` the day of
    that sign (the day the revisit came due for :data:`REVISIT_DUE`, when known);
    ``conversation_year`` the year of the last exchange before the silence.
    """

    person_id: int
    day: date
    sign: str
    sign_day: date | None = None
    stage: Stage | None = None
    stall_reason: StallReason | None = None
    conversation_year: int | None = None
    #: Kinds of every fresh signal that morning, ``sign`` first, repeats kept (two job
    #: changes are two chances of a project); empty for a revisit.
    kinds: tuple[str, ...] = ()


class Touch(NamedTuple):
    """An exchange with the lead (``at`` aware UTC)."""

    at: datetime
    direction: Direction
    channel: Channel


class StageChange(NamedTuple):
    """The user set the stage of a lead from ``old`` to ``new`` at ``at``."""

    at: datetime
    old: Stage | None
    new: Stage | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What came of one episode of proposals of a lead (the first proposal describes it)."""

    proposal: Proposal
    last_day: date
    acted_on: datetime | None = None
    answered: datetime | None = None
    advanced: datetime | None = None
    client: bool = False

    @property
    def level(self) -> Step:
        """The furthest step reached (a later step implies the earlier ones)."""
        if self.client:
            return Step.CLIENT
        if self.advanced is not None:
            return Step.ADVANCED
        if self.answered is not None:
            return Step.ANSWERED
        if self.acted_on is not None:
            return Step.ACTED_ON
        return Step.PROPOSED

    @property
    def days_to_answer(self) -> int | None:
        """Days from the sign (or the first proposal) to the answer, when answered."""
        if self.answered is None:
            return None
        start = self.proposal.sign_day or self.proposal.day
        return max((self.answered.date() - start).days, 0)


def _start(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def episodes(proposals: Iterable[Proposal], rules: OutcomeRules) -> list[list[Proposal]]:
    """The proposals grouped per lead into runs of mornings at most ``episode_gap_days``
    apart, each run in day order; runs ordered by lead, then day."""
    by_person: dict[int, list[Proposal]] = {}
    for proposal in proposals:
        by_person.setdefault(proposal.person_id, []).append(proposal)
    gap = timedelta(days=rules.episode_gap_days)
    runs: list[list[Proposal]] = []
    for person_id in sorted(by_person):
        current: list[Proposal] = []
        for proposal in sorted(by_person[person_id], key=lambda p: p.day):
            if current and proposal.day - current[-1].day > gap:
                runs.append(current)
                current = []
            if not current or proposal.day != current[-1].day:
                current.append(proposal)
        if current:
            runs.append(current)
    return runs


def is_forward(old: Stage | None, new: Stage | None) -> bool:
    """Whether setting the stage from ``old`` to ``new`` moves the conversation forward."""
    if new is None or new not in FORWARD_STAGES:
        return False
    return old is None or _PROGRESS[new] > _PROGRESS[old]


def judge(
    run: Sequence[Proposal],
    touches: Sequence[Touch],
    changes: Sequence[StageChange],
    copies: Sequence[datetime],
    *,
    as_of: date,
    rules: OutcomeRules,
    until: date | None = None,
) -> Outcome:
    """The outcome of one episode ``run`` from the lead's exchanges, stage changes and
    opener copies; facts from ``until`` (the next episode's first morning) or after
    ``as_of`` are not read."""
    first, last = run[0], run[-1]
    begin = _start(first.day)
    end = _start(as_of + timedelta(days=1))
    if until is not None:
        end = min(end, _start(until))
    act_end = min(_start(last.day + timedelta(days=rules.act_days + 1)), end)
    acted: datetime | None = None
    for touch in touches:
        if touch.direction is Direction.OUT and begin <= touch.at < act_end:
            acted = touch.at if acted is None else min(acted, touch.at)
    for copy in copies:
        if not begin <= copy < act_end:
            continue
        copy_end = min(copy + timedelta(days=rules.act_days + 1), end)
        for touch in touches:
            if (
                touch.direction is Direction.OUT
                and touch.channel in _WRITTEN
                and copy <= touch.at < copy_end
            ):
                acted = touch.at if acted is None else min(acted, touch.at)
    answered: datetime | None = None
    if acted is not None:
        answer_end = min(acted + timedelta(days=rules.answer_days + 1), end)
        answered = min(
            (t.at for t in touches if t.direction is Direction.IN and acted < t.at < answer_end),
            default=None,
        )
    advanced: datetime | None = None
    client = False
    advance_end = min(_start(first.day + timedelta(days=rules.advance_days + 1)), end)
    for change in sorted(changes):
        if begin <= change.at < advance_end and is_forward(first.stage, change.new):
            if advanced is None:
                advanced = change.at
            if change.new is Stage.CLIENT:
                client = True
                break
    return Outcome(first, last.day, acted, answered, advanced, client)


def outcomes(
    proposals: Iterable[Proposal],
    touches: Mapping[int, Sequence[Touch]],
    changes: Mapping[int, Sequence[StageChange]],
    copies: Mapping[int, Sequence[datetime]],
    *,
    as_of: date,
    rules: OutcomeRules | None = None,
) -> list[Outcome]:
    """The outcome of every episode of ``proposals`` made up to ``as_of``, from the facts
    per person id (missing ids have none)."""
    rules = rules or OutcomeRules()
    runs = episodes((p for p in proposals if p.day <= as_of), rules)
    found: list[Outcome] = []
    for n, run in enumerate(runs):
        person_id = run[0].person_id
        following = runs[n + 1] if n + 1 < len(runs) else None
        until = following[0].day if following and following[0].person_id == person_id else None
        found.append(
            judge(
                run,
                touches.get(person_id, ()),
                changes.get(person_id, ()),
                copies.get(person_id, ()),
                as_of=as_of,
                rules=rules,
                until=until,
            )
        )
    return found

"""Seeded simulation of two years of mornings: signs appear, Today ranks, the user acts on
some proposals, prospects answer some, stages advance — with the truth of each step kept.

Every sign event is drawn up front from its own random stream (the same for every policy):
its kind, its day, and whether it is *real* (the prospect has a project: written to while
the sign is fresh, they answer) with the probability ``payoff[kind]``. Each morning the
engine ranks the leads with the default sign weights, or with weights learned from the
outcomes of the proposals so far (``learn=True``); the rows shown are the proposals; the
user writes to the first ``acts_per_morning`` rows not yet acted on with probability
``act_rate`` (copying the opener first, or marking the lead revived, now and then); a real
sign is answered within 1–20 days, then half of the answers move the stage to a call, and
some calls end as clients. What the simulated user and prospects did is the ``truth`` the
outcome rules must find again; ``precision`` holds each morning's precision at K (rows of
the top K with a live real sign).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason
from linkrevive.revival import ExchangeFact, LeadFacts, RevivalSettings, SignalFact, rank, shortlist
from linkrevive.revival.candidates import FRESH
from linkrevive.revival.learning import learned_settings, sign_of
from linkrevive.revival.outcomes import (
    REVISIT_DUE,
    Outcome,
    Proposal,
    StageChange,
    Step,
    Touch,
    outcomes,
)

START = date(2023, 1, 2)
KINDS = (
    SignalKind.JOB_CHANGE,
    SignalKind.EMAIL_INBOUND,
    SignalKind.LINKEDIN_MESSAGE,
    SignalKind.LINKEDIN_INVITATION,
    SignalKind.RECONNECTED,
)
_STAGES = [Stage.FIRST_CONTACT, Stage.INFO_SENT, Stage.CALL_POSTPONED, Stage.INFO_SENT]
#: Every sign pays off alike.
EQUAL = {kind.value: 0.35 for kind in KINDS} | {REVISIT_DUE: 0.1}
#: Job changes pay off, invitations do not.
SKEWED = {
    SignalKind.JOB_CHANGE.value: 0.7,
    SignalKind.EMAIL_INBOUND.value: 0.35,
    SignalKind.LINKEDIN_MESSAGE.value: 0.35,
    SignalKind.LINKEDIN_INVITATION.value: 0.05,
    SignalKind.RECONNECTED.value: 0.3,
    REVISIT_DUE: 0.1,
}


@dataclass(frozen=True, slots=True)
class SignEvent:
    """A sign of a lead on a day; ``real`` when the prospect has a project."""

    person_id: int
    kind: SignalKind
    day: date
    real: bool


@dataclass(slots=True)
class _Lead:
    person_id: int
    stage: Stage
    stall: StallReason
    exchanges: list[ExchangeFact]
    signals: list[SignalFact] = field(default_factory=list)
    events: list[SignEvent] = field(default_factory=list)


@dataclass(slots=True)
class History:
    """What happened: the engine's records for the outcome rules, and the truth."""

    proposals: list[Proposal] = field(default_factory=list)
    touches: dict[int, list[Touch]] = field(default_factory=dict)
    changes: dict[int, list[StageChange]] = field(default_factory=dict)
    copies: dict[int, list[datetime]] = field(default_factory=dict)
    #: (person id, moment of the act) -> the furthest step the simulation made it reach.
    truth: dict[tuple[int, datetime], Step] = field(default_factory=dict)
    #: (morning, precision at K with the default weights, with the learned ones), on the
    #: evaluated mornings (both rankings of the same leads that morning).
    precision: list[tuple[date, float, float]] = field(default_factory=list)
    #: The sign weights ranked with on the last morning.
    last_weights: dict[str, int] = field(default_factory=dict)
    end: date = START

    def outcomes(self, as_of: date | None = None) -> list[Outcome]:
        """The outcome rules run on this history."""
        return outcomes(
            self.proposals,
            self.touches,
            self.changes,
            self.copies,
            as_of=as_of or self.end,
        )

    def mean_precision(self) -> tuple[float, float]:
        """Mean precision at K over the evaluated mornings: default, learned weights."""
        if not self.precision:
            return 0.0, 0.0
        n = len(self.precision)
        return sum(p[1] for p in self.precision) / n, sum(p[2] for p in self.precision) / n


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), UTC)


def sign_events(
    payoff: Mapping[str, float], *, leads: int, days: int, per_day: float, seed: int
) -> list[SignEvent]:
    """The sign events of the world, drawn up front (the same whatever the ranking)."""
    rng = random.Random(seed)
    found = []
    for offset in range(days):
        day = START + timedelta(days=offset)
        count = int(per_day) + (1 if rng.random() < per_day - int(per_day) else 0)
        for _ in range(count):
            kind = rng.choice(KINDS)
            person = rng.randrange(1, leads + 1)
            found.append(SignEvent(person, kind, day, rng.random() < payoff[kind.value]))
    return found


def simulate(
    payoff: Mapping[str, float],
    *,
    leads: int = 1500,
    days: int = 730,
    seed: int = 7,
    learn: bool = False,
    k: int = 5,
    per_day: float = 3.0,
    act_rate: float = 0.7,
    acts_per_morning: int = 1,
    relearn_days: int = 7,
    eval_from: int = 365,
    eval_every: int = 7,
) -> History:
    """Run ``days`` mornings from :data:`START` and return what happened."""
    rng = random.Random(seed * 7919 + 1)
    settings = RevivalSettings()
    world: dict[int, _Lead] = {}
    for person_id in range(1, leads + 1):
        last = START - timedelta(days=rng.randint(400, 1800))
        exchanges = [
            ExchangeFact(_at(last - timedelta(days=30), 9), Direction.OUT, Channel.EMAIL),
            ExchangeFact(_at(last, 9), Direction.IN, Channel.EMAIL),
        ]
        world[person_id] = _Lead(
            person_id, rng.choice(_STAGES), rng.choice(list(StallReason)), exchanges
        )
    by_day: dict[date, list[SignEvent]] = {}
    for event in sign_events(payoff, leads=leads, days=days, per_day=per_day, seed=seed):
        by_day.setdefault(event.day, []).append(event)
    history = History()
    # Future facts, applied on their day: (day, person, touch) and (day, person, change).
    pending_touches: dict[date, list[tuple[int, Touch]]] = {}
    pending_changes: dict[date, list[tuple[int, StageChange]]] = {}
    current = settings
    for offset in range(days):
        day = START + timedelta(days=offset)
        for event in by_day.get(day, []):
            lead = world[event.person_id]
            if _wrote_within(lead, day, 45):
                continue  # in conversation: a message now is part of it, not a new sign
            lead.events.append(event)
            # An incoming message is only its signal here: stored as an exchange, one left
            # unanswered would restart the lead's silence and drain the world of dormant
            # leads within a year (the engine's rule, not what this simulation studies).
            lead.signals.append(SignalFact(event.kind, _at(day, 8), {}))
        for person_id, touch in pending_touches.pop(day, []):
            world[person_id].exchanges.append(ExchangeFact(*touch))
            history.touches.setdefault(person_id, []).append(touch)
        for person_id, change in pending_changes.pop(day, []):
            if change.new is not None:
                world[person_id].stage = change.new
            history.changes.setdefault(person_id, []).append(change)
        if learn and offset % relearn_days == 0:
            current = learned_settings(settings, history.outcomes(day - timedelta(days=1)))
        facts = [
            LeadFacts(
                lead.person_id,
                f"Lead {lead.person_id}",
                "Lead",
                "Agence",
                "",
                "France",
                (f"lead{lead.person_id}@agence{lead.person_id}.fr",),
                None,
                lead.stage,
                lead.stall,
                LeadState.ACTIVE,
                None,
                tuple(lead.exchanges),
                tuple(lead.signals),
                relation="prospect",
            )
            for lead in world.values()
            if lead.stage is not Stage.CLIENT
        ]
        shown, _more = shortlist(rank(facts, day, current), current)
        rows = [c for c in shown if c.person_id > 0]
        for c in rows:
            lead = world[c.person_id]
            kinds = [s.kind.value for s in c.signals]
            sign = sign_of(kinds, settings.signal_weights)
            sign_day = next((s.occurred_at.date() for s in c.signals if s.kind.value == sign), None)
            rest = list(kinds)
            if sign in rest:
                rest.remove(sign)
            together = (sign, *rest) if kinds else ()
            history.proposals.append(
                Proposal(
                    c.person_id,
                    day,
                    sign,
                    sign_day,
                    lead.stage,
                    lead.stall,
                    c.dormant_since.year if c.dormant_since else None,
                    together,
                )
            )
        if offset >= eval_from and offset % eval_every == 0:
            learned = learned_settings(settings, history.outcomes(day - timedelta(days=1)))
            scores = []
            for weights in (settings, learned):
                found, _ = shortlist(rank(facts, day, weights), weights)
                top = [c for c in found if c.person_id > 0 and c.section == FRESH][:k]
                live = sum(1 for c in top if _live_real(world[c.person_id], day))
                scores.append(live / k if len(top) == k else None)
            if scores[0] is not None and scores[1] is not None:
                history.precision.append((day, scores[0], scores[1]))
        history.last_weights = dict(current.signal_weights)
        for c in rows[:acts_per_morning]:
            if rng.random() >= act_rate:
                continue
            lead = world[c.person_id]
            _act(lead, c.signals == (), day, payoff, rng, history, pending_touches, pending_changes)
    history.end = START + timedelta(days=days - 1)
    # What the last acts set in motion still happens (answers, calls, clients after the end).
    for day in sorted(pending_touches):
        for person_id, touch in pending_touches[day]:
            history.touches.setdefault(person_id, []).append(touch)
    for day in sorted(pending_changes):
        for person_id, change in pending_changes[day]:
            history.changes.setdefault(person_id, []).append(change)
    return history


def _next_stage(stage: Stage) -> Stage:
    """The stage a conversation that picks up again moves to: a call, or one step on."""
    if stage in (Stage.FIRST_CONTACT, Stage.INFO_SENT, Stage.CALL_POSTPONED, Stage.LOST):
        return Stage.CALL_AGREED
    if stage is Stage.CALL_AGREED:
        return Stage.TEST_PROJECT
    return Stage.VISIT if stage is Stage.TEST_PROJECT else Stage.CLIENT


def _wrote_within(lead: _Lead, day: date, days: int) -> bool:
    return any(
        e.direction is Direction.OUT and 0 <= (day - e.occurred_at.date()).days <= days
        for e in lead.exchanges
    )


def _live_real(lead: _Lead, day: date) -> bool:
    """Whether the lead has a real sign, fresh, after the user last wrote to them."""
    last_out = max(
        (e.occurred_at.date() for e in lead.exchanges if e.direction is Direction.OUT),
        default=date.min,
    )
    return any(
        e.real and e.day > last_out and (day - e.day).days <= 90 and e.day <= day
        for e in lead.events
    )


def _act(
    lead: _Lead,
    no_sign: bool,
    day: date,
    payoff: Mapping[str, float],
    rng: random.Random,
    history: History,
    touches: dict[date, list[tuple[int, Touch]]],
    changes: dict[date, list[tuple[int, StageChange]]],
) -> None:
    """The user writes to ``lead`` today; what follows is scheduled, and its truth kept."""
    pid = lead.person_id
    how = rng.random()
    if how < 0.25:  # marked revived in the app: an outgoing note, now
        act = Touch(_at(day, 10), Direction.OUT, Channel.NOTE)
    else:
        if how < 0.6:
            history.copies.setdefault(pid, []).append(_at(day, 9))
        act = Touch(_at(day, 11), Direction.OUT, Channel.EMAIL)
    lead.exchanges.append(ExchangeFact(*act))  # the user's own act is known at once
    history.touches.setdefault(pid, []).append(act)
    real = _live_real_before(lead, day) or (no_sign and rng.random() < payoff[REVISIT_DUE])
    level = Step.ACTED_ON
    if real:
        answer_day = day + timedelta(days=rng.randint(1, 20))
        touches.setdefault(answer_day, []).append(
            (pid, Touch(_at(answer_day, 15), Direction.IN, Channel.EMAIL))
        )
        reply_day = answer_day + timedelta(days=1)  # the user answers the answer
        touches.setdefault(reply_day, []).append(
            (pid, Touch(_at(reply_day, 9), Direction.OUT, Channel.EMAIL))
        )
        level = Step.ANSWERED
        if rng.random() < 0.5:
            call_day = answer_day + timedelta(days=rng.randint(2, 30))
            moved = _next_stage(lead.stage)
            changes.setdefault(call_day, []).append(
                (pid, StageChange(_at(call_day, 17), lead.stage, moved))
            )
            level = Step.CLIENT if moved is Stage.CLIENT else Step.ADVANCED
            if moved is not Stage.CLIENT and rng.random() < 0.3:
                won = call_day + timedelta(days=rng.randint(30, 200))
                changes.setdefault(won, []).append(
                    (pid, StageChange(_at(won, 17), moved, Stage.CLIENT))
                )
                level = Step.CLIENT
    history.truth[(pid, act.at)] = level


def _live_real_before(lead: _Lead, day: date) -> bool:
    # The act just appended is today's: the signs that count came before it.
    last_out = max(
        (e.occurred_at.date() for e in lead.exchanges[:-1] if e.direction is Direction.OUT),
        default=date.min,
    )
    return any(
        e.real and e.day > last_out and (day - e.day).days <= 90 and e.day <= day
        for e in lead.events
    )


def store_history(
    workspace: object, history: History, end: date, *, people: Sequence[int] | None = None
) -> int:
    """Write a simulated ``history`` into a real store (the demo), moved to end on ``end``:
    its proposals, exchanges, opener copies and stage changes, the simulation's leads laid
    on the store's people (or on ``people``) in turn. For pictures, the service's tests
    and manual checks of Insights ▸ What works. Returns the proposals stored."""
    from linkrevive.services.workspace import Workspace
    from linkrevive.storage import activity_repo, outcome_repo, people_repo

    assert isinstance(workspace, Workspace)
    shift = end - history.end
    with workspace.database.session(write=True) as session:
        ids = (
            sorted(p.id for p in people_repo.list_people(session) if p.id is not None)
            if people is None
            else list(people)
        )

        def real(pid: int) -> int:
            return ids[(pid - 1) % len(ids)]

        days: dict[date, list[dict[str, object]]] = {}
        for p in history.proposals:
            days.setdefault(p.day + shift, []).append(
                {
                    "person_id": real(p.person_id),
                    "sign": p.sign,
                    "sign_on": p.sign_day + shift if p.sign_day else None,
                    "stage": p.stage.value if p.stage else None,
                    "stall_reason": p.stall_reason.value if p.stall_reason else None,
                    "conversation_year": p.conversation_year,
                    "signs": ",".join(p.kinds),
                }
            )
        stored = sum(outcome_repo.record_proposals(session, d, rows) for d, rows in days.items())
        activity_repo.insert_exchanges(
            session,
            [
                {
                    "person_id": real(pid),
                    "profile_id": None,
                    "occurred_at": t.at + shift,
                    "direction": t.direction.value,
                    "channel": t.channel.value,
                    "subject": "",
                    "counterpart": "",
                    "source_key": None,
                    "import_run_id": None,
                }
                for pid, touches in history.touches.items()
                for t in touches
            ],
        )
        for pid, copies in history.copies.items():
            for at in copies:
                outcome_repo.record_event(
                    session, real(pid), outcome_repo.OPENER_COPIED, at + shift
                )
        for pid, changes in history.changes.items():
            for c in changes:
                outcome_repo.record_event(
                    session,
                    real(pid),
                    outcome_repo.STAGE_CHANGED,
                    c.at + shift,
                    old_value=c.old.value if c.old else None,
                    new_value=c.new.value if c.new else None,
                )
    return stored

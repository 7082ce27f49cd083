"""Outcome rules: acted on, answered, advanced, client, episodes and their windows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from linkrevive.domain.enums import Channel, Direction, Stage, StallReason
from linkrevive.revival.outcomes import (
    OutcomeRules,
    Proposal,
    StageChange,
    Step,
    Touch,
    episodes,
    is_forward,
    outcomes,
)

DAY = date(2025, 3, 3)
RULES = OutcomeRules()


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def prop(day: date = DAY, *, pid: int = 1, stage: Stage | None = Stage.INFO_SENT) -> Proposal:
    return Proposal(
        pid, day, "job_change", day - timedelta(days=5), stage, StallReason.NO_TIME, 2021
    )


def out(day: date, channel: Channel = Channel.EMAIL) -> Touch:
    return Touch(at(day), Direction.OUT, channel)


def inc(day: date, channel: Channel = Channel.EMAIL) -> Touch:
    return Touch(at(day, 11), Direction.IN, channel)


def one(touches=(), changes=(), copies=(), *, proposals=None, as_of=DAY + timedelta(days=400)):
    found = outcomes(
        proposals or [prop()],
        {1: list(touches)},
        {1: list(changes)},
        {1: list(copies)},
        as_of=as_of,
        rules=RULES,
    )
    assert len(found) == 1
    return found[0]


def test_nothing_done_is_only_proposed() -> None:
    assert one().level is Step.PROPOSED


@pytest.mark.parametrize("channel", [Channel.EMAIL, Channel.LINKEDIN, Channel.NOTE, Channel.CALL])
def test_an_outgoing_exchange_after_the_proposal_is_acting(channel: Channel) -> None:
    found = one([out(DAY + timedelta(days=2), channel)])
    assert found.level is Step.ACTED_ON
    assert found.acted_on == at(DAY + timedelta(days=2))


def test_an_outgoing_exchange_before_the_proposal_or_too_late_is_not() -> None:
    assert one([out(DAY - timedelta(days=1))]).level is Step.PROPOSED
    assert one([out(DAY + timedelta(days=31))]).level is Step.PROPOSED
    assert one([out(DAY + timedelta(days=30))]).level is Step.ACTED_ON


def test_a_copied_opener_extends_the_window_for_a_written_message_only() -> None:
    copy = at(DAY + timedelta(days=25))
    late_mail = out(DAY + timedelta(days=50))
    assert one([late_mail], copies=[copy]).level is Step.ACTED_ON
    assert one([out(DAY + timedelta(days=50), Channel.NOTE)], copies=[copy]).level is Step.PROPOSED
    # A copy made before the proposal says nothing about it.
    assert one([late_mail], copies=[at(DAY - timedelta(days=3))]).level is Step.PROPOSED


def test_answered_is_an_incoming_message_within_the_window_after_the_act() -> None:
    acted = DAY + timedelta(days=1)
    found = one([out(acted), inc(acted + timedelta(days=12))])
    assert found.level is Step.ANSWERED
    assert found.days_to_answer == 5 + 1 + 12  # from the sign, five days before the proposal
    assert one([out(acted), inc(acted + timedelta(days=31))]).level is Step.ACTED_ON
    # The message that was the sign came before the act: not an answer.
    assert one([inc(DAY), out(acted)]).level is Step.ACTED_ON


def test_an_answer_with_no_act_does_not_count() -> None:
    assert one([inc(DAY + timedelta(days=3))]).level is Step.PROPOSED


@pytest.mark.parametrize(
    ("old", "new", "forward"),
    [
        (Stage.INFO_SENT, Stage.CALL_AGREED, True),
        (Stage.CALL_POSTPONED, Stage.CALL_AGREED, True),
        (Stage.CALL_AGREED, Stage.CALL_POSTPONED, False),
        (Stage.CALL_AGREED, Stage.CALL_AGREED, False),
        (Stage.VISIT, Stage.TEST_PROJECT, False),
        (Stage.CALL_AGREED, Stage.VISIT, True),
        (None, Stage.CALL_AGREED, True),
        (Stage.FIRST_CONTACT, Stage.INFO_SENT, False),
        (Stage.LOST, Stage.CLIENT, True),
        (Stage.VISIT, Stage.LOST, False),
        (Stage.INFO_SENT, None, False),
    ],
)
def test_forward_stages(old: Stage | None, new: Stage | None, forward: bool) -> None:
    assert is_forward(old, new) is forward


def test_advanced_and_client_from_the_users_stage_changes() -> None:
    acted = DAY + timedelta(days=1)
    call = StageChange(at(DAY + timedelta(days=20)), Stage.INFO_SENT, Stage.CALL_AGREED)
    found = one([out(acted), inc(acted + timedelta(days=2))], [call])
    assert found.level is Step.ADVANCED
    assert found.advanced == call.at
    client = StageChange(at(DAY + timedelta(days=200)), Stage.CALL_AGREED, Stage.CLIENT)
    assert one([out(acted)], [call, client]).level is Step.CLIENT
    # Backwards or sideways is not advancing; a year and a day later is too late.
    back = StageChange(at(DAY + timedelta(days=20)), Stage.INFO_SENT, Stage.LOST)
    assert one([out(acted)], [back]).level is Step.ACTED_ON
    late = StageChange(at(DAY + timedelta(days=366)), Stage.INFO_SENT, Stage.CLIENT)
    assert one([out(acted)], [late]).level is Step.ACTED_ON


def test_a_stage_moved_forward_implies_the_earlier_steps() -> None:
    call = StageChange(at(DAY + timedelta(days=4)), Stage.INFO_SENT, Stage.VISIT)
    assert one(changes=[call]).level is Step.ADVANCED


def test_nothing_after_as_of_is_read() -> None:
    acted = DAY + timedelta(days=1)
    found = one([out(acted), inc(acted + timedelta(days=5))], as_of=acted + timedelta(days=2))
    assert found.level is Step.ACTED_ON
    assert outcomes([prop()], {}, {}, {}, as_of=DAY - timedelta(days=1)) == []


def test_mornings_close_together_are_one_episode_far_apart_two() -> None:
    days = [DAY, DAY + timedelta(days=1), DAY + timedelta(days=1), DAY + timedelta(days=20)]
    later = [DAY + timedelta(days=200), DAY + timedelta(days=201)]
    runs = episodes([prop(d) for d in days + later] + [prop(DAY, pid=2)], RULES)
    assert [[p.day for p in run] for run in runs] == [
        [DAY, DAY + timedelta(days=1), DAY + timedelta(days=20)],
        later,
        [DAY],
    ]


def test_the_act_window_runs_from_the_last_morning_of_the_episode() -> None:
    proposals = [prop(DAY), prop(DAY + timedelta(days=25))]
    assert one([out(DAY + timedelta(days=50))], proposals=proposals).level is Step.ACTED_ON


def test_an_episode_does_not_take_the_next_ones_facts() -> None:
    second = DAY + timedelta(days=100)
    proposals = [prop(DAY), prop(second)]
    found = outcomes(
        proposals,
        {1: [out(second + timedelta(days=1))]},
        {1: [StageChange(at(second + timedelta(days=3)), Stage.INFO_SENT, Stage.CLIENT)]},
        {},
        as_of=second + timedelta(days=30),
    )
    assert [o.level for o in found] == [Step.PROPOSED, Step.CLIENT]
    assert found[1].proposal.day == second


# -- two simulated years of mornings -------------------------------------------------------


@pytest.mark.parametrize("payoff", ["equal", "skewed"])
def test_the_rules_find_what_the_simulated_user_and_prospects_did(payoff: str) -> None:
    from tests.revival.morning_history import history

    world = history(payoff)
    found = world.outcomes(world.end + timedelta(days=400))
    acted = {(o.proposal.person_id, o.acted_on): o.level for o in found if o.acted_on}
    assert len(world.truth) > 200
    assert acted == world.truth  # every act, and how far each went
    levels = {o.level for o in found}
    assert levels == set(Step)  # every step is reached somewhere
    # Each lead the user never acted on stayed "proposed".
    assert all(o.level is Step.PROPOSED for o in found if o.acted_on is None)


def test_the_simulated_funnel_counts_match_the_truth() -> None:
    from linkrevive.revival.learning import BY_ALL, funnel
    from tests.revival.morning_history import history

    world = history("skewed")
    found = world.outcomes(world.end + timedelta(days=400))
    (total,) = funnel(found, BY_ALL)
    truth = list(world.truth.values())
    assert total.counts == (
        len(found),
        len(truth),
        sum(1 for t in truth if t >= Step.ANSWERED),
        sum(1 for t in truth if t >= Step.ADVANCED),
        sum(1 for t in truth if t is Step.CLIENT),
    )
    # Nothing is told before it happened: on the history's last day, fewer answers are known.
    early = funnel(world.outcomes(world.end - timedelta(days=300)), BY_ALL)[0]
    assert early.counts[Step.ANSWERED] < total.counts[Step.ANSWERED]

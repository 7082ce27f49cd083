"""The funnel's counts and the learned sign weights: direction, prior, bounds, reversibility."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from linkrevive.domain.enums import Stage, StallReason
from linkrevive.revival.learning import (
    BY_ALL,
    BY_SIGN,
    BY_STALL,
    BY_YEAR,
    LearningRules,
    funnel,
    learned_settings,
    learned_weights,
    learning_sentence,
    proposal_sign,
    sign_of,
    sign_records,
    worth_saying,
)
from linkrevive.revival.outcomes import REVISIT_DUE, Outcome, Proposal, Step
from linkrevive.revival.settings import RevivalSettings

DAY = date(2025, 5, 5)


def outcome(
    sign: str,
    level: Step,
    *,
    year: int | None = 2021,
    stall: StallReason | None = StallReason.NO_TIME,
    answer_after: int = 10,
    kinds: tuple[str, ...] = (),
) -> Outcome:
    proposal = Proposal(1, DAY, sign, DAY - timedelta(days=4), Stage.INFO_SENT, stall, year, kinds)
    moment = datetime(2025, 5, 6, tzinfo=UTC)
    return Outcome(
        proposal,
        DAY,
        acted_on=moment if level >= Step.ACTED_ON else None,
        answered=moment + timedelta(days=answer_after) if level >= Step.ANSWERED else None,
        advanced=moment + timedelta(days=40) if level >= Step.ADVANCED else None,
        client=level >= Step.CLIENT,
    )


def test_funnel_counts_nest_per_step_and_group() -> None:
    found = [
        outcome("job_change", Step.PROPOSED),
        outcome("job_change", Step.ANSWERED, answer_after=2),
        outcome("job_change", Step.CLIENT, answer_after=10, year=2019),
        outcome("linkedin_invitation", Step.ACTED_ON, stall=None, year=None),
        outcome(REVISIT_DUE, Step.ADVANCED, stall=StallReason.DISTANCE),
    ]
    (total,) = funnel(found, BY_ALL)
    assert total.counts == (5, 4, 3, 2, 1)
    by_sign = {r.key: r for r in funnel(found, BY_SIGN)}
    assert [r.key for r in funnel(found, BY_SIGN)] == [
        "job_change",
        "linkedin_invitation",
        REVISIT_DUE,
    ]
    assert by_sign["job_change"].counts == (3, 2, 2, 1, 1)
    # Days from the sign (4 days before the proposal) to the answer: 4+1+2 and 4+1+10.
    assert by_sign["job_change"].median_days_to_answer == 11.0
    assert by_sign["linkedin_invitation"].median_days_to_answer is None
    assert [r.key for r in funnel(found, BY_STALL)] == ["distance", "no_time", "unknown"]
    assert [(r.key, r.proposed) for r in funnel(found, BY_YEAR)] == [
        ("2019", 1),
        ("2021", 3),
        ("unknown", 1),
    ]


def test_an_empty_funnel_has_one_zero_row() -> None:
    (row,) = funnel([], BY_ALL)
    assert row.counts == (0, 0, 0, 0, 0)
    assert funnel([], BY_SIGN) == []
    with pytest.raises(ValueError):
        funnel([], "colour")


def history(rates: dict[str, tuple[int, int]]) -> list[Outcome]:
    """``rates`` maps a sign to (acted on, answered)."""
    found = []
    for sign, (acted, answered) in rates.items():
        found += [outcome(sign, Step.ANSWERED) for _ in range(answered)]
        found += [outcome(sign, Step.ACTED_ON) for _ in range(acted - answered)]
        found += [outcome(sign, Step.PROPOSED) for _ in range(3)]  # never acted on: no weight
    return found


def test_weights_move_towards_the_signs_that_pay_off() -> None:
    records = sign_records(history({"job_change": (40, 28), "linkedin_invitation": (40, 4)}))
    assert records["job_change"].factor > 1.1
    assert records["linkedin_invitation"].factor < 0.9
    weights = learned_weights(RevivalSettings().signal_weights, records)
    defaults = RevivalSettings().signal_weights
    assert weights["job_change"] > defaults["job_change"]
    assert weights["linkedin_invitation"] < defaults["linkedin_invitation"]
    assert weights["email_inbound"] == defaults["email_inbound"]  # no record, no change


def test_equal_payoff_leaves_the_weights_alone() -> None:
    records = sign_records(
        history(
            {"job_change": (20, 10), "linkedin_invitation": (20, 10), "email_inbound": (20, 10)}
        )
    )
    assert all(r.factor == 1.0 for r in records.values())
    assert learned_weights(RevivalSettings().signal_weights, records) == dict(
        RevivalSettings().signal_weights
    )


def test_signs_that_come_together_are_set_against_proposals_with_as_many_signs() -> None:
    # Every sign brings an answer 35 times out of 100; job changes are acted on only with a
    # re-connection beside them, so those proposals are answered more often (1 - 0.65²):
    # nothing says a job change alone would do better than an email.
    together = ("job_change", "reconnected")
    found = [outcome("email_inbound", Step.ANSWERED, kinds=("email_inbound",)) for _ in range(35)]
    found += [outcome("email_inbound", Step.ACTED_ON, kinds=("email_inbound",)) for _ in range(65)]
    found += [outcome("job_change", Step.ANSWERED, kinds=together) for _ in range(58)]
    found += [outcome("job_change", Step.ACTED_ON, kinds=together) for _ in range(42)]
    records = sign_records(found)
    assert records["job_change"].answered == 58 and records["job_change"].acted == 100
    assert all(r.factor == 1.0 for r in records.values())


def test_a_sign_seen_twice_is_two_chances() -> None:
    # Job changes reach the top of the list when there are two of them (20 + 10 points, as
    # much as one incoming email): each pays off 35 times out of 100, like the emails.
    twice = ("job_change", "job_change")
    found = [outcome("email_inbound", Step.ANSWERED, kinds=("email_inbound",)) for _ in range(35)]
    found += [outcome("email_inbound", Step.ACTED_ON, kinds=("email_inbound",)) for _ in range(65)]
    found += [outcome("job_change", Step.ANSWERED, kinds=twice) for _ in range(58)]
    found += [outcome("job_change", Step.ACTED_ON, kinds=twice) for _ in range(42)]
    records = sign_records(found)
    assert records["job_change"].factor == 1.0


def test_a_handful_of_cases_moves_nothing_and_more_cases_move_further() -> None:
    few = sign_records(history({"job_change": (5, 5), "email_inbound": (30, 10)}))
    some = sign_records(history({"job_change": (12, 12), "email_inbound": (30, 10)}))
    many = sign_records(history({"job_change": (30, 30), "email_inbound": (30, 10)}))
    assert few["job_change"].factor == 1.0
    assert 1.0 < some["job_change"].factor < many["job_change"].factor


def test_differences_within_chance_leave_the_weights_alone() -> None:
    # A real record of two years where every sign paid off 35 times out of 100 (the
    # simulated world, seed 1): incoming messages 64/196 and re-connections 14/25 are
    # chance, not a lesson.
    records = sign_records(
        history(
            {
                "email_inbound": (188, 70),
                "job_change": (33, 13),
                "linkedin_invitation": (67, 25),
                "linkedin_message": (196, 64),
                "reconnected": (25, 14),
                REVISIT_DUE: (8, 2),
            }
        )
    )
    assert {s: r.factor for s, r in records.items()} == dict.fromkeys(records, 1.0)
    assert records["linkedin_message"].rate < records["email_inbound"].rate  # as recorded


@pytest.mark.parametrize("answered", [0, 200])
def test_factors_stay_bounded(answered: int) -> None:
    rules = LearningRules()
    records = sign_records(history({"job_change": (200, answered), "email_inbound": (200, 20)}))
    assert rules.min_factor <= records["job_change"].factor <= rules.max_factor
    assert records["job_change"].factor in (rules.min_factor, rules.max_factor)


def test_learned_settings_change_only_the_sign_weights() -> None:
    settings = RevivalSettings(dormancy_months=18)
    learned = learned_settings(
        settings, history({"job_change": (30, 25), "email_inbound": (30, 5)})
    )
    assert learned.dormancy_months == 18
    assert learned.stage_points == settings.stage_points
    assert learned.signal_weights != settings.signal_weights
    # Reversible: with nothing acted on, nothing is learned.
    assert learned_settings(settings, []).signal_weights == settings.signal_weights


def test_the_why_now_sentence_when_it_matters() -> None:
    records = sign_records(history({"job_change": (30, 20), "linkedin_invitation": (40, 4)}))
    job = records["job_change"]
    assert learning_sentence(job) == "Job changes led to an answer 20 times out of 30 for you"
    assert learning_sentence(job, "fr") == (
        "Pour vous, les changements de poste ont mené à une réponse 20 fois sur 30"
    )
    assert worth_saying(job)
    assert worth_saying(records["linkedin_invitation"])
    # 5 times out of 9 may be chance: the weight stays, the why-now says nothing.
    few = sign_records(history({"job_change": (9, 5), "linkedin_invitation": (40, 4)}))
    assert few["job_change"].factor == 1.0
    assert not worth_saying(few["job_change"])


def test_a_proposal_is_filed_under_its_strongest_sign() -> None:
    weights = RevivalSettings().signal_weights
    assert sign_of(["title_change", "job_change", "reconnected"], weights) == "job_change"
    assert sign_of(["email_inbound", "linkedin_message"], weights) == "email_inbound"
    assert sign_of([], weights) == REVISIT_DUE


def test_a_row_is_filed_by_the_default_weights_and_a_lead_that_wrote_again_by_email() -> None:
    assert proposal_sign(["reconnected", "job_change"]) == "job_change"
    assert proposal_sign(["reconnected", "job_change"], waiting_reply=True) == "job_change"
    assert proposal_sign([], waiting_reply=True) == "email_inbound"
    assert proposal_sign([]) == REVISIT_DUE


# -- two simulated years of mornings -------------------------------------------------------


def test_on_the_simulated_history_the_weights_move_the_right_way_within_bounds() -> None:
    from datetime import timedelta

    from tests.revival.morning_history import history

    rules = LearningRules()
    defaults = RevivalSettings().signal_weights
    skewed = history("skewed")
    records = sign_records(skewed.outcomes(skewed.end))
    assert records["job_change"].factor > 1.2
    assert records["linkedin_invitation"].factor < 0.8
    assert all(rules.min_factor <= r.factor <= rules.max_factor for r in records.values())
    weights = learned_settings(RevivalSettings(), skewed.outcomes(skewed.end)).signal_weights
    assert weights["job_change"] > defaults["job_change"]
    assert weights["linkedin_invitation"] < defaults["linkedin_invitation"]
    assert all(
        rules.min_factor * defaults[k] - 1 <= w <= rules.max_factor * defaults[k] + 1
        for k, w in weights.items()
    )
    # Six months in, fewer cases: the same direction, a smaller step.
    early = sign_records(skewed.outcomes(skewed.end - timedelta(days=545)))
    assert 1.0 <= early["job_change"].factor < records["job_change"].factor
    equal = history("equal")
    flat = sign_records(equal.outcomes(equal.end))
    signs = [r for s, r in flat.items() if s != REVISIT_DUE]
    assert max(abs(r.factor - 1) for r in signs) < max(
        abs(records[s].factor - 1) for s in ("job_change", "linkedin_invitation")
    )
    # Every sign pays off alike: the learned weights are the default ones.
    assert learned_settings(RevivalSettings(), equal.outcomes(equal.end)).signal_weights == dict(
        defaults
    )

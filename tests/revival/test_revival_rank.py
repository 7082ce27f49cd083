"""Which leads the revival engine proposes, in which order, on a fixed morning."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from revival_facts import (
    AS_OF,
    at,
    conversation,
    days_ago,
    inc,
    job_change,
    make_lead,
    out,
    sig,
)

from linkrevive.domain.enums import Channel, LeadState, SignalKind, Stage, StallReason
from linkrevive.revival import (
    CompanyContact,
    RevivalSettings,
    add_months,
    assess,
    rank,
    reason_text,
    reasons_text,
    why_now,
)
from linkrevive.revival import candidates as codes

SETTINGS = RevivalSettings()


def codes_of(candidate: object) -> list[str]:
    return [r.code for r in candidate.reasons]  # type: ignore[attr-defined]


# Dormancy and visibility ------------------------------------------------------------------


def test_dormant_lead_with_fresh_job_change_is_proposed_with_why_now() -> None:
    lead = make_lead(signals=(job_change(days_ago(21)),))
    [candidate] = rank([lead], AS_OF)
    assert candidate.has_fresh_signal
    assert candidate.reasons[0].code == codes.SIGNAL
    assert why_now(candidate) == "Moved from Pixel Bleu to Studio Kôdé as CTO, 3 weeks ago"
    assert why_now(candidate, "fr").startswith("Est passé·e de Pixel Bleu à Studio Kôdé")
    assert candidate.signals == lead.signals


def test_lead_in_touch_never_appears_even_with_signal() -> None:
    # Answered exchange two months ago: the user is in touch.
    lead = make_lead(exchanges=conversation(days_ago(60)), signals=(job_change(days_ago(5)),))
    assert rank([lead], AS_OF) == []


def test_dormancy_threshold_is_exact_to_the_day() -> None:
    last = add_months(AS_OF, -SETTINGS.dormancy_months)
    just_dormant = make_lead(exchanges=(out(at(last)),), signals=(job_change(days_ago(1)),))
    not_yet = make_lead(
        exchanges=(out(at(last + timedelta(days=1))),), signals=(job_change(days_ago(1)),)
    )
    assert assess(just_dormant, AS_OF) is not None
    assert assess(not_yet, AS_OF) is None


def test_client_is_never_dormant() -> None:
    lead = make_lead(stage=Stage.CLIENT, signals=(job_change(days_ago(2)),))
    assert rank([lead], AS_OF) == []


@pytest.mark.parametrize(
    ("silent_months", "with_signal", "expected"),
    [
        (SETTINGS.lost_cooldown_months - 2, True, False),
        (SETTINGS.lost_cooldown_months + 1, True, True),
        (SETTINGS.lost_cooldown_months + 24, False, False),
    ],
)
def test_lost_needs_cooldown_and_signal(
    silent_months: int, with_signal: bool, expected: bool
) -> None:
    lead = make_lead(
        stage=Stage.LOST,
        exchanges=(out(at(add_months(AS_OF, -silent_months))),),
        signals=(job_change(days_ago(10)),) if with_signal else (),
    )
    assert (assess(lead, AS_OF) is not None) is expected


@pytest.mark.parametrize("reason", [*StallReason, None])
def test_revisit_window_opens_without_signal(reason: StallReason | None) -> None:
    months = SETTINGS.dormancy_months + SETTINGS.revisit_window(reason)
    due = make_lead(stall_reason=reason, exchanges=(out(at(add_months(AS_OF, -months))),))
    early = make_lead(stall_reason=reason, exchanges=(out(at(add_months(AS_OF, -months + 1))),))
    candidate = assess(due, AS_OF)
    assert candidate is not None and not candidate.has_fresh_signal
    assert codes.REVISIT_DUE in codes_of(candidate)
    assert assess(early, AS_OF) is None


def test_windows_differ_by_reason() -> None:
    # 20 months of silence: past the no-time window, not past the distance one.
    last = at(add_months(AS_OF, -20))
    no_time = make_lead(stall_reason=StallReason.NO_TIME, exchanges=(out(last),))
    distance = make_lead(stall_reason=StallReason.DISTANCE, exchanges=(out(last),))
    assert assess(no_time, AS_OF) is not None
    assert assess(distance, AS_OF) is None


def test_no_signal_leads_rank_below_every_signal_lead() -> None:
    deep = make_lead(
        person_id=1,
        name="Aaron Deep",
        stage=Stage.VISIT,
        exchanges=conversation(days_ago(3 * 365), count=30),
    )
    weak = make_lead(
        person_id=2,
        name="Zoé Weak",
        stage=None,
        stall_reason=None,
        exchanges=(out(days_ago(400)),),
        signals=(sig(SignalKind.MANUAL, days_ago(SETTINGS.signal_horizon_days), note="liked"),),
    )
    result = rank([deep, weak], AS_OF)
    assert [c.name for c in result] == ["Zoé Weak", "Aaron Deep"]
    assert result[0].score > result[1].score
    assert result[1].score <= SETTINGS.no_signal_cap < SETTINGS.signal_base_points


@pytest.mark.parametrize(
    ("state", "until", "shown"),
    [
        (LeadState.ACTIVE, None, True),
        (LeadState.SNOOZED, AS_OF + timedelta(days=1), False),
        (LeadState.SNOOZED, AS_OF, True),
        (LeadState.SNOOZED, AS_OF - timedelta(days=30), True),
        (LeadState.SNOOZED, None, False),
        (LeadState.DISMISSED, None, False),
        (LeadState.DO_NOT_CONTACT, None, False),
        (LeadState.REVIVED, None, False),
    ],
)
def test_lead_states(state: LeadState, until: date | None, shown: bool) -> None:
    lead = make_lead(lead_state=state, state_until=until, signals=(job_change(days_ago(3)),))
    assert (assess(lead, AS_OF) is not None) is shown


def test_linkedin_only_connection_is_not_a_lead_until_staged() -> None:
    exchanges = (
        out(days_ago(900), Channel.LINKEDIN),
        inc(days_ago(890), Channel.LINKEDIN),
    )
    signals = (job_change(days_ago(4)),)
    plain = make_lead(stage=None, stall_reason=None, exchanges=exchanges, signals=signals)
    staged = make_lead(stage=Stage.INFO_SENT, exchanges=exchanges, signals=signals)
    assert assess(plain, AS_OF) is None
    assert assess(staged, AS_OF) is not None


def test_email_exchanges_alone_make_a_lead() -> None:
    lead = make_lead(stage=None, stall_reason=None, signals=(job_change(days_ago(4)),))
    candidate = assess(lead, AS_OF)
    assert candidate is not None
    assert codes.STALLED not in codes_of(candidate)


def test_stage_only_lead_without_exchanges() -> None:
    with_signal = make_lead(exchanges=(), signals=(job_change(days_ago(4)),))
    without = make_lead(exchanges=())
    candidate = assess(with_signal, AS_OF)
    assert candidate is not None
    assert candidate.dormant_since is None and candidate.last_exchange is None
    assert assess(without, AS_OF) is None


# Waiting for a reply -------------------------------------------------------------------


def test_prospect_writing_again_after_years_stays_until_answered() -> None:
    history = conversation(days_ago(3 * 365))
    wrote = inc(days_ago(10))
    candidate = assess(make_lead(exchanges=(*history, wrote)), AS_OF)
    assert candidate is not None
    assert candidate.waiting_reply and candidate.has_fresh_signal
    assert candidate.dormant_since == history[-1].occurred_at.date()
    assert candidate.dormant_days == (wrote.occurred_at - history[-1].occurred_at).days
    # The unanswered message is the sign, not the last exchange (one story per lead): the
    # relationship's depth ends where "No news since" begins.
    assert candidate.last_exchange == history[-1].occurred_at
    [depth] = [r for r in candidate.reasons if r.code == codes.DEPTH]
    assert depth.params["count"] == len(history)
    assert depth.params["last_year"] == history[-1].occurred_at.year
    assert candidate.reasons[0].code == codes.WROTE_AGAIN
    assert "not answered yet" in why_now(candidate)
    assert candidate.opener["en"].startswith("Hello Claire, thank you for your message")
    # Once the user answers, the lead is back in touch and leaves the list.
    answered = make_lead(exchanges=(*history, wrote, out(days_ago(9))))
    assert assess(answered, AS_OF) is None


def test_stale_unanswered_message_is_history_not_a_why_now() -> None:
    # Wrote again after years, but longer ago than the freshness window: the lead no longer
    # waits for a reply; it is only due for a revisit, and the message is no reason.
    history = conversation(days_ago(5 * 365))
    wrote = inc(days_ago(SETTINGS.signal_horizon_days + 100))
    signal = sig(SignalKind.EMAIL_INBOUND, wrote.occurred_at, subject="Nouveau projet")
    lead = make_lead(
        stall_reason=StallReason.DISTANCE, exchanges=(*history, wrote), signals=(signal,)
    )
    candidate = assess(lead, AS_OF)
    assert candidate is not None
    assert not candidate.waiting_reply and not candidate.has_fresh_signal
    assert candidate.section == codes.DUE
    assert codes.WROTE_AGAIN not in codes_of(candidate)
    assert codes.SIGNAL not in codes_of(candidate)
    assert candidate.last_exchange == history[-1].occurred_at
    assert candidate.dormant_since == history[-1].occurred_at.date()
    assert "not answered" not in " ".join(reasons_text(candidate))
    # Inside its freshness window the same message is the why-now.
    fresh = assess(lead, wrote.occurred_at.date() + timedelta(days=10))
    assert fresh is not None and fresh.waiting_reply and fresh.section == codes.FRESH
    # A stale message inside the revisit window lists nothing at all.
    recent = conversation(days_ago(SETTINGS.signal_horizon_days + 100 + 380))
    later = inc(days_ago(SETTINGS.signal_horizon_days + 100))
    quiet = make_lead(stall_reason=StallReason.NO_NEED, exchanges=(*recent, later))
    assert assess(quiet, AS_OF) is None


def test_inbound_signal_of_the_same_message_is_not_counted_twice() -> None:
    history = conversation(days_ago(3 * 365))
    wrote = inc(days_ago(10))
    signal = sig(SignalKind.EMAIL_INBOUND, wrote.occurred_at, subject="Nouveau projet")
    candidate = assess(make_lead(exchanges=(*history, wrote), signals=(signal,)), AS_OF)
    assert candidate is not None
    assert codes.WROTE_AGAIN not in codes_of(candidate)
    assert candidate.reasons[0].params["unanswered"] is True
    assert why_now(candidate) == (
        "Wrote to you by email: “Nouveau projet”, 10 days ago — not answered yet"
    )


def test_unanswered_reply_inside_the_conversation_does_not_end_the_silence() -> None:
    # "We'll come back to you" a week after the user's mail, then 3 years of nothing.
    exchanges = (out(days_ago(3 * 365 + 7)), inc(days_ago(3 * 365)))
    candidate = assess(make_lead(exchanges=exchanges), AS_OF)
    assert candidate is not None
    assert not candidate.waiting_reply
    assert candidate.dormant_days == 3 * 365


def test_recent_unanswered_message_of_a_lead_in_touch_is_not_dormancy() -> None:
    exchanges = (out(days_ago(100)), inc(days_ago(3)))
    assert assess(make_lead(exchanges=exchanges), AS_OF) is None


def test_lost_prospect_who_writes_again_is_exempt_from_cooldown() -> None:
    silent = SETTINGS.dormancy_months + 1
    exchanges = (out(at(add_months(AS_OF, -silent))), inc(days_ago(2)))
    candidate = assess(make_lead(stage=Stage.LOST, exchanges=exchanges), AS_OF)
    assert candidate is not None and candidate.waiting_reply


# Signals -------------------------------------------------------------------------------


def test_signals_from_before_the_silence_do_not_count() -> None:
    # The job change happened while the conversation was still going.
    last = days_ago(400)
    lead = make_lead(
        stall_reason=StallReason.DISTANCE,
        exchanges=(out(last),),
        signals=(job_change(last - timedelta(days=30)),),
    )
    settings = RevivalSettings(signal_horizon_days=1000)
    assert assess(lead, AS_OF, settings) is None


def test_signal_beyond_horizon_is_not_fresh() -> None:
    lead = make_lead(
        stall_reason=StallReason.DISTANCE,
        exchanges=(out(days_ago(400)),),
        signals=(job_change(days_ago(SETTINGS.signal_horizon_days + 1)),),
    )
    assert assess(lead, AS_OF) is None


def test_facts_after_as_of_are_ignored() -> None:
    future = at(AS_OF + timedelta(days=5))
    lead = make_lead(
        exchanges=(*conversation(days_ago(3 * 365)), out(future)),
        signals=(job_change(future),),
    )
    candidate = assess(lead, AS_OF)
    assert candidate is not None
    assert not candidate.has_fresh_signal
    assert candidate.last_exchange is not None and candidate.last_exchange < future


def _score_with(*signals: object) -> int:
    candidate = assess(make_lead(signals=signals), AS_OF)
    assert candidate is not None
    return candidate.score


def test_signal_kinds_are_weighted() -> None:
    when = days_ago(7)
    scores = [
        _score_with(sig(SignalKind.LINKEDIN_MESSAGE, when, subject="Hello")),
        _score_with(sig(SignalKind.LINKEDIN_INVITATION, when, message="")),
        _score_with(job_change(when)),
        _score_with(sig(SignalKind.RECONNECTED, when, connected_on="2024-05-27")),
        _score_with(
            sig(SignalKind.TITLE_CHANGE, when, company="X", old_position="A", new_position="B")
        ),
        _score_with(sig(SignalKind.MANUAL, when, note="Viewed my profile")),
    ]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == len(scores)
    assert _score_with(sig(SignalKind.EMAIL_INBOUND, when)) == scores[0]


def test_signals_decay_with_age() -> None:
    ages = [0, 30, 90, 170]
    scores = [_score_with(job_change(days_ago(age))) for age in ages]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]


def test_several_signals_add_up_with_diminishing_returns() -> None:
    one = _score_with(job_change(days_ago(7)))
    two = _score_with(job_change(days_ago(7)), job_change(days_ago(8)))
    three = _score_with(job_change(days_ago(7)), job_change(days_ago(8)), job_change(days_ago(9)))
    assert one < two < three
    assert (three - two) < (two - one)


# Score ------------------------------------------------------------------------------------


def test_known_stage_weighs_more() -> None:
    signals = (job_change(days_ago(7)),)
    staged = assess(make_lead(stage=Stage.CALL_AGREED, signals=signals), AS_OF)
    unstaged = assess(make_lead(stage=None, signals=signals), AS_OF)
    assert staged is not None and unstaged is not None
    assert staged.score > unstaged.score


def test_further_stage_weighs_more() -> None:
    signals = (job_change(days_ago(7)),)
    scores = [
        assess(make_lead(stage=stage, signals=signals), AS_OF).score  # type: ignore[union-attr]
        for stage in (Stage.FIRST_CONTACT, Stage.INFO_SENT, Stage.CALL_AGREED, Stage.TEST_PROJECT)
    ]
    assert scores == sorted(scores) and scores[0] < scores[-1]


def test_deeper_relationship_weighs_more() -> None:
    signals = (job_change(days_ago(7)),)
    shallow = assess(make_lead(exchanges=conversation(days_ago(800), 2), signals=signals), AS_OF)
    deep = assess(make_lead(exchanges=conversation(days_ago(800), 8), signals=signals), AS_OF)
    assert shallow is not None and deep is not None
    assert deep.score > shallow.score


def test_points_always_add_up_to_a_bounded_score() -> None:
    import random

    rng = random.Random(7)
    kinds = list(SignalKind)
    leads = []
    for pid in range(300):
        last = days_ago(rng.randint(370, 3000))
        signals = tuple(
            sig(rng.choice(kinds), days_ago(rng.randint(0, 200)), note="n", subject="s")
            for _ in range(rng.randint(0, 4))
        )
        leads.append(
            make_lead(
                person_id=pid,
                name=f"Lead {pid:03d}",
                stage=rng.choice([None, *Stage]),
                stall_reason=rng.choice([None, *StallReason]),
                exchanges=conversation(last, rng.randint(1, 30)),
                signals=signals,
            )
        )
    result = rank(leads, AS_OF, company_contacts=[CompanyContact("Marie Roux", "Pixel Bleu")])
    assert len(result) > 50
    for candidate in result:
        assert 0 <= candidate.score <= 100
        assert sum(r.points for r in candidate.reasons) == candidate.score
        assert all(r.points >= 0 for r in candidate.reasons)
        assert candidate.has_fresh_signal or candidate.score <= SETTINGS.no_signal_cap
        for reason in candidate.reasons:
            assert reason_text(reason, "en") and reason_text(reason, "fr")
    flags = [c.has_fresh_signal for c in result]
    assert flags == sorted(flags, reverse=True)
    with_signal = [c.score for c in result if c.has_fresh_signal]
    assert with_signal == sorted(with_signal, reverse=True)


def test_custom_weights_above_100_are_scaled_to_100() -> None:
    settings = RevivalSettings(signal_base_points=90, company_contact_points=50)
    lead = make_lead(signals=(job_change(days_ago(1)),))
    candidate = assess(
        lead, AS_OF, settings, company_contacts=[CompanyContact("Marie Roux", "Pixel Bleu")]
    )
    assert candidate is not None
    assert candidate.score == 100 == sum(r.points for r in candidate.reasons)


def test_ties_are_ordered_by_name() -> None:
    signals = (job_change(days_ago(7)),)
    leads = [
        make_lead(person_id=i, name=name, signals=signals)
        for i, name in enumerate(["Zoé Zed", "adèle Abc", "Marc Mid"])
    ]
    assert [c.name for c in rank(leads, AS_OF)] == ["adèle Abc", "Marc Mid", "Zoé Zed"]


def test_custom_threshold_changes_who_is_dormant() -> None:
    lead = make_lead(exchanges=conversation(days_ago(200)), signals=(job_change(days_ago(7)),))
    assert assess(lead, AS_OF) is None
    assert assess(lead, AS_OF, RevivalSettings(dormancy_months=6)) is not None


# Company contacts ---------------------------------------------------------------------------


def test_company_contact_adds_a_way_back_in() -> None:
    lead = make_lead(company="Pixel Bleu SARL", signals=(job_change(days_ago(7)),))
    contacts = [
        CompanyContact("Marie Roux", "PIXEL BLEU", "https://www.linkedin.com/in/marie-roux"),
        CompanyContact("Claire Martin", "Pixel Bleu", "https://www.linkedin.com/in/claire-martin"),
        CompanyContact("Paul Autre", "Autre Agence"),
    ]
    with_contact = assess(lead, AS_OF, company_contacts=contacts)
    without = assess(lead, AS_OF)
    assert with_contact is not None and without is not None
    reason = next(r for r in with_contact.reasons if r.code == codes.COMPANY_CONTACT)
    assert reason_text(reason) == "Marie Roux, now at PIXEL BLEU, may be a way back in"
    assert reason.params["others"] == 0  # Claire herself is not a way back in
    assert with_contact.score > without.score


def test_company_contact_at_former_company_after_job_change() -> None:
    lead = make_lead(company="Studio Kôdé", signals=(job_change(days_ago(7)),))
    contacts = [CompanyContact("Marie Roux", "Pixel Bleu")]
    candidate = assess(lead, AS_OF, company_contacts=contacts)
    assert candidate is not None
    assert codes.COMPANY_CONTACT in codes_of(candidate)


def test_company_contact_alone_does_not_make_a_lead_appear() -> None:
    lead = make_lead(stall_reason=StallReason.DISTANCE, exchanges=(out(days_ago(400)),))
    contacts = [CompanyContact("Marie Roux", "Pixel Bleu")]
    assert assess(lead, AS_OF, company_contacts=contacts) is None


def test_the_company_now_is_linkedins_when_no_change_was_signalled() -> None:
    # An older export imported after a newer one signals nothing: the paired profile's
    # company is still where the person works now, not the address book's.
    moved = make_lead(
        history=(("Pixel Bleu", "Directrice"), ("Studio Kôdé", "CTO")),
        signals=(sig(SignalKind.LINKEDIN_MESSAGE, days_ago(5)),),
    )
    candidate = assess(moved, AS_OF)
    assert candidate is not None
    assert candidate.company == "Studio Kôdé"
    assert "Pixel Bleu" not in candidate.opener["en"]


def test_a_change_after_the_day_ranked_leaves_the_company_as_it_was_then() -> None:
    later = make_lead(
        history=(("Pixel Bleu", "Directrice"), ("Studio Kôdé", "CTO")),
        signals=(sig(SignalKind.LINKEDIN_MESSAGE, days_ago(5)), job_change(days_ago(-30))),
    )
    candidate = assess(later, AS_OF)
    assert candidate is not None
    assert candidate.company == "Pixel Bleu"

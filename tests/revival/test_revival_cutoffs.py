"""The day cut-offs the engine compares with, and the pruning rule the service derives."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from revival_facts import AS_OF, at, inc, job_change, make_lead, out

from linkrevive.domain.enums import Stage
from linkrevive.revival import (
    TIMELESS_SIGNALS,
    CompanyContact,
    RevivalSettings,
    add_months,
    assess,
    fresh_since,
    in_touch_since,
)
from linkrevive.revival import candidates as codes
from linkrevive.revival.engine import first_day_after

# Month ends, leap days and ordinary days, over several years.
DAYS = [date(2019, 12, 25) + timedelta(days=n) for n in range(0, 4 * 366, 3)]
DAYS += [date(2024, 2, 29), date(2023, 2, 28), date(2024, 3, 31), date(2025, 1, 31)]


@pytest.mark.parametrize("months", [0, 1, 2, 6, 11, 12, 13, 24, 36, 48])
def test_first_day_after_is_the_exact_boundary(months: int) -> None:
    for day in DAYS:
        first = first_day_after(day, months)
        assert add_months(first, months) > day, (day, months)
        assert add_months(first - timedelta(days=1), months) <= day, (day, months)


def test_first_day_after_handles_month_end_clamping() -> None:
    # 2023-02-28 plus 12 months is 2024-02-28, still before the leap day.
    assert first_day_after(date(2024, 2, 29), 12) == date(2023, 3, 1)
    assert first_day_after(date(2024, 3, 31), 1) == date(2024, 3, 1)
    assert first_day_after(date(2024, 6, 3), 0) == date(2024, 6, 4)


@pytest.mark.parametrize("months", [1, 12, 13])
def test_an_outgoing_exchange_from_in_touch_since_on_hides_the_lead(months: int) -> None:
    settings = RevivalSettings(dormancy_months=months)
    since = in_touch_since(AS_OF, settings)
    signal = (job_change(at(AS_OF - timedelta(days=1))),)
    # The day before: dormant, listed with its signal.
    dormant = make_lead(exchanges=(out(at(since - timedelta(days=1))),), signals=signal)
    assert assess(dormant, AS_OF, settings) is not None
    # From that day on, even followed by the prospect's messages: in touch, never listed.
    for last in (since, AS_OF):
        lead = make_lead(exchanges=(out(at(last)),), signals=signal)
        assert assess(lead, AS_OF, settings) is None
        chatty = make_lead(
            exchanges=(inc(at(since - timedelta(days=900))), out(at(last)), inc(at(AS_OF))),
            signals=signal,
            stage=Stage.LOST,
        )
        assert assess(chatty, AS_OF, settings) is None


def test_an_old_job_change_still_names_a_way_back_in() -> None:
    # Why job changes are loaded whatever their date: not fresh, yet their former company
    # is where a connection may now open the door.
    settings = RevivalSettings()
    oldest = fresh_since(AS_OF, settings)
    assert oldest == AS_OF - timedelta(days=settings.signal_horizon_days)
    stale = job_change(at(oldest - timedelta(days=1)))
    assert stale.kind in TIMELESS_SIGNALS
    lead = make_lead(company="Studio Kôdé", signals=(stale,))
    contacts = [CompanyContact("Marie Roux", "Pixel Bleu")]
    candidate = assess(lead, AS_OF, settings, company_contacts=contacts)
    assert candidate is not None
    assert not candidate.has_fresh_signal and candidate.signals == ()
    assert codes.COMPANY_CONTACT in [r.code for r in candidate.reasons]
    fresh = make_lead(signals=(job_change(at(oldest)),))
    listed = assess(fresh, AS_OF, settings)
    assert listed is not None and listed.signals == fresh.signals

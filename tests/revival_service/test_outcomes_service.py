"""Outcomes on a real store: proposals recorded from Today, the user's acts and stage changes
logged, the funnel counted and exported, learning switched on and off."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from linkrevive.domain.enums import Channel, Direction, Stage
from linkrevive.revival.learning import SignRecord
from linkrevive.revival.outcomes import Proposal, Step, Touch
from linkrevive.services import leads, morning, outcomes, queries, revival
from linkrevive.services.workspace import Workspace
from tests.revival_service.conftest import DEMO_DAY

AS_OF = DEMO_DAY


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def shown(workspace: Workspace, day: date = AS_OF) -> list[revival.TodayItem]:
    """Today's list of ``day``, looked at (the visit and its proposals recorded)."""
    return morning.morning_news(workspace, as_of=day, mark_seen=True).items


def test_looking_at_today_records_each_lead_once_a_day(workspace: Workspace) -> None:
    items = shown(workspace)
    people = [i for i in items if i.person_id > 0]
    assert people
    report = outcomes.funnel_report(workspace, as_of=AS_OF)
    assert report.total.counts == (len(people), 0, 0, 0, 0)
    shown(workspace)  # a second look the same morning adds nothing
    assert outcomes.funnel_report(workspace, as_of=AS_OF).total.proposed == len(people)
    # Without record (a script), nothing is remembered.
    outcomes.morning(workspace, as_of=AS_OF + timedelta(days=60))
    assert outcomes.funnel_report(workspace, as_of=AS_OF + timedelta(days=60)).total.proposed == (
        len(people)
    )
    by_sign = outcomes.funnel_report(workspace, as_of=AS_OF).rows["sign"]
    assert sum(r.proposed for r in by_sign) == len(people)


def test_acted_answered_advanced_client_from_the_store(workspace: Workspace) -> None:
    items = [i for i in shown(workspace) if i.person_id > 0]
    first, second, third = (i.person_id for i in items[:3])
    # First: marked revived, answered by email, stage moved to call agreed then client.
    leads.mark_revived(workspace, first, at(AS_OF + timedelta(days=1)))
    leads.log_exchange(
        workspace,
        first,
        when=at(AS_OF + timedelta(days=4)),
        direction=Direction.IN,
        channel=Channel.EMAIL,
    )
    leads.set_stage(workspace, [first], stage=Stage.CALL_AGREED, when=at(AS_OF + timedelta(days=9)))
    leads.set_stage(workspace, [first], stage=Stage.CLIENT, when=at(AS_OF + timedelta(days=90)))
    # Second: opener copied, the email sent 40 days later (beyond the act window, inside the
    # copy's), never answered.
    outcomes.record_opener_copied(workspace, second, at(AS_OF + timedelta(days=20)))
    leads.log_exchange(
        workspace,
        second,
        when=at(AS_OF + timedelta(days=40)),
        direction=Direction.OUT,
        channel=Channel.EMAIL,
    )
    # Third: nothing.
    found = {
        o.proposal.person_id: o.level
        for o in outcomes.load_outcomes(workspace, as_of=AS_OF + timedelta(days=120))
    }
    assert found[first] is Step.CLIENT
    assert found[second] is Step.ACTED_ON
    assert found[third] is Step.PROPOSED
    total = outcomes.funnel_report(workspace, as_of=AS_OF + timedelta(days=120)).total
    assert total.counts[1:] == (2, 1, 1, 1)
    # On an earlier day, only what had happened by then.
    early = {
        o.proposal.person_id: o.level
        for o in outcomes.load_outcomes(workspace, as_of=AS_OF + timedelta(days=5))
    }
    assert early[first] is Step.ANSWERED


def test_setting_the_same_stage_logs_nothing(workspace: Workspace) -> None:
    items = [i for i in shown(workspace) if i.person_id > 0 and i.stage is not None]
    lead = items[0]
    leads.set_stage(
        workspace, [lead.person_id], stage=lead.stage, when=at(AS_OF + timedelta(days=2))
    )
    leads.set_stage(workspace, [lead.person_id], stall_reason=None)
    with workspace.database.session() as session:
        from linkrevive.storage import outcome_repo

        assert outcome_repo.events(session, outcome_repo.STAGE_CHANGED, [lead.person_id]) == []


def test_the_funnel_exports_as_csv(workspace: Workspace, tmp_path: Path) -> None:
    items = [i for i in shown(workspace) if i.person_id > 0]
    leads.mark_revived(workspace, items[0].person_id, at(AS_OF + timedelta(days=1)))
    path = tmp_path / "funnel.csv"
    count = outcomes.export_funnel(workspace, path, as_of=AS_OF + timedelta(days=10))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(outcomes.FUNNEL_COLUMNS)
    assert len(rows) == count + 1
    assert rows[1][:7] == ["all", "all", str(len(items)), "1", "0", "0", "0"]
    assert {r[0] for r in rows[1:]} >= {"all", "sign", "year"}


def test_learning_is_on_by_default_and_reversible(workspace: Workspace) -> None:
    assert outcomes.learning_enabled(workspace)
    outcomes.set_learning(workspace, False)
    assert not outcomes.learning_enabled(workspace)
    settings, found = outcomes.ranking_settings(workspace, as_of=AS_OF)
    assert found == {}
    assert settings == revival.get_settings(workspace)
    outcomes.set_learning(workspace, True)
    assert outcomes.learning_enabled(workspace)


def test_the_why_now_tells_the_record_when_it_matters(workspace: Workspace) -> None:
    item = next(i for i in shown(workspace) if i.person_id > 0)
    strong = {"job_change": SignRecord("job_change", 9, 5, 0.55, 1.3)}
    noted = outcomes.with_learning_note(item, "job_change", strong, "en")
    assert (
        noted.why_now == f"{item.why_now} — Job changes led to an answer 5 times out of 9 for you"
    )
    assert noted.reasons[1] == "Job changes led to an answer 5 times out of 9 for you"
    assert noted.reason_codes[1] == outcomes.LEARNED
    french = outcomes.with_learning_note(item, "job_change", strong, "fr")
    assert french.reasons[1].startswith("Pour vous, les changements de poste")
    weak = {"job_change": SignRecord("job_change", 3, 2, 0.5, 1.02)}
    assert outcomes.with_learning_note(item, "job_change", weak) is item


#: Answers out of ten acted-on proposals, per sign, in the stored history.
PAYOFF = {
    "job_change": 9,
    "linkedin_invitation": 1,
    "email_inbound": 4,
    "linkedin_message": 4,
    "reconnected": 4,
}


def store_skewed_history(workspace: Workspace) -> None:
    """Two years of revivals where job changes pay off and invitations do not: every two
    months each person Today does not list (it would put them in touch) was proposed with
    one sign, the user wrote, and they answered ``PAYOFF[sign]`` times out of ten."""
    from benchmarks.morning_world import History, store_history

    listed = {i.person_id for i in revival.morning(workspace, as_of=AS_OF).items}
    others = [p.id for p in queries.people(workspace) if p.id is not None and p.id not in listed]
    start = AS_OF - timedelta(days=730)
    played = History(end=AS_OF - timedelta(days=1))
    signs = list(PAYOFF)
    seen = dict.fromkeys(signs, 0)
    for episode in range(12):
        for n in range(1, len(others) + 1):
            day = start + timedelta(days=60 * episode + n % 7)
            sign = signs[(n + episode) % len(signs)]
            played.proposals.append(
                Proposal(
                    n, day, sign, day - timedelta(days=2), Stage.INFO_SENT, None, 2020, (sign,)
                )
            )
            touches = played.touches.setdefault(n, [])
            touches.append(Touch(at(day, 10), Direction.OUT, Channel.EMAIL))
            if seen[sign] % 10 < PAYOFF[sign]:
                touches.append(Touch(at(day + timedelta(days=5)), Direction.IN, Channel.EMAIL))
            seen[sign] += 1
    store_history(workspace, played, played.end, people=others)


def test_today_learns_from_a_stored_history_and_says_so(workspace: Workspace) -> None:
    store_skewed_history(workspace)
    found = outcomes.records(workspace, as_of=AS_OF)
    assert found["job_change"].factor > 1.0 > found["linkedin_invitation"].factor
    settings, _ = outcomes.ranking_settings(workspace, as_of=AS_OF)
    default = revival.get_settings(workspace).signal_weights
    assert settings.signal_weights["job_change"] > default["job_change"]
    learned = outcomes.morning(workspace, as_of=AS_OF)
    noted = [i for i in learned.items if outcomes.LEARNED in i.reason_codes]
    assert noted
    assert all("for you" in i.why_now for i in noted)
    # The command line's Today (and the morning notification) rank as the window does.
    told = morning.morning_news(workspace, as_of=AS_OF)
    assert [(i.person_id, i.why_now) for i in told.items] == [
        (i.person_id, i.why_now) for i in learned.items
    ]
    outcomes.set_learning(workspace, False)  # reversible: the default weights, no note
    plain = outcomes.morning(workspace, as_of=AS_OF)
    assert not [i for i in plain.items if outcomes.LEARNED in i.reason_codes]
    assert [i.person_id for i in plain.items] == [
        i.person_id for i in revival.morning(workspace, as_of=AS_OF).items
    ]


def test_the_export_ranks_as_today_with_the_learned_weights(
    workspace: Workspace, tmp_path: Path
) -> None:
    store_skewed_history(workspace)
    stored = revival.get_settings(workspace)
    learned, _ = outcomes.ranking_settings(workspace, as_of=AS_OF)
    assert learned.signal_weights != stored.signal_weights
    today = morning.morning_news(workspace, as_of=AS_OF).items
    plain = revival.morning(workspace, as_of=AS_OF, settings=stored).items
    # The learned weights change the order, so the export can be told apart.
    assert [i.person_id for i in today] != [i.person_id for i in plain]
    path = tmp_path / "reactivation.csv"
    count = revival.export_reactivation(workspace, path, as_of=AS_OF)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert count == len(today)
    assert [(r["name"], r["company"], int(r["score"]), r["why_now"]) for r in rows] == [
        (i.name, i.company, i.score, i.why_now) for i in today
    ]
    assert any("for you" in r["why_now"] for r in rows)  # the record, as in Today
    # Learning off: the export goes back to the stored weights, like Today.
    outcomes.set_learning(workspace, False)
    revival.export_reactivation(workspace, path, as_of=AS_OF)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        names = [r["name"] for r in csv.DictReader(handle)]
    assert names == [i.name for i in plain]

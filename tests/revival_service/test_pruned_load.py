"""The morning load leaves people and signals out only when the ranking cannot use them.

``load_facts(as_of=...)`` skips hidden people, clients, people the user wrote to within the
dormancy threshold and signals older than the signal horizon (job and title changes
excepted). The ranking of that smaller load must equal, candidate for candidate (score,
reasons, signals, opener), the ranking of everything the store holds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from benchmarks.bench_today_service import fill, store_knows_kinds
from benchmarks.revival_world import World, build_world
from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason
from linkrevive.revival import (
    Candidate,
    CompanyContact,
    ExchangeFact,
    LeadFacts,
    RevivalSettings,
    SignalFact,
    fresh_since,
    in_touch_since,
    rank,
    shortlist,
)
from linkrevive.services import revival
from linkrevive.services.workspace import Workspace
from tests.revival_service import world as cli_world

SETTINGS = [
    RevivalSettings(),
    RevivalSettings(dormancy_months=6, lost_cooldown_months=12, signal_horizon_days=60),
    RevivalSettings(dormancy_months=0, signal_horizon_days=0),
    RevivalSettings(dormancy_months=25, signal_horizon_days=900),
]


def _full_ranking(workspace: Workspace, day: date, settings: RevivalSettings) -> list[Candidate]:
    everything = revival.load_facts(workspace)  # no as_of: nobody and nothing left out
    return rank(everything.leads, day, settings, company_contacts=everything.contacts)


def _pruned_ranking(
    workspace: Workspace, day: date, settings: RevivalSettings
) -> tuple[list[Candidate], int]:
    facts = revival.load_facts(workspace, as_of=day, settings=settings)
    found = rank(facts.leads, day, settings, company_contacts=facts.contacts)
    return found, len(facts.leads)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, World]]:
    world = build_world(
        11,
        700,
        exchanges_per_lead=6,
        extra_signals=400,
        contacts=300,
        automated=store_knows_kinds(),
    )
    path: Path = tmp_path_factory.mktemp("pruned") / "world.sqlite3"
    workspace = Workspace.open(str(path))
    fill(workspace, world, 1000)
    yield workspace, world
    workspace.close()


@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("shift", [0, -200, -500, 45, 400])
def test_pruned_load_ranks_like_the_full_load(
    stored: tuple[Workspace, World], settings: RevivalSettings, shift: int
) -> None:
    workspace, world = stored
    day = world.as_of + timedelta(days=shift)
    expected = _full_ranking(workspace, day, settings)
    found, loaded = _pruned_ranking(workspace, day, settings)
    assert found == expected
    assert loaded < len(world.leads)


def test_the_load_leaves_out_people_in_touch(stored: tuple[Workspace, World]) -> None:
    workspace, world = stored
    loaded = {lead.person_id for lead in revival.load_facts(workspace, as_of=world.as_of).leads}
    visible = {
        lead.person_id
        for lead in world.leads
        if lead.lead_state is LeadState.ACTIVE and lead.stage is not Stage.CLIENT
    }
    # Active, visible prospects the user wrote to lately: not loaded, and never listed.
    in_touch = {pid for pid in visible - loaded if world.labels[pid] == "never_active"}
    assert len(in_touch) > 50
    assert not in_touch & {c.person_id for c in rank(world.leads, world.as_of)}
    full = revival.load_facts(workspace)
    assert sum(len(s.signals) for s in full.leads) > sum(
        len(s.signals) for s in revival.load_facts(workspace, as_of=world.as_of).leads
    )


def test_today_service_equals_the_full_ranking(stored: tuple[Workspace, World]) -> None:
    workspace, world = stored
    settings = revival.get_settings(workspace)
    expected, _ = shortlist(_full_ranking(workspace, world.as_of, settings), settings)
    items = revival.today(workspace, as_of=world.as_of, lang="fr")
    assert [(i.person_id, i.score, i.signals, i.opener) for i in items] == [
        (c.person_id, c.score, c.signals, dict(c.opener)) for c in expected
    ]
    assert [i.reason_codes for i in items] == [tuple(r.code for r in c.reasons) for c in expected]


def test_an_old_job_change_survives_the_load(tmp_path: Path) -> None:
    # Job changes are loaded whatever their date: the former company they name is where a
    # connection may now be a way back in, fresh or not.
    as_of = date(2024, 6, 3)
    moved = LeadFacts(
        person_id=1,
        name="Claire Martin",
        first_name="Claire",
        company="Studio Kôdé",
        position="CTO",
        country="France",
        emails=("claire@studiokode.fr",),
        linkedin_url="https://www.linkedin.com/in/claire-martin",
        stage=Stage.CALL_POSTPONED,
        stall_reason=StallReason.NO_TIME,
        lead_state=LeadState.ACTIVE,
        state_until=None,
        exchanges=(
            ExchangeFact(datetime(2021, 3, 1, 9, tzinfo=UTC), Direction.IN, Channel.EMAIL),
            ExchangeFact(datetime(2021, 3, 2, 9, tzinfo=UTC), Direction.OUT, Channel.EMAIL),
        ),
        signals=(
            SignalFact(
                SignalKind.JOB_CHANGE,
                datetime(2022, 5, 1, 9, tzinfo=UTC),
                {"old_company": "Pixel Bleu", "new_company": "Studio Kôdé", "position": "CTO"},
            ),
        ),
        history=(("Studio Kôdé", "CTO"),),
    )
    contacts = [CompanyContact("Marie Roux", "Pixel Bleu SARL")]
    workspace = Workspace.open(str(tmp_path / "moved.sqlite3"))
    try:
        fill(workspace, World([moved], {1: "revisit"}, contacts, as_of), 2)
        found, _ = _pruned_ranking(workspace, as_of, RevivalSettings())
        assert found == _full_ranking(workspace, as_of, RevivalSettings())
        [candidate] = found
        assert not candidate.has_fresh_signal
        assert candidate.reasons[0].code == "company_contact"
    finally:
        workspace.close()


def _set_time(path: Path, table: str, text: str) -> None:
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute(f"UPDATE {table} SET occurred_at = ?", (text,))


def test_a_date_written_with_an_offset_is_read_as_the_engine_reads_it(tmp_path: Path) -> None:
    # The store writes naive UTC text; a row written by another tool may carry an offset,
    # and SQLite compares text: 01:00 at +02:00 on the first day "in touch" is 23:00 UTC
    # the day before, so the user's mail is a year and a day old and the lead is listed.
    as_of = date(2024, 6, 3)
    settings = RevivalSettings()
    day = in_touch_since(as_of, settings)
    lead = LeadFacts(
        person_id=1,
        name="Claire Martin",
        first_name="Claire",
        company="Pixel Bleu",
        position="",
        country="France",
        emails=("claire@pixelbleu.fr",),
        linkedin_url="https://www.linkedin.com/in/claire-martin",
        stage=Stage.INFO_SENT,
        stall_reason=None,
        lead_state=LeadState.ACTIVE,
        state_until=None,
        exchanges=(
            ExchangeFact(datetime(2020, 1, 6, 9, tzinfo=UTC), Direction.OUT, Channel.EMAIL),
        ),
        signals=(
            SignalFact(
                SignalKind.EMAIL_INBOUND,
                datetime(2024, 5, 30, 9, tzinfo=UTC),
                {"subject": "Nouveau projet"},
            ),
        ),
        history=(("Pixel Bleu", ""),),
    )
    path = tmp_path / "offset.sqlite3"
    workspace = Workspace.open(str(path))
    try:
        fill(workspace, World([lead], {1: "positive"}, [], as_of), 1)
        _set_time(path, "exchange", f"{day.isoformat()}T01:00:00+02:00")
        [candidate] = _full_ranking(workspace, as_of, settings)
        assert candidate.dormant_since == day - timedelta(days=1)
        found, loaded = _pruned_ranking(workspace, as_of, settings)
        assert loaded == 1 and found == [candidate]
        # Two hours later, 01:00 UTC on that day: inside the threshold, in touch, left out.
        _set_time(path, "exchange", f"{day.isoformat()}T03:00:00+02:00")
        assert _full_ranking(workspace, as_of, settings) == []
        assert _pruned_ranking(workspace, as_of, settings) == ([], 0)
        # A signal at 23:30 at -02:00 the day before the horizon is fresh in UTC.
        _set_time(path, "exchange", "2020-01-06 09:00:00.000000")
        oldest = fresh_since(as_of, settings)
        _set_time(path, "signal", f"{(oldest - timedelta(days=1)).isoformat()}T23:30:00-02:00")
        [candidate] = _full_ranking(workspace, as_of, settings)
        assert candidate.has_fresh_signal
        assert _pruned_ranking(workspace, as_of, settings) == ([candidate], 1)
    finally:
        workspace.close()


def test_pruned_load_on_the_imported_world(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    cli_world.build_world(capsys, db_path, tmp_path)
    workspace = Workspace.open(str(db_path))
    try:
        as_of = date.fromisoformat(cli_world.AS_OF)
        for day in (as_of, as_of - timedelta(days=400), as_of + timedelta(days=700)):
            for settings in SETTINGS:
                found, _ = _pruned_ranking(workspace, day, settings)
                assert found == _full_ranking(workspace, day, settings), (day, settings)
        assert _full_ranking(workspace, as_of, RevivalSettings())  # the check saw leads
    finally:
        workspace.close()

"""The store hands the engine exactly the facts a generated world was written from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.bench_today_service import fill, store_knows_kinds
from benchmarks.revival_world import World, build_world
from linkrevive.revival import LeadFacts, rank, shortlist
from linkrevive.services import leads, revival
from linkrevive.services.workspace import Workspace


def _key(lead: LeadFacts) -> tuple[object, ...]:
    return (
        lead.name,
        lead.first_name,
        lead.company,
        lead.emails,
        lead.linkedin_url,
        lead.stage,
        lead.stall_reason,
        lead.lead_state,
        lead.state_until,
        lead.history,
        sorted((e.occurred_at, e.direction.value, e.channel.value) for e in lead.exchanges),
        sorted((s.occurred_at, s.kind.value, sorted(s.params.items())) for s in lead.signals),
    )


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, World]]:
    world = build_world(
        7, 600, exchanges_per_lead=6, extra_signals=150, contacts=300, automated=store_knows_kinds()
    )
    path: Path = tmp_path_factory.mktemp("world") / "world.sqlite3"
    workspace = Workspace.open(str(path))
    fill(workspace, world, 900)
    yield workspace, world
    workspace.close()


def test_every_visible_lead_comes_back_as_written(stored: tuple[Workspace, World]) -> None:
    workspace, world = stored
    as_of = world.as_of
    loaded = {f.person_id: f for f in revival.load_facts(workspace, as_of=as_of).leads}
    everyone = {f.person_id: f for f in revival.load_facts(workspace).leads}
    written = {lead.person_id: lead for lead in world.leads}
    assert set(everyone) == set(written)
    for person_id, lead in written.items():
        assert _key(everyone[person_id]) == _key(lead), person_id
    # Only people the ranking would hide that day are left out of the morning load.
    left_out = set(written) - set(loaded)
    assert left_out
    assert not {c.person_id for c in rank(world.leads, as_of)} & left_out


def test_today_equals_rank_on_the_written_facts(stored: tuple[Workspace, World]) -> None:
    workspace, world = stored
    as_of = world.as_of
    contacts = revival.load_facts(workspace, as_of=as_of).contacts
    expected, _ = shortlist(rank(world.leads, as_of, company_contacts=contacts))
    items = revival.today(workspace, as_of=as_of)
    assert [(i.person_id, i.score) for i in items] == [(c.person_id, c.score) for c in expected]
    assert len(items) > 50
    assert [i.person_id for i in revival.today(workspace, as_of=as_of, limit=5)] == [
        c.person_id for c in expected[:5]
    ]


@pytest.mark.services
def test_postgres_gives_the_same_list(pg_db_url: str, stored: tuple[Workspace, World]) -> None:
    _, world = stored  # the same generated world, written afresh to PostgreSQL
    workspace = Workspace.open(pg_db_url)
    try:
        small = World(world.leads[:200], world.labels, world.contacts[:100], world.as_of)
        fill(workspace, small, 300)
        items = revival.today(workspace, as_of=world.as_of)
        contacts = revival.load_facts(workspace, as_of=world.as_of).contacts
        expected, _ = shortlist(rank(small.leads, world.as_of, company_contacts=contacts))
        assert [(i.person_id, i.score) for i in items] == [(c.person_id, c.score) for c in expected]
        assert items and items[0].last_exchange is not None
        assert items[0].last_exchange.tzinfo is not None
        person = items[0].person_id
        leads.snooze(workspace, person, world.as_of.replace(year=world.as_of.year + 1))
        assert person not in {i.person_id for i in revival.today(workspace, as_of=world.as_of)}
        assert leads.forget(workspace, items[1].emails[0])["people"] == 1
    finally:
        workspace.close()

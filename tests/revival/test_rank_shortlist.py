"""rank_shortlist explains only the leads the list keeps, and keeps the same leads as
shortlist(rank()): same candidates, same order, same count of due leads left out."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from benchmarks.revival_world import build_world
from linkrevive.revival import RevivalSettings, rank, rank_shortlist, shortlist


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("due_block", "network_block"), [(10, 5), (0, 0), (1, 1), (3, 50), (10_000, 10_000)]
)
def test_same_list_as_shortlist_of_rank(seed: int, due_block: int, network_block: int) -> None:
    world = build_world(seed, 400, contacts=300)
    settings = replace(RevivalSettings(), due_block=due_block, network_block=network_block)
    for day in (world.as_of, world.as_of - timedelta(days=45), world.as_of + timedelta(days=200)):
        expected = shortlist(
            rank(world.leads, day, settings, company_contacts=world.contacts), settings
        )
        got = rank_shortlist(world.leads, day, settings, company_contacts=world.contacts)
        assert got == expected


def test_due_leads_of_one_day_are_ordered_by_score() -> None:
    # Many leads due on the same days: the block's last day is shared with leads left out,
    # which only their scores separate.
    world = build_world(14, 600, contacts=200)
    settings = replace(RevivalSettings(), due_block=7)
    full = rank(world.leads, world.as_of, settings, company_contacts=world.contacts)
    due = [c for c in full if c.section == "due"]
    assert len(due) > 7
    # The 7th and the 8th are due on the same day: the cut falls inside that day.
    assert due[6].due_on == due[7].due_on and due[6].score > due[7].score
    kept, more = rank_shortlist(world.leads, world.as_of, settings, company_contacts=world.contacts)
    assert [c for c in kept if c.section == "due"] == due[:7]
    assert more == len(due) - 7

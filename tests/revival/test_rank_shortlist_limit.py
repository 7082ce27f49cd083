"""rank_shortlist with a limit explains only the first leads of the list: the same first
candidates as without it, in the same order, and the same count of due leads left out."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from benchmarks.revival_world import build_world
from linkrevive.revival import RevivalSettings, rank_shortlist


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("limit", [-3, 0, 1, 7, 40, 100_000])
def test_the_first_leads_of_the_whole_list(seed: int, limit: int) -> None:
    world = build_world(seed, 400, contacts=300)
    settings = replace(RevivalSettings(), due_block=5, network_block=3)
    for day in (world.as_of, world.as_of - timedelta(days=45)):
        whole, more = rank_shortlist(world.leads, day, settings, company_contacts=world.contacts)
        assert {c.section for c in whole} == {"fresh", "due", "network"}  # every block cut
        got = rank_shortlist(
            world.leads, day, settings, company_contacts=world.contacts, limit=limit
        )
        assert got == (whole[: max(limit, 0)], more)

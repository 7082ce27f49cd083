"""The rule that tells which messages of a 2018 LinkedIn file (local time of an unnamed zone,
to the minute) a later export gives again (UTC, to the second): a year of a conversation
in zones with and without summer time, busy hours with messages a whole hour apart."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from linkrevive.domain.message_twins import Message, twins


def _year_of_messages(seed: int) -> list[Message]:
    """A year of messages between the user and three connections, in UTC to the second:
    bursts where one side writes several times an hour, some exactly an hour apart."""
    rng = random.Random(seed)
    found: list[Message] = []
    start = datetime(2018, 1, 3, 8, 0, tzinfo=UTC)
    for day in range(0, 330, 3):
        base = start + timedelta(days=day, minutes=rng.randrange(600))
        profile = rng.choice((1, 2, 3))
        for step in range(rng.randrange(1, 5)):
            when = base + timedelta(minutes=60 * step, seconds=rng.randrange(60))
            found.append((profile, rng.choice(("in", "out")), when))
    return found


def _as_written_in_2018(messages: list[Message], zone: str) -> list[Message]:
    """The same messages as the 2018 layout writes them: wall time of ``zone``, to the minute,
    taken back as UTC (the file names no zone)."""
    tz = ZoneInfo(zone)
    written = []
    for profile, direction, when in messages:
        wall = when.astimezone(tz).replace(second=0, tzinfo=UTC)
        written.append((profile, direction, wall))
    return written


@pytest.mark.parametrize("zone", ["Europe/Paris", "America/Montreal", "UTC", "Asia/Kolkata"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_repeated_message_is_a_twin_and_no_other(zone: str, seed: int) -> None:
    messages = _year_of_messages(seed)
    rng = random.Random(seed)
    # The later export lost a fifth of the conversations' messages (deleted since); the 2018
    # file holds them all.
    kept = [m for m in messages if rng.random() > 0.2]
    written = _as_written_in_2018(messages, zone)
    found = twins(written, kept)
    expected = {i for i, message in enumerate(messages) if message in set(kept)}
    assert found == expected


def test_a_lone_pair_at_an_unusual_offset_is_no_twin() -> None:
    # Two twins show UTC+1; one pair two hours apart is two messages, not a zone.
    at = datetime(2018, 11, 16, 7, 36, 12, tzinfo=UTC)
    exact = [(1, "in", at), (2, "in", at + timedelta(days=1))]
    named = [
        (1, "in", datetime(2018, 11, 16, 8, 36, tzinfo=UTC)),  # its twin, at UTC+1
        (2, "in", datetime(2018, 11, 17, 8, 36, tzinfo=UTC)),  # its twin, at UTC+1
        (1, "in", datetime(2018, 11, 16, 9, 36, tzinfo=UTC)),  # another, two hours after
    ]
    assert twins(named, exact) == {0, 1}


def test_other_profiles_directions_and_distant_days_are_never_twins() -> None:
    at = datetime(2018, 5, 2, 10, 0, 30, tzinfo=UTC)
    named = [(1, "in", datetime(2018, 5, 2, 12, 0, tzinfo=UTC))] * 2
    assert twins(named, [(2, "in", at), (2, "in", at)]) == set()
    assert twins(named, [(1, "out", at), (1, "out", at)]) == set()
    assert twins(named, [(1, "in", at - timedelta(days=1))] * 2) == set()
    # Each message of the later export twins one message of 2018 at most.
    assert twins(named, [(1, "in", at), (1, "in", at + timedelta(days=2))]) in ({0}, {1})

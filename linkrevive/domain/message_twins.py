"""Which messages of a 2018 LinkedIn export a later export gives again, in another zone."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta

#: ``(profile id, direction, time)`` of a message.
Message = tuple[int, str, datetime]

#: The 2018 layout writes each message's time in a zone it does not name, to the minute; a
#: later export writes the same message in UTC, to the second. Zones are at most this far
#: from UTC, and a whole number of quarter hours from it.
MOST_APART = timedelta(hours=14)
_QUARTER = 15  # minutes
#: How far, in minutes, a time may be from a whole number of quarter hours off its twin
#: (the minute written, cut or rounded, against the second).
_SLACK = 1.5
#: An offset other than the most common one counts when at least this many pairs show it.
_FEWEST = 2
#: The weeks around a message whose pairs say which offset its twin is first sought at.
_AROUND = timedelta(days=10)


def twins(named: Sequence[Message], exact: Sequence[Message]) -> set[int]:
    """Positions in ``named`` (messages of the 2018 layout) of those that ``exact`` (a
    later export's) gives again: the same profile and direction, apart by the offset of the
    zone the 2018 file was written in.

    A pair of messages a whole number of quarter hours apart may be twins or two messages
    of one conversation, so a pair counts only at an offset that many pairs show: the most
    common one, and any other at least a quarter as common (the other half of the year, in
    a zone with summer time), never one pair's alone. Each message's twin is sought first
    at the offset most pairs show in the weeks around it, and only once every message has
    had its turn at that offset, at the others; each message of ``exact`` twins one at most.
    """
    times: dict[tuple[int, str], list[datetime]] = defaultdict(list)
    for profile, direction, when in exact:
        times[(profile, direction)].append(when)
    for group in times.values():
        group.sort()
    offsets: dict[int, list[tuple[int, int]]] = {}  # position: (offset, exact index)
    seen: Counter[int] = Counter()
    shown: dict[int, list[datetime]] = defaultdict(list)  # offset: when pairs show it
    for position, (profile, direction, when) in enumerate(named):
        near = times.get((profile, direction))
        if not near:
            continue
        low = bisect_left(near, when - MOST_APART)
        high = bisect_right(near, when + MOST_APART)
        for index in range(low, high):
            minutes = (when - near[index]).total_seconds() / 60
            offset = round(minutes / _QUARTER) * _QUARTER
            if abs(minutes - offset) <= _SLACK:
                offsets.setdefault(position, []).append((offset, index))
                seen[offset] += 1
                shown[offset].append(when)
    if not seen:
        return set()
    # The most common offset; on a tie the one nearest UTC, then the earlier.
    zone = max(seen, key=lambda offset: (seen[offset], -abs(offset), -offset))
    floor = max(_FEWEST, seen[zone] / 4)
    zones = {zone} | {offset for offset, count in seen.items() if count >= floor}
    for found_at in shown.values():
        found_at.sort()

    def around(offset: int, when: datetime) -> int:
        """How many pairs show ``offset`` in the weeks around ``when``."""
        at = shown[offset]
        return bisect_right(at, when + _AROUND) - bisect_left(at, when - _AROUND)

    order = sorted(offsets, key=lambda p: named[p][2])
    wanted = {
        position: sorted(zones, key=lambda o: (-around(o, named[position][2]), -seen[o]))
        for position in order
    }
    taken: set[tuple[int, str, int]] = set()
    found: set[int] = set()
    for rank in range(len(zones)):
        for position in order:
            if position in found:
                continue
            profile, direction, _when = named[position]
            pick = next(
                (i for offset, i in offsets[position]
                 if offset == wanted[position][rank] and (profile, direction, i) not in taken),
                None,
            )  # fmt: skip
            if pick is not None:
                taken.add((profile, direction, pick))
                found.add(position)
    return found


__all__ = ["MOST_APART", "Message", "twins"]

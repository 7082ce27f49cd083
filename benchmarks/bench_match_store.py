"""Pairing through the service on a real SQLite file: the ``match`` command's work, and the
re-match after an import of new addresses.

The pairing world of :mod:`benchmarks.match_world` (30,000 profiles, 22,300 people, ~25,000
addresses) is written to a store as the imports would (an address found in two cards is kept
in the first one, as the store's unique address requires; earlier employers become position
history). Then:

- ``run_match`` (load both sides, match everyone, replace every proposal), cold: the pool of
  prepared profiles emptied first, as a new ``match`` process meets it;
- ``pair_changes`` after N new people with one address each are stored (as a contacts import
  calls it, in the import's transaction), warm (the profiles prepared by the run before, as in
  the app's process) and cold (as in a new ``import`` process); the stored pairs are then
  checked against a full ``run_match`` of the same store.

Run: ``.venv/bin/python benchmarks/bench_match_store.py [--runs N] [--new N] [--seed N]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.match_world import World, build_world
from linkrevive.domain.text import is_role_address, normalize_email
from linkrevive.matching.pool import profile_pool
from linkrevive.services import pairing
from linkrevive.services.workspace import Workspace
from linkrevive.storage.bulk import bulk_insert
from linkrevive.storage.tables import PairingRow, PersonEmailRow, PersonRow, PositionRow, ProfileRow


def _table(model: Any) -> Any:
    return model.__table__


def fill(workspace: Workspace, world: World, leave_out: set[int]) -> None:
    """Write the world to the store, but for the people in ``leave_out``."""
    now = datetime.now(UTC)
    today = date(2026, 1, 1)
    people, emails, profiles, positions = [], [], [], []
    seen: set[str] = set()
    for person in world.people:
        if person.id in leave_out:
            continue
        people.append(_person(person.id, person.first_name, person.last_name,
                              person.display_name, person.company, now))  # fmt: skip
        for email in person.emails:
            normal = normalize_email(email)
            if normal and normal not in seen:
                seen.add(normal)
                emails.append(
                    {"person_id": person.id, "email": normal, "is_role": is_role_address(normal)}
                )
    for profile in world.profiles:
        profiles.append(
            {
                "id": profile.id, "url": profile.url or f"https://www.linkedin.com/in/p{profile.id}",
                "first_name": profile.first_name, "last_name": profile.last_name,
                "email": profile.email, "company": profile.company, "position": "",
                "connected_on": None, "status": "current", "first_seen": None,
                "last_seen": None, "position_since": None, "removed_on": None,
            }
        )  # fmt: skip
        for age, company in enumerate((profile.company, *profile.former_companies)):
            day = today - timedelta(days=365 * age)
            positions.append({"profile_id": profile.id, "company": company, "position": "",
                              "first_seen": day, "last_seen": day})  # fmt: skip
    with workspace.database.session(write=True) as session:
        bulk_insert(session, _table(PersonRow), people)
        bulk_insert(session, _table(PersonEmailRow), emails)
        bulk_insert(session, _table(ProfileRow), profiles)
        bulk_insert(session, _table(PositionRow), positions)


def _person(
    pid: int, first: str, last: str, display: str, company: str, now: datetime
) -> dict[str, Any]:
    return {
        "id": pid, "first_name": first, "last_name": last, "display_name": display,
        "company": company, "position": "", "country": "", "stage": None, "stall_reason": None,
        "notes": "", "tags": "", "lead_state": "active", "state_until": None, "state_note": "",
        "user_fields": "", "version": 1, "created_at": now, "updated_at": now,
    }  # fmt: skip


def stored_pairs(workspace: Workspace) -> set[tuple[Any, ...]]:
    """Every proposal in the store, without its time stamp."""
    table = _table(PairingRow)
    with workspace.database.session() as session:
        rows = session.execute(
            sa.select(
                table.c.person_id,
                table.c.profile_id,
                table.c.status,
                table.c.score,
                table.c.evidence,
            )
        )
        return {tuple(row) for row in rows}


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    """Build the store, time the full match and the re-match, print medians and checks."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--new", type=int, default=100, help="new addresses per re-match")
    args = parser.parse_args()
    world = build_world(args.seed, 30_000, 22_300, 13_000)
    rng = random.Random(args.seed)
    holders: dict[str | None, int] = {}
    for person in world.people:
        for email in {normalize_email(e) for e in person.emails}:
            holders[email] = holders.get(email, 0) + 1
    singles = [
        p for p in world.people if len(p.emails) == 1 and holders[normalize_email(p.emails[0])] == 1
    ]
    chosen = rng.sample(singles, args.new * args.runs)
    batches = [chosen[i : i + args.new] for i in range(0, len(chosen), args.new)]
    left_out = {p.id for batch in batches for p in batch}
    folder = Path(tempfile.mkdtemp(prefix="linkrevive-bench-"))
    workspace = Workspace.open(str(folder / "match.sqlite3"))
    started = time.perf_counter()
    fill(workspace, world, left_out)
    print(f"store: {len(world.profiles)} profiles, {len(world.people) - len(left_out)} people "
          f"in {folder} (built in {time.perf_counter() - started:.1f} s)")  # fmt: skip

    full = []
    for _ in range(args.runs):
        profile_pool.cache_clear()
        full.append(_timed(lambda: pairing.run_match(workspace)))
    timings: dict[str, list[tuple[float, float]]] = {"warm": [], "cold": []}
    now = datetime.now(UTC)
    for run, batch in enumerate(batches):
        mode = "warm" if run % 2 == 0 else "cold"
        pairing.run_match(workspace)
        if mode == "cold":
            profile_pool.cache_clear()
        with workspace.database.session(write=True) as session:
            bulk_insert(session, _table(PersonRow),
                        [_person(p.id, p.first_name, p.last_name, p.display_name, p.company, now)
                         for p in batch])  # fmt: skip
            bulk_insert(session, _table(PersonEmailRow),
                        [{"person_id": p.id, "email": normalize_email(p.emails[0]),
                          "is_role": is_role_address(p.emails[0])} for p in batch])  # fmt: skip
            new = {p.id for p in batch}
            timings[mode].append(
                _timed(lambda: pairing.pair_changes(session, people=new, profiles=set()))  # noqa: B023
            )
        after = stored_pairs(workspace)
        pairing.run_match(workspace)
        if after != stored_pairs(workspace):
            print(f"re-match {run + 1} differs from a full match")
    print(f"{'':44}{'wall (s)':>10}{'CPU (s)':>10}   median of")
    print(f"{'run_match (the match command), cold':44}{_medians(full)}   {len(full)}")
    for mode, found in timings.items():
        if found:
            label = f"pair_changes after {args.new} new addresses, {mode}"
            print(f"{label:44}{_medians(found)}   {len(found)}")


def _medians(found: list[tuple[float, float]]) -> str:
    wall = statistics.median(w for w, _ in found)
    cpu = statistics.median(c for _, c in found)
    return f"{wall:>10.3f}{cpu:>10.3f}"


if __name__ == "__main__":
    main()

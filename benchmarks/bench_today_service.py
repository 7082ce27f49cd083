"""Speed of the Today list through the service, on a real SQLite file at the largest size.

20,000 people (leads of every kind, from ``revival_world``), about 200,000 exchanges,
30,000 signals and 30,000 LinkedIn profiles (one paired with each person, the rest other
connections at the same agencies). Times ``services.revival.today()`` end to end (load the
facts with set-based queries, leaving out whoever cannot be listed that day, rank, render
the reasons), split into load and rank, against a plain-SQLite baseline: one ``GROUP BY``
query listing the people silent for a year. Checks that the list equals the ranking of
everything the store holds (nothing pruned) and of the generated facts. Then unpairs a third
of the people and times ``to_connect()``, which the app also runs at start-up.
Then times the whole ``today --limit 50`` command as a fresh process, beside the bare
interpreter's start-up. Goal: the service's today() in at most 0.5 s of CPU (median of
several runs).

``--floor`` then prints what reading the facts costs before any object of LinkRevive's: every
row the load reads (people, addresses, pairings, profiles, past positions, exchanges, signals),
fetched by plain ``sqlite3``, and two ways of handing over the exchanges summarised by SQL
instead of one row each: a ``GROUP BY`` per owner (count, first day, last outgoing one, both
ways, channels) and the rows after each owner's last outgoing exchange (what the silence rule
reads).

Run: ``.venv/bin/python benchmarks/bench_today_service.py [--people N] [--runs N] [--keep]
[--floor]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.revival_world import World, build_world
from linkrevive.domain.enums import Channel, SignalKind
from linkrevive.domain.text import is_role_address
from linkrevive.revival import AUTOMATED, Candidate, add_months, rank, rank_shortlist, shortlist
from linkrevive.services import revival
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo
from linkrevive.storage.bulk import bulk_insert
from linkrevive.storage.tables import (
    ExchangeRow,
    PairingRow,
    PersonEmailRow,
    PersonRow,
    PositionRow,
    ProfileRow,
    SignalRow,
)

#: Issue 15's goal for the ranking at real size (CPU time of today(): the machine is shared).
GOAL_SECONDS = 0.5
# Signals the LinkedIn import attaches to the profile; the others belong to the person.
_PROFILE_KINDS = frozenset(
    {
        SignalKind.JOB_CHANGE,
        SignalKind.TITLE_CHANGE,
        SignalKind.RECONNECTED,
        SignalKind.LINKEDIN_MESSAGE,
        SignalKind.LINKEDIN_INVITATION,
    }
)


def _table(model: Any) -> Any:
    return model.__table__


def store_knows_kinds() -> bool:
    """True once the store can flag automated senders (a ``kind`` column on person)."""
    return "kind" in _table(PersonRow).c


def fill(workspace: Workspace, world: World, profiles: int) -> dict[str, int]:
    """Write ``world`` to the store as the imports would, with ``profiles`` profiles."""
    now = datetime.now(UTC)
    day = world.as_of
    kinds = store_knows_kinds()
    people, emails, prof, positions, pairs, exchanges, signals = [], [], [], [], [], [], []
    for lead in world.leads:
        pid = lead.person_id
        first, _, last = lead.name.partition(" ")
        people.append(
            {
                "id": pid,
                "first_name": first,
                "last_name": last,
                "display_name": "",
                "company": lead.company,
                "position": lead.position,
                "country": lead.country,
                "stage": lead.stage.value if lead.stage else None,
                "stall_reason": lead.stall_reason.value if lead.stall_reason else None,
                "notes": "",
                "tags": "",
                "lead_state": lead.lead_state.value,
                "state_until": lead.state_until,
                "state_note": "",
                "user_fields": "",
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
        if kinds:
            people[-1]["kind"] = "automated" if lead.relation == AUTOMATED else "person"
        emails += [
            {"person_id": pid, "email": e, "is_role": is_role_address(e)} for e in lead.emails
        ]
        current = lead.history[-1] if lead.history else (lead.company, "Chef de projet")
        prof.append(
            _profile(pid, lead.linkedin_url or f"lead-{pid}", first, last, current[0], current[1])
        )
        # Past spans go to the position table; the current one lives on the profile.
        positions += [
            {"profile_id": pid, "company": c, "position": p, "first_seen": day, "last_seen": day}
            for c, p in lead.history[:-1]
        ]
        pairs.append(
            {
                "person_id": pid,
                "profile_id": pid,
                "status": "auto",
                "score": 0.97,
                "evidence": "[]",
                "decided_at": None,
                "updated_at": now,
            }
        )
        for i, e in enumerate(lead.exchanges):
            on_profile = e.channel is Channel.LINKEDIN
            exchanges.append(
                {
                    "person_id": None if on_profile else pid,
                    "profile_id": pid if on_profile else None,
                    "occurred_at": e.occurred_at,
                    "direction": e.direction.value,
                    "channel": e.channel.value,
                    "subject": "Re: devis",
                    "counterpart": "",
                    "source_key": f"x:{pid}:{i}",
                }
            )
        for i, s in enumerate(lead.signals):
            on_profile = s.kind in _PROFILE_KINDS
            signals.append(
                {
                    "kind": s.kind.value,
                    "occurred_at": s.occurred_at,
                    "person_id": None if on_profile else pid,
                    "profile_id": pid if on_profile else None,
                    "params": json.dumps(dict(s.params)),
                    "source_key": f"s:{pid}:{i}",
                    "created_at": now,
                }
            )
    next_id = len(world.leads) + 1
    for n, contact in enumerate(world.contacts[: max(profiles - len(world.leads), 0)]):
        first, _, last = contact.name.partition(" ")
        prof.append(_profile(next_id + n, f"contact-{n}", first, last, contact.company))
    with workspace.database.session(write=True) as session:
        bulk_insert(session, _table(PersonRow), people)
        bulk_insert(session, _table(PersonEmailRow), emails)
        bulk_insert(session, _table(ProfileRow), prof)
        bulk_insert(session, _table(PositionRow), positions)
        bulk_insert(session, _table(PairingRow), pairs)
        bulk_insert(session, _table(ExchangeRow), exchanges)
        bulk_insert(session, _table(SignalRow), signals)
        activity_repo.set_setting(session, activity_repo.ME_ADDRESSES, list(world.me))
    return {
        "people": len(people),
        "profiles": len(prof),
        "exchanges": len(exchanges),
        "signals": len(signals),
    }


def _profile(
    pid: int, slug: str, first: str, last: str, company: str, position: str = "Chef de projet"
) -> dict[str, Any]:
    url = slug if slug.startswith("http") else f"https://www.linkedin.com/in/{slug}"
    return {
        "id": pid,
        "url": url,
        "first_name": first,
        "last_name": last,
        "email": None,
        "company": company,
        "position": position,
        "connected_on": None,
        "status": "current",
        "first_seen": None,
        "last_seen": None,
        "position_since": None,
        "removed_on": None,
    }


def silent_baseline(path: Path, as_of: date, months: int) -> int:
    """Plain sqlite3: people whose newest exchange is older than the threshold."""
    cutoff = add_months(as_of, -months).isoformat()
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT COALESCE(e.person_id, p.person_id) AS who, MAX(e.occurred_at) AS last "
            "FROM exchange e LEFT JOIN pairing p ON p.profile_id = e.profile_id "
            "GROUP BY who HAVING last <= ?",
            (cutoff,),
        ).fetchall()
    finally:
        connection.close()
    return len(rows)


#: Every row today()'s load reads, as plain SQL (the loader builds these with SQLAlchemy).
_OWNER = "COALESCE(person_id, -profile_id)"
_READS = {
    "people": "SELECT id, first_name, last_name, display_name, company, position, country, "
    "stage, stall_reason, lead_state, state_until FROM person",
    "addresses": "SELECT person_id, email, is_role FROM person_email ORDER BY id",
    "pairings": "SELECT person_id, MIN(profile_id) FROM pairing "
    "WHERE status IN ('auto', 'confirmed') GROUP BY person_id",
    "profiles": "SELECT id, url, first_name, last_name, company, position, status FROM profile",
    "past positions": "SELECT profile_id, company, position FROM position "
    "ORDER BY profile_id, first_seen, id",
    # Owner, direction and channel in one integer, as the loader reads them.
    "exchanges, a row each": f"SELECT {_OWNER} * 8 + (direction = 'out') * 4 "
    "+ (channel = 'linkedin') * 2 + (channel = 'email'), occurred_at FROM exchange",
    "signals": "SELECT person_id, profile_id, kind, occurred_at, params FROM signal",
}
#: The exchanges summarised by SQL instead: what the engine would read of the conversations.
_SUMMARIES = {
    "exchanges summed up per owner (GROUP BY)": f"SELECT {_OWNER} AS owner, COUNT(*), "
    "MIN(occurred_at), MAX(CASE WHEN direction = 'out' THEN occurred_at END), "
    "MAX(direction = 'in'), MIN(channel = 'email'), MAX(channel <> 'linkedin') "
    "FROM exchange GROUP BY owner",
    "exchanges after the last outgoing one": f"WITH last AS (SELECT {_OWNER} AS owner, "
    "MAX(occurred_at) AS out_at FROM exchange WHERE direction = 'out' GROUP BY owner) "
    f"SELECT {_OWNER}, direction, channel, occurred_at FROM exchange "
    f"LEFT JOIN last ON last.owner = {_OWNER} "
    "WHERE last.out_at IS NULL OR occurred_at >= last.out_at",
}


def read_floor(path: Path, runs: int) -> dict[str, tuple[float, int]]:
    """CPU seconds (median of ``runs``) and rows of each of ``_READS`` and ``_SUMMARIES``,
    fetched whole by plain sqlite3."""
    connection = sqlite3.connect(path)
    found: dict[str, tuple[float, int]] = {}
    try:
        for label, sql in {**_READS, **_SUMMARIES}.items():
            times, rows = [], 0
            for _ in range(runs):
                c0 = time.process_time()
                rows = len(connection.execute(sql).fetchall())
                times.append(time.process_time() - c0)
            found[label] = (statistics.median(times), rows)
    finally:
        connection.close()
    return found


def print_floor(floor: dict[str, tuple[float, int]], today_cpu: float) -> None:
    """The reads beside today()'s CPU time."""
    print(f"reading alone, plain sqlite3 (CPU, median)  beside today()'s {today_cpu:.3f} s:")
    for label, (seconds, rows) in floor.items():
        print(f"  {label:44}{seconds:>8.3f} s  {rows:>8,} rows")
    reads = sum(seconds for label, (seconds, _rows) in floor.items() if label in _READS)
    exchanges = floor["exchanges, a row each"][0]
    summed = sum(seconds for label, (seconds, _rows) in floor.items() if label in _SUMMARIES)
    print(
        f"  every read                                  {reads:>8.3f} s  "
        f"({reads / today_cpu:.0%} of today()); the exchanges summed up by SQL cost "
        f"{summed:.3f} s against {exchanges:.3f} s a row each"
    )


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_command(path: Path, as_of: date, runs: int) -> dict[str, float]:
    """Medians of the whole ``linkrevive today --limit 50`` process (wall and CPU), beside
    the bare interpreter's start-up (``python -c pass``) in the same run."""
    # Bytecode written as an installed app has it (pip compiles on install): a shell's
    # PYTHONDONTWRITEBYTECODE would make each run compile every module changed since the
    # last cache. One untimed run writes the cache.
    drop = ("LINKREVIVE_DB", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    command = [sys.executable, "-m", "linkrevive", "--db", str(path), "today"]
    command += ["--as-of", as_of.isoformat(), "--limit", "50"]
    bare = [sys.executable, "-c", "pass"]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    times: dict[str, list[float]] = {"wall": [], "cpu": [], "bare": [], "bare_cpu": []}
    for _ in range(runs):
        for argv, wall, cpu in ((command, "wall", "cpu"), (bare, "bare", "bare_cpu")):
            c0, t0 = _child_cpu(), time.perf_counter()
            subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
            times[wall].append(time.perf_counter() - t0)
            times[cpu].append(_child_cpu() - c0)
    return {key: statistics.median(values) for key, values in times.items()}


def _unpair_a_third(workspace: Workspace) -> None:
    pairing = _table(PairingRow)
    with workspace.database.session(write=True) as session:
        session.execute(pairing.delete().where(pairing.c.person_id % 3 == 0))


def _shown(candidates: list[Candidate]) -> list[tuple[object, ...]]:
    return [(c.person_id, c.score, tuple(r.code for r in c.reasons)) for c in candidates]


def main() -> None:
    """Build the world in a SQLite file, time the service and the baseline, print figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--exchanges", type=int, default=200_000)
    parser.add_argument("--signals", type=int, default=30_000)
    parser.add_argument("--profiles", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the database file")
    parser.add_argument("--floor", action="store_true", help="time the reads alone too")
    args = parser.parse_args()

    started = time.perf_counter()
    per_lead = args.exchanges / args.people
    kinds = store_knows_kinds()
    probe = build_world(args.seed, args.people, exchanges_per_lead=per_lead, automated=kinds)
    world = build_world(
        args.seed,
        args.people,
        exchanges_per_lead=per_lead,
        automated=kinds,
        extra_signals=max(args.signals - probe.signal_count, 0),
        contacts=max(args.profiles - args.people, 0),
    )
    folder = Path(tempfile.mkdtemp(prefix="linkrevive-bench-"))
    path = folder / "today.sqlite3"
    workspace = Workspace.open(str(path))
    sizes = fill(workspace, world, args.profiles)
    print(
        f"world: {sizes['people']} people, {sizes['exchanges']} exchanges, "
        f"{sizes['signals']} signals, {sizes['profiles']} profiles in {path} "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )

    settings = revival.get_settings(workspace)
    # What the generator says the list must hold; then the generated world goes, so that
    # the timed process holds what the app's would: the store, not a second copy in memory.
    as_of = world.as_of
    ranked = rank(world.leads, as_of, settings)
    expected = {c.person_id for c in shortlist(ranked, settings)[0]}
    eligible = len(ranked)
    del ranked
    del world, probe
    totals, cpus, loads, ranks, full_ranks, bases = [], [], [], [], [], []
    listed = base = 0
    for _ in range(args.runs):
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        items = revival.today(workspace, as_of=as_of)
        totals.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        listed = len(items)
        del items
        # The split, with the collector off as today() runs it.
        gc.disable()
        t0 = time.perf_counter()
        facts = revival.load_facts(workspace, as_of=as_of)
        loads.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        rank_shortlist(facts.leads, as_of, settings, company_contacts=facts.contacts)
        ranks.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        shortlist(rank(facts.leads, as_of, settings, company_contacts=facts.contacts), settings)
        full_ranks.append(time.perf_counter() - t0)
        del facts
        gc.enable()
        t0 = time.perf_counter()
        base = silent_baseline(path, as_of, settings.dormancy_months)
        bases.append(time.perf_counter() - t0)

    # The store must give the engine the same leads the generator built, and leaving out
    # who cannot be listed that day must change nothing.
    items = revival.today(workspace, as_of=as_of)
    got = {i.person_id for i in items}
    everything = revival.load_facts(workspace)
    unpruned, _ = shortlist(
        rank(everything.leads, as_of, settings, company_contacts=everything.contacts), settings
    )
    del everything
    shown = [(i.person_id, i.score, i.reason_codes) for i in items]
    same_as_full = shown == _shown(unpruned)
    same = (
        "same list as rank() on the unpruned load, same leads as on the generated facts"
        if got == expected and same_as_full
        else "DIFFERENT"
    )

    # Read before a third of the people are unpaired below.
    floor = read_floor(path, args.runs) if args.floor else {}
    command = time_command(path, as_of, args.runs)
    _unpair_a_third(workspace)
    connects = []
    to_connect = 0
    for _ in range(args.runs):
        gc.collect()
        t0 = time.perf_counter()
        to_connect = len(revival.to_connect(workspace))
        connects.append(time.perf_counter() - t0)

    med = statistics.median
    print(f"{'':40}{'seconds (median)':>18}")
    print(f"{'service today() end to end':40}{med(totals):>18.3f}")
    print(f"{'  its CPU time':40}{med(cpus):>18.3f}")
    print(f"{'  load facts (pruned, set-based)':40}{med(loads):>18.3f}")
    print(f"{'  rank_shortlist() (as today() ranks)':40}{med(ranks):>18.3f}")
    print(f"{'  (rank() + shortlist(): all explained)':40}{med(full_ranks):>18.3f}")
    print(f"{'plain-SQLite silent baseline':40}{med(bases):>18.3f}")
    print(
        f"listed: {listed} by today() of {eligible} eligible ({same}); "
        f"{base} silent by the baseline"
    )
    print(f"today() min / max: {min(totals):.3f} / {max(totals):.3f} s")
    print(
        f"{'whole `today --limit 50` process':40}{command['wall']:>18.3f}"
        f"  (CPU {command['cpu']:.3f}; bare interpreter {command['bare']:.3f}, "
        f"CPU {command['bare_cpu']:.3f})"
    )
    print(f"{'to_connect(), a third unpaired':40}{med(connects):>18.3f}  ({to_connect} people)")
    ok = med(cpus) <= GOAL_SECONDS and got == expected and same_as_full
    print(
        f"{'PASS' if ok else 'FAIL'}  service today() on {sizes['people']} people: "
        f"CPU {med(cpus):.3f} s (goal <= {GOAL_SECONDS} s)"
    )
    if floor:
        print_floor(floor, med(cpus))
    workspace.close()
    if args.keep:
        print(f"kept {path}")
    else:
        for file in folder.iterdir():
            file.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()

"""A team on one database: 5 processes x 200 mixed operations at once, then the invariants.

    python -m benchmarks.bench_team [--db URL] [--processes 5] [--ops 200] [--seed 17]

Without ``--db`` a throwaway PostgreSQL server is started as the tests start theirs (Debian's
``postgresql``, run as the ``postgres`` user); ``--db`` takes a server URL or a SQLite file
(the same workload on SQLite, for comparison). Each process runs the command line's own
``run()`` on its share of lead edits (``lead set --stage``), pair confirmations, imports of
small lead sheets (notes, tags and stages of shared people, new people, a forgotten
person's address), forgets and ``today``, all started together.

Afterwards, by SQL:

- lost updates: every note an import that exited 0 brought is in its person's notes, and
  each person's chain of stage changes has no gap (each change replaced the stage the
  previous one wrote) and ends with the stage stored;
- user choices kept: a person whose stage the user set keeps the last stage the user set
  (the sheets say otherwise about them all along);
- one confirmed profile per person and one person per confirmed profile;
- forgotten addresses absent (the sheets keep bringing them back).

Printed: operations by kind and outcome, refusals ("changed by a teammate", "busy") and
retries (none: writers queue on one advisory lock, nothing is retried), crashes (exit 70),
lost updates, invariant violations, the wall time and the median time per kind.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KINDS = ("lead", "confirm", "import", "forget", "today")
WEIGHTS = (35, 15, 20, 5, 25)
PEOPLE = 40
#: Two profiles per person, each confirmable for that person only (a profile confirmed for
#: two people would merge them: a rule of its own, not this benchmark's).
PROFILES = 2 * PEOPLE
STAGES = ("first_contact", "info_sent", "call_agreed", "call_postponed", "visit", "lost")
SHEET_STAGES = ("Premier contact", "Infos envoyées", "Appel convenu", "Visite")


@dataclass(frozen=True)
class Op:
    """One command of a worker and what it is about."""

    kind: str
    argv: list[str]
    #: For an import: the (email, note) pairs it brings; for a forget: the address.
    about: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Done:
    """An operation's outcome."""

    op: Op
    code: int
    err: str
    seconds: float


def _person(i: int) -> str:
    return f"member{i}@team.example"


def _forgettable(worker: int, n: int) -> str:
    return f"gone{worker}-{n}@team.example"


def _url(i: int) -> str:
    return f"https://www.linkedin.com/in/bench-profile-{i}"


def _sheet(path: Path, rows: Sequence[tuple[str, str, str, str, str]]) -> Path:
    lines = ["First name,Last name,Email,Company,Stage,Notes,Tags"]
    lines += [f"{first},Member,{email},Team Co,{stage},{notes},{tags}"
              for first, email, stage, notes, tags in rows]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def prepare(db: str, folder: Path) -> None:
    """The shared world: people with addresses, profiles nobody pairs by themselves."""
    from linkrevive.cli.app import run

    people = [(f"P{i}", _person(i), "Premier contact", "", "") for i in range(PEOPLE)]
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    profiles = [f"Q{i},Profile,{_url(i)},,Far {i},Director,12 Jan 2021" for i in range(PROFILES)]
    (folder / "Connections.csv").write_text(header + "\n" + "\n".join(profiles) + "\n")
    with contextlib.redirect_stdout(io.StringIO()):
        for argv in (
            ["import", "contacts", str(_sheet(folder / "people.csv", people))],
            ["import", "linkedin", str(folder / "Connections.csv")],
        ):
            if run(["--db", db, *argv]) != 0:
                raise SystemExit(f"setting up the world failed: {argv}")


def plan(db: str, folder: Path, worker: int, ops: int, seed: int) -> list[Op]:
    """A worker's operations (files written now, so that only the commands are timed)."""
    draw = random.Random(seed * 1000 + worker)
    planned: list[Op] = []
    forgotten = 0
    for n in range(ops):
        kind = draw.choices(KINDS, WEIGHTS)[0]
        if kind == "lead":
            email = _person(draw.randrange(PEOPLE))
            argv = ["lead", "set", "--stage", draw.choice(STAGES), email]
            planned.append(Op(kind, ["--db", db, *argv]))
        elif kind == "confirm":
            i = draw.randrange(PEOPLE)
            email, url = _person(i), _url(i + draw.choice((0, PEOPLE)))
            planned.append(Op(kind, ["--db", db, "pair", "confirm", email, url]))
        elif kind == "import":
            note = f"w{worker}o{n}"
            shared = [_person(i) for i in draw.sample(range(PEOPLE), 4)]
            rows = [(f"P{e}", e, draw.choice(SHEET_STAGES), note, f"t{worker}") for e in shared]
            rows.append((f"New{worker}x{n}", f"new{worker}-{n}@team.example", "", note, ""))
            if forgotten:  # the address of somebody this worker forgot comes back
                rows.append(("Gone", _forgettable(worker, forgotten - 1), "", note, ""))
            path = _sheet(folder / f"sheet-{worker}-{n}.csv", rows)
            about = tuple((email, note) for _f, email, _s, _n, _t in rows if "gone" not in email)
            planned.append(Op(kind, ["--db", db, "import", "contacts", str(path)], about))
        elif kind == "forget":
            # A person of this worker's own, brought in first, then forgotten.
            email = _forgettable(worker, forgotten)
            forgotten += 1
            path = _sheet(folder / f"gone-{worker}-{n}.csv", [("Gone", email, "", "", "")])
            planned.append(Op("import", ["--db", db, "import", "contacts", str(path)]))
            planned.append(Op(kind, ["--db", db, "forget", email], (email,)))
        else:
            planned.append(Op(kind, ["--db", db, "today", "--limit", "10", "--format", "json"]))
    return planned


def work(job: tuple[list[Op], Any]) -> list[Done]:
    """Run a worker's operations one after the other (after the start barrier)."""
    from linkrevive.cli.app import run

    ops, barrier = job
    done = []
    barrier.wait(timeout=300)
    for op in ops:
        err = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = run(op.argv)
        done.append(Done(op, code, err.getvalue(), time.perf_counter() - start))
    return done


def _rows(db: str, sql: str) -> list[tuple[Any, ...]]:
    import sqlalchemy as sa

    from linkrevive.storage.database import Database

    database = Database(db, migrate=False)
    try:
        with database.engine.connect() as connection:
            return [tuple(r) for r in connection.execute(sa.text(sql))]
    finally:
        database.dispose()


CHECKS = (
    "lost notes",
    "stage changes lost",
    "user stage overwritten",
    "person with two confirmed profiles",
    "profile confirmed for two people",
    "forgotten address stored",
)


def check(db: str, results: Sequence[Done]) -> dict[str, int]:
    """Lost updates and invariant violations, read by SQL."""
    counts: dict[str, int] = dict.fromkeys(CHECKS, 0)
    notes = dict(
        _rows(db, "SELECT e.email, p.notes FROM person_email e JOIN person p ON p.id = e.person_id")
    )
    forgotten = {
        op.about[0] for op in (d.op for d in results if d.code == 0) if op.kind == "forget"
    }
    for done in results:
        if done.op.kind == "import" and done.code in (0, 3):
            for email, note in done.op.about:
                if email not in forgotten and note not in notes.get(email, ""):
                    counts["lost notes"] += 1
    last: dict[int, str | None] = {}
    for person_id, old, new in _rows(
        db,
        "SELECT person_id, old_value, new_value FROM lead_event WHERE kind = 'stage_changed'"
        " ORDER BY person_id, id",
    ):
        if person_id in last and old != last[person_id]:
            counts["stage changes lost"] += 1
        last[person_id] = new
    for person_id, stage, fields in _rows(db, "SELECT id, stage, user_fields FROM person"):
        if person_id in last and "stage" in fields.split(",") and stage != last[person_id]:
            counts["user stage overwritten"] += 1
    confirmed = _rows(db, "SELECT person_id, profile_id FROM pairing WHERE status = 'confirmed'")
    counts["person with two confirmed profiles"] = len(confirmed) - len({p for p, _q in confirmed})
    counts["profile confirmed for two people"] = len(confirmed) - len({q for _p, q in confirmed})
    stored = {email for (email,) in _rows(db, "SELECT email FROM person_email")}
    counts["forgotten address stored"] = len(forgotten & stored)
    return dict(counts)


@contextlib.contextmanager
def _server(url: str | None) -> Iterator[str]:
    """The database URL: the one given, else a throwaway PostgreSQL server's."""
    if url is not None:
        yield url
        return
    from tests.services import PostgresServer, _service_dir, free_port, postgres_bindir

    bindir = postgres_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed (Debian package postgresql); give --db")
    server = PostgresServer(bindir=bindir, root=_service_dir("bench"), port=free_port())
    server.start()
    try:
        yield server.url(server.create_database())
    finally:
        server.stop()


def _classify(done: Done) -> str:
    if done.code in (0, 3):
        return "ok"
    if done.code == 70:
        return "crashed (exit 70)"
    if "teammate" in done.err:
        return "refused: changed by a teammate"
    if "busy" in done.err:
        return "refused: busy"
    return "error: " + done.err.strip().splitlines()[-1][:80] if done.err.strip() else "error"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the workload and print the figures; exit 1 on a lost update or a violation."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a server URL or a SQLite file (default: a throwaway server)")
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--ops", type=int, default=200, help="operations per process")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-team-") as tmp, _server(args.db) as db:
        folder = Path(tmp)
        prepare(db, folder)
        jobs = [plan(db, folder, w, args.ops, args.seed) for w in range(args.processes)]
        context = multiprocessing.get_context("spawn")
        barrier = context.Manager().Barrier(args.processes)
        start = time.perf_counter()
        with context.Pool(args.processes) as pool:
            shares = pool.map(work, [(j, barrier) for j in jobs], chunksize=1)
        results = [d for ds in shares for d in ds]
        wall = time.perf_counter() - start
        problems = check(db, results)
    backend = "SQLite" if "://" not in db or db.startswith("sqlite") else "PostgreSQL"
    print(f"{args.processes} processes x {args.ops} operations on {backend}, seed {args.seed}")
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    seconds: dict[str, list[float]] = defaultdict(list)
    for done in results:
        outcomes[done.op.kind][_classify(done)] += 1
        seconds[done.op.kind].append(done.seconds)
    for kind in KINDS:
        shown = ", ".join(f"{n} {what}" for what, n in sorted(outcomes[kind].items()))
        median = statistics.median(seconds[kind]) if seconds[kind] else 0.0
        print(f"  {kind:<8} {len(seconds[kind]):>4} ops, median {median * 1000:6.0f} ms: {shown}")
    refusals = sum(n for c in outcomes.values() for w, n in c.items() if w.startswith("refused"))
    crashes = sum(c["crashed (exit 70)"] for c in outcomes.values())
    print(f"refusals: {refusals}; retries: 0 (writers queue on one lock); crashes: {crashes}")
    for what in CHECKS:
        print(f"  {what}: {problems[what]}")
    lost = sum(problems.values())
    print(f"lost updates and invariant violations: {lost}")
    print(f"wall time: {wall:.1f} s ({len(results) / wall:.1f} operations/s)")
    return 1 if lost or crashes else 0


if __name__ == "__main__":
    sys.exit(main())

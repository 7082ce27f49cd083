"""Real separate processes that run commands at the same moment, for the team tests.

Each member of a :class:`Crew` is a spawned Python process that runs the command line's
``run()`` (the very code of ``python -m linkrevive``) on what it is sent, after a barrier
shared by the whole crew: the commands of one round start together. A member answers with
the exit status and what the command wrote on stdout and stderr.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import multiprocessing.connection
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: No round may take longer (the barrier and each answer are bounded by it).
ROUND_SECONDS = 120


@dataclass(frozen=True)
class Outcome:
    """Exit status and output of one command run by a crew member."""

    code: int
    out: str
    err: str


def _member(conn: multiprocessing.connection.Connection, barrier: Any) -> None:
    """A crew member's loop: wait for a job, meet the others at the barrier, run it."""
    from linkrevive.cli.app import run

    while True:
        job = conn.recv()
        if job is None:
            return
        out, err = io.StringIO(), io.StringIO()
        try:
            barrier.wait(timeout=ROUND_SECONDS)
        except threading.BrokenBarrierError:
            conn.send(Outcome(-1, "", "barrier broken"))
            continue
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = 0
            for argv in job:  # several commands one after the other, all after the barrier
                code = run(argv)
                if code not in (0, 3):
                    break
        conn.send(Outcome(code, out.getvalue(), err.getvalue()))


class Crew:
    """``size`` processes that run one job each per round, started together."""

    def __init__(self, size: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.barrier = context.Barrier(size)
        self.links: list[multiprocessing.connection.Connection] = []
        self.processes: list[Any] = []
        for _ in range(size):
            mine, theirs = context.Pipe()
            process = context.Process(target=_member, args=(theirs, self.barrier), daemon=True)
            process.start()
            self.links.append(mine)
            self.processes.append(process)

    def round(self, jobs: Sequence[Sequence[Sequence[str]]]) -> list[Outcome]:
        """Run one job per member (a job: one or more argv lists run in order), all started
        at once; returns each member's outcome in order."""
        assert len(jobs) == len(self.links)
        for link, job in zip(self.links, jobs, strict=True):
            link.send([list(argv) for argv in job])
        outcomes = []
        for link in self.links:
            if not link.poll(ROUND_SECONDS):
                raise TimeoutError(f"a crew member did not answer in {ROUND_SECONDS} s")
            outcomes.append(link.recv())
        return outcomes

    def close(self) -> None:
        """Stop every member."""
        for link in self.links:
            with contextlib.suppress(OSError):
                link.send(None)
        for process in self.processes:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
                process.join(timeout=10)

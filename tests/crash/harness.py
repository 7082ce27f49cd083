"""Run the real command line in a child process, stop it at a named phase of an import
(``services.workspace.phase``) and send it a signal there; compare databases by content."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from linkrevive.services.workspace import PHASES_ENV

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@dataclass
class Outcome:
    """How an interrupted command ended: its status, its output, the phases it reached."""

    code: int
    out: str
    err: str
    phases: list[str]


def interrupt_at(db: str, args: list[str], target: str, sig: signal.Signals) -> Outcome:
    """Run ``linkrevive --db DB ARGS``; at phase ``target`` send ``sig``.

    The child writes each phase's name on one pipe and waits for a byte on another, so the
    signal always finds it standing at that phase. After SIGINT or SIGTERM the child is let
    go once it said (on stderr) that it will stop; after SIGKILL it is simply dead.
    """
    reached_r, reached_w = os.pipe()
    go_r, go_w = os.pipe()
    env = {**os.environ, PHASES_ENV: f"{reached_w},{go_r}", "PYTHONPATH": REPO}
    env.pop("LINKREVIVE_DEBUG", None)
    child = subprocess.Popen(
        [sys.executable, "-m", "linkrevive", "--db", db, *args],
        env=env,
        pass_fds=(reached_w, go_r),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    os.close(reached_w)
    os.close(go_r)
    phases: list[str] = []
    err_head = b""
    assert child.stderr is not None
    try:
        with os.fdopen(reached_r, "rb") as reached:
            for line in reached:  # ends when the child exits (or is killed)
                name = line.decode().strip()
                phases.append(name)
                if name == target:
                    child.send_signal(sig)
                    if sig is signal.SIGKILL:
                        break
                    # Wait for the child's handler to have run: it says so on stderr.
                    while b"stopping" not in err_head:
                        chunk = child.stderr.readline()
                        assert chunk, "the child ended without acknowledging the signal"
                        err_head += chunk
                os.write(go_w, b"g")
    finally:
        os.close(go_w)
        out, err = child.communicate(timeout=300)
    return Outcome(child.returncode, out.decode(), (err_head + err).decode(), phases)


def integrity(db: str) -> str:
    """``PRAGMA integrity_check`` of a SQLite file."""
    engine = sa.create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())
    finally:
        engine.dispose()


def _url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{db}"


def content(db: str) -> dict[str, list[tuple[str, ...]]]:
    """People, profiles, positions, pairings, exchanges, signals and settings, each row keyed
    by what identifies it (emails, profile URL) rather than by ids, without clock times of
    the import itself: two runs that stored the same things give the same content."""
    engine = sa.create_engine(_url(db))
    try:
        with engine.connect() as connection:

            def rows(sql: str) -> list[tuple[Any, ...]]:
                return [tuple(r) for r in connection.exec_driver_sql(sql)]

            emails: dict[int, list[str]] = {}
            for pid, email in rows("SELECT person_id, email FROM person_email"):
                emails.setdefault(pid, []).append(email)
            people: dict[int, str] = {}
            people_rows = []
            for pid, *values in rows(
                "SELECT id, first_name, last_name, display_name, company, position, country,"
                " stage, stall_reason, notes, tags, lead_state, kind, kind_reason FROM person"
            ):
                key = " ".join(sorted(emails.get(pid, []))) or f"{values[0]} {values[1]}"
                people[pid] = key
                people_rows.append((key, *map(str, values)))
            urls = dict(rows("SELECT id, url FROM profile"))

            def who(person: int | None, profile: int | None) -> str:
                return f"{people.get(person, '') if person else ''}|{urls.get(profile, '')}"

            profiles = rows(
                "SELECT url, first_name, last_name, email, company, position, connected_on,"
                " status, first_seen, last_seen, position_since, removed_on FROM profile"
            )
            positions = [
                (urls[pid], *rest)
                for pid, *rest in rows(
                    "SELECT profile_id, company, position, first_seen, last_seen FROM position"
                )
            ]
            pairings = [
                (who(person, profile), status, f"{score:.6f}", evidence)
                for person, profile, status, score, evidence in rows(
                    "SELECT person_id, profile_id, status, score, evidence FROM pairing"
                )
            ]
            exchanges = [
                (who(person, profile), when, *rest, re.sub(r"^sheet:\d+:", "sheet:", key or ""))
                for person, profile, when, *rest, key in rows(
                    "SELECT person_id, profile_id, occurred_at, direction, channel, subject,"
                    " counterpart, source_key FROM exchange"
                )
            ]
            signals = [
                (who(person, profile), kind, when, json.dumps(json.loads(params), sort_keys=True))
                for person, profile, kind, when, params in rows(
                    "SELECT person_id, profile_id, kind, occurred_at, params FROM signal"
                )
            ]
            settings = rows("SELECT key, value FROM setting")
    finally:
        engine.dispose()
    found = {
        "people": people_rows,
        "profiles": profiles,
        "positions": positions,
        "pairings": pairings,
        "exchanges": exchanges,
        "signals": signals,
        "settings": settings,
    }
    return {name: sorted(tuple(map(str, r)) for r in table) for name, table in found.items()}

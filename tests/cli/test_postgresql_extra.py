"""The PostgreSQL driver is an optional extra: without it, a team URL gets one sentence."""

from __future__ import annotations

import subprocess
import sys

# Runs the real command line in a child interpreter where ``psycopg`` cannot be imported
# (as in an install made without the ``postgresql`` extra).
WITHOUT_PSYCOPG = """
import sys
sys.modules["psycopg"] = None  # import psycopg -> ModuleNotFoundError, as when not installed
from linkrevive.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_team_url_without_driver_says_how_to_install() -> None:
    url = "postgresql+psycopg://team:s3cret-pass@127.0.0.1:9/leads"
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_PSYCOPG, "--db", url, "people"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # bad input, as every refused --db
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "psycopg" in lines[0] and "linkrevive[postgresql]" in lines[0]
    assert "Traceback" not in done.stderr
    assert "s3cret-pass" not in done.stderr


def test_sqlite_needs_no_driver(tmp_path: object) -> None:
    db = f"{tmp_path}/people.sqlite3"
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_PSYCOPG, "--db", db, "demo"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr

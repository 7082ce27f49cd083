"""Time the LinkedIn import at real size against a plain csv + sqlite3 baseline.

Usage: python -m benchmarks.bench_linkedin_import [--connections 30000] [--runs 5]
                                                  [--all-new-messages]
Prints the median time of each and their ratio (target: LinkRevive under 3x the baseline).

The exports come from :func:`benchmarks.gen_linkedin.export_pair`: 30,000 connections,
20,000 messages and 500 invitations, then a newer export of the same account with the
connections evolved, every earlier message plus 2,000 new ones, and 500 new invitations.
``--all-new-messages`` makes the newer export's 20,000 messages all new instead (the worst
case; LinkedIn's own newer export always repeats the earlier messages).
"""

from __future__ import annotations

import argparse
import csv
import io
import sqlite3
import statistics
import tempfile
import time
import zipfile
from pathlib import Path

from benchmarks.gen_linkedin import export_pair
from linkrevive.services.linkedin_import import import_linkedin
from linkrevive.services.workspace import Workspace


def baseline(zip_path: Path, db_file: Path) -> float:
    """Plain Python on the same rows: read the three CSV files (preamble skipped),
    executemany every column of every row into SQLite, connections keyed by their URL."""
    start = time.perf_counter()
    with zipfile.ZipFile(zip_path) as archive:
        text = archive.read("Connections.csv").decode("utf-8")
        messages = archive.read("messages.csv").decode("utf-8")
        invitations = archive.read("Invitations.csv").decode("utf-8")
    lines = text.splitlines()
    header_at = next(i for i, line in enumerate(lines) if line.startswith("First Name"))
    rows = list(csv.reader(io.StringIO("\n".join(lines[header_at + 1 :]))))
    message_rows = list(csv.reader(io.StringIO(messages)))[1:]
    invitation_rows = list(csv.reader(io.StringIO(invitations)))[1:]
    connection = sqlite3.connect(db_file)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS c (first TEXT, last TEXT, url TEXT UNIQUE, email TEXT, "
        "company TEXT, position TEXT, connected TEXT)"
    )
    connection.execute(
        "CREATE TABLE IF NOT EXISTS m (conversation TEXT, title TEXT, sender TEXT, "
        "sender_url TEXT, recipients TEXT, recipient_urls TEXT, date TEXT, subject TEXT, "
        "content TEXT, folder TEXT)"
    )
    connection.execute(
        "CREATE TABLE IF NOT EXISTS i (sender TEXT, recipient TEXT, sent_at TEXT, message TEXT, "
        "direction TEXT, inviter_url TEXT, invitee_url TEXT)"
    )
    connection.executemany("INSERT OR REPLACE INTO c VALUES (?,?,?,?,?,?,?)", rows)
    connection.executemany("INSERT INTO m VALUES (?,?,?,?,?,?,?,?,?,?)", message_rows)
    connection.executemany("INSERT INTO i VALUES (?,?,?,?,?,?,?)", invitation_rows)
    connection.commit()
    connection.close()
    return time.perf_counter() - start


def ours(zip_path: Path, workspace: Workspace) -> float:
    start = time.perf_counter()
    import_linkedin(workspace, zip_path)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--all-new-messages", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        first, second = export_pair(
            folder, args.connections, args.messages, all_new_messages=args.all_new_messages
        )
        fresh, newer, base_fresh, base_newer = [], [], [], []
        for run in range(args.runs):
            workspace = Workspace.open(str(folder / f"run{run}.sqlite3"))
            fresh.append(ours(first, workspace))
            newer.append(ours(second, workspace))
            workspace.close()
            base_db = folder / f"base{run}.sqlite3"
            base_fresh.append(baseline(first, base_db))
            base_newer.append(baseline(second, base_db))
    newer_messages = "all new" if args.all_new_messages else "earlier ones + 10 % new"
    print(f"LinkedIn import, {args.connections} connections + {args.messages} messages "
          f"+ 500 invitations (newer export's messages: {newer_messages}), "
          f"median of {args.runs} runs")  # fmt: skip
    for label, mine, base in (
        ("fresh export", fresh, base_fresh),
        ("newer export", newer, base_newer),
    ):
        m, b = statistics.median(mine), statistics.median(base)
        print(f"  {label:13} linkrevive {m:6.2f} s   baseline {b:6.2f} s   ratio {m / b:4.1f}x")


if __name__ == "__main__":
    main()

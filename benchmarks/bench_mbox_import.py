"""Import a 200,000-message mbox through the whole product and print time and peak memory.

    python -m benchmarks.bench_mbox_import [-n 200000]

Runs ``linkrevive import contacts`` in a child process (so its peak resident memory is its
own) on a generated mbox, then prints the wall time, messages per second and the peak RSS,
beside a plain-Python baseline in the same run: a line scan that collects From/To/Date of
each message and inserts them with sqlite3.executemany.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.gen_mbox import ME, generate


def baseline(path: Path, db: Path) -> float:
    """Plain Python: scan lines, keep three headers per message, executemany them."""
    start = time.perf_counter()
    rows: list[tuple[str, str, str]] = []
    current: dict[str, str] = {}
    in_headers = False
    with path.open("rb") as handle:
        for raw in handle:
            if raw.startswith(b"From "):
                if current:
                    rows.append((current.get("from", ""), current.get("to", ""),
                                 current.get("date", "")))  # fmt: skip
                current, in_headers = {}, True
            elif in_headers:
                if raw in (b"\n", b"\r\n"):
                    in_headers = False
                else:
                    name, _, value = raw.decode("utf-8", "replace").partition(":")
                    if name.lower() in ("from", "to", "date"):
                        current[name.lower()] = value.strip()
    if current:
        rows.append((current.get("from", ""), current.get("to", ""), current.get("date", "")))
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE m (sender TEXT, recipients TEXT, date TEXT)")
    connection.executemany("INSERT INTO m VALUES (?, ?, ?)", rows)
    connection.commit()
    connection.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--messages", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        mbox = folder / "all-mail.mbox"
        generate(mbox, args.messages)
        size = mbox.stat().st_size / 1e6
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "linkrevive", "--db", str(folder / "bench.sqlite3"),
             "import", "contacts", str(mbox), "--me", ME],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        base = baseline(mbox, folder / "base.sqlite3")
        print(f"mbox import, {args.messages} messages ({size:.0f} MB)")
        print(f"  linkrevive  {elapsed:6.1f} s  {args.messages / elapsed:8.0f} msg/s  "
              f"peak RSS {peak_mb:.0f} MB (whole process, Qt not loaded)")  # fmt: skip
        print(f"  baseline    {base:6.1f} s  {args.messages / base:8.0f} msg/s  ratio "
              f"{elapsed / base:.1f}x")  # fmt: skip
        print("  " + done.stdout.strip().splitlines()[0])


if __name__ == "__main__":
    main()

"""Time ``iter_mbox`` over a synthetic mbox; print messages/s and peak memory.

Baselines in the same run (the machine is noisy, compare ratios): a plain line scan of the
file (the floor) and ``BytesHeaderParser(policy=email.policy.default)`` on the same header
blocks (the obvious standard-library way).

    python benchmarks/bench_mbox_parse.py [-n 200000] [--mbox PATH] [--repeat 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from email import policy
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.gen_mbox import generate
from linkrevive.importers.mailbox import iter_mbox

T = TypeVar("T")


def line_scan(path: Path) -> int:
    count = 0
    with path.open("rb") as handle:
        for line in handle:
            if line.startswith(b"From "):
                count += 1
    return count


def stdlib_headers(path: Path, limit: int) -> int:
    parser = BytesHeaderParser(policy=policy.default)
    count = 0
    block: list[bytes] | None = None
    with path.open("rb") as handle:
        for line in handle:
            if line.startswith(b"From "):
                block = []
                continue
            if block is not None:
                if line == b"\n":
                    msg = parser.parsebytes(b"".join(block))
                    _ = (msg["from"], msg["to"], msg["cc"], msg["subject"], msg["date"])
                    block = None
                    count += 1
                    if count >= limit:
                        break
                else:
                    block.append(line)
    return count


def timed(func: Callable[..., T], *args: object) -> tuple[float, T]:
    start = time.perf_counter()
    result = func(*args)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--count", type=int, default=200_000)
    parser.add_argument("--mbox", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.mbox or Path(tmp) / "bench.mbox"
        if args.mbox is None:
            generate(path, args.count)
        size_mb = path.stat().st_size / 1e6
        scans, parses = [], []
        count = 0
        for _ in range(args.repeat):
            seconds, _lines = timed(line_scan, path)
            scans.append(seconds)
            seconds, count = timed(lambda: sum(1 for _ in iter_mbox(path, "bench")))
            parses.append(seconds)
        sample = min(count, 20_000)
        std_seconds, std_count = timed(stdlib_headers, path, sample)
        # Peak Python allocations while streaming, in a separate pass (tracemalloc slows it).
        tracemalloc.start()
        for _record in iter_mbox(path, "bench"):
            pass
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        median = statistics.median(parses)
        print(f"mbox: {count} messages, {size_mb:.1f} MB")
        print(
            f"iter_mbox:        median {median:.2f} s over {args.repeat} runs "
            f"-> {count / median:,.0f} messages/s"
        )
        print(
            f"line scan floor:  median {statistics.median(scans):.2f} s "
            f"(iter_mbox is {median / statistics.median(scans):.1f}x the bare read)"
        )
        print(
            f"stdlib default-policy header parser: {std_count / std_seconds:,.0f} messages/s "
            f"on the first {std_count} (iter_mbox is "
            f"{(count / median) / (std_count / std_seconds):.1f}x faster)"
        )
        print(
            f"peak traced Python memory while streaming: {peak / 1e6:.2f} MB; "
            f"process max RSS {maxrss_mb:.0f} MB"
        )


if __name__ == "__main__":
    main()

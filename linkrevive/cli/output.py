"""Listings in the three formats of the command line: table, csv, json."""

from __future__ import annotations

import csv
import json
import shutil
import sys
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO

#: Help of every listing's ``--format`` option.
FORMAT_HELP = (
    "table (for people, the default), csv (a header row, then one row per item) or json "
    "(one array of objects)"
)


def public_url(url: str | None) -> str | None:
    """A profile's URL as listings give it: none for a connection known by name only (an
    export before mid-2023 has no URL; its ``name:…`` key is the store's own)."""
    return url if url and url.startswith("http") else None


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(_plain(value), ensure_ascii=False)
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def print_rows(
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    fmt: str,
    out: TextIO | None = None,
) -> None:
    """Print ``rows`` keyed by ``columns`` as a table, CSV (header row) or one JSON array."""
    stream = out or sys.stdout
    if fmt == "json":
        payload = [{c: _plain(row.get(c)) for c in columns} for row in rows]
        json.dump(payload, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    else:
        _table(columns, rows, stream)


def _table_cell(value: Any) -> str:
    if isinstance(value, datetime):  # people read dates; the time is in csv and json
        value = value.astimezone().date()
    return _cell(value).replace("\n", " ")


def _table(columns: Sequence[str], rows: Sequence[Mapping[str, Any]], stream: TextIO) -> None:
    width = shutil.get_terminal_size((160, 24)).columns
    cells = [[_table_cell(row.get(c)) for c in columns] for row in rows]
    widths = [len(c) for c in columns]
    for line in cells:
        widths = [max(w, len(v)) for w, v in zip(widths, line, strict=True)]
    # Shrink the widest columns until the table fits the terminal.
    budget = max(width - 2 * (len(columns) - 1), 10 * len(columns))
    while sum(widths) > budget and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1

    def fit(text: str, size: int) -> str:
        return text if len(text) <= size else text[: max(size - 1, 0)] + "…"

    stream.write(
        "  ".join(fit(c, w).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()
    )
    stream.write("\n")
    stream.write("  ".join("-" * w for w in widths) + "\n")
    for line in cells:
        stream.write(
            "  ".join(fit(v, w).ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() + "\n"
        )
    if not rows:
        stream.write("(none)\n")

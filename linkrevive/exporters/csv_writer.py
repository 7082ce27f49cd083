"""Excel-friendly CSV exports: UTF-8 with BOM, CRLF, minimal quoting, no formula injection."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from linkrevive.exporters.cells import Output, binary_output, safe_cell
from linkrevive.exporters.rows import (
    EMAIL_SEPARATOR,
    REACTIVATION_COLUMNS,
    REACTIVATION_LABELS,
    TO_CONNECT_COLUMNS,
    ReactivationRow,
    ToConnectRow,
    linkedin_search_url,
)


def usable_delimiter(delimiter: str) -> bool:
    """Whether ``delimiter`` can separate cells: one printable character (or a tab) that is
    neither a quote or apostrophe, a letter, a digit, a space nor a line end (a
    reader would split or join the cells wrongly)."""
    return len(delimiter) == 1 and (
        delimiter == "\t"
        or (delimiter.isprintable() and not delimiter.isalnum() and delimiter not in "\" '")
    )


def _write(
    path: Output, header: Sequence[str], rows: Sequence[Sequence[str]], delimiter: str
) -> None:
    if not usable_delimiter(delimiter):
        raise ValueError("the CSV delimiter must be one usable character")
    with binary_output(path) as raw:
        # The BOM is what makes Excel read UTF-8 (accents) instead of the ANSI code page.
        handle = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            writer = csv.writer(
                handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
            )
            writer.writerow(header)
            writer.writerows([safe_cell(cell) for cell in row] for row in rows)
            handle.flush()
        finally:
            handle.detach()  # the stream belongs to binary_output (or to the caller)


def reactivation_values(row: ReactivationRow) -> list[str]:
    """The cells of ``row`` as text, in ``REACTIVATION_COLUMNS`` order (dates ISO 8601)."""
    return [
        str(row.rank),
        str(row.score),
        row.name,
        row.company,
        row.position,
        row.country,
        EMAIL_SEPARATOR.join(row.emails),
        row.linkedin_url or "",
        row.last_exchange.isoformat() if row.last_exchange is not None else "",
        row.dormant_for,
        str(row.dormant_days) if row.dormant_days is not None else "",
        row.stage,
        row.stall_reason,
        row.signals,
        row.why_now,
        row.opener,
        row.section,
    ]


def write_reactivation_csv(
    rows: Sequence[ReactivationRow],
    path: Output,
    *,
    delimiter: str = ",",
    lang: str | None = None,
) -> None:
    """Write the reactivation list to ``path`` as CSV.

    The header holds the snake-case keys of ``REACTIVATION_COLUMNS`` (stable for scripts),
    or the human labels in ``lang`` (``en``/``fr``) when given. Every text cell goes through
    :func:`safe_cell`. The file replaces ``path`` only once complete.
    """
    header = (
        [REACTIVATION_LABELS[lang][key] for key in REACTIVATION_COLUMNS]
        if lang in REACTIVATION_LABELS
        else list(REACTIVATION_COLUMNS)
    )
    _write(path, header, [reactivation_values(row) for row in rows], delimiter)


def write_to_connect_csv(
    rows: Sequence[ToConnectRow], path: Output, *, delimiter: str = ","
) -> None:
    """Write the contacts to connect on LinkedIn, each with a people-search link."""
    values = [
        [
            row.name,
            row.email,
            row.company,
            row.last_exchange.isoformat() if row.last_exchange is not None else "",
            linkedin_search_url(row.name, row.company),
        ]
        for row in rows
    ]
    _write(path, TO_CONNECT_COLUMNS, values, delimiter)


def write_table_csv(
    header: Sequence[str], rows: Sequence[Sequence[str]], path: Output, *, delimiter: str = ","
) -> None:
    """Write any table of text cells (the revival funnel…) the Excel-friendly way."""
    _write(path, header, rows, delimiter)

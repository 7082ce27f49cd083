"""XLSX export of the reactivation list: typed cells, frozen header, filter, hyperlinks."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from linkrevive.exporters.cells import Output, binary_output, safe_cell
from linkrevive.exporters.rows import (
    EMAIL_SEPARATOR,
    REACTIVATION_COLUMNS,
    REACTIVATION_LABELS,
    ReactivationRow,
)

# Excel refuses longer cell texts.
_MAX_CELL_CHARS = 32767
_WIDTHS = {
    "rank": 6,
    "score": 7,
    "name": 24,
    "company": 22,
    "position": 22,
    "country": 12,
    "emails": 30,
    "linkedin_url": 40,
    "last_exchange": 14,
    "dormant_for": 18,
    "dormant_days": 10,
    "stage": 16,
    "stall_reason": 20,
    "signals": 50,
    "why_now": 55,
    "opener": 80,
    "section": 22,
}
_WRAPPED = frozenset({"signals", "why_now", "opener"})
_SHEET_TITLES = {"en": "Reactivation", "fr": "Relance"}


def _text(value: str) -> str:
    # Control characters make openpyxl refuse the cell; they carry nothing readable.
    return safe_cell(ILLEGAL_CHARACTERS_RE.sub("", value))[:_MAX_CELL_CHARS]


def _is_web_link(url: str) -> bool:
    return url.lower().startswith(("https://", "http://"))


def write_reactivation_xlsx(
    rows: Sequence[ReactivationRow], path: Output, *, lang: str = "en"
) -> None:
    """Write the reactivation list to ``path`` as an XLSX workbook.

    Header labels in ``lang`` (``en`` or ``fr``), bold and frozen, with an auto-filter;
    rank, score and dormant days are numbers, the last exchange a real date, the LinkedIn
    profile a clickable link. Text cells go through :func:`safe_cell`. A file replaces
    ``path`` only once complete; a stream gets the workbook's bytes.
    """
    lang = lang if lang in REACTIVATION_LABELS else "en"
    labels = REACTIVATION_LABELS[lang]
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = _SHEET_TITLES[lang]
    sheet.append([labels[key] for key in REACTIVATION_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    url_column = REACTIVATION_COLUMNS.index("linkedin_url") + 1
    date_column = REACTIVATION_COLUMNS.index("last_exchange") + 1
    for row in rows:
        values: list[str | int | date | None] = [
            row.rank,
            row.score,
            _text(row.name),
            _text(row.company),
            _text(row.position),
            _text(row.country),
            _text(EMAIL_SEPARATOR.join(row.emails)),
            _text(row.linkedin_url) if row.linkedin_url else None,
            row.last_exchange,
            _text(row.dormant_for),
            row.dormant_days,
            _text(row.stage),
            _text(row.stall_reason),
            _text(row.signals),
            _text(row.why_now),
            _text(row.opener),
            _text(row.section),
        ]
        sheet.append(values)
        line = sheet.max_row
        if row.linkedin_url and _is_web_link(row.linkedin_url):
            link = sheet.cell(row=line, column=url_column)
            link.hyperlink = row.linkedin_url
            link.style = "Hyperlink"
        sheet.cell(row=line, column=date_column).number_format = "yyyy-mm-dd"
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, key in enumerate(REACTIVATION_COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _WIDTHS[key]
        if key in _WRAPPED:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.alignment = wrap
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    # Built in memory first: a zip needs to seek, and standard output cannot.
    buffer = io.BytesIO()
    workbook.save(buffer)
    with binary_output(path) as handle:
        handle.write(buffer.getbuffer())

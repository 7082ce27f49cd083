"""XLSX export: typed cells, frozen header, filter, hyperlinks, and no formula injection."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from linkrevive.exporters import REACTIVATION_COLUMNS, REACTIVATION_LABELS, ReactivationRow
from linkrevive.exporters.xlsx_writer import write_reactivation_xlsx

INJECTION = '=HYPERLINK("http://x","y")'


def _row(rank: int, **overrides: object) -> ReactivationRow:
    values: dict[str, object] = {
        "rank": rank,
        "score": 90 - rank,
        "name": f"Hélène Lefèvre {rank}",
        "company": "Agence Éole",
        "emails": ("helene@eole.ca",),
        "linkedin_url": f"https://www.linkedin.com/in/helene-{rank}",
        "last_exchange": date(2021, 3, rank),
        "dormant_for": "3 years",
        "dormant_days": 1000 + rank,
        "stage": "Call postponed",
        "why_now": "Moved from Éole to Kôdé, 3 weeks ago",
        "opener": "Hello Hélène, congratulations!",
    }
    values.update(overrides)
    return ReactivationRow(**values)  # type: ignore[arg-type]


def _load(path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return sheet


def _column(key: str) -> int:
    return REACTIVATION_COLUMNS.index(key) + 1


def test_xlsx_types_and_layout(tmp_path: Path) -> None:
    rows = [_row(1), _row(2, linkedin_url=None, last_exchange=None, dormant_days=None)]
    path = tmp_path / "reactivation.xlsx"
    write_reactivation_xlsx(rows, path)
    sheet = _load(path)
    assert [c.value for c in sheet[1]] == [
        REACTIVATION_LABELS["en"][k] for k in REACTIVATION_COLUMNS
    ]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(REACTIVATION_COLUMNS)).column_letter}3"
    assert sheet.max_row == 3
    score = sheet.cell(2, _column("score"))
    assert score.value == rows[0].score and isinstance(score.value, int)
    assert isinstance(sheet.cell(2, _column("rank")).value, int)
    assert sheet.cell(2, _column("dormant_days")).value == rows[0].dormant_days
    last = sheet.cell(2, _column("last_exchange")).value
    assert isinstance(last, datetime | date)
    assert (last.date() if isinstance(last, datetime) else last) == rows[0].last_exchange
    link = sheet.cell(2, _column("linkedin_url"))
    assert link.hyperlink is not None and link.hyperlink.target == rows[0].linkedin_url
    assert link.value == rows[0].linkedin_url
    assert sheet.cell(3, _column("linkedin_url")).value is None
    assert sheet.cell(3, _column("last_exchange")).value is None
    assert sheet.cell(2, _column("name")).value == "Hélène Lefèvre 1"
    assert sheet.cell(2, _column("emails")).value == "helene@eole.ca"
    widths = {sheet.cell(1, _column(k)).column_letter for k in REACTIVATION_COLUMNS}
    assert all((sheet.column_dimensions[letter].width or 0) > 5 for letter in widths)
    assert sheet[1][0].font.bold


def test_xlsx_french_headers(tmp_path: Path) -> None:
    path = tmp_path / "relance.xlsx"
    write_reactivation_xlsx([_row(1)], path, lang="fr")
    sheet = _load(path)
    assert sheet.cell(1, _column("company")).value == "Société"
    assert sheet.title == "Relance"


@pytest.mark.parametrize("field", ["name", "company", "why_now", "opener"])
def test_xlsx_neutralises_formulas(tmp_path: Path, field: str) -> None:
    path = tmp_path / "evil.xlsx"
    write_reactivation_xlsx([_row(1, **{field: INJECTION})], path)
    cell = _load(path).cell(2, _column(field))
    assert cell.data_type == "s"
    assert cell.value == "'" + INJECTION


def test_xlsx_hostile_url_is_text_not_link(tmp_path: Path) -> None:
    path = tmp_path / "evil-url.xlsx"
    write_reactivation_xlsx([_row(1, linkedin_url=INJECTION)], path)
    cell = _load(path).cell(2, _column("linkedin_url"))
    assert cell.data_type == "s" and cell.value == "'" + INJECTION
    assert cell.hyperlink is None


def test_xlsx_drops_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.xlsx"
    write_reactivation_xlsx([_row(1, name="Bad\x00Name\x1b")], path)
    assert _load(path).cell(2, _column("name")).value == "BadName"


def test_xlsx_with_no_rows_has_a_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_reactivation_xlsx([], path)
    sheet = _load(path)
    assert sheet.max_row == 1 and sheet.cell(1, 1).value == "Rank"

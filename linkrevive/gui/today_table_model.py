"""Table model of the Today view: ranked revival candidates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from linkrevive.gui.backend_rows import TodayRow
from linkrevive.gui.i18n import format_date, stage_label, stall_label
from linkrevive.gui.table_model_base import Column, RowTableModel

SCORE_COLUMN = 0
NAME_COLUMN = 1
# Not shown in Today's table: the reasons say it ("… — reason: distance") and the pane too.
STALL_COLUMN = 5
# The first why-now reason (the last column: it takes the room the others leave).
WHY_COLUMN = 6
# A row's "new since your last look" flag (bool), for delegates and tests.
NEW_ROLE = Qt.ItemDataRole.UserRole + 10
# Put before the name of a lead new since the last look (with a bold name and a tooltip).
NEW_MARK = "● "


def _name(row: TodayRow) -> str:
    return NEW_MARK + row.name if row.new else row.name


def _name_tip(row: TodayRow) -> str:
    if not row.new:
        return row.name
    return (
        row.name
        + "\n"
        + QCoreApplication.translate("TodayTableModel", "New since your last look at Today")
    )


class TodayTableModel(RowTableModel[TodayRow]):
    """Score, who, where the conversation stalled and the first why-now reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("TodayTableModel", "Score"),
                    lambda r: str(r.score),
                    lambda r: r.score,
                ),
                Column(
                    lambda: QCoreApplication.translate("TodayTableModel", "Name"),
                    _name,
                    lambda r: r.name.casefold(),
                    tooltip=_name_tip,
                ),
                Column(
                    lambda: QCoreApplication.translate("TodayTableModel", "Company"),
                    lambda r: r.company,
                ),
                Column(
                    lambda: QCoreApplication.translate("TodayTableModel", "Last exchange"),
                    lambda r: format_date(r.last_exchange),
                    lambda r: r.last_exchange.isoformat() if r.last_exchange else "",
                    header_tip=lambda: QCoreApplication.translate(
                        "TodayTableModel",
                        "The last exchange of the conversation, before the silence\n"
                        "(a message of theirs that ended it is in Why now)",
                    ),
                ),
                Column(
                    lambda: QCoreApplication.translate("TodayTableModel", "Stage"),
                    lambda r: stage_label(r.stage),
                ),
                Column(
                    lambda: QCoreApplication.translate("TodayTableModel", "Stall reason"),
                    lambda r: stall_label(r.stall_reason),
                ),
                Column(
                    lambda: QCoreApplication.translate("TodayTableModel", "Why now"),
                    lambda r: r.reasons[0] if r.reasons else "",
                    tooltip=lambda r: "\n".join(r.reasons),
                ),
            ],
            parent,
        )

    def extra_data(self, row: TodayRow, column: int, role: int) -> Any:
        """New leads: the flag under :data:`NEW_ROLE`, and their name in bold."""
        if role == NEW_ROLE:
            return row.new
        if role == Qt.ItemDataRole.FontRole and column == NAME_COLUMN and row.new:
            font = QFont()
            font.setBold(True)
            return font
        return None

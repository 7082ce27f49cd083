"""Table model of the Today view: ranked revival candidates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from linkrevive.gui.backend import TodayRow
from linkrevive.gui.i18n import format_date, stage_label, stall_label
from linkrevive.gui.table_model_base import Column, RowTableModel

SCORE_COLUMN = 0
NAME_COLUMN = 1
#: Not shown in Today's table: the reasons say it ("… — reason: distance") and the pane too.
STALL_COLUMN = 5
#: The first why-now reason (the last column: it takes the room the others leave).
WHY_COLUMN = 6


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
                    lambda: QCoreApplication.translate("TodayTableModel", "Name"), lambda r: r.name
                ),
                Column(
                    lambda: QCoreApplication.translate("TodayTableModel", "Company"),
                    lambda r: r.company,
                ),
                Column(
                    lambda: QCoreApplication.translate("TodayTableModel", "Last exchange"),
                    lambda r: format_date(r.last_exchange),
                    lambda r: r.last_exchange.isoformat() if r.last_exchange else "",
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

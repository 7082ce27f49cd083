"""Table model of the LinkedIn view: every profile, removed ones greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from linkrevive.domain.enums import ProfileStatus
from linkrevive.domain.filters import ProfileFilter, mask, profile_key, profile_matches
from linkrevive.domain.models import Profile
from linkrevive.gui.i18n import format_date
from linkrevive.gui.table_model_base import Column, RowTableModel

NAME_COLUMN = 0


def status_label(status: ProfileStatus) -> str:
    return {
        ProfileStatus.CURRENT: QCoreApplication.translate("ConnectionsTableModel", "Connected"),
        ProfileStatus.REMOVED: QCoreApplication.translate("ConnectionsTableModel", "Removed"),
        ProfileStatus.INVITATION: QCoreApplication.translate("ConnectionsTableModel", "Invitation"),
        ProfileStatus.MESSAGE: QCoreApplication.translate("ConnectionsTableModel", "Message"),
    }[status]


class ConnectionsTableModel(RowTableModel[Profile]):
    """Name, current company and title, connected on, status and signal count."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._signal_counts: dict[int, int] = {}
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ConnectionsTableModel", "Name"),
                    lambda p: p.name,
                ),
                Column(
                    lambda: QCoreApplication.translate("ConnectionsTableModel", "Company"),
                    lambda p: p.company,
                ),
                Column(
                    lambda: QCoreApplication.translate("ConnectionsTableModel", "Title"),
                    lambda p: p.position,
                ),
                Column(
                    lambda: QCoreApplication.translate("ConnectionsTableModel", "Connected on"),
                    lambda p: format_date(p.connected_on),
                    lambda p: p.connected_on.isoformat() if p.connected_on else "",
                ),
                Column(
                    lambda: QCoreApplication.translate("ConnectionsTableModel", "Status"),
                    lambda p: status_label(p.status),
                ),
                Column(
                    lambda: QCoreApplication.translate("ConnectionsTableModel", "Signals"),
                    lambda p: str(self._signal_counts.get(p.id, 0) or ""),
                    lambda p: self._signal_counts.get(p.id, 0),
                ),
            ],
            parent,
        )
        self._keys: list[str] = []

    def set_signal_counts(self, counts: dict[int, int]) -> None:
        self._signal_counts = counts

    def signal_count(self, profile_id: int) -> int:
        return self._signal_counts.get(profile_id, 0)

    def _rows_changed(self) -> None:
        self._keys = [profile_key(p) for p in self._rows]

    def filter_mask(self, flt: ProfileFilter) -> list[bool] | None:
        if flt == ProfileFilter():
            return None
        if flt == ProfileFilter(terms=flt.terms):
            return mask(self._keys, flt.terms)
        return [
            profile_matches(p, k, self._signal_counts.get(p.id, 0), flt)
            for p, k in zip(self._rows, self._keys, strict=True)
        ]

    def extra_data(self, row: Profile, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status is ProfileStatus.REMOVED:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

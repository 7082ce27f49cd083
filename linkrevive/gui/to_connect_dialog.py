"""The contacts to connect with on LinkedIn, in their own window opened from Today's count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from linkrevive.gui.table_state import fit_columns, make_table
from linkrevive.gui.to_connect_table_model import ToConnectTableModel


class ToConnectDialog(QDialog):
    """The to-connect table, its count and "Find on LinkedIn"; it stays open beside the
    window (not modal), so that the detail pane can follow the selected contact.

    Its table reads the model only while the dialog is shown: folded away, the 20,000 rows
    of a reload at real size would cost the GUI thread a pass of the filter for nothing,
    slowed further by the worker's reads competing for the interpreter (a 70 ms stall).
    """

    def __init__(self, model: ToConnectTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWindowTitle(self.tr("To connect on LinkedIn"))
        self.setModal(False)
        self.proxy, self.table = make_table(model, self)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, first=(0, 1), flexible=2)
        self.count = QLabel()
        self.search_button = QPushButton(self.tr("Find on LinkedIn"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Email contacts with no LinkedIn connection yet (double-click: find)."))
        )
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.search_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(760, 520)
        self.proxy.setSourceModel(None)  # until shown

    def showEvent(self, event: QShowEvent) -> None:
        if self.proxy.sourceModel() is None:
            self.proxy.setSourceModel(self.model)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.proxy.setSourceModel(None)


__all__ = ["ToConnectDialog"]

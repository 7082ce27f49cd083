"""Export dialog: the reactivation list (CSV or XLSX, delimiter) or the to-connect list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

REACTIVATION = "reactivation"
TO_CONNECT = "to_connect"


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What to export, where, and how."""

    what: str
    path: Path
    fmt: str
    delimiter: str


class ExportDialog(QDialog):
    """Choose the list, the format, the delimiter and the file.

    ``check(path)`` says why a file may not be written (the database, a backup, a device):
    the dialog shows it and stays open.
    """

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        check: Callable[[Path], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.check = check
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.setWindowTitle(self.tr("Export"))
        self.what = QComboBox()
        self.what.addItem(self.tr("Reactivation list"), REACTIVATION)
        self.what.addItem(self.tr("Contacts to connect on LinkedIn"), TO_CONNECT)
        self.fmt = QComboBox()
        self.fmt.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.fmt.addItem(self.tr("CSV (.csv)"), "csv")
        self.delimiter = QComboBox()
        self.delimiter.addItem(self.tr("Semicolon ; (French Excel)"), ";")
        self.delimiter.addItem(self.tr("Comma ,"), ",")
        self.delimiter.addItem(self.tr("Tab"), "\t")
        for key, combo in (
            ("export/what", self.what),
            ("export/format", self.fmt),
            ("export/delimiter", self.delimiter),
        ):
            combo.setCurrentIndex(max(combo.findData(settings.value(key, "")), 0))
        self.path = QLineEdit(str(settings.value("export/path", "") or ""))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("List"), self.what)
        form.addRow(self.tr("Format"), self.fmt)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        form.addRow(self.tr("File"), row)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.fmt.currentIndexChanged.connect(self._update)
        self.what.currentIndexChanged.connect(self._update)
        self.path.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        csv = self.fmt.currentData() == "csv" or self.what.currentData() == TO_CONNECT
        self.delimiter.setEnabled(csv and self.what.currentData() == REACTIVATION)
        self.fmt.setEnabled(self.what.currentData() == REACTIVATION)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.path.text().strip())
        )

    def browse(self) -> None:
        suffix = (
            "csv"
            if self.fmt.currentData() == "csv" or self.what.currentData() == TO_CONNECT
            else "xlsx"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text() or f"linkrevive.{suffix}", f"*.{suffix}"
        )
        if name:
            self.path.setText(name)

    def choice(self) -> ExportChoice:
        """The list, the file (its suffix follows the format) and how to write it."""
        what = self.what.currentData()
        fmt = "csv" if what == TO_CONNECT else self.fmt.currentData()
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() in ("", ".csv", ".xlsx"):
            path = path.with_suffix("." + fmt)
        delimiter = self.delimiter.currentData() if what == REACTIVATION else ","
        return ExportChoice(what, path, fmt, delimiter)

    def accept(self) -> None:
        problem = self.check(self.choice().path) if self.check is not None else None
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.problem.hide()
        self.settings.setValue("export/path", self.path.text().strip())
        self.settings.setValue("export/what", self.what.currentData())
        self.settings.setValue("export/format", self.fmt.currentData())
        self.settings.setValue("export/delimiter", self.delimiter.currentData())
        super().accept()

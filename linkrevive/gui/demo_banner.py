"""The band above a window opened on the demo: it says so, and leads back to the user's data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from linkrevive.gui.main_window import MainWindow


class DemoBanner(QFrame):
    """ "This is the demo" and a button back to the user's own database."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A warm band the eye cannot miss, readable in light and dark themes.
        self.setStyleSheet(
            "#demoBanner { background: #fff3c4; border: 1px solid #e0b400; }"
            "#demoBanner QLabel { color: #3d3000; }"
        )
        self.label = QLabel(
            self.tr("This is the demo: sample data. File ▸ Open your database to go back.")
        )
        self.label.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Open your database"))
        self.back_button.clicked.connect(self.back_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back_button)
        # File ▸ Open your database, once the banner is shown on a window.
        self.back_action: QAction | None = None


def show_as_demo(window: MainWindow) -> DemoBanner:
    """Mark ``window`` as the demo's: the banner above its views, File ▸ Open your database
    first in the File menu, and no Open demo (the demo is already open)."""
    banner = DemoBanner()
    central = window.takeCentralWidget()
    assert central is not None  # the window's stack, set in its constructor
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(central, 1)
    window.setCentralWidget(container)
    back = QAction(QCoreApplication.translate("DemoBanner", "Open your database"), window)
    back.triggered.connect(banner.back_requested)
    banner.back_action = back
    first = window.file_menu.actions()[0]
    window.file_menu.insertAction(first, back)
    window.file_menu.insertSeparator(first)
    window.demo_action.setVisible(False)
    return banner

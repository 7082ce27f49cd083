"""The first-run page: import a LinkedIn export, import contacts or a mailbox, or open the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Three ways to start on an empty database."""

    import_linkedin_requested = Signal()
    import_contacts_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to LinkRevive"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "LinkRevive pairs your email contacts with your LinkedIn connections and, "
                "every morning, shows the dormant leads that show signs of a new project."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A fixed width: centred in the layout, a wrapped label would get too little height.
        intro.setFixedWidth(560)
        intro.setMinimumHeight(intro.heightForWidth(560))
        self.linkedin_button = QPushButton(self.tr("Import your LinkedIn export…"))
        self.contacts_button = QPushButton(self.tr("Import your contacts or mailbox…"))
        self.demo_button = QPushButton(self.tr("Open the demo"))
        self.demo_button.setToolTip(
            self.tr("Sample data in a database of its own, in its own window: yours is untouched.")
        )
        self.linkedin_button.clicked.connect(self.import_linkedin_requested)
        self.contacts_button.clicked.connect(self.import_contacts_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        hint = QLabel(
            self.tr(
                "You can also drop files here, several at once: .zip, .csv, .vcf, .xlsx, .xls, "
                ".mbox or .eml."
            )
        )
        # Quieter than the buttons, yet readable: the placeholder shade, not the disabled grey
        # (which also tells assistive tools that the text is unavailable).
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, intro):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        for button in (self.linkedin_button, self.contacts_button, self.demo_button):
            button.setMinimumWidth(320)
            button.setMinimumHeight(36)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

"""What an empty table says: nothing imported yet, or nothing matching the filters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QLabel):
    """A sentence over a table's viewport while the table shows no row.

    ``ready`` says whether the data has arrived (before, the loading sign speaks);
    ``total`` counts the rows before filtering, to tell "nothing yet" (``nothing``) from
    "nothing matches" (``no_match``). The texts are callables, read at each change, so that
    they follow the interface language.
    """

    def __init__(
        self,
        table: QAbstractItemView,
        *,
        ready: Callable[[], bool],
        total: Callable[[], int],
        nothing: Callable[[], str],
        no_match: Callable[[], str],
    ) -> None:
        super().__init__(table.viewport())
        self.table = table
        self._ready = ready
        self._total = total
        self._nothing = nothing
        self._no_match = no_match
        self.setObjectName("emptyState")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("QLabel#emptyState { color: palette(window-text); padding: 24px; }")
        self.hide()
        # After the model's change is complete (a reset comes before ``ready`` turns true).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        model = table.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self._timer.start)
        table.viewport().installEventFilter(self)

    def refresh(self) -> None:
        """Show or hide the sentence as the table now is."""
        if not self._ready() or self.table.model().rowCount() > 0:
            self.hide()
            return
        self.setText(self._nothing() if self._total() == 0 else self._no_match())
        self._place()
        self.show()

    def _place(self) -> None:
        viewport = self.table.viewport()
        self.setGeometry(0, 0, viewport.width(), max(viewport.height() * 2 // 3, 60))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

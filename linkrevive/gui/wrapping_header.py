"""A table's column header whose labels go on two lines before they are cut.

Qt elides a header label that does not fit its section on one line ("Raison du…"); in a
narrow window (1280 px, French labels) that left the headers unreadable, or made their
columns wide enough for their header while the cells beside them were cut ("Lu…rg"). Here
a label of several words that does not fit on one line is split at the space that balances
its two lines ("Raison du / blocage"), and only a label that fits on neither is elided.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget


def two_lines(text: str, metrics: QFontMetrics) -> tuple[str, int]:
    """``text`` split at the space that balances its two lines, and the wider line's width
    (the text itself and its width for a single word)."""
    words = text.split(" ")
    best, widest = text, metrics.horizontalAdvance(text)
    for cut in range(1, len(words)):
        top, bottom = " ".join(words[:cut]), " ".join(words[cut:])
        width = max(metrics.horizontalAdvance(top), metrics.horizontalAdvance(bottom))
        if width < widest:
            best, widest = f"{top}\n{bottom}", width
    return best, widest


class WrappingHeader(QHeaderView):
    """A horizontal header drawing each label on one line, else two, else elided."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        # The labels are laid out here; Qt would elide them on one line first.
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._two_lines = False

    def label_floor(self, logical: int) -> int:
        """The narrowest section showing the label of ``logical`` whole (on two lines if it
        has several words)."""
        text = self._label(logical)
        metrics = self.fontMetrics()
        _, width = two_lines(text, metrics)
        return self.sectionSizeHint(logical) - metrics.horizontalAdvance(text) + width

    def wraps(self, logical: int, width: int) -> bool:
        """Whether the label of ``logical`` goes on two lines in a section ``width`` wide."""
        text = self._label(logical)
        option = self._option(logical, QRect(0, 0, width, self.height()))
        return " " in text and self.fontMetrics().horizontalAdvance(text) > self._room(option)

    def set_two_lines(self, wanted: bool) -> None:
        """Make the header tall enough for labels on two lines (or back to one)."""
        if wanted != self._two_lines:
            self._two_lines = wanted
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._two_lines:
            hint.setHeight(hint.height() + self.fontMetrics().lineSpacing())
        return hint

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = self._option(logical, rect)
        room = self._room(option)
        text, metrics = self._label(logical), self.fontMetrics()
        if metrics.horizontalAdvance(text) > room:
            split, width = two_lines(text, metrics)
            if self._two_lines and width <= room:
                text = split
            else:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        option.text = text
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()

    def _option(self, logical: int, rect: QRect) -> QStyleOptionHeader:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        return option

    def _room(self, option: QStyleOptionHeader) -> int:
        """The label's width in a section drawn with ``option`` (less margins and arrow)."""
        return self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self).width()

    def _label(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(logical, Qt.Orientation.Horizontal) or "")


__all__ = ["WrappingHeader", "two_lines"]

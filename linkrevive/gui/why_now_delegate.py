"""Delegate of Today's "Why now" column: one elided line, and the selected lead's whole
first reason, word-wrapped over as many lines as it needs (two, as a rule)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

# Space between the cell's edge and its text.
MARGIN = 4
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


def text_rect(cell: QRect) -> QRect:
    """Where the text goes in a cell."""
    return cell.adjusted(MARGIN, 1, -MARGIN, -1)


def wrapped_height(font: QFont, width: int, text: str) -> int:
    """The height of ``text`` word-wrapped to ``width`` pixels, in ``font``."""
    bound = QRect(0, 0, max(width - 2 * MARGIN, 1), 1 << 20)
    return QFontMetrics(font).boundingRect(bound, int(WRAP), text).height() + 2


class WhyNowDelegate(QStyledItemDelegate):
    """Draws the selected row's reason in full; the other rows as any cell."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not option.state & QStyle.StateFlag.State_Selected:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(text_rect(item.rect), int(WRAP), text)
        painter.restore()


__all__ = ["WhyNowDelegate", "text_rect", "wrapped_height"]

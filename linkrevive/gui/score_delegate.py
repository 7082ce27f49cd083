"""Delegate painting a score (0-100) as a horizontal bar with its number."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from linkrevive.gui.table_model_base import SORT_ROLE


def score_color(score: int) -> QColor:
    """Green for strong candidates, amber for middling ones, grey for weak ones."""
    if score >= 50:
        return QColor("#2e8b57")
    if score >= 20:
        return QColor("#d98e04")
    return QColor("#9e9e9e")


class ScoreBarDelegate(QStyledItemDelegate):
    """Paints the cell's SORT_ROLE value (an int 0-100) as a bar."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(SORT_ROLE)
        score = int(value) if isinstance(value, int | float) else 0
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect: QRect = option.rect.adjusted(4, 5, -4, -5)
        text_width = 28
        bar = QRect(rect.left(), rect.top(), max(rect.width() - text_width, 10), rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 25))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(
            bar.left(), bar.top(), int(bar.width() * min(max(score, 0), 100) / 100), bar.height()
        )
        painter.setBrush(score_color(score))
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(option.palette.text().color())
        text_rect = QRect(bar.right() + 4, rect.top(), text_width - 4, rect.height())
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            QLocale().toString(score),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(120, 24)

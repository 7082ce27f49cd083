"""A layout that lays its widgets out in a row and wraps onto further rows when the row is
full, as words on a line: Qt's own "Flow Layout" example, typed.

A filter bar in it shows every filter whole: on one row in a wide window, on two in a
1280-pixel one, instead of cutting each label short to fit one row.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items at their size hint, left to right, wrapping when the next one does not fit.

    An item with a horizontal stretch (``stretch`` of :meth:`addWidget`) takes the room
    left at the end of its row, shared with the other stretched items of that row.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # id() of an item -> its stretch factor

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget``; with a ``stretch``, it grows into the room left on its row."""
        super().addWidget(widget)
        if stretch and self._items:
            self._stretch[id(self._items[-1])] = stretch

    def addItem(self, item: QLayoutItem) -> None:
        """Take ``item`` (Qt calls this for every widget added)."""
        self._items.append(item)

    def count(self) -> int:
        """How many items the layout holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index``, or None."""
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        return item

    def expandingDirections(self) -> Qt.Orientation:
        """It grows in neither direction by itself: its rows take the room they need."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Its height depends on its width (the number of rows)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the rows take at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items inside ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """As small as it may be (one row per item at worst)."""
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """The widest item's size, with the margins."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _spacing(self, orientation: Qt.Orientation) -> int:
        """The layout's spacing, else the style's between two push buttons."""
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            orientation,
        )

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in rows inside ``rect`` (placing them when ``move``); returns
        the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap_x = self._spacing(Qt.Orientation.Horizontal)
        gap_y = self._spacing(Qt.Orientation.Vertical)
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if rows[-1] and used + gap_x + width > area.width():
                rows.append([])
                used = 0
            used += (gap_x if rows[-1] else 0) + width
            rows[-1].append(item)
        y = area.y()
        placed = False
        for row in rows:
            if not row:
                continue
            height = max(item.sizeHint().height() for item in row)
            natural = sum(item.sizeHint().width() for item in row) + gap_x * (len(row) - 1)
            room = max(area.width() - natural, 0)
            weights = sum(self._stretch.get(id(item), 0) for item in row)
            x = area.x()
            for item in row:
                width = item.sizeHint().width()
                if weights:
                    width += room * self._stretch.get(id(item), 0) // weights
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap_x
            y += height + gap_y
            placed = True
        bottom = y - gap_y if placed else y
        return bottom - rect.y() + margins.bottom()

"""A read-only table model over a Python list of rows, with typed columns and custom roles.

Every cell's whole text is its tooltip (the views elide long text in the middle), and emoji
are left out of the displayed text where no font can draw them (see ``pictographs``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from linkrevive.gui.pictographs import shown

R = TypeVar("R")

# Value the proxies sort on (str, int or float: compared in C++, no Python per comparison).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The row object itself.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (translated when asked), display text and sort key; its
    tooltip, when not given, is the display text itself (the whole of an elided cell); the
    header's tooltip, when not given, is the header itself (a narrow column's)."""

    header: Callable[[], str]
    display: Callable[[R], str]
    sort: Callable[[R], str | int | float] | None = None
    tooltip: Callable[[R], str] | None = None
    header_tip: Callable[[], str] | None = None


@dataclass(frozen=True, slots=True)
class OrderedRows(Generic[R]):
    """Rows put in a sort's order (``(column, order)``, None: as given) off the GUI thread."""

    rows: list[R]
    sort: tuple[int, Qt.SortOrder] | None


def _sort_order(
    columns: Sequence[Column[R]], rows: Sequence[R], column: int, order: Qt.SortOrder
) -> list[int]:
    """The permutation (new row -> old row) sorting ``rows`` by ``column``, one key per row."""
    spec = columns[column]
    if spec.sort is not None:
        keys: list[Any] = [spec.sort(r) for r in rows]
    else:
        keys = [spec.display(r).casefold() for r in rows]
    return sorted(
        range(len(rows)),
        key=keys.__getitem__,
        reverse=order == Qt.SortOrder.DescendingOrder,
    )


def _in_order(
    columns: Sequence[Column[R]], rows: Sequence[R], sort: tuple[int, Qt.SortOrder] | None
) -> list[R]:
    """A new list of ``rows`` in the order of ``sort``."""
    if sort is None:
        return list(rows)
    return [rows[i] for i in _sort_order(columns, rows, *sort)]


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one type shown through a list of columns."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Called with the permutation (new row -> old row) before a sort's layoutChanged.
        self.permutation_listeners: list[Callable[[list[int]], None]] = []

    # -- content ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R] | OrderedRows[R]) -> None:
        """Show ``rows``, in the current sort order: rows put in it by :meth:`orderer`
        on the worker are taken as they are (the sort keys of 20,000 rows are tens of ms
        the GUI thread need not spend)."""
        self.beginResetModel()
        if isinstance(rows, OrderedRows) and rows.sort == self._sort:
            self._rows = rows.rows
        else:
            plain = rows.rows if isinstance(rows, OrderedRows) else rows
            self._rows = _in_order(self._columns, plain, self._sort)
        self._rows_changed()
        self.endResetModel()

    def orderer(self) -> Callable[[Sequence[R]], OrderedRows[R]]:
        """A function that puts rows in this model's current sort order, for the worker:
        it touches no Qt object (a sort chosen meanwhile is applied on arrival)."""
        columns, sort = list(self._columns), self._sort

        def order(rows: Sequence[R]) -> OrderedRows[R]:
            return OrderedRows(_in_order(columns, rows, sort), sort)

        return order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python, one key per row.

        Letting QSortFilterProxyModel sort would call ``data()`` from C++ on every comparison
        (over a million Python calls for 20,000 rows); a keyed sort here is a few ms.
        """
        if not (0 <= column < len(self._columns)):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        permutation = _sort_order(self._columns, self._rows, column, order)
        old_to_new = [0] * len(permutation)
        for new, old in enumerate(permutation):
            old_to_new[old] = new
        self._rows = [self._rows[i] for i in permutation]
        self._rows_permuted(permutation)
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(old_to_new[i.row()], i.column()) if i.isValid() else i for i in persistent],
        )
        for listener in self.permutation_listeners:
            listener(permutation)
        self.layoutChanged.emit()

    def _rows_changed(self) -> None:
        """Hook for subclasses that precompute per-row data."""

    def _rows_permuted(self, permutation: list[int]) -> None:
        """Hook: the same rows in another order (new row ``i`` was ``permutation[i]``); by
        default the per-row data is worked out again."""
        self._rows_changed()

    def remove_where(self, predicate: Callable[[R], bool]) -> int:
        """Remove the rows ``predicate`` picks (bottom up); returns how many went."""
        removed = 0
        for i in range(len(self._rows) - 1, -1, -1):
            if predicate(self._rows[i]):
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
                removed += 1
        if removed:
            self._rows_changed()
        return removed

    def rows(self) -> list[R]:
        return self._rows

    def row_at(self, row: int) -> R:
        return self._rows[row]

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip is not None:
            return column.header_tip()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(column.display(row))
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.display(row).casefold()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return shown(column.tooltip(row))
            return shown(column.display(row)) or None
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: R, column: int, role: int) -> Any:
        """Other roles (colours, fonts) for subclasses."""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

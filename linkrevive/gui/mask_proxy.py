"""A sort/filter proxy that accepts rows from a mask computed in bulk by a domain predicate.

Calling a Python predicate once per row from C++ costs more than computing the whole mask in
one comprehension; so views compute the mask with ``linkrevive.domain.filters`` and hand it
here, and ``filterAcceptsRow`` is a list lookup.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from linkrevive.gui.table_model_base import SORT_ROLE, RowTableModel


class MaskFilterProxy(QSortFilterProxyModel):
    """Filters rows by a precomputed list of booleans; sorting is done by the source model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mask: list[bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: QAbstractItemModel | None) -> None:
        """Read ``model`` from now on; None: read nothing (the source's resets then cost the
        GUI thread nothing here)."""
        old = self.sourceModel()
        if old is not None:
            if isinstance(old, RowTableModel) and self._permute in old.permutation_listeners:
                old.permutation_listeners.remove(self._permute)
            old.rowsAboutToBeRemoved.disconnect(self._rows_removed)
        self._mask = None
        super().setSourceModel(model)  # type: ignore[arg-type]  # Qt takes a null model
        if model is None:
            return
        if isinstance(model, RowTableModel):
            model.permutation_listeners.append(self._permute)
        model.rowsAboutToBeRemoved.connect(self._rows_removed)

    def _rows_removed(
        self, parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        # Rows left the source: the mask loses the same entries so the rest stay aligned.
        if self._mask is not None and not parent.isValid():
            del self._mask[first : last + 1]

    def _permute(self, permutation: list[int]) -> None:
        # The source reordered its rows: the mask follows them before the proxy re-filters.
        if self._mask is not None and len(self._mask) == len(permutation):
            self._mask = [self._mask[i] for i in permutation]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_mask(self, mask: list[bool] | None) -> None:
        """Filter by ``mask`` (None: every row); the same mask again filters nothing."""
        if mask == self._mask:
            return  # every row already went through it (20,000 calls from C++ at real size)
        self.beginFilterChange()
        self._mask = mask
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def expect_mask(self, mask: list[bool] | None) -> None:
        """The mask of the rows the source is about to be reset to: its reset filters them
        by it (once), and a :meth:`set_mask` of the same mask after it has nothing to do."""
        self._mask = mask

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        mask = self._mask
        if mask is None or source_row >= len(mask):
            return True
        return mask[source_row]

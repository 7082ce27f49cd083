"""A sort/filter proxy that accepts rows from a mask computed in bulk by a domain predicate.

Calling a Python predicate once per row from C++ costs more than computing the whole mask in
one comprehension; so views compute the mask with ``linkrevive.domain.filters`` and hand it
here, and ``filterAcceptsRow`` is a list lookup.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from linkrevive.gui.table_model_base import SORT_ROLE


class MaskFilterProxy(QSortFilterProxyModel):
    """Filters rows by a precomputed list of booleans; sorts on ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mask: list[bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def set_mask(self, mask: list[bool] | None) -> None:
        self.beginFilterChange()
        self._mask = mask
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        mask = self._mask
        if mask is None or source_row >= len(mask):
            return True
        return mask[source_row]

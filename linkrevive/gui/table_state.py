"""Tables of the views: how they are built, how wide their columns are, and what is saved.

Column widths follow the content: names and emails get their full width first, the other
columns share what is left down to their header's width, and the long-text column (why now,
title) takes the rest; a cell still too long is elided (an address in the middle, other text
at its end: :class:`ElidingDelegate`) and its model gives the
whole text as a tooltip. Once the user drags a column edge, the widths are theirs (saved in
QSettings with the header) and no longer fitted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from linkrevive.gui.mask_proxy import MaskFilterProxy
from linkrevive.gui.wrapping_header import WrappingHeader

# Rows measured to size a column (the visible ones first): enough to be representative,
# few enough that a 20,000-row table is measured in a few milliseconds.
MEASURED_ROWS = 300
# No column is fitted wider than this (a long subject line should not push the others out).
WIDEST = 380
# The long-text column is never squeezed below this.
FLEXIBLE_MIN = 180
# Below their header's width, columns other than names and emails go down to this.
NARROWEST = 48
# Before the other columns go below their header's width, names and emails give way down
# to this (an email elided in the middle stays readable; a date cut to "08…22" does not).
FIRST_READABLE = 150
# Cells up to this wide (a stage, a country, a date) are short: cut, they say nothing
# ("Lu…rg"), so they keep their width as long as a header would.
SHORT_CELLS = 130
# Room for the sort indicator and the cell padding around the measured text.
PADDING = 18


def save_header(settings: QSettings, key: str, header: QHeaderView) -> None:
    settings.setValue(key, header.saveState())
    fitter = header.findChild(ColumnFitter)
    if fitter is not None:
        settings.setValue(key + "_manual", fitter.manual)


def restore_header(settings: QSettings, key: str, header: QHeaderView) -> None:
    state = settings.value(key)
    if isinstance(state, QByteArray | bytes):
        header.restoreState(QByteArray(state))
    fitter = header.findChild(ColumnFitter)
    if fitter is not None:
        # Widths the user set by hand win; widths fitted earlier are fitted again.
        fitter.manual = settings.value(key + "_manual", False, type=bool) is True
        if not fitter.manual:
            header.setStretchLastSection(False)


class ElidingDelegate(QStyledItemDelegate):
    """Cuts a cell too long for its column where it says least: an address in the middle
    (its name and its domain stay: "hugo.nguy…e.example"), other text at its end, where a
    word stays recognisable ("Atelier Numé…", not "Atel…SARL")."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        middle = "@" in option.text  # type: ignore[attr-defined]
        option.textElideMode = (  # type: ignore[attr-defined]
            Qt.TextElideMode.ElideMiddle if middle else Qt.TextElideMode.ElideRight
        )


def make_table(source: QAbstractItemModel, parent: QObject) -> tuple[MaskFilterProxy, QTableView]:
    """A filter proxy over ``source`` and a sortable, row-selecting table view over it,
    its column widths fitted to the content (see :class:`ColumnFitter`)."""
    proxy = MaskFilterProxy(parent)
    proxy.setSourceModel(source)
    table = QTableView()
    table.setHorizontalHeader(WrappingHeader(table))
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.setItemDelegate(ElidingDelegate(table))
    ColumnFitter(table)
    return proxy, table


def set_widths(table: QTableView, widths: list[int]) -> None:
    """Widths before any data arrives, never narrower than the (translated) header."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


def fit_columns(
    table: QTableView,
    *,
    first: Sequence[int] = (),
    flexible: int | None = None,
    widest: Mapping[int, int] | None = None,
) -> None:
    """Say which columns of ``table`` come first (names, emails), which one takes the room
    left (the long text) and how wide some may get at most (a score bar), and fit now."""
    fitter = table.horizontalHeader().findChild(ColumnFitter)
    if fitter is not None:
        fitter.first = tuple(first)
        fitter.flexible = flexible
        fitter.widest = dict(widest or {})
        fitter._wanted = None
        fitter.fit()


def share_widths(
    wanted: Sequence[int],
    floors: Sequence[int],
    available: int,
    *,
    first: Sequence[int] = (),
    flexible: int | None = None,
    content: Sequence[int] | None = None,
) -> list[int]:
    """Widths for columns that want ``wanted`` pixels and can go down to ``floors`` (their
    header's width), or to ``content`` (their cells' width) when the header is the wider.

    Short of room, the columns other than ``first`` (names, emails) give way, widest first:
    one cap for all of them, as high as the room allows, so that short columns (a stage, a
    date) stay whole and only long text is elided; first down to their header's width, then
    (a "✓" column under a long header) down to their cells' width. Then the ``first``
    columns give way down to :data:`FIRST_READABLE`, then the others further (their header
    elided) to :data:`NARROWEST`, and only then the ``first`` columns further. The
    ``flexible`` column takes any room left over; without one, every column widens in
    proportion.
    """
    widths = list(wanted)
    first = [c for c in first if 0 <= c < len(widths)]
    others = [c for c in range(len(widths)) if c not in first]
    narrowest = [min(NARROWEST, w) for w in widths]
    readable = [min(FIRST_READABLE, w) for w in widths]
    cells = [
        max(min(c, f), n) for c, f, n in zip(content or floors, floors, narrowest, strict=True)
    ]
    steps = (
        (others, floors),
        (others, cells),
        (first, readable),
        (others, narrowest),
        (first, narrowest),
    )
    for group, low_bound in steps:
        if not group or sum(widths) <= available:
            break
        room = available - sum(w for c, w in enumerate(widths) if c not in group)

        def capped(cap: int, group: list[int] = group, bound: Sequence[int] = low_bound) -> int:
            return sum(max(bound[c], min(widths[c], cap)) for c in group)

        low, high = 0, max(widths[c] for c in group)
        while low < high:  # the highest cap that fits the room
            middle = (low + high + 1) // 2
            if capped(middle) <= room:
                low = middle
            else:
                high = middle - 1
        for c in group:
            widths[c] = max(low_bound[c], min(widths[c], low))
    spare = available - sum(widths)
    if flexible is not None and 0 <= flexible < len(widths):
        widths[flexible] += max(spare, 0)
    elif spare > 0 and (total := sum(widths)) > 0:
        # No long-text column: every column widens in proportion (no blank band on the right).
        widths = [w + spare * w // total for w in widths]
    return widths


class ColumnFitter(QObject):
    """Fits a table's column widths to its content on each new content and each resize,
    until the user sizes a column by hand."""

    def __init__(self, table: QTableView) -> None:
        header = table.horizontalHeader()
        super().__init__(header)
        self.table = table
        self.first: tuple[int, ...] = (0,)  # the name, in most tables
        self.flexible: int | None = None
        self.widest: dict[int, int] = {}
        self.manual = False
        self._fitting = False
        self._wanted: list[int] | None = None
        self._cells: list[int] = []  # each column's cells alone (measured with ``_wanted``)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a squeezed header: "Raison du…"
        header.sectionResized.connect(self._resized)
        model = table.model()
        model.modelReset.connect(self._content_changed)
        table.viewport().installEventFilter(self)

    def _content_changed(self) -> None:
        self._wanted = None
        self.fit()

    def _resized(self, column: int, old: int, new: int) -> None:
        # A drag of a column edge by the user (not our own fitting, not a restore).
        if not self._fitting and self.table.horizontalHeader().underMouse():
            self.manual = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def measure(self) -> list[int]:
        """Each column's width for its longest cell (measured rows) and its header."""
        table, header = self.table, self.table.horizontalHeader()
        wanted, self._cells = [], []
        for column in range(header.count()):
            content = table.sizeHintForColumn(column) if table.model().rowCount() else 0
            most = self.widest.get(column, WIDEST)
            wanted.append(min(max(content + PADDING, header.sectionSizeHint(column)), most))
            self._cells.append(min(content + PADDING, most))
        return wanted

    def fit(self) -> None:
        """Fit the widths to the content and the table's width (unless sized by hand)."""
        table, header = self.table, self.table.horizontalHeader()
        if self.manual or not table.isVisible() or header.count() == 0:
            return
        if self._wanted is None or len(self._wanted) != header.count():
            self._wanted = self.measure()
        wanted = list(self._wanted)
        floors = [
            min(max(self._label_floor(c), cell if cell <= SHORT_CELLS else 0), w)
            for c, (w, cell) in enumerate(zip(wanted, self._cells, strict=True))
        ]
        if self.flexible is not None and self.flexible < len(wanted):
            floors[self.flexible] = max(floors[self.flexible], FLEXIBLE_MIN)
            wanted[self.flexible] = max(wanted[self.flexible], floors[self.flexible])
        cells = list(self._cells) if len(self._cells) == len(wanted) else list(floors)
        if self.flexible is not None and self.flexible < len(wanted):
            cells[self.flexible] = floors[self.flexible]
        hidden = [header.isSectionHidden(c) for c in range(header.count())]
        for c, gone in enumerate(hidden):
            if gone:
                wanted[c] = floors[c] = cells[c] = 0
        widths = share_widths(
            wanted,
            floors,
            table.viewport().width(),
            first=self.first,
            flexible=self.flexible,
            content=cells,
        )
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                if not hidden[column] and header.sectionSize(column) != width:
                    header.resizeSection(column, width)
            if isinstance(header, WrappingHeader):
                header.set_two_lines(
                    any(not hidden[c] and header.wraps(c, widths[c]) for c in range(len(widths)))
                )
        finally:
            self._fitting = False

    def _label_floor(self, column: int) -> int:
        header = self.table.horizontalHeader()
        if isinstance(header, WrappingHeader):
            return header.label_floor(column)
        return header.sectionSizeHint(column)


__all__ = [
    "ColumnFitter",
    "fit_columns",
    "make_table",
    "restore_header",
    "save_header",
    "set_widths",
    "share_widths",
]

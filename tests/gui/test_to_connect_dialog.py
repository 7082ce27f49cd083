"""The folded-away to-connect list: its table reads the model only while it is open."""

from __future__ import annotations

from typing import Any

import pytest

from linkrevive.gui.backend import ToConnectRow
from linkrevive.gui.mask_proxy import MaskFilterProxy
from linkrevive.gui.to_connect_dialog import ToConnectDialog
from linkrevive.gui.to_connect_table_model import ToConnectTableModel

pytestmark = pytest.mark.gui


def _rows(count: int) -> list[ToConnectRow]:
    return [
        ToConnectRow(n, f"Person {n:05d}", f"p{n}@example.org", "Agence", None, "")
        for n in range(count)
    ]


class _CountingProxy(MaskFilterProxy):
    """Counts the rows the filter is asked about (each a call from Qt into Python)."""

    asked = 0

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        type(self).asked += 1
        return super().filterAcceptsRow(source_row, source_parent)


def test_rows_arriving_while_folded_away_cost_no_filter_pass(
    qtbot: Any, qtmodeltester: Any
) -> None:
    model = ToConnectTableModel()
    dialog = ToConnectDialog(model)
    qtbot.addWidget(dialog)
    counting = _CountingProxy(dialog)
    dialog.proxy = counting
    dialog.table.setModel(counting)
    _CountingProxy.asked = 0

    model.set_rows(_rows(2_000))  # a reload while the list is folded away
    assert _CountingProxy.asked == 0
    assert counting.rowCount() == 0

    dialog.show()  # opened: the table reads the rows, sorted, whole
    qtbot.waitExposed(dialog)
    assert counting.rowCount() == 2_000
    assert counting.index(0, 0).data() == "Person 00000"
    qtmodeltester.check(counting)
    model.set_rows(_rows(1_500))  # a reload while open shows at once
    assert counting.rowCount() == 1_500

    dialog.hide()  # folded away again: nothing read
    _CountingProxy.asked = 0
    model.set_rows(_rows(3_000))
    assert _CountingProxy.asked == 0
    dialog.show()
    assert counting.rowCount() == 3_000

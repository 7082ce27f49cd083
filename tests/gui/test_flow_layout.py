"""The flow layout: widgets at their size, wrapping onto a new row when a row is full."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget

from linkrevive.gui.flow_layout import FlowLayout

pytestmark = pytest.mark.gui


def _bar(qtbot: Any, labels: list[str], stretch_first: bool = False) -> tuple[QWidget, FlowLayout]:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for i, label in enumerate(labels):
        layout.addWidget(QPushButton(label), 1 if stretch_first and i == 0 else 0)
    return host, layout


def _widgets(layout: FlowLayout) -> list[QWidget]:
    found = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        assert item is not None
        widget = item.widget()
        assert widget is not None
        found.append(widget)
    return found


def test_widgets_wrap_when_the_row_is_full(qtbot: Any) -> None:
    _host, layout = _bar(qtbot, ["first button", "second button", "third button"])
    buttons = _widgets(layout)
    widths = [b.sizeHint().width() for b in buttons]
    height = buttons[0].sizeHint().height()
    wide = sum(widths) + 8
    assert layout.heightForWidth(wide) == height
    layout.setGeometry(QRect(0, 0, wide, height))
    assert {b.geometry().top() for b in buttons} == {0}
    assert [b.width() for b in buttons] == widths
    narrow = widths[0] + widths[1] + 4
    assert layout.heightForWidth(narrow) == 2 * height + 4
    layout.setGeometry(QRect(0, 0, narrow, 2 * height + 4))
    assert [b.geometry().top() for b in buttons] == [0, 0, height + 4]
    assert buttons[2].geometry().left() == 0
    # Too narrow for any two: one per row.
    assert layout.heightForWidth(max(widths)) == 3 * height + 8


def test_a_stretched_widget_takes_the_room_left_on_its_row(qtbot: Any) -> None:
    _host, layout = _bar(qtbot, ["search", "filter"], stretch_first=True)
    search, other = _widgets(layout)
    layout.setGeometry(QRect(0, 0, 600, 40))
    assert search.width() == 600 - 4 - other.sizeHint().width()
    assert other.width() == other.sizeHint().width()
    assert other.geometry().right() == 599


def test_taking_items_out_and_hidden_widgets(qtbot: Any) -> None:
    _host, layout = _bar(qtbot, ["a", "b", "c"])
    buttons = _widgets(layout)
    buttons[1].hide()
    layout.setGeometry(QRect(0, 0, 1000, 40))
    assert buttons[2].geometry().left() == buttons[0].geometry().right() + 1 + 4
    item = layout.takeAt(0)
    assert item is not None and item.widget() is buttons[0]
    assert layout.count() == 2
    assert layout.takeAt(5) is None and layout.itemAt(-1) is None

"""The keyboard: views by Ctrl+1…5 and Ctrl+Tab, Ctrl+F, Tab leaving tables, the key list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from linkrevive.gui.backend import Backend
from linkrevive.gui.main_window import INSIGHTS, LINKEDIN, PAIRS, PROSPECTS, TODAY, MainWindow
from linkrevive.gui.shortcuts_dialog import ShortcutsDialog
from linkrevive.gui.task_runner import TaskRunner
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> MainWindow:
    """The window shown and active, its first reads arrived, its set-up finished."""
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF)
    qtbot.addWidget(window)
    with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=30000):
        window.show()
        window.reload()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.keyboard.shortcuts_action.toolTip().endswith(")"))
    return window


def press(qtbot: Any, window: MainWindow, key: Qt.Key, modifiers: Any = CTRL) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def test_ctrl_digits_and_ctrl_tab_switch_views(qtbot: Any, window: MainWindow) -> None:
    window.today.table.setFocus()
    for key, view in (
        (Qt.Key.Key_2, PROSPECTS),
        (Qt.Key.Key_5, INSIGHTS),
        (Qt.Key.Key_3, LINKEDIN),
        (Qt.Key.Key_4, PAIRS),
        (Qt.Key.Key_1, TODAY),
    ):
        press(qtbot, window, key)
        assert window.tabs.currentIndex() == view
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.tabs.currentIndex() == PROSPECTS
    press(qtbot, window, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert window.tabs.currentIndex() == TODAY
    press(qtbot, window, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert window.tabs.currentIndex() == INSIGHTS  # round the end


def test_ctrl_f_goes_to_a_search_field(qtbot: Any, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(LINKEDIN)
    window.linkedin.table.setFocus()
    press(qtbot, window, Qt.Key.Key_F)
    assert QApplication.focusWidget() is window.linkedin.search
    # Today has no search field: Ctrl+F searches everybody, in Prospects.
    window.tabs.setCurrentIndex(TODAY)
    window.today.table.setFocus()
    press(qtbot, window, Qt.Key.Key_F)
    assert window.tabs.currentIndex() == PROSPECTS
    assert QApplication.focusWidget() is window.prospects.search


def test_tab_leaves_every_table(qtbot: Any, window: MainWindow) -> None:
    tables = window.findChildren(QTableView)
    assert len(tables) >= 5
    for table in tables:
        assert not table.tabKeyNavigation(), table
        assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    table = window.today.table
    table.setFocus()
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table  # on to the next control, not a cell


def test_help_lists_every_shortcut_of_the_window(
    qtbot: Any, window: MainWindow, qtmodeltester: Any
) -> None:
    help_menu = window.menuBar().actions()[-1]
    assert help_menu.menu() is window.keyboard.help_menu
    assert window.keyboard.shortcuts_action in window.keyboard.help_menu.actions()
    late = QAction("Something added later", window)
    late.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.keyboard.shortcuts_action.trigger()
    dialog = window.keyboard.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    rows = {(r.action, r.keys) for r in dialog.model.rows()}
    assert ("Today", "Ctrl+1") in rows
    assert ("Insights", "Ctrl+5") in rows
    assert ("Next view", "Ctrl+Tab") in rows
    assert ("Export", "Ctrl+E") in rows
    assert ("Something added later", "Ctrl+Alt+K") in rows
    assert ("Confirm a pair", "Y, Return") in rows  # a view's own keys
    every = {
        (a.text().replace("&", "").rstrip("…"), a.shortcut().toString())
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a.text()
    }
    assert every <= {(name, keys.split(", ")[0]) for name, keys in rows}
    dialog.reject()


def test_shortcuts_show_in_tooltips(window: MainWindow) -> None:
    assert window.export_action.toolTip() == "Export (Ctrl+E)"
    assert window.keyboard.view_actions[1].toolTip() == "Prospects (Ctrl+2)"
    assert window.tabs.tabToolTip(PAIRS) == "Review pairs (Ctrl+4)"
    assert window.keyboard.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_view_keys_work_from_a_text_field(qtbot: Any, window: MainWindow) -> None:
    """Ctrl+Tab and Ctrl+2 are not swallowed by the notes or a search field."""
    window.tabs.setCurrentIndex(PROSPECTS)
    window.prospects.search.setFocus()
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.tabs.currentIndex() == LINKEDIN
    window.tabs.setCurrentIndex(TODAY)
    window.today.table.selectRow(0)  # the detail pane shows a person: the notes are editable
    qtbot.waitUntil(window.detail.notes.isEnabled)
    window.detail.notes.setFocus()
    assert QApplication.focusWidget() is window.detail.notes
    press(qtbot, window, Qt.Key.Key_1)
    assert window.tabs.currentIndex() == TODAY
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.tabs.currentIndex() == PROSPECTS

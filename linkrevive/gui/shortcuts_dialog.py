"""The keyboard: view switching, Ctrl+F, tables left by Tab, and the dialog listing every key.

:class:`KeyboardNavigation` gives the window its view shortcuts (Ctrl+1…5, Ctrl+Tab,
Ctrl+Shift+Tab), Ctrl+F and Help ▸ Keyboard shortcuts. :class:`ShortcutsDialog` lists, when it
opens, every action of the window that has a shortcut, whoever created it, so that a new
action appears there without being registered anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from linkrevive.gui.table_model_base import Column, RowTableModel


@dataclass(frozen=True, slots=True)
class KeyRow:
    """One line of the dialog: what the key does and the key, as the platform writes it."""

    action: str
    keys: str


def plain_text(text: str) -> str:
    """An action's text as a sentence: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def key_text(shortcuts: Sequence[QKeySequence]) -> str:
    """The shortcuts of an action in the platform's words ("Ctrl+1", "⌘1")."""
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts if not s.isEmpty()
    )


def shortcut_rows(window: QWidget) -> list[KeyRow]:
    """Every action under ``window`` that has a shortcut, once each, in menu order when
    possible; then the keys views handle themselves (``key_hints()``, as Review pairs' Y/N)."""
    rows: list[KeyRow] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = key_text(action.shortcuts())
        name = plain_text(action.text())
        if not keys or not name or action.isSeparator() or (name, keys) in seen:
            continue
        seen.add((name, keys))
        rows.append(KeyRow(name, keys))
    for widget in window.findChildren(QWidget):
        hints: Callable[[], list[tuple[str, str]]] | None = getattr(widget, "key_hints", None)
        if callable(hints):
            for name, keys in hints():
                if (name, keys) not in seen:
                    seen.add((name, keys))
                    rows.append(KeyRow(name, keys))
    return rows


class ShortcutsTableModel(RowTableModel[KeyRow]):
    """Action and key."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ShortcutsTableModel", "Action"),
                    lambda r: r.action,
                ),
                Column(
                    lambda: QCoreApplication.translate("ShortcutsTableModel", "Shortcut"),
                    lambda r: r.keys,
                ),
            ],
            parent,
        )


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: the keys of the window as they are when it opens."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutsTableModel(self)
        self.model.set_rows(shortcut_rows(window))
        self.table = QTableView()
        self.table.setModel(self.model)
        rows_not_cells(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


def rows_not_cells(view: QAbstractItemView) -> None:
    """Tab leaves the table (to the buttons after it) and the arrows move whole rows."""
    view.setTabKeyNavigation(False)
    if isinstance(view, QTableView):
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)


def tooltip_with_shortcut(action: QAction) -> None:
    """Show an action's shortcut in its tooltip (toolbar buttons), once."""
    keys = key_text(action.shortcuts())
    if not keys:
        return
    base = plain_text(action.toolTip() or action.text())
    suffix = f" ({keys})"
    if not base.endswith(suffix):
        action.setToolTip(base + suffix)


class KeyboardNavigation(QObject):
    """The window's view shortcuts, Ctrl+F and the shortcuts dialog.

    ``views_shown`` says whether the views are on screen (not the welcome page); ``search``
    is the view that searches everybody, for Ctrl+F in a view without a search field.
    """

    def __init__(
        self,
        window: QMainWindow,
        tabs: QTabWidget,
        view_menu: QMenu,
        *,
        search: QWidget,
        views_shown: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tabs = tabs
        self.search_view = search
        self.views_shown = views_shown
        self.dialog: ShortcutsDialog | None = None
        self.view_actions: list[QAction] = []
        view_menu.addSeparator()
        for index in range(tabs.count()):
            action = self._action(
                tabs.tabText(index), f"Ctrl+{index + 1}", partial(self.show_view, index)
            )
            view_menu.addAction(action)
            self.view_actions.append(action)
        self.next_action = self._action(self.tr("Next view"), "Ctrl+Tab", lambda: self.step(1))
        self.previous_action = self._action(
            self.tr("Previous view"), "Ctrl+Shift+Tab", lambda: self.step(-1)
        )
        self.find_action = self._action(
            self.tr("Search"), QKeySequence.StandardKey.Find, self.focus_search
        )
        view_menu.addSeparator()
        for action in (self.next_action, self.previous_action, self.find_action):
            view_menu.addAction(action)
        self.shortcuts_action = self._action(
            self.tr("Keyboard shortcuts"), "Ctrl+/", self.show_shortcuts
        )
        self.help_menu = window.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.shortcuts_action)
        for view in window.findChildren(QAbstractItemView):
            rows_not_cells(view)
        # Once the window is built, with the menus and actions of its other parts.
        QTimer.singleShot(0, self.finish)

    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey,
        slot: Callable[[], None],
    ) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        # Window-wide, also when the focus is in a table or a text field.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def show_view(self, index: int) -> None:
        if self.views_shown() and 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def step(self, delta: int) -> None:
        count = self.tabs.count()
        if count:
            self.show_view((self.tabs.currentIndex() + delta) % count)

    def focus_search(self) -> None:
        """The current view's search field; from a view without one, the search of
        everybody (Prospects)."""
        if not self.views_shown():
            return
        field = getattr(self.tabs.currentWidget(), "search", None)
        if not isinstance(field, QLineEdit):
            self.tabs.setCurrentWidget(self.search_view)
            field = getattr(self.search_view, "search", None)
        if isinstance(field, QLineEdit):
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    def show_shortcuts(self) -> None:
        self.dialog = ShortcutsDialog(self.window)
        self.dialog.open()

    def finish(self) -> None:
        """Help last in the menu bar; every tooltip says its action's keys; Tab leaves every
        table."""
        bar = self.window.menuBar()
        bar.removeAction(self.help_menu.menuAction())
        bar.addAction(self.help_menu.menuAction())
        for action in self.window.findChildren(QAction):
            tooltip_with_shortcut(action)
        for view in self.window.findChildren(QAbstractItemView):  # tables built since
            rows_not_cells(view)
        for index, action in enumerate(self.view_actions):
            self.tabs.setTabToolTip(index, action.toolTip())

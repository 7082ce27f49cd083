"""The lead actions (Snooze, Dismiss, Mark revived, Do not contact, Make active again, Copy
opener) as QActions with shortcuts, each one undoable through the window's QUndoStack.

One :class:`LeadActions` serves the whole window: Today's buttons, the Prospects table's
context menu, the detail pane's "way back" and the Lead menu all go through it, so that no
view carries its own copy of the actions, their confirmation or their undo.

The one-letter shortcuts (S, D, R, C) use ``WidgetWithChildrenShortcut`` and are attached to
the lead tables and Today's why-now box only: a letter typed in the search field, the notes or
a filter box never acts on a lead. Do not contact is Ctrl+Shift+N, harder to hit by mistake.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.enums import LeadState
from linkrevive.domain.errors import InputError
from linkrevive.gui.backend import Backend
from linkrevive.gui.confirm_box import ConfirmBox
from linkrevive.gui.i18n import date_edit_format, error_text, format_date

if TYPE_CHECKING:
    from linkrevive.services.leads import Replaced

# How long the "what happened — Undo" message stays in the status bar.
TOAST_MS = 12000

SNOOZE, DISMISS, REVIVED, DO_NOT_CONTACT, REACTIVATE = (
    "snooze",
    "dismiss",
    "revived",
    "do_not_contact",
    "reactivate",
)


@dataclass(frozen=True, slots=True)
class LeadTarget:
    """The lead an action is about: who, by which name, and in which state (None: unknown)."""

    person_id: int
    name: str
    state: LeadState | None = None


class SnoozeDialog(QDialog):
    """Asks until when a lead is snoozed: a day after ``today``, in a month by default."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        layout = QVBoxLayout(self)
        start = QDate(today) if today is not None else QDate.currentDate()
        self.until = QDateEdit(start.addDays(30))
        self.until.setMinimumDate(start.addDays(1))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(date_edit_format())
        layout.addWidget(QLabel(self.tr("The lead leaves the list until this day.")))
        layout.addWidget(self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> date:
        result = self.until.date().toPython()
        assert isinstance(result, date)
        return result


class DoNotContactDialog(ConfirmBox):
    """Asks once before marking someone "do not contact", saying what it means."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask(
            self.tr("Do not contact"),
            self.tr("Never contact {0} again?").format(name),
            self.tr(
                "{0} will never be proposed again and is left out of every export. "
                "Use this when the person asked not to be contacted. You can undo it here "
                "(Edit ▸ Undo) or restore the lead later from the detail pane."
            ).format(name),
            self.tr("Do not contact"),
        )


class LeadCommand(QUndoCommand):
    """One lead action on the undo stack. The action has already run when it is pushed;
    undo puts back what it replaced, redo does it again (both refused if the lead changed)."""

    def __init__(self, actions: LeadActions, target: LeadTarget, text: str, done: Replaced):
        super().__init__(text)
        self._actions = actions
        self._target = target
        self._replaced = done
        self._applied = True  # the first redo(), from push(), has nothing to do

    def put(self, person_id: int) -> LeadState | None:
        """The state this command put ``person_id`` in, if it is about them and applied."""
        if person_id != self._target.person_id or not self._applied:
            return None
        return self._replaced.after.state

    def undo(self) -> None:
        target, replaced = self._target, self._replaced
        backend = self._actions.backend
        ok = self._actions.run(
            target, lambda: backend.restore_lead(target.person_id, replaced), undoing=True
        )
        if ok is None:
            self.setObsolete(True)  # the stack drops a command that cannot be undone
            return
        self._applied = False
        self._actions.settled(target.person_id, replaced.before.state)
        undone = QCoreApplication.translate("LeadActions", "Undone: {0}.")
        self._actions.undone.emit(undone.format(self.text()))

    def redo(self) -> None:
        if self._applied:
            return
        target, replaced = self._target, self._replaced
        backend = self._actions.backend
        again = self._actions.run(
            target, lambda: backend.reapply_lead(target.person_id, replaced), undoing=False
        )
        if again is None:
            self.setObsolete(True)
            return
        self._replaced = again
        self._applied = True
        self._actions.settled(target.person_id, again.after.state)


class LeadActions(QObject):
    """The window's lead actions and their undo stack.

    ``target`` says which lead the menu entries and shortcuts act on (the window sets it:
    the selection of the current view). ``lead_changed`` fires after every action, undo and
    redo with the person and their new state, so that the views showing the lead refresh.
    """

    lead_changed = Signal(int, str)
    announced = Signal(str)  # what an action did, for the "— Undo" message
    undone = Signal(str)  # what an undo put back
    error_raised = Signal(str)

    def __init__(
        self,
        backend: Backend,
        parent: QWidget,
        *,
        as_of: Callable[[], date | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.dialog_parent = parent
        self.as_of = as_of
        self.target: Callable[[], LeadTarget | None] = lambda: None
        self.can_copy_opener: Callable[[], bool] = lambda: False
        self.undo_stack = QUndoStack(self)
        # The "what happened — Undo" message, once the window placed it in its status bar.
        self.toast: UndoToast | None = None
        # Actions are the window's children, so that Help ▸ Keyboard shortcuts finds them.
        self.snooze_action = self._action(self.tr("Snooze…"), "S", self._triggered(SNOOZE))
        self.dismiss_action = self._action(self.tr("Dismiss"), "D", self._triggered(DISMISS))
        self.revived_action = self._action(self.tr("Mark revived"), "R", self._triggered(REVIVED))
        self.do_not_contact_action = self._action(
            self.tr("Do not contact…"), "Ctrl+Shift+N", self._triggered(DO_NOT_CONTACT)
        )
        self.reactivate_action = self._action(
            self.tr("Make active again"), None, self._triggered(REACTIVATE)
        )
        self.copy_opener_action = self._action(self.tr("Copy opener"), "C", None)
        self.undo_action = self.undo_stack.createUndoAction(parent, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(parent, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.sync()

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], None] | None) -> QAction:
        action = QAction(text, self.dialog_parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            # The shortcut in the tooltip as well as in the menu.
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.rstrip('…')} ({keys})")
        if slot is not None:
            action.triggered.connect(slot)
        return action

    @property
    def lead_actions(self) -> list[QAction]:
        """The actions on a lead, in menu order (Copy opener apart)."""
        return [
            self.snooze_action,
            self.dismiss_action,
            self.revived_action,
            self.do_not_contact_action,
            self.reactivate_action,
        ]

    def attach(self, widget: QWidget, *, with_copy: bool = False) -> None:
        """Make the shortcuts work while the focus is in ``widget`` (a table, a box)."""
        widget.addActions(self.lead_actions[:4])
        if with_copy:
            widget.addAction(self.copy_opener_action)

    def sync(self) -> None:
        """Enable the actions that have a lead to act on (after a selection change)."""
        target = self.target()
        for action in self.lead_actions[:4]:
            action.setEnabled(target is not None)
        self.reactivate_action.setEnabled(
            target is not None and target.state is not LeadState.ACTIVE
        )
        self.copy_opener_action.setEnabled(self.can_copy_opener())
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

    def _triggered(self, kind: str) -> Callable[[], None]:
        def trigger() -> None:
            target = self.target()
            if target is not None:
                self.act(kind, target)

        return trigger

    # -- the actions -----------------------------------------------------------------------

    def opener_copied(self, target: LeadTarget | None) -> None:
        """The user copied ``target``'s opener: remember it (a sign of acting on the lead,
        read by the revival outcomes). Nothing to undo: it changes no lead."""
        if target is None:
            return
        try:
            self.backend.record_opener_copied(target.person_id)
        except Exception as exc:  # the opener is copied all the same: say what was not kept
            self.error_raised.emit(error_text(exc))

    def act(self, kind: str, target: LeadTarget) -> bool:
        """Run one lead action on ``target`` (asking first where needed); True when done."""
        if kind == SNOOZE:
            return self.snooze(target)
        if kind == DO_NOT_CONTACT:
            return self.do_not_contact(target)
        backend, pid, name = self.backend, target.person_id, target.name
        steps: dict[str, tuple[Callable[[], Replaced], str, str]] = {
            DISMISS: (
                lambda: backend.dismiss(pid, ""),
                self.tr("dismissal of {0}").format(name),
                self.tr("{0} dismissed: never proposed again.").format(name),
            ),
            REVIVED: (
                lambda: backend.mark_revived(pid),
                self.tr("revival of {0}").format(name),
                self.tr("{0} marked revived.").format(name),
            ),
            REACTIVATE: (
                lambda: backend.reactivate(pid),
                self.tr("restore of {0}").format(name),
                self.tr("{0} is an active lead again.").format(name),
            ),
        }
        call, text, message = steps[kind]
        return self._do(target, call, text, message)

    def snooze(self, target: LeadTarget) -> bool:
        dialog = SnoozeDialog(self.dialog_parent, today=self.as_of())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        until = dialog.value()
        return self._do(
            target,
            lambda: self.backend.snooze(target.person_id, until),
            self.tr("snooze of {0}").format(target.name),
            self.tr("{0} snoozed until {1}.").format(target.name, format_date(until)),
        )

    def dismiss(self, target: LeadTarget) -> bool:
        return self.act(DISMISS, target)

    def mark_revived(self, target: LeadTarget) -> bool:
        return self.act(REVIVED, target)

    def reactivate(self, target: LeadTarget) -> bool:
        return self.act(REACTIVATE, target)

    def undo_or_reactivate(self, target: LeadTarget) -> bool:
        """The detail pane's way back. When the last action on the stack put this lead in
        its state (a revival just marked by mistake), undo it: a revival's logged exchange
        goes too. Otherwise make the lead active again (itself undoable)."""
        index = self.undo_stack.index()
        last = self.undo_stack.command(index - 1) if index > 0 else None
        if isinstance(last, LeadCommand) and last.put(target.person_id) == target.state:
            self.undo_stack.undo()
            return True
        return self.reactivate(target)

    def do_not_contact(self, target: LeadTarget) -> bool:
        if not DoNotContactDialog(target.name, self.dialog_parent).confirmed():
            return False
        return self._do(
            target,
            lambda: self.backend.do_not_contact(target.person_id),
            self.tr("do-not-contact of {0}").format(target.name),
            self.tr("{0} will not be contacted: left out of the list and the exports.").format(
                target.name
            ),
        )

    def _do(
        self, target: LeadTarget, call: Callable[[], Replaced], text: str, message: str
    ) -> bool:
        done = self.run(target, call, undoing=False)
        if done is None:
            return False
        self.undo_stack.push(LeadCommand(self, target, text, done))
        self.settled(target.person_id, done.after.state)
        self.announced.emit(message)
        return True

    def run(self, target: LeadTarget, call: Callable[[], Any], *, undoing: bool) -> Any:
        """``call()``, or None after saying why it failed (an undo refused: the lead changed)."""
        try:
            result = call()
        except InputError as exc:
            if exc.code != "person_changed":
                self.error_raised.emit(error_text(exc))
            elif undoing:
                self.error_raised.emit(
                    self.tr("{0} changed since; nothing was undone.").format(target.name)
                )
            else:
                self.error_raised.emit(
                    self.tr("{0} changed meanwhile; nothing was done.").format(target.name)
                )
            return None
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            return None
        return True if result is None else result

    def settled(self, person_id: int, state: LeadState) -> None:
        """Tell the views that ``person_id`` is now in ``state``."""
        self.lead_changed.emit(person_id, state.value)
        self.sync()


class UndoToast(QWidget):
    """A status-bar message saying what a lead action did, with an Undo button, for a while."""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(
            self.tr("Undo ({0})").format(
                QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.undo_button.clicked.connect(stack.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TOAST_MS)
        self._timer.timeout.connect(self.hide)
        # Once the stack moves (undo, redo, another action), this message is out of date.
        stack.indexChanged.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start()


def install_lead_actions(window: Any) -> LeadActions:
    """Give the main window its lead actions: the Lead and Edit menus, the undo message in
    the status bar, and the same actions in Today, Prospects and the detail pane."""
    actions = LeadActions(window.backend, window, as_of=lambda: window.today.as_of)

    def target() -> LeadTarget | None:
        view = window.tabs.currentWidget()
        finder = getattr(view, "lead_target", window.detail.lead_target)
        found = finder()  # other views: the person the pane shows
        return found if isinstance(found, LeadTarget) else None

    actions.target = target
    actions.can_copy_opener = lambda: (
        window.tabs.currentWidget() is window.today and window.today.can_copy_opener()
    )
    window.today.use_lead_actions(actions)
    window.prospects.use_lead_actions(actions)
    window.detail.use_lead_actions(actions)
    actions.error_raised.connect(window.show_error)

    bar = window.menuBar()
    edit = _menu(bar, "editMenu", QCoreApplication.translate("MainWindow", "&Edit"))
    first = edit.actions()[0] if edit.actions() else None
    if first is None:
        edit.addActions([actions.undo_action, actions.redo_action])
    else:  # another part of the window made the Edit menu: Undo and Redo come first
        edit.insertActions(first, [actions.undo_action, actions.redo_action])
        edit.insertSeparator(first)
    lead = _menu(bar, "leadMenu", QCoreApplication.translate("LeadActions", "&Lead"))
    lead.addActions(actions.lead_actions)
    lead.addSeparator()
    lead.addAction(actions.copy_opener_action)
    lead.aboutToShow.connect(actions.sync)

    toast = UndoToast(actions.undo_stack)
    window.statusBar().addWidget(toast)
    actions.announced.connect(toast.show_message)
    actions.undone.connect(lambda text: window.statusBar().showMessage(text, 5000))
    actions.toast = toast
    window.tabs.currentChanged.connect(lambda _index: actions.sync())
    # The window enables every action at the end of a task: put the lead actions right.
    for signal in (window.runner.finished, window.runner.failed, window.runner.cancelled):
        signal.connect(lambda *_: actions.sync())
    actions.sync()
    return actions


def _menu(bar: Any, name: str, title: str) -> QMenu:
    """The menu bar's menu called ``name`` (or titled ``title``), added when missing: Edit
    after File, the others before Help."""
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and (menu.objectName() == name or menu.title() == title):
            return menu
    menu = QMenu(title, bar)
    menu.setObjectName(name)
    menus = [a for a in bar.actions() if isinstance(a.menu(), QMenu)]
    help_title = QCoreApplication.translate("MainWindow", "&Help")
    if name == "editMenu":
        before = menus[1] if len(menus) > 1 else None
    else:
        before = next((a for a in menus if a.menu().title() == help_title), None)
    if before is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(before, menu)
    return menu


__all__ = [
    "DoNotContactDialog",
    "LeadActions",
    "LeadTarget",
    "SnoozeDialog",
    "UndoToast",
    "install_lead_actions",
]

"""Lead actions that can be undone, shown everywhere: Today, the detail pane, Prospects, menus,
shortcuts, on the real demo database."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from linkrevive.domain.enums import Channel, LeadState
from linkrevive.domain.models import Person
from linkrevive.gui.backend import Backend, TodayRow
from linkrevive.gui.detail_pane import DetailPane
from linkrevive.gui.i18n import format_date
from linkrevive.gui.lead_actions import DoNotContactDialog, SnoozeDialog, UndoToast
from linkrevive.gui.main_window import PROSPECTS, MainWindow
from linkrevive.gui.prospects_view import ProspectsView
from linkrevive.gui.shortcuts_dialog import shortcut_rows
from linkrevive.gui.table_model_base import ROW_ROLE
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.today_view import TodayView
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui

SNOOZED_UNTIL = date(2025, 6, 15)


def _person(backend: Backend, person_id: int) -> Person:
    detail = backend.detail(person_id)
    assert detail is not None
    return detail.person


def _revival_notes(backend: Backend, person_id: int) -> int:
    detail = backend.detail(person_id)
    assert detail is not None
    return sum(1 for e in detail.exchanges if e.channel == Channel.NOTE)


def _toast(window: MainWindow) -> UndoToast:
    toast = window.lead_actions.toast
    assert toast is not None
    return toast


def _pick_snooze_day(monkeypatch: pytest.MonkeyPatch) -> None:
    def pick(dialog: SnoozeDialog) -> int:
        dialog.until.setDate(QDate(SNOOZED_UNTIL))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SnoozeDialog, "exec", pick)


def _answer_do_not_contact(monkeypatch: pytest.MonkeyPatch, confirm: bool) -> list[Any]:
    asked: list[Any] = []

    def answer(dialog: DoNotContactDialog) -> int:
        asked.append(
            (
                dialog.text(),
                dialog.informativeText(),
                dialog.defaultButton() is dialog.cancel_button,
            )
        )
        (dialog.confirm_button if confirm else dialog.cancel_button).click()
        return 0

    monkeypatch.setattr(DoNotContactDialog, "exec", answer)
    return asked


@pytest.fixture
def window(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> MainWindow:
    shown = MainWindow(demo_backend, settings, runner, as_of=AS_OF)
    qtbot.addWidget(shown)
    with qtbot.waitSignals([shown.store_checked, shown.today.loaded], timeout=30000):
        shown.show()
        shown.reload()
    return shown


def _select_lead(qtbot: Any, window: MainWindow, row: int = 0) -> TodayRow:
    window.today.table.selectRow(row)
    lead = window.today.current_row()
    assert lead is not None and lead.person_id > 0
    qtbot.waitUntil(lambda: window.detail.person_id == lead.person_id, timeout=10000)
    return lead


def _sorted_rows(window: MainWindow) -> list[TodayRow]:
    proxy = window.today.proxy
    return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]


@pytest.mark.parametrize("kind", ["snooze", "dismiss", "revived", "do_not_contact"])
def test_each_action_is_undone_to_the_exact_state_and_the_lead_comes_back_at_its_place(
    qtbot: Any,
    window: MainWindow,
    demo_backend: Backend,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    _pick_snooze_day(monkeypatch)
    _answer_do_not_contact(monkeypatch, confirm=True)
    order = [r.person_id for r in _sorted_rows(window)]
    lead = _select_lead(qtbot, window, row=2)
    notes = _revival_notes(demo_backend, lead.person_id)
    buttons = {
        "snooze": window.today.snooze_button,
        "dismiss": window.today.dismiss_button,
        "revived": window.today.revived_button,
        "do_not_contact": window.today.dnc_button,
    }
    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        qtbot.mouseClick(buttons[kind], Qt.MouseButton.LeftButton)
    after = _person(demo_backend, lead.person_id)
    expected = {
        "snooze": (LeadState.SNOOZED, SNOOZED_UNTIL),
        "dismiss": (LeadState.DISMISSED, None),
        "revived": (LeadState.REVIVED, date.today()),
        "do_not_contact": (LeadState.DO_NOT_CONTACT, None),
    }[kind]
    assert (after.lead_state, after.state_until) == expected
    assert lead.person_id not in [r.person_id for r in _sorted_rows(window)]
    if kind == "revived":
        assert _revival_notes(demo_backend, lead.person_id) == notes + 1
    # What happened, with its Undo, in the status bar and the Edit menu.
    assert _toast(window).isVisible() and lead.name in _toast(window).label.text()
    verb = {
        "snooze": "snooze",
        "dismiss": "dismissal",
        "revived": "revival",
        "do_not_contact": "do-not-contact",
    }[kind]
    assert window.lead_actions.undo_action.text() == f"Undo {verb} of {lead.name}"
    assert window.lead_actions.undo_action.isEnabled()

    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        qtbot.mouseClick(_toast(window).undo_button, Qt.MouseButton.LeftButton)
    back = _person(demo_backend, lead.person_id)
    assert (back.lead_state, back.state_until) == (LeadState.ACTIVE, None)
    assert _revival_notes(demo_backend, lead.person_id) == notes  # the logged exchange gone
    assert [r.person_id for r in _sorted_rows(window)] == order  # at its place
    assert window.today.current_row() == lead  # selected again
    assert not _toast(window).isVisible()
    assert window.statusBar().currentMessage() == f"Undone: {verb} of {lead.name}."
    assert window.lead_actions.redo_action.text() == f"Redo {verb} of {lead.name}"

    # Redo does it again; Ctrl+Z (Edit ▸ Undo) undoes it once more.
    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        window.lead_actions.redo_action.trigger()
    assert _person(demo_backend, lead.person_id).lead_state is expected[0]
    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        window.lead_actions.undo_action.trigger()
    assert _person(demo_backend, lead.person_id).lead_state is LeadState.ACTIVE
    assert _revival_notes(demo_backend, lead.person_id) == notes


def test_undo_is_refused_when_the_lead_changed_since(
    qtbot: Any, window: MainWindow, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead = _select_lead(qtbot, window)
    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        qtbot.mouseClick(window.today.dismiss_button, Qt.MouseButton.LeftButton)
    demo_backend.snooze(lead.person_id, SNOOZED_UNTIL)  # e.g. the command line, meanwhile
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    window.lead_actions.error_raised.disconnect()
    window.lead_actions.error_raised.connect(shown.append)
    window.lead_actions.undo_action.trigger()
    assert shown == [f"{lead.name} changed since; nothing was undone."]
    person = _person(demo_backend, lead.person_id)
    assert (person.lead_state, person.state_until) == (LeadState.SNOOZED, SNOOZED_UNTIL)
    assert not window.lead_actions.undo_stack.canUndo()  # the stale command is dropped


def test_do_not_contact_asks_once_and_cancel_changes_nothing(
    qtbot: Any, demo_backend: Backend, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = TodayView(demo_backend, settings)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    view.refresh()
    view.table.selectRow(0)
    lead = view.current_row()
    assert lead is not None
    asked = _answer_do_not_contact(monkeypatch, confirm=False)
    before = view.model.rowCount()
    with qtbot.assertNotEmitted(view.person_changed):
        qtbot.mouseClick(view.dnc_button, Qt.MouseButton.LeftButton)
    [(text, meaning, cancel_is_default)] = asked
    assert lead.name in text and cancel_is_default
    assert "never be proposed again" in meaning and "export" in meaning and "undo" in meaning
    assert _person(demo_backend, lead.person_id).lead_state is LeadState.ACTIVE
    assert view.model.rowCount() == before and not view.lead_actions.undo_stack.canUndo()

    asked = _answer_do_not_contact(monkeypatch, confirm=True)
    with qtbot.waitSignal(view.person_changed):
        qtbot.mouseClick(view.dnc_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1  # asked once
    assert _person(demo_backend, lead.person_id).lead_state is LeadState.DO_NOT_CONTACT
    assert lead.person_id not in {r.person_id for r in view.model.rows()}


def test_the_real_confirmation_defaults_to_cancel(qtbot: Any) -> None:
    dialog = DoNotContactDialog("Anne Martin")
    qtbot.addWidget(dialog)
    assert dialog.defaultButton() is dialog.cancel_button
    assert dialog.escapeButton() is dialog.cancel_button
    assert dialog.standardButton(dialog.cancel_button) == QMessageBox.StandardButton.Cancel


@pytest.mark.parametrize(
    ("act", "line", "button"),
    [
        ("snooze", "Snoozed until 15 Jun 2025 —", "Wake now"),
        ("dismiss", "Dismissed —", "Restore"),
        ("do_not_contact", "Do not contact —", "Restore"),
    ],
)
def test_the_pane_shows_the_lead_state_with_a_way_back(
    qtbot: Any, demo_backend: Backend, act: str, line: str, button: str
) -> None:
    lead_id = demo_backend.today(as_of=AS_OF)[0].person_id
    pane = DetailPane(demo_backend)
    qtbot.addWidget(pane)
    pane.show_person(lead_id)
    assert pane.state_row.isHidden()  # an active lead: nothing extra
    getattr(demo_backend, act)(lead_id, *([SNOOZED_UNTIL] if act == "snooze" else []))
    pane.show_person(lead_id)
    assert not pane.state_row.isHidden()
    if act == "snooze":  # the date in the interface language
        line = f"Snoozed until {format_date(SNOOZED_UNTIL)} —"
    assert pane.state_label.text() == line and pane.state_button.text() == button
    qtbot.mouseClick(pane.state_button, Qt.MouseButton.LeftButton)
    assert _person(demo_backend, lead_id).lead_state is LeadState.ACTIVE
    assert pane.state_row.isHidden()
    # The way back is itself undoable.
    pane.lead_actions.undo_stack.undo()
    assert _person(demo_backend, lead_id).lead_state is not LeadState.ACTIVE
    assert not pane.state_row.isHidden() and pane.state_button.text() == button


def test_the_pane_says_when_a_lead_was_revived(qtbot: Any, demo_backend: Backend) -> None:
    lead_id = demo_backend.today(as_of=AS_OF)[0].person_id
    demo_backend.mark_revived(lead_id)  # another day: Undo makes the lead active again
    pane = DetailPane(demo_backend)
    qtbot.addWidget(pane)
    pane.show_person(lead_id)
    assert pane.state_label.text().startswith("Marked revived on ")
    assert pane.state_button.text() == "Undo"
    notes = _revival_notes(demo_backend, lead_id)
    qtbot.mouseClick(pane.state_button, Qt.MouseButton.LeftButton)
    assert _person(demo_backend, lead_id).lead_state is LeadState.ACTIVE
    assert _revival_notes(demo_backend, lead_id) == notes  # that exchange did happen


def test_the_pane_s_undo_of_a_revival_just_marked_removes_its_exchange(
    qtbot: Any, demo_backend: Backend
) -> None:
    lead = demo_backend.today(as_of=AS_OF)[0]
    pane = DetailPane(demo_backend)
    qtbot.addWidget(pane)
    pane.show_person(lead.person_id)
    notes = _revival_notes(demo_backend, lead.person_id)
    target = pane.lead_target()
    assert target is not None
    pane.lead_actions.mark_revived(target)  # e.g. R in Today, by mistake
    assert _revival_notes(demo_backend, lead.person_id) == notes + 1
    assert pane.state_button.text() == "Undo"
    qtbot.mouseClick(pane.state_button, Qt.MouseButton.LeftButton)
    assert _person(demo_backend, lead.person_id).lead_state is LeadState.ACTIVE
    assert _revival_notes(demo_backend, lead.person_id) == notes
    assert pane.lead_actions.undo_stack.canRedo() and pane.state_row.isHidden()


def test_prospects_lead_state_column_and_filter(
    qtbot: Any, qtmodeltester: Any, demo_backend: Backend, settings: QSettings
) -> None:
    leads = [r.person_id for r in demo_backend.today(as_of=AS_OF) if r.person_id > 0]
    demo_backend.snooze(leads[0], SNOOZED_UNTIL)
    demo_backend.dismiss(leads[1], "")
    demo_backend.do_not_contact(leads[2])
    view = ProspectsView(demo_backend, settings, as_of=AS_OF)
    qtbot.addWidget(view)
    view.refresh()
    model = view.model
    qtmodeltester.check(model)
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Lead state"
    )
    texts = {
        p.id: model.index(model.row_of(p.id), column).data() for p in model.rows() if p.id in leads
    }
    assert texts[leads[0]] == "Snoozed"  # the date in the tooltip, the column stays narrow
    snoozed = model.index(model.row_of(leads[0]), column)
    tooltip = f"Snoozed until {format_date(SNOOZED_UNTIL)}"
    assert snoozed.data(Qt.ItemDataRole.ToolTipRole) == tooltip
    assert texts[leads[1]] == "Dismissed" and texts[leads[2]] == "Do not contact"
    assert texts[leads[3]] == ""  # active: nothing to say

    def shown_ids() -> set[int]:
        proxy = view.proxy
        return {proxy.index(r, 0).data(ROW_ROLE).id for r in range(proxy.rowCount())}

    labels = [view.lead_state_filter.itemText(i) for i in range(view.lead_state_filter.count())]
    assert labels == [
        "Any lead state",
        "Active",
        "Snoozed",
        "Dismissed",
        "Revived",
        "Do not contact",
    ]
    states = {p.id: p.lead_state for p in model.rows()}
    for state, lead in ((LeadState.SNOOZED, leads[0]), (LeadState.DO_NOT_CONTACT, leads[2])):
        view.lead_state_filter.setCurrentIndex(view.lead_state_filter.findData(state.value))
        assert lead in shown_ids() and {states[i] for i in shown_ids()} == {state}
    view.lead_state_filter.setCurrentIndex(view.lead_state_filter.findData("active"))
    assert leads[3] in shown_ids() and not shown_ids() & set(leads[:3])


def test_lead_menu_lists_the_actions_with_their_shortcuts(window: MainWindow) -> None:
    lead = window.menuBar().findChild(QMenu, "leadMenu")
    assert isinstance(lead, QMenu)
    shortcuts = {a.text(): a.shortcut().toString() for a in lead.actions() if not a.isSeparator()}
    assert shortcuts == {
        "Snooze…": "S",
        "Dismiss": "D",
        "Mark revived": "R",
        "Do not contact…": "Ctrl+Shift+N",
        "Make active again": "",
        "Copy opener": "C",
    }
    edit = window.menuBar().findChild(QMenu, "editMenu")
    assert isinstance(edit, QMenu)
    assert edit.actions()[0] is window.lead_actions.undo_action
    assert window.lead_actions.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    # Help ▸ Keyboard shortcuts lists them.
    listed = {(row.action, row.keys) for row in shortcut_rows(window)}
    assert {("Snooze", "S"), ("Dismiss", "D"), ("Mark revived", "R")} <= listed
    assert {("Do not contact", "Ctrl+Shift+N"), ("Copy opener", "C")} <= listed
    assert any(name == "Undo" and keys.startswith("Ctrl+Z") for name, keys in listed)
    # The shortcut shows in the buttons' tooltips too.
    assert window.today.dismiss_button.toolTip() == "Dismiss (D)"
    assert window.today.copy_button.toolTip() == "Copy opener (C)"


def test_shortcuts_trigger_the_actions_in_the_list_not_while_typing(
    qtbot: Any, window: MainWindow, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=5000)
    lead = _select_lead(qtbot, window)
    window.today.table.setFocus()
    qtbot.waitUntil(window.today.table.hasFocus, timeout=5000)

    qtbot.keyClick(window.today.table, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == window.today.opener.toPlainText() != ""

    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        qtbot.keyClick(window.today.table, Qt.Key.Key_D)
    assert _person(demo_backend, lead.person_id).lead_state is LeadState.DISMISSED
    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        qtbot.keyClick(window.today.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _person(demo_backend, lead.person_id).lead_state is LeadState.ACTIVE
    qtbot.waitUntil(lambda: window.today.current_row() == lead, timeout=10000)

    _pick_snooze_day(monkeypatch)
    window.today.table.setFocus()
    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        qtbot.keyClick(window.today.table, Qt.Key.Key_S)
    assert _person(demo_backend, lead.person_id).state_until == SNOOZED_UNTIL

    other = _select_lead(qtbot, window)
    window.today.table.setFocus()
    asked = _answer_do_not_contact(monkeypatch, confirm=True)
    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        qtbot.keyClick(
            window.today.table,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert len(asked) == 1
    assert _person(demo_backend, other.person_id).lead_state is LeadState.DO_NOT_CONTACT

    third = _select_lead(qtbot, window)
    window.today.table.setFocus()
    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        qtbot.keyClick(window.today.table, Qt.Key.Key_R)
    assert _person(demo_backend, third.person_id).lead_state is LeadState.REVIVED

    # In Prospects, a letter typed in the search field is text, not an action.
    window.tabs.setCurrentIndex(PROSPECTS)
    qtbot.waitUntil(lambda: window.prospects.model.rowCount() > 0, timeout=30000)
    assert window.prospects.select_person(lead.person_id)
    window.prospects.search.setFocus()
    qtbot.waitUntil(window.prospects.search.hasFocus, timeout=5000)
    qtbot.keyClick(window.prospects.search, Qt.Key.Key_D)
    assert window.prospects.search.text() == "d"
    assert _person(demo_backend, lead.person_id).lead_state is LeadState.SNOOZED
    # In its table, the same letter dismisses the selected person.
    window.prospects.search.clear()
    window.prospects.apply_filter()
    assert window.prospects.select_person(lead.person_id)
    window.prospects.table.setFocus()
    qtbot.waitUntil(window.prospects.table.hasFocus, timeout=5000)
    with qtbot.waitSignal(window.prospects.loaded, timeout=30000):
        qtbot.keyClick(window.prospects.table, Qt.Key.Key_D)
    assert _person(demo_backend, lead.person_id).lead_state is LeadState.DISMISSED
    column = window.prospects.model.columnCount() - 1
    row = window.prospects.model.row_of(lead.person_id)
    assert window.prospects.model.index(row, column).data() == "Dismissed"


def test_the_lead_menu_acts_on_the_prospect_and_every_view_follows(
    window: MainWindow, qtbot: Any, demo_backend: Backend
) -> None:
    lead = _select_lead(qtbot, window)
    window.tabs.setCurrentIndex(PROSPECTS)
    qtbot.waitUntil(lambda: window.prospects.model.rowCount() > 0, timeout=30000)
    assert window.prospects.select_person(lead.person_id)
    qtbot.waitUntil(lambda: window.detail.person_id == lead.person_id, timeout=10000)
    column = window.prospects.model.columnCount() - 1

    def state_cell() -> str:
        row = window.prospects.model.row_of(lead.person_id)
        return str(window.prospects.model.index(row, column).data())

    assert window.lead_actions.dismiss_action.isEnabled()
    window.lead_actions.dismiss_action.trigger()  # Lead ▸ Dismiss
    assert _person(demo_backend, lead.person_id).lead_state is LeadState.DISMISSED
    # Prospects reloads on the worker (and the window may read the store again meanwhile):
    # wait for what it shows, not for one "loaded".
    qtbot.waitUntil(lambda: state_cell() == "Dismissed", timeout=30000)
    assert window.detail.state_label.text() == "Dismissed —"
    assert window.lead_actions.reactivate_action.isEnabled()
    # The pane's way back (here an undo of the dismissal, the last action), then Redo.
    qtbot.wait(200)  # the hidden Today list reloads meanwhile: the pane must stay
    assert window.detail.person_id == lead.person_id
    qtbot.mouseClick(window.detail.state_button, Qt.MouseButton.LeftButton)
    assert _person(demo_backend, lead.person_id).lead_state is LeadState.ACTIVE
    qtbot.waitUntil(lambda: state_cell() == "", timeout=30000)
    assert window.detail.state_row.isHidden()
    assert not window.lead_actions.undo_action.isEnabled()
    window.lead_actions.redo_action.trigger()
    qtbot.waitUntil(lambda: state_cell() == "Dismissed", timeout=30000)
    assert not window.detail.state_row.isHidden()
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not window.today.loader.loading, timeout=30000)
    assert lead.person_id not in [r.person_id for r in _sorted_rows(window)]


def test_in_french(
    qtbot: Any,
    french: None,
    demo_backend: Backend,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = TodayView(demo_backend, settings)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    view.refresh()
    view.table.selectRow(0)
    lead = view.current_row()
    assert lead is not None
    assert view.snooze_button.text() == "Mettre en veille…"
    assert view.lead_actions.snooze_action.toolTip() == "Mettre en veille (S)"
    _pick_snooze_day(monkeypatch)
    with qtbot.waitSignal(view.person_changed):
        qtbot.mouseClick(view.snooze_button, Qt.MouseButton.LeftButton)
    assert view.lead_actions.undo_action.text() == f"Annuler la mise en veille de {lead.name}"
    pane = DetailPane(demo_backend)
    qtbot.addWidget(pane)
    pane.show_person(lead.person_id)
    day = format_date(SNOOZED_UNTIL)
    assert pane.state_label.text() == f"En veille jusqu'au {day} —"
    assert pane.state_button.text() == "Réveiller maintenant"
    dialog = DoNotContactDialog(lead.name)
    qtbot.addWidget(dialog)
    assert dialog.text() == f"Ne plus jamais contacter {lead.name} ?"
    assert dialog.confirm_button.text() == "Ne pas contacter"
    with qtbot.waitSignal(view.lead_actions.undone) as undone:
        view.lead_actions.undo_stack.undo()
    assert undone.args == [f"Annulé : la mise en veille de {lead.name}."]


def test_lead_actions_stay_disabled_without_a_lead_after_a_task(
    qtbot: Any, window: MainWindow
) -> None:
    window.today.table.clearSelection()
    window.current.clear()
    actions = window.lead_actions
    assert window.detail.lead_target() is None and window.today.lead_target() is None
    assert not actions.dismiss_action.isEnabled() and not actions.undo_action.isEnabled()
    # The window enables its actions again when a task ends: not these.
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        assert window.runner.run("nothing", lambda progress, cancelled: None)
    assert window.match_action.isEnabled()
    assert not actions.dismiss_action.isEnabled() and not actions.undo_action.isEnabled()

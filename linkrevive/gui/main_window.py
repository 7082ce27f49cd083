"""The main window: views in tabs, the detail pane, menus, imports with progress and Cancel."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from linkrevive.domain.models import Person
from linkrevive.gui.autostart import Autostart
from linkrevive.gui.backend import Backend
from linkrevive.gui.current_person import CurrentPerson
from linkrevive.gui.detail_pane import DetailPane
from linkrevive.gui.export_dialog import TO_CONNECT, ExportChoice, ExportDialog
from linkrevive.gui.i18n import error_text
from linkrevive.gui.import_flow import ImportFlow, dropped_paths
from linkrevive.gui.insights_view import InsightsView
from linkrevive.gui.lead_actions import install_lead_actions
from linkrevive.gui.linkedin_view import LinkedInView
from linkrevive.gui.own_addresses_dialog import OwnAddressesDialog
from linkrevive.gui.pairs_view import PairsView
from linkrevive.gui.people_table_model import SearchIndex
from linkrevive.gui.prospects_view import ProspectsView
from linkrevive.gui.settings_dialog import SettingsDialog
from linkrevive.gui.shortcuts_dialog import KeyboardNavigation
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.today_view import TodayView
from linkrevive.gui.view_loader import ViewLoader
from linkrevive.gui.welcome_page import WelcomePage
from linkrevive.services.workspace import gc_paused

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "linkrevive.svg"

TODAY, PROSPECTS, LINKEDIN, PAIRS, INSIGHTS = range(5)


class MainWindow(QMainWindow):
    """LinkRevive's one window."""

    data_changed = Signal()
    restart_requested = Signal()
    task_summary = Signal(str)
    store_checked = Signal(bool)  # after each reload: True when nothing is imported yet

    def __init__(
        self,
        backend: Backend,
        settings: QSettings,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        as_of: date | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.settings = settings
        self.runner = runner
        self.as_of = as_of
        self.language = language
        self.last_summary = ""
        self.setWindowTitle("LinkRevive")
        if ICON.exists():
            self.setWindowIcon(QIcon(str(ICON)))
        self.setAcceptDrops(True)

        # Imports, their results and the demo (``gui/import_flow.py``).
        self.imports = ImportFlow(
            self, backend, runner, settings, start=self._start, announce=self._announce, as_of=as_of
        )
        self.import_paths = self.imports.import_paths
        self.welcome = WelcomePage()
        self.welcome.import_linkedin_requested.connect(self.imports.import_linkedin_dialog)
        self.welcome.import_contacts_requested.connect(self.imports.import_contacts_dialog)
        self.welcome.demo_requested.connect(self.imports.open_demo)

        self.loader = ViewLoader(runner, self)
        # The selected person, one for every view; the detail pane follows it.
        self.current = CurrentPerson(self)
        self.today = TodayView(backend, settings, runner=runner, current=self.current)
        self.today.as_of = as_of
        self.prospects = ProspectsView(backend, settings, as_of=as_of, runner=runner)
        self.linkedin = LinkedInView(backend, settings, runner=runner, current=self.current)
        self.pairs = PairsView(backend, settings, runner=runner)
        self.insights = InsightsView(backend, runner=runner)
        self.insights.as_of = as_of
        self.tabs = QTabWidget()
        self.tabs.addTab(self.today, self.tr("Today"))
        self.tabs.addTab(self.prospects, self.tr("Prospects"))
        self.tabs.addTab(self.linkedin, self.tr("LinkedIn"))
        self.tabs.addTab(self.pairs, self.tr("Review pairs"))
        self.tabs.addTab(self.insights, self.tr("Insights"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.detail = DetailPane(backend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        # A wider window widens the tables; the detail pane keeps its width.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([940, 340])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        # The views (showing "Loading…") until the first check finds an empty store.
        self.stack.setCurrentWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self._dirty = {TODAY, PROSPECTS, LINKEDIN, PAIRS, INSIGHTS}

        # Today and LinkedIn set the current person themselves; these two through here.
        self.prospects.person_selected.connect(lambda p: self.current.set_person(p, self.prospects))
        self.pairs.person_selected.connect(lambda p: self.current.set_person(p, self.pairs))
        self.current.changed.connect(self._current_changed)
        for view in (self.today, self.prospects):
            view.person_changed.connect(self._person_changed)
        for source in (
            self.today,
            self.prospects,
            self.linkedin,
            self.pairs,
            self.insights,
            self.detail,
        ):
            source.error_raised.connect(self.show_error)
        self.today.status_message.connect(self.statusBar().showMessage)
        self.detail.person_changed.connect(self._person_changed)
        self.pairs.pair_decided.connect(lambda *_: self._mark_dirty(TODAY, PROSPECTS))
        self.prospects.sender_kind_requested.connect(self.set_sender_kind)

        self._build_status_bar()
        self._build_actions()
        runner.started.connect(self._task_started)
        runner.progressed.connect(self._task_progressed)
        runner.stepped.connect(self.task_label.setText)
        runner.finished.connect(self._task_finished)
        runner.failed.connect(self._task_failed)
        runner.cancelled.connect(self._task_cancelled)
        self.lead_actions = install_lead_actions(self)  # Lead and Edit menus, undo
        self._restore_state()

    # -- construction ----------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.task_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.runner.cancel)
        bar = self.statusBar()
        bar.addPermanentWidget(self.task_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._show_task_widgets(False)

    def _action(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        imports = self.imports
        self.import_linkedin_action = self._action(
            self.tr("Import LinkedIn export…"),
            imports.import_linkedin_dialog,
            QKeySequence.StandardKey.Open,
        )
        self.import_contacts_action = self._action(
            self.tr("Import contacts or mailbox…"), imports.import_contacts_dialog
        )
        self.import_folder_action = self._action(
            self.tr("Import a folder…"), imports.import_folder_dialog
        )
        self.import_imap_action = self._action(
            self.tr("Import from IMAP…"), imports.import_imap_dialog
        )
        self.last_results_action = self._action(self.tr("Last import results…"), imports.show_last)
        self.demo_action = self._action(self.tr("Open demo"), imports.open_demo)
        self.export_action = self._action(self.tr("Export…"), self.export_dialog, "Ctrl+E")
        self.settings_action = self._action(self.tr("Settings…"), self.settings_dialog, "Ctrl+,")
        self.quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.refresh_action = self._action(
            self.tr("Refresh"), self.reload, QKeySequence.StandardKey.Refresh
        )
        self.match_action = self._action(self.tr("Pair contacts with LinkedIn"), self.run_match)
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (
            self.import_linkedin_action,
            self.import_contacts_action,
            self.import_folder_action,
            self.import_imap_action,
            self.last_results_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.demo_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.match_action)
        self.keyboard = KeyboardNavigation(
            self,
            self.tabs,
            view_menu,
            search=self.prospects,
            views_shown=lambda: self.stack.currentWidget() is self.splitter,
        )
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        for action in (
            self.import_linkedin_action,
            self.import_contacts_action,
            self.import_imap_action,
            self.export_action,
            self.refresh_action,
        ):
            toolbar.addAction(action)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh from the store without blocking: the visible view first, then the check.

        Every read runs on the task runner's worker; the views show "Loading…" meanwhile.
        The check reads the people (which Prospects shows) and decides between the welcome
        page, for an empty store, and the views.
        """
        self._dirty = {TODAY, LINKEDIN, PAIRS, INSIGHTS}  # Prospects is fed by the check
        self.prospects.set_loading(True)
        self._refresh_current()
        backend = self.backend
        fetch_people = self.prospects.fetcher()

        def check() -> tuple[list[Person], SearchIndex, bool]:
            # Holding the collector keeps the GUI thread's passes off the 20,000 people
            # being read (a full pass stalled the event loop).
            with gc_paused():
                people, index = fetch_people()
                return people, index, not people and not backend.connections()

        self.loader.load(check, self._checked, self._check_failed)

    def _checked(self, result: tuple[list[Person], SearchIndex, bool]) -> None:
        people, index, empty = result
        self.prospects.set_people(people, index)
        if self.current.person_id is not None:
            self.detail.show_person(self.current.person_id)  # as the store now has them
            if self.detail.person_id is None:  # gone meanwhile (forgotten, merged)
                self.current.clear()
        if empty:
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.splitter)
            self._refresh_current()
        self.store_checked.emit(empty)

    def _check_failed(self, exc: BaseException) -> None:
        self.prospects.set_loading(False)
        self.show_error(error_text(exc))

    def _mark_dirty(self, *views: int) -> None:
        self._dirty.update(views)
        self._refresh_current()

    def _refresh_current(self) -> None:
        if self.stack.currentWidget() is not self.splitter:
            return
        index = self.tabs.currentIndex()
        if index in self._dirty:
            self._dirty.discard(index)
            view: Any = self.tabs.widget(index)
            view.refresh()

    def _tab_changed(self, index: int) -> None:
        # The pane shows whom the view brought to the front has selected: Prospects and
        # Review pairs keep their own selection (Today and LinkedIn follow the current person).
        if index == PROSPECTS and len(ids := self.prospects.selected_ids()) == 1:
            self.current.set_person(ids[0], self.prospects)
        elif index == PAIRS and (pair := self.pairs.current()) is not None:
            self.current.set_person(pair.person_id, self.pairs)
        self._refresh_current()

    def _current_changed(self) -> None:
        if self.current.profile is not None:
            self.detail.show_profile(self.current.profile)
        else:
            self.detail.show_person(self.current.person_id)

    def _person_changed(self, person_id: int) -> None:
        sender = self.sender()
        self._dirty.update({TODAY, PROSPECTS, INSIGHTS})
        if sender is self.today:
            self._dirty.discard(TODAY)  # it has just reloaded itself
        if sender is self.prospects:
            self._dirty.discard(PROSPECTS)
        self._refresh_current()
        if self.detail.person_id == person_id and sender is not self.detail:
            self.detail.show_person(person_id)
        self.data_changed.emit()

    # -- imports ---------------------------------------------------------------------------

    @property
    def partial_question(self) -> QMessageBox | None:
        """The last question about a partial LinkedIn export (kept for tests)."""
        return self.imports.partial_question

    def run_match(self) -> bool:
        backend = self.backend
        return self._start(
            self.tr("Pairing contacts with LinkedIn"),
            lambda p, c: backend.run_match(progress=p, cancelled=c),
        )

    def set_sender_kind(self, person_ids: list[int], automated: bool) -> bool:
        """Save the user's word on these people (automated senders, or persons) in the
        background: it pairs them again. The views and the pane reload once it is saved."""
        backend = self.backend
        if automated:
            done = self.tr("%n sender(s) set aside as automated", "", len(person_ids))
        else:
            done = self.tr("%n sender(s) taken back as persons", "", len(person_ids))

        def work(progress: Any, cancelled: Any) -> str:
            progress(0, 0)
            backend.set_sender_kind(person_ids, automated)
            return done

        return self._start(self.tr("Saving who writes automated mail"), work)

    def export(self, choice: ExportChoice) -> bool:
        backend = self.backend
        as_of = self.as_of

        def work(progress: Any, cancelled: Any) -> Path:
            progress(0, 0)
            if choice.what == TO_CONNECT:
                backend.export_to_connect(choice.path)
            else:
                backend.export_reactivation(
                    choice.path, fmt=choice.fmt, as_of=as_of, delimiter=choice.delimiter
                )
            return choice.path

        return self._start(self.tr("Exporting to {0}").format(choice.path.name), work, writes=False)

    def export_dialog(self) -> None:
        dialog = ExportDialog(self.settings, self, check=self.backend.export_problem)
        if dialog.exec() == ExportDialog.DialogCode.Accepted:
            self.export(dialog.choice())

    def settings_dialog(self) -> None:
        try:
            current = self.backend.get_settings()
            me = self.backend.get_me()
        except Exception as exc:
            self.show_error(error_text(exc))
            return
        dialog = SettingsDialog(
            current,
            self.language,
            me,
            self,
            autostart=Autostart(database=self.backend.location),
            user_name=self.backend.user_name(),
        )
        try:
            dialog.learn.setChecked(self.backend.learning_enabled())
        except Exception as exc:
            self.show_error(error_text(exc))
            return
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        try:
            held = self.backend.addresses_held(dialog.my_addresses())
        except Exception as exc:
            self.show_error(error_text(exc))
            return
        if held and not OwnAddressesDialog(held, self).confirmed():
            return  # nothing saved: the settings are as they were
        try:
            self.backend.save_settings(dialog.revival_settings())
            self.backend.set_me(dialog.my_addresses())
            self.backend.set_learning(dialog.learn.isChecked())
            self.backend.set_user_name(dialog.chosen_user_name())
        except Exception as exc:
            self.show_error(error_text(exc))
            return
        self._mark_dirty(TODAY, PROSPECTS, INSIGHTS, *((PAIRS,) if held else ()))
        if dialog.chosen_language() != self.language:
            self.settings.setValue("ui/language", dialog.chosen_language())
            self.restart_requested.emit()

    # -- tasks -----------------------------------------------------------------------------

    def _start(self, title: str, work: Any, *, writes: bool = True) -> bool:
        self._task_writes = writes
        if not self.runner.run(title, work):
            self.statusBar().showMessage(self.tr("Please wait: another task is running."), 5000)
            return False
        return True

    def _show_task_widgets(self, visible: bool) -> None:
        for widget in (self.task_label, self.progress, self.cancel_button):
            widget.setVisible(visible)

    def _task_started(self, title: str) -> None:
        self.task_label.setText(title)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self._show_task_widgets(True)
        for action in (
            self.import_linkedin_action,
            self.import_contacts_action,
            self.import_folder_action,
            self.import_imap_action,
            self.demo_action,
            self.match_action,
        ):
            action.setEnabled(False)

    def _task_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _task_ended(self) -> None:
        self._show_task_widgets(False)
        for action in self.findChildren(QAction):
            action.setEnabled(True)

    def _task_finished(self, title: str, result: object) -> None:
        self._task_ended()
        if not self.imports.task_finished(result):  # imports and the demo say it themselves
            summary = self.summarize(result)
            if self.runner.stop_requested:  # Cancel came after what is listed was saved
                summary += "\n" + self.tr(
                    "Cancel came too late for what is listed here: it is saved. "
                    "Nothing after it was done."
                )
            self._announce(summary)
        if getattr(self, "_task_writes", True):
            self.reload()
            self.data_changed.emit()

    def _task_failed(self, title: str, error: object) -> None:
        self._task_ended()
        self.show_error(error_text(error) if isinstance(error, BaseException) else str(error))

    def _task_cancelled(self, title: str) -> None:
        self._task_ended()
        self._announce(self.tr("Cancelled: the database is unchanged."))

    def _announce(self, text: str, short: str | None = None) -> None:
        """Say what a task did: ``short`` (else ``text``) in the status bar."""
        self.last_summary = text
        self.statusBar().showMessage((short or text).replace("\n", " · "), 15000)
        self.task_summary.emit(text)

    def summarize(self, result: object) -> str:
        """One readable summary of what a task did."""
        if isinstance(result, Path):
            return self.tr("Exported to {0}").format(result)
        if isinstance(result, str):  # the task said what it did
            return result
        if isinstance(result, dict):
            return ", ".join(f"{k}: {v}" for k, v in result.items()) or self.tr("Done.")
        return self.tr("Done.")

    def show_error(self, text: str) -> None:
        self.last_summary = text
        self.statusBar().showMessage(text, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, "LinkRevive", text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window keeps running (and tests are never blocked)

    # -- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.imports.import_paths(paths)

    # -- persistence -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # maximised or not, as it was left
        else:
            # First run: the whole screen; un-maximised, a window of 1280×800.
            self.resize(1280, 800)
            self.setWindowState(Qt.WindowState.WindowMaximized)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.today.restore_state()
        tab = self.settings.value("window/tab", 0)
        with contextlib.suppress(TypeError, ValueError):
            self.tabs.setCurrentIndex(int(tab))  # type: ignore[call-overload]

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        for view in (self.today, self.prospects, self.linkedin, self.pairs):
            view.save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.busy:
            self.runner.cancel()
            self.runner.wait(10000)
        self.detail.flush_notes()
        self.save_state()
        super().closeEvent(event)

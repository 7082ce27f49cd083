"""The main window: views in tabs, the detail pane, menus, imports with progress and Cancel."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
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

from linkrevive.domain.errors import Cancelled
from linkrevive.domain.models import ImportReport, Person
from linkrevive.gui.backend import Backend
from linkrevive.gui.detail_pane import DetailPane
from linkrevive.gui.export_dialog import TO_CONNECT, ExportChoice, ExportDialog
from linkrevive.gui.i18n import error_text, format_date
from linkrevive.gui.imap_dialog import ImapAccount, ImapDialog
from linkrevive.gui.insights_view import InsightsView
from linkrevive.gui.linkedin_view import LinkedInView
from linkrevive.gui.pairs_view import PairsView
from linkrevive.gui.people_table_model import SearchIndex
from linkrevive.gui.prospects_view import ProspectsView
from linkrevive.gui.settings_dialog import SettingsDialog
from linkrevive.gui.shortcuts_dialog import KeyboardNavigation
from linkrevive.gui.task_runner import PartlyDone, TaskRunner
from linkrevive.gui.today_view import TodayView
from linkrevive.gui.view_loader import ViewLoader
from linkrevive.gui.welcome_page import WelcomePage

#: File types accepted by drag and drop and the import dialogs.
IMPORT_SUFFIXES = (".zip", ".csv", ".vcf", ".xlsx", ".mbox", ".eml")
ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "linkrevive.svg"

TODAY, PROSPECTS, LINKEDIN, PAIRS, INSIGHTS = range(5)


def importable(path: Path) -> bool:
    """A file LinkRevive may import, or a folder (LinkedIn export or .eml folder)."""
    return path.is_dir() or path.suffix.lower() in IMPORT_SUFFIXES


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
        #: The last question about a partial LinkedIn export (kept for tests).
        self.partial_question: QMessageBox | None = None
        self.setWindowTitle("LinkRevive")
        if ICON.exists():
            self.setWindowIcon(QIcon(str(ICON)))
        self.setAcceptDrops(True)

        self.welcome = WelcomePage()
        self.welcome.import_linkedin_requested.connect(self.import_linkedin_dialog)
        self.welcome.import_contacts_requested.connect(self.import_contacts_dialog)
        self.welcome.demo_requested.connect(self.open_demo)

        self.loader = ViewLoader(runner, self)
        self.today = TodayView(backend, settings, runner=runner)
        self.today.as_of = as_of
        self.prospects = ProspectsView(backend, settings, as_of=as_of, runner=runner)
        self.linkedin = LinkedInView(backend, settings, runner=runner)
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

        self.pairs.person_selected.connect(self.detail.show_person)
        for view in (self.today, self.prospects):
            view.person_selected.connect(self.detail.show_person)
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

        self._build_status_bar()
        self._build_actions()
        runner.started.connect(self._task_started)
        runner.progressed.connect(self._task_progressed)
        runner.finished.connect(self._task_finished)
        runner.failed.connect(self._task_failed)
        runner.cancelled.connect(self._task_cancelled)
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
        self.import_linkedin_action = self._action(
            self.tr("Import LinkedIn export…"),
            self.import_linkedin_dialog,
            QKeySequence.StandardKey.Open,
        )
        self.import_contacts_action = self._action(
            self.tr("Import contacts or mailbox…"), self.import_contacts_dialog
        )
        self.import_folder_action = self._action(
            self.tr("Import a folder…"), self.import_folder_dialog
        )
        self.import_imap_action = self._action(
            self.tr("Import from IMAP…"), self.import_imap_dialog
        )
        self.demo_action = self._action(self.tr("Open demo"), self.open_demo)
        self.export_action = self._action(self.tr("Export…"), self.export_dialog, "Ctrl+E")
        self.settings_action = self._action(self.tr("Settings…"), self.settings_dialog, "Ctrl+,")
        self.quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.refresh_action = self._action(
            self.tr("Refresh"), self.reload, QKeySequence.StandardKey.Refresh
        )
        self.match_action = self._action(self.tr("Pair contacts with LinkedIn"), self.run_match)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (
            self.import_linkedin_action,
            self.import_contacts_action,
            self.import_folder_action,
            self.import_imap_action,
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
            people, index = fetch_people()
            return people, index, not people and not backend.connections()

        self.loader.load(check, self._checked, self._check_failed)

    def _checked(self, result: tuple[list[Person], SearchIndex, bool]) -> None:
        people, index, empty = result
        self.prospects.set_people(people, index)
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
        self._refresh_current()

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

    def import_linkedin_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import your LinkedIn export"),
            "",
            self.tr("LinkedIn export (*.zip Connections.csv *.csv)"),
        )
        if name:
            self.import_paths([Path(name)])

    def import_contacts_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts or a mailbox"),
            "",
            self.tr("Contacts and mail (*.vcf *.csv *.xlsx *.mbox);;All files (*)"),
        )
        if name:
            self.import_paths([Path(name)])

    def import_folder_dialog(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if name:
            self.import_paths([Path(name)])

    def import_paths(self, paths: list[Path], *, allow_removals: bool = False) -> bool:
        """Import files one after the other in the background; False if busy.

        Each file is its own transaction: Cancel stops the file being imported (rolled
        back), and the files saved before it are reported as done.
        """
        if not paths:
            return False
        backend = self.backend
        me: list[str] = []

        def work(progress: Any, cancelled: Any) -> list[ImportReport]:
            reports: list[ImportReport] = []
            for path in paths:
                try:
                    report = backend.import_path(
                        path,
                        me=me,
                        progress=progress,
                        cancelled=cancelled,
                        allow_removals=allow_removals,
                    )
                except Cancelled:
                    if reports:
                        raise PartlyDone(reports) from None
                    raise
                reports.append(report)
            return reports

        title = self.tr("Importing {0}").format(", ".join(p.name for p in paths))
        return self._start(title, work)

    def import_imap_dialog(self) -> None:
        dialog = ImapDialog(
            self.settings,
            self,
            password_stored=self.backend.has_imap_password,
            keyring_available=self.backend.keyring_available(),
        )
        if dialog.exec() == ImapDialog.DialogCode.Accepted:
            self.import_imap(dialog.account())

    def import_imap(self, account: ImapAccount) -> bool:
        backend = self.backend

        def work(progress: Any, cancelled: Any) -> ImportReport:
            return backend.import_imap(
                host=account.host,
                port=account.port,
                user=account.user,
                folder=account.folder,
                since=account.since,
                password=account.password,
                progress=progress,
                cancelled=cancelled,
            )

        return self._start(self.tr("Reading {0}").format(account.host), work)

    def open_demo(self) -> bool:
        backend = self.backend
        return self._start(
            self.tr("Building the demo"), lambda p, c: backend.build_demo(progress=p, cancelled=c)
        )

    def run_match(self) -> bool:
        backend = self.backend
        return self._start(
            self.tr("Pairing contacts with LinkedIn"),
            lambda p, c: backend.run_match(progress=p, cancelled=c),
        )

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
        dialog = SettingsDialog(current, self.language, me, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        try:
            self.backend.save_settings(dialog.revival_settings())
            self.backend.set_me(dialog.my_addresses())
        except Exception as exc:
            self.show_error(error_text(exc))
            return
        self._mark_dirty(TODAY, PROSPECTS, INSIGHTS)
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
        self._ask_about_partial_exports(result)

    def _ask_about_partial_exports(self, result: object) -> None:
        """After a LinkedIn export taken as partial (many connections missing from it, none
        marked removed), ask whether those connections were really removed; if so, import
        the export again with the removals."""
        reports = result if isinstance(result, list) else [result]
        partial = [
            r for r in reports if isinstance(r, ImportReport) and r.counts.get("kept_missing")
        ]
        if not partial:
            return
        missing = sum(r.counts["kept_missing"] for r in partial)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "LinkRevive",
            self.tr(
                "%n of your connections are missing from this LinkedIn export, so it was "
                "imported as partial: nobody was marked removed. Did you remove them from "
                "your network? Yes marks them removed.",
                "",
                missing,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        paths = [Path(r.source) for r in partial]

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.import_paths(paths, allow_removals=True)

        box.finished.connect(answered)
        self.partial_question = box
        box.open()  # not exec(): the window keeps running (and tests are never blocked)

    def _task_failed(self, title: str, error: object) -> None:
        self._task_ended()
        self.show_error(error_text(error) if isinstance(error, BaseException) else str(error))

    def _task_cancelled(self, title: str) -> None:
        self._task_ended()
        self._announce(self.tr("Cancelled: the database is unchanged."))

    def _announce(self, text: str) -> None:
        self.last_summary = text
        self.statusBar().showMessage(text.replace("\n", " · "), 15000)
        self.task_summary.emit(text)

    def summarize(self, result: object) -> str:
        """One readable summary of what a task did."""
        if isinstance(result, Path):
            return self.tr("Exported to {0}").format(result)
        if isinstance(result, dict):
            return ", ".join(f"{k}: {v}" for k, v in result.items()) or self.tr("Done.")
        reports = result if isinstance(result, list) else [result]
        lines = []
        for report in reports:
            if isinstance(report, ImportReport):
                counts = ", ".join(f"{k}: {v}" for k, v in report.counts.items() if v)
                name = Path(report.source).name or report.source
                line = f"{name}: {counts or self.tr('nothing new')}"
                if report.newer_export is not None:
                    line += " · " + self.tr("older than the export of {0}: history only").format(
                        format_date(report.newer_export)
                    )
                if report.signals:
                    line += " · " + self.tr("%n signal(s)", "", len(report.signals))
                lines.append(line)
        return "\n".join(lines) if lines else self.tr("Done.")

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
        if self._dropped_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    @staticmethod
    def _dropped_paths(urls: list[QUrl]) -> list[Path]:
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return [p for p in paths if importable(p)]

    # -- persistence -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
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

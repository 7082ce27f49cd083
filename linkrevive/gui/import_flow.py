"""Imports and the demo as the window runs them: file dialogs and drops of several files, one
task in a sensible order, the result panel, the question about a partial LinkedIn export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from linkrevive.domain.errors import Cancelled
from linkrevive.domain.models import ImportReport
from linkrevive.gui.backend import Backend
from linkrevive.gui.i18n import error_text
from linkrevive.gui.imap_dialog import ImapAccount, ImapDialog
from linkrevive.gui.import_result import (
    FileResult,
    ImportResultDialog,
    ImportResults,
    ResultText,
)
from linkrevive.gui.task_runner import PartlyDone, TaskRunner

# File types accepted by drag and drop and the import dialogs. Outlook's own files cannot be
# read, but a drop of one is taken so that the results say what to do instead.
IMPORT_SUFFIXES = (".zip", ".csv", ".vcf", ".xlsx", ".xls", ".mbox", ".eml", ".pst", ".msg", ".olm")
# Settings keys of the last import results (JSON) and of the database they belong to.
LAST_RESULTS, LAST_DATABASE = "imports/last_results", "imports/last_database"
# Progress units per file: the files of one task share one progress bar.
_SCALE = 1000


def importable(path: Path) -> bool:
    """A file LinkRevive may import, or a folder (LinkedIn export or .eml folder)."""
    return path.is_dir() or path.suffix.lower() in IMPORT_SUFFIXES


def dropped_paths(urls: list[QUrl]) -> list[Path]:
    """The importable local files among dropped URLs."""
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return [p for p in paths if importable(p)]


@dataclass
class ImportRun:
    """What an import task did: the reports of the files saved, the files that failed."""

    reports: list[ImportReport] = field(default_factory=list)
    failed: list[tuple[Path, BaseException]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DemoBuilt:
    """The demo database is ready at ``path``."""

    path: Path


StartFn = Callable[..., bool]


class ImportFlow(QObject):
    """The window's imports and demo; long work goes through the window's ``start``."""

    demo_built = Signal(object)  # the Path of the demo database, built afresh
    results_shown = Signal(object)  # the ImportResults now in the result panel

    def __init__(
        self,
        window: QWidget,
        backend: Backend,
        runner: TaskRunner,
        settings: QSettings,
        *,
        start: StartFn,
        announce: Callable[..., None],
        as_of: date | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.backend = backend
        self.runner = runner
        self.settings = settings
        self.start = start
        self.announce = announce
        self.as_of = as_of
        # Where the demo is built; None: the app's own demo folder (``demo_location``).
        self.demo_path: Path | None = None
        self.last_results: ImportResults | None = None
        self.dialog: ImportResultDialog | None = None
        # The last question about a partial LinkedIn export (kept for tests).
        self.partial_question: QMessageBox | None = None

    # -- choosing files --------------------------------------------------------------------

    def import_linkedin_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import your LinkedIn exports"),
            "",
            self.tr("LinkedIn export (*.zip Connections.csv *.csv);;All files (*)"),
        )
        self.import_paths([Path(n) for n in names])

    def import_contacts_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import contacts or a mailbox"),
            "",
            self.tr(
                "Contacts and mail (*.vcf *.csv *.xlsx *.xls *.mbox *.eml *.zip);;All files (*)"
            ),
        )
        self.import_paths([Path(n) for n in names])

    def import_folder_dialog(self) -> None:
        name = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder"))
        if name:
            self.import_paths([Path(name)])

    # -- tasks -----------------------------------------------------------------------------

    def import_paths(self, paths: list[Path], *, allow_removals: bool = False) -> bool:
        """Import files in one background task, in the services' order (LinkedIn exports
        oldest first, then address books, the lead sheet, mailboxes); False if busy.

        Each file is its own transaction. Cancel stops the file being imported (rolled
        back); the files saved before it are reported as done. Among several files, one
        that cannot be read is reported in the results and the others are imported.
        """
        if not paths:
            return False
        backend = self.backend
        me: list[str] = []
        paths = list(paths)
        # The label names the file under way: "Importing b.zip (2 of 5)".
        step_text = self.tr("Importing {0} ({1} of {2})")

        def work(progress: Any, cancelled: Any) -> ImportRun:
            progress(0, 0)
            ordered = backend.import_order(paths) if len(paths) > 1 else paths
            total = len(ordered) * _SCALE
            run = ImportRun()
            for index, path in enumerate(ordered):
                if len(ordered) > 1:
                    under_way = step_text.format(path.name, index + 1, len(ordered))
                    progress(index * _SCALE, total, under_way)

                def step(done: int, steps: int, base: int = index * _SCALE) -> None:
                    if steps > 0:
                        progress(base + min(done, steps) * _SCALE // steps, total)

                try:
                    report = backend.import_path(
                        path,
                        me=me,
                        progress=step,
                        cancelled=cancelled,
                        allow_removals=allow_removals,
                    )
                except Cancelled:
                    if run.reports or run.failed:
                        raise PartlyDone(run) from None
                    raise
                except Exception as exc:
                    if len(ordered) == 1:
                        raise
                    run.failed.append((path, exc))
                    continue
                run.reports.append(report)
                progress((index + 1) * _SCALE, total)
            return run

        if len(paths) == 1:
            title = self.tr("Importing {0}").format(paths[0].name)
        else:
            title = self.tr("Importing %n file(s)", "", len(paths))
        return bool(self.start(title, work))

    def import_imap_dialog(self) -> None:
        dialog = ImapDialog(
            self.settings,
            self.window,
            password_stored=self.backend.has_imap_password,
            keyring_available=self.backend.keyring_available(),
        )
        if dialog.exec() == ImapDialog.DialogCode.Accepted:
            self.import_imap(dialog.account())

    def import_imap(self, account: ImapAccount) -> bool:
        backend = self.backend

        def work(progress: Any, cancelled: Any) -> ImportRun:
            def on_folder(folder: str | None) -> None:
                # Each folder's count starts from zero: the bar says which one it counts.
                if folder:
                    step = self.tr("Reading {0} on {1}").format(folder, account.host)
                else:
                    step = self.tr("Reading the sent folder on {0}").format(account.host)
                progress(0, 0, step)

            report = backend.import_imap(
                host=account.host,
                port=account.port,
                user=account.user,
                folder=account.folder,
                sent=account.sent,
                since=account.since,
                password=account.password,
                progress=progress,
                cancelled=cancelled,
                on_folder=on_folder,
            )
            return ImportRun(reports=[report])

        return bool(self.start(self.tr("Reading {0}").format(account.host), work))

    def open_demo(self) -> bool:
        """Build the demo in its own database (with a progress); ``demo_built`` follows.
        The open database is not touched."""
        backend, where, as_of = self.backend, self.demo_path, self.as_of

        def work(progress: Any, cancelled: Any) -> DemoBuilt:
            return DemoBuilt(
                backend.build_demo(where, progress=progress, cancelled=cancelled, as_of=as_of)
            )

        return bool(self.start(self.tr("Building the demo"), work, writes=False))

    # -- results ---------------------------------------------------------------------------

    def task_finished(self, result: object) -> bool:
        """Handle the result of an import or of the demo; False for other tasks."""
        if isinstance(result, DemoBuilt):
            self.announce(self.tr("The demo is ready: it opens in its own window."))
            self.demo_built.emit(result.path)
            return True
        if not isinstance(result, ImportRun):
            return False
        files = [FileResult.of(r) for r in result.reports]
        files += [FileResult(str(p), error=error_text(e)) for p, e in result.failed]
        results = ImportResults(tuple(files), cancel_came_late=self.runner.stop_requested)
        self.last_results = results
        self.settings.setValue(LAST_RESULTS, results.to_json())
        self.settings.setValue(LAST_DATABASE, self.backend.location)
        self.show_results(results)
        self._ask_about_partial_exports(result.reports)
        return True

    def show_results(self, results: ImportResults) -> None:
        if self.dialog is None:
            self.dialog = ImportResultDialog(self.window)
        self.dialog.show_results(results)
        self.announce(self.dialog.text(), ResultText().headline(results))
        self.results_shown.emit(results)

    def saved_results(self) -> ImportResults | None:
        """The last results of this session, else those saved by an earlier run on the
        same database."""
        if self.last_results is not None:
            return self.last_results
        if self.settings.value(LAST_DATABASE) != self.backend.location:
            return None
        return ImportResults.from_json(str(self.settings.value(LAST_RESULTS, "")))

    def show_last(self) -> None:
        """File ▸ Last import results…"""
        results = self.saved_results()
        if results is None:
            self.announce(self.tr("No import yet on this database."))
            return
        self.show_results(results)

    def _ask_about_partial_exports(self, reports: list[ImportReport]) -> None:
        """After a LinkedIn export taken as partial (many connections missing from it, none
        marked removed), ask whether those connections were really removed; if so, import
        the export again with the removals. An export with no date of its own that changed
        nothing it could have (it may be older than the last one) is asked about in the
        same way: if it is the newest, it is imported again as such."""
        partial = [r for r in reports if r.counts.get("kept_missing") or r.undated]
        if not partial:
            return
        missing = sum(r.counts.get("kept_missing", 0) for r in partial)
        if all(r.undated for r in partial):
            held = missing + sum(r.counts.get("kept_different", 0) for r in partial)
            question = self.tr(
                "This LinkedIn export has no date of its own: it may be older than your last "
                "one, so it changed nothing you knew (%n of your connections are missing from "
                "it or shown differently). Is it your newest export? Yes applies it as your "
                "newest, dated today.",
                "",
                held,
            )
        else:
            question = self.tr(
                "%n of your connections are missing from this LinkedIn export, so it was "
                "imported as partial: nobody was marked removed. Did you remove them from "
                "your network? Yes marks them removed.",
                "",
                missing,
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "LinkRevive",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
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

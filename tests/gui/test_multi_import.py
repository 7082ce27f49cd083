"""Several files at once, from the file dialog or a drop: one task, one progress, one result
panel, imported in the services' order (LinkedIn exports oldest first by their own date, then
address books, the lead sheet, the mailbox), whatever order they were given in."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from linkrevive.gui import i18n
from linkrevive.gui.backend import Backend
from linkrevive.gui.import_result import ImportResults
from linkrevive.gui.main_window import MainWindow
from linkrevive.gui.task_runner import TaskRunner
from tests.conftest import REPO
from tests.gui.test_main_window import make_window
from tests.linkedin.exports import write_sheet, write_year

pytestmark = pytest.mark.gui

EMAIL_SIDE = REPO / "tests" / "fixtures" / "email_side"


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """English as the app runs it: with its plural forms."""
    translators = i18n.install(qapp, "en")
    yield
    i18n.remove(qapp, translators)


def _choose(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    """The file dialog answers with ``paths`` (a one-file dialog with the first only)."""
    names = [str(p) for p in paths]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *args, **kwargs: (names, ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (names[0], ""))
    )


def _results(window: MainWindow) -> ImportResults:
    results = window.imports.last_results
    assert results is not None
    return results


def _job_change_signals(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(
            connection.execute("SELECT count(*) FROM signal WHERE kind = 'job_change'").fetchone()[
                0
            ]
        )
    finally:
        connection.close()


def test_files_chosen_together_are_imported_in_order_in_one_task(
    qtbot: Any,
    english: None,
    empty_backend: Backend,
    settings: QSettings,
    db_path: Path,
    tmp_path: Path,
    samples: Path,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    newer = write_year(tmp_path / "b", "2026")
    older = write_year(tmp_path / "a", "2023")
    vcard = samples / "ezvcard_John_Doe_GMAIL.vcf"
    sheet = write_sheet(tmp_path)
    mbox = EMAIL_SIDE / "takeout_small.mbox"
    _choose(monkeypatch, [mbox, sheet, newer, vcard, older])  # the newer export first
    window = make_window(qtbot, empty_backend, settings, runner)
    started: list[str] = []
    progress: list[tuple[int, int]] = []
    runner.started.connect(started.append)
    runner.progressed.connect(lambda done, total: progress.append((done, total)))
    labels: list[str] = []  # the status bar's label as each file starts
    runner.stepped.connect(lambda _: labels.append(window.task_label.text()))
    with qtbot.waitSignals(
        [runner.finished, window.imports.results_shown, window.store_checked], timeout=120000
    ):
        window.import_linkedin_action.trigger()

    assert started == ["Importing 5 files"]
    assert labels == [
        f"Importing {path.name} ({n} of 5)"
        for n, path in enumerate([older, newer, vcard, sheet, mbox], 1)
    ]
    results = _results(window)
    assert [Path(f.source).name for f in results.files] == [
        older.name, newer.name, vcard.name, sheet.name, mbox.name,
    ]  # fmt: skip
    assert not any(f.error for f in results.files)
    # Oldest first: no export was taken as older than one already imported (history only),
    # and the 2026 export, compared with 2023's, made the job changes signals.
    assert all(f.newer_export is None for f in results.files)
    assert _job_change_signals(db_path) >= 1
    # One progress bar: one total for the five files, never going back.
    counted = [(done, total) for done, total in progress if total]
    assert {total for _, total in counted} == {5000}
    assert [done for done, _ in counted] == sorted(done for done, _ in counted)
    assert counted[-1] == (5000, 5000)
    # One result panel for the five.
    text = window.last_summary
    assert text.splitlines()[0] == "5 files imported"
    assert text.index(older.name) < text.index(newer.name) < text.index(mbox.name)
    assert window.imports.dialog is not None and window.imports.dialog.isVisible()


def test_a_drop_of_several_exports_imports_them_oldest_first(
    qtbot: Any,
    english: None,
    empty_backend: Backend,
    settings: QSettings,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    newer = write_year(tmp_path / "b", "2026")
    older = write_year(tmp_path / "a", "2021")
    window = make_window(qtbot, empty_backend, settings, runner)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(newer)), QUrl.fromLocalFile(str(older))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignals([runner.finished, window.store_checked], timeout=60000):
        window.dropEvent(event)
    results = _results(window)
    assert [Path(f.source).name for f in results.files] == [older.name, newer.name]
    assert [str(f.export_date) for f in results.files] == ["2021-03-02", "2026-11-03"]
    assert all(f.newer_export is None for f in results.files)


def test_a_broken_file_among_several_is_reported_and_the_others_imported(
    qtbot: Any,
    english: None,
    empty_backend: Backend,
    settings: QSettings,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    sheet = write_sheet(tmp_path)
    window = make_window(qtbot, empty_backend, settings, runner)
    with qtbot.waitSignals([runner.finished, window.imports.results_shown], timeout=60000):
        assert window.import_paths([broken, sheet])
    results = _results(window)
    assert [Path(f.source).name for f in results.files] == ["leads.csv", "broken.zip"]
    assert results.files[0].counts["new"] == 4 and not results.files[0].error
    assert "broken.zip" in results.files[1].error
    text = window.last_summary
    assert text.splitlines()[0] == "1 file imported · 1 file not imported"
    assert "broken.zip — not imported" in text and "Traceback" not in text

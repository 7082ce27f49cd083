"""The main window: welcome page, demo, imports with progress and Cancel, drop, the daily flow."""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from benchmarks.gen_linkedin import make_rows, write_zip
from linkrevive.domain.enums import LeadState
from linkrevive.gui.backend import Backend
from linkrevive.gui.export_dialog import REACTIVATION, TO_CONNECT, ExportChoice
from linkrevive.gui.main_window import LINKEDIN, MainWindow
from linkrevive.gui.task_runner import TaskRunner
from tests.gui.conftest import AS_OF
from tests.helpers import dump

pytestmark = pytest.mark.gui


def make_window(
    qtbot: Any, backend: Backend, settings: QSettings, runner: TaskRunner
) -> MainWindow:
    """The window shown, its first reads (the store check and Today) arrived."""
    window = MainWindow(backend, settings, runner, as_of=AS_OF)
    qtbot.addWidget(window)
    with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=30000):
        window.show()
        window.reload()
        # Shown before any data: the views say they are loading.
        assert window.today.overlay.isVisible()
        assert window.today.count.text() == "Loading…"
    assert not window.today.overlay.isVisible()
    return window


def test_window_opens_before_its_data_arrives(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF)
    qtbot.addWidget(window)
    # Hold the worker: the reads queue behind it, so nothing can have arrived yet.
    release = threading.Event()
    assert runner.run("hold", lambda progress, cancelled: release.wait(30))
    window.show()
    window.reload()
    assert window.isVisible() and window.stack.currentWidget() is window.splitter
    assert window.today.model.rowCount() == 0 and window.today.overlay.isVisible()
    assert not window.prospects.overlay.isHidden()  # its tab is not the visible one
    with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=30000):
        release.set()
    assert window.today.model.rowCount() > 0 and not window.today.overlay.isVisible()
    assert window.prospects.model.rowCount() > 0 and window.prospects.overlay.isHidden()


def test_first_run_shows_the_welcome_page_and_builds_the_demo_in_its_own_database(
    qtbot: Any,
    empty_backend: Backend,
    settings: QSettings,
    runner: TaskRunner,
    db_path: Path,
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, empty_backend, settings, runner)
    window.imports.demo_path = tmp_path / "app-data" / "demo" / "demo.sqlite3"
    assert window.stack.currentWidget() is window.welcome
    before = db_path.read_bytes()
    with qtbot.waitSignal(window.imports.demo_built, timeout=60000) as built:
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    # Built beside, never here: the session opens it in a window of its own
    # (tests/gui/test_demo_separate.py).
    assert built.args == [window.imports.demo_path] and window.imports.demo_path.exists()
    assert db_path.read_bytes() == before
    assert window.stack.currentWidget() is window.welcome
    assert not window.progress.isVisible()


def test_cancelled_import_leaves_the_database_unchanged(
    qtbot: Any,
    empty_backend: Backend,
    settings: QSettings,
    db_path: Path,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    export = write_zip(
        tmp_path / "Complete_LinkedInDataExport_01-02-2025.zip", make_rows(20000, 3), 2000, 3
    )
    window = make_window(qtbot, empty_backend, settings, runner)
    before = dump(db_path)
    # Cancel as soon as the worker reports progress: the import is under way by then.
    window.runner.progressed.connect(lambda *_: window.cancel_button.click())
    with qtbot.waitSignal(window.runner.cancelled, timeout=60000):
        assert window.import_paths([export])
        assert window.progress.isVisible() and window.cancel_button.isVisible()
    assert dump(db_path) == before
    assert "unchanged" in window.last_summary
    assert window.stack.currentWidget() is window.welcome


def test_dropping_a_linkedin_export_imports_it(
    qtbot: Any, empty_backend: Backend, settings: QSettings, tmp_path: Path, runner: TaskRunner
) -> None:
    export = write_zip(
        tmp_path / "Complete_LinkedInDataExport_01-02-2025.zip", make_rows(50, 1), 5, 1
    )
    window = make_window(qtbot, empty_backend, settings, runner)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export)), QUrl.fromLocalFile(str(tmp_path / "x.txt"))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignals([window.runner.finished, window.store_checked], timeout=60000):
        window.dropEvent(event)
    assert "50 new connection" in window.last_summary
    assert window.stack.currentWidget() is window.splitter
    with qtbot.waitSignal(window.linkedin.loaded, timeout=30000):
        window.tabs.setCurrentIndex(LINKEDIN)
    assert window.linkedin.model.rowCount() == 50


def test_failed_import_shows_one_sentence(
    qtbot: Any, empty_backend: Backend, settings: QSettings, tmp_path: Path, runner: TaskRunner
) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    window = make_window(qtbot, empty_backend, settings, runner)
    with qtbot.waitSignal(window.runner.failed, timeout=60000):
        window.import_paths([broken])
    assert "broken.zip" in window.last_summary and "Traceback" not in window.last_summary


def test_dropping_an_outlook_file_says_what_to_do_instead(
    qtbot: Any, empty_backend: Backend, settings: QSettings, tmp_path: Path, runner: TaskRunner
) -> None:
    pst = tmp_path / "Outlook.pst"
    pst.write_bytes(b"!BDN" + bytes(600))
    window = make_window(qtbot, empty_backend, settings, runner)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pst))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(window.runner.failed, timeout=60000):
        window.dropEvent(event)
    assert "Outlook.pst is an Outlook file (.pst)" in window.last_summary
    assert "Import from IMAP" in window.last_summary


def test_daily_flow_end_to_end(
    qtbot: Any, demo_backend: Backend, settings: QSettings, tmp_path: Path, runner: TaskRunner
) -> None:
    window = make_window(qtbot, demo_backend, settings, runner)
    today = window.today
    assert today.model.rowCount() > 0
    # Open the top lead: the detail pane follows.
    today.table.selectRow(0)
    lead = today.current_row()
    assert lead is not None
    assert window.detail.person_id == lead.person_id
    assert window.detail.name.text() == lead.name
    # Copy the opener.
    qtbot.mouseClick(today.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == lead.opener["en"]
    # Mark revived: it leaves the list at once, and for good once the list is read again.
    with qtbot.waitSignal(today.loaded, timeout=30000):
        qtbot.mouseClick(today.revived_button, Qt.MouseButton.LeftButton)
        assert lead.person_id not in {r.person_id for r in today.model.rows()}
    assert lead.person_id not in {r.person_id for r in today.model.rows()}
    person = {p.id: p for p in demo_backend.people()}[lead.person_id]
    assert person.lead_state is LeadState.REVIVED
    # Export the reactivation list, then the to-connect list.
    target = tmp_path / "reactivation.csv"
    with qtbot.waitSignal(window.runner.finished, timeout=60000):
        window.export(ExportChoice(REACTIVATION, target, "csv", ";"))
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == today.model.rowCount() + 1
    assert lead.name not in {cell for row in rows for cell in row}
    xlsx = tmp_path / "reactivation.xlsx"
    with qtbot.waitSignal(window.runner.finished, timeout=60000):
        window.export(ExportChoice(REACTIVATION, xlsx, "xlsx", ";"))
    assert xlsx.stat().st_size > 0
    connect = tmp_path / "to-connect.csv"
    with qtbot.waitSignal(window.runner.finished, timeout=60000):
        window.export(ExportChoice(TO_CONNECT, connect, "csv", ","))
    assert connect.exists()
    # Layout persists.
    window.close()
    assert settings.value("window/geometry") is not None


def test_every_tab_loads_on_the_demo(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = make_window(qtbot, demo_backend, settings, runner)
    assert window.prospects.is_loaded  # fed by the store check
    for view in (window.linkedin, window.pairs, window.insights):
        assert not view.is_loaded  # each view reads when first shown
        with qtbot.waitSignal(view.loaded, timeout=30000):
            window.tabs.setCurrentWidget(view)
        assert view.is_loaded
    assert window.prospects.model.rowCount() > 0
    assert window.linkedin.model.rowCount() > 0
    assert window.pairs.model.rowCount() > 0

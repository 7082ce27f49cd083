"""The main window: welcome page, demo, imports with progress and Cancel, drop, the daily flow."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from benchmarks.gen_linkedin import make_rows, write_zip
from linkrevive.domain.enums import LeadState
from linkrevive.gui.backend import Backend
from linkrevive.gui.export_dialog import REACTIVATION, TO_CONNECT, ExportChoice
from linkrevive.gui.main_window import TODAY, MainWindow
from linkrevive.gui.task_runner import TaskRunner
from tests.gui.conftest import AS_OF
from tests.helpers import dump

pytestmark = pytest.mark.gui


def make_window(qtbot: Any, backend: Backend, settings: QSettings) -> MainWindow:
    window = MainWindow(backend, settings, TaskRunner(), as_of=AS_OF)
    qtbot.addWidget(window)
    window.show()
    window.reload()
    return window


def test_first_run_shows_the_welcome_page_and_opens_the_demo(
    qtbot: Any, empty_backend: Backend, settings: QSettings
) -> None:
    window = make_window(qtbot, empty_backend, settings)
    assert window.stack.currentWidget() is window.welcome
    with qtbot.waitSignal(window.runner.finished, timeout=60000):
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.splitter
    window.tabs.setCurrentIndex(TODAY)
    assert window.today.model.rowCount() > 0
    assert not window.progress.isVisible()


def test_cancelled_import_leaves_the_database_unchanged(
    qtbot: Any, empty_backend: Backend, settings: QSettings, db_path: Path, tmp_path: Path
) -> None:
    export = write_zip(
        tmp_path / "Complete_LinkedInDataExport_01-02-2025.zip", make_rows(20000, 3), 2000, 3
    )
    window = make_window(qtbot, empty_backend, settings)
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
    qtbot: Any, empty_backend: Backend, settings: QSettings, tmp_path: Path
) -> None:
    export = write_zip(
        tmp_path / "Complete_LinkedInDataExport_01-02-2025.zip", make_rows(50, 1), 5, 1
    )
    window = make_window(qtbot, empty_backend, settings)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export)), QUrl.fromLocalFile(str(tmp_path / "x.txt"))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(window.runner.finished, timeout=60000):
        window.dropEvent(event)
    assert "new: 50" in window.last_summary
    assert window.stack.currentWidget() is window.splitter
    window.tabs.setCurrentIndex(2)
    assert window.linkedin.model.rowCount() == 50


def test_failed_import_shows_one_sentence(
    qtbot: Any, empty_backend: Backend, settings: QSettings, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    window = make_window(qtbot, empty_backend, settings)
    with qtbot.waitSignal(window.runner.failed, timeout=60000):
        window.import_paths([broken])
    assert "broken.zip" in window.last_summary and "Traceback" not in window.last_summary


def test_daily_flow_end_to_end(
    qtbot: Any, demo_backend: Backend, settings: QSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_backend, settings)
    window.tabs.setCurrentIndex(TODAY)
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
    # Mark revived: it leaves the list and is stored as revived.
    qtbot.mouseClick(today.revived_button, Qt.MouseButton.LeftButton)
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
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    window = make_window(qtbot, demo_backend, settings)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    assert window.prospects.model.rowCount() > 0
    assert window.linkedin.model.rowCount() > 0
    assert window.insights.loaded and window.pairs.loaded

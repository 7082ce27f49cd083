"""The window on LinkedIn exports imported out of order: the import result says an older
export added history only; the LinkedIn view dates positions and changes by the exports."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from linkrevive.domain.models import Profile
from linkrevive.gui.backend import Backend
from linkrevive.gui.i18n import format_date
from linkrevive.gui.main_window import LINKEDIN, MainWindow
from linkrevive.gui.table_model_base import ROW_ROLE
from linkrevive.gui.task_runner import TaskRunner
from tests.gui.test_main_window import make_window
from tests.linkedin.exports import ANNE, write_year

pytestmark = pytest.mark.gui


def _import(qtbot: Any, window: MainWindow, path: Path) -> str:
    with qtbot.waitSignals([window.runner.finished, window.store_checked], timeout=60000):
        assert window.import_paths([path])
    return window.last_summary


def test_older_export_summary_and_export_dates_in_the_linkedin_view(
    qtbot: Any, empty_backend: Backend, settings: QSettings, tmp_path: Path, runner: TaskRunner
) -> None:
    window = make_window(qtbot, empty_backend, settings, runner)
    newer = _import(qtbot, window, write_year(tmp_path, "2026"))
    assert "history only" not in newer
    older = _import(qtbot, window, write_year(tmp_path, "2023"))
    assert f"older than the export of {format_date(date(2026, 11, 3))}: history only" in older
    assert "signal" not in older

    with qtbot.waitSignal(window.linkedin.loaded, timeout=30000):
        window.tabs.setCurrentIndex(LINKEDIN)
    view = window.linkedin
    rows = [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]
    anne = next(i for i, p in enumerate(rows) if isinstance(p, Profile) and p.url == ANNE)
    view.table.selectRow(anne)
    history = [view.history.item(i).text() for i in range(view.history.count())]
    new_job, old_job = format_date(date(2026, 11, 3)), format_date(date(2023, 6, 15))
    assert history == [
        f"{new_job}: CTO · Atelier Numérique",
        f"{old_job}: Développeuse · Pixel Bleu SARL",
    ]
    today = format_date(datetime.now(UTC).date())
    assert all(today not in line for line in history)

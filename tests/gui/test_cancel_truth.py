"""The window tells the truth about Cancel: a task that finished is reported as done (and saved),
files imported before a cancelled one are kept and listed, and a LinkedIn export missing many
connections asks before anybody is marked removed."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from linkrevive.domain.models import ImportReport
from linkrevive.domain.records import CancelledFn, ProgressFn
from linkrevive.gui.backend import Backend
from linkrevive.gui.task_runner import TaskRunner
from tests.gui.test_main_window import make_window
from tests.helpers import connections_csv, dump, write_export

pytestmark = pytest.mark.gui


def _export(folder: Path, stamp: str, count: int) -> Path:
    rows = [
        (f"Prénom{i}", f"Nom{i}", f"https://www.linkedin.com/in/p{i}", "", "Agence", "CTO",
         "03 Feb 2019")
        for i in range(count)
    ]  # fmt: skip
    folder.mkdir(exist_ok=True)
    return write_export(folder, stamp, {"Connections.csv": connections_csv(rows)})


def _statuses(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(db)
    try:
        return dict(connection.execute("SELECT status, count(*) FROM profile GROUP BY status"))
    finally:
        connection.close()


class _CancelAfterFirst(Backend):
    """A backend whose user presses Cancel as soon as the first file is imported (its
    transaction committed), before the task ends."""

    runner: TaskRunner

    def import_path(
        self,
        path: Path,
        *,
        me: Sequence[str] = (),
        progress: ProgressFn,
        cancelled: CancelledFn,
        allow_removals: bool = False,
    ) -> ImportReport:
        report = super().import_path(
            path, me=me, progress=progress, cancelled=cancelled, allow_removals=allow_removals
        )
        self.runner.cancel()
        return report


def test_a_task_that_finished_is_done_even_if_cancel_came_late(
    qtbot: Any, runner: TaskRunner
) -> None:
    def work(progress: Any, cancelled: Any) -> str:
        runner.cancel()  # Cancel pressed after the task's last check
        return "saved"

    with qtbot.waitSignal(runner.finished, timeout=30000) as finished:
        assert runner.run("late", work)
    assert finished.args == ["late", "saved"]
    assert runner.stop_requested


def test_cancel_after_the_commit_says_the_import_is_saved(
    qtbot: Any,
    empty_backend: Backend,
    settings: QSettings,
    db_path: Path,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    export = _export(tmp_path / "in", "01-02-2025", 5)
    backend = _CancelAfterFirst(empty_backend.workspace)
    backend.runner = runner
    window = make_window(qtbot, backend, settings, runner)
    before = dump(db_path)
    with qtbot.waitSignal(runner.finished, timeout=60000):
        assert window.import_paths([export])
    assert dump(db_path) != before
    assert _statuses(db_path) == {"current": 5}
    assert "unchanged" not in window.last_summary
    assert "Cancel came too late" in window.last_summary
    assert export.name in window.last_summary


def test_cancel_between_two_files_keeps_the_first_and_says_so(
    qtbot: Any,
    empty_backend: Backend,
    settings: QSettings,
    db_path: Path,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    first = _export(tmp_path / "a", "01-02-2025", 5)
    second = _export(tmp_path / "b", "01-03-2025", 8)
    backend = _CancelAfterFirst(empty_backend.workspace)
    backend.runner = runner
    window = make_window(qtbot, backend, settings, runner)
    with qtbot.waitSignal(runner.finished, timeout=60000):
        assert window.import_paths([first, second])
    assert _statuses(db_path) == {"current": 5}  # the first file only
    assert first.name in window.last_summary and second.name not in window.last_summary
    assert "Nothing after it was done" in window.last_summary


def test_a_partial_export_asks_before_removing_anybody(
    qtbot: Any,
    empty_backend: Backend,
    settings: QSettings,
    db_path: Path,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    full = _export(tmp_path / "a", "01-02-2025", 30)
    lone = _export(tmp_path / "b", "01-03-2025", 1)
    window = make_window(qtbot, empty_backend, settings, runner)
    with qtbot.waitSignal(runner.finished, timeout=60000):
        assert window.import_paths([full])
    assert window.partial_question is None
    with qtbot.waitSignal(runner.finished, timeout=60000):
        assert window.import_paths([lone])
    assert _statuses(db_path) == {"current": 30}  # nobody removed yet
    box = window.partial_question
    assert box is not None and box.isVisible()
    assert "29" in box.text()
    with qtbot.waitSignal(runner.finished, timeout=60000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert _statuses(db_path) == {"current": 1, "removed": 29}

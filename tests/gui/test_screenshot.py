"""The window's picture of itself (what the packaging test looks at in the installed app)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QImage

from linkrevive.gui.backend import Backend
from linkrevive.gui.main_window import MainWindow
from linkrevive.gui.screenshot import save_when_loaded
from linkrevive.gui.task_runner import TaskRunner
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui


def test_saves_the_loaded_window_and_names_its_tabs(
    qtbot: Any,
    demo_backend: Backend,
    settings: QSettings,
    runner: TaskRunner,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF, language="en")
    qtbot.addWidget(window)
    window.show()
    window.reload()
    codes: list[int] = []
    target = tmp_path / "today.png"
    save_when_loaded(window, str(target), size=QSize(1200, 700), done=codes.append)
    qtbot.waitUntil(lambda: codes == [0], timeout=60000)
    assert window.today.model.rowCount() > 0  # the picture was taken after the data came
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1200, 700)
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"saved {target}: ") and line.endswith(
        "| Today | Prospects | LinkedIn | Review pairs | Insights"
    )


def test_says_when_the_picture_cannot_be_written(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner, tmp_path: Path
) -> None:
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF, language="en")
    qtbot.addWidget(window)
    window.show()
    window.reload()
    codes: list[int] = []
    save_when_loaded(window, str(tmp_path / "missing" / "x.png"), done=codes.append)
    qtbot.waitUntil(lambda: codes == [1], timeout=60000)

"""Fixtures of the GUI tests: a demo database, private QSettings, a backend, a window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from linkrevive.gui import i18n
from linkrevive.gui.backend import Backend
from linkrevive.gui.collector import GuiThreadCollector
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.services import demo
from linkrevive.services.workspace import Workspace

AS_OF = date(2025, 3, 3)


@pytest.fixture(autouse=True)
def gui_thread_collector(qapp: object) -> Iterator[GuiThreadCollector]:
    """As in the app, garbage is collected on the GUI thread only, never by the worker
    (Qt crashes when a Qt object is destroyed off its thread); all of it at the end."""
    collector = GuiThreadCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def untranslated(qapp: QCoreApplication) -> Iterator[None]:
    """Each test starts in plain English, with no translator left by an earlier one (a test
    of the French or English interface installs its own)."""
    yield
    i18n.remove(qapp, i18n.install(qapp, "en"))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """QSettings in a temporary INI file (never the user's own)."""
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database built once; tests copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    workspace = Workspace.open(str(path))
    demo.build_demo(workspace, as_of=AS_OF)
    workspace.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite3"
    target.write_bytes(demo_template.read_bytes())
    return target


@pytest.fixture
def demo_backend(demo_db: Path) -> Iterator[Backend]:
    workspace = Workspace.open(str(demo_db))
    yield Backend(workspace)
    workspace.close()


@pytest.fixture
def empty_backend(db_path: Path) -> Iterator[Backend]:
    workspace = Workspace.open(str(db_path))
    yield Backend(workspace)
    workspace.close()


@pytest.fixture
def runner(qtbot: object) -> Iterator[TaskRunner]:
    """The background worker; at teardown nothing of it is left running.

    Request it after the backend fixture, so that it is torn down before the database closes.
    """
    task_runner = TaskRunner()
    yield task_runner
    task_runner.discard_queued()
    task_runner.cancel()
    assert task_runner.wait(30000)


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    """The French interface for one test, then English again without its translator (as
    every other test runs)."""
    translators = i18n.install(qapp, "fr")
    yield
    i18n.remove(qapp, translators)
    i18n.remove(qapp, i18n.install(qapp, "en"))

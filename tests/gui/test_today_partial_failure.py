"""Today when one of its two reads fails: the other one's result stays on screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings

from linkrevive.gui.backend import Backend
from linkrevive.gui.today_view import TodayView

from .conftest import AS_OF


def _fail(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError("disk I/O error")


def test_a_failed_to_connect_read_keeps_the_leads_and_their_count(
    qtbot: Any, demo_backend: Backend, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_backend, "to_connect", _fail)
    view = TodayView(demo_backend, settings)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    errors: list[str] = []
    view.error_raised.connect(errors.append)
    view.refresh()
    qtbot.waitUntil(lambda: bool(errors) and view.model.rowCount() > 0)
    assert view.count.text()  # the leads' count is still said
    assert str(view.model.rowCount()) in view.count.text()
    assert view.connect_count.text() == "The contacts to connect with could not be read."
    assert not view.connect_button.isEnabled()
    assert errors == ["Unexpected error: disk I/O error"]


def test_a_failed_leads_read_clears_their_count(
    qtbot: Any, demo_backend: Backend, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_backend, "morning", _fail)
    view = TodayView(demo_backend, settings)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    errors: list[str] = []
    view.error_raised.connect(errors.append)
    view.refresh()
    qtbot.waitUntil(lambda: bool(errors))
    assert view.count.text() == ""
    assert view.connect_button.isEnabled()  # the to-connect list arrived on its own

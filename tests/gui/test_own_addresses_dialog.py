"""Settings: naming as one's own an address an earlier import made a person of asks first,
saying whose it was and how much mail goes; Cancel saves nothing (real SQLite demo file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from linkrevive.gui import i18n, main_window
from linkrevive.gui.backend import Backend
from linkrevive.gui.main_window import MainWindow
from linkrevive.gui.own_addresses_dialog import OwnAddressesDialog
from linkrevive.gui.settings_dialog import SettingsDialog
from linkrevive.gui.task_runner import TaskRunner
from tests.gui.conftest import AS_OF
from tests.helpers import query

pytestmark = pytest.mark.gui


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """English as the app runs it: with its plural forms."""
    translators = i18n.install(qapp, "en")
    yield
    i18n.remove(qapp, translators)


def _a_prospect(db: Path) -> tuple[int, str, str, int]:
    """A demo person with mail: id, name, address, email exchanges with that address."""
    [row] = query(
        db,
        "SELECT p.id, p.first_name || ' ' || p.last_name, e.email, count(*) FROM person p"
        " JOIN person_email e ON e.person_id = p.id JOIN exchange x ON x.person_id = p.id"
        " AND x.counterpart = e.email AND x.channel = 'email'"
        " GROUP BY p.id, e.email ORDER BY count(*) DESC, e.email LIMIT 1",
    )
    return row


def _settings_with(monkeypatch: pytest.MonkeyPatch, address: str) -> None:
    def edit(dialog: SettingsDialog) -> int:
        dialog.dormancy.setValue(30)
        dialog.me.setText(f"claire.moreau@nearshore-demo.example, {address}")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(main_window.SettingsDialog, "exec", edit)


def _answer(monkeypatch: pytest.MonkeyPatch, confirm: bool) -> list[tuple[str, str, bool]]:
    asked: list[tuple[str, str, bool]] = []

    def answer(dialog: OwnAddressesDialog) -> int:
        cancel_first = dialog.defaultButton() is dialog.cancel_button
        asked.append((dialog.text(), dialog.informativeText(), cancel_first))
        (dialog.confirm_button if confirm else dialog.cancel_button).click()
        return 0

    monkeypatch.setattr(OwnAddressesDialog, "exec", answer)
    return asked


def _this_is_me(qtbot: Any, window: MainWindow, person_id: int) -> None:
    """Right-click the person in Prospects and choose "This is me…"."""
    with qtbot.waitSignal(window.prospects.loaded, timeout=30000):
        window.show()
        window.reload()
        window.tabs.setCurrentWidget(window.prospects)
    view = window.prospects
    assert not view.mark_me.isEnabled()  # nothing selected
    assert view.select_person(person_id)
    assert view.mark_me.isEnabled()
    assert view.mark_me in view.table.actions()  # the row's context menu
    view.mark_me.trigger()


@pytest.mark.parametrize("confirm", [False, True])
@pytest.mark.parametrize("where", ["settings", "prospects"])
def test_an_address_a_person_holds_is_taken_back_only_once_confirmed(
    qtbot: Any,
    english: None,
    demo_backend: Backend,
    demo_db: Path,
    settings: QSettings,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    confirm: bool,
) -> None:
    person_id, name, address, exchanges = _a_prospect(demo_db)
    assert exchanges >= 2
    _settings_with(monkeypatch, address)
    asked = _answer(monkeypatch, confirm)
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF)
    qtbot.addWidget(window)
    dormancy = demo_backend.get_settings().dormancy_months

    if where == "settings":
        window.settings_dialog()
    else:
        _this_is_me(qtbot, window, person_id)

    [(text, details, cancel_first)] = asked
    assert text == "An earlier import took these addresses of yours for other people:"
    assert details.startswith(f"• {name} <{address}>: {exchanges} exchanges\n\n")
    assert cancel_first  # Enter does not destroy anything
    holder = query(demo_db, f"SELECT person_id FROM person_email WHERE email = '{address}'")
    mail = query(
        demo_db,
        f"SELECT count(*) FROM exchange WHERE counterpart = '{address}' AND channel = 'email'",
    )
    me = demo_backend.get_me()
    assert "claire.moreau@nearshore-demo.example" in me  # the user's address stays theirs
    if confirm:
        assert address in me
        assert demo_backend.get_settings().dormancy_months == (
            30 if where == "settings" else dormancy
        )
        assert holder == [] and mail == [(0,)]
    else:  # nothing saved, nothing removed
        assert address not in me
        assert demo_backend.get_settings().dormancy_months == dormancy
        assert holder == [(person_id,)] and mail == [(exchanges,)]

"""Prospects: automated senders behind their filter, shared boxes shown as such, and the
user's "this is a person" / "automated sender" on a real imported mailbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt

from linkrevive.domain.filters import SHOW_AUTOMATED, SHOW_SHARED
from linkrevive.domain.models import Person
from linkrevive.domain.senders import SenderKind
from linkrevive.gui.backend import Backend
from linkrevive.gui.main_window import PROSPECTS
from linkrevive.gui.people_table_model import PeopleTableModel
from linkrevive.gui.prospects_view import ProspectsView
from linkrevive.gui.table_model_base import ROW_ROLE
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.services.contacts_import import import_contacts
from linkrevive.services.workspace import Workspace
from tests.email_side import real_headers as mail
from tests.gui.test_main_window import make_window

pytestmark = pytest.mark.gui
KIND_COLUMN = 8


@pytest.fixture
def mailbox_backend(tmp_path: Path) -> Iterator[Backend]:
    workspace = Workspace.open(str(tmp_path / "box.sqlite3"))
    mbox = mail.write_mbox(tmp_path / "box.mbox", mail.mailbox())
    import_contacts(workspace, mbox, me=[mail.ME])
    yield Backend(workspace)
    workspace.close()


def _shown(view: ProspectsView) -> dict[str, tuple[Person, str]]:
    found = {}
    for row in range(view.proxy.rowCount()):
        person = view.proxy.index(row, 0).data(ROW_ROLE)
        kind = view.proxy.index(row, KIND_COLUMN).data(Qt.ItemDataRole.DisplayRole)
        found[person.emails[0]] = (person, kind)
    return found


def _select(view: ProspectsView, email: str) -> None:
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, 0).data(ROW_ROLE).emails[0] == email:
            view.table.selectionModel().select(
                view.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{email} is not shown")


def test_automated_senders_hidden_shared_box_labelled(
    qtbot: Any, mailbox_backend: Backend, settings: QSettings
) -> None:
    view = ProspectsView(mailbox_backend, settings)
    qtbot.addWidget(view)
    view.refresh()

    shown = _shown(view)
    assert set(shown) == {mail.PROSPECT, mail.AGENCY_BOX}
    assert shown[mail.AGENCY_BOX][1] == "Shared box"
    assert shown[mail.PROSPECT][1] == ""
    assert "7 automated sender(s) hidden" in view.count.text()

    view.kind_filter.setCurrentIndex(view.kind_filter.findData(SHOW_AUTOMATED))
    shown = _shown(view)
    assert set(shown) == set(mail.AUTOMATED)
    assert {kind for _, kind in shown.values()} == {"Automated sender"}
    assert "hidden" not in view.count.text()

    view.kind_filter.setCurrentIndex(view.kind_filter.findData(SHOW_SHARED))
    assert set(_shown(view)) == {mail.AGENCY_BOX}


def test_this_is_a_person_from_the_prospects_view(
    qtbot: Any, mailbox_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    """The word is saved in the background (it pairs the people again, seconds in a large
    database): the window says so when it is done, and the views show it."""
    window = make_window(qtbot, mailbox_backend, settings, runner)
    window.tabs.setCurrentIndex(PROSPECTS)
    view = window.prospects
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(SHOW_AUTOMATED))
    _select(view, mail.DIGEST)
    assert view.mark_person.isEnabled() and not view.mark_automated.isEnabled()

    with qtbot.waitSignals([runner.finished, window.store_checked], timeout=30000):
        view.mark_person.click()
    assert window.last_summary == "1 sender(s) taken back as persons"
    kinds = {p.emails[0]: p.kind for p in mailbox_backend.people()}
    assert kinds[mail.DIGEST] is SenderKind.PERSON
    assert mail.DIGEST not in _shown(view)  # no longer among the automated senders
    view.kind_filter.setCurrentIndex(0)
    assert mail.DIGEST in _shown(view)

    _select(view, mail.AGENCY_BOX)
    assert view.mark_automated.isEnabled() and not view.mark_person.isEnabled()
    with qtbot.waitSignals([runner.finished, window.store_checked], timeout=30000):
        view.mark_automated.click()
    kinds = {p.emails[0]: p.kind for p in mailbox_backend.people()}
    assert kinds[mail.AGENCY_BOX] is SenderKind.AUTOMATED
    assert mail.AGENCY_BOX not in _shown(view)


def test_kind_filter_persists(qtbot: Any, mailbox_backend: Backend, settings: QSettings) -> None:
    view = ProspectsView(mailbox_backend, settings)
    qtbot.addWidget(view)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(SHOW_AUTOMATED))
    view.save_state()
    again = ProspectsView(mailbox_backend, settings)
    qtbot.addWidget(again)
    assert again.kind_filter.currentData() == SHOW_AUTOMATED


def test_people_model_with_automated_senders_passes_qtmodeltester(
    qtmodeltester: Any, mailbox_backend: Backend
) -> None:
    model = PeopleTableModel()
    model.set_people(mailbox_backend.people())
    qtmodeltester.check(model)
    assert model.automated_count() == len(mail.AUTOMATED)


def test_kind_tooltip_says_why(mailbox_backend: Backend) -> None:
    model = PeopleTableModel()
    model.set_people(mailbox_backend.people())
    tips = {
        p.emails[0]: model.index(row, KIND_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
        for row, p in enumerate(model.rows())
    }
    assert tips[mail.CALENDAR] == "Calendar invitations"
    assert tips[mail.BOUNCE] == "Delivery failure reports"
    assert tips[mail.DIGEST] == "Many similar messages, never answered"
    assert tips[mail.PROSPECT] == ""

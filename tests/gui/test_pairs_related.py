"""Review pairs: after a decision, the other rows show the suggestions as the store now has them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from linkrevive.domain.enums import PairStatus
from linkrevive.gui import i18n
from linkrevive.gui.backend import Backend, PairRow
from linkrevive.gui.pairs_view import PairsView
from linkrevive.gui.table_model_base import ROW_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def english(qapp: Any) -> Iterator[None]:
    """The English interface as the app installs it (with its plural forms)."""
    translators = i18n.install(qapp, "en")
    yield
    i18n.remove(qapp, translators)


def open_view(qtbot: Any, backend: Backend, settings: QSettings) -> PairsView:
    view = PairsView(backend, settings)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    view.table.setFocus()
    return view


def shown(view: PairsView) -> list[PairRow]:
    rows = []
    for i in range(view.proxy.rowCount()):
        row = view.proxy.index(i, 0).data(ROW_ROLE)
        assert isinstance(row, PairRow)
        rows.append(row)
    return rows


def keys(rows: list[PairRow]) -> set[tuple[int, int]]:
    return {(r.person_id, r.profile_id) for r in rows}


def select(view: PairsView, person_name: str, profile_company: str) -> PairRow:
    for i, row in enumerate(shown(view)):
        if row.person_name == person_name and row.profile_company == profile_company:
            view.table.selectRow(i)
            return row
    raise AssertionError(f"{person_name} / {profile_company} is not listed")


def test_confirming_drops_the_competing_suggestion_of_the_contact(
    qtbot: Any, demo_backend: Backend, settings: QSettings, qtmodeltester: Any
) -> None:
    view = open_view(qtbot, demo_backend, settings)
    qtmodeltester.check(view.model)
    before = shown(view)
    assert sum(r.person_name == "Sophie Lemaire" for r in before) == 2
    select(view, "Sophie Lemaire", "Fabrique Créative")
    qtbot.keyClick(view.table, Qt.Key.Key_Y)
    assert not any(r.person_name == "Sophie Lemaire" for r in shown(view))
    assert keys(shown(view)) == keys(demo_backend.pairs(PairStatus.SUGGESTED))
    assert view.remaining.text() == f"{len(before) - 2} pairs left to review"
    qtmodeltester.check(view.model)


def test_rejecting_keeps_the_other_suggestion(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    view = open_view(qtbot, demo_backend, settings)
    select(view, "Sophie Lemaire", "Fabrique Créative")
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    left = [r for r in shown(view) if r.person_name == "Sophie Lemaire"]
    assert [r.profile_company for r in left] == ["Genève Studio"]


def test_rows_follow_the_store_not_a_guess(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    """A decision taken elsewhere (another window, the CLI) meanwhile: the next decision
    here brings the list in line with the store, its rows gone at once, not at Refresh."""
    view = open_view(qtbot, demo_backend, settings)
    other = next(r for r in shown(view) if r.person_name == "Frédéric Château")
    demo_backend.decide(other.person_id, other.profile_id, True)
    assert any(r.person_name == "Frédéric Château" for r in shown(view))  # not known yet
    select(view, "Sophie Lemaire", "Fabrique Créative")
    qtbot.keyClick(view.table, Qt.Key.Key_Y)
    assert keys(shown(view)) == keys(demo_backend.pairs(PairStatus.SUGGESTED))
    assert not any(r.person_name == "Frédéric Château" for r in shown(view))
    assert view.current() is not None  # the selection moved on to a row still suggested

"""Tables in a narrow window: headers on two lines before they are cut, short cells (a
country, a stage) whole, long text cut where it says least."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStringListModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from linkrevive.gui import i18n
from linkrevive.gui.backend import Backend
from linkrevive.gui.main_window import MainWindow
from linkrevive.gui.table_state import ElidingDelegate
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.wrapping_header import WrappingHeader, two_lines
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui

COUNTRY, STAGE = 3, 4  # Prospects' columns


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    translators = i18n.install(qapp, "fr")
    yield
    i18n.remove(qapp, translators)


def _window_at_1280(
    qtbot: Any, backend: Backend, settings: QSettings, runner: TaskRunner
) -> MainWindow:
    """The French window at 1280 × 800, the pane as on a first run on a real screen."""
    window = MainWindow(backend, settings, runner, as_of=AS_OF, language="fr")
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1280, 800)
    window.splitter.setSizes([1280 - 340, 340])
    with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=30000):
        window.show()
        window.reload()
    return window


def test_a_label_is_split_where_its_two_lines_balance(qapp: Any) -> None:
    metrics = QFontMetrics(qapp.font())
    text, width = two_lines("Raison du blocage", metrics)
    assert text == "Raison du\nblocage"
    assert width == metrics.horizontalAdvance("Raison du")
    assert width < metrics.horizontalAdvance("Raison du blocage")
    assert two_lines("LinkedIn", metrics) == ("LinkedIn", metrics.horizontalAdvance("LinkedIn"))


def test_an_address_is_cut_in_the_middle_other_text_at_its_end(qapp: Any) -> None:
    model = QStringListModel(["hugo.nguyen@fabrique-creative.example", "Atelier Numérique SARL"])
    delegate = ElidingDelegate()
    modes = []
    for row in range(2):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(row, 0))
        modes.append(option.textElideMode)
    assert modes == [Qt.TextElideMode.ElideMiddle, Qt.TextElideMode.ElideRight]


def test_prospects_in_french_at_1280_keep_headers_and_countries_whole(
    qtbot: Any, french: None, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = _window_at_1280(qtbot, demo_backend, settings, runner)
    window.tabs.setCurrentWidget(window.prospects)
    table = window.prospects.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 20, timeout=30000)
    header = table.horizontalHeader()
    assert isinstance(header, WrappingHeader)
    model = table.model()
    metrics = QFontMetrics(header.font())
    wrapped = 0
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        too_long = metrics.horizontalAdvance(text) + 8 > header.sectionSize(column)
        if too_long and " " in text:  # several words: whole on two lines
            wrapped += 1
            _, widest = two_lines(text, metrics)
            assert widest + 8 <= header.sectionSize(column), text
    assert wrapped >= 2  # "Raison du / blocage", "Dernier / échange" at this width
    assert header.height() >= 2 * metrics.lineSpacing()
    # Short cells stay whole: "Luxembourg", "Belgique", "Suisse"...
    cells = QFontMetrics(table.font())
    for row in range(model.rowCount()):
        country = str(model.index(row, COUNTRY).data())
        assert cells.horizontalAdvance(country) + 8 <= table.columnWidth(COUNTRY), country


def test_review_pairs_at_1280_show_the_linkedin_companies_whole(
    qtbot: Any, french: None, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    """The companies are the evidence of a pair: they come before the address's end and
    the title; headers that fit on one line keep the header one line high."""
    window = _window_at_1280(qtbot, demo_backend, settings, runner)
    window.tabs.setCurrentWidget(window.pairs)
    table = window.pairs.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 2, timeout=30000)
    model = table.model()
    cells = QFontMetrics(table.font())
    linkedin_company = 4
    for row in range(model.rowCount()):
        company = str(model.index(row, linkedin_company).data())
        assert cells.horizontalAdvance(company) + 8 <= table.columnWidth(linkedin_company)
    header = table.horizontalHeader()
    assert header.height() < 2 * QFontMetrics(header.font()).lineSpacing()


def _filters(window: MainWindow) -> list[Any]:
    view = window.prospects
    return [
        view.stage_filter,
        view.stall_filter,
        view.country_filter,
        view.dormant_filter,
        view.linkedin_filter,
        view.kind_filter,
        view.lead_state_filter,
    ]


def test_prospects_filters_in_french_at_1280_wrap_rather_than_cut(
    qtbot: Any, french: None, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = _window_at_1280(qtbot, demo_backend, settings, runner)
    window.tabs.setCurrentWidget(window.prospects)
    qtbot.waitUntil(lambda: window.prospects.table.model().rowCount() > 20, timeout=30000)
    combos = _filters(window)
    for combo in combos:
        # Each is wider than its longest choice ("Personnes et boîtes partagées").
        longest = max(
            (combo.itemText(i) for i in range(combo.count())),
            key=combo.fontMetrics().horizontalAdvance,
        )
        assert combo.fontMetrics().horizontalAdvance(longest) < combo.width(), longest
    rows = {combo.geometry().top() for combo in combos}
    assert len(rows) == 2  # the seven filters take two rows
    assert window.prospects.table.geometry().top() > max(c.geometry().bottom() for c in combos)
    # The detail pane keeps its room.
    assert window.splitter.sizes()[1] >= 300


def test_prospects_filters_in_a_wide_window_take_one_row(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = _window_at_1280(qtbot, demo_backend, settings, runner)
    window.resize(1920, 1080)
    window.splitter.setSizes([1920 - 340, 340])
    window.tabs.setCurrentWidget(window.prospects)
    qtbot.waitUntil(lambda: window.prospects.table.model().rowCount() > 20, timeout=30000)
    combos = _filters(window)
    qtbot.waitUntil(lambda: len({c.geometry().top() for c in combos}) == 1, timeout=5000)
    search = window.prospects.search
    assert search.geometry().top() == combos[0].geometry().top()
    # The search field takes the room the filters leave on the row.
    assert combos[-1].geometry().right() >= window.prospects.table.geometry().right() - 12

"""Empty states say what happened and what to do next; chart labels are never cut."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage

from linkrevive.domain.enums import Stage, StallReason
from linkrevive.gui import i18n
from linkrevive.gui.backend import Backend
from linkrevive.gui.chart_widget import ChartKind, ChartSeries, ChartWidget
from linkrevive.gui.insights_view import InsightsView
from linkrevive.gui.linkedin_view import LinkedInView
from linkrevive.gui.pairs_view import PairsView
from linkrevive.gui.prospects_view import ProspectsView
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    translators = i18n.install(qapp, request.param)
    yield request.param
    i18n.remove(qapp, translators)
    # Back to English without its translator, as every other test runs.
    i18n.remove(qapp, i18n.install(qapp, "en"))


def test_review_pairs_says_when_all_are_reviewed(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    view = PairsView(demo_backend, settings)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert view.model.rowCount() > 0
    assert view.table.isVisible() and not view.empty.isVisible()
    view.table.setFocus()
    while view.model.rowCount():
        qtbot.keyClick(view.table, Qt.Key.Key_N)
    assert view.empty.isVisible() and not view.table.isVisible()
    assert view.empty.text() == "All pairs reviewed. New suggestions appear after each import."


def test_review_pairs_of_an_empty_store(
    qtbot: Any, empty_backend: Backend, settings: QSettings
) -> None:
    view = PairsView(empty_backend, settings)
    qtbot.addWidget(view)
    view.show()
    assert not view.empty.isVisible()  # nothing said before the data has arrived
    view.refresh()
    assert view.empty.isVisible() and not view.side.isVisible()


def test_charts_without_data_say_so_without_empty_axes(
    qtbot: Any, empty_backend: Backend, lang: str
) -> None:
    view = InsightsView(empty_backend)
    view.as_of = AS_OF
    qtbot.addWidget(view)
    view.resize(930, 640)
    view.show()
    view.refresh()
    charts = [view.stall_chart, view.dormant_chart, view.signal_chart, view.revival_chart]
    texts = [chart.accessibleDescription() for chart in charts]
    assert all(chart.is_empty() for chart in charts)
    assert len(set(texts)) == 4  # each says its own why and what next
    generic = {"en": "No data yet", "fr": "Pas encore de données"}[lang]
    assert generic not in texts
    revival = {"en": "Mark a lead revived in Today", "fr": "relancé dans Aujourd'hui"}[lang]
    assert revival in view.revival_chart.accessibleDescription()
    # No 0–1 axis: the line under the plot area stays the background colour.
    chart = view.revival_chart
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    plot = chart.plot_area()
    background = chart.palette().color(chart.backgroundRole()).rgb() & 0xFFFFFF
    y = int(plot.bottom() * ratio)
    row = [
        QColor(image.pixel(int(x * ratio), y)).rgb() & 0xFFFFFF
        for x in range(int(plot.left()) + 2, int(plot.right()) - 2, 7)
    ]
    assert set(row) == {background}


@pytest.mark.parametrize("width", [320, 460])
def test_stall_chart_labels_are_whole_and_fit(qtbot: Any, lang: str, width: int) -> None:
    stages = [s for s in Stage if s is not Stage.CLIENT]
    names = [i18n.stage_label(s) for s in stages]
    reasons = [i18n.stall_label(r) for r in StallReason]
    widget = ChartWidget(ChartKind.STACKED_HBARS)
    qtbot.addWidget(widget)
    widget.resize(width, 320)
    widget.set_data(
        "Where conversations stall",
        names,
        [ChartSeries(r, tuple(1.0 for _ in stages)) for r in reasons],
        legend=True,
    )
    boxes = widget.label_boxes()
    assert [text for _, text, _ in boxes] == names + reasons  # whole, none elided
    small = widget.font()
    small.setPointSizeF(max(widget.font().pointSizeF() * 0.85, 6.0))
    metrics = QFontMetrics(small)
    area = widget.rect()
    for box, text, flags in boxes:
        needed = metrics.boundingRect(box.toAlignedRect(), flags, text)
        assert needed.width() <= box.width() + 1, (text, needed, box)
        assert needed.height() <= box.height() + 1, (text, needed, box)
        assert area.contains(needed)
    assert widget.plot_area().width() > width / 4  # the bars keep room


def test_prospects_say_when_the_filters_hide_everyone(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    view = ProspectsView(demo_backend, settings, as_of=AS_OF)
    qtbot.addWidget(view)
    view.show()
    view.set_people(demo_backend.people())
    assert not view.empty_state.isVisible()
    view.search.setText("zzzz-nobody-qqqq")
    view.apply_filter()
    qtbot.waitUntil(view.empty_state.isVisible)
    assert view.empty_state.text().startswith("No one matches this search")
    view.search.clear()
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.empty_state.isVisible())


def test_linkedin_without_connections_says_what_to_import(
    qtbot: Any, empty_backend: Backend, settings: QSettings, lang: str
) -> None:
    view = LinkedInView(empty_backend, settings)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(view.empty_state.isVisible)
    expected = {"en": "No LinkedIn connections yet.", "fr": "Aucune relation LinkedIn"}[lang]
    assert view.empty_state.text().startswith(expected)


def test_months_on_the_chart_axis_carry_their_year(lang: str) -> None:
    assert i18n.format_month(2024, 4) == {"en": "Apr 2024", "fr": "avr. 2024"}[lang]

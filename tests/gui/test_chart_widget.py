"""The QPainter chart of the Insights view: scale, bars, tooltips, accessible text, painting."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QToolTip

from linkrevive.gui.chart_widget import ChartKind, ChartSeries, ChartWidget, nice_scale

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (0, (1, 1)),
        (1, (1, 1)),
        (3, (3, 1)),
        (5, (5, 1)),
        (7, (8, 2)),
        (23, (25, 5)),
        (96, (100, 20)),
    ],
)
def test_nice_scale_gives_whole_ticks_above_the_top(top: float, expected: tuple[int, int]) -> None:
    assert nice_scale(top) == expected


def chart(qtbot: Any, kind: ChartKind, series: list[ChartSeries], **kw: Any) -> ChartWidget:
    widget = ChartWidget(kind)
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.set_data("Dormant leads by year", ["2021", "2022", "2023"], series, **kw)
    return widget


def test_bars_stand_in_their_category_with_their_height(qtbot: Any) -> None:
    widget = chart(qtbot, ChartKind.BARS, [ChartSeries("Dormant", (2.0, 0.0, 4.0))])
    items = widget.items()
    assert [i.category for i in items] == [0, 1, 2]
    plot = widget.plot_area()
    assert items[2].rect.height() == pytest.approx(plot.height())  # 4 is the scale's top
    assert items[0].rect.height() == pytest.approx(plot.height() / 2)
    assert items[1].rect.height() == 0
    assert items[0].rect.right() < items[2].rect.left()


def test_tooltip_names_category_series_and_count(qtbot: Any) -> None:
    widget = chart(qtbot, ChartKind.BARS, [ChartSeries("Dormant", (2.0, 0.0, 4.0))])
    bar = widget.items()[2].rect
    assert widget.tooltip_at(bar.center()) == "2023\nDormant: 4"
    # An empty bar still answers over its column.
    zero = widget.items()[1].rect
    assert widget.tooltip_at(QPointF(zero.center().x(), widget.plot_area().center().y())) == (
        "2022\nDormant: 0"
    )
    assert widget.tooltip_at(QPointF(2, 2)) == ""


def test_stacked_bars_follow_each_other_and_fill_the_total(qtbot: Any) -> None:
    series = [ChartSeries("No time", (1.0, 0.0, 3.0)), ChartSeries("Distance", (1.0, 2.0, 2.0))]
    widget = chart(qtbot, ChartKind.STACKED_HBARS, series, legend=True)
    assert widget.top() == 5
    third = [i for i in widget.items() if i.category == 2]
    assert [i.series for i in third] == [0, 1]
    assert third[0].rect.right() == pytest.approx(third[1].rect.left())
    assert third[1].rect.right() == pytest.approx(widget.plot_area().right())  # 5 of 5
    assert widget.tooltip_at(third[1].rect.center()) == "2023\nDistance: 2"
    assert "2023: No time 3, Distance 2" in widget.accessibleDescription()


def test_line_points_answer_over_their_column(qtbot: Any) -> None:
    widget = chart(qtbot, ChartKind.LINE, [ChartSeries("Revived", (0.0, 1.0, 2.0))])
    middle = next(i for i in widget.items() if i.category == 1)
    assert widget.tooltip_at(middle.rect.center()) == "2022\nRevived: 1"


def test_accessible_name_and_description(qtbot: Any) -> None:
    widget = chart(qtbot, ChartKind.BARS, [ChartSeries("Dormant", (2.0, 0.0, 4.0))])
    assert widget.accessibleName() == "Dormant leads by year"
    assert widget.accessibleDescription() == "2021: 2; 2022: 0; 2023: 4"
    widget.set_data("Empty", ["a"], [ChartSeries("x", (0.0,))])
    assert widget.is_empty() and widget.accessibleDescription() == "No data yet"


def test_a_series_must_have_one_value_per_category(qtbot: Any) -> None:
    widget = ChartWidget(ChartKind.BARS)
    qtbot.addWidget(widget)
    with pytest.raises(ValueError):
        widget.set_data("t", ["a", "b"], [ChartSeries("x", (1.0,))])


@pytest.mark.parametrize("kind", list(ChartKind))
def test_paints_the_series_colour(qtbot: Any, kind: ChartKind) -> None:
    series = [ChartSeries("Dormant", (2.0, 3.0, 4.0))]
    widget = chart(qtbot, kind, series)
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colour = widget.color(0)
    item = widget.items()[2]
    if kind is ChartKind.LINE:
        point = QPointF(item.rect.center().x(), widget.plot_area().top())  # 4 is the top
    else:
        point = item.rect.center()
    ratio = image.devicePixelRatio()
    pixel = QColor(image.pixel(int(point.x() * ratio), int(point.y() * ratio)))
    assert (pixel.red(), pixel.green(), pixel.blue()) == (
        colour.red(),
        colour.green(),
        colour.blue(),
    )


def test_hovering_a_bar_shows_its_tooltip(qtbot: Any) -> None:
    widget = chart(qtbot, ChartKind.BARS, [ChartSeries("Dormant", (2.0, 0.0, 4.0))])
    widget.show()
    qtbot.waitExposed(widget)
    centre = widget.items()[0].rect.center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, widget.mapToGlobal(centre))
    assert widget.event(event)
    assert QToolTip.isVisible() and QToolTip.text() == "2021\nDormant: 2"
    QToolTip.hideText()

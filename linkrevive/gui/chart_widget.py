"""A small chart drawn with QPainter: vertical bars, stacked horizontal bars or a line.

It replaces QtCharts (PySide6-Addons) for the four Insights charts: value axis with whole
number ticks, category axis, legend, a tooltip per bar or point, and an accessible name and
description that say what the chart shows.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

# Distinct colours readable on a light background (the order of the legend).
PALETTE = (
    "#2f6db5",
    "#e07b39",
    "#3a9d5d",
    "#c64545",
    "#8a63b8",
    "#8c6d46",
    "#d16ba5",
    "#7f7f7f",
)
MARGIN = 8.0
TICK = 4.0
TITLE_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
LEGEND_SWATCH = 14.0  # the colour square and its gap before a legend's name


class ChartKind(Enum):
    """How the series are drawn."""

    BARS = "bars"  # one vertical bar per category and series, side by side
    STACKED_HBARS = "stacked_hbars"  # one horizontal bar per category, series stacked
    LINE = "line"  # one line per series through the categories


@dataclass(frozen=True)
class ChartSeries:
    """One named row of values, one per category."""

    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartItem:
    """A drawn bar (or a point's hit area), for tooltips and tests."""

    rect: QRectF
    category: int
    series: int


def nice_scale(top: float, max_ticks: int = 5) -> tuple[float, float]:
    """The axis maximum and the step between ticks: whole numbers, 1-2-5 steps, ≥ ``top``."""
    top = max(top, 1.0)
    raw = top / max_ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1)
    return math.ceil(top / step) * step, float(step)


def number(value: float) -> str:
    """A count as people read it: no ``.0``, the decimal separator of the language."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)


class ChartWidget(QWidget):
    """A bar or line chart of a few series over categories, painted by hand."""

    def __init__(self, kind: ChartKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._title = ""
        self._categories: list[str] = []
        self._series: list[ChartSeries] = []
        self._legend = False
        self._empty_text = ""
        self.setMinimumSize(300, 220)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by keyboard and screen readers

    # --- data -----------------------------------------------------------------------------
    def set_data(
        self,
        title: str,
        categories: list[str],
        series: list[ChartSeries],
        *,
        legend: bool = False,
        empty_text: str = "",
    ) -> None:
        """Show ``series`` (each with one value per category) under ``title``.

        ``empty_text`` says, when every value is zero, what that means and what would fill
        the chart; the chart then shows that sentence instead of empty axes.
        """
        for item in series:
            if len(item.values) != len(categories):
                raise ValueError(f"series {item.name!r} has {len(item.values)} values")
        self._title = title
        self._categories = list(categories)
        self._series = list(series)
        self._legend = legend
        self._empty_text = empty_text
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.summary())
        self.update()

    def title(self) -> str:
        return self._title

    def categories(self) -> list[str]:
        return list(self._categories)

    def series(self) -> list[ChartSeries]:
        return list(self._series)

    def summary(self) -> str:
        """What the chart shows, as text (accessible description)."""
        if not self._series or self.is_empty():
            return self.empty_text()
        parts = []
        for index, category in enumerate(self._categories):
            if len(self._series) == 1:
                parts.append(f"{category}: {number(self._series[0].values[index])}")
                continue
            values = [
                f"{s.name} {number(s.values[index])}" for s in self._series if s.values[index]
            ]
            if values:
                parts.append(f"{category}: {', '.join(values)}")
        return "; ".join(parts)

    def is_empty(self) -> bool:
        return not any(v for s in self._series for v in s.values)

    def empty_text(self) -> str:
        """What an empty chart says."""
        return self._empty_text or self.tr("No data yet")

    def color(self, series: int) -> QColor:
        return QColor(PALETTE[series % len(PALETTE)])

    def top(self) -> float:
        """The largest value the value axis must reach."""
        if not self._series or not self._categories:
            return 0.0
        if self.kind is ChartKind.STACKED_HBARS:
            return max(sum(s.values[i] for s in self._series) for i in range(len(self._categories)))
        return max(max(s.values) for s in self._series)

    def sizeHint(self) -> QSize:
        return QSize(420, 300)

    # --- geometry -------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 6.0))
        return title, small

    def _legend_width(self) -> float:
        """The legend column: its widest name, or less with the names wrapped on words."""
        if not self._legend:
            return 0.0
        metrics = QFontMetrics(self._fonts()[1])
        widest = max((metrics.horizontalAdvance(s.name) for s in self._series), default=0)
        longest_word = max(
            (metrics.horizontalAdvance(w) for s in self._series for w in s.name.split()),
            default=0,
        )
        room = max(self.width() * 0.3, longest_word)
        return math.ceil(min(widest, room)) + 1 + LEGEND_SWATCH + 2 * MARGIN

    def _category_room(self) -> float:
        """Width of the stage names left of horizontal bars: whole, wrapped when long."""
        metrics = QFontMetrics(self._fonts()[1])
        widest = max((metrics.horizontalAdvance(c) for c in self._categories), default=0)
        longest_word = max(
            (metrics.horizontalAdvance(w) for c in self._categories for w in c.split()),
            default=0,
        )
        return float(math.ceil(min(widest, max(self.width() * 0.25, longest_word))) + 1)

    def label_boxes(self) -> list[tuple[QRectF, str, int]]:
        """Where the category names of horizontal bars and the legend's names are written:
        (box, whole text, alignment flags). Texts wrap on words; none is cut."""
        if self.is_empty():
            return []
        plot = self.plot_area()
        boxes: list[tuple[QRectF, str, int]] = []
        metrics = QFontMetrics(self._fonts()[1])
        if self.kind is ChartKind.STACKED_HBARS and self._categories:
            slot = plot.height() / len(self._categories)
            room = plot.left() - MARGIN - TICK - 2
            align = (
                Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap
            )
            for c, category in enumerate(self._categories):
                boxes.append((QRectF(MARGIN, plot.top() + slot * c, room, slot), category, align))
        if self._legend:
            x = plot.right() + MARGIN + LEGEND_SWATCH
            room = self.width() - x - MARGIN
            y = plot.top()
            align = (
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            )
            for series in self._series:
                needed = metrics.boundingRect(
                    QRect(0, 0, max(int(room), 1), 10_000), align, series.name
                ).height()
                boxes.append((QRectF(x, y, room, needed), series.name, align))
                y += needed + 2
        return boxes

    def _title_height(self, font: QFont) -> int:
        """The title's height, on two lines or more when the chart is narrow (never cut)."""
        if not self._title:
            return 0
        room = QRect(0, 0, max(int(self.width() - 2 * MARGIN), 1), 10_000)
        return QFontMetrics(font).boundingRect(room, TITLE_FLAGS, self._title).height() + 6

    def plot_area(self) -> QRectF:
        """Where the bars go (inside the axes)."""
        title_font, small = self._fonts()
        title_h = self._title_height(title_font)
        metrics = QFontMetrics(small)
        scale_max, _ = nice_scale(self.top())
        value_w = metrics.horizontalAdvance(number(scale_max)) + TICK + 4
        left = MARGIN
        bottom = self.height() - MARGIN
        right = self.width() - MARGIN - self._legend_width()
        if self.kind is ChartKind.STACKED_HBARS:
            left += self._category_room() + TICK + 4
            bottom -= metrics.height() + TICK
        else:
            left += value_w
            bottom -= self._category_label_height(right - left)
        return QRectF(
            left, MARGIN + title_h, max(right - left, 1), max(bottom - MARGIN - title_h, 1)
        )

    def _rotated(self, plot_width: float) -> bool:
        """Vertical category labels when they do not fit side by side."""
        if not self._categories:
            return False
        metrics = QFontMetrics(self._fonts()[1])
        slot = plot_width / len(self._categories)
        return any(metrics.horizontalAdvance(c) + 4 > slot for c in self._categories)

    def _category_label_height(self, plot_width: float) -> float:
        metrics = QFontMetrics(self._fonts()[1])
        if self._rotated(plot_width):
            widest = max((metrics.horizontalAdvance(c) for c in self._categories), default=0)
            return min(widest, self.height() * 0.3) + TICK + 4
        return metrics.height() + TICK + 2

    def items(self) -> list[ChartItem]:
        """The drawn bars (for a line: a hit area around each point)."""
        plot = self.plot_area()
        count = len(self._categories)
        if not count or not self._series:
            return []
        scale_max, _ = nice_scale(self.top())
        out: list[ChartItem] = []
        if self.kind is ChartKind.STACKED_HBARS:
            slot = plot.height() / count
            for c in range(count):
                x = plot.left()
                for s, series in enumerate(self._series):
                    width = plot.width() * series.values[c] / scale_max
                    if width > 0:
                        rect = QRectF(x, plot.top() + slot * (c + 0.15), width, slot * 0.7)
                        out.append(ChartItem(rect, c, s))
                    x += width
            return out
        slot = plot.width() / count
        if self.kind is ChartKind.LINE:
            for s, series in enumerate(self._series):
                for c in range(count):
                    point = self._point(plot, slot, c, series.values[c], scale_max)
                    out.append(
                        ChartItem(
                            QRectF(point.x() - slot / 2, plot.top(), slot, plot.height()), c, s
                        )
                    )
            return out
        bar_w = slot * 0.7 / len(self._series)
        for c in range(count):
            for s, series in enumerate(self._series):
                height = plot.height() * series.values[c] / scale_max
                x = plot.left() + slot * (c + 0.15) + bar_w * s
                out.append(ChartItem(QRectF(x, plot.bottom() - height, bar_w, height), c, s))
        return out

    @staticmethod
    def _point(plot: QRectF, slot: float, category: int, value: float, scale_max: float) -> QPointF:
        return QPointF(
            plot.left() + slot * (category + 0.5),
            plot.bottom() - plot.height() * value / scale_max,
        )

    # --- tooltips -------------------------------------------------------------------------
    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip at ``pos`` in widget coordinates ('' off the bars)."""
        for item in self.items():
            rect = item.rect
            if self.kind is ChartKind.BARS:
                # A short bar is hard to hit: its whole column counts.
                plot = self.plot_area()
                rect = QRectF(rect.left(), plot.top(), rect.width(), plot.height())
            if rect.contains(pos):
                series = self._series[item.series]
                value = number(series.values[item.category])
                return f"{self._categories[item.category]}\n{series.name}: {value}"
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font, small = self._fonts()
        text_color = self.palette().color(self.foregroundRole())
        grid_color = QColor(text_color)
        grid_color.setAlpha(40)
        plot = self.plot_area()
        if self._title:
            painter.setFont(title_font)
            painter.setPen(text_color)
            title_rect = QRectF(
                MARGIN, MARGIN / 2, self.width() - 2 * MARGIN, plot.top() - MARGIN / 2
            )
            painter.drawText(title_rect, TITLE_FLAGS, self._title)
        if self.is_empty():
            # No empty 0–1 axes: a sentence that says why and what would fill the chart.
            painter.setFont(self.font())
            painter.setPen(text_color)
            area = QRectF(rect_below(self, plot.top())).adjusted(MARGIN * 3, 0, -MARGIN * 3, 0)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text(),
            )
            painter.end()
            return
        painter.setFont(small)
        self._paint_value_axis(painter, plot, text_color, grid_color)
        self._paint_categories(painter, plot, text_color)
        self._paint_series(painter, plot)
        if self._legend:
            self._paint_legend(painter, plot, text_color)
        painter.end()

    def _paint_value_axis(
        self, painter: QPainter, plot: QRectF, text_color: QColor, grid_color: QColor
    ) -> None:
        scale_max, step = nice_scale(self.top())
        metrics = painter.fontMetrics()
        value = 0.0
        while value <= scale_max + 1e-9:
            label = number(value)
            share = value / scale_max
            painter.setPen(QPen(grid_color, 1))
            if self.kind is ChartKind.STACKED_HBARS:
                x = plot.left() + plot.width() * share
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + TICK))
                painter.setPen(text_color)
                width = metrics.horizontalAdvance(label)
                painter.drawText(
                    QPointF(x - width / 2, plot.bottom() + TICK + metrics.ascent()), label
                )
            else:
                y = plot.bottom() - plot.height() * share
                painter.drawLine(QPointF(plot.left() - TICK, y), QPointF(plot.right(), y))
                painter.setPen(text_color)
                width = metrics.horizontalAdvance(label)
                painter.drawText(
                    QPointF(plot.left() - TICK - 2 - width, y + metrics.ascent() / 2 - 1), label
                )
            value += step
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

    def _paint_categories(self, painter: QPainter, plot: QRectF, text_color: QColor) -> None:
        count = len(self._categories)
        if not count:
            return
        metrics = painter.fontMetrics()
        painter.setPen(text_color)
        if self.kind is ChartKind.STACKED_HBARS:
            for rect, text, align in self.label_boxes()[:count]:
                painter.drawText(rect, align, text)
            return
        slot = plot.width() / count
        rotated = self._rotated(plot.width())
        for c, category in enumerate(self._categories):
            centre = plot.left() + slot * (c + 0.5)
            if rotated:
                painter.save()
                painter.translate(centre + metrics.ascent() / 2 - 1, plot.bottom() + TICK + 2)
                painter.rotate(-90)
                room = int(self.height() - plot.bottom() - TICK - MARGIN)
                text = metrics.elidedText(category, Qt.TextElideMode.ElideRight, room)
                painter.drawText(QPointF(-metrics.horizontalAdvance(text), 0), text)
                painter.restore()
            else:
                width = metrics.horizontalAdvance(category)
                painter.drawText(
                    QPointF(centre - width / 2, plot.bottom() + TICK + metrics.ascent()), category
                )

    def _paint_series(self, painter: QPainter, plot: QRectF) -> None:
        items = self.items()
        if self.kind is ChartKind.LINE:
            scale_max, _ = nice_scale(self.top())
            slot = plot.width() / max(len(self._categories), 1)
            for s, series in enumerate(self._series):
                color = self.color(s)
                points = [
                    self._point(plot, slot, c, v, scale_max) for c, v in enumerate(series.values)
                ]
                painter.setPen(QPen(color, 2))
                for a, b in itertools.pairwise(points):
                    painter.drawLine(a, b)
                painter.setBrush(color)
                for point in points:
                    painter.drawEllipse(point, 3.0, 3.0)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        for item in items:
            painter.setBrush(self.color(item.series))
            painter.drawRect(item.rect)

    def _paint_legend(self, painter: QPainter, plot: QRectF, text_color: QColor) -> None:
        boxes = self.label_boxes()[-len(self._series) :]
        for s, (rect, text, align) in enumerate(boxes):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.color(s))
            painter.drawRect(QRectF(rect.left() - LEGEND_SWATCH, rect.top() + 2, 10, 10))
            painter.setPen(text_color)
            painter.drawText(rect, align, text)


def rect_below(widget: QWidget, top: float) -> QRectF:
    """The widget's area under ``top`` (the title), inside the margins."""
    return QRectF(MARGIN, top, widget.width() - 2 * MARGIN, widget.height() - top - MARGIN)

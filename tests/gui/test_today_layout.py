"""Today laid out for its job: the ranked list gets the height, the selected lead's first
reason is whole in its row, the counts open their own lists; columns follow their content;
the window opens maximised once, then as it was left; emoji in names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QLabel, QTableView

from benchmarks.bench_today_service import fill, store_knows_kinds
from benchmarks.revival_world import World, build_world
from linkrevive.domain.enums import ProfileStatus
from linkrevive.domain.models import Profile
from linkrevive.gui import pictographs
from linkrevive.gui.backend import Backend, TodayRow
from linkrevive.gui.connections_table_model import ConnectionsTableModel
from linkrevive.gui.detail_pane import DetailPane
from linkrevive.gui.main_window import TODAY, MainWindow
from linkrevive.gui.table_state import share_widths
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.today_table_model import NAME_COLUMN, WHY_COLUMN, TodayTableModel
from linkrevive.gui.why_now_delegate import MARGIN
from linkrevive.services.workspace import Workspace
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui


@pytest.fixture
def world_backend(tmp_path: Path) -> Iterator[tuple[Backend, World]]:
    """A realistic network: a few hundred leads, Today lists more than twenty of them."""
    world = build_world(5, 400, exchanges_per_lead=5, contacts=100, automated=store_knows_kinds())
    workspace = Workspace.open(str(tmp_path / "world.sqlite3"))
    fill(workspace, world, 500)
    yield Backend(workspace), world
    workspace.close()


def open_window(
    qtbot: Any, backend: Backend, settings: QSettings, runner: TaskRunner, world: World
) -> MainWindow:
    window = MainWindow(backend, settings, runner, as_of=world.as_of)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.resize(1280, 800)
    # As on a first run on a real screen (the offscreen one here is 800 pixels wide).
    window.splitter.setSizes([1280 - 340, 340])
    with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=60000):
        window.reload()
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == TODAY)
    return window


def visible_rows(table: QTableView) -> int:
    """Rows whose whole height lies inside the table's viewport."""
    height = table.viewport().height()
    count = 0
    for row in range(table.model().rowCount()):
        rect = table.visualRect(table.model().index(row, 0))
        if rect.top() >= 0 and rect.bottom() < height:
            count += 1
    return count


def test_at_1280x800_the_list_shows_twelve_leads_and_the_first_reason_whole(
    qtbot: Any, world_backend: tuple[Backend, World], settings: QSettings, runner: TaskRunner
) -> None:
    backend, world = world_backend
    window = open_window(qtbot, backend, settings, runner, world)
    assert (window.width(), window.height()) == (1280, 800)
    assert window.detail.isVisible()  # the pane is there, beside the list
    # No view takes the pane's room (a header, a filter bar or buttons wider than the rest).
    assert window.tabs.minimumSizeHint().width() <= 1280 - 340
    assert window.detail.width() >= 300
    today = window.today
    table = today.table
    assert today.model.rowCount() >= 20
    assert visible_rows(table) >= 12

    # Select the lead with the longest first reason: it shows whole, in its row.
    longest = max(
        range(today.proxy.rowCount()),
        key=lambda r: len(str(today.proxy.index(r, WHY_COLUMN).data())),
    )
    table.selectRow(longest)
    qtbot.waitUntil(lambda: window.detail.person_id == today.current_row().person_id)  # type: ignore[union-attr]
    index = today.proxy.index(longest, WHY_COLUMN)
    text = str(index.data())
    row = today.current_row()
    assert row is not None and text == row.reasons[0]
    table.scrollTo(index)
    cell = table.visualRect(index)
    viewport = table.viewport().rect()
    assert viewport.contains(cell)  # the whole cell is on screen, not under a scroll
    metrics = QFontMetrics(table.font())
    room = cell.adjusted(MARGIN, 1, -MARGIN, -1)
    needed = metrics.boundingRect(
        QRect(0, 0, room.width(), 10000), int(Qt.TextFlag.TextWordWrap), text
    )
    assert needed.width() <= room.width() and needed.height() <= room.height()
    # The other rows stay compact; twelve rows still fit with the tall one.
    other = today.proxy.index(0 if longest else 1, WHY_COLUMN)
    assert table.visualRect(other).height() < cell.height() or len(text) < 40
    assert visible_rows(table) >= 12
    # All the reasons beside the opener, without a scroll bar: the label holds every line.
    reasons = today.reasons
    assert reasons.text() == "\n".join("• " + r for r in row.reasons)
    assert reasons.height() >= reasons.heightForWidth(reasons.width())


def test_at_1920_names_are_whole_and_no_column_is_cut_for_a_stretched_last_one(
    qtbot: Any, world_backend: tuple[Backend, World], settings: QSettings, runner: TaskRunner
) -> None:
    backend, world = world_backend
    window = open_window(qtbot, backend, settings, runner, world)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.today.table.viewport().width() > 1200)
    table = window.today.table
    header = table.horizontalHeader()
    assert not header.stretchLastSection()
    metrics = QFontMetrics(table.font())
    for r in range(table.model().rowCount()):
        name = str(table.model().index(r, NAME_COLUMN).data())
        assert metrics.horizontalAdvance(name) <= table.columnWidth(NAME_COLUMN)
    # The columns fill the width, the long-text column taking what is left.
    total = sum(table.columnWidth(c) for c in range(header.count()))
    assert abs(total - table.viewport().width()) <= header.count()
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    # The same in Prospects (names and emails) and LinkedIn (names).
    for view, columns in ((window.prospects, (0, 2)), (window.linkedin, (0,))):
        with qtbot.waitSignal(view.loaded, timeout=30000):
            window.tabs.setCurrentWidget(view)
            if view is window.prospects:
                view.refresh()
        qtbot.waitUntil(lambda v=view: v.table.viewport().width() > 1200)
        other = view.table
        assert not other.horizontalHeader().stretchLastSection()
        shown = range(min(other.model().rowCount(), 30))
        for column in columns:
            widest = max(metrics.horizontalAdvance(str(other.model().index(r, column).data()))
                         for r in shown)  # fmt: skip
            assert widest <= other.columnWidth(column), (column, widest)


def test_share_widths_names_first_then_the_others_give_way() -> None:
    # Room for all: everyone gets their width, the flexible column the rest.
    assert share_widths([100, 200, 50], [40, 60, 50], 500, first=(1,), flexible=2) == [
        100,
        200,
        200,
    ]
    # Short of room: the name keeps its width; the others give way toward their floor.
    widths = share_widths([300, 200, 300], [80, 60, 100], 560, first=(1,), flexible=2)
    assert widths[1] == 200 and sum(widths) <= 561 and widths[0] >= 80 and widths[2] >= 100
    # The widest give way first: a short column (a date) stays whole.
    widths = share_widths([90, 300, 160, 300], [60, 60, 60, 60], 700, first=(1,))
    assert widths[:2] == [90, 300] and widths[2] == widths[3] == 155
    # Room to spare and no long-text column: the columns widen in proportion.
    assert share_widths([100, 200, 50], [40, 60, 50], 700) == [200, 400, 100]
    # Headers give way before a name does.
    widths = share_widths([150, 100, 100], [60, 100, 100], 250, first=(0,))
    assert widths[0] == 150 and sum(widths) <= 250
    # A "✓" under a long header shrinks to its cells before an email is cut; an email then
    # gives way down to a readable width before a date is cut below its header's width.
    wanted, floors, cells = [160, 320, 100, 90], [60, 60, 100, 90], [160, 320, 30, 90]
    assert share_widths(wanted, floors, 540, first=(0, 1), content=cells) == [160, 242, 48, 90]
    assert share_widths(wanted, floors, 450, first=(0, 1), content=cells) == [156, 156, 48, 90]


def test_to_connect_is_a_count_that_opens_its_list(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=60000):
        window.reload()
    today = window.today
    contacts = today.connect_model.rowCount()
    assert contacts > 0
    assert today.connect_button.text() == f"{contacts} contact(s) to connect with on LinkedIn ›"
    assert not today.connect_table.isVisible()  # not in Today's height
    qtbot.mouseClick(today.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(today.connect_dialog.isVisible)
    assert today.connect_table.isVisible() and today.connect_proxy.rowCount() == contacts
    # Selecting a contact there shows them in the pane.
    today.connect_table.selectRow(0)
    chosen = today.connect_proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    assert window.detail.person_id == chosen.person_id == window.current.person_id
    # "New in your network" is a count on the same line; opened, it shows its rows.
    if today.network_model.rowCount():
        assert not today.network_box.isVisible()
        qtbot.mouseClick(today.network_button, Qt.MouseButton.LeftButton)
        assert today.network_box.isVisible()


def test_cells_hold_their_whole_text_as_tooltip() -> None:
    model = TodayTableModel()
    row = TodayRow(
        person_id=1,
        name="Marie-Françoise de La Tour d'Auvergne-Lauraguais",
        company="Compagnie Générale des Établissements Michelin",
        emails=(),
        linkedin_url=None,
        last_exchange=None,
        stage=None,
        stall_reason=None,
        score=40,
        reasons=("Sent you a LinkedIn message 3 days ago (not answered)", "Second reason"),
    )
    model.set_rows([row])
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, NAME_COLUMN).data(tip) == row.name
    assert model.index(0, 2).data(tip) == row.company
    assert model.index(0, WHY_COLUMN).data(tip) == "\n".join(row.reasons)
    connections = ConnectionsTableModel()
    profile = Profile(
        1, "https://www.linkedin.com/in/x", "Anne", "Long-Title", None, "Acme", "Head of "
        "Strategic Partnerships and Business Development, EMEA", None, ProfileStatus.CURRENT,
    )  # fmt: skip
    connections.set_rows([profile])
    assert connections.index(0, 2).data(tip) == profile.position


def test_window_opens_maximised_on_first_run_then_as_it_was_left(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    first = MainWindow(demo_backend, settings, runner)
    qtbot.addWidget(first)
    first.show()
    assert first.isMaximized()
    screen = first.screen().availableGeometry()
    qtbot.waitUntil(lambda: first.frameGeometry().width() == screen.width())
    # Un-maximised and moved, it is left that way...
    first.showNormal()
    first.setGeometry(40, 30, 200, 650)  # as narrow as it goes: the screen here is small
    qtbot.waitUntil(lambda: first.height() == 650)
    left = first.size()
    first.close()  # saves the layout
    again = MainWindow(demo_backend, settings, runner)
    qtbot.addWidget(again)
    again.show()
    # ...and opens that way next time.
    assert not again.isMaximized()
    assert again.size() == left  # (the position is kept inside the screen)
    # Left maximised, it opens maximised.
    again.showMaximized()
    again.close()
    third = MainWindow(demo_backend, settings, runner)
    qtbot.addWidget(third)
    third.show()
    assert third.isMaximized()


# -- emoji ----------------------------------------------------------------------------------

NAME = "Julie DUC, PhD 💡"


def coloured_pixels(image: QImage) -> int:
    """Pixels clearly coloured (not grey: text and boxes are drawn in greys)."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 60:
                count += 1
    return count


def test_with_an_emoji_font_the_name_is_kept_and_drawn_in_colour(qtbot: Any) -> None:
    if not pictographs.emoji_font_installed():
        pytest.skip("no colour emoji font here (fonts-noto-color-emoji); see the next test")
    assert pictographs.shown(NAME) == NAME
    label = QLabel(NAME)
    label.setStyleSheet("background: white; color: black; font-size: 20px;")
    qtbot.addWidget(label)
    label.adjustSize()
    image = label.grab().toImage()
    assert coloured_pixels(image) > 20  # the bulb is drawn in colour, not as an empty box
    plain = QLabel("Julie DUC, PhD")
    plain.setStyleSheet(label.styleSheet())
    qtbot.addWidget(plain)
    plain.adjustSize()
    assert coloured_pixels(plain.grab().toImage()) == 0


def test_without_an_emoji_font_names_are_shown_without_the_pictographs(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, demo_backend: Backend
) -> None:
    monkeypatch.setattr(pictographs, "emoji_font_installed", lambda: False)
    assert pictographs.shown(NAME) == "Julie DUC, PhD"
    assert pictographs.shown("🚀 Marc Lévy 🇫🇷") == "Marc Lévy"
    assert pictographs.shown("Anne ☀ Morel") == "Anne ☀ Morel"  # the interface font has ☀
    assert pictographs.shown("Zoë Kravitz") == "Zoë Kravitz"
    # The models show it so; what is stored (the row) keeps the exact spelling.
    model = ConnectionsTableModel()
    profile = Profile(
        7, "https://www.linkedin.com/in/julie", "Julie", "DUC, PhD 💡", None, "", "", None,
        ProfileStatus.CURRENT,
    )  # fmt: skip
    model.set_rows([profile])
    assert model.index(0, 0).data() == "Julie DUC, PhD"
    assert model.row_at(0).name == NAME
    # The detail pane shows the name so too.
    pane = DetailPane(demo_backend)
    qtbot.addWidget(pane)
    pane.show_profile(profile)
    assert pane.name.text() == "Julie DUC, PhD"


def test_coloured_pixels_sees_colour() -> None:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert coloured_pixels(image) == 0
    image.setPixelColor(QPoint(1, 1), QColor("#e8b000"))
    assert coloured_pixels(image) == 1

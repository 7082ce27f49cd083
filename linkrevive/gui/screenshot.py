"""Save a picture of the main window once its views have loaded, then quit.

The installed app's test looks at the window this way (``LINKREVIVE_SCREENSHOT=PATH`` in the
frozen app, see packaging/pyi_rth_screenshot.py); no widget of the app depends on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, QTimer

from linkrevive.gui.main_window import MainWindow
from linkrevive.gui.view_loader import ViewLoader


def _loaders(window: MainWindow) -> list[ViewLoader]:
    loaders = [window.loader]
    for index in range(window.tabs.count()):
        loader = getattr(window.tabs.widget(index), "loader", None)
        if isinstance(loader, ViewLoader):
            loaders.append(loader)
    return loaders


def save_when_loaded(
    window: MainWindow,
    path: str,
    *,
    size: QSize | None = None,
    checks: int = 1200,
    done: Callable[[int], None] = QCoreApplication.exit,
) -> QTimer:
    """Once no view of ``window`` is loading (checked every 50 ms, at most ``checks`` times),
    save it as a PNG at ``path``, print one line naming it, its title and its tabs, and call
    ``done`` (by default: quit the event loop) with 0, or 1 when the picture was not written."""
    window.showNormal()  # a first run opens maximised: the picture has the size asked
    window.resize(size or QSize(1400, 860))
    timer = QTimer(window)
    timer.setInterval(50)
    left = [checks]
    quiet = [0]

    def tick() -> None:
        left[0] -= 1
        # Two quiet checks in a row: a view whose data arrived may start the next load.
        quiet[0] = 0 if any(loader.loading for loader in _loaders(window)) else quiet[0] + 1
        if quiet[0] < 2 and left[0] > 0:
            return
        timer.stop()
        view = window.tabs.currentWidget()
        table = getattr(view, "table", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)  # the detail pane shows someone, as in daily use
        QCoreApplication.processEvents()
        saved = window.grab().save(path)
        tabs = " | ".join(window.tabs.tabText(i) for i in range(window.tabs.count()))
        print(f"{'saved' if saved else 'not saved'} {path}: {window.windowTitle()} | {tabs}")
        done(0 if saved else 1)

    timer.timeout.connect(tick)
    timer.start()
    return timer

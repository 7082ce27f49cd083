"""Screenshots of Insights ▸ What works (the revival funnel) at 1280 × 800, EN and FR.

The demo database, then a year and a half of simulated mornings laid on its people
(``benchmarks.morning_world.simulate`` and ``store_history``: job changes pay off,
invitations do not), then the window on Insights ▸ What works:

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        python packaging/funnel_screenshots.py --lang fr
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
AS_OF = date(2025, 3, 3)


def main() -> int:
    """Write ``funnel[-fr]-1280x800.png`` (and the sign and year groupings)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from benchmarks.morning_world import SKEWED, simulate, store_history
    from linkrevive.gui import i18n
    from linkrevive.gui.backend import Backend
    from linkrevive.gui.collector import GuiThreadCollector
    from linkrevive.gui.main import application
    from linkrevive.gui.main_window import MainWindow
    from linkrevive.gui.task_runner import TaskRunner
    from linkrevive.services import demo
    from linkrevive.services.workspace import Workspace

    def settle(window: MainWindow) -> None:
        for _ in range(1200):
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()
            if not window.insights.loader.loading and not window.loader.loading:
                break
        QApplication.processEvents()

    def save(window: MainWindow, path: Path) -> None:
        screen = window.screen()
        QApplication.processEvents()
        if QGuiApplication.platformName() == "xcb" and screen is not None:
            frame = window.frameGeometry()
            shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        else:
            shot = window.grab()
        shot.save(str(path))
        print(f"saved {path}")

    args.out.mkdir(parents=True, exist_ok=True)
    app = application()
    GuiThreadCollector(app)
    app.setStyle("Fusion")
    i18n.install(app, args.lang)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Workspace.open(str(Path(tmp) / "demo.sqlite3"))
        demo.build_demo(workspace, as_of=AS_OF)
        played = simulate(SKEWED, leads=300, days=540, per_day=1.0, act_rate=0.5, seed=4)
        stored = store_history(workspace, played, AS_OF - timedelta(days=1))
        print(f"{stored} proposals in a year and a half of mornings")
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        runner = TaskRunner()
        window = MainWindow(
            Backend(workspace, lang=args.lang), settings, runner, as_of=AS_OF, language=args.lang
        )
        window.show()
        window.showNormal()
        window.resize(1280, 800)
        window.move(0, 0)
        window.tabs.setCurrentWidget(window.insights)
        window.insights.pages.setCurrentWidget(window.insights.funnel)
        window.reload()
        settle(window)
        funnel = window.insights.funnel
        save(window, args.out / f"funnel{suffix}-1280x800.png")
        funnel.group_by.setCurrentIndex(funnel.group_by.findData("year"))
        settle(window)
        save(window, args.out / f"funnel-year{suffix}-1280x800.png")
        window.close()
        runner.wait(60000)
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

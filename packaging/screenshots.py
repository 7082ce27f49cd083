"""Grab a screenshot of each view of the main window on a demo database (offscreen).

python packaging/screenshots.py [--out docs/screenshots] [--lang en|fr]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
AS_OF = date(2025, 3, 3)


def main() -> int:
    """Write one PNG per view."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from linkrevive.gui import i18n
    from linkrevive.gui.backend import Backend
    from linkrevive.gui.collector import GuiThreadCollector
    from linkrevive.gui.main import application
    from linkrevive.gui.main_window import MainWindow
    from linkrevive.gui.task_runner import TaskRunner
    from linkrevive.services import demo
    from linkrevive.services.workspace import Workspace

    def settle(window: MainWindow) -> None:
        """Let the background reads arrive (the views load off the GUI thread)."""
        loaders = [window.loader] + [
            window.tabs.widget(i).loader  # type: ignore[attr-defined]
            for i in range(window.tabs.count())
        ]
        for _ in range(1200):  # at most a minute
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()
            if not any(loader.loading for loader in loaders):
                break
        QApplication.processEvents()

    args.out.mkdir(parents=True, exist_ok=True)
    app = application()
    GuiThreadCollector(app)  # as in the app: garbage is collected on the GUI thread
    app.setStyle("Fusion")
    i18n.install(app, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Workspace.open(str(Path(tmp) / "demo.sqlite3"))
        demo.build_demo(workspace, as_of=AS_OF)
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        backend = Backend(workspace, lang=args.lang)
        runner = TaskRunner()
        window = MainWindow(backend, settings, runner, as_of=AS_OF, language=args.lang)
        window.resize(1400, 860)
        window.show()
        window.reload()
        settle(window)
        suffix = "" if args.lang == "en" else f"-{args.lang}"
        names = ["today", "prospects", "linkedin", "pairs", "insights"]
        for index, name in enumerate(names):
            window.tabs.setCurrentIndex(index)
            settle(window)
            view = window.tabs.currentWidget()
            table = getattr(view, "table", None)
            if table is not None and table.model().rowCount() and name != "pairs":
                table.selectRow(0)
            QApplication.processEvents()
            window.grab().save(str(args.out / f"{name}{suffix}.png"))
        empty = Workspace.open(str(Path(tmp) / "empty.sqlite3"))
        welcome = MainWindow(Backend(empty), settings, runner, language=args.lang)
        welcome.resize(1000, 640)
        welcome.show()
        welcome.reload()
        settle(welcome)
        welcome.grab().save(str(args.out / f"welcome{suffix}.png"))
        window.close()
        welcome.close()
        runner.wait(60000)
        workspace.close()
        empty.close()
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Grab a screenshot of each view of the main window on a demo database, at two window sizes.

python packaging/screenshots.py [--out docs/screenshots] [--lang en|fr] [--size 1280x800 ...]

Offscreen by default. In a real X window (what the docs show), under Xvfb:

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        python packaging/screenshots.py --lang fr

Files: ``<view>[-fr]-<W>x<H>.png``; on a real X server the PNG is what the screen shows
(``QScreen.grabWindow``), not a widget rendering.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
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
    parser.add_argument(
        "--size", action="append", type=_size, help="WxH (repeatable; default 1280x800 1920x1080)"
    )
    args = parser.parse_args()
    sizes: list[tuple[int, int]] = args.size or [(1280, 800), (1920, 1080)]

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from linkrevive.gui import i18n
    from linkrevive.gui.backend import Backend
    from linkrevive.gui.collector import GuiThreadCollector
    from linkrevive.gui.main import application
    from linkrevive.gui.main_window import MainWindow
    from linkrevive.gui.task_runner import TaskRunner
    from linkrevive.services import demo
    from linkrevive.services.workspace import Workspace

    def wait_until(done: Callable[[], bool]) -> None:
        """Run the event loop until ``done()`` (checked every 50 ms), a minute at most."""
        for _ in range(1200):
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()
            if done():
                break

    def settle(window: MainWindow) -> None:
        """Let the background reads arrive (the views load off the GUI thread)."""
        loaders = [window.loader] + [
            window.tabs.widget(i).loader  # type: ignore[attr-defined]
            for i in range(window.tabs.count())
        ]
        wait_until(lambda: not any(loader.loading for loader in loaders))
        QApplication.processEvents()

    def save(widget: QWidget, path: Path) -> None:
        """What the screen shows on a real display; the widget's own rendering offscreen."""
        screen = widget.screen()
        if QGuiApplication.platformName() == "xcb" and screen is not None:
            QApplication.processEvents()
            frame = widget.frameGeometry()
            shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        else:
            shot = widget.grab()
        shot.save(str(path))

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
        window.show()
        window.reload()
        settle(window)
        suffix = "" if args.lang == "en" else f"-{args.lang}"
        names = ["today", "prospects", "linkedin", "pairs", "insights"]
        for width, height in sizes:
            window.showNormal()
            window.resize(width, height)
            window.move(0, 0)
            for index, name in enumerate(names):
                window.tabs.setCurrentIndex(index)
                settle(window)
                view = window.tabs.currentWidget()
                table = getattr(view, "table", None)
                if table is not None and table.model().rowCount() and name != "pairs":
                    table.selectRow(0)
                settle(window)
                save(window, args.out / f"{name}{suffix}-{width}x{height}.png")
        # The import result panel: the sample lead sheet and a small mailbox, imported together.
        window.imports.import_paths(
            [
                REPO / "resources" / "exemple-suivi-prospects.csv",
                REPO / "tests" / "fixtures" / "email_side" / "takeout_small.mbox",
            ]
        )
        wait_until(lambda: not runner.busy)  # the import, in the background
        settle(window)
        dialog = window.imports.dialog
        if dialog is not None:
            dialog.move(40, 40)
            settle(window)
            save(dialog, args.out / f"import-result{suffix}.png")
        # An old export with no date of its own (LinkedIn's pre-2017 Outlook layout): the
        # window asks whether it is the newest before removing anybody, the panel says why.
        if dialog is not None:
            dialog.close()
        old = Path(tmp) / "old export" / "Connections.csv"
        old.parent.mkdir()
        old.write_text(
            '"First Name","Last Name","E-mail Address","Company","Job Title"\n'
            '"Anne","Rocher","anne.rocher@example.fr","Pixel Bleu","Cheffe de projet"\n',
            encoding="utf-8",
        )
        window.imports.import_paths([old])
        wait_until(lambda: not runner.busy)  # the import, in the background
        settle(window)
        question = window.imports.partial_question
        if question is not None:
            question.move(40, 40)
            settle(window)
            save(question, args.out / f"undated-question{suffix}.png")
            question.button(QMessageBox.StandardButton.No).click()  # as the user would
            settle(window)
            window.imports.partial_question = question = None  # closed: deleted with it
        dialog = window.imports.dialog
        if dialog is not None:
            dialog.move(40, 40)
            settle(window)
            save(dialog, args.out / f"undated-result{suffix}.png")
        empty = Workspace.open(str(Path(tmp) / "empty.sqlite3"))
        welcome = MainWindow(Backend(empty), settings, runner, language=args.lang)
        welcome.show()
        welcome.reload()
        for width, height in sizes:
            welcome.resize(width, height)
            welcome.move(0, 0)
            settle(welcome)
            save(welcome, args.out / f"welcome{suffix}-{width}x{height}.png")
        window.close()
        welcome.close()
        runner.wait(60000)
        # The windows go while Qt is still up: left to the interpreter's last collection,
        # after a second import, their wrappers were freed out of order (a crash at exit).
        for widget in (window, welcome):
            widget.deleteLater()
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()
        workspace.close()
        empty.close()
    print(f"screenshots written to {args.out}")
    return 0


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


if __name__ == "__main__":
    sys.exit(main())

"""GUI at real size: 30,000 connections and 20,000 people; window shown, paint, data, filtering.

    python -m benchmarks.bench_gui [--connections 30000] [--people 20000] [--db FILLED]

Fills a temporary database through the services (a generated LinkedIn export and a generated
lead sheet), then opens the main window offscreen and prints: time until the window is
shown, until its first paint, until Today's data is painted (it loads on the background
worker), how long the event loop stalled meanwhile, and the filter latency per keystroke.
The filter's baseline is the same text filter as one plain-Python pass over the people list
(what the proxy cannot beat).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import random
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.gen_linkedin import FIRST, LAST, make_rows, write_zip

STAGES = ["first_contact", "info_sent", "call_agreed", "call_postponed", "test_project", "lost", ""]
REASONS = ["no_time", "no_method", "distance", "uncertainty", "no_need", ""]
COUNTRIES = ["France", "Belgique", "Suisse", "Luxembourg", "Canada"]


def lead_sheet(path: Path, count: int, seed: int = 5) -> Path:
    rng = random.Random(seed)
    lines = ["First name;Last name;Email;Company;Country;Stage;Stall reason;Last contact"]
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company = f"Agence {rng.choice(LAST)} {i % 900}"
        email = f"{first.lower()}.{last.lower()}{i}@agence{i % 900}.example".replace(" ", "")
        day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2015, 2024)}"
        lines.append(
            ";".join([first, last, email, company, rng.choice(COUNTRIES), rng.choice(STAGES),
                      rng.choice(REASONS), day])
        )  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--connections", type=int, default=30000)
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument(
        "--heartbeat-ms", type=int, default=50, help="event-loop probe period (0: no probe)"
    )
    parser.add_argument(
        "--db", type=Path, help="start from a copy of this filled database (no fill)"
    )
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from linkrevive.domain.filters import person_key, query_terms
    from linkrevive.gui.backend import Backend
    from linkrevive.gui.collector import GuiThreadCollector
    from linkrevive.gui.main import application
    from linkrevive.gui.main_window import PROSPECTS, MainWindow
    from linkrevive.gui.task_runner import TaskRunner
    from linkrevive.services import contacts_import, linkedin_import
    from linkrevive.services.workspace import Workspace

    class PaintWatch(QObject):
        """Time of the first paint of the window, and of the Today table after its data."""

        def __init__(self, window: QWidget, t0: float) -> None:
            super().__init__()
            self.window, self.t0 = window, t0
            self.first_paint: float | None = None
            self.today_loaded: float | None = None
            self.today_painted: float | None = None
            self.loop: QEventLoop | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                now = time.perf_counter() - self.t0
                if self.first_paint is None and watched.window() is self.window:
                    self.first_paint = now
                    self._quit()
                table = self.window.today.table.viewport()  # type: ignore[attr-defined]
                if (
                    self.today_loaded is not None
                    and self.today_painted is None
                    and watched is table
                ):
                    self.today_painted = now
                    self._quit()
            return False

        def loaded(self) -> None:
            self.today_loaded = time.perf_counter() - self.t0

        def _quit(self) -> None:
            if self.loop is not None:
                self.loop.quit()

        def wait(self, done: object) -> None:
            # An event loop that sleeps until an event comes: no spinning against the worker.
            while not done():  # type: ignore[operator]
                self.loop = QEventLoop()
                QTimer.singleShot(50, self.loop.quit)
                self.loop.exec()
            self.loop = None

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "big.sqlite3"
        if args.db is not None:
            # A copy: the window records the morning's proposals in the store.
            shutil.copyfile(args.db, db)
        else:
            workspace = Workspace.open(str(db))
            started = time.perf_counter()
            export = write_zip(
                folder / "Complete_LinkedInDataExport_01-02-2025.zip",
                make_rows(args.connections, 1),
                2000,
                1,
            )
            linkedin_import.import_linkedin(workspace, export)
            contacts_import.import_contacts(
                workspace, lead_sheet(folder / "leads.csv", args.people)
            )
            print(f"fill: {time.perf_counter() - started:.1f} s")
            workspace.close()

        app = application()
        GuiThreadCollector(app)  # as in the app: garbage is collected on the GUI thread
        settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
        runner = TaskRunner()
        t0 = time.perf_counter()
        workspace = Workspace.open(str(db))
        backend = Backend(workspace)
        window = MainWindow(backend, settings, runner)
        watch = PaintWatch(window, t0)
        app.installEventFilter(watch)
        # Today's data is on screen with its ranked leads (the to-connect list, folded away,
        # follows on its own read; before it did, both came together: ``loaded``).
        getattr(window.today, "leads_shown", window.today.loaded).connect(watch.loaded)
        everything: list[float] = []  # both of Today's lists on screen
        window.today.loaded.connect(lambda: everything.append(time.perf_counter() - t0))
        checked: list[float] = []
        window.store_checked.connect(lambda _: checked.append(time.perf_counter() - t0))
        # Longest time the event loop did not turn while the data loaded (GIL sharing).
        ticks: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(max(args.heartbeat_ms, 1))
        heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
        if args.heartbeat_ms > 0:
            heartbeat.start()
        # The collector's passes on the GUI thread (generation, start, wall and CPU ms):
        # a pass over what a read left behind is a pause of its own.
        passes: list[tuple[int, float, float, float]] = []
        started_pass: list[float] = [0.0, 0.0]

        def on_pass(phase: str, info: dict[str, int]) -> None:
            if threading.current_thread() is not threading.main_thread():
                return
            if phase == "start":
                started_pass[:] = [time.perf_counter(), time.thread_time()]
                return
            wall, cpu = time.perf_counter() - started_pass[0], time.thread_time() - started_pass[1]
            passes.append((info["generation"], started_pass[0] - t0, wall, cpu))

        gc.callbacks.append(on_pass)
        window.show()
        window.reload()
        t_shown = time.perf_counter() - t0
        watch.wait(lambda: watch.first_paint is not None)
        watch.wait(lambda: watch.today_painted is not None)
        watch.wait(lambda: bool(checked))
        watch.wait(lambda: bool(everything))
        # One more period of the GUI thread's collector: its first pass after the reads
        # walks what they left behind, a pause the user meets all the same.
        settled = time.perf_counter() + 0.6
        watch.wait(lambda: time.perf_counter() > settled)
        heartbeat.stop()
        gc.callbacks.remove(on_pass)
        app.removeEventFilter(watch)
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        print(
            f"people: {window.prospects.model.rowCount()}, "
            f"today: {window.today.model.rowCount()}, connections: {args.connections}"
        )
        print(f"window shown (built, show() and reload() returned): {t_shown * 1000:.0f} ms")
        print(f"first paint: {(watch.first_paint or 0) * 1000:.0f} ms")
        print(
            f"Today's data displayed: {(watch.today_painted or 0) * 1000:.0f} ms "
            f"(arrived {(watch.today_loaded or 0) * 1000:.0f} ms)"
        )
        print(f"Today's to-connect list too: {everything[0] * 1000:.0f} ms")
        print(f"store check done, Prospects filled: {checked[0] * 1000:.0f} ms")
        print(
            f"event loop while loading: longest pause {max(gaps, default=0) * 1000:.0f} ms, "
            f"median tick {statistics.median(gaps) * 1000 if gaps else 0:.0f} ms "
            f"({args.heartbeat_ms} ms timer)"
        )
        # Where the long pauses fell (from the start), to tell the reads' GIL share from
        # the GUI thread's own work on arrival.
        long = sorted(
            ((b - a, a - t0) for a, b in itertools.pairwise(ticks) if b - a > 0.1), reverse=True
        )
        if long:
            print(
                "pauses over 100 ms (length at start): "
                + ", ".join(f"{g * 1000:.0f} ms at {at * 1000:.0f} ms" for g, at in long[:5])
            )

        slow = [p for p in passes if p[2] > 0.02]
        print(
            "GUI-thread collector passes over 20 ms (generation, at, wall, CPU): "
            + (
                ", ".join(
                    f"gen {g} at {at * 1000:.0f} ms: {w * 1000:.0f} ms, CPU {c * 1000:.0f} ms"
                    for g, at, w, c in slow
                )
                or "none"
            )
        )

        window.tabs.setCurrentIndex(PROSPECTS)
        QApplication.processEvents()
        view = window.prospects
        per_key: list[float] = []
        typed = ""
        for char in "martin agence 1":
            typed += char
            view.search.setText(typed)
            t = time.perf_counter()
            view.apply_filter()  # what the debounce timer fires
            QApplication.processEvents()
            per_key.append(time.perf_counter() - t)
        print(
            f"filter per keystroke: median {statistics.median(per_key) * 1000:.1f} ms, "
            f"max {max(per_key) * 1000:.1f} ms (after a {120} ms debounce)"
        )
        rows = view.model.rows()
        t = time.perf_counter()
        keys = [person_key(p) for p in rows]
        terms = query_terms("martin")
        _ = [all(x in k for x in terms) for k in keys]
        baseline = (time.perf_counter() - t) * 1000
        print(f"baseline (fold every row + scan, no cache): {baseline:.1f} ms")
        t = time.perf_counter()
        backend.today()
        backend.to_connect()
        print(
            f"reference, Today's two reads alone on one thread: "
            f"{(time.perf_counter() - t) * 1000:.0f} ms"
        )
        window.close()
        runner.discard_queued()
        runner.wait(60000)
        workspace.close()


if __name__ == "__main__":
    main()

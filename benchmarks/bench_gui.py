"""GUI at real size: 30,000 connections and 20,000 people; window open, first paint, filtering.

    python -m benchmarks.bench_gui [--connections 30000] [--people 20000]

Fills a temporary database through the services (a generated LinkedIn export and a generated
lead sheet), then opens the main window offscreen and prints the timings. The baseline is the
same text filter as one plain-Python pass over the people list (what the proxy cannot beat).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
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
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from linkrevive.domain.filters import person_key, query_terms
    from linkrevive.gui.backend import Backend
    from linkrevive.gui.main import application
    from linkrevive.gui.main_window import PROSPECTS, MainWindow
    from linkrevive.gui.task_runner import TaskRunner
    from linkrevive.services import contacts_import, linkedin_import
    from linkrevive.services.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "big.sqlite3"
        workspace = Workspace.open(str(db))
        started = time.perf_counter()
        export = write_zip(
            folder / "Complete_LinkedInDataExport_01-02-2025.zip",
            make_rows(args.connections, 1),
            2000,
            1,
        )
        linkedin_import.import_linkedin(workspace, export)
        contacts_import.import_contacts(workspace, lead_sheet(folder / "leads.csv", args.people))
        print(f"fill: {time.perf_counter() - started:.1f} s")
        workspace.close()

        application()
        settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
        t0 = time.perf_counter()
        workspace = Workspace.open(str(db))
        backend = Backend(workspace)
        window = MainWindow(backend, settings, TaskRunner())
        window.show()
        window.reload()
        t_open = time.perf_counter() - t0
        QApplication.processEvents()
        window.repaint()
        t_paint = time.perf_counter() - t0
        people = window.prospects.model.rowCount()
        print(f"people: {people}, connections: {len(backend.connections())}")
        print(f"window open (reload done): {t_open * 1000:.0f} ms")
        print(f"first paint: {t_paint * 1000:.0f} ms")

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
        window.close()
        workspace.close()


if __name__ == "__main__":
    main()

"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate: the background
worker, or the thread that copies the database before an import. When the garbage it finds
holds Qt objects (a closed dialog, a model), their C++ side is then destroyed off the GUI
thread, and Qt crashes. So the automatic collector is switched off while the app runs and a
timer on the GUI thread collects instead, generation by generation, with Python's own
thresholds. Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from linkrevive.services.workspace import gc_held


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread every ``interval_ms``; :meth:`stop` gives the
    collector back to Python as it was."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    def collect(self) -> int:
        """One step, as the automatic collector would do it; returns what it freed.

        Skipped while an import holds the collector (it allocates a lot, frees it all by
        reference counting, and a pass over its objects would only slow it down)."""
        if gc_held():
            return 0
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if young <= first:
            return 0
        if middle > second:
            return gc.collect(2 if old > third else 1)
        return gc.collect(0)

    def stop(self) -> None:
        """Stop collecting here: one last full pass, then the automatic collector again."""
        self.timer.stop()
        gc.collect()
        if self.was_enabled:
            gc.enable()

"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate: the background
worker, or the thread that copies the database before an import. When the garbage it finds
holds Qt objects (a closed dialog, a model), their C++ side is then destroyed off the GUI
thread, and Qt crashes. So the automatic collector is switched off while the app runs and a
timer on the GUI thread collects instead, generation by generation, with Python's own
thresholds. Reference counting still frees everything that is not in a cycle at once.

After a bulk read (Today's leads, the 20,000 people of Prospects) the youngest generation
holds what the read built and the window now keeps: hundreds of thousands of rows, alive
by construction. Walking them as young objects stalled the event loop for 50–60 ms at real
size; the first pass after a read moves them to the oldest generation at once instead, where
the next full pass looks at them (and frees any cycle among them) as at any other time.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from linkrevive.services.workspace import gc_held, gc_holds_ended


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread every ``interval_ms``; :meth:`stop` gives the
    collector back to Python as it was."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        self.holds_seen = gc_holds_ended()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    def collect(self) -> int:
        """One step, as the automatic collector would do it; returns what it freed.

        Skipped while an import holds the collector (it allocates a lot, frees it all by
        reference counting, and a pass over its objects would only slow it down); the first
        step after a hold ended promotes the young objects instead of walking them."""
        if gc_held():
            return 0
        ended = gc_holds_ended()
        after_bulk, self.holds_seen = ended != self.holds_seen, ended
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if young <= first:
            return 0
        if after_bulk:
            # What the read built goes to the oldest generation unwalked.
            gc.freeze()
            gc.unfreeze()
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

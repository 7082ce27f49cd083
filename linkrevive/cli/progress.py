"""A progress bar on a terminal's standard error; silent when output is piped."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO


class TerminalProgress:
    """Context manager whose ``update(done, total)`` redraws one line at most 10 times/s."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last = 0.0
        self._drawn = False

    def __enter__(self) -> TerminalProgress:
        return self

    def relabel(self, label: str) -> None:
        """Say ``label`` from the next redraw on (the next part of the work, counted anew)."""
        self.label = label
        self._last = 0.0
        if self._drawn:
            self.stream.write("\r\033[K")

    def update(self, done: int, total: int) -> None:
        """Redraw the bar for ``done`` of ``total`` units (``total`` 0: unknown)."""
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        if total > 0:
            share = min(done / total, 1.0)
            filled = int(share * 30)
            bar = "#" * filled + "-" * (30 - filled)
            text = f"\r{self.label} [{bar}] {share:4.0%}"
        else:
            text = f"\r{self.label} … {done}"
        self.stream.write(text)
        self.stream.flush()
        self._drawn = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()

"""Ctrl-C and SIGTERM during a command that writes: a request to stop at a safe point.

A writing command is never interrupted in the middle: the signal only sets a flag, which
the services read as their ``cancelled`` callback. An import checks it up to its commit and
then rolls back (the database is unchanged); a signal that comes after that point lets the
work end and be saved, and the command says so. Commands that only read keep Python's
usual KeyboardInterrupt.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_SIGNALS = (signal.SIGINT, signal.SIGTERM)

#: Set by a signal while a writing command runs (see :func:`stop_on_signals`).
_stop = threading.Event()


def stop_requested() -> bool:
    """Whether Ctrl-C or SIGTERM came since the writing command started (a ``cancelled``)."""
    return _stop.is_set()


def _request_stop(signum: int, _frame: FrameType | None) -> None:
    if not _stop.is_set():
        _stop.set()
        # os.write: the signal may come while Python is writing to sys.stderr itself.
        os.write(2, b"\nlinkrevive: stopping at the next safe point...\n")


@contextmanager
def stop_on_signals(enabled: bool = True) -> Iterator[None]:
    """While the block runs, SIGINT and SIGTERM set the stop flag instead of interrupting.

    Does nothing when not ``enabled`` or outside the main thread (where Python does not
    let a program set signal handlers).
    """
    _stop.clear()
    if not enabled or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, _request_stop) for number in _SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


__all__ = ["stop_on_signals", "stop_requested"]

"""One background worker for long work (imports, matching, demo, export), reporting by signals.

A task is a plain function ``work(progress, cancelled) -> result``; ``progress(done, total)``
may also say the step under way (``progress(done, total, "Importing b.zip (2 of 5)")``),
shown in place of the task's title. It runs on a single-thread
``QThreadPool`` so that two writes never race; progress, the result and errors reach the GUI
thread as queued signals. The worker never touches a widget.

The views' reads (``load``) go through the same worker, queued behind any running task: the
window opens at once and its data follows, and a read never races an import's write.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from linkrevive.domain.errors import Cancelled


class Progress(Protocol):
    """How a task reports: units done of a total (0: unknown), and the step under way."""

    def __call__(self, done: int, total: int, step: str | None = None) -> None: ...


Work = Callable[[Progress, Callable[[], bool]], Any]


class PartlyDone(Exception):
    """Raised by a task cancelled after some of its steps were saved (the first files of
    several, say): ``result`` is what those steps returned, reported as the task's result."""

    def __init__(self, result: Any) -> None:
        super().__init__("cancelled after some steps were saved")
        self.result = result


class _Relay(QObject):
    """Signals emitted from the worker thread; Qt queues them to the GUI thread."""

    progressed = Signal(int, int)
    stepped = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, work: Work, relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.relay = relay
        self.stop = stop
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self._progress, self.stop.is_set)
        except Cancelled:  # the task stopped before saving anything
            self.relay.was_cancelled.emit()
        except PartlyDone as done:  # cancelled after part of it was saved
            self.relay.succeeded.emit(done.result)
        except Exception as exc:  # every failure must reach the user, not kill the thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            # A task that returns did its work (an import: saved), whether or not Cancel was
            # pressed after its last check: it is reported as done, never as cancelled.
            self.relay.succeeded.emit(result)

    def _progress(self, done: int, total: int, step: str | None = None) -> None:
        if step:
            self.relay.stepped.emit(step)
        self.relay.progressed.emit(int(done), int(total))


class _LoadRelay(QObject):
    """Answers of background reads, emitted from the worker thread."""

    done = Signal(int, object)  # token, result
    failed = Signal(int, object)  # token, exception


class _Load(QRunnable):
    def __init__(self, fetch: Callable[[], Any], token: int, relay: _LoadRelay) -> None:
        super().__init__()
        self.fetch = fetch
        self.token = token
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fetch()
        except Exception as exc:  # reported to the view that asked
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(self.token, exc)
        else:
            self.relay.done.emit(self.token, result)


class TaskRunner(QObject):
    """Runs one task at a time off the GUI thread, and the views' reads between tasks."""

    started = Signal(str)  # the task's title
    progressed = Signal(int, int)
    stepped = Signal(str)  # the step under way, said by the task
    finished = Signal(str, object)  # title, result
    failed = Signal(str, object)  # title, exception
    cancelled = Signal(str)
    loaded = Signal(int, object)  # token of a load, its result
    load_failed = Signal(int, object)  # token of a load, the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool is created first so that it is destroyed first: its destructor waits for
        # the running job, which may still emit on the relay below.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._load_relay = _LoadRelay(self)
        self._load_relay.done.connect(self.loaded)
        self._load_relay.failed.connect(self.load_failed)
        self._tokens = 0
        self._stop = threading.Event()
        self._title = ""
        self._busy = False
        self._on_done: Callable[[Any], None] | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def run(self, title: str, work: Work, on_done: Callable[[Any], None] | None = None) -> bool:
        """Start ``work``; False when another task is still running."""
        if self._busy:
            return False
        self._busy = True
        self._title = title
        self._on_done = on_done
        self._stop = threading.Event()
        relay = _Relay()
        relay.progressed.connect(self.progressed)
        relay.stepped.connect(self.stepped)
        relay.succeeded.connect(self._succeeded)
        relay.failed.connect(self._failed)
        relay.was_cancelled.connect(self._cancelled)
        self._relay = relay  # kept alive until the next task
        self.started.emit(title)
        self._pool.start(_Job(work, relay, self._stop))
        return True

    def load(self, fetch: Callable[[], Any]) -> int:
        """Queue a read on the worker; returns the token its ``loaded`` answer will carry.

        ``fetch`` must only call services (each opens its own short session in the worker
        thread) and build plain data: it never touches a widget.
        """
        self._tokens += 1
        self._pool.start(_Load(fetch, self._tokens, self._load_relay))
        return self._tokens

    def discard_queued(self) -> None:
        """Drop the reads and tasks not started yet (at shutdown)."""
        self._pool.clear()

    def cancel(self) -> None:
        """Ask the running task to stop; it raises Cancelled at its next check (and rolls
        back), unless it is past its last check: then it ends and is reported as finished."""
        self._stop.set()

    @property
    def stop_requested(self) -> bool:
        """Whether Cancel was pressed during the current (or last) task."""
        return self._stop.is_set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def _succeeded(self, result: object) -> None:
        self._busy = False
        callback = self._on_done
        self._on_done = None
        self.finished.emit(self._title, result)
        if callback is not None:
            callback(result)

    def _failed(self, error: object) -> None:
        self._busy = False
        self._on_done = None
        self.failed.emit(self._title, error)

    def _cancelled(self) -> None:
        self._busy = False
        self._on_done = None
        self.cancelled.emit(self._title)

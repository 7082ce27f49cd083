"""How a view fetches its data off the GUI thread, and the "Loading…" sign it shows meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from linkrevive.gui.task_runner import TaskRunner

Fetch = Callable[[], Any]
Apply = Callable[[Any], None]
Fail = Callable[[BaseException], None]


class ViewLoader(QObject):
    """Runs a view's ``fetch`` on the task runner's worker and ``apply`` on the GUI thread.

    Only the latest request counts: an older answer that arrives late is dropped, so a view
    never goes back to stale data. Without a runner (single-widget tests, scripts) the fetch
    runs at once, in the caller's thread.
    """

    def __init__(self, runner: TaskRunner | None, parent: QObject) -> None:
        super().__init__(parent)
        self._runner = runner
        self._token: int | None = None
        self._callbacks: tuple[Apply, Fail] | None = None
        if runner is not None:
            runner.loaded.connect(self._loaded)
            runner.load_failed.connect(self._failed)

    @property
    def loading(self) -> bool:
        """True while an answer is awaited."""
        return self._token is not None

    def load(self, fetch: Fetch, apply: Apply, fail: Fail) -> None:
        """Fetch in the background (or now, without a runner), then apply or fail here."""
        if self._runner is None:
            try:
                result = fetch()
            except Exception as exc:
                fail(exc)
                return
            apply(result)
            return
        self._callbacks = (apply, fail)
        self._token = self._runner.load(fetch)

    def _take(self, token: int) -> tuple[Apply, Fail] | None:
        if token != self._token or self._callbacks is None:
            return None
        callbacks = self._callbacks
        self._token = None
        self._callbacks = None
        return callbacks

    def _loaded(self, token: int, result: object) -> None:
        callbacks = self._take(token)
        if callbacks is not None:
            callbacks[0](result)

    def _failed(self, token: int, error: object) -> None:
        callbacks = self._take(token)
        if callbacks is not None:
            callbacks[1](error if isinstance(error, BaseException) else RuntimeError(str(error)))


class LoadingOverlay(QLabel):
    """A "Loading…" sign centred over a widget while the widget's data is on its way."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setText(self.tr("Loading…"))
        self.setObjectName("loadingOverlay")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(
            "QLabel#loadingOverlay { background: palette(window); color: palette(window-text);"
            " border: 1px solid palette(mid); border-radius: 6px; padding: 10px 24px; }"
        )
        target.installEventFilter(self)
        self.hide()

    def set_active(self, active: bool) -> None:
        if active:
            self._place()
            self.show()
            self.raise_()
        else:
            self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        self.move(
            max((parent.width() - self.width()) // 2, 0),
            max((parent.height() - self.height()) // 3, 0),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False


__all__ = ["LoadingOverlay", "ViewLoader"]

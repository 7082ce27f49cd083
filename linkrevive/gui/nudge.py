"""A gentle nudge: one desktop notification per morning when something is new in Today.

Started at login minimised to the system tray (``--minimized``, see ``autostart``), the app
checks the morning's news and, when there is any, shows one notification through Qt's
system tray ("3 leads to revive: Anne Martin wrote again, …"); clicking it opens Today.
Nothing is shown when nothing is new, and never twice the same day for a database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from linkrevive.gui.backend_rows import NewsLine
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.view_loader import ViewLoader

# Names said in the notification before "and N more".
NAMES_SHOWN = 3
# How often a long-running app in the tray looks for a new morning (milliseconds).
CHECK_EVERY_MS = 60 * 60 * 1000
# How long the notification stays (milliseconds; the desktop may decide otherwise).
SHOWN_FOR_MS = 15000


class Tray(Protocol):
    """What the nudge needs of a tray icon (a ``QSystemTrayIcon``, or a test's fake)."""

    messageClicked: Any

    def showMessage(self, title: str, body: str, icon: Any, msecs: int) -> None: ...


def compose(
    lines: Sequence[NewsLine],
    phrases: Mapping[str, str],
    more: Callable[[int], str],
    *,
    limit: int = NAMES_SHOWN,
) -> str:
    """The notification's body: the first ``limit`` new leads, each in the phrase of its
    code (``{0}`` the name; the ``""`` phrase for an unknown code), then ``more(n)``."""
    said = [phrases.get(line.code, phrases[""]).format(line.name) for line in lines[:limit]]
    rest = len(lines) - limit
    if rest > 0:
        said.append(more(rest))
    return ", ".join(said)


class MorningNudge(QObject):
    """Shows the morning's notification on ``tray``; ``today_requested`` when it is clicked.

    ``today`` gives the day to check (the window's ``as_of`` when fixed); the news are read
    on the background worker.
    """

    today_requested = Signal()
    shown = Signal(str, str)  # title, body of a notification just shown

    def __init__(
        self,
        backend: Any,
        tray: Tray | None,
        *,
        runner: TaskRunner | None = None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.tray = tray
        self.today = today
        self.loader = ViewLoader(runner, self)
        self.writer = ViewLoader(runner, self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        if tray is not None:
            tray.messageClicked.connect(self.today_requested.emit)
            activated = getattr(tray, "activated", None)
            if activated is not None:
                activated.connect(self._activated)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.today_requested.emit()

    def phrases(self) -> dict[str, str]:
        """What made each lead new, by code (``{0}`` is the name)."""
        return {
            "email_inbound": self.tr("{0} wrote again"),
            "linkedin_message": self.tr("{0} wrote on LinkedIn"),
            "linkedin_invitation": self.tr("{0} invited you on LinkedIn"),
            "job_change": self.tr("{0} changed jobs"),
            "title_change": self.tr("{0} has a new title"),
            "reconnected": self.tr("{0} connected again"),
            "manual": self.tr("{0}: a sign you noted"),
            "snooze_ended": self.tr("{0} is back from snooze"),
            "due": self.tr("{0} is due for a new try"),
            "": self.tr("{0} is new"),
        }

    def message(self, lines: Sequence[NewsLine]) -> tuple[str, str] | None:
        """The notification (title, body) for the morning's new leads; None when there are
        none: nothing new, nothing shown."""
        if not lines:
            return None
        title = self.tr("%n lead(s) to revive", "", len(lines))
        body = compose(lines, self.phrases(), lambda n: self.tr("and %n more", "", n))
        return title, body

    def start(self) -> None:
        """Check now, then every hour (a new morning for an app left in the tray)."""
        self.check()
        self.timer.start()

    def check(self) -> None:
        """Read the morning's news on the worker and notify when there are some."""
        backend, day = self.backend, self.today()
        self.loader.load(lambda: backend.nudge_news(as_of=day), self._arrived(day), _ignore)

    def _arrived(self, day: date) -> Callable[[Sequence[NewsLine]], None]:
        def show(lines: Sequence[NewsLine]) -> None:
            self.notify(lines, day)

        return show

    def notify(self, lines: Sequence[NewsLine], day: date) -> bool:
        """Show the notification of ``day`` for ``lines`` (True), or nothing: no news, or no
        tray to show it on (then it may still be shown later that day)."""
        found = self.message(lines)
        if found is None or self.tray is None:
            return False
        title, body = found
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, SHOWN_FOR_MS)
        backend = self.backend
        self.writer.load(lambda: backend.remember_nudge(day), _ignore, _ignore)
        self.shown.emit(title, body)
        return True


def _ignore(_: object) -> None:
    """A notification is a courtesy: failing to read or remember it must not stop the app."""


class TrayIcon(QSystemTrayIcon):
    """LinkRevive's icon in the system tray, with Open Today and Quit in its menu."""

    def __init__(self, icon: QIcon, open_today: Callable[[], None], parent: QObject) -> None:
        super().__init__(icon, parent)
        self.setToolTip("LinkRevive")
        self.menu = QMenu()  # no parent widget: kept alive by the icon
        open_action = QAction(self.tr("Open Today"), self.menu)
        open_action.triggered.connect(open_today)
        quit_action = QAction(self.tr("Quit LinkRevive"), self.menu)
        quit_action.triggered.connect(QApplication.quit)
        self.menu.addAction(open_action)
        self.menu.addAction(quit_action)
        self.setContextMenu(self.menu)


def system_tray(app: QApplication, icon: QIcon, open_today: Callable[[], None]) -> TrayIcon | None:
    """The tray icon, shown; None where the desktop has no system tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = TrayIcon(icon, open_today, app)
    tray.show()
    return tray


def start_in_tray(
    app: QApplication, session: Any, runner: TaskRunner, *, as_of: date | None = None
) -> MorningNudge | None:
    """Start minimised: the icon in the tray, the window opened on Today when the icon or
    the notification is clicked, the morning's news checked now and every hour. Without
    a system tray, the window opens minimised instead (and no notification is shown)."""

    def open_today() -> None:
        window = session.window if session.window is not None else session.open()
        window.tabs.setCurrentIndex(0)  # Today
        window.showNormal()
        window.raise_()
        window.activateWindow()

    tray = system_tray(app, app.windowIcon(), open_today)
    if tray is None:
        session.open().showMinimized()
        return None
    app.setQuitOnLastWindowClosed(False)  # closing the window leaves the icon in the tray
    nudge = MorningNudge(
        session.own, tray, runner=runner, today=lambda: as_of or date.today(), parent=tray
    )
    nudge.today_requested.connect(open_today)
    nudge.start()
    return nudge

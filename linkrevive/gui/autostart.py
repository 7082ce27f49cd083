"""Start LinkRevive at login, minimised to the tray: the XDG autostart entry on Linux.

Windows and macOS have their own mechanisms (a shortcut in the Startup folder, a Login
Item); the README says how to set them up by hand, and the setting is offered on Linux
(and the other XDG desktops) only.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

# The option that starts the app minimised to the system tray.
MINIMIZED = "--minimized"
FILE_NAME = "linkrevive.desktop"


def launch_command(database: str | None = None) -> list[str]:
    """The command that opens the app in the tray: the installed launcher, else Python."""
    found = shutil.which("linkrevive")
    command = [found] if found else [sys.executable, "-m", "linkrevive"]
    if database and "://" not in database:  # a file; a URL may hold a password
        command += ["--db", str(Path(database).expanduser().resolve())]
    return [*command, MINIMIZED]


def _exec_line(command: list[str]) -> str:
    # The desktop entry spec quotes like a shell and doubles a literal percent sign.
    return " ".join(shlex.quote(part).replace("%", "%%") for part in command)


def desktop_entry(command: list[str], comment: str) -> str:
    """The text of the autostart entry that runs ``command``."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=LinkRevive\n"
        f"Comment={comment}\n"
        f"Exec={_exec_line(command)}\n"
        "Icon=linkrevive\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class Autostart:
    """The "Start LinkRevive at login" setting: the entry file is the setting itself."""

    def __init__(self, folder: Path | None = None, *, database: str | None = None) -> None:
        if folder is None:
            config = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.GenericConfigLocation
            )
            folder = Path(config or Path.home() / ".config") / "autostart"
        self.folder = folder
        self.database = database

    @property
    def path(self) -> Path:
        """Where the entry lives (``~/.config/autostart/linkrevive.desktop``)."""
        return self.folder / FILE_NAME

    @staticmethod
    def supported() -> bool:
        """Whether this system reads XDG autostart entries (Linux and the BSDs)."""
        return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))

    def enabled(self) -> bool:
        """Whether LinkRevive starts at login."""
        return self.path.is_file()

    def set_enabled(self, enabled: bool, comment: str = "Leads to revive this morning") -> None:
        """Write the entry (minimised to the tray at login) or remove it."""
        if not enabled:
            self.path.unlink(missing_ok=True)
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        text = desktop_entry(launch_command(self.database), comment)
        partial = self.path.with_name(FILE_NAME + ".part")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, self.path)

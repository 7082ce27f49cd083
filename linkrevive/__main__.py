"""Entry points: ``linkrevive`` (CLI, or the GUI when no command is given)."""

from __future__ import annotations

import atexit
import gc
import sys
from collections.abc import Sequence
from datetime import date

#: Start the window minimised to the system tray (the login entry's option).
MINIMIZED = "--minimized"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; open the window when no command is given.

    ``--as-of DATE`` before any command fixes the window's "today", as ``today --as-of``
    does for the command line: ``linkrevive --as-of 2026-01-01`` ranks as of that day.
    ``--minimized`` (no command) starts in the system tray, as at login (see Settings).
    """
    from linkrevive.cli.app import run

    # The interpreter's collections at exit walk every object the process still holds (a
    # quarter of a second after a mailbox import), though all go with it: an exit handler
    # freezes them first (registered once however often main runs in one process).
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    args = sys.argv[1:] if argv is None else argv
    try:
        args, as_of = split_as_of(args)
    except ValueError as exc:
        print(f"linkrevive: {exc}", file=sys.stderr)
        return 2
    minimized = MINIMIZED in args and not any(
        a for a in args if not a.startswith("-") and a not in _db_values(args)
    )
    if minimized:
        args = [a for a in args if a != MINIMIZED]

    def open_app(db: str | None) -> int:
        if minimized:
            return _open_app(db, as_of, minimized=True)
        return _open_app(db, as_of)

    return run(args, open_app=open_app)


def split_as_of(argv: Sequence[str]) -> tuple[list[str], date | None]:
    """``argv`` without a leading ``--as-of DATE`` (given before any command), and the date.

    Raises ``ValueError`` with one sentence when the date does not read. Options after a
    command are left to that command (``today --as-of`` has its own).
    """
    rest: list[str] = []
    as_of: date | None = None
    items = list(argv)
    i = 0
    while i < len(items):
        item = items[i]
        if item == "--as-of" or item.startswith("--as-of="):
            if item == "--as-of":
                if i + 1 >= len(items):
                    raise ValueError("--as-of needs a date (YYYY-MM-DD).")
                text, i = items[i + 1], i + 2
            else:
                text, i = item.split("=", 1)[1], i + 1
            try:
                as_of = date.fromisoformat(text)
            except ValueError:
                raise ValueError(f"'{text}' is not a date (expected YYYY-MM-DD).") from None
            continue
        if item == "--db":  # the only global option with a value
            rest.extend(items[i : i + 2])
            i += 2
            continue
        if not item.startswith("-"):  # a command: the rest is its own
            if as_of is not None:  # the command's own --as-of is the one that counts
                raise ValueError(
                    "put --as-of after the command (e.g. 'linkrevive today --as-of DATE')."
                )
            rest.extend(items[i:])
            break
        rest.append(item)
        i += 1
    return rest, as_of


def _db_values(args: Sequence[str]) -> set[str]:
    return {args[i + 1] for i, a in enumerate(args[:-1]) if a == "--db"}


def _open_app(db: str | None, as_of: date | None = None, *, minimized: bool = False) -> int:
    from linkrevive.gui.main import run_gui  # Qt is loaded only when the window opens

    return run_gui(db, as_of=as_of, minimized=minimized)


def main_gui() -> int:
    """Open the desktop app (entry point of the GUI launcher)."""
    return main([])


if __name__ == "__main__":
    sys.exit(main())

"""Entry points: ``linkrevive`` (CLI, or the GUI when no command is given)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line; open the window when no command is given."""
    from linkrevive.cli.app import run

    return run(sys.argv[1:] if argv is None else argv, open_app=_open_app)


def _open_app(db: str | None) -> int:
    from linkrevive.gui.main import run_gui  # Qt is loaded only when the window opens

    return run_gui(db)


def main_gui() -> int:
    """Open the desktop app (entry point of the GUI launcher)."""
    return main([])


if __name__ == "__main__":
    sys.exit(main())

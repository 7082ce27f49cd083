"""Entry points: ``linkrevive`` (CLI, or the GUI when no command is given)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line; open the window when no command is given."""
    from linkrevive.cli.app import run

    return run(sys.argv[1:] if argv is None else argv)


def main_gui() -> int:
    """Open the desktop app (entry point of the GUI launcher)."""
    return main([])


if __name__ == "__main__":
    sys.exit(main())

"""Entry script of the windowed launcher (Windows, macOS): the desktop app, no console."""

import sys

from linkrevive.__main__ import main_gui

sys.exit(main_gui())

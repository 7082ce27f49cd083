"""PyInstaller runtime hook: with LINKREVIVE_SCREENSHOT=PATH the window saves itself and quits.

Only the frozen app carries it, and it does nothing unless that variable is set: the packaging
test (tests/packaging/test_deb.py) uses it to look at the installed app's window.
"""

import os

if os.environ.get("LINKREVIVE_SCREENSHOT"):
    from linkrevive.gui import main as _gui_main
    from linkrevive.gui.screenshot import save_when_loaded

    _open_window = _gui_main.open_window

    def _open_and_save(*args, **kwargs):  # type: ignore[no-untyped-def]
        window = _open_window(*args, **kwargs)
        save_when_loaded(window, os.environ["LINKREVIVE_SCREENSHOT"])
        return window

    _gui_main.open_window = _open_and_save

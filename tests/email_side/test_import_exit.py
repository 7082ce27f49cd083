"""A command's process ends without the interpreter's collections walking what it made."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MBOX = Path(__file__).resolve().parents[1] / "fixtures" / "email_side" / "takeout_small.mbox"

# An exit handler registered before the command runs after the command's own ones: it
# reports whether the objects were frozen (so that the collections at exit skip them).
_CHILD = """
import atexit, gc, sys
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0))
from linkrevive.__main__ import main
code = main(sys.argv[1:])
code = main(sys.argv[1:])  # twice in one process: one freeze at exit is enough
print("exit code:", code)
"""


def test_an_import_freezes_its_objects_before_the_interpreter_exits(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "--db", str(tmp_path / "db.sqlite3"),
         "import", "contacts", str(MBOX)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.splitlines()[-2:] == ["exit code: 0", "frozen at exit: True"]

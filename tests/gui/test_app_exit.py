"""The real app quits cleanly after imports: ``run_gui`` in a process of its own, as a person
runs it, imports a lead sheet and a mailbox, then an undated LinkedIn export (which asks a
question), and the window is closed with the question answered or left open.

The interpreter's last garbage collection once aborted a process that had imported twice and
left Qt wrappers to it (seen in the screenshot script); a crash at exit loses nothing of the
database but tells the user the app crashed. The exit status and stderr say it did not.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

#: The person's steps, one every 300 ms once the background work is done.
DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from linkrevive.gui import main

    repo, db, scratch, mode = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    steps = iter(range(4))

    def step() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets()
            if type(w).__name__ == "MainWindow" and w.isVisible()
        ]
        if not windows or windows[0].runner.busy:
            QTimer.singleShot(100, step)
            return
        window = windows[0]
        n = next(steps)
        if n == 0:
            window.imports.import_paths([
                repo / "resources" / "exemple-suivi-prospects.csv",
                repo / "tests" / "fixtures" / "email_side" / "takeout_small.mbox",
            ])
        elif n == 1:
            old = scratch / "old export" / "Connections.csv"
            old.parent.mkdir()
            old.write_text(
                '"First Name","Last Name","E-mail Address","Company","Job Title"\\n'
                '"Anne","Rocher","anne.rocher@example.fr","Pixel Bleu","Cheffe de projet"\\n'
            )
            window.imports.import_paths([old])
        elif n == 2:
            question = window.imports.partial_question
            print("question asked:", question is not None, flush=True)
            if question is not None and mode == "answer":
                question.button(QMessageBox.StandardButton.No).click()
        else:
            print("closing", flush=True)
            window.close()
            return
        QTimer.singleShot(300, step)

    main.application()
    QTimer.singleShot(300, step)
    sys.exit(main.run_gui(db))
    """
)


@pytest.mark.parametrize("mode", ["answer", "leave open"])
def test_app_quits_cleanly_after_two_imports_and_a_question(tmp_path: Path, mode: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "linkrevive.sqlite3"
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("XDG_CONFIG_HOME", None)
    env.pop("XDG_DATA_HOME", None)

    def python(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], env=env, capture_output=True, text=True, timeout=180,
            check=False, cwd=REPO,
        )  # fmt: skip

    demo = python("-m", "linkrevive", "--db", str(db), "demo")
    assert demo.returncode == 0, demo.stderr  # a dated export is imported: the question comes
    run = python("-c", DRIVER, str(REPO), str(db), str(tmp_path), mode.split()[0])
    assert "question asked: True" in run.stdout, run.stdout + run.stderr
    assert "closing" in run.stdout
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "Fatal" not in run.stderr, run.stderr

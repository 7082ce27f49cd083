"""``linkrevive --as-user NAME`` with no command opens the window acting as NAME."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import linkrevive.__main__ as entry
from linkrevive.services.consultants import USER_ENV, current_user


def test_the_window_acts_as_the_user_given(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    # The window's --as-user sets the environment of its process. An empty name (no name)
    # makes monkeypatch record the variable as absent, so that it is unset again after the
    # test: delenv of an absent variable records nothing, and the name set by the window
    # stayed for every later test (their imports became a teammate's).
    monkeypatch.setenv(USER_ENV, "")
    users: list[str | None] = []

    def open_app(db: str | None, as_of: date | None = None) -> int:
        users.append(current_user())  # what every service of the window will read
        return 0

    monkeypatch.setattr(entry, "_open_app", open_app)
    db = str(tmp_path / "team.sqlite3")
    assert entry.main(["--db", db, "--as-user", "  Ioana  "]) == 0
    assert users == ["Ioana"]
    # Given on the command line, the name wins over the environment's, as for commands.
    monkeypatch.setenv(USER_ENV, "Marc")
    assert entry.main(["--db", db, "--as-user", "Ioana"]) == 0
    assert users[-1] == "Ioana"
    # Without it, the environment's (then the saved name) as before.
    monkeypatch.setenv(USER_ENV, "Marc")
    assert entry.main(["--db", db]) == 0
    assert users[-1] == "Marc"

"""Shared test fixtures: offscreen Qt, the public samples folder, temporary databases."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
IN_CI = os.environ.get("CI", "").lower() == "true"


def require(condition: bool, reason: str) -> None:
    """Skip when a needed resource is absent, but fail under CI (CI=true)."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def samples() -> Path:
    """The shared folder of real public sample files (../shared/samples beside the repo)."""
    folder = Path(os.environ.get("LINKREVIVE_SAMPLES", REPO.parent / "shared" / "samples"))
    require(folder.is_dir(), f"sample files not found at {folder}")
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a fresh SQLite database file in a temporary folder."""
    return tmp_path / "linkrevive.sqlite3"


# Real services (Dovecot, PostgreSQL, Secret Service) as fixtures: see tests/services.py.
if str(REPO) not in __import__("sys").path:
    __import__("sys").path.insert(0, str(REPO))
pytest_plugins = ["tests.services"]

"""Fixtures of the revival service tests: a copy of the demo store built once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from linkrevive.services import demo
from linkrevive.services.workspace import Workspace

#: The demo's day (built and ranked as of it).
DEMO_DAY = date(2025, 3, 3)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("revival_demo") / "demo.sqlite3"
    workspace = Workspace.open(str(path))
    demo.build_demo(workspace, as_of=DEMO_DAY)
    workspace.close()
    return path


@pytest.fixture
def workspace(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A fresh copy of the demo store for one test."""
    target = tmp_path / "demo.sqlite3"
    target.write_bytes(demo_file.read_bytes())
    opened = Workspace.open(str(target))
    yield opened
    opened.close()

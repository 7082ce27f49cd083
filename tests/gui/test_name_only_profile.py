"""A connection of an export before mid-2023 is known by name only (an internal key, no
URL): the window never hands that key to the browser, it searches LinkedIn for the name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from linkrevive.gui.backend import Backend
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.services.workspace import Workspace
from tests.gui.test_selection import make_window
from tests.helpers import cli

pytestmark = pytest.mark.gui

SEARCH = "https://www.linkedin.com/search/results/people/?keywords="


def test_a_person_paired_with_a_connection_known_by_name_opens_a_search(
    qtbot: Any,
    samples: Path,
    db_path: Path,
    tmp_path: Path,
    settings: QSettings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The 2018 sample: no URL column, every connection's address (Avery's among them).
    sheet = tmp_path / "leads.csv"
    sheet.write_text("Prénom;Nom;E-mail\nAvery;Example;avery@example.com\n", encoding="utf-8")
    for step in (
        ("import", "linkedin", str(samples / "linkedin_Connections_2018_SYNTHETIC.csv")),
        ("import", "contacts", str(sheet)),
        ("match",),
    ):
        assert cli(capsys, db_path, *step).code == 0
    workspace = Workspace.open(str(db_path))
    runner = TaskRunner()
    try:
        backend = Backend(workspace)
        (person,) = backend.people()
        window = make_window(qtbot, backend, settings, runner)
        window.detail.show_person(person.id)
        assert window.detail.linkedin.isEnabled()
        assert window.detail._linkedin_url == SEARCH + "Avery%20Example%20Northwind%20Traders"
        assert "Avery Example" in window.detail.linkedin.toolTip()
        # A connection paired with nobody, shown on its own: no key shown, a search opened.
        chris = next(p for p in backend.connections() if p.name.startswith("Chris"))
        window.detail.show_profile(chris)
        assert "name:" not in window.detail.emails.text()
        assert window.detail._linkedin_url == SEARCH + "Chris%20Sample%2C%20PhD%20Fabrikam"
        window.close()
    finally:
        runner.wait(10000)
        workspace.close()

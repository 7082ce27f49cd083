"""Review pairs on a real store: a confirmation clears the competing suggestions at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from linkrevive.domain.enums import PairStatus
from linkrevive.gui.backend import Backend
from linkrevive.gui.pairs_view import PairsView
from linkrevive.services.workspace import Workspace
from tests.pairing_service.test_identity import IN, namesakes

pytestmark = pytest.mark.gui


@pytest.fixture
def namesakes_backend(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> Iterator[Backend]:
    """Two Julien Moreau contacts each suggested with two Julien Moreau profiles, and Rémi."""
    namesakes(capsys, db_path, tmp_path)
    workspace = Workspace.open(str(db_path))
    yield Backend(workspace)
    workspace.close()


def _pairs(view: PairsView) -> set[tuple[tuple[str, ...], str]]:
    return {(r.person_emails, r.profile_url) for r in view.model.rows()}


def test_confirming_removes_the_competing_rows_at_once(
    qtbot: Any, qtmodeltester: Any, namesakes_backend: Backend, settings: QSettings
) -> None:
    view = PairsView(namesakes_backend, settings)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtmodeltester.check(view.model)
    assert len(view.model.rows()) == 5
    target = next(
        i
        for i in range(view.proxy.rowCount())
        if view.proxy.index(i, 1).data() == "julien.moreau@gmail.com"
        and view.proxy.index(i, 3).data() == "Julien Moreau"
    )
    view.table.selectRow(target)
    chosen = view.current()
    assert chosen is not None
    view.table.setFocus()
    with qtbot.waitSignal(view.pair_decided) as decided:
        qtbot.keyClick(view.table, Qt.Key.Key_Y)
    assert decided.args == [chosen.person_id, chosen.profile_id, True]
    # At once, without a refresh: no row of that contact, no row of that profile.
    rows = view.model.rows()
    assert all(r.person_id != chosen.person_id for r in rows)
    assert all(r.profile_id != chosen.profile_id for r in rows)
    other_url = ({IN + "julien-moreau-a", IN + "julien-moreau-b"} - {chosen.profile_url}).pop()
    assert _pairs(view) == {
        (("jmoreau@outlook.fr",), other_url),
        (("remi.faure@gmail.com",), IN + "remi-faure"),
    }
    assert "2" in view.remaining.text()
    qtmodeltester.check(view.model)
    # What the view shows is what the store holds.
    stored = {
        (r.person_emails, r.profile_url) for r in namesakes_backend.pairs(PairStatus.SUGGESTED)
    }
    assert _pairs(view) == stored
    # A rejection only takes its own row away.
    view.table.selectRow(0)
    rejected = view.current()
    assert rejected is not None
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    assert len(view.model.rows()) == 1
    assert (rejected.person_emails, rejected.profile_url) not in _pairs(view)
    qtmodeltester.check(view.model)

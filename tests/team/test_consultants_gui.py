"""The detail pane of a shared database says which teammates know the person, and whom to
ask for an introduction; Settings keeps the user's name on this computer."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from linkrevive.gui.backend import Backend
from linkrevive.gui.detail_pane import DetailPane
from linkrevive.gui.settings_dialog import SettingsDialog
from linkrevive.services import consultants
from linkrevive.services.workspace import Workspace
from tests.team.conftest import ok
from tests.team.test_consultants_networks import IOANA, MINE, Row, _export

pytestmark = pytest.mark.gui

GIL: Row = ("Gil", "Synthetic", "https://www.linkedin.com/in/gil-synthetic", "gil@eta.example",
            "Eta", "Partner", "05 May 2020")  # fmt: skip

SHEET = """First name,Last name,Email,Company,Stage,Last contact
Ana,Synthetic,ana@alpha.example,Alpha,Info sent,2023-01-10
Cyd,Synthetic,cyd@gamma.example,Gamma,Info sent,2023-01-10
Gil,Synthetic,gil@eta.example,Eta,Info sent,2023-01-10
"""


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Backend]:
    """A database where the implicit user knows Ana and Cyd, Ioana knows Ana and Gil."""
    db = str(tmp_path / "team.sqlite3")
    sheet = tmp_path / "leads.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    ok(db, "import", "contacts", str(sheet))
    cyd: Row = ("Cyd", "Synthetic", MINE[2][2], "cyd@gamma.example", "Gamma", "CEO",
                "12 May 2020")  # fmt: skip
    ok(db, "import", "linkedin", _export(tmp_path / "me", "01-10-2026", [MINE[0], cyd]))
    ok(db, "--as-user", "Ioana", "import", "linkedin",
       _export(tmp_path / "io", "02-01-2026", [IOANA[0], GIL]))  # fmt: skip
    workspace = Workspace.open(db)
    yield Backend(workspace)
    workspace.close()


def _pane(qtbot: Any, backend: Backend, name: str) -> DetailPane:
    pane = DetailPane(backend)
    qtbot.addWidget(pane)
    person = next(p for p in backend.people() if p.name == name)
    pane.show_person(person.id)
    return pane


def test_the_pane_says_who_else_is_connected(qtbot: Any, team: Backend) -> None:
    assert _pane(qtbot, team, "Ana Synthetic").also.text() == "Also connected: Ioana (since 2019)"
    # Nobody else knows Cyd: nothing said.
    cyd = _pane(qtbot, team, "Cyd Synthetic")
    assert cyd.also.isHidden() and cyd.also.text() == ""
    # Only Ioana knows Gil: ask her.
    assert _pane(qtbot, team, "Gil Synthetic").also.text() == (
        "Also connected: Ioana (since 2020)\nAsk Ioana to introduce you"
    )


def test_as_ioana_the_implicit_user_is_a_teammate(
    qtbot: Any, team: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINKREVIVE_USER", "Ioana")
    assert _pane(qtbot, team, "Ana Synthetic").also.text() == (
        "Also connected: a teammate (since 2018)"
    )
    assert _pane(qtbot, team, "Cyd Synthetic").also.text() == (
        "Also connected: a teammate (since 2020)\nAsk a teammate to introduce you"
    )
    assert _pane(qtbot, team, "Gil Synthetic").also.isHidden()


def test_settings_keep_the_name_on_this_computer(qtbot: Any, team: Backend) -> None:
    dialog = SettingsDialog(team.get_settings(), "en", [], user_name=team.user_name())
    qtbot.addWidget(dialog)
    assert dialog.user_name.text() == ""
    dialog.user_name.setText("  Ioana ")
    team.set_user_name(dialog.chosen_user_name())
    assert consultants.saved_user() == "Ioana"
    assert team.user_name() == "Ioana"
    # Now the pane speaks to Ioana.
    assert _pane(qtbot, team, "Gil Synthetic").also.isHidden()
    team.set_user_name("")
    assert consultants.saved_user() is None


def test_todays_opener_in_the_window_says_whom_to_ask(team: Backend) -> None:
    rows, _more = team.morning(as_of=date(2026, 2, 5))
    openers = {row.name: row.opener["en"] for row in rows}
    assert openers["Gil Synthetic"].startswith(
        "You are not connected yourself: ask Ioana to introduce you.\n\nHello Gil,"
    )
    assert openers["Ana Synthetic"].startswith("Hello Ana,")


def test_a_profile_shown_alone_says_who_knows_it(qtbot: Any, team: Backend) -> None:
    # The LinkedIn view shows a profile by itself: the same who-knows-it line as a person's.
    pane = DetailPane(team)
    qtbot.addWidget(pane)
    ana = next(p for p in team.connections() if p.url == MINE[0][2])
    pane.show_profile(ana)  # mine, and Ioana's since 2019
    assert pane.also.text() == "Also connected: Ioana (since 2019)"
    # A profile outside my network that only Ioana knows: whom to ask.
    pane.show_profile(dataclasses.replace(ana, url=GIL[2], first_name="Gil", company="Eta"))
    assert pane.also.text() == "Also connected: Ioana (since 2020)\nAsk Ioana to introduce you"

"""French interface: the .ts is complete, the .qm loads, dates follow the locale."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from linkrevive.domain.enums import Stage
from linkrevive.gui import i18n
from linkrevive.gui.backend import Backend
from linkrevive.gui.main_window import MainWindow
from linkrevive.gui.task_runner import TaskRunner
from tests.conftest import REPO
from tests.gui.conftest import AS_OF
from tests.gui.test_views import open_pairs

pytestmark = pytest.mark.gui


def test_every_string_has_a_french_translation() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (REPO / "resources" / "translations" / "linkrevive_fr.qm").stat().st_size > 0


def test_french_window(
    qtbot: Any, french: None, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    assert QCoreApplication.translate("MainWindow", "Today") == "Aujourd'hui"
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF, language="fr")
    qtbot.addWidget(window)
    with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=30000):
        window.reload()
        assert window.today.count.text() == "Chargement…"
    assert window.tabs.tabText(0) == "Aujourd'hui"
    assert window.today.model.headerData(4, Qt.Orientation.Horizontal) == "Étape"
    assert i18n.stage_label(Stage.LOST) == "Perdu"
    assert i18n.format_date(date(2025, 3, 3)) == "03/03/2025"


def test_position_dates_are_explained_in_french(
    qtbot: Any, french: None, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    # "08/01/2024 – 25/02/2025 : Gérant" reads like a job that ended: the tooltip says these
    # are the exports that showed it.
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF, language="fr")
    qtbot.addWidget(window)
    expected = (
        "Les dates sont celles des exports LinkedIn où figure chaque poste : le premier et le "
        "dernier (une seule date : un seul export le montrait)."
    )
    assert window.detail.history.toolTip() == expected
    assert window.linkedin.history.toolTip() == expected


def test_language_follows_saved_choice(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "x.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "fr")
    assert i18n.chosen_language(settings) == "fr"
    settings.setValue("ui/language", "de")
    assert i18n.chosen_language(settings) in i18n.LANGUAGES


def test_review_pairs_takes_oui_and_non_in_french(
    qtbot: Any, settings: QSettings, french: None
) -> None:
    view, backend = open_pairs(qtbot, settings)
    assert view.confirm_button.text() == "Confirmer (O)"
    assert view.reject_button.text() == "Rejeter (N)"
    qtbot.keyClicks(view.table, "o")
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    assert backend.decisions == [(1, 11, True), (2, 12, False)]


def test_every_translation_context_is_one_qt_looks_up() -> None:
    """``obj.tr("…")`` outside its class is filed by lupdate under the variable's name
    ("actions") while Qt looks it up under the class's name: the French never shows."""
    import ast

    gui = REPO / "linkrevive" / "gui"
    known: set[str] = set()
    for source in gui.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                known.add(str(node.args[0].value))
    ts = ET.parse(REPO / "resources" / "translations" / "linkrevive_fr.ts")
    contexts = {c.findtext("name") for c in ts.getroot().iter("context")}
    assert contexts - known == set()


def test_french_menus(
    qtbot: Any, french: None, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF, language="fr")
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Fichier", "&Édition", "&Affichage", "&Prospect", "&Aide"], titles


def test_no_code_comment_reaches_the_translator() -> None:
    # lupdate hands a ``#:`` comment to the translator as a note on the next string: the
    # interface's code documents its constants with plain comments, so the files sent for
    # translation carry no such note.
    for name in ("linkrevive_fr.ts", "linkrevive_en.ts"):
        ts = ET.parse(REPO / "resources" / "translations" / name)
        notes = [
            m.findtext("source")
            for m in ts.getroot().iter("message")
            if m.find("extracomment") is not None
        ]
        assert notes == [], name

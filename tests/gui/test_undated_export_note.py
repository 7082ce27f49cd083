"""The window says why an undated LinkedIn export changed and removed nothing, in both
languages (the import panel's note, kept across restarts), and asks whether it is the
newest export."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from linkrevive.gui import i18n
from linkrevive.gui.import_result import FileResult, ImportResults, ResultText
from linkrevive.services import linkedin_import
from linkrevive.services.workspace import Workspace
from tests.gui.test_main_window import make_window


def _undated_result(db_path: Path, samples: Path) -> FileResult:
    workspace = Workspace.open(str(db_path))
    try:
        linkedin_import.import_linkedin(
            workspace, samples / "linkedin_Connections_2023plus_SYNTHETIC.csv"
        )
        report = linkedin_import.import_linkedin(
            workspace, samples / "linkedin_legacy_outlook_format_pre2017_akitten.csv"
        )
    finally:
        workspace.close()
    assert report.undated and report.counts["kept_missing"] > 0
    kept = ImportResults.from_json(ImportResults((FileResult.of(report),)).to_json())
    assert kept is not None
    return kept.files[0]


def test_the_panel_says_an_undated_export_changed_nothing(
    qapp: Any, db_path: Path, samples: Path
) -> None:
    result = _undated_result(db_path, samples)
    assert ResultText().notes_of(result) == [
        "no date of its own: it may be older than your last export, so it changed nothing the "
        "database knew and marked nobody removed"
    ]


def test_and_in_french(french: Any, db_path: Path, samples: Path) -> None:
    result = _undated_result(db_path, samples)
    assert ResultText().notes_of(result) == [
        "sans date propre : il est peut-être plus ancien que votre dernier export, il n’a donc "
        "rien changé de ce que la base savait ni marqué personne comme retiré"
    ]


def _ask_after_undated(
    qtbot: Any,
    backend: Any,
    settings: Any,
    runner: Any,
    samples: Path,
    tmp_path: Path,
    french: pytest.FixtureRequest | None = None,
) -> tuple[Any, QMessageBox]:
    # The window tells a LinkedIn file by its name: the old Outlook layout saved as
    # Connections.csv (otherwise it reads as an Outlook address book).
    legacy = tmp_path / "old export" / "Connections.csv"
    legacy.parent.mkdir()
    shutil.copyfile(samples / "linkedin_legacy_outlook_format_pre2017_akitten.csv", legacy)
    window = make_window(qtbot, backend, settings, runner)
    if french is not None:
        french.getfixturevalue("french")
    for path in (samples / "linkedin_Connections_2023plus_SYNTHETIC.csv", legacy):
        with qtbot.waitSignal(runner.finished, timeout=60000):
            assert window.import_paths([path])
    box = window.partial_question
    assert box is not None and box.isVisible()
    return window, box


def test_the_window_asks_whether_an_undated_export_is_the_newest(
    qtbot: Any,
    empty_backend: Any,
    settings: Any,
    runner: Any,
    samples: Path,
    db_path: Path,
    tmp_path: Path,
) -> None:
    _window, box = _ask_after_undated(qtbot, empty_backend, settings, runner, samples, tmp_path)
    assert box.text() == (
        "This LinkedIn export has no date of its own: it may be older than your last one, so it "
        "changed nothing you knew (6 of your connections are missing from it or shown "
        "differently). Is it your newest export? Yes applies it as your newest, dated today."
    )
    assert "removed" not in _statuses(db_path)
    with qtbot.waitSignal(runner.finished, timeout=60000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert "removed" in _statuses(db_path)


def test_and_asks_it_in_french(
    qtbot: Any,
    request: pytest.FixtureRequest,
    empty_backend: Any,
    settings: Any,
    runner: Any,
    samples: Path,
    tmp_path: Path,
) -> None:
    # French once the window is up (its maker checks the English first paint).
    _window, box = _ask_after_undated(
        qtbot, empty_backend, settings, runner, samples, tmp_path, french=request
    )
    assert box.text().startswith(
        "Cet export LinkedIn n’a pas de date propre : il est peut-être plus ancien que votre "
        "dernier export, il n’a donc rien changé de ce que vous saviez (6 de vos relations en "
        "sont absentes"
    )


def _statuses(db: Path) -> set[str]:
    """Statuses of the dated export's connections (the undated one names nobody by URL: those
    it alone knows were gone by the dated export, whatever the answer)."""
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute("SELECT status FROM profile WHERE url LIKE 'http%'")
        return {status for (status,) in rows}
    finally:
        connection.close()


def test_the_panel_gives_an_undated_export_no_date_and_calls_it_not_partial(
    qapp: Any, db_path: Path, samples: Path
) -> None:
    result = _undated_result(db_path, samples)
    text = ResultText()
    assert text.title_of(result).endswith("— LinkedIn export")  # not the import day's date
    lines = text.counter_lines(result.kind, result.counts)
    assert any("missing from this export, kept" in line for line in lines)
    assert not any("partial" in line for line in [*lines, *text.notes_of(result)])


_HELD_BACK = (
    "This LinkedIn export has no date of its own: it may be older than your last one, so it "
    "changed nothing you knew (%n of your connections are missing from it or shown "
    "differently). Is it your newest export? Yes applies it as your newest, dated today."
)


def test_the_window_asks_too_when_it_only_held_back_a_difference(
    qapp: Any,
    qtbot: Any,
    empty_backend: Any,
    settings: Any,
    runner: Any,
    db_path: Path,
    tmp_path: Path,
) -> None:
    dated = tmp_path / "Basic_LinkedInDataExport_03-15-2026" / "Connections.csv"
    dated.parent.mkdir()
    dated.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Avery,Example,https://www.linkedin.com/in/avery,,Northwind Traders,CEO,14 Nov 2025\n"
        "Eve,Oneil,https://www.linkedin.com/in/eve,,Tailspin Toys,Founder,29 May 2008\n",
        encoding="utf-8",
    )
    # Both connections, no date anywhere, Avery at another company: nobody is missing.
    old = tmp_path / "old export" / "Connections.csv"
    old.parent.mkdir()
    old.write_text(
        '"First Name","Last Name","E-mail Address","Company","Job Title"\n'
        '"Avery","Example","","Contoso Ltd","CEO"\n"Eve","Oneil","","Tailspin Toys","Founder"\n',
        encoding="utf-8",
    )
    window = make_window(qtbot, empty_backend, settings, runner)
    for path in (dated, old):
        with qtbot.waitSignal(runner.finished, timeout=60000):
            assert window.import_paths([path])
    box = window.partial_question
    assert box is not None and box.isVisible()
    assert "(1 of your connections are missing from it or shown differently)" in box.text()
    # The app loads English's plural forms as a translation (the tests run without it).
    translators = i18n.install(qapp, "en")
    try:
        assert QCoreApplication.translate("ImportFlow", _HELD_BACK, "", 1) == _HELD_BACK.replace(
            "(%n of your connections are", "(1 of your connections is"
        )
    finally:
        i18n.remove(qapp, translators)
    assert _companies(db_path) == {"Northwind Traders", "Tailspin Toys"}
    with qtbot.waitSignal(runner.finished, timeout=60000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert _companies(db_path) == {"Contoso Ltd", "Tailspin Toys"}


def _companies(db: Path) -> set[str]:
    connection = sqlite3.connect(db)
    try:
        return {company for (company,) in connection.execute("SELECT company FROM profile")}
    finally:
        connection.close()

"""The import result panel: what each file added, changed and skipped, every warning by file
and line, in the interface language, copyable, and reachable again from the File menu."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from benchmarks.gen_linkedin import make_rows, write_zip
from linkrevive.gui import i18n
from linkrevive.gui.backend import Backend
from linkrevive.gui.import_result import FileResult, ImportResultDialog, ImportResults, ResultText
from linkrevive.gui.main_window import MainWindow
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.services.workspace import Workspace
from tests.gui.test_main_window import make_window

pytestmark = pytest.mark.gui

# A lead sheet as users keep them: a stage and a stall reason out of the vocabulary, a typo
# in an address, an impossible date, a row with neither name nor address.
SHEET = """First name,Last name,Email,Company,Country,Stage,Stall reason,Last contact
Anne,Lefèvre,anne@pixelbleu.fr,Pixel Bleu,France,Maybe later,No time,2023-05-10
Bruno,Marchal,bruno(at)studiokode.be,Studio Kôdé,Belgique,Info sent,Ask again in spring,31/02/2022
,,,Acme,France,,,
Chloé,Abeille,chloe.abeille@gmail.com,,France,First contact,,2021-04-01
"""


@pytest.fixture
def language(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface in English (its plural forms loaded) or French, as the app runs it."""
    code = getattr(request, "param", "en")
    translators = i18n.install(qapp, code)
    yield code
    i18n.remove(qapp, translators)
    i18n.install(qapp, "en")


def _sheet(folder: Path) -> Path:
    path = folder / "suivi.csv"
    path.write_text(SHEET, encoding="utf-8")
    return path


def _dialog(window: MainWindow) -> ImportResultDialog:
    dialog = window.imports.dialog
    assert dialog is not None
    return dialog


def _import(qtbot: Any, window: MainWindow, *paths: Path) -> str:
    with qtbot.waitSignals([window.runner.finished, window.imports.results_shown], timeout=60000):
        assert window.import_paths(list(paths))
    dialog = window.imports.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog.text()


def test_the_sheet_says_what_it_did_and_lists_every_warning(
    qtbot: Any,
    language: str,
    empty_backend: Backend,
    settings: QSettings,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    window = make_window(qtbot, empty_backend, settings, runner)
    text = _import(qtbot, window, _sheet(tmp_path))
    assert text.splitlines()[:3] == ["1 file imported", "", "suivi.csv — Lead sheet"]
    assert "  • 3 contacts added" in text
    assert "  • 1 row skipped" in text
    assert "  • 4 warnings: the rows were imported" in text
    stages = "First contact, Info sent, Call agreed, Call postponed, Test project, Visit, Client"
    assert (
        f"suivi.csv, line 2: unknown stage, left empty (valid: {stages}, Lost) — “Maybe later”"
    ) in text
    assert "suivi.csv, line 3: not an email address: left out, the row was imported" in text
    assert "suivi.csv, line 3: unknown stall reason, left empty (valid: No time," in text
    assert "suivi.csv, line 3: date not understood — “31/02/2022”" in text
    assert "suivi.csv, line 4: no name and no email address: row skipped" in text
    # No raw counter names, no "warnings: 4".
    assert "warnings: 4" not in text and "shared_addresses" not in text
    # The status bar says it in one line; the whole report is the summary.
    assert window.statusBar().currentMessage() == "1 file imported"
    assert window.last_summary == text

    _dialog(window).copy_button.click()
    assert QGuiApplication.clipboard().text() == text


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_panel_speaks_french(
    qtbot: Any,
    language: str,
    empty_backend: Backend,
    settings: QSettings,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    window = MainWindow(empty_backend, settings, runner, language="fr")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_checked, timeout=30000):
        window.show()
        window.reload()
    text = _import(qtbot, window, _sheet(tmp_path))
    assert _dialog(window).windowTitle() == "Résultats de l'import"
    assert _dialog(window).copy_button.text() == "Copier"
    assert text.splitlines()[:3] == [
        "1 fichier importé",
        "",
        "suivi.csv — Tableau de suivi des prospects",
    ]
    assert "  • 3 contacts ajoutés" in text
    assert "  • 1 ligne ignorée" in text
    assert "  • 4 avertissements : les lignes ont été importées" in text
    assert "  Problèmes trouvés :" in text
    assert (
        "suivi.csv, ligne 2 : étape inconnue, laissée vide (valeurs valides : Premier contact, "
    ) in text
    assert text.count("— «\u00a0Maybe later\u00a0»") == 1
    assert "suivi.csv, ligne 4 : ni nom ni adresse e-mail : ligne ignorée" in text


def test_signals_are_counted_once_and_truly(
    qtbot: Any,
    language: str,
    empty_backend: Backend,
    settings: QSettings,
    db_path: Path,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    """The status bar used to say "signals: 415 · 200 signals": the count stored, and the
    200 newest the report carries. The panel says the count stored, once."""
    export = write_zip(
        tmp_path / "Complete_LinkedInDataExport_01-02-2025.zip", make_rows(1000, 1), 800, 1
    )
    window = make_window(qtbot, empty_backend, settings, runner)
    text = _import(qtbot, window, export)
    connection = sqlite3.connect(db_path)
    try:
        (stored,) = connection.execute("SELECT count(*) FROM signal").fetchone()
    finally:
        connection.close()
    assert stored > 200
    signal_lines = [line for line in text.splitlines() if "ignal" in line]
    assert signal_lines == [f"  • Signals found: {stored}"]
    assert "— LinkedIn export of 2 Jan 2025" in text
    assert "  • 1000 new connections" in text
    assert "profiles_from_activity" not in text
    assert "known only from messages or invitations" in text


def test_last_results_reopen_from_the_file_menu_even_after_a_restart(
    qtbot: Any,
    language: str,
    empty_backend: Backend,
    settings: QSettings,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    window = make_window(qtbot, empty_backend, settings, runner)
    assert window.last_results_action in window.file_menu.actions()
    window.last_results_action.trigger()
    assert window.imports.dialog is None
    assert window.statusBar().currentMessage() == "No import yet on this database."
    text = _import(qtbot, window, _sheet(tmp_path))
    _dialog(window).close()
    window.last_results_action.trigger()
    assert _dialog(window).isVisible() and _dialog(window).text() == text

    # The next run on the same database: the results are still there, every line of them,
    # but not the rows' values (names, addresses), which only the database may keep.
    later = make_window(qtbot, empty_backend, settings, runner)
    later.last_results_action.trigger()
    assert later.imports.dialog is not None
    kept = later.imports.dialog.text()
    assert kept == re.sub(r" — “[^”]*”", "", text)
    assert "suivi.csv, line 3: date not understood" in kept and "bruno(at)" not in kept
    assert "bruno(at)" not in str(settings.value("imports/last_results"))
    # Another database, the same settings: not its results.
    workspace = Workspace.open(str(tmp_path / "other.sqlite3"))
    try:
        other = make_window(qtbot, Backend(workspace), settings, runner)
        other.last_results_action.trigger()
        assert other.imports.dialog is None
        other.close()
        assert runner.wait(30000)
    finally:
        workspace.close()


def test_every_counter_has_words_and_a_server_mailbox_its_url(language: str) -> None:
    imap = FileResult(
        source="imap://claire@mail.example/INBOX",
        kind="contacts:imap",
        counts={"fetched": 12, "messages": 12, "exchanges": 9, "new": 3, "bulk": 2,
                "automated": 1, "skipped": 1, "signals": 2},
    )  # fmt: skip
    text = ResultText().as_text(ImportResults((imap,)))
    assert text.splitlines()[2] == "imap://claire@mail.example/INBOX — Mailbox"
    assert [line for line in text.splitlines() if line.startswith("  • ")] == [
        "  • 12 messages fetched from the server",
        "  • 12 messages read",
        "  • 9 email exchanges recorded",
        "  • 3 contacts added",
        "  • 2 automated messages set aside (newsletters, notifications, out-of-office replies…)",
        "  • 1 automated sender recognised",
        "  • 1 message without a date skipped",
        "  • Signals found: 2",
    ]
    # A counter a newer importer adds still shows, never silently dropped.
    other = FileResult(source="/x/book.vcf", kind="contacts:vcard", counts={"merged_twins": 2})
    assert "  • merged twins: 2" in ResultText().as_text(ImportResults((other,)))


@pytest.mark.parametrize("language", ["en", "fr"], indirect=True)
def test_an_account_without_a_sent_folder_is_said_in_words(language: str) -> None:
    source = "imap://claire@mail.example/INBOX"
    imap = FileResult(
        source=source,
        kind="contacts:imap",
        counts={"fetched": 2, "messages": 2, "exchanges": 2},
        issues=((source, None, "no_sent_folder", ""),),
    )
    text = ResultText().as_text(ImportResults((imap,)))
    expected = {
        "en": "no sent folder found on the server: your replies were not read",
        "fr": "aucun dossier des messages envoyés sur le serveur : vos réponses n’ont pas été lues",
    }[language]
    assert expected in text
    assert "no_sent_folder" not in text and "no sent folder:" not in text


@pytest.mark.parametrize("language", ["en", "fr"], indirect=True)
def test_an_own_address_taken_back_is_said_in_words(language: str) -> None:
    source = "/mail/Archives"
    mbox = FileResult(
        source=source,
        kind="contacts:mbox",
        counts={"messages": 3, "exchanges": 2},
        issues=(
            (source, None, "own_address", "Alex Martin <alex@oldagency.example>"),
            (source, None, "own_address_kept", "Alex Martin <alex.m@gmail.com>"),
        ),
    )
    text = ResultText().as_text(ImportResults((mbox,)))
    expected = {
        "en": [
            "Archives: one of your own addresses, taken for someone else by an earlier import: "
            "that person is removed, and the mail sent from it counts as yours — “Alex Martin "
            "<alex@oldagency.example>”",
            "Archives: one of your own addresses, taken off this person, who keeps their other "
            "details; the mail sent from it counts as yours — “Alex Martin <alex.m@gmail.com>”",
        ],
        "fr": [
            "une de vos propres adresses, prise pour quelqu'un d'autre par un import précédent",
            "une de vos propres adresses, retirée de cette personne, qui garde ses autres "
            "informations",
        ],
    }[language]
    assert all(line in text for line in expected), text
    # Never the raw code, nor the words made of it.
    assert "own_address" not in text and "Archives: own address" not in text


@pytest.mark.parametrize("language", ["en", "fr"], indirect=True)
def test_a_recommendation_left_out_says_why(language: str) -> None:
    source = "/exports/Complete_LinkedInDataExport_03-15-2026.zip"
    export = FileResult(
        source=source,
        kind="linkedin",
        counts={"skipped": 2},
        issues=(
            ("Recommendations_Received.csv", 2, "not_a_connection", "Iris Nobody"),
            ("Recommendations_Received.csv", 3, "several_connections_of_that_name", "Dana Doe"),
        ),
    )
    text = ResultText().as_text(ImportResults((export,)))
    expected = {
        "en": [
            "Recommendations_Received.csv, line 2: none of your connections: left out — "
            "“Iris Nobody”",
            "Recommendations_Received.csv, line 3: several of your connections bear this name: "
            "left out — “Dana Doe”",
        ],
        "fr": [
            "aucune de vos relations : ignorée — «\u00a0Iris Nobody\u00a0»",
            "plusieurs de vos relations portent ce nom : ignorée — «\u00a0Dana Doe\u00a0»",
        ],
    }[language]
    assert all(line in text for line in expected), text
    assert "not_a_connection" not in text and "several_connections" not in text


@pytest.mark.parametrize("language", ["en", "fr"], indirect=True)
def test_a_connection_followed_to_its_new_address_is_said_in_words(language: str) -> None:
    lines = ResultText().counter_lines("linkedin", {"unchanged": 30, "renamed": 1})
    said = {
        "en": "1 connection found under a new profile address, followed",
        "fr": "1 connexion retrouvée sous une nouvelle adresse de profil, suivie",
    }
    assert lines[-1] == said[language]

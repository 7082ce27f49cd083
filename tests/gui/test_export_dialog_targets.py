"""The export dialog refuses a target the export must never replace (issue 13, defect 1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from linkrevive.gui.backend import Backend
from linkrevive.gui.export_dialog import ExportDialog


def _dialog(qtbot: Any, settings: QSettings, backend: Backend) -> ExportDialog:
    dialog = ExportDialog(settings, check=backend.export_problem)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("csv"))
    return dialog


def _ok(qtbot: Any, dialog: ExportDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_database_itself_is_refused_and_the_dialog_stays_open(
    qtbot: Any, settings: QSettings, demo_backend: Backend, tmp_path: Path
) -> None:
    database = demo_backend.workspace.database.path
    assert database is not None
    saved = database.read_bytes()[:16]
    dialog = _dialog(qtbot, settings, demo_backend)
    link = tmp_path / "list.csv"
    link.symlink_to(database)
    dialog.path.setText(str(link))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != ExportDialog.DialogCode.Accepted
    assert dialog.problem.isVisible()
    assert "is refused as an export target: it is the database" in dialog.problem.text()
    assert settings.value("export/path", "") in ("", None)  # a refused choice is not kept
    assert database.read_bytes()[:16] == saved
    # A plain new file is fine: the dialog closes and remembers it.
    target = tmp_path / "relance.csv"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.accepted):
        _ok(qtbot, dialog)
    assert not dialog.problem.isVisible()
    assert settings.value("export/path") == str(target)


def test_an_unexpected_error_shows_neither_rows_nor_passwords() -> None:
    from linkrevive.gui.i18n import error_text

    error = RuntimeError(
        "(psycopg.OperationalError) connection to postgresql+psycopg://u:s3cret-pw@h/db failed\n"
        "[SQL: INSERT INTO person_email (email) VALUES (?)]\n"
        "[parameters: ('anne@pixelbleu.fr',)]"
    )
    text = error_text(error)
    assert "s3cret-pw" not in text and "anne@pixelbleu.fr" not in text and "[SQL" not in text
    assert "postgresql+psycopg://u:***@h/db" in text

"""Qt's own dialogs speak French in the French window (Qt's translation and our supplement)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from linkrevive.gui import i18n

pytestmark = pytest.mark.gui


def test_the_file_dialog_is_french_throughout(qtbot: Any, french: None) -> None:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    qtbot.addWidget(dialog)
    labels = [label.text().replace("&", "") for label in dialog.findChildren(QLabel)]
    assert "Voir dans\u00a0:" in labels  # Qt 6.12 writes "&Look in:": our supplement
    assert "Fichiers de type\u00a0:" in labels  # "Files of &type:"
    assert "Nom de fichier\u00a0:" in labels  # from Qt's own qtbase_fr
    assert not any("Look in" in text or "Files of" in text for text in labels)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert "Annuler" in [button.text() for button in buttons.buttons()]


def test_message_box_buttons_are_french(qtbot: Any, french: None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "x",
        "y",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Oui", "Non"}


def test_english_window_keeps_qt_english(qtbot: Any, qapp: Any) -> None:
    translators = i18n.install(qapp, "en")
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "&Look in:" in labels
    finally:
        i18n.remove(qapp, translators)

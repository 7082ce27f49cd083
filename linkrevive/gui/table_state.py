"""Saving and restoring table column widths and sort order in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView


def save_header(settings: QSettings, key: str, header: QHeaderView) -> None:
    settings.setValue(key, header.saveState())


def restore_header(settings: QSettings, key: str, header: QHeaderView) -> None:
    state = settings.value(key)
    if isinstance(state, QByteArray | bytes):
        header.restoreState(QByteArray(state))

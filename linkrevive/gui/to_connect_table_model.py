"""Table model of the "to connect" list: email contacts not yet doubled on LinkedIn."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from linkrevive.gui.backend_rows import ToConnectRow
from linkrevive.gui.i18n import format_date
from linkrevive.gui.table_model_base import Column, RowTableModel


class ToConnectTableModel(RowTableModel[ToConnectRow]):
    """Name, email, company and last exchange of each contact to connect with."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ToConnectTableModel", "Name"),
                    lambda r: r.name,
                ),
                Column(
                    lambda: QCoreApplication.translate("ToConnectTableModel", "Email"),
                    lambda r: r.email,
                ),
                Column(
                    lambda: QCoreApplication.translate("ToConnectTableModel", "Company"),
                    lambda r: r.company,
                ),
                Column(
                    lambda: QCoreApplication.translate("ToConnectTableModel", "Last exchange"),
                    lambda r: format_date(r.last_exchange),
                    lambda r: r.last_exchange.isoformat() if r.last_exchange else "",
                ),
            ],
            parent,
        )

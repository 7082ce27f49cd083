"""Table model of the Review pairs view: email contact beside LinkedIn profile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from linkrevive.gui.backend import PairRow
from linkrevive.gui.table_model_base import Column, RowTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("PairsTableModel", text)


class PairsTableModel(RowTableModel[PairRow]):
    """Contact name, email, company ↔ LinkedIn name, company, title; score."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(lambda: _t("Contact"), lambda r: r.person_name),
                Column(lambda: _t("Email"), lambda r: ", ".join(r.person_emails)),
                Column(lambda: _t("Company"), lambda r: r.person_company),
                Column(lambda: _t("LinkedIn name"), lambda r: r.profile_name),
                Column(lambda: _t("LinkedIn company"), lambda r: r.profile_company),
                Column(lambda: _t("Title"), lambda r: r.profile_position),
                Column(lambda: _t("Score"), lambda r: f"{r.score:.2f}", lambda r: r.score),
            ],
            parent,
        )

    def remove_pair(self, person_id: int, profile_id: int) -> None:
        for i, r in enumerate(self._rows):
            if r.person_id == person_id and r.profile_id == profile_id:
                self.beginRemoveRows(self.index(0, 0).parent(), i, i)
                del self._rows[i]
                self.endRemoveRows()
                return

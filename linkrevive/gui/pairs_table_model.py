"""Table model of the Review pairs view: email contact beside LinkedIn profile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from linkrevive.gui.backend import PairRow
from linkrevive.gui.table_model_base import Column, RowTableModel


class PairsTableModel(RowTableModel[PairRow]):
    """Contact name, email, company ↔ LinkedIn name, company, title; score."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("PairsTableModel", "Contact"),
                    lambda r: r.person_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("PairsTableModel", "Email"),
                    lambda r: ", ".join(r.person_emails),
                ),
                Column(
                    lambda: QCoreApplication.translate("PairsTableModel", "Company"),
                    lambda r: r.person_company,
                ),
                Column(
                    lambda: QCoreApplication.translate("PairsTableModel", "LinkedIn name"),
                    lambda r: r.profile_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("PairsTableModel", "LinkedIn company"),
                    lambda r: r.profile_company,
                ),
                Column(
                    lambda: QCoreApplication.translate("PairsTableModel", "Title"),
                    lambda r: r.profile_position,
                ),
                Column(
                    lambda: QCoreApplication.translate("PairsTableModel", "Score"),
                    lambda r: f"{r.score:.2f}",
                    lambda r: r.score,
                ),
            ],
            parent,
        )

    def remove_pair(self, person_id: int, profile_id: int) -> None:
        self.remove_where(lambda r: r.person_id == person_id and r.profile_id == profile_id)

    def remove_related(self, person_id: int, profile_id: int) -> int:
        """Drop every row of the person or of the profile (after a confirmation, the
        competing suggestions of both sides are gone); returns how many went."""
        return self.remove_where(lambda r: r.person_id == person_id or r.profile_id == profile_id)

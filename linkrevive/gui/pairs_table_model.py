"""Table model of the Review pairs view: email contact beside LinkedIn profile."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from linkrevive.gui.backend_rows import PairRow
from linkrevive.gui.i18n import format_number
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
                    lambda r: format_number(r.score, 2),
                    lambda r: r.score,
                ),
            ],
            parent,
        )

    def remove_pair(self, person_id: int, profile_id: int) -> None:
        self.remove_where(lambda r: r.person_id == person_id and r.profile_id == profile_id)

    def reconcile(self, fresh: Sequence[PairRow]) -> None:
        """Show ``fresh`` (the suggestions as the store now has them) with the least change.

        When the store only dropped rows (the usual effect of a decision: the competing
        suggestions of the contact and of the profile go), they are removed one by one and
        the view keeps its order and selection; any other change (a merged person, new
        evidence) resets the rows.
        """
        wanted = {(r.person_id, r.profile_id): r for r in fresh}
        kept = [r for r in self.rows() if (r.person_id, r.profile_id) in wanted]
        if len(kept) == len(wanted) and all(wanted[(r.person_id, r.profile_id)] == r for r in kept):
            self.remove_where(lambda r: (r.person_id, r.profile_id) not in wanted)
        else:
            self.set_rows(fresh)

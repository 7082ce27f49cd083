"""Table model of the revival funnel: one row per sign, stall reason or year, counts per step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from linkrevive.domain.enums import StallReason
from linkrevive.gui.i18n import format_number, stall_label
from linkrevive.gui.table_model_base import Column, RowTableModel
from linkrevive.revival.learning import BY_ALL, BY_SIGN, BY_STALL, BY_YEAR, UNKNOWN, FunnelRow
from linkrevive.revival.outcomes import Step


def step_label(step: Step) -> str:
    """The name of a funnel step in the interface language."""
    return {
        Step.PROPOSED: QCoreApplication.translate("FunnelTableModel", "Proposed"),
        Step.ACTED_ON: QCoreApplication.translate("FunnelTableModel", "Acted on"),
        Step.ANSWERED: QCoreApplication.translate("FunnelTableModel", "Answered"),
        Step.ADVANCED: QCoreApplication.translate("FunnelTableModel", "Advanced"),
        Step.CLIENT: QCoreApplication.translate("FunnelTableModel", "Client"),
    }[step]


def dimension_label(dimension: str) -> str:
    """The name of a way of grouping the funnel."""
    return {
        BY_ALL: QCoreApplication.translate("FunnelTableModel", "All proposals"),
        BY_SIGN: QCoreApplication.translate("FunnelTableModel", "Sign"),
        BY_STALL: QCoreApplication.translate("FunnelTableModel", "Stall reason"),
        BY_YEAR: QCoreApplication.translate("FunnelTableModel", "Year of the conversation"),
    }.get(dimension, dimension)


def sign_label(sign: str) -> str:
    """The name of the sign that brought a lead into Today."""
    return {
        "job_change": QCoreApplication.translate("FunnelTableModel", "Job change"),
        "title_change": QCoreApplication.translate("FunnelTableModel", "New title"),
        "reconnected": QCoreApplication.translate("FunnelTableModel", "Re-connection"),
        "linkedin_message": QCoreApplication.translate("FunnelTableModel", "LinkedIn message"),
        "linkedin_invitation": QCoreApplication.translate(
            "FunnelTableModel", "LinkedIn invitation"
        ),
        "email_inbound": QCoreApplication.translate("FunnelTableModel", "Incoming email"),
        "manual": QCoreApplication.translate("FunnelTableModel", "Noted by you"),
        "revisit_due": QCoreApplication.translate("FunnelTableModel", "Revisit due"),
    }.get(sign, sign)


def group_label(dimension: str, key: str) -> str:
    """The name of one group of ``dimension`` (the dimension's own name for key "")."""
    if not key:
        return dimension_label(dimension)
    if key == UNKNOWN:
        return QCoreApplication.translate("FunnelTableModel", "Unknown")
    if dimension == BY_SIGN:
        return sign_label(key)
    if dimension == BY_STALL:
        try:
            return stall_label(StallReason(key))
        except ValueError:
            return key
    if dimension == BY_ALL:
        return dimension_label(BY_ALL)
    return key


def _step_column(step: Step) -> Column[FunnelRow]:
    def header() -> str:
        return step_label(step)

    def display(row: FunnelRow) -> str:
        return format_number(row.counts[step], 0)

    def sort(row: FunnelRow) -> int:
        return row.counts[step]

    return Column(header, display, sort)


def answer_rate(row: FunnelRow) -> float | None:
    """Answered over acted on, when anything was acted on."""
    acted = row.counts[Step.ACTED_ON]
    return row.counts[Step.ANSWERED] / acted if acted else None


class FunnelTableModel(RowTableModel[FunnelRow]):
    """Group, the five steps, the answer rate and the median days from sign to answer."""

    def __init__(self, parent: QObject | None = None) -> None:
        steps = [_step_column(step) for step in Step]
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("FunnelTableModel", "Group"),
                    lambda r: group_label(r.dimension, r.key),
                    lambda r: r.key,
                ),
                *steps,
                Column(
                    lambda: QCoreApplication.translate("FunnelTableModel", "Answer rate"),
                    lambda r: (
                        ""
                        if (rate := answer_rate(r)) is None
                        else QCoreApplication.translate("FunnelTableModel", "{0}%").format(
                            format_number(rate * 100, 0)
                        )
                    ),
                    lambda r: -1.0 if (rate := answer_rate(r)) is None else rate,
                    lambda r: QCoreApplication.translate(
                        "FunnelTableModel", "Answered out of acted on"
                    ),
                ),
                Column(
                    lambda: QCoreApplication.translate("FunnelTableModel", "Days to answer"),
                    lambda r: (
                        ""
                        if r.median_days_to_answer is None
                        else format_number(r.median_days_to_answer, 0)
                    ),
                    lambda r: -1.0 if r.median_days_to_answer is None else r.median_days_to_answer,
                    lambda r: QCoreApplication.translate(
                        "FunnelTableModel", "Median days from the sign to the answer"
                    ),
                ),
            ],
            parent,
        )

    def extra_data(self, row: FunnelRow, column: int, role: int) -> Any:
        """Numbers right-aligned, as a spreadsheet shows them."""
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

"""What came of each revival: the proposals, their outcomes, the funnel and learned weights.

Today's rows are recorded as *proposals* when the user looks at them (the window's Today;
scripts only when they ask); the outcomes are derived from the imports and the user's own
acts (:mod:`linkrevive.revival.outcomes`); the funnel and the learned sign weights from the
outcomes (:mod:`linkrevive.revival.learning`). Learning is on by default: it starts from
the stored weights and moves a sign's weight only when the user's record with it differs
from their record with every sign beyond chance, within bounds; the setting
:data:`LEARN_KEY` turns it off. The learned settings are loaded in one place,
:mod:`linkrevive.services.learned_ranking`, for every Today-like list.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from linkrevive.domain.errors import InputError
from linkrevive.exporters.csv_writer import usable_delimiter, write_table_csv
from linkrevive.revival.learning import (
    BY_ALL,
    BY_SIGN,
    BY_STALL,
    BY_YEAR,
    DIMENSIONS,
    FunnelRow,
    LearningRules,
    SignRecord,
    funnel,
    learning_sentence,
    proposal_sign,
    sign_records,
    worth_saying,
)
from linkrevive.revival.outcomes import (
    STEP_CODES,
    Outcome,
    OutcomeRules,
)
from linkrevive.revival.settings import RevivalSettings
from linkrevive.services import learned_ranking, revival
from linkrevive.services.export_target import check_target
from linkrevive.services.learned_ranking import LEARN_KEY as LEARN_KEY
from linkrevive.services.learned_ranking import LEARNED as LEARNED
from linkrevive.services.learned_ranking import learning_enabled as learning_enabled
from linkrevive.services.learned_ranking import set_learning as set_learning
from linkrevive.services.workspace import Workspace


def _today(as_of: date | None) -> date:
    return as_of if as_of is not None else datetime.now(UTC).date()


def _aware(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


# -- recording ------------------------------------------------------------------------------


def proposal_rows(items: Sequence[revival.TodayItem]) -> list[dict[str, object]]:
    """The proposal rows of Today's ``items``: each lead's sign (its strongest fresh
    signal by the default weights, or :data:`REVISIT_DUE`: ``learning.proposal_sign``),
    the day of that sign, the stage, the stall reason and the year the conversation went
    quiet. The "new in your network" rows of profiles paired with nobody have no person
    and are left out."""
    weights = RevivalSettings().signal_weights
    rows: list[dict[str, object]] = []
    for item in items:
        if item.person_id <= 0:
            continue
        kinds = [s.kind.value for s in item.signals]
        sign = proposal_sign(kinds, item.waiting_reply)
        # Every fresh sign, repeats included (two job changes are two chances of a project).
        others = list(kinds)
        if sign in others:
            others.remove(sign)
        others.sort(key=lambda k: (-weights.get(k, 0), k))
        sign_on: date | None = None
        for signal in item.signals:
            if signal.kind.value == sign:
                sign_on = signal.occurred_at.date()
                break
        rows.append(
            {
                "person_id": item.person_id,
                "sign": sign,
                "sign_on": sign_on,
                "stage": item.stage.value if item.stage is not None else None,
                "stall_reason": item.stall_reason.value if item.stall_reason else None,
                "conversation_year": item.dormant_since.year if item.dormant_since else None,
                "signs": ",".join([sign, *others]) if kinds else "",
            }
        )
    return rows


def record_opener_copied(
    workspace: Workspace, person_id: int, when: datetime | None = None
) -> None:
    """Remember that the user copied the suggested opener of a lead (now by default)."""
    from linkrevive.storage import outcome_repo  # the ORM: a write, which Today never does

    moment = _aware(when) if when is not None else datetime.now(UTC)
    with workspace.database.session(write=True) as session:
        outcome_repo.record_event(session, person_id, outcome_repo.OPENER_COPIED, moment)


# -- outcomes and the funnel ----------------------------------------------------------------


def load_outcomes(
    workspace: Workspace, *, as_of: date | None = None, rules: OutcomeRules | None = None
) -> list[Outcome]:
    """The outcome of every episode of proposals up to ``as_of`` (today by default)."""
    return learned_ranking.load_outcomes(workspace, as_of=_today(as_of), rules=rules)


@dataclass(frozen=True, slots=True)
class FunnelReport:
    """The funnel on ``as_of``: rows per dimension (see ``learning.DIMENSIONS``)."""

    as_of: date
    rows: Mapping[str, list[FunnelRow]]

    @property
    def total(self) -> FunnelRow:
        """The whole funnel in one row."""
        return self.rows[BY_ALL][0]


def funnel_report(workspace: Workspace, *, as_of: date | None = None) -> FunnelReport:
    """The revival funnel, overall and by sign, stall reason and year of the conversation."""
    day = _today(as_of)
    found = load_outcomes(workspace, as_of=day)
    return FunnelReport(day, {d: funnel(found, d) for d in DIMENSIONS})


#: CSV columns of the funnel export (stable keys, English).
FUNNEL_COLUMNS = ("dimension", "group", *STEP_CODES, "median_days_to_answer")


def funnel_csv_rows(
    report: FunnelReport, label: Callable[[str, str], str] | None = None
) -> list[list[str]]:
    """The cells of the funnel export: overall, then by sign, stall reason and year;
    ``label(dimension, key)`` names a dimension (key "") and a group, codes by default."""
    rows = []
    for dimension in (BY_ALL, BY_SIGN, BY_STALL, BY_YEAR):
        for row in report.rows.get(dimension, []):
            median = row.median_days_to_answer
            rows.append(
                [
                    label(row.dimension, "") if label else row.dimension,
                    label(row.dimension, row.key) if label else row.key,
                    *(str(c) for c in row.counts),
                    "" if median is None else f"{median:g}",
                ]
            )
    return rows


def export_funnel(
    workspace: Workspace,
    path: Path,
    *,
    as_of: date | None = None,
    delimiter: str = ",",
    header: Sequence[str] | None = None,
    label: Callable[[str, str], str] | None = None,
) -> int:
    """Write the funnel as CSV (UTF-8 with BOM) to ``path``; returns the rows written.

    ``header`` replaces :data:`FUNNEL_COLUMNS` and ``label`` the codes of the dimensions
    and groups (``job_change``, ``no_time``…): the GUI writes them in the user's language.
    """
    if not usable_delimiter(delimiter):
        raise InputError("bad_option", detail="The CSV delimiter must be one usable character.")
    target = check_target(workspace, path)
    rows = funnel_csv_rows(funnel_report(workspace, as_of=as_of), label)
    out = target.path if target.path is not None else sys.stdout.buffer
    try:
        write_table_csv(list(header or FUNNEL_COLUMNS), rows, out, delimiter=delimiter)
    except OSError as exc:
        raise InputError("cannot_write", path, detail=exc.strerror or str(exc)) from exc
    return len(rows)


# -- learning -------------------------------------------------------------------------------


def records(workspace: Workspace, *, as_of: date | None = None) -> dict[str, SignRecord]:
    """The user's record per sign on ``as_of``."""
    return sign_records(load_outcomes(workspace, as_of=as_of))


def ranking_settings(
    workspace: Workspace,
    *,
    as_of: date | None = None,
    rules: LearningRules | None = None,
) -> tuple[RevivalSettings, dict[str, SignRecord]]:
    """The settings Today ranks with on ``as_of`` and the records behind them: the stored
    settings, with learned sign weights when learning is on (no records otherwise)."""
    return learned_ranking.ranking_settings(
        workspace, revival.get_settings(workspace), as_of=_today(as_of), rules=rules
    )


def with_learning_note(
    item: revival.TodayItem,
    sign: str,
    found: Mapping[str, SignRecord],
    lang: str = "en",
    rules: LearningRules | None = None,
) -> revival.TodayItem:
    """``item`` with the user's record with its ``sign`` said after the why-now, when it
    matters (enough cases, a real shift; see ``learning.worth_saying``)."""
    record = found.get(sign)
    if record is None or not worth_saying(record, rules):
        return item
    return revival.with_note(item, LEARNED, learning_sentence(record, lang))


def morning(
    workspace: Workspace,
    *,
    as_of: date | None = None,
    limit: int | None = None,
    lang: str = "en",
) -> revival.Morning:
    """Today's list ranked with the learned weights when learning is on, each row's why-now
    telling the user's record with its sign when that matters — ``revival.morning``, which
    the export and ``today`` share. Looking at it is recorded (visit and proposals) by
    ``services.morning.record_visit``."""
    return revival.morning(workspace, as_of=_today(as_of), limit=limit, lang=lang)

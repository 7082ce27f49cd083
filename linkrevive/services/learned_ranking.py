"""The settings every Today-like list ranks with: the stored ones, with the sign weights
learned from the user's outcomes when learning is on.

The window's Today, the command line's ``today``, the morning notification and the
reactivation export all rank through :func:`ranking_settings` (``services.revival``
calls it when no settings are given), so that they list the same leads in the same order.
This module reads the outcomes from the database and imports no other service but the
workspace: ``services.revival`` and ``services.outcomes`` both use it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time

from linkrevive.domain.enums import Channel, Direction, Stage, StallReason
from linkrevive.revival.learning import (
    LearningRules,
    SignRecord,
    learned_settings,
    learning_sentence,
    proposal_sign,
    sign_records,
    worth_saying,
)
from linkrevive.revival.outcomes import (
    Outcome,
    OutcomeRules,
    Proposal,
    StageChange,
    Touch,
    outcomes,
)
from linkrevive.revival.settings import RevivalSettings
from linkrevive.services.workspace import Workspace
from linkrevive.storage import outcome_reads, preferences

#: Setting: rank with the sign weights learned from the user's outcomes (default on).
LEARN_KEY = "learn_from_results"
#: Reason code of the why-now line that tells the user's record with the sign.
LEARNED = "learned"


def learning_enabled(workspace: Workspace) -> bool:
    """Whether Today ranks with the learned sign weights (on unless the user turned it off)."""
    with workspace.database.reading() as connection:
        return preferences.get_setting(connection, LEARN_KEY, True) is not False


def set_learning(workspace: Workspace, enabled: bool) -> None:
    """Rank with the learned weights (True) or the default ones (False)."""
    from linkrevive.storage import activity_repo  # the ORM: a write, which Today never does

    with workspace.database.session(write=True) as session:
        activity_repo.set_setting(session, LEARN_KEY, bool(enabled))


def _stage(value: str | None) -> Stage | None:
    try:
        return Stage(value) if value else None
    except ValueError:
        return None


def _stall(value: str | None) -> StallReason | None:
    try:
        return StallReason(value) if value else None
    except ValueError:
        return None


def load_outcomes(
    workspace: Workspace, *, as_of: date, rules: OutcomeRules | None = None
) -> list[Outcome]:
    """The outcome of every episode of proposals up to ``as_of``."""
    with workspace.database.reading() as connection:
        stored = outcome_reads.proposals(connection, until=as_of)
        if not stored:
            return []
        ids = {p.person_id for p in stored}
        since = datetime.combine(min(p.proposed_on for p in stored), time(), UTC)
        touch_rows = outcome_reads.touches(connection, ids, since=since)
        change_rows = outcome_reads.events(connection, outcome_reads.STAGE_CHANGED, ids)
        copy_rows = outcome_reads.events(connection, outcome_reads.OPENER_COPIED, ids)
    found = [
        Proposal(
            p.person_id,
            p.proposed_on,
            p.sign,
            p.sign_on,
            _stage(p.stage),
            _stall(p.stall_reason),
            p.conversation_year,
            tuple(k for k in p.signs.split(",") if k),
        )
        for p in stored
    ]
    touches: dict[int, list[Touch]] = {}
    for t in touch_rows:
        try:
            touch = Touch(t.occurred_at, Direction(t.direction), Channel(t.channel))
        except ValueError:
            continue
        touches.setdefault(t.person_id, []).append(touch)
    changes: dict[int, list[StageChange]] = {}
    for e in change_rows:
        changes.setdefault(e.person_id, []).append(
            StageChange(e.occurred_at, _stage(e.old_value), _stage(e.new_value))
        )
    copies: dict[int, list[datetime]] = {}
    for e in copy_rows:
        copies.setdefault(e.person_id, []).append(e.occurred_at)
    return outcomes(found, touches, changes, copies, as_of=as_of, rules=rules)


def ranking_settings(
    workspace: Workspace,
    stored: RevivalSettings,
    *,
    as_of: date,
    rules: LearningRules | None = None,
) -> tuple[RevivalSettings, dict[str, SignRecord]]:
    """The settings Today ranks with on ``as_of`` and the records behind them: ``stored``
    (the user's settings), with learned sign weights when learning is on (and no records
    otherwise)."""
    if not learning_enabled(workspace):
        return stored, {}
    found = load_outcomes(workspace, as_of=as_of)
    return learned_settings(stored, found, rules), sign_records(found, rules)


def record_note(
    kinds: Sequence[str],
    waiting_reply: bool,
    records: Mapping[str, SignRecord],
    lang: str = "en",
    rules: LearningRules | None = None,
) -> str | None:
    """What the why-now of a row says of the user's record with its sign ("Job changes led
    to an answer 5 times out of 9 for you"), when that matters (enough cases, a weight
    moved: ``learning.worth_saying``); the row's sign from its fresh signals' ``kinds``
    and ``waiting_reply`` (``learning.proposal_sign``)."""
    record = records.get(proposal_sign(kinds, waiting_reply))
    if record is None or not worth_saying(record, rules):
        return None
    return learning_sentence(record, lang)

"""Tunable rules of the revival engine: thresholds, windows and every score weight."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from linkrevive.domain.enums import SignalKind, Stage, StallReason

#: Key of the revisit window used when the stall reason is unknown.
UNKNOWN_REASON = "unknown"


def _revisit_defaults() -> dict[str, int]:
    return {
        StallReason.NO_TIME.value: 6,
        StallReason.NO_METHOD.value: 6,
        StallReason.UNCERTAINTY.value: 9,
        StallReason.CONFIDENTIALITY.value: 12,
        StallReason.DISTANCE.value: 12,
        StallReason.NO_NEED.value: 12,
        StallReason.OTHER.value: 12,
        UNKNOWN_REASON: 12,
    }


def _signal_defaults() -> dict[str, int]:
    # An incoming message is the prospect acting; an invitation is nearly as strong; a job
    # change often comes with a new project; the rest are weaker hints.
    return {
        SignalKind.LINKEDIN_MESSAGE.value: 30,
        SignalKind.EMAIL_INBOUND.value: 30,
        SignalKind.LINKEDIN_INVITATION.value: 24,
        SignalKind.JOB_CHANGE.value: 20,
        SignalKind.RECONNECTED.value: 14,
        SignalKind.TITLE_CHANGE.value: 10,
        SignalKind.MANUAL.value: 6,
    }


def _stage_defaults() -> dict[str, int]:
    # The further the conversation went, the less there is to redo; client never ranks.
    return {
        Stage.FIRST_CONTACT.value: 4,
        Stage.INFO_SENT.value: 8,
        Stage.CALL_AGREED.value: 12,
        Stage.CALL_POSTPONED.value: 13,
        Stage.TEST_PROJECT.value: 15,
        Stage.VISIT.value: 15,
        Stage.LOST.value: 4,
        Stage.CLIENT.value: 0,
    }


_MAPPINGS = ("revisit_months", "signal_weights", "stage_points")


@dataclass(frozen=True, slots=True)
class RevivalSettings:
    """Rules and weights of the ranking, all in one place.

    Score budget with the defaults (the maxima add up to exactly 100):

    ==========================  ====  ==========================================
    part                        max   how
    ==========================  ====  ==========================================
    fresh signal (base)          20   any fresh signal, or a prospect waiting
    signals (by kind, decayed)   30   kind weight x 0.5^(age / half-life); the
                                      n-th strongest signal counts x repeat^n
    stage reached                15   ``stage_points``
    revisit window passed        10   ``revisit_due_points``
    dormancy length               8   ``dormancy_points`` (sweet spot 2–4 years)
    relationship depth           12   1 per exchange, +4 if both directions
    company contact               5   a connection now at the prospect's company
    ==========================  ====  ==========================================

    Leads with no fresh signal have their points scaled by
    ``no_signal_cap / (their maximum)`` so that they always score below
    ``signal_base_points``, the floor of any lead with a signal; the ranking also sorts
    on "has a fresh signal" first. If custom weights push a total above 100, the points
    are scaled down to 100. Scaling distributes the rounding so that the points of the
    reasons always add up to the score.
    """

    #: Months of silence after which a lead counts as dormant.
    dormancy_months: int = 12
    #: Months a ``lost`` lead must stay silent before a fresh signal may bring it back.
    lost_cooldown_months: int = 24
    #: Months of dormancy, per stall reason value (or ``unknown``), after which a lead is
    #: proposed even without a signal. Counted from the day the lead became dormant (last
    #: exchange + ``dormancy_months``), so that short windows still mean something.
    revisit_months: Mapping[str, int] = field(default_factory=_revisit_defaults)
    #: Freshness window: a sign older than this many days is history, never a "why now";
    #: an unanswered incoming message older than this no longer keeps a lead waiting.
    signal_horizon_days: int = 90
    #: Signal points halve every this many days.
    signal_half_life_days: int = 90
    #: Diminishing returns: the n-th strongest signal counts ``repeat_factor ** n``.
    signal_repeat_factor: float = 0.5
    #: Points any lead with a fresh signal gets; the floor of every lead with a signal.
    signal_base_points: int = 20
    #: Cap on the decayed, summed kind weights (on top of the base).
    signal_max_points: int = 30
    #: Weight of a brand-new signal, per signal kind value.
    signal_weights: Mapping[str, int] = field(default_factory=_signal_defaults)
    #: Points per stage reached (stage value).
    stage_points: Mapping[str, int] = field(default_factory=_stage_defaults)
    #: Points when the revisit window of the stall reason has passed.
    revisit_due_points: int = 10
    #: (months of dormancy from, points): the last row whose bound is reached applies.
    dormancy_points: tuple[tuple[int, int], ...] = ((12, 4), (24, 8), (48, 6), (96, 3))
    #: Points per exchange of the relationship.
    depth_points_per_exchange: int = 1
    #: Extra points when both sides wrote (a real conversation, not a mailing).
    depth_both_ways_bonus: int = 4
    #: Cap on relationship-depth points.
    depth_max_points: int = 12
    #: Points when another connection now works at the prospect's company.
    company_contact_points: int = 5
    #: Highest score of a lead with no fresh signal (below ``signal_base_points``).
    no_signal_cap: int = 19
    #: Most leads with no fresh sign listed after those with one: the ones whose revisit
    #: window came due most recently; the others are counted ("more due").
    due_block: int = 10
    #: Most non-prospects with a strong fresh sign listed in the "new in your network" block.
    network_block: int = 5

    def revisit_window(self, reason: StallReason | None) -> int:
        """Revisit window in months for ``reason`` (None = unknown)."""
        key = reason.value if reason is not None else UNKNOWN_REASON
        return self.revisit_months.get(key, self.revisit_months.get(UNKNOWN_REASON, 12))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (plain dicts, lists and numbers) for the settings table."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _MAPPINGS:
                out[f.name] = dict(value)
            elif f.name == "dormancy_points":
                out[f.name] = [list(row) for row in value]
            else:
                out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RevivalSettings:
        """Settings from ``to_dict`` output; missing keys keep their defaults.

        Unknown keys are ignored (a newer version may have written them); partial weight
        tables are merged over the defaults. Raises ``ValueError`` on a value of the wrong
        type or a negative number.
        """
        defaults = cls()
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            raw = data[f.name]
            default = getattr(defaults, f.name)
            if f.name in _MAPPINGS:
                if not isinstance(raw, Mapping):
                    raise ValueError(f"{f.name} must be a mapping")
                merged = dict(default)
                for key, value in raw.items():
                    merged[str(key)] = _non_negative_int(f"{f.name}.{key}", value)
                kwargs[f.name] = merged
            elif f.name == "dormancy_points":
                kwargs[f.name] = _bands(raw)
            elif isinstance(default, float):
                if isinstance(raw, bool) or not isinstance(raw, int | float) or raw < 0:
                    raise ValueError(f"{f.name} must be a non-negative number")
                kwargs[f.name] = float(raw)
            else:
                kwargs[f.name] = _non_negative_int(f.name, raw)
        return cls(**kwargs)


def _non_negative_int(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a non-negative integer")
    return value


def _bands(raw: Any) -> tuple[tuple[int, int], ...]:
    if not isinstance(raw, list | tuple):
        raise ValueError("dormancy_points must be a list of [months, points] pairs")
    bands: list[tuple[int, int]] = []
    for row in raw:
        if not isinstance(row, list | tuple) or len(row) != 2:
            raise ValueError("dormancy_points must be a list of [months, points] pairs")
        bands.append(
            (
                _non_negative_int("dormancy_points", row[0]),
                _non_negative_int("dormancy_points", row[1]),
            )
        )
    return tuple(sorted(bands))

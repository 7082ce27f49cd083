"""What works for this user: the revival funnel, and sign weights learned from outcomes.

Pure functions over :class:`~linkrevive.revival.outcomes.Outcome` records.

The learned weights: for each sign, the answer rate of the proposals the user acted on,
estimated with a Beta prior centred on the user's overall answer rate (every sign alike),
worth ``prior_strength`` cases. A handful of cases moves a sign's estimate a little; its
weight is the default weight times the estimate over the overall rate, bounded by
``min_factor`` and ``max_factor``. When every sign pays off alike the factors stay near 1
and the ranking is the default one.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from linkrevive.revival.outcomes import REVISIT_DUE, SIGN_ORDER, Outcome, Step
from linkrevive.revival.settings import RevivalSettings

#: Dimensions of the funnel.
BY_ALL = "all"
BY_SIGN = "sign"
BY_STALL = "stall_reason"
BY_YEAR = "year"
DIMENSIONS = (BY_ALL, BY_SIGN, BY_STALL, BY_YEAR)
#: Key of the rows whose stall reason or year is not known.
UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class FunnelRow:
    """How many proposals of one group reached each step (``counts`` in :class:`Step`
    order, each ≤ the one before) and the median days from sign to answer."""

    dimension: str
    key: str
    counts: tuple[int, ...]
    median_days_to_answer: float | None

    @property
    def proposed(self) -> int:
        """The group's proposals (the funnel's first step)."""
        return self.counts[Step.PROPOSED]


def _key(outcome: Outcome, dimension: str) -> str:
    proposal = outcome.proposal
    if dimension == BY_SIGN:
        return proposal.sign
    if dimension == BY_STALL:
        return proposal.stall_reason.value if proposal.stall_reason is not None else UNKNOWN
    if dimension == BY_YEAR:
        year = proposal.conversation_year
        return str(year) if year is not None else UNKNOWN
    return BY_ALL


def _order(dimension: str) -> Callable[[str], tuple[int, str]]:
    def key(value: str) -> tuple[int, str]:
        if value == UNKNOWN:
            return (2, value)
        if dimension == BY_SIGN and value in SIGN_ORDER:
            return (0, f"{SIGN_ORDER.index(value):02d}")
        return (1, value)

    return key


def funnel(outcomes: Iterable[Outcome], dimension: str = BY_ALL) -> list[FunnelRow]:
    """One funnel row per group of ``dimension`` (see :data:`DIMENSIONS`): signs in the
    order of :data:`SIGN_ORDER`, years ascending, unknown last; ``all`` gives one row
    (with zero counts when there is no outcome)."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown funnel dimension: {dimension}")
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(_key(outcome, dimension), []).append(outcome)
    if dimension == BY_ALL and not groups:
        groups[BY_ALL] = []
    rows = []
    for key in sorted(groups, key=_order(dimension)):
        members = groups[key]
        counts = tuple(sum(1 for o in members if o.level >= step) for step in Step)
        days = [d for o in members if (d := o.days_to_answer) is not None]
        rows.append(
            FunnelRow(dimension, key, counts, float(statistics.median(days)) if days else None)
        )
    return rows


# -- learned weights ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LearningRules:
    """How much the user's outcomes may move a sign's weight."""

    #: Weight of the prior, in cases: this many acted-on proposals count as much as it.
    prior_strength: float = 20.0
    #: Bounds of the factor applied to a default weight.
    min_factor: float = 0.5
    max_factor: float = 1.5
    #: The why-now mentions a sign's record from this many acted-on proposals …
    min_cases_to_say: int = 5
    #: … when its factor is at least this far from 1.
    min_shift_to_say: float = 0.1


@dataclass(frozen=True, slots=True)
class SignRecord:
    """The user's record with one sign: acted-on proposals, how many were answered, the
    estimated answer rate (posterior mean) and the factor of its weight."""

    sign: str
    acted: int
    answered: int
    rate: float
    factor: float


def sign_records(
    outcomes: Iterable[Outcome], rules: LearningRules | None = None
) -> dict[str, SignRecord]:
    """Each sign's record: Beta(s·p, s·(1−p)) prior, ``p`` the overall answer rate of the
    acted-on proposals that had a sign (Laplace-smoothed; revisits come due left out),
    ``s`` the prior strength; factor = posterior mean / ``p``, bounded."""
    rules = rules or LearningRules()
    acted: dict[str, int] = {}
    answered: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.level < Step.ACTED_ON:
            continue
        sign = outcome.proposal.sign
        acted[sign] = acted.get(sign, 0) + 1
        if outcome.level >= Step.ANSWERED:
            answered[sign] = answered.get(sign, 0) + 1
    # The prior is the signs' overall rate: proposals with no sign (a revisit come due) have
    # no weight to learn and would drag it down, lifting every sign alike.
    signs = [sign for sign in acted if sign != REVISIT_DUE]
    total_acted = sum(acted[sign] for sign in signs)
    pooled = (sum(answered.get(sign, 0) for sign in signs) + 1) / (total_acted + 2)
    alpha = rules.prior_strength * pooled
    beta = rules.prior_strength * (1 - pooled)
    records = {}
    for sign, n in acted.items():
        a = answered.get(sign, 0)
        rate = (a + alpha) / (n + alpha + beta)
        factor = min(max(rate / pooled, rules.min_factor), rules.max_factor)
        records[sign] = SignRecord(sign, n, a, rate, factor)
    return records


def learned_weights(
    defaults: Mapping[str, int], records: Mapping[str, SignRecord]
) -> dict[str, int]:
    """``defaults`` with each sign that has a record scaled by its factor (whole points)."""
    return {
        kind: round(weight * records[kind].factor) if kind in records else weight
        for kind, weight in defaults.items()
    }


def learned_settings(
    settings: RevivalSettings, outcomes: Iterable[Outcome], rules: LearningRules | None = None
) -> RevivalSettings:
    """``settings`` with sign weights learned from ``outcomes`` (the rest unchanged)."""
    records = sign_records(outcomes, rules)
    return replace(settings, signal_weights=learned_weights(settings.signal_weights, records))


def worth_saying(record: SignRecord, rules: LearningRules | None = None) -> bool:
    """Whether the why-now should mention ``record``: enough cases and a real shift."""
    rules = rules or LearningRules()
    return (
        record.sign != REVISIT_DUE
        and record.acted >= rules.min_cases_to_say
        and abs(record.factor - 1.0) >= rules.min_shift_to_say
    )


_SIGN_NAMES = {
    "en": {
        "job_change": "job changes",
        "title_change": "new titles",
        "reconnected": "re-connections",
        "linkedin_message": "LinkedIn messages",
        "linkedin_invitation": "LinkedIn invitations",
        "email_inbound": "incoming emails",
        "manual": "signs you noted",
        REVISIT_DUE: "revisits come due",
    },
    "fr": {
        "job_change": "les changements de poste",
        "title_change": "les nouveaux titres",
        "reconnected": "les reconnexions",
        "linkedin_message": "les messages LinkedIn",
        "linkedin_invitation": "les invitations LinkedIn",
        "email_inbound": "les e-mails reçus",
        "manual": "les signes que vous avez notés",
        REVISIT_DUE: "les relances arrivées à échéance",
    },
}


def learning_sentence(record: SignRecord, lang: str = "en") -> str:
    """ "job changes led to an answer 5 times out of 9 for you" in ``lang``."""
    if lang == "fr":
        name = _SIGN_NAMES["fr"].get(record.sign, record.sign)
        return f"Pour vous, {name} ont mené à une réponse {record.answered} fois sur {record.acted}"
    name = _SIGN_NAMES["en"].get(record.sign, record.sign)
    times = "time" if record.answered == 1 else "times"
    return (
        f"{name[:1].upper()}{name[1:]} led to an answer {record.answered} {times} "
        f"out of {record.acted} for you"
    )


def sign_of(kinds: Sequence[str], weights: Mapping[str, int]) -> str:
    """The sign a proposal is filed under: of the fresh signals' ``kinds`` (newest first),
    the one of highest weight in ``weights`` (the newest on a tie); :data:`REVISIT_DUE`
    when there is none."""
    best: str | None = None
    for kind in kinds:
        if best is None or weights.get(kind, 0) > weights.get(best, 0):
            best = kind
    return best if best is not None else REVISIT_DUE

"""What works for this user: the revival funnel, and sign weights learned from outcomes.

Pure functions over :class:`~linkrevive.revival.outcomes.Outcome` records.

The learned weights: for each sign, its chance of bringing an answer when the user acts on
a proposal (a proposal with several signs is answered as soon as one of them pays off:
noisy-OR), estimated with a Beta prior centred on the user's overall chance (every sign
alike), worth ``prior_strength`` cases. A handful of cases moves a sign's estimate a little; its
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
    prior_strength: float = 40.0
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


def _cases(outcomes: Iterable[Outcome]) -> list[tuple[tuple[str, ...], bool, str]]:
    """The acted-on proposals: the kinds of their fresh signs, answered or not, their sign."""
    found = []
    for outcome in outcomes:
        if outcome.level < Step.ACTED_ON:
            continue
        proposal = outcome.proposal
        kinds = proposal.kinds or (proposal.sign,)  # repeats are more chances
        found.append((kinds, outcome.level >= Step.ANSWERED, proposal.sign))
    return found


def _noisy_or(
    cases: Sequence[tuple[tuple[str, ...], bool]],
    prior: Callable[[str], tuple[float, float]],
    rounds: int = 60,
) -> dict[str, float]:
    """Per kind, the chance that it alone brings an answer, when a proposal is answered as
    soon as one of its signs does (noisy-OR), fitted by EM with Beta(a, b) priors.

    A proposal with several fresh signs is likelier to be answered than one with a single
    sign; the signs that rank a lead on top only together (a job change with a
    re-connection) would otherwise take the credit of being two, and learn a weight that
    the ranking's sum of signs already gives them."""
    kinds = sorted({k for ks, _ in cases for k in ks})
    chance = {k: prior(k)[0] / max(sum(prior(k)), 1e-9) for k in kinds}
    for _ in range(rounds):
        credit = dict.fromkeys(kinds, 0.0)
        seen = dict.fromkeys(kinds, 0.0)
        for ks, answered in cases:
            miss = 1.0
            for k in ks:
                seen[k] += 1
                miss *= 1 - chance[k]
            if answered:
                hit = max(1 - miss, 1e-9)
                for k in ks:
                    credit[k] += chance[k] / hit
        for k in kinds:
            a, b = prior(k)
            chance[k] = (credit[k] + a) / (seen[k] + a + b)
    return chance


def sign_records(
    outcomes: Iterable[Outcome], rules: LearningRules | None = None
) -> dict[str, SignRecord]:
    """Each sign's record: the acted-on proposals filed under it and how many were answered,
    its estimated chance of bringing an answer and the factor of its weight.

    The chance is fitted over every sign of the acted-on proposals (noisy-OR, see
    :func:`_noisy_or`) with a Beta(s·p, s·(1−p)) prior, ``p`` the chance fitted with every
    sign alike (a revisit come due, which has no weight to learn, left out) and ``s`` the
    prior strength; factor = chance / ``p``, bounded."""
    rules = rules or LearningRules()
    cases = _cases(outcomes)
    acted: dict[str, int] = {}
    answered: dict[str, int] = {}
    for _kinds, yes, sign in cases:
        acted[sign] = acted.get(sign, 0) + 1
        answered[sign] = answered.get(sign, 0) + (1 if yes else 0)
    signed = [(ks, yes) for ks, yes, _sign in cases if REVISIT_DUE not in ks]
    # Every sign alike: the same fit with one shared kind (Laplace prior).
    pooled = _noisy_or([(("*",) * len(ks), yes) for ks, yes in signed], lambda _k: (1.0, 1.0))
    base = pooled.get("*", 0.5)
    strength = rules.prior_strength
    chance = _noisy_or(signed, lambda _k: (strength * base, strength * (1 - base)))
    revisits = [yes for ks, yes, _sign in cases if REVISIT_DUE in ks]
    if revisits:
        chance[REVISIT_DUE] = (sum(revisits) + strength * base) / (len(revisits) + strength)
    records = {}
    for sign in [*acted, *(k for k in chance if k not in acted)]:
        n = acted.get(sign, 0)
        rate = chance.get(sign, base)
        factor = min(max(rate / base, rules.min_factor), rules.max_factor)
        records[sign] = SignRecord(sign, n, answered.get(sign, 0), rate, factor)
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

"""What works for this user: the revival funnel, and sign weights learned from outcomes.

Pure functions over :class:`~linkrevive.revival.outcomes.Outcome` records.

The learned weights read like the why-now says them ("job changes led to an answer 5 times
out of 9 for you"): each sign's record — the acted-on proposals filed under it and how many
were answered — is set against what the user gets from every sign alike. A sign's weight
moves only when its record differs from that beyond chance (the credible interval of its
answer rate, under a Beta prior worth ``prior_strength`` cases, leaves the user's rate
out), and then only as far as the record surely goes, bounded by ``min_factor`` and
``max_factor``. When every sign pays off alike the weights stay the default ones; with no
outcome nothing changes.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from linkrevive.domain.enums import SignalKind
from linkrevive.revival import beta
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

    #: Weight of the prior, in cases: this many acted-on proposals count as much as it
    #: (more than 0).
    prior_strength: float = 20.0
    #: A weight moves when the central credible interval of the sign's answer rate leaves
    #: out the user's rate with every sign alike; the intervals of all signs together hold
    #: this much (each one ``1 - (1 - credible) / signs``).
    credible: float = 0.9
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
    estimated answer rate (posterior mean) and the factor of its weight (1: unchanged)."""

    sign: str
    acted: int
    answered: int
    rate: float
    factor: float


def _cases(outcomes: Iterable[Outcome]) -> list[tuple[str, int, bool]]:
    """The acted-on proposals: their sign, how many fresh signs they had, answered or not."""
    found = []
    for outcome in outcomes:
        if outcome.level < Step.ACTED_ON:
            continue
        proposal = outcome.proposal
        # A signed proposal stored without its list of signs had one; three or more alike.
        count = 0 if proposal.sign == REVISIT_DUE else min(max(len(proposal.kinds), 1), 3)
        found.append((proposal.sign, count, outcome.level >= Step.ANSWERED))
    return found


def _rate(answered: int, acted: int) -> float:
    """An answer rate with one answer and one silence added (Laplace): never 0 nor 1."""
    return (answered + 1) / (acted + 2)


def sign_records(
    outcomes: Iterable[Outcome], rules: LearningRules | None = None
) -> dict[str, SignRecord]:
    """Each sign's record: the acted-on proposals filed under it, how many were answered,
    its estimated answer rate and the factor of its weight.

    A sign is compared with what the user gets from every sign alike: its *reference* is
    the user's answer rate over the proposals with as many fresh signs as its own (one,
    two, three or more — whether more signs bring more answers is measured, not assumed),
    averaged over its proposals; a revisit come due is compared with every signed
    proposal. Its rate has a Beta prior centred on the reference, worth ``prior_strength``
    cases, updated by its record. Its weight moves only when the record says so beyond
    chance: when the credible interval of its rate leaves out the reference (the
    intervals of all signs holding ``credible`` together), its factor is the interval's
    end nearest to the reference over the reference (as far as the record surely goes),
    bounded; otherwise 1."""
    rules = rules or LearningRules()
    cases = _cases(outcomes)
    # The user's answer rate per number of fresh signs (0: a revisit come due).
    strata: dict[int, list[int]] = {}
    for _sign, count, yes in cases:
        stratum = strata.setdefault(count, [0, 0])
        stratum[0] += 1
        stratum[1] += yes
    signed = [n for count, n in strata.items() if count > 0]
    overall = _rate(sum(n[1] for n in signed), sum(n[0] for n in signed))
    per_count = {count: _rate(n[1], n[0]) for count, n in strata.items() if count > 0}
    per_count[0] = overall
    acted: dict[str, int] = {}
    answered: dict[str, int] = {}
    expected: dict[str, float] = {}
    for sign, count, yes in cases:
        acted[sign] = acted.get(sign, 0) + 1
        answered[sign] = answered.get(sign, 0) + yes
        expected[sign] = expected.get(sign, 0.0) + per_count[count]
    records = {}
    strength = rules.prior_strength
    # One interval per sign, each wider as there are more signs to compare (Bonferroni),
    # so that ``credible`` holds for all of them at once: when every sign pays off alike,
    # the chance that any weight moves is at most 1 - ``credible``.
    level = 1 - (1 - rules.credible) / max(len(acted), 1)
    for sign, n in acted.items():
        reference = expected[sign] / n
        a = strength * reference + answered[sign]
        b = strength * (1 - reference) + n - answered[sign]
        low, high = beta.interval(level, a, b)
        sure = low if low > reference else high if high < reference else reference
        factor = min(max(sure / reference, rules.min_factor), rules.max_factor)
        records[sign] = SignRecord(sign, n, answered[sign], a / (a + b), factor)
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


def proposal_sign(kinds: Sequence[str], waiting_reply: bool = False) -> str:
    """The sign a row of Today is filed under: :func:`sign_of` its fresh signals' ``kinds``
    by the default weights (learning never moves what a proposal is filed under); a lead
    with none that wrote again (``waiting_reply``) came back by an incoming message."""
    sign = sign_of(kinds, RevivalSettings().signal_weights)
    if sign == REVISIT_DUE and waiting_reply:
        return SignalKind.EMAIL_INBOUND.value
    return sign

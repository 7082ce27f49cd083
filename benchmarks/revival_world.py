"""Seeded generator of a labelled synthetic world of leads for the revival engine.

Each lead gets a category that says what a good ranking should do with it:

- ``positive``: dormant (or lost past the cool-down) with a strong, fresh sign of a new
  project (incoming message or email, invitation, job change, re-connection, or the
  prospect writing again): must be in the top K, K = number of positives;
- ``weak`` (dormant with only a weak or ageing hint) and ``revisit`` (dormant, no signal,
  past the stall reason's revisit window): may appear, but below the positives;
- ``network``: not a prospect (a friend's free-mail address, no stage) with a strong fresh
  sign: may appear, in the "new in your network" section only;
- the ``never_*`` categories must not appear at all: active leads (answered exchange
  inside the threshold, often with a signal too), clients, lost leads inside the
  cool-down or with no signal, snoozed, dismissed and revived leads, LinkedIn-only
  connections (outside the network section), dormant leads with no fresh signal inside
  their revisit window, leads whose only sign is an unanswered message older than the
  freshness window (``never_stale_reply``), and non-prospects with fresh signs: the
  user's colleagues, companies' shared boxes and automated senders (newsletters).

Every lead carries the ``relation`` the service derives from the store (see
``services.revival``): the world's own addresses are :data:`ME`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason
from linkrevive.revival import (
    AUTOMATED,
    COLLEAGUE,
    CONTACT,
    PROSPECT,
    ROLE,
    CompanyContact,
    ExchangeFact,
    LeadFacts,
    RevivalSettings,
    SignalFact,
    add_months,
)

AS_OF = date(2024, 6, 3)
SHOULD_APPEAR = "positive"
MAY_APPEAR = frozenset({"weak", "revisit"})
#: Categories that may appear in the "new in your network" section (and only there).
NETWORK_MAY_APPEAR = frozenset({"network", "never_linkedin_only"})
#: Non-prospects: never in the lead sections.
NON_PROSPECTS = frozenset(
    {"never_colleague", "never_role", "never_automated", "network", "never_linkedin_only"}
)
#: The user's own addresses (``import contacts --me``): their domain is the user's company.
ME = ("ana.popescu@nearshore-dev.ro",)
_OWN_DOMAIN = "nearshore-dev.ro"
_MEDIA = ["frenchweb.fr", "journaldunet.com", "blogdumoderateur.com", "maddyness.com"]

# Share of each category in the world (adds up to 1).
MIX: dict[str, float] = {
    "positive": 0.12,
    "weak": 0.07,
    "revisit": 0.12,
    "never_active": 0.20,
    "never_stale_reply": 0.03,
    "never_colleague": 0.02,
    "never_role": 0.02,
    "never_automated": 0.02,
    "network": 0.02,
    "never_client": 0.06,
    "never_lost_cooldown": 0.04,
    "never_lost_silent": 0.05,
    "never_snoozed": 0.03,
    "never_dismissed": 0.03,
    "never_revived": 0.02,
    "never_linkedin_only": 0.05,
    "never_early": 0.10,
}

_FIRST = [
    "Claire",
    "Marc",
    "Hélène",
    "Jean-Pierre",
    "Zoé",
    "Luc",
    "Anne",
    "Sébastien",
    "Inès",
    "Paul",
    "Chloé",
    "Émile",
    "Léa",
    "Noé",
]
_LAST = [
    "Martin",
    "Dupont",
    "Lefèvre",
    "Roux",
    "Girard",
    "Morel",
    "Lambert",
    "Fontaine",
    "Chevalier",
    "Bernard",
    "Petit",
]
_AGENCY = [
    "Pixel Bleu",
    "Studio Kôdé",
    "Agence Éole",
    "WebCraft",
    "Nord Digital",
    "Atelier 42",
    "Lumen",
    "Zest",
]
_SUFFIX = ["", " SARL", " SAS", " SA", " SPRL"]
_COUNTRIES = ["France", "Belgique", "Suisse", "Luxembourg", "Québec"]
_DORMANT_STAGES = [
    Stage.FIRST_CONTACT,
    Stage.INFO_SENT,
    Stage.CALL_AGREED,
    Stage.CALL_POSTPONED,
    Stage.TEST_PROJECT,
    Stage.VISIT,
]
_STRONG = [
    SignalKind.LINKEDIN_MESSAGE,
    SignalKind.EMAIL_INBOUND,
    SignalKind.LINKEDIN_INVITATION,
    SignalKind.JOB_CHANGE,
    SignalKind.RECONNECTED,
]
_WEAK = [SignalKind.TITLE_CHANGE, SignalKind.MANUAL]


@dataclass(frozen=True, slots=True)
class World:
    """Leads, their category, the other connections, and the morning they are ranked on."""

    leads: list[LeadFacts]
    labels: dict[int, str]
    contacts: list[CompanyContact]
    as_of: date
    me: tuple[str, ...] = ME

    @property
    def exchange_count(self) -> int:
        """Total number of exchanges."""
        return sum(len(lead.exchanges) for lead in self.leads)

    @property
    def signal_count(self) -> int:
        """Total number of signals."""
        return sum(len(lead.signals) for lead in self.leads)


def _slug(name: str) -> str:
    return name.lower()


def _noon(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, rng.randint(7, 19), tzinfo=UTC)


class _Builder:
    def __init__(self, rng: random.Random, as_of: date, per_lead: float) -> None:
        self.rng = rng
        self.as_of = as_of
        self.per_lead = per_lead
        self.settings = RevivalSettings()

    def day_back(self, low: int, high: int) -> date:
        return self.as_of - timedelta(days=self.rng.randint(low, high))

    def months_back(self, low: int, high: int) -> date:
        return add_months(self.as_of, -self.rng.randint(low, high)) - timedelta(
            days=self.rng.randint(0, 25)
        )

    def conversation(self, last: date, channel: Channel = Channel.EMAIL) -> list[ExchangeFact]:
        rng = self.rng
        count = max(1, round(rng.expovariate(1 / self.per_lead)))
        ex: list[ExchangeFact] = []
        day = last
        for i in range(count):
            # The user's mail closes most conversations; some end on the prospect's
            # unanswered "we'll come back to you".
            if i == 0:
                direction = Direction.OUT if rng.random() < 0.8 else Direction.IN
            else:
                direction = Direction.IN if i % 2 else Direction.OUT
            ex.append(ExchangeFact(_noon(day, rng), direction, channel))
            day -= timedelta(days=rng.randint(1, 20))
        ex.reverse()
        return ex

    def signal(self, kind: SignalKind, day: date, company: str) -> SignalFact:
        rng = self.rng
        when = _noon(day, rng)
        params: dict[str, object]
        if kind is SignalKind.JOB_CHANGE:
            params = {
                "old_company": company,
                "new_company": rng.choice(_AGENCY),
                "position": rng.choice(["CTO", "Directeur", "Head of Digital", ""]),
            }
        elif kind is SignalKind.TITLE_CHANGE:
            params = {"company": company, "old_position": "Chef de projet", "new_position": "COO"}
        elif kind is SignalKind.RECONNECTED:
            params = {"connected_on": day.isoformat(), "previous": "2019-01-01"}
        elif kind in (SignalKind.LINKEDIN_MESSAGE, SignalKind.EMAIL_INBOUND):
            params = {"subject": rng.choice(["Nouveau projet", "Question", ""])}
        elif kind is SignalKind.LINKEDIN_INVITATION:
            params = {"message": rng.choice(["", "Ravi de reprendre contact"])}
        else:
            params = {"note": "Viewed my profile"}
        return SignalFact(kind, when, params)


def build_world(
    seed: int = 1,
    n_leads: int = 2000,
    *,
    exchanges_per_lead: float = 10.0,
    extra_signals: int = 0,
    contacts: int = 0,
    as_of: date = AS_OF,
    automated: bool = True,
) -> World:
    """A reproducible world of ``n_leads`` leads mixed as :data:`MIX` says.

    ``extra_signals`` adds that many noise signals dated while the conversations were
    still going (they must not count); ``contacts`` other LinkedIn connections at the
    same agencies feed the company-contact reasons. Without ``automated`` the automated
    senders are left out (a store that cannot flag them yet).
    """
    rng = random.Random(seed)
    b = _Builder(rng, as_of, exchanges_per_lead)
    categories = [c for c in MIX if automated or c != "never_automated"]
    weights = [MIX[c] for c in categories]
    leads: list[LeadFacts] = []
    labels: dict[int, str] = {}
    settings = b.settings
    for pid in range(1, n_leads + 1):
        category = rng.choices(categories, weights)[0]
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        company = rng.choice(_AGENCY) + rng.choice(_SUFFIX)
        stage: Stage | None = rng.choice([*_DORMANT_STAGES, None])
        reason: StallReason | None = rng.choice([*StallReason, None])
        state, until = LeadState.ACTIVE, None
        signals: list[SignalFact] = []
        channel = Channel.EMAIL
        silence_min = settings.dormancy_months + 1
        last_day = b.months_back(silence_min, 96)
        exchanges: list[ExchangeFact] | None = None
        relation = PROSPECT
        emails = (f"{_slug(first)}.{_slug(last)}{pid}@example.fr",)
        if category == "positive":
            variant = rng.random()
            if variant < 0.15:
                # The prospect wrote again after years and waits for an answer.
                exchanges = b.conversation(last_day)
                exchanges.append(
                    ExchangeFact(_noon(b.day_back(0, 60), rng), Direction.IN, Channel.EMAIL)
                )
            elif variant < 0.25:
                stage = Stage.LOST
                last_day = b.months_back(settings.lost_cooldown_months + 1, 96)
            for _ in range(1 + (rng.random() < 0.3)):
                signals.append(b.signal(rng.choice(_STRONG), b.day_back(0, 90), company))
        elif category == "weak":
            signals.append(b.signal(rng.choice(_WEAK), b.day_back(90, 175), company))
            # Inside the revisit window: only the weak signal brings it up.
            window = settings.revisit_window(reason)
            last_day = b.months_back(silence_min, settings.dormancy_months + window - 1)
        elif category == "revisit":
            window = settings.revisit_window(reason)
            last_day = b.months_back(settings.dormancy_months + window + 1, 96)
        elif category == "never_active":
            last_day = b.day_back(1, 300)
            if rng.random() < 0.6:
                signals.append(b.signal(rng.choice(_STRONG), b.day_back(0, 30), company))
        elif category == "never_client":
            stage = Stage.CLIENT
            signals.append(b.signal(rng.choice(_STRONG), b.day_back(0, 30), company))
        elif category == "never_lost_cooldown":
            stage = Stage.LOST
            last_day = b.months_back(silence_min, settings.lost_cooldown_months - 1)
            signals.append(b.signal(rng.choice(_STRONG[2:]), b.day_back(0, 30), company))
        elif category == "never_lost_silent":
            stage = Stage.LOST
            last_day = b.months_back(settings.lost_cooldown_months + 1, 96)
        elif category in ("never_snoozed", "never_dismissed", "never_revived"):
            state = {
                "never_snoozed": LeadState.SNOOZED,
                "never_dismissed": LeadState.DISMISSED,
                "never_revived": LeadState.REVIVED,
            }[category]
            if state is LeadState.SNOOZED:
                until = as_of + timedelta(days=rng.randint(1, 90))
            signals.append(b.signal(rng.choice(_STRONG), b.day_back(0, 60), company))
        elif category == "never_linkedin_only":
            stage, reason, channel = None, None, Channel.LINKEDIN
            relation = CONTACT
            signals.append(b.signal(rng.choice(_STRONG[3:]), b.day_back(0, 60), company))
        elif category == "never_stale_reply":
            # Wrote again after a year of silence, but longer ago than the freshness
            # window: history, and the revisit window has not come due.
            wrote = b.day_back(settings.signal_horizon_days + 1, settings.signal_horizon_days + 60)
            last_day = add_months(wrote, -settings.dormancy_months) - timedelta(
                days=rng.randint(0, 20)
            )
            reason = rng.choice([StallReason.NO_TIME, StallReason.NO_METHOD, None])
            if reason is None:
                reason = StallReason.NO_NEED
            exchanges = b.conversation(last_day)
            exchanges.append(ExchangeFact(_noon(wrote, rng), Direction.IN, Channel.EMAIL))
        elif category == "never_colleague":
            relation, company = COLLEAGUE, "Nearshore Dev"
            emails = (f"{_slug(first)}.{_slug(last)}{pid}@{_OWN_DOMAIN}",)
            exchanges = b.conversation(last_day)
            exchanges.append(ExchangeFact(_noon(b.day_back(0, 40), rng), Direction.IN, channel))
        elif category == "never_role":
            relation, stage = ROLE, None
            emails = (f"contact@agence-{pid}.fr",)
            exchanges = b.conversation(last_day)
            exchanges.append(ExchangeFact(_noon(b.day_back(0, 40), rng), Direction.IN, channel))
        elif category == "never_automated":
            relation, stage, reason = AUTOMATED, None, None
            emails = (f"redaction{pid}@{rng.choice(_MEDIA)}",)
            # A weekly letter, only ever incoming.
            exchanges = [
                ExchangeFact(_noon(b.day_back(7 * w, 7 * w), rng), Direction.IN, channel)
                for w in range(max(round(exchanges_per_lead), 1), 0, -1)
            ]
            signals.append(b.signal(SignalKind.EMAIL_INBOUND, b.day_back(0, 30), company))
        elif category == "network":
            # A friend (free mail, no stage) who invites the user or changes jobs.
            relation, stage, reason = CONTACT, None, None
            emails = (f"{_slug(first)}.{_slug(last)}{pid}@gmail.com",)
            signals.append(
                b.signal(
                    rng.choice([SignalKind.LINKEDIN_INVITATION, SignalKind.JOB_CHANGE]),
                    b.day_back(0, 60),
                    company,
                )
            )
        elif category == "never_early":
            window = settings.revisit_window(reason)
            last_day = b.months_back(silence_min, settings.dormancy_months + window - 1)
            # A signal too old to be fresh.
            signals.append(
                b.signal(
                    rng.choice(_STRONG),
                    b.day_back(settings.signal_horizon_days + 1, 360),
                    company,
                )
            )
        if exchanges is None:
            exchanges = b.conversation(last_day, channel)
        leads.append(
            LeadFacts(
                person_id=pid,
                name=f"{first} {last}",
                first_name=first,
                company=company,
                position=rng.choice(["Directeur", "Gérante", "CTO", ""]),
                country=rng.choice(_COUNTRIES),
                emails=emails,
                linkedin_url=f"https://www.linkedin.com/in/lead-{pid}",
                stage=stage,
                stall_reason=reason,
                lead_state=state,
                state_until=until,
                exchanges=tuple(exchanges),
                signals=tuple(signals),
                history=((company, "Chef de projet"),),
                relation=relation,
            )
        )
        labels[pid] = category
    # Noise: signals from the time the conversation was going (must be ignored).
    for _ in range(extra_signals):
        i = rng.randrange(len(leads))
        lead = leads[i]
        if not lead.exchanges:
            continue
        before = lead.exchanges[-1].occurred_at.date() - timedelta(days=rng.randint(1, 200))
        noise = b.signal(rng.choice(list(SignalKind)), before, lead.company)
        leads[i] = LeadFacts(
            **{f: getattr(lead, f) for f in LeadFacts.__dataclass_fields__}
            | {"signals": (*lead.signals, noise)}
        )
    others = [
        CompanyContact(
            f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            rng.choice(_AGENCY) + rng.choice(["", " Group", " Consulting"]),
            f"https://www.linkedin.com/in/contact-{n}",
        )
        for n in range(contacts)
    ]
    return World(leads, labels, others, as_of, ME)

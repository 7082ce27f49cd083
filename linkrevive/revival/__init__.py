"""Revival engine: ranks dormant leads showing signs of a new project, with reasons."""

from linkrevive.revival.candidates import Candidate, Reason
from linkrevive.revival.engine import (
    TIMELESS_SIGNALS,
    assess,
    company_key,
    fresh_since,
    in_touch_since,
    is_lead,
    rank,
    rank_shortlist,
    shortlist,
)
from linkrevive.revival.facts import (
    AUTOMATED,
    COLLEAGUE,
    CONTACT,
    PROSPECT,
    ROLE,
    CompanyContact,
    ExchangeFact,
    Lead,
    LeadFacts,
    SignalFact,
)
from linkrevive.revival.periods import add_months, ago_text, duration_text, whole_months
from linkrevive.revival.settings import RevivalSettings
from linkrevive.revival.texts import (
    opener,
    reason_text,
    reasons_text,
    signal_sentence,
    why_now,
)

__all__ = [
    "AUTOMATED",
    "COLLEAGUE",
    "CONTACT",
    "PROSPECT",
    "ROLE",
    "TIMELESS_SIGNALS",
    "Candidate",
    "CompanyContact",
    "ExchangeFact",
    "Lead",
    "LeadFacts",
    "Reason",
    "RevivalSettings",
    "SignalFact",
    "add_months",
    "ago_text",
    "assess",
    "company_key",
    "duration_text",
    "fresh_since",
    "in_touch_since",
    "is_lead",
    "opener",
    "rank",
    "rank_shortlist",
    "reason_text",
    "reasons_text",
    "shortlist",
    "signal_sentence",
    "whole_months",
    "why_now",
]

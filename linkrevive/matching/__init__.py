"""Pairing of email contacts with LinkedIn profiles (SPEC §4): a pure, Qt-free, ORM-free engine.

``model`` holds the contract (both sides, decisions, proposals); ``normalize`` and ``sides`` the
comparable forms; ``evidence`` the name fits; ``index`` the blocking keys and name statistics;
``scoring`` one pair's weight; ``pool`` the profiles prepared once for many runs; ``bearers``
the last names shown at a mail domain; ``sole_fit`` when a name fitting one profile and one
contact only proves a pair; ``records`` when two records are one person's addresses;
``matcher`` the run and the assignment; ``explain`` the evidence items.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linkrevive.matching.matcher import (
        AUTO_THRESHOLD,
        SUGGEST_THRESHOLD,
        Rematch,
        affected_people,
        match,
        match_subset,
        rematch,
    )
    from linkrevive.matching.model import Decision, PersonSide, ProfileSide, Proposal
    from linkrevive.matching.pool import paused_collection
    from linkrevive.matching.scoring import address_fits_company

#: The module each name of the engine's interface lives in. It is loaded when the name is
#: first asked for, so that the text rules of ``normalize`` (company and mail-domain keys,
#: which the Today list uses) come without the matcher and rapidfuzz (a tenth of the
#: ``today`` command's start-up).
_HOMES = {
    "AUTO_THRESHOLD": "matcher",
    "SUGGEST_THRESHOLD": "matcher",
    "Rematch": "matcher",
    "affected_people": "matcher",
    "match": "matcher",
    "match_subset": "matcher",
    "rematch": "matcher",
    "Decision": "model",
    "PersonSide": "model",
    "ProfileSide": "model",
    "Proposal": "model",
    "paused_collection": "pool",
    "address_fits_company": "scoring",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # asked once
    return value


__all__ = [
    "AUTO_THRESHOLD",
    "SUGGEST_THRESHOLD",
    "Decision",
    "PersonSide",
    "ProfileSide",
    "Proposal",
    "Rematch",
    "address_fits_company",
    "affected_people",
    "match",
    "match_subset",
    "paused_collection",
    "rematch",
]

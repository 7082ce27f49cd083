"""A name that fits on one profile and one contact only: when that proves a pair."""

from __future__ import annotations

from linkrevive.matching.evidence import NameLevel
from linkrevive.matching.scoring import Scored

#: Evidence code of a rare name that fits one profile and one contact only.
RARE_NAME_SOLE_FIT = "rare_name_sole_fit"
#: Evidence code of a full name, spelled by the address, that one profile and one contact bear.
FULL_NAME_SOLE_FIT = "full_name_sole_fit"


def sole_fit(item: Scored, *, proven: bool, clears_bar: bool) -> str:
    """The evidence code when a pair is automatic because its name fits on one profile and one
    contact only ("" otherwise). The caller has seen that the person fits no other profile and
    that no other contact fits the profile; the name must fit plainly (no typo, no short form,
    no other last name), and either

    - be proven by a rare name or the last name's sole bearer (``proven``), whose score still
      counts the unseen namesakes of a name shown as an initial ("ssanomontard@…");
    - or, with a score that clears the automatic bar (``clears_bar``), be spelled in full by
      the address, with no company there to say otherwise: a name just too frequent to be
      called rare ("sophie.vaunoquet@gmail.com"), but borne by nobody else on either side.
    """
    if item.exact or item.fit.other_last or item.short_for:
        return ""
    if NameLevel.FUZZY in (item.name_level, item.fit.level, item.local_fit.level):
        return ""
    if proven and item.name_level >= NameLevel.LAST:
        return RARE_NAME_SOLE_FIT
    spelled = item.local_fit.level >= NameLevel.COMPOUND
    if clears_bar and spelled and item.name_level == NameLevel.FULL and not item.company:
        return FULL_NAME_SOLE_FIT
    return ""

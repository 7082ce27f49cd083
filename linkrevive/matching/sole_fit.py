"""A name that fits on one profile and one contact only: when that proves a pair."""

from __future__ import annotations

from linkrevive.matching.evidence import NameLevel, local_fit, local_forms
from linkrevive.matching.index import ProfileIndex
from linkrevive.matching.scoring import Scored
from linkrevive.matching.sides import PersonForms, ProfileForms

#: Evidence code of a rare name that fits one profile and one contact only.
RARE_NAME_SOLE_FIT = "rare_name_sole_fit"
#: Evidence code of a full name, spelled by the address, that one profile and one contact bear.
FULL_NAME_SOLE_FIT = "full_name_sole_fit"
#: Evidence code of an initial and a last name, spelled by a personal address, that one profile
#: and one contact bear.
INITIAL_SOLE_FIT = "initial_sole_fit"


def sole_fit(
    item: Scored,
    person: PersonForms,
    profile: ProfileForms,
    index: ProfileIndex,
    *,
    proven: bool,
    clears_bar: bool,
) -> str:
    """The evidence code when a pair is automatic because its name fits on one profile and one
    contact only ("" otherwise). The caller has seen that the person fits no other profile and
    that no other contact fits the profile; the name must fit plainly (no typo, no short form
    in the card or the address, no other last name), and either

    - be proven by a rare name or the last name's sole bearer (``proven``), whose score still
      counts the unseen namesakes of a name shown as an initial ("ssanomontard@…");
    - or, with a score that clears the automatic bar (``clears_bar``), be spelled in full by
      the address, with no company there to say otherwise: a name just too frequent to be
      called rare ("sophie.vaunoquet@gmail.com"), but borne by nobody else on either side;
    - or be an initial and a last name that a personal address spells, with no company there
      to say otherwise, the last name borne by no other profile ("jpassard@gmail.com" for
      Julien Passard, the only Passard on LinkedIn, whose initial a tenth of the profiles
      share: too common for a rare name).
    """
    if item.exact or item.fit.other_last or item.short_for:
        return ""
    if NameLevel.FUZZY in (item.name_level, item.fit.level, item.local_fit.level):
        return ""
    if spelled_by_short_form(person, profile, item):
        return ""
    if proven and item.name_level >= NameLevel.LAST:
        return RARE_NAME_SOLE_FIT
    spelled = item.local_fit.level >= NameLevel.COMPOUND
    if clears_bar and spelled and item.name_level == NameLevel.FULL and not item.company:
        return FULL_NAME_SOLE_FIT
    if (
        item.name_level == NameLevel.INITIAL
        and item.local_fit.level == NameLevel.INITIAL
        and not item.company
        and not item.local_fit.swapped
        and item.local_email.partition("@")[2] in person.free_domains
        and index.last.get(profile.name.last_key, 0) == 1
    ):
        return INITIAL_SOLE_FIT
    return ""


def spelled_by_short_form(person: PersonForms, profile: ProfileForms, item: Scored) -> bool:
    """Whether the address fits the profile's name only through a short form of the given name
    ("stephanie.quevenard@…" for "Steph Quevenard"): a short form names many people, and
    proves no sole fit."""
    if item.local_fit.level < NameLevel.COMPOUND or not item.local_email:
        return False
    plain = local_forms(profile.name, short_forms=False)
    for email, segments in person.locals:
        if email == item.local_email:
            return local_fit(segments, profile.name, plain).level < item.local_fit.level
    return False

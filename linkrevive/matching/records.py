"""Several records of one person: whether a record beside the one a profile is paired with is
that person's other address (automatically, or for review)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from linkrevive.matching.evidence import NameLevel
from linkrevive.matching.scoring import DISTINCT_CHANCE, Scored, consistent
from linkrevive.matching.sides import PersonForms, full_name_key


def other_address(
    person: PersonForms,
    held: PersonForms,
    held_row: Sequence[Scored],
    item: Scored,
    name_count: Mapping[str, int],
) -> bool:
    """Whether ``person`` (fitting the profile as ``item``, with a score over the automatic
    bar) is another address of ``held``, the record the profile is paired with by proof (a
    company, the export's address, the user's word; ``held_row`` its candidates, empty for a
    confirmed record): both bear the same full name and no other contact does, the name is
    rare among the profiles and fits this one in full, and the address does not spell another
    name ("Julie Vernet" at her former agency and at her new one, seen in the mailbox). When
    this record's card names nobody in full, its address must spell the full name the paired
    card shows ("malika.sacourti@gmail.com" beside the card "Malika Sacourti"), and both
    records fit the profile's full name. A card beside a paired record that names nobody is
    only suggested (:func:`same_name`): that record's address is its only name, and a
    namesake's card is written as plainly.

    About one such pair in twenty is a father and son of the same rare name, one of them not
    connected: the price of pairing a person's old address automatically."""
    if (
        item.fit.other_last
        or item.name_level < NameLevel.COMPOUND
        or item.chance > DISTINCT_CHANCE
        or not consistent(person, item)
    ):
        return False
    key = full_name_key(person.name)
    held_key = full_name_key(held.name)
    if key:
        return held_key == key and name_count.get(key, 0) == 2
    return (
        bool(held_key)
        and name_count.get(held_key, 0) == 1
        and item.name_level == NameLevel.FULL
        and _fits_in_full(held_row, item.profile)
    )


def _fits_in_full(row: Sequence[Scored], profile: int) -> bool:
    """Whether a record fits the profile's full name, by its card or its address."""
    return any(
        s.profile == profile
        and not s.exact
        and s.name_level == NameLevel.FULL
        and not s.fit.other_last
        for s in row
    )


def same_name(
    person: PersonForms, held: PersonForms, item: Scored, name_count: Mapping[str, int]
) -> bool:
    """Whether ``person`` and ``held``, two records fitting one profile, may be one person:
    the name fits in full, and both records bear the same full name, or the record bears none
    and its address spells the profile's ("gaspard.henlinin@…" beside "Gaspard Henlinin"), or
    the paired record bears none (an address at the profile's company, "jthoteau@…") and this
    one a rare name no other contact bears ("Julien Thoteau" at his former employer), or the
    record bears none and its address spells a rare name's initial and last name
    ("tudedierard.i@…" beside "Ilinca Tudedierard")."""
    key = full_name_key(person.name)
    if not key and item.local_fit.level == NameLevel.INITIAL:
        return item.chance <= DISTINCT_CHANCE and not item.local_fit.other_last
    if item.name_level < NameLevel.COMPOUND:
        return False
    if not key:
        return item.local_fit.level >= NameLevel.COMPOUND
    held_key = full_name_key(held.name)
    if held_key:
        return key == held_key
    return item.chance <= DISTINCT_CHANCE and name_count.get(key, 0) <= 1

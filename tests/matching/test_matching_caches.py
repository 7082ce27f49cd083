"""The matcher's memory of normalised names and addresses: one network's worth, never evicted
while that network is matched, forgotten when the profiles change."""

from __future__ import annotations

from linkrevive.matching import PersonSide, ProfileSide, match, rematch
from linkrevive.matching.normalize import clean_words, usable_emails
from linkrevive.matching.pool import profile_pool


def _network(tag: str, size: int) -> tuple[list[PersonSide], list[ProfileSide]]:
    """``size`` people and profiles whose names and addresses belong to this network only."""
    people = [
        PersonSide(i, f"Anne{tag}{i}", f"Durand{tag}{i}", "", (f"anne{tag}{i}@pixel{tag}.fr",))
        for i in range(size)
    ]
    profiles = [
        ProfileSide(10_000 + i, f"Anne{tag}{i}", f"Durand{tag}{i}", None, f"Pixel {tag}")
        for i in range(size)
    ]
    return people, profiles


def test_a_new_network_does_not_keep_the_last_ones_forms() -> None:
    profile_pool.cache_clear()
    people, profiles = _network("b", 40)
    match(people, profiles)
    alone = (usable_emails.cache_info().currsize, clean_words.cache_info().currsize)

    first_people, first_profiles = _network("a", 300)
    match(first_people, first_profiles)
    match(people, profiles)

    # The forms of the first network went with its pool: what is kept is one network's.
    assert (usable_emails.cache_info().currsize, clean_words.cache_info().currsize) == alone


def test_a_rematch_of_the_same_network_reads_its_addresses_from_memory() -> None:
    profile_pool.cache_clear()
    people, profiles = _network("c", 60)
    match(people, profiles)
    before = usable_emails.cache_info()

    newcomer = PersonSide(999, "Annec7", "Durandc7", "", ("a.durandc7@pixelc.fr",))
    result = rematch([*people, newcomer], profiles, person_ids={999}, profile_ids=set())

    after = usable_emails.cache_info()
    assert after.misses == before.misses + 1  # the newcomer's addresses only
    assert any(p.person_id == 999 for p in result.proposals)

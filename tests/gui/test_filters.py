"""The pure predicates behind the proxies (no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from linkrevive.domain.enums import Stage, StallReason
from linkrevive.domain.filters import (
    UNKNOWN,
    PersonFilter,
    is_dormant,
    mask,
    months_before,
    person_key,
    person_matches,
    query_terms,
)
from linkrevive.domain.models import Person


def person(**kw: object) -> Person:
    values: dict[str, object] = dict(
        id=1, name="Hélène Dupré", first_name="Hélène", last_name="Dupré",
        emails=("h.dupre@agence-lumiere.fr",), company="Agence Lumière", position="CEO",
        country="France", stage=Stage.CALL_POSTPONED, stall_reason=StallReason.NO_TIME,
        notes="", last_exchange=datetime(2022, 5, 1, tzinfo=UTC), linkedin_url=None,
    )  # fmt: skip
    values.update(kw)
    return Person(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("helene", True),
        ("HÉLÈNE dupre", True),
        ("lumiere", True),
        ("agence-lumiere.fr", True),
        ("dupré lumi", True),
        ("martin", False),
        ("", True),
    ],
)
def test_search_ignores_accents_and_case(query: str, expected: bool) -> None:
    p = person()
    flt = PersonFilter(terms=query_terms(query))
    assert person_matches(p, person_key(p), False, flt) is expected
    assert mask([person_key(p)], flt.terms) == [expected]


def test_filters_by_stage_reason_country_dormancy_and_linkedin() -> None:
    p = person()
    key = person_key(p)
    assert person_matches(p, key, True, PersonFilter(stage="call_postponed"))
    assert not person_matches(p, key, True, PersonFilter(stage="client"))
    assert not person_matches(p, key, True, PersonFilter(stage=UNKNOWN))
    assert person_matches(person(stage=None), key, True, PersonFilter(stage=UNKNOWN))
    assert person_matches(p, key, True, PersonFilter(stall_reason="no_time"))
    assert person_matches(p, key, True, PersonFilter(country="france"))
    assert not person_matches(p, key, True, PersonFilter(country="belgique"))
    assert person_matches(person(country=""), key, True, PersonFilter(country=UNKNOWN))
    assert person_matches(p, key, True, PersonFilter(dormant=True))
    assert not person_matches(p, key, True, PersonFilter(dormant=False))
    assert person_matches(p, key, True, PersonFilter(has_linkedin=False))
    linked = person(linkedin_url="https://www.linkedin.com/in/hdupre")
    assert person_matches(linked, key, True, PersonFilter(has_linkedin=True))


def test_dormancy() -> None:
    as_of = date(2025, 3, 3)
    old = datetime(2024, 3, 1, tzinfo=UTC)
    recent = datetime(2024, 6, 1, tzinfo=UTC)
    assert is_dormant(Stage.INFO_SENT, old, as_of, 12)
    assert not is_dormant(Stage.INFO_SENT, recent, as_of, 12)
    assert not is_dormant(Stage.CLIENT, old, as_of, 12)
    assert not is_dormant(None, None, as_of, 12)
    assert months_before(date(2025, 3, 31), 1) == date(2025, 2, 28)

"""The "way back in" line: the first connection at the company who is not the lead herself
(neither a namesake nor her own profile), and how many more there are."""

from __future__ import annotations

import pytest
from revival_facts import AS_OF, days_ago, job_change, make_lead

from linkrevive.revival import CompanyContact, assess
from linkrevive.revival import candidates as codes

OWN = "https://www.linkedin.com/in/claire-martin"


def _url(slug: str) -> str:
    return f"https://www.linkedin.com/in/{slug}"


@pytest.mark.parametrize(
    ("contacts", "expected"),
    [
        # Nobody but connections: the first by name.
        ([("Zoé Zed", "zz"), ("Anne Durand", "ad")], ("Anne Durand", 1)),
        # Her namesakes (however written) are her: left out, whatever their profile.
        (
            [("Claire Martin", "other"), ("CLAIRE MARTIN", None), ("Bruno Abel", "ba")],
            ("Bruno Abel", 0),
        ),
        # Her own profile under another spelling is her too.
        ([("Claire M.", "claire-martin"), ("Zoé Zed", "zz")], ("Zoé Zed", 0)),
        # A namesake before the others in the order of names.
        ([("Claire Martin", "cm"), ("Zoé Zed", "zz"), ("Anne Durand", "ad")], ("Anne Durand", 1)),
        # Same folded name: the first given comes first.
        ([("Marc Roux", "m1"), ("MARC ROUX", "m2"), ("Éric Roux", None)], ("Éric Roux", 2)),
        ([("MARC ROUX", "m2"), ("Marc Roux", "m1")], ("MARC ROUX", 1)),
        # Only herself there: no way back in.
        ([("Claire Martin", "claire-martin")], None),
        ([("Claire Martin", None), ("Claire M.", "claire-martin")], None),
    ],
)
def test_first_connection_who_is_not_the_lead(
    contacts: list[tuple[str, str | None]], expected: tuple[str, int] | None
) -> None:
    lead = make_lead(company="Pixel Bleu", linkedin_url=OWN, signals=(job_change(days_ago(7)),))
    connections = [
        CompanyContact(name, "Pixel Bleu SAS", _url(slug) if slug else None)
        for name, slug in contacts
    ]
    candidate = assess(lead, AS_OF, company_contacts=connections)
    assert candidate is not None
    reasons = [r for r in candidate.reasons if r.code == codes.COMPANY_CONTACT]
    if expected is None:
        assert reasons == []
    else:
        (reason,) = reasons
        assert (reason.params["name"], reason.params["others"]) == expected

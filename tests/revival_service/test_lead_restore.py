"""Undoing and redoing lead actions on a real store: the exact state back, or nothing moves."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from linkrevive.domain.enums import Channel, LeadState
from linkrevive.domain.errors import InputError
from linkrevive.domain.filters import SHOW_ALL, PersonFilter, person_key, person_matches
from linkrevive.services import demo, leads, queries, revival
from linkrevive.services.workspace import Workspace
from tests.revival_service.conftest import DEMO_DAY

AS_OF = DEMO_DAY


def _lead(workspace: Workspace, rank: int = 0) -> int:
    items = [i for i in revival.today(workspace, as_of=AS_OF) if i.person_id > 0]
    return items[rank].person_id


def _status(workspace: Workspace, person_id: int) -> tuple[LeadState, date | None]:
    person = next(p for p in queries.people(workspace) if p.id == person_id)
    return person.lead_state, person.state_until


def _notes_of_revival(workspace: Workspace, person_id: int) -> int:
    detail = queries.person_detail(workspace, person_id)
    assert detail is not None
    return sum(1 for e in detail.exchanges if e.channel == Channel.NOTE)


def test_undo_of_a_snooze_brings_back_the_previous_snooze_with_its_date(
    workspace: Workspace,
) -> None:
    person = _lead(workspace)
    leads.snooze(workspace, person, date(2025, 2, 1))  # an old snooze, already over
    first = leads.snooze(workspace, person, date(2025, 6, 1))
    assert first.before == leads.LeadStatus(LeadState.SNOOZED, date(2025, 2, 1))
    assert _status(workspace, person) == (LeadState.SNOOZED, date(2025, 6, 1))
    leads.restore(workspace, person, first)
    assert _status(workspace, person) == (LeadState.SNOOZED, date(2025, 2, 1))


def test_undo_of_a_dismissal_keeps_nothing_of_its_reason(workspace: Workspace) -> None:
    person = _lead(workspace)
    done = leads.dismiss(workspace, person, "  not a fit  ")
    assert done.after == leads.LeadStatus(LeadState.DISMISSED, note="not a fit")
    assert person not in {i.person_id for i in revival.today(workspace, as_of=AS_OF)}
    leads.restore(workspace, person, done)
    assert _status(workspace, person) == (LeadState.ACTIVE, None)
    assert person in {i.person_id for i in revival.today(workspace, as_of=AS_OF)}


def test_undo_of_mark_revived_removes_the_exchange_it_logged(workspace: Workspace) -> None:
    person = _lead(workspace)
    notes = _notes_of_revival(workspace, person)
    when = datetime(2025, 3, 3, 10, 30, tzinfo=UTC)
    done = leads.mark_revived(workspace, person, when)
    assert _status(workspace, person) == (LeadState.REVIVED, date(2025, 3, 3))
    assert _notes_of_revival(workspace, person) == notes + 1 and done.exchange_id is not None
    leads.restore(workspace, person, done)
    assert _status(workspace, person) == (LeadState.ACTIVE, None)
    assert _notes_of_revival(workspace, person) == notes
    # Redo logs the revival again, at the same moment; its own undo removes that one.
    again = leads.reapply(workspace, person, done)
    assert again.exchange_id is not None
    detail = queries.person_detail(workspace, person)
    assert detail is not None
    assert any(e.id == again.exchange_id and e.occurred_at == when for e in detail.exchanges)
    leads.restore(workspace, person, again)
    assert _notes_of_revival(workspace, person) == notes


def test_undo_of_do_not_contact_and_of_reactivate(workspace: Workspace) -> None:
    person = _lead(workspace)
    dnc = leads.do_not_contact(workspace, person)
    assert _status(workspace, person)[0] is LeadState.DO_NOT_CONTACT
    back = leads.reactivate(workspace, person)
    assert back.before == leads.LeadStatus(LeadState.DO_NOT_CONTACT)
    leads.restore(workspace, person, back)  # undo of "Restore": do-not-contact again
    assert _status(workspace, person)[0] is LeadState.DO_NOT_CONTACT
    leads.restore(workspace, person, dnc)
    assert _status(workspace, person) == (LeadState.ACTIVE, None)


def test_undo_refuses_when_the_lead_changed_since(workspace: Workspace) -> None:
    person = _lead(workspace)
    snoozed = leads.snooze(workspace, person, date(2025, 6, 1))
    leads.dismiss(workspace, person, "changed my mind")  # e.g. from the command line
    with pytest.raises(InputError) as refused:
        leads.restore(workspace, person, snoozed)
    assert refused.value.code == "person_changed"
    named = next(p for p in queries.people(workspace) if p.id == person).name
    assert named and str(refused.value).startswith(f"{named} was changed")  # not an id
    assert _status(workspace, person) == (LeadState.DISMISSED, None)
    # Redo is refused the same way once the undone state was changed.
    revived = leads.mark_revived(workspace, person, datetime(2025, 3, 3, tzinfo=UTC))
    leads.restore(workspace, person, revived)
    leads.snooze(workspace, person, date(2025, 5, 1))
    notes = _notes_of_revival(workspace, person)
    with pytest.raises(InputError):
        leads.reapply(workspace, person, revived)
    assert _notes_of_revival(workspace, person) == notes
    assert _status(workspace, person) == (LeadState.SNOOZED, date(2025, 5, 1))


def test_notes_edited_after_an_action_do_not_block_its_undo(workspace: Workspace) -> None:
    person = _lead(workspace)
    snoozed = leads.snooze(workspace, person, date(2025, 6, 1))
    leads.set_notes(workspace, person, "Called, she is on leave until June.")
    leads.restore(workspace, person, snoozed)
    assert _status(workspace, person) == (LeadState.ACTIVE, None)
    detail = queries.person_detail(workspace, person)
    assert detail is not None and detail.person.notes.startswith("Called")


def test_the_prospects_filter_by_lead_state(workspace: Workspace) -> None:
    first, second = _lead(workspace, 0), _lead(workspace, 1)
    leads.snooze(workspace, first, date(2025, 6, 1))
    leads.do_not_contact(workspace, second)
    people = queries.people(workspace)

    def passing(state: str | None) -> set[int]:
        flt = PersonFilter(lead_state=state, show=SHOW_ALL)
        return {p.id for p in people if person_matches(p, person_key(p), False, flt)}

    everyone = passing(None)
    assert len(everyone) == len(people)
    snoozed = passing(LeadState.SNOOZED.value)
    assert first in snoozed and second not in snoozed
    assert all(p.lead_state is LeadState.SNOOZED for p in people if p.id in snoozed)
    assert passing(LeadState.DO_NOT_CONTACT.value) == {second}
    active = passing(LeadState.ACTIVE.value)
    assert not {first, second} & active and active | snoozed <= everyone


@pytest.mark.services
def test_undo_of_a_revival_on_postgresql(pg_db_url: str) -> None:
    workspace = Workspace.open(pg_db_url)
    try:
        demo.build_demo(workspace, as_of=AS_OF)
        person = _lead(workspace)
        notes = _notes_of_revival(workspace, person)
        done = leads.mark_revived(workspace, person, datetime(2025, 3, 3, 9, tzinfo=UTC))
        assert done.exchange_id is not None
        assert _notes_of_revival(workspace, person) == notes + 1
        leads.restore(workspace, person, done)
        assert _status(workspace, person) == (LeadState.ACTIVE, None)
        assert _notes_of_revival(workspace, person) == notes
    finally:
        workspace.close()

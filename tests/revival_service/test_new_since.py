"""New since last time: the pure rule, and several mornings of a small real world.

The world (``world.py``) has an invitation from Émile on 20 February 2026, a LinkedIn
message from Anne on 1 March and, in the export of 15 March, Anne's new job and Bruno's
new title. The user looks at Today on some mornings (``today --mark-seen``, as the window
does); what is new on a morning is what no earlier look showed.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from linkrevive.domain.morning import ShownLead, Visit, sign_key
from linkrevive.revival.novelty import merge, novelty, previous_visit
from linkrevive.services import morning
from linkrevive.services.workspace import Workspace
from tests.helpers import cli
from tests.revival_service.world import (
    ANNE,
    ANNE_MAIL,
    BRUNO,
    BRUNO_MAIL,
    GASTON,
    GASTON_MAIL,
    SHEET,
    build_world,
    first_export,
    pair,
    second_export,
)

JOB = sign_key("job_change", datetime(2026, 3, 15, tzinfo=UTC))
MESSAGE = sign_key("linkedin_message", datetime(2026, 3, 1, 8, 30, tzinfo=UTC))
AT = datetime(2026, 3, 1, 8, tzinfo=UTC)


def _lead(lead_id: int, *signs: str) -> ShownLead:
    return ShownLead(lead_id, 1, "fresh", 50, signs)


def _visit(day: str, *leads: ShownLead) -> Visit:
    return Visit(date.fromisoformat(day), AT, leads)


# -- the rule -------------------------------------------------------------------------------


def test_without_an_earlier_visit_nothing_is_new() -> None:
    found = novelty([_lead(1, JOB)], [], date(2026, 3, 16))
    assert found.since is None and not found.new_leads and not found.new_signs
    # A visit of the same day is this morning's own record, not a "since".
    same_day = [_visit("2026-03-16", _lead(2))]
    assert novelty([_lead(1, JOB)], same_day, date(2026, 3, 16)).since is None


@pytest.mark.parametrize(
    ("shown", "visits", "new", "new_signs"),
    [
        # A lead the last visit did not show appeared since.
        ([_lead(1)], [_visit("2026-03-15", _lead(2))], {1}, {}),
        # Same lead, same sign: nothing new.
        ([_lead(1, MESSAGE)], [_visit("2026-03-15", _lead(1, MESSAGE))], set(), {}),
        # A sign no visit showed makes the lead new, and that sign is marked.
        ([_lead(1, JOB, MESSAGE)], [_visit("2026-03-15", _lead(1, MESSAGE))], {1}, {1: {JOB}}),
        # Back after a day away (snoozed, in touch…): new, but its old sign is not.
        (
            [_lead(1, MESSAGE)],
            [_visit("2026-03-10", _lead(1, MESSAGE)), _visit("2026-03-15")],
            {1},
            {},
        ),
        # Only the last visit before the morning counts for the leads, every earlier one
        # for the signs; later visits (a look "as of" a later day) are ignored.
        (
            [_lead(1, MESSAGE)],
            [_visit("2026-03-15", _lead(1, MESSAGE)), _visit("2026-03-20", _lead(1, JOB))],
            set(),
            {},
        ),
    ],
)
def test_new_leads_and_signs(
    shown: list[ShownLead], visits: list[Visit], new: set[int], new_signs: dict[int, set[str]]
) -> None:
    found = novelty(shown, visits, date(2026, 3, 16))
    assert set(found.new_leads) == new
    assert {k: set(v) for k, v in found.new_signs.items()} == new_signs
    assert all(found.is_new(i) for i in new)


def test_a_snooze_that_ended_since_the_last_visit_is_new() -> None:
    # Shown on the 10th, snoozed that day until the 16th, no look in between.
    visits = [_visit("2026-03-10", _lead(1, MESSAGE))]
    woke = novelty(
        [_lead(1, MESSAGE)], visits, date(2026, 3, 16), snooze_ends={1: date(2026, 3, 16)}
    )
    assert woke.new_leads == {1} and woke.woken == {1} and not woke.new_signs
    # A snooze that ended before the last visit is old news; one still running is no news.
    old = novelty([_lead(1, MESSAGE)], visits, date(2026, 3, 16), snooze_ends={1: date(2026, 3, 9)})
    assert not old.new_leads
    later = novelty(
        [_lead(1, MESSAGE)], visits, date(2026, 3, 16), snooze_ends={1: date(2026, 3, 20)}
    )
    assert not later.new_leads


def test_two_looks_the_same_day_are_one_visit() -> None:
    first = _visit("2026-03-16", _lead(1, MESSAGE), _lead(2))
    second = _visit("2026-03-16", _lead(1, JOB), _lead(3))
    merged = merge(first, second)
    assert [s.lead_id for s in merged.leads] == [1, 3, 2]
    assert merged.lead(1) is not None and set(merged.lead(1).signs) == {JOB, MESSAGE}  # type: ignore[union-attr]
    assert previous_visit([first, _visit("2026-03-12")], date(2026, 3, 16)) == _visit("2026-03-12")


# -- mornings of a real world ---------------------------------------------------------------

MORNINGS = ["2026-02-10", "2026-02-21", "2026-03-02", "2026-03-16", "2026-03-17"]
#: (new leads, their sections) expected on each morning.
EXPECTED_NEW = {
    "2026-02-10": set(),  # the first look: there is no "since"
    "2026-02-21": {"Émile Van den Berghe"},  # invited the user on the 20th
    "2026-03-02": {"Anne Lefèvre"},  # wrote on LinkedIn on the 1st
    "2026-03-16": {"Anne Lefèvre", "Bruno Marchal"},  # new job, new title (export of the 15th)
    "2026-03-17": set(),
}


def _look(
    capsys: pytest.CaptureFixture[str], db: Path, day: str, *extra: str
) -> list[dict[str, object]]:
    result = cli(capsys, db, "today", "--as-of", day, "--format", "json", *extra)
    assert result.code == 0, result.err
    rows: list[dict[str, object]] = result.json()
    return rows


def _new(rows: list[dict[str, object]]) -> set[object]:
    return {r["name"] for r in rows if r["new"]}


@pytest.fixture
def world(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> Path:
    build_world(capsys, db_path, tmp_path)
    return db_path


def test_mornings_mark_what_appeared_since_the_last_look(
    capsys: pytest.CaptureFixture[str], world: Path
) -> None:
    for day in MORNINGS:
        rows = _look(capsys, world, day, "--mark-seen")
        assert _new(rows) == EXPECTED_NEW[day], day
        # Looking again the same day keeps the same news.
        assert _new(_look(capsys, world, day, "--mark-seen")) == EXPECTED_NEW[day], day
    workspace = Workspace.open(str(world))
    try:
        news = morning.morning_news(workspace, as_of=date(2026, 3, 16))
        anne = next(i for i in news.items if i.name == "Anne Lefèvre")
        # Her message was shown on the 2nd; her new job is the new sign.
        assert {k.partition("@")[0] for k in news.new_signs(anne.person_id)} == {"job_change"}
        assert news.since == date(2026, 3, 2)
        assert [v.as_of.isoformat() for v in morning.visits(workspace)] == MORNINGS
    finally:
        workspace.close()


def test_a_snoozed_lead_that_wakes_up_is_new(
    capsys: pytest.CaptureFixture[str], world: Path
) -> None:
    _look(capsys, world, "2026-03-16", "--mark-seen")
    assert cli(capsys, world, "lead", "snooze", BRUNO_MAIL, "--until", "2026-03-25").code == 0
    # No look while Bruno sleeps: the last visit showed him, yet his waking is news.
    rows = _look(capsys, world, "2026-03-25")
    assert _new(rows) == {"Bruno Marchal"}
    # With a look in between (he was not shown), he is new as well.
    hidden = _look(capsys, world, "2026-03-20", "--mark-seen")
    assert "Bruno Marchal" not in {r["name"] for r in hidden}
    assert _new(_look(capsys, world, "2026-03-25", "--mark-seen")) == {"Bruno Marchal"}
    assert _new(_look(capsys, world, "2026-03-26")) == set()


def test_news_do_not_depend_on_when_the_files_were_imported(
    capsys: pytest.CaptureFixture[str], world: Path, tmp_path: Path
) -> None:
    """A second store gets the March export only after the February mornings: same news."""
    late = tmp_path / "late.sqlite3"
    folder = tmp_path / "late"
    folder.mkdir()
    assert cli(capsys, late, "import", "linkedin", str(first_export(folder))).code == 0
    sheet = folder / "leads.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    assert cli(capsys, late, "import", "contacts", str(sheet)).code == 0
    pair(late, GASTON_MAIL, GASTON)
    seen: dict[str, list[set[object]]] = {"early": [], "late": []}
    for day in MORNINGS:
        if day == "2026-03-16":  # imported the morning after it was exported
            assert cli(capsys, late, "import", "linkedin", str(second_export(folder))).code == 0
            pair(late, ANNE_MAIL, ANNE)
            pair(late, BRUNO_MAIL, BRUNO)
        seen["early"].append(_new(_look(capsys, world, day, "--mark-seen")))
        seen["late"].append(_new(_look(capsys, late, day, "--mark-seen")))
    # Before the import the late store could not know Émile and Anne's message; once it
    # does, they are news that morning — and every morning after agrees with the early one.
    assert seen["late"][-2] >= seen["early"][-2] and seen["late"][-1] == seen["early"][-1] == set()


def test_forgetting_a_person_erases_their_mornings(
    capsys: pytest.CaptureFixture[str], world: Path
) -> None:
    _look(capsys, world, "2026-03-16", "--mark-seen")
    assert cli(capsys, world, "forget", ANNE_MAIL).code == 0, "forget"
    connection = sqlite3.connect(world)
    try:
        shown = connection.execute("SELECT count(*) FROM today_visit_lead").fetchone()[0]
        people = connection.execute(
            "SELECT count(*) FROM today_visit_lead v LEFT JOIN person p ON p.id = v.person_id "
            "WHERE v.person_id IS NOT NULL AND p.id IS NULL"
        ).fetchone()[0]
    finally:
        connection.close()
    assert shown == 3 and people == 0  # Bruno, Gaston and Émile remain


def test_the_record_keeps_the_last_visits_and_reads_only_the_leads_asked(
    capsys: pytest.CaptureFixture[str], world: Path
) -> None:
    from linkrevive.storage import morning_repo

    workspace = Workspace.open(str(world))
    try:
        with workspace.database.session() as session:
            ids = sorted(session.execute(sa.text("SELECT id FROM person")).scalars())[:3]
        with workspace.database.session(write=True) as session:
            for day in range(1, 6):
                leads = tuple(_lead(i, f"manual@2026-03-0{day}") for i in ids)
                visit = Visit(date(2026, 3, day), AT, leads)
                morning_repo.save_visit(session, visit, kept=3)
            # Saving a day again replaces it; a lead no longer in the store is left out.
            visit = Visit(date(2026, 3, 5), AT, (_lead(ids[0]), _lead(10**6)))
            morning_repo.save_visit(session, visit, kept=3)
        with workspace.database.session() as session:
            kept = morning_repo.visits(session)
            asked = morning_repo.visits(session, before=date(2026, 3, 5), leads=[ids[1]])
            same_day = morning_repo.visit_on(session, date(2026, 3, 4))
    finally:
        workspace.close()
    assert [v.as_of.day for v in kept] == [3, 4, 5]
    assert [s.lead_id for s in kept[-1].leads] == [ids[0]] and kept[-1].leads[0].signs == ()
    assert [[s.lead_id for s in v.leads] for v in asked] == [[ids[1]], [ids[1]]]
    assert same_day is not None and same_day.lead(ids[2]) is not None


# -- a long simulated history (the rule alone) ----------------------------------------------


def test_a_year_of_mornings_reports_each_sign_once_and_every_waking() -> None:
    """A year of mornings: signs appear on random days and stay fresh 90 days, the user
    snoozes some leads and looks at Today on about two mornings out of three. Each sign is
    news exactly once, on the first look that shows it; each lead whose snooze ended is
    news on the first look after; and a lead is never news without a reason."""
    import random

    rng = random.Random(16)
    start, days, fresh = date(2025, 1, 1), 365, 90
    signs: dict[int, list[tuple[date, str]]] = {}
    for lead in range(1, 41):
        for _ in range(rng.randint(0, 4)):
            day = start + timedelta(days=rng.randrange(days))
            signs.setdefault(lead, []).append((day, sign_key("job_change", _midday(day))))
    snoozes: dict[int, tuple[date, date]] = {}  # lead -> (from, until)
    visits: list[Visit] = []
    reported: dict[tuple[int, str], list[date]] = {}
    woken_seen: dict[int, date] = {}
    for offset in range(days):
        today = start + timedelta(days=offset)
        for lead in range(1, 41):  # now and then the user snoozes a listed lead
            if lead not in snoozes and rng.random() < 0.004:
                snoozes[lead] = (today, today + timedelta(days=rng.randint(3, 40)))
        shown: list[ShownLead] = []
        for lead, theirs in sorted(signs.items()):
            span = snoozes.get(lead)
            if span is not None and span[0] <= today < span[1]:
                continue
            keys = tuple(
                k for d, k in sorted(theirs, reverse=True) if d <= today < d + timedelta(fresh)
            )
            if keys:
                shown.append(ShownLead(lead, len(shown) + 1, "fresh", 50, keys))
        if rng.random() > 0.65:
            continue  # no look this morning
        ends = {lead: until for lead, (_, until) in snoozes.items() if until <= today}
        found = novelty(shown, visits, today, snooze_ends=ends)
        last = visits[-1] if visits else None
        for lead in found.new_leads:
            reason = (
                found.signs_of(lead)
                or last is None
                or last.lead(lead) is None
                or lead in found.woken
            )
            assert reason, (today, lead)
        for lead, new_keys in found.new_signs.items():
            for key in new_keys:
                reported.setdefault((lead, key), []).append(today)
        for lead in found.woken:
            woken_seen.setdefault(lead, today)
        if last is not None:
            for lead, (_, until) in snoozes.items():
                listed = any(s.lead_id == lead for s in shown)
                if last.as_of < until <= today and listed:
                    assert found.is_new(lead), (today, lead)
        visits.append(Visit(today, AT, tuple(shown)))
    # Every sign shown by a look after the first is news exactly once: on the first such look.
    first_shown: dict[tuple[int, str], date] = {}
    for visit in visits[1:]:
        for shown_lead in visit.leads:
            for key in shown_lead.signs:
                first_shown.setdefault((shown_lead.lead_id, key), visit.as_of)
    earliest = {(s.lead_id, k) for s in visits[0].leads for k in s.signs}
    expected = {sign: [day] for sign, day in first_shown.items() if sign not in earliest}
    assert reported == expected
    assert len(expected) > 30 and woken_seen  # the history is not trivial


def _midday(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), UTC).replace(hour=12)


def test_the_store_reads_the_same_news_as_the_whole_record(world: Path) -> None:
    """The service reads one row per lead (its last showing); on mornings where a lead
    shows every sign of it that is still fresh, that says the same as every visit."""
    import random

    from linkrevive.services.morning import _last_looks
    from linkrevive.storage import morning_repo

    rng = random.Random(3)
    workspace = Workspace.open(str(world))
    try:
        with workspace.database.session() as session:
            ids = sorted(session.execute(sa.text("SELECT id FROM person")).scalars())
        start = date(2026, 1, 1)
        spans = {
            (lead, n): (start + timedelta(rng.randrange(60)), rng.randint(5, 30))
            for lead in ids
            for n in range(3)
        }

        def shown_on(day: date) -> list[ShownLead]:
            rows: list[ShownLead] = []
            for lead in ids:
                if rng.random() < 0.3:
                    continue  # snoozed, in touch… not listed that day
                keys = tuple(
                    sign_key("manual", _midday(begin))
                    for (who, _), (begin, length) in spans.items()
                    if who == lead and begin <= day < begin + timedelta(length)
                )
                if keys:
                    rows.append(ShownLead(lead, len(rows) + 1, "fresh", 10, keys))
            return rows

        compared = 0
        for offset in range(70):
            day = start + timedelta(offset)
            shown = shown_on(day)
            with workspace.database.session() as session:
                whole = novelty(shown, morning_repo.visits(session, before=day), day)
                last_day, latest = morning_repo.last_shown(
                    session, [s.lead_id for s in shown], before=day
                )
            read = novelty(shown, _last_looks(last_day, latest), day)
            assert (read.since, read.new_leads) == (whole.since, whole.new_leads), day
            assert dict(read.new_signs) == dict(whole.new_signs), day
            compared += len(whole.new_leads)
            if shown and rng.random() < 0.7:
                with workspace.database.session(write=True) as session:
                    morning_repo.save_visit(session, Visit(day, AT, tuple(shown)))
        assert compared > 10
    finally:
        workspace.close()

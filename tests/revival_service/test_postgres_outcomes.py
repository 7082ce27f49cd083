"""Outcomes on a real PostgreSQL server: migration 0004 builds the models, a morning's
proposals are recorded once, the user's acts and stage changes make the funnel."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from linkrevive.domain.enums import Channel, Direction, Stage
from linkrevive.services import demo, leads, morning, outcomes
from linkrevive.services.workspace import Workspace
from linkrevive.storage import outcome_repo

pytestmark = pytest.mark.services
AS_OF = date(2025, 3, 3)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=UTC)


def test_outcomes_on_postgres(pg_db_url: str) -> None:
    workspace = Workspace.open(pg_db_url)
    try:
        with workspace.database.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
        demo.build_demo(workspace, as_of=AS_OF)
        items = [
            i
            for i in morning.morning_news(workspace, as_of=AS_OF, mark_seen=True).items
            if i.person_id > 0
        ]
        morning.morning_news(workspace, as_of=AS_OF, mark_seen=True)  # the same morning again
        first = items[0].person_id
        outcomes.record_opener_copied(workspace, first, at(AS_OF))
        leads.mark_revived(workspace, first, at(AS_OF + timedelta(days=1)))
        leads.log_exchange(
            workspace, first, when=at(AS_OF + timedelta(days=5)), direction=Direction.IN,
            channel=Channel.EMAIL,
        )  # fmt: skip
        leads.set_stage(workspace, [first], stage=Stage.CLIENT, when=at(AS_OF + timedelta(days=40)))
        report = outcomes.funnel_report(workspace, as_of=AS_OF + timedelta(days=60))
        assert report.total.counts == (len(items), 1, 1, 1, 1)
        with workspace.database.session() as session:
            stored = outcome_repo.proposals(session)
            copies = outcome_repo.events(session, outcome_repo.OPENER_COPIED, [first])
        assert len(stored) == len(items)
        assert all(p.signs.split(",")[0] == p.sign for p in stored if p.signs)
        assert [c.occurred_at for c in copies] == [at(AS_OF)]
    finally:
        workspace.close()

"""Automated senders on a real PostgreSQL server: migration 0002 builds the models, the
mailbox import classifies, and the user's word holds across a re-import."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from linkrevive.domain.senders import SenderKind
from linkrevive.services import queries
from linkrevive.services.contacts_import import import_contacts
from linkrevive.services.senders import set_sender_kind
from linkrevive.services.workspace import Workspace
from tests.email_side import real_headers as mail

pytestmark = pytest.mark.services


def _kinds(workspace: Workspace) -> dict[str, tuple[str, str]]:
    with workspace.database.engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT e.email, p.kind, p.kind_reason FROM person p "
                "JOIN person_email e ON e.person_id = p.id"
            )
        ).all()
    return {email: (kind, reason) for email, kind, reason in rows}


def test_sender_kinds_on_postgres(pg_db_url: str, tmp_path: Path) -> None:
    workspace = Workspace.open(pg_db_url)
    try:
        with workspace.database.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
        mbox = mail.write_mbox(tmp_path / "box.mbox", mail.mailbox())
        report = import_contacts(workspace, mbox, me=[mail.ME])
        assert report.counts["automated"] == len(mail.AUTOMATED)
        kinds = _kinds(workspace)
        assert {a for a, (kind, _) in kinds.items() if kind == "automated"} == set(mail.AUTOMATED)
        assert kinds[mail.PROSPECT] == ("person", "")

        set_sender_kind(workspace, SenderKind.PERSON, emails=[mail.DIGEST])
        import_contacts(workspace, mbox, me=[mail.ME])
        assert _kinds(workspace)[mail.DIGEST] == ("person", "")
        people = {p.emails[0]: p for p in queries.people(workspace)}
        assert people[mail.DIGEST].exchange_count == 6
    finally:
        workspace.close()

"""personal visits: each consultant's own record of what Today showed them

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

In a shared database each consultant looks at their own Today: what is "new since last
time" is new since *their* last look, so a visit belongs to a consultant
(``today_visit.consultant_id``) and a day holds one visit per consultant. Every visit so
far is the implicit consultant's (id 1), so a database of one consultant changes in
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: How SQLite's reflection names the unnamed ``UNIQUE (as_of)`` of revision 0003.
_NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _as_of_unique() -> str:
    """The name of 0003's unique day: PostgreSQL's own, or the batch naming's on SQLite."""
    if op.get_bind().dialect.name == "postgresql":
        return "today_visit_as_of_key"
    return "uq_today_visit_as_of"


@contextmanager
def _leads_kept() -> Iterator[None]:
    """Keep the rows of ``today_visit_lead`` while ``today_visit`` is rebuilt: SQLite's batch
    mode drops the old table, and with foreign keys on (they are, and cannot be switched
    off inside the migration's transaction) that deletes every visit's leads in cascade.
    PostgreSQL alters the table in place."""
    if op.get_bind().dialect.name != "sqlite":
        yield
        return
    op.execute("CREATE TABLE _today_visit_lead_0008 AS SELECT * FROM today_visit_lead")
    yield
    op.execute("DELETE FROM today_visit_lead")
    op.execute(
        "INSERT INTO today_visit_lead SELECT * FROM _today_visit_lead_0008 "
        "WHERE visit_id IN (SELECT id FROM today_visit)"
    )
    op.execute("DROP TABLE _today_visit_lead_0008")


def upgrade() -> None:
    """Give every visit a consultant (the implicit one for the existing visits), one visit
    per consultant and day."""
    with _leads_kept(), op.batch_alter_table("today_visit", naming_convention=_NAMING) as batch_op:
        batch_op.add_column(
            sa.Column("consultant_id", sa.Integer(), nullable=False, server_default="1")
        )
        batch_op.drop_constraint(_as_of_unique(), type_="unique")
        batch_op.create_foreign_key(
            "fk_today_visit_consultant_id_consultant",
            "consultant",
            ["consultant_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_unique_constraint(
            "uq_today_visit_consultant_id_as_of", ["consultant_id", "as_of"]
        )
    with _leads_kept(), op.batch_alter_table("today_visit") as batch_op:
        batch_op.alter_column("consultant_id", server_default=None)


def downgrade() -> None:
    """One visit per day again: only the implicit consultant's visits are kept."""
    op.execute("DELETE FROM today_visit WHERE consultant_id <> 1")
    with _leads_kept(), op.batch_alter_table("today_visit", naming_convention=_NAMING) as batch_op:
        batch_op.drop_constraint("uq_today_visit_consultant_id_as_of", type_="unique")
        batch_op.drop_constraint("fk_today_visit_consultant_id_consultant", type_="foreignkey")
        batch_op.drop_column("consultant_id")
        batch_op.create_unique_constraint(_as_of_unique(), ["as_of"])

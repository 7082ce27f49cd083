"""personal lead states: each named consultant's snoozes, dismissals and revivals

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

In a shared database a consultant's snooze, dismissal or revival of a lead is their own
(``personal_lead_state``, one row per consultant and person, none while the lead is
active for them). The implicit consultant keeps these on the person row, as every
database of one consultant always did, so such a database changes in nothing. A
do-not-contact stays on the person row for the whole team: it is a promise to the person.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``personal_lead_state`` (empty: every state so far is the implicit user's)."""
    op.create_table(
        "personal_lead_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("lead_state", sa.String(), nullable=False),
        sa.Column("state_until", sa.Date(), nullable=True),
        sa.Column("state_note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["consultant_id"], ["consultant.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("consultant_id", "person_id"),
    )
    with op.batch_alter_table("personal_lead_state", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_personal_lead_state_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    """Drop ``personal_lead_state`` (the named consultants' own states are lost)."""
    with op.batch_alter_table("personal_lead_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_personal_lead_state_person_id"))
    op.drop_table("personal_lead_state")

"""import indexes: no index entry for a side an exchange or a signal lacks; no profile email index

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

An exchange or a signal concerns a person (the email side) or a profile (LinkedIn), rarely
both, yet each import wrote an entry for the side it lacked into that side's index: every
LinkedIn message into ``ix_signal_person_id``, every email into ``ix_exchange_profile_id``.
Those indexes now hold only the rows that have the value (``WHERE … IS NOT NULL``), which
every read by a person or a profile implies (``=``, ``IN``, a join, a cascade), so the same
searches use them. ``ix_exchange_person_id`` stays whole: the exchanges of paired profiles are
found by ``person_id IS NULL``. Nothing reads a profile by its email (pairing loads every
profile), so ``ix_profile_email`` goes. Rows do not change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: (index, table, column) made partial.
PARTIAL = (
    ("ix_exchange_profile_id", "exchange", "profile_id"),
    ("ix_signal_person_id", "signal", "person_id"),
    ("ix_signal_profile_id", "signal", "profile_id"),
)


def upgrade() -> None:
    """Index only the rows that have a value; drop the profile email index."""
    for name, table, column in PARTIAL:
        op.drop_index(name, table_name=table)
        present = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, table, [column], sqlite_where=present, postgresql_where=present)
    op.drop_index("ix_profile_email", table_name="profile")


def downgrade() -> None:
    """Whole indexes again, the profile email one included."""
    op.create_index("ix_profile_email", "profile", ["email"])
    for name, table, column in PARTIAL:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [column])

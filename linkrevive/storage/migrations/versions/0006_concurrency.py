"""concurrency: one confirmed profile per person and one person per confirmed profile

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

Two partial unique indexes make the database itself refuse a second confirmation of a
person or of a profile (two teammates confirming at once on a server could leave both).
A database that already holds such a pair keeps the latest decision, as confirming one
after the other does (each confirmation replaces the earlier ones of both sides).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CONFIRMED = sa.text("status = 'confirmed'")
INDEXES = (
    ("ix_pairing_confirmed_person", "person_id"),
    ("ix_pairing_confirmed_profile", "profile_id"),
)


def upgrade() -> None:
    """Keep the latest confirmation of each side, then index the confirmed pairs."""
    for _name, column in INDEXES:
        # A confirmation with a later one of the same side goes (decided_at, then id).
        op.execute(
            f"""
            DELETE FROM pairing WHERE status = 'confirmed' AND EXISTS (
                SELECT 1 FROM pairing AS later
                WHERE later.status = 'confirmed' AND later.{column} = pairing.{column}
                AND (COALESCE(later.decided_at, later.updated_at)
                         > COALESCE(pairing.decided_at, pairing.updated_at)
                     OR (COALESCE(later.decided_at, later.updated_at)
                             = COALESCE(pairing.decided_at, pairing.updated_at)
                         AND later.id > pairing.id)))
            """
        )
    for name, column in INDEXES:
        op.create_index(
            name,
            "pairing",
            [column],
            unique=True,
            sqlite_where=CONFIRMED,
            postgresql_where=CONFIRMED,
        )


def downgrade() -> None:
    """Drop the two indexes."""
    for name, _column in INDEXES:
        op.drop_index(name, table_name="pairing")

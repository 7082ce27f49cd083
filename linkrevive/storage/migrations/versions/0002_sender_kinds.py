"""sender kinds: automated senders and the user's overrides

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``person.kind`` and ``person.kind_reason``; the ``sender_override`` table."""
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('kind', sa.String(), server_default='person', nullable=False)
        )
        batch_op.add_column(
            sa.Column('kind_reason', sa.String(), server_default='', nullable=False)
        )
    op.create_table('sender_override',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('email')
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table('sender_override')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('kind_reason')
        batch_op.drop_column('kind')

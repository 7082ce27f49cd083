"""outcomes: what Today proposed each morning, and the user's opener copies and stage changes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the ``proposal`` and ``lead_event`` tables."""
    op.create_table('proposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('proposed_on', sa.Date(), nullable=False),
    sa.Column('sign', sa.String(), nullable=False),
    sa.Column('sign_on', sa.Date(), nullable=True),
    sa.Column('stage', sa.String(), nullable=True),
    sa.Column('stall_reason', sa.String(), nullable=True),
    sa.Column('conversation_year', sa.Integer(), nullable=True),
    sa.Column('signs', sa.String(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('person_id', 'proposed_on')
    )
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_person_id'), ['person_id'], unique=False)
    op.create_table('lead_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('old_value', sa.String(), nullable=True),
    sa.Column('new_value', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('lead_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lead_event_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('lead_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lead_event_person_id'))
    op.drop_table('lead_event')
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_person_id'))
    op.drop_table('proposal')

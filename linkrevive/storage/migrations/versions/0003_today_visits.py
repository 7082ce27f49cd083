"""today visits: what Today showed each morning, for "new since last time"

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the ``today_visit`` and ``today_visit_lead`` tables."""
    op.create_table('today_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('as_of')
    )
    op.create_table('today_visit_lead',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('profile_id', sa.Integer(), nullable=True),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('signs', sa.String(), nullable=False),
    sa.Column('stage', sa.String(), nullable=True),
    sa.Column('stall_reason', sa.String(), nullable=True),
    sa.Column('last_exchange', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['today_visit.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('today_visit_lead', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_today_visit_lead_person_id'), ['person_id'], unique=False
        )
        batch_op.create_index(
            batch_op.f('ix_today_visit_lead_profile_id'), ['profile_id'], unique=False
        )
        batch_op.create_index(
            batch_op.f('ix_today_visit_lead_visit_id'), ['visit_id'], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('today_visit_lead', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_today_visit_lead_visit_id'))
        batch_op.drop_index(batch_op.f('ix_today_visit_lead_profile_id'))
        batch_op.drop_index(batch_op.f('ix_today_visit_lead_person_id'))
    op.drop_table('today_visit_lead')
    op.drop_table('today_visit')

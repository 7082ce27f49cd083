"""consultants: one LinkedIn network per user of a shared database

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

A database has users (``consultant``); each keeps its own view of the LinkedIn profiles
(``connection``: connected since, current or removed, first and last export seen in).
While the implicit consultant is alone, the profile rows themselves are their ties and
``connection`` stays empty; the first named consultant copies them into it.
LinkedIn messages, invitations, signals and import runs say whose import brought them
(``consultant_id``). A database made before this revision had one user: it becomes the
implicit consultant (id 1, no name), who owns every existing LinkedIn row, so nothing
changes for it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

#: The user of a database that never named one (every SQLite file of one consultant).
IMPLICIT_CONSULTANT_ID = 1


def upgrade() -> None:
    """Add ``consultant`` and ``connection``; ``consultant_id`` on exchanges, signals and
    import runs; give every existing LinkedIn message, signal and import to the implicit
    consultant."""
    consultant = op.create_table('consultant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('connection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultant_id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('connected_on', sa.Date(), nullable=True),
    sa.Column('first_seen', sa.Date(), nullable=True),
    sa.Column('last_seen', sa.Date(), nullable=True),
    sa.Column('removed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['consultant_id'], ['consultant.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('consultant_id', 'profile_id')
    )
    with op.batch_alter_table('connection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_connection_profile_id'), ['profile_id'], unique=False)
    # On SQLite a plain ADD COLUMN with its reference inline: batch mode would copy tables
    # that others refer to, which SQLite refuses while references are enforced.
    sqlite = op.get_bind().dialect.name == 'sqlite'
    for table in ('exchange', 'signal', 'import_run'):
        if sqlite:
            op.execute(
                f'ALTER TABLE {table} ADD COLUMN consultant_id INTEGER REFERENCES consultant (id)'
            )
        else:
            op.add_column(table, sa.Column('consultant_id', sa.Integer(), nullable=True))
            op.create_foreign_key(
                f'{table}_consultant_id_fkey', table, 'consultant', ['consultant_id'], ['id']
            )
    # Existing rows: the implicit consultant's (ids keep their sequence on PostgreSQL).
    op.bulk_insert(consultant, [{'id': IMPLICIT_CONSULTANT_ID, 'name': ''}])
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("SELECT setval(pg_get_serial_sequence('consultant', 'id'), 1)")
    for table in ('exchange', 'signal'):
        op.execute(
            f'UPDATE {table} SET consultant_id = {IMPLICIT_CONSULTANT_ID} '
            'WHERE profile_id IS NOT NULL'
        )
    op.execute(
        f"UPDATE import_run SET consultant_id = {IMPLICIT_CONSULTANT_ID} WHERE kind = 'linkedin'"
    )


def downgrade() -> None:
    """Revert this revision (every consultant's connections but the implicit one's go)."""
    for table in ('import_run', 'signal', 'exchange'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('consultant_id')
    with op.batch_alter_table('connection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_connection_profile_id'))
    op.drop_table('connection')
    op.drop_table('consultant')

"""role flags: every stored shared box (contact@, info@…) carries ``person_email.is_role``

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

Every writer of ``person_email`` sets ``is_role`` by the shared-box rule
(``domain.text.is_role_address``) or flags more addresses later, never fewer; an older
version stored some boxes unflagged, so the readers ran the rule again on every address of
every person (a fifth of what the Today list's load did beyond its queries). This sets the
flag once for those rows; from here on the flag is the rule's word. A later change of the
rule that flags more addresses comes with a migration like this one. Rows are only flagged,
never unflagged: a box the user flagged stays one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from linkrevive.domain.text import is_role_address

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_EMAIL = sa.table(
    "person_email",
    sa.column("id", sa.Integer),
    sa.column("email", sa.String),
    sa.column("is_role", sa.Boolean),
)
_CHUNK = 900  # below SQLite's default limit of bound parameters


def upgrade() -> None:
    """Flag the unflagged addresses the shared-box rule names."""
    bind = op.get_bind()
    rows = bind.execute(sa.select(_EMAIL.c.id, _EMAIL.c.email).where(sa.not_(_EMAIL.c.is_role)))
    boxes = [row_id for row_id, email in rows if is_role_address(email)]
    for start in range(0, len(boxes), _CHUNK):
        bind.execute(
            sa.update(_EMAIL)
            .where(_EMAIL.c.id.in_(boxes[start : start + _CHUNK]))
            .values(is_role=True)
        )


def downgrade() -> None:
    """Nothing to undo: the older versions read the flags and the rule alike."""

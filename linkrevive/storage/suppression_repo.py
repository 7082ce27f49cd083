"""The list of forgotten people, kept as hashes so no personal data stays behind."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.storage.tables import SuppressionRow

_table = SuppressionRow.__table__  # type: ignore[attr-defined]


def all_hashes(session: Session) -> frozenset[str]:
    """Every remembered hash."""
    return frozenset(session.execute(sa.select(_table.c.key_hash)).scalars())


def remember(session: Session, hashes: set[str]) -> None:
    """Remember hashes of forgotten keys (idempotent)."""
    known = all_hashes(session)
    rows = [{"key_hash": h} for h in sorted(hashes - known)]
    if rows:
        session.execute(sa.insert(_table), rows)

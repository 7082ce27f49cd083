"""The list of forgotten people, kept as keyed hashes so no personal data stays behind.

A plain SHA-256 of an email address is the very identifier advertisers match lists on, so
the list stores ``k1:`` + HMAC-SHA-256 of it under a random key of this database (the
``suppression_key`` setting): the entries mean nothing outside it. Entries of older
versions (plain hashes) are rewritten under the key the first time the list is read.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.storage.database import upsert
from linkrevive.storage.tables import SettingRow, SuppressionRow

_table = SuppressionRow.__table__  # type: ignore[attr-defined]
_setting = SettingRow.__table__  # type: ignore[attr-defined]
KEY_SETTING = "suppression_key"
PREFIX = "k1:"


class Suppressed(frozenset[str]):
    """The stored (keyed) entries; ``plain_hash in suppressed`` keys the hash first.

    Importers test the plain hash of an address or URL (``workspace.key_hash``); this set
    answers for its keyed form, so they need not know the key.
    """

    key: bytes

    def __new__(cls, entries: frozenset[str], key: bytes) -> Suppressed:  # noqa: D102
        made = super().__new__(cls, entries)
        made.key = key
        return made

    def __contains__(self, plain_hash: object) -> bool:
        if not isinstance(plain_hash, str):
            return False
        return frozenset.__contains__(self, keyed(self.key, plain_hash))


def keyed(key: bytes, plain_hash: str) -> str:
    """The stored form of a plain hash under ``key``."""
    return PREFIX + hmac.new(key, plain_hash.encode("ascii"), hashlib.sha256).hexdigest()


def _key(session: Session) -> bytes:
    value = session.execute(sa.select(_setting.c.value).where(_setting.c.key == KEY_SETTING))
    stored = value.scalar()
    if stored is not None:
        return bytes.fromhex(json.loads(stored))
    # Two first forgets at once agree on one key: the second insert does nothing and the
    # key read back is the one stored.
    session.execute(
        upsert(session, _setting)
        .values(key=KEY_SETTING, value=json.dumps(secrets.token_bytes(32).hex()))
        .on_conflict_do_nothing(index_elements=["key"])
    )
    stored = session.execute(
        sa.select(_setting.c.value).where(_setting.c.key == KEY_SETTING)
    ).scalar_one()
    return bytes.fromhex(json.loads(stored))


def all_hashes(session: Session) -> Suppressed:
    """Every remembered entry (plain entries of older versions are keyed on the way)."""
    rows = list(session.execute(sa.select(_table.c.id, _table.c.key_hash)))
    if not rows:
        return Suppressed(frozenset(), b"")
    key = _key(session)
    entries = set()
    for row_id, value in rows:
        if not value.startswith(PREFIX):
            value = keyed(key, value)
            session.execute(sa.update(_table).where(_table.c.id == row_id).values(key_hash=value))
        entries.add(value)
    return Suppressed(frozenset(entries), key)


def remember(session: Session, hashes: set[str]) -> None:
    """Remember plain hashes of forgotten keys, keyed (idempotent)."""
    key = _key(session)
    known = all_hashes(session)
    rows = [{"key_hash": h} for h in sorted({keyed(key, h) for h in hashes} - known)]
    if rows:
        session.execute(
            upsert(session, _table).on_conflict_do_nothing(index_elements=["key_hash"]), rows
        )

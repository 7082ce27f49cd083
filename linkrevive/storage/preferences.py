"""The domain preferences of the ``setting`` table (JSON values by key), read on SQLAlchemy
Core: Today reads them without loading SQLModel nor the ORM. They are written by
``activity_repo.set_setting``; the table is described in ``storage.tables``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

if TYPE_CHECKING:
    from linkrevive.storage.listings import Reader

#: Setting holding the user's own email addresses (``import contacts --me``).
ME_ADDRESSES = "me_addresses"
#: Setting holding the user's own companies (a list of names), e.g. from their LinkedIn
#: profile: people there are colleagues, never leads.
ME_COMPANIES = "me_companies"

SETTING = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.String))


def get_setting(reader: Reader, key: str, default: Any = None) -> Any:
    """A domain preference stored as JSON, or ``default``."""
    value = reader.execute(sa.select(SETTING.c.value).where(SETTING.c.key == key)).scalar()
    return default if value is None else json.loads(value)

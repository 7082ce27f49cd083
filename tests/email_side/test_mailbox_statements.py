"""A mailbox import sends its exchanges in batches of every size: the multi-row INSERT texts
they make stay few (SQLite keeps each cached statement with its bound values: one text per
batch size held +60 MB at 800,000 messages)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from linkrevive.domain.records import Batch
from linkrevive.storage.bulk import _insert_statements
from linkrevive.storage.database import Database
from linkrevive.storage.tables import ExchangeRow

_exchange = ExchangeRow.__table__  # type: ignore[attr-defined]
WHEN = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)


def _batch(count: int) -> Batch:
    return Batch(
        ("person_id", "occurred_at", "direction", "subject", "counterpart", "source_key"),
        [(1, WHEN, "in", "s", "a@b.example", f"mail:{n}") for n in range(count)],
        {"profile_id": None, "channel": "email", "import_run_id": 1},
    )


def test_batches_of_every_size_make_a_dozen_statement_texts(db_path: Path) -> None:
    database = Database(str(db_path))
    texts: set[str] = set()
    try:
        with database.session() as session:
            for count in range(1, 9000, 37):  # the exchanges of chunks of 5,000 messages
                statements = list(_insert_statements(session, _exchange, _batch(count), ""))
                assert sum(len(params) for _sql, params in statements) == count * 9
                texts |= {sql for sql, _params in statements}
    finally:
        database.dispose()
    assert len(texts) <= 14

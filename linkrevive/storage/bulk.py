"""Statements straight to the driver: multi-row inserts, look-ups of stored keys, plain rows.

SQLAlchemy's handling of each row's parameters costs more than the database's own work at
tens of thousands of rows (an import's profiles, messages, exchanges), so these build the
SQL text and hand the values to the driver, each through its column type's bind processor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.records import Batch

#: Parameters per multi-row statement: SQLite takes up to 32,766, PostgreSQL 65,535.
BULK_PARAMETERS = 30_000


def bulk_insert(
    session: Session,
    table: sa.Table,
    rows: Sequence[dict[str, Any]] | Batch,
    *,
    skip_duplicates_of: str | None = None,
) -> int:
    """Insert many rows at driver speed: dicts (missing keys are NULL) or a :class:`Batch`
    of tuples. With ``skip_duplicates_of``, rows whose unique column value is already
    stored are skipped.

    The ORM's per-row parameter handling costs more than the database itself at 30,000
    rows, so values go through each column type's bind processor, column by column, and
    then straight to the driver. ``ON CONFLICT … DO NOTHING`` has the same syntax on
    SQLite and PostgreSQL. Returns how many rows were inserted.
    """
    quote = session.get_bind().dialect.identifier_preparer.quote
    tail = f" ON CONFLICT ({quote(skip_duplicates_of)}) DO NOTHING" if skip_duplicates_of else ""
    connection = session.connection()
    inserted = 0
    for sql, params in _insert_statements(session, table, rows, tail):
        result = connection.exec_driver_sql(sql, params)
        inserted += max(result.rowcount, 0)
    return inserted


def insert_returning(
    session: Session,
    table: sa.Table,
    rows: Batch,
    *,
    skip_duplicates_of: str,
    returning: Sequence[str],
) -> list[tuple[Any, ...]]:
    """:func:`bulk_insert`, returning the ``returning`` columns of the rows it inserted
    (``INSERT … ON CONFLICT … DO NOTHING RETURNING``, the same on SQLite and PostgreSQL)
    as plain tuples straight from the driver."""
    quote = session.get_bind().dialect.identifier_preparer.quote
    tail = (
        f" ON CONFLICT ({quote(skip_duplicates_of)}) DO NOTHING "
        f"RETURNING {', '.join(quote(c) for c in returning)}"
    )
    found: list[tuple[Any, ...]] = []
    for sql, params in _insert_statements(session, table, rows, tail):
        found += driver_rows(session, sql, params)
    return found


def _insert_statements(
    session: Session, table: sa.Table, rows: Sequence[dict[str, Any]] | Batch, tail: str
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """The ``INSERT … VALUES (…), (…)`` statements (each ending with ``tail``) and their
    parameters that store ``rows``: thousands of rows per statement.

    The parameters of a statement are laid out column by column in one flat tuple (a
    column's values every ``width`` places): no tuple per row is built, a constant is
    converted once, and only the columns with a bind processor (dates) pass through
    Python, each distinct value once.
    """
    if isinstance(rows, Batch):
        count, constants = len(rows.rows), rows.constants
        columns = [*rows.columns, *constants]
        by_column: list[Any] = list(zip(*rows.rows, strict=True)) if count else []
    else:
        count, constants = len(rows), {}
        columns = list(rows[0]) if count else []
        by_column = [[row.get(name) for row in rows] for name in columns]
    if not count:
        return
    dialect = session.get_bind().dialect
    width = len(columns)
    fixed = list(constants.values())  # one value each, converted once
    for index, name in enumerate(columns):
        proc = _processor(table, name, dialect)
        if proc is None:
            continue
        if name in constants:
            if constants[name] is not None:
                fixed[index - len(by_column)] = proc(constants[name])
            continue
        # Dates repeat (one export date, a few thousand distinct days): convert each once.
        seen: dict[Any, Any] = {None: None}
        by_column[index] = [
            seen[v] if v in seen else seen.setdefault(v, proc(v)) for v in by_column[index]
        ]
    quote = dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) VALUES "
    one = "(" + ", ".join([placeholder(session)] * width) + ")"
    size = max(BULK_PARAMETERS // width, 1)
    start = 0
    while start < count:
        # Full statements, then what is left in powers of two: a dozen statement texts at
        # most, so SQLite's statement cache (each one keeping its bound values) stays small
        # however many batches an import sends (one text per remainder: +60 MB at 800,000
        # messages).
        left = count - start
        rows_here = size if left >= size else 1 << (left.bit_length() - 1)
        flat: list[Any] = [None] * (rows_here * width)
        for index, values in enumerate(by_column):
            flat[index::width] = values[start : start + rows_here]
        for index, value in enumerate(fixed, start=len(by_column)):
            flat[index::width] = [value] * rows_here
        yield head + ", ".join([one] * rows_here) + tail, tuple(flat)
        start += rows_here


def update_rows(session: Session, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """``UPDATE`` each row of ``table`` whose ``id`` a dict of ``rows`` names with the dict's
    other values (dicts of the same columns share one statement, run for all of them)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        columns = tuple(sorted(k for k in row if k != "id"))
        if columns:
            groups.setdefault(columns, []).append(row)
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    mark = placeholder(session)
    connection = session.connection()
    for columns, group in groups.items():
        procs = [_processor(table, name, dialect) for name in columns]
        assignments = ", ".join(f"{quote(name)} = {mark}" for name in columns)
        sql = f"UPDATE {quote(table.name)} SET {assignments} WHERE {quote('id')} = {mark}"
        params = [
            (
                *(
                    row[name] if proc is None or row[name] is None else proc(row[name])
                    for name, proc in zip(columns, procs, strict=True)
                ),
                row["id"],
            )
            for row in group
        ]
        connection.exec_driver_sql(sql, params)


def _processor(table: sa.Table, name: str, dialect: sa.Dialect) -> Callable[[Any], Any] | None:
    """How the driver is handed a value of ``table``'s column ``name`` (None: as it is)."""
    processor: Callable[[Any], Any] | None = (
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
    )
    return processor


def stored_values(session: Session, column: sa.Column[Any], values: Sequence[Any]) -> set[Any]:
    """Which of ``values`` the (indexed) ``column`` already holds: one walk over the index
    for thousands of keys sharing a prefix, else ``IN`` lookups 900 keys at a time.

    Written for the driver directly: SQLAlchemy would compile a 900-item ``IN`` per chunk.
    """
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    mark = placeholder(session)
    table = column.table
    wanted = set(values)
    if len(wanted) > 2000 and dialect.name == "sqlite":
        # Thousands of keys sharing a prefix ("li:…"): one walk over that stretch of the
        # index beats dozens of IN lookups, as long as the stretch is not much longer than
        # the keys asked (a LinkedIn export repeats its history; a mailbox chunk does not:
        # the walk stops at twice as many and the lookups take over). Text compares bytewise
        # here (BINARY collation); a server's collation may not, so elsewhere the lookups stay.
        prefix = _common_prefix(min(wanted), max(wanted))
        if prefix:
            upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            most = 2 * len(wanted)
            sql = (
                f"SELECT {quote(column.name)} FROM {quote(table.name)} "
                f"WHERE {quote(column.name)} >= ? AND {quote(column.name)} < ? LIMIT {most + 1}"
            )
            rows = driver_rows(session, sql, (prefix, upper))
            if len(rows) <= most:
                return {value for (value,) in rows if value in wanted}
    found: set[Any] = set()
    unique = list(wanted)
    for start in range(0, len(unique), 900):
        chunk = unique[start : start + 900]
        sql = (
            f"SELECT {quote(column.name)} FROM {quote(table.name)} "
            f"WHERE {quote(column.name)} IN ({', '.join([mark] * len(chunk))})"
        )
        found.update(value for (value,) in driver_rows(session, sql, chunk))
    return found


def _common_prefix(low: Any, high: Any) -> str:
    """The text ``low`` and ``high`` start with (every value between them shares it)."""
    if not (isinstance(low, str) and isinstance(high, str)):
        return ""
    size = 0
    for a, b in zip(low, high, strict=False):
        if a != b:
            break
        size += 1
    return low[:size]


def plain_rows(
    session: Session,
    table: sa.Table,
    columns: Sequence[str],
    *,
    where_in: tuple[str, Sequence[Any]] | None = None,
) -> list[tuple[Any, ...]]:
    """Rows of ``table`` (those whose ``where_in`` column holds one of the given values) as
    the driver returns them, without SQLAlchemy's result processing: dates come back as
    ISO text on SQLite, as dates elsewhere."""
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    sql = f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(table.name)}"
    params: tuple[Any, ...] = ()
    if where_in is not None:
        column, values = where_in
        if not values:
            return []
        mark = placeholder(session)
        sql += f" WHERE {quote(column)} IN ({', '.join([mark] * len(values))})"
        params = tuple(values)
    return driver_rows(session, sql, params)


def driver_rows(session: Session, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Run ``sql`` (placeholders from :func:`placeholder`) on the session's own driver
    connection and return its rows as plain tuples."""
    dbapi = session.connection().connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    try:
        cursor.execute(sql, tuple(params))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def placeholder(session: Session) -> str:
    """The driver's parameter mark: ``?`` for SQLite, ``%s`` for PostgreSQL."""
    return "?" if session.get_bind().dialect.paramstyle == "qmark" else "%s"

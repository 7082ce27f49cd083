"""Alembic environment: runs on the connection the app hands over (see Database.migrate)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from linkrevive.storage import tables  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations() -> None:
    """Run the migrations on the connection given in ``config.attributes``."""
    connection = config.attributes.get("connection")
    if connection is None:  # command-line use: alembic -x url=...
        import sqlalchemy as sa

        url = context.get_x_argument(as_dictionary=True)["url"]
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()

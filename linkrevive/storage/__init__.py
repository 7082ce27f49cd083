"""Database access: the only layer that knows SQLModel, SQLAlchemy and Alembic."""

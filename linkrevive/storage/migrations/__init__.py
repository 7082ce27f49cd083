"""Alembic migrations of the LinkRevive schema."""

"""Concurrency tests of the team database: the same scenarios on PostgreSQL and SQLite."""

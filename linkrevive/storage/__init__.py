"""Database access: the only layer that knows SQLModel, SQLAlchemy and Alembic.

``database`` opens the database (engine, migrations, backups, units of work), ``bulk`` sends
statements straight to the driver (multi-row inserts, key look-ups), ``tables`` holds the
SQLModel tables, ``listings`` the Core reads of the listing commands, and each ``*_repo``
the reads and writes of one side of the store. What ``today`` reads is on Core too, loading
neither SQLModel nor the ORM: ``lead_loading`` (the leads), ``team_listings`` (who sees
what), ``preferences`` (the settings), ``morning_reads`` (the visits of Today) and
``outcome_reads`` (proposals, lead events, touches); their repositories write them.
``erasure`` forgets people for good; ``own_addresses`` takes the user's own addresses back
from the people an earlier import made of them.
"""

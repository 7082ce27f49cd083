"""A mailbox import keeps a bounded page cache (the pages it writes go to the write-ahead
log as they fill, not into the 64 MB every connection may keep), then gives the connection
its own size back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from linkrevive.services import contacts_import
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo
from linkrevive.storage.bulk import driver_rows
from linkrevive.storage.database import IMPORT_CACHE_MB
from tests.email_side.real_headers import ME, mailbox, write_mbox


def test_a_mailbox_import_keeps_a_bounded_page_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []
    insert_exchanges = activity_repo.insert_exchanges

    def storing(session: Any, rows: Any) -> int:  # the real insert, on the writer thread
        sizes.append(driver_rows(session, "PRAGMA cache_size")[0][0])
        return insert_exchanges(session, rows)

    monkeypatch.setattr(activity_repo, "insert_exchanges", storing)
    workspace = Workspace.open(str(tmp_path / "crm.sqlite3"))
    try:
        with workspace.database.session() as session:
            (before,) = driver_rows(session, "PRAGMA cache_size")[0]
        report = contacts_import.import_contacts(
            workspace, write_mbox(tmp_path / "all.mbox", mailbox()), me=[ME]
        )
        assert report.counts["exchanges"] > 0
        assert sizes and set(sizes) == {-IMPORT_CACHE_MB * 1024}
        with workspace.database.session() as session:
            assert driver_rows(session, "PRAGMA cache_size") == [(before,)]
    finally:
        workspace.close()
    assert before == -65536  # the size of every connection, given back

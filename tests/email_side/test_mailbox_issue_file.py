"""A mailbox's row problems name the file (issue 13, defect 8), not just "mailbox"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli


def test_an_undated_message_is_reported_with_the_file_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    mbox = tmp_path / "archive-2024.mbox"
    mbox.write_text(
        "From a@b Mon Jan 01 10:00:00 2024\nFrom: Paul <paul@ferrand-web.fr>\n"
        "To: claire@vendeuse.ro\nDate: not a date\nSubject: Devis\n\nBonjour\n\n",
        encoding="utf-8",
    )
    result = cli(capsys, tmp_path / "crm.sqlite3", "import", "contacts", str(mbox))
    assert result.code == 0, result.err  # skipped, not rejected: nothing to fix in a mailbox
    assert f"  {mbox}, line 1: no date: Devis" in result.err.splitlines()
    assert "mailbox, line" not in result.err

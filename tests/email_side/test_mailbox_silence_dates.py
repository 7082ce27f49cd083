"""A mailbox import's silence check and stored rows, on the paths the import takes for speed:
the exchange of this import before each incoming message learnt while reading (the store
read only for earlier imports), the store read whole where the file is out of date order or
it refused a row, a chunk stored on a second thread while the next one is read.

They pin behaviour the import already had (they pass on the import that read every
history back from the store); two of them fail if the fallbacks are dropped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from linkrevive.services.mailbox_import import _CHUNK
from tests.helpers import cli, dump

ME = "alex.martin@nearshore-exemple.example"
MARIE = "Marie Roux <marie@pixel-bleu.example>"


def _message(msgid: str, date: str, sender: str, subject: str, to: str = f"Alex <{ME}>") -> str:
    return (
        f"From x@y {date}\nMessage-ID: <{msgid}>\nDate: {date}\nFrom: {sender}\nTo: {to}\n"
        f"Subject: {subject}\n\nbody\n\n"
    )


def _signals(capsys: pytest.CaptureFixture[str], db_path: Path) -> list[tuple[str, str]]:
    found = cli(capsys, db_path, "signals", "--format", "json").json()
    return [(s["email"], s["detail"]) for s in found]


def _import(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, *messages: str
) -> str:
    """Import an mbox of ``messages`` (which must succeed); the import's report."""
    mbox = tmp_path / "2026.mbox"
    mbox.write_text("".join(messages), encoding="utf-8")
    result = cli(capsys, db_path, "import", "contacts", str(mbox), "--me", ME)
    assert result.code == 0, result.err
    return result.out


@pytest.fixture
def earlier_import(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> Path:
    """An earlier import: Marie wrote in February 2019."""
    old = tmp_path / "2019.mbox"
    old.write_text(_message("old@x", "Mon, 04 Feb 2019 10:00:00 +0100", MARIE, "Devis"))
    assert cli(capsys, db_path, "import", "contacts", str(old), "--me", ME).code == 0
    return db_path


def test_silence_is_measured_on_this_import_out_of_date_order_and_on_earlier_imports(
    capsys: pytest.CaptureFixture[str], earlier_import: Path, tmp_path: Path
) -> None:
    # March 2026 comes first in the file, January 2026 after it: January ends the silence
    # begun in 2019 (an earlier import's row), March follows January by two months.
    _import(
        capsys,
        earlier_import,
        tmp_path,
        _message("march@x", "Wed, 04 Mar 2026 10:00:00 +0100", MARIE, "Un nouveau projet"),
        _message("january@x", "Sat, 10 Jan 2026 09:00:00 +0100", MARIE, "Bonne année"),
    )
    assert _signals(capsys, earlier_import) == [
        ("marie@pixel-bleu.example", "Wrote to you by email: “Bonne année”")
    ]


def test_a_message_id_met_twice_keeps_the_stored_date_in_the_silence_check(
    capsys: pytest.CaptureFixture[str], earlier_import: Path, tmp_path: Path
) -> None:
    # The second message reuses the first one's Message-ID: the store keeps March only, so
    # March ends the silence begun in 2019; January, refused, must not shorten it.
    report = _import(
        capsys,
        earlier_import,
        tmp_path,
        _message("same@x", "Wed, 04 Mar 2026 10:00:00 +0100", MARIE, "Un nouveau projet"),
        _message("same@x", "Sat, 10 Jan 2026 09:00:00 +0100", MARIE, "Bonne année"),
    )
    assert "1 exchanges" in report
    assert _signals(capsys, earlier_import) == [
        ("marie@pixel-bleu.example", "Wrote to you by email: “Un nouveau projet”")
    ]


def test_a_refused_row_met_after_a_message_does_not_shorten_its_silence(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # An earlier import stored my message "dup@x" to Marie of March 2019. The new file, in
    # date order for Marie's messages, reuses that Message-ID for a message of January
    # 2026 met after her message of March 2026: the store refuses it, so the silence March
    # ends began in 2019.
    old = tmp_path / "2019.mbox"
    old.write_text(
        _message("dup@x", "Fri, 01 Mar 2019 10:00:00 +0100", f"Alex <{ME}>", "Devis", MARIE)
    )
    assert cli(capsys, db_path, "import", "contacts", str(old), "--me", ME).code == 0
    report = _import(
        capsys,
        db_path,
        tmp_path,
        _message("march@x", "Wed, 04 Mar 2026 10:00:00 +0100", MARIE, "Un nouveau projet"),
        _message("dup@x", "Sat, 10 Jan 2026 09:00:00 +0100", f"Alex <{ME}>", "Vœux", MARIE),
    )
    assert "1 exchanges" in report
    assert _signals(capsys, db_path) == [
        ("marie@pixel-bleu.example", "Wrote to you by email: “Un nouveau projet”")
    ]


def test_a_message_met_after_a_later_one_is_measured_on_every_earlier_exchange(
    capsys: pytest.CaptureFixture[str], earlier_import: Path, tmp_path: Path
) -> None:
    # December 2025 (mine), March 2026 (hers), then January 2026 (hers): January follows
    # December by a month, however far 2019 is; March follows December by three months.
    report = _import(
        capsys,
        earlier_import,
        tmp_path,
        _message("dec@x", "Mon, 01 Dec 2025 10:00:00 +0100", f"Alex <{ME}>", "Relance", MARIE),
        _message("march@x", "Wed, 04 Mar 2026 10:00:00 +0100", MARIE, "Un nouveau projet"),
        _message("january@x", "Tue, 20 Jan 2026 09:00:00 +0100", MARIE, "Bonne année"),
    )
    assert "3 exchanges" in report
    assert _signals(capsys, earlier_import) == []


def test_a_line_too_long_after_a_stored_chunk_leaves_the_database_unchanged(
    capsys: pytest.CaptureFixture[str], earlier_import: Path, tmp_path: Path
) -> None:
    # More than one chunk: the first is being stored on the second thread when the reader
    # meets the overlong line; the import is one transaction, nothing of it stays.
    before = dump(earlier_import)
    mbox = tmp_path / "big.mbox"
    with mbox.open("w", encoding="utf-8") as out:
        for n in range(_CHUNK + 10):
            sender = f"Person {n} <p{n}@firm{n % 50}.example>"
            out.write(_message(f"{n}@x", "Wed, 04 Mar 2026 10:00:00 +0100", sender, f"n{n}"))
        out.write("From x@y Wed, 04 Mar 2026 10:00:00 +0100\nSubject: " + "x" * (1 << 21))
        out.write("\n\nbody\n")
    result = cli(capsys, earlier_import, "import", "contacts", str(mbox), "--me", ME)
    assert result.code != 0
    assert "line" in result.err
    assert dump(earlier_import) == before

"""An export with profile URLs after one without (before mid-2023): a connection known by
name only is taken over by its URL row; namesakes in the newer export (the sample's two Dana
Doe) are told apart by the stored company, never by the order of the rows; on the real
sample files and a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, query

OLD = "linkedin_Connections_2021-2023_SYNTHETIC.csv"  # Dana Doe, Self-employed, no URL
NEW = "linkedin_Connections_2023plus_SYNTHETIC.csv"  # two Dana Doe, with URLs


def _swapped(samples: Path, folder: Path) -> Path:
    """The newer sample with its two Dana Doe rows in the other order."""
    lines = (samples / NEW).read_text(encoding="utf-8").splitlines()
    first, second = (n for n, line in enumerate(lines) if line.startswith("Dana,Doe,"))
    lines[first], lines[second] = lines[second], lines[first]
    path = folder / "Connections.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _state(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    profiles = query(
        db,
        "SELECT url, company, connected_on, first_seen FROM profile "
        "WHERE last_name = 'Doe' ORDER BY url",
    )
    signals = query(
        db,
        "SELECT s.kind, substr(s.occurred_at, 1, 10), p.url FROM signal s "
        "JOIN profile p ON p.id = s.profile_id WHERE p.last_name = 'Doe' ORDER BY 1, 2",
    )
    return profiles, signals


@pytest.mark.parametrize("swap", [False, True], ids=["as exported", "rows swapped"])
def test_the_order_of_namesakes_never_decides_whose_history_it_is(
    capsys: pytest.CaptureFixture[str], samples: Path, tmp_path: Path, swap: bool
) -> None:
    db = tmp_path / "dana.sqlite3"
    newer = _swapped(samples, tmp_path) if swap else samples / NEW
    for export in (samples / OLD, newer):
        result = cli(capsys, db, "import", "linkedin", str(export))
        assert result.code == 0, result.err
    profiles, signals = _state(db)
    # The self-employed Dana keeps the history the older export gave (seen since 2021); the
    # analyst is someone else, new; no job change is made of the two.
    assert profiles == [
        ("https://www.linkedin.com/in/dana-doe-7b8c9d", "Adventure Works", "2019-05-05",
         "2025-11-14"),
        ("https://www.linkedin.com/in/danadoe", "Self-employed", "2021-07-01", "2021-06-14"),
    ]  # fmt: skip
    assert [kind for kind, _day, _url in signals] == ["reconnected"]
    assert signals[0][2] == "https://www.linkedin.com/in/danadoe"

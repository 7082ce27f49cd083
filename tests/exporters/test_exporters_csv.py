"""CSV exports: Excel-friendly encoding and layout, and no formula injection."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from linkrevive.exporters import (
    REACTIVATION_COLUMNS,
    REACTIVATION_LABELS,
    TO_CONNECT_COLUMNS,
    ReactivationRow,
    ToConnectRow,
    linkedin_search_url,
    safe_cell,
    write_reactivation_csv,
    write_to_connect_csv,
)
from linkrevive.exporters.cells import atomic_target

INJECTION = '=HYPERLINK("http://x","y")'


def _row(**overrides: object) -> ReactivationRow:
    values: dict[str, object] = {
        "rank": 1,
        "score": 87,
        "name": "Hélène Lefèvre",
        "company": "Agence Éole",
        "position": "Directrice",
        "country": "Québec",
        "emails": ("helene@eole.ca", "h.lefevre@gmail.com"),
        "linkedin_url": "https://www.linkedin.com/in/helene-lefevre",
        "last_exchange": date(2021, 3, 14),
        "dormant_for": "3 ans 2 mois",
        "dormant_days": 1177,
        "stage": "Appel reporté",
        "stall_reason": "Distance",
        "signals": "Est passé·e de Éole à Kôdé\nNouvelle connexion",
        "why_now": "Est passé·e de Éole à Kôdé, il y a 3 semaines",
        "opener": "Bonjour Hélène, félicitations ; « test », d'accord ?",
    }
    values.update(overrides)
    return ReactivationRow(**values)  # type: ignore[arg-type]


def _read(path: Path, delimiter: str = ",") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Hélène", "Hélène"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_safe_cell(value: str, expected: str) -> None:
    assert safe_cell(value) == expected


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_reactivation_csv_round_trips_with_accents(tmp_path: Path, delimiter: str) -> None:
    rows = [
        _row(),
        _row(
            rank=2,
            score=40,
            name="Zoé Ærø",
            emails=(),
            linkedin_url=None,
            last_exchange=None,
            dormant_days=None,
        ),
    ]
    path = tmp_path / "reactivation.csv"
    write_reactivation_csv(rows, path, delimiter=delimiter)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    # Records end with CRLF; the line break inside the signals cell stays a bare LF.
    assert text.endswith("\r\n") and text.count("\r\n") == len(rows) + 1
    assert text.count("\n") == len(rows) + 1 + sum(r.signals.count("\n") for r in rows)
    table = _read(path, delimiter)
    assert table[0] == list(REACTIVATION_COLUMNS)
    first = dict(zip(table[0], table[1], strict=True))
    assert first["name"] == "Hélène Lefèvre"
    assert first["country"] == "Québec"
    assert first["score"] == "87"
    assert first["emails"] == "helene@eole.ca, h.lefevre@gmail.com"
    assert first["last_exchange"] == "2021-03-14"
    assert first["signals"] == "Est passé·e de Éole à Kôdé\nNouvelle connexion"
    assert first["opener"] == rows[0].opener
    second = dict(zip(table[0], table[2], strict=True))
    assert second["name"] == "Zoé Ærø"
    assert second["linkedin_url"] == second["last_exchange"] == second["dormant_days"] == ""
    assert len(table) == 3


def test_csv_header_labels_in_french(tmp_path: Path) -> None:
    path = tmp_path / "relance.csv"
    write_reactivation_csv([_row()], path, delimiter=";", lang="fr")
    header = _read(path, ";")[0]
    assert header == [REACTIVATION_LABELS["fr"][k] for k in REACTIVATION_COLUMNS]
    assert "Société" in header


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    path = tmp_path / "evil.csv"
    write_reactivation_csv([_row(name=INJECTION, company="+cmd|' /C calc'!A0")], path)
    record = dict(zip(*_read(path), strict=False))
    assert record["name"] == "'" + INJECTION
    assert record["company"].startswith("'+")
    for cell in _read(path)[1]:
        assert not cell.startswith(("=", "+", "-", "@"))


def test_bad_delimiter_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_reactivation_csv([_row()], tmp_path / "x.csv", delimiter=";;")


def test_linkedin_search_url() -> None:
    url = linkedin_search_url("Hélène Lefèvre", "Agence & Co")
    parts = urlsplit(url)
    assert url.startswith("https://www.linkedin.com/search/results/people/?keywords=")
    assert " " not in url and "&Co" not in url
    assert parse_qs(parts.query) == {"keywords": ["Hélène Lefèvre Agence & Co"]}
    assert parse_qs(urlsplit(linkedin_search_url("Solo", "")).query) == {"keywords": ["Solo"]}


def test_to_connect_csv(tmp_path: Path) -> None:
    rows = [
        ToConnectRow("Jean-Pierre Dupont", "jp@agence.fr", "Agence Sud", date(2022, 1, 5)),
        ToConnectRow("@lice", "alice@x.fr"),
    ]
    path = tmp_path / "to-connect.csv"
    write_to_connect_csv(rows, path, delimiter=";")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    table = _read(path, ";")
    assert table[0] == list(TO_CONNECT_COLUMNS)
    first = dict(zip(table[0], table[1], strict=True))
    assert first["last_exchange"] == "2022-01-05"
    assert parse_qs(urlsplit(first["linkedin_search_url"]).query)["keywords"] == [
        "Jean-Pierre Dupont Agence Sud"
    ]
    second = dict(zip(table[0], table[2], strict=True))
    assert second["name"] == "'@lice"
    assert second["last_exchange"] == ""


def test_failed_write_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("previous", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_target(path) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert path.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]

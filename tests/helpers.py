"""Helpers for tests: run the CLI in-process, dump a database, write LinkedIn exports."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from benchmarks.files_world_model import NOTES_PREAMBLE
from linkrevive.cli.app import run

# The notes LinkedIn writes above the header of Connections.csv (2023+), as the files world
# writes them.
PREAMBLE = NOTES_PREAMBLE


@dataclass
class CliResult:
    """Exit code and captured output of one command."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli(capsys: pytest.CaptureFixture[str], db: Path | str, *args: str) -> CliResult:
    """Run ``linkrevive --db DB ARGS`` in-process and capture its output."""
    capsys.readouterr()
    code = run(["--db", str(db), *args])
    captured = capsys.readouterr()
    return CliResult(code, captured.out, captured.err)


def dump(db: Path) -> list[str]:
    """Every row of every table (schema included), to compare a database before and after."""
    if not db.exists():
        return []
    connection = sqlite3.connect(db)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    """Every row of ``sql`` on the SQLite file ``db``, as tuples."""
    connection = sqlite3.connect(db)
    try:
        return [tuple(row) for row in connection.execute(sql)]
    finally:
        connection.close()


def _csv_line(cells: list[str]) -> str:
    out = []
    for cell in cells:
        if any(ch in cell for ch in ',"\n'):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return ",".join(out)


def connections_csv(rows: list[tuple[str, str, str, str, str, str, str]]) -> str:
    """A 2023+ Connections.csv (preamble, URL column, LF, no final newline)."""
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    body = "\n".join(_csv_line(list(r)) for r in rows)
    return PREAMBLE + header + "\n" + body


def messages_csv(rows: list[dict[str, str]]) -> str:
    """A 2024+ messages.csv with the draft flags."""
    columns = [
        "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
        "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "IS MESSAGE DRAFT",
        "IS CONVERSATION DRAFT",
    ]  # fmt: skip
    lines = [",".join(columns)]
    for row in rows:
        lines.append(_csv_line([row.get(c, "") for c in columns]))
    return "\n".join(lines) + "\n"


def invitations_csv(rows: list[tuple[str, str, str, str, str, str, str]]) -> str:
    """A 2023+ Invitations.csv with profile URLs."""
    header = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"
    return header + "\n" + "\n".join(_csv_line(list(r)) for r in rows) + "\n"


def write_export(folder: Path, stamp: str, files: dict[str, str]) -> Path:
    """A zip named like LinkedIn's (``Complete_LinkedInDataExport_MM-DD-YYYY.zip``)."""
    path = folder / f"Complete_LinkedInDataExport_{stamp}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text.encode("utf-8"))
    return path

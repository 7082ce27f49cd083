"""Help for every option, valid values listed on a mistake, pointers to the right command."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkrevive.cli import app, email_commands, pairing_commands, revival_commands, sender_commands
from linkrevive.domain.enums import PairStatus, SignalKind
from linkrevive.domain.filters import SHOW_AUTOMATED, SHOW_PERSONS, SHOW_SHARED
from linkrevive.domain.senders import SenderKind
from linkrevive.importers.contacts_formats import FORMATS as CONTACT_FORMATS
from linkrevive.services.revival import EXPORT_FORMATS
from tests.helpers import cli, connections_csv

#: Modules a command must not load before it runs (start-up time, issue 14).
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "pydantic", "keyring", "openpyxl", "rapidfuzz")


def _parsers(
    parser: argparse.ArgumentParser, path: str = "linkrevive"
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}")


def test_every_option_and_argument_has_help() -> None:
    missing = []
    commands = 0
    for path, parser in _parsers(app.build_parser()):
        commands += 1
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            if not action.help or action.help == argparse.SUPPRESS:
                missing.append(f"{path}: {'/'.join(action.option_strings) or action.dest}")
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if not choice.help:
                        missing.append(f"{path} {choice.dest}: no help line")
    assert commands > 20  # the walk went down the tree
    assert missing == []


def test_help_says_no_command_opens_the_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.run(["--help"]) == 0
    text = capsys.readouterr().out
    assert "no command opens the window" in text
    for word in ("import", "people", "today", "export", "--db", "--version"):
        assert word in text
    assert app.run(["import", "imap", "--help"]) == 0
    imap = capsys.readouterr().out
    assert "--password-stdin" in imap and "never stored" in imap


def test_choices_listed_in_the_cli_are_those_of_the_engines() -> None:
    # The parser lists them itself so that --help loads no engine; they must not drift.
    assert email_commands.CONTACT_FORMATS == CONTACT_FORMATS
    assert tuple(k.value for k in SignalKind) == app.SIGNAL_KINDS
    assert tuple(s.value for s in PairStatus) == pairing_commands.PAIR_STATUSES
    assert tuple(k.value for k in SenderKind) == sender_commands.SENDER_KINDS
    assert revival_commands.EXPORT_FORMATS == EXPORT_FORMATS
    assert email_commands.PEOPLE_KINDS == (SHOW_PERSONS, SHOW_SHARED, SHOW_AUTOMATED)


@pytest.mark.parametrize(
    ("args", "bad", "valid"),
    [
        (["people", "--format", "xml"], "'xml' for --format", "table, csv, json"),
        (["signals", "--kind", "promotion"], "'promotion' for --kind", "job_change, title_change"),
        (["pairs", "--status", "maybe"], "'maybe' for --status", "auto, suggested, confirmed"),
        (["sender", "robot", "a@b.fr"], "'robot' for kind", "person, automated"),
        (["export", "reactivation", "-o", "x", "--format", "pdf"], "'pdf'", "csv, xlsx"),
        (["import", "contacts", "x.csv", "--format", "excel"], "'excel'", "vcard, google_csv"),
        (["frobnicate"], "unknown command 'frobnicate'", "import, connections"),
    ],
)
def test_an_unknown_value_lists_the_valid_ones(
    capsys: pytest.CaptureFixture[str], db_path: Path, args: list[str], bad: str, valid: str
) -> None:
    result = cli(capsys, db_path, *args)
    assert result.code == 2
    assert bad in result.err and valid in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not db_path.exists()


def test_an_unknown_stage_or_stall_reason_lists_the_valid_ones(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Prénom;Nom;E-mail;Société\nJeanne;Roux;jeanne@agence.example;Agence\n")
    assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
    stage = cli(capsys, db_path, "lead", "set", "jeanne@agence.example", "--stage", "promising")
    assert stage.code == 1
    assert "'promising' is not a stage" in stage.err
    assert "first_contact, info_sent, call_agreed" in stage.err
    stall = cli(
        capsys, db_path, "lead", "set", "jeanne@agence.example", "--stall-reason", "weather"
    )
    assert stall.code == 1
    assert "no_time, no_method, confidentiality" in stall.err
    fine = cli(
        capsys, db_path, "lead", "set", "jeanne@agence.example", "--stall-reason", "Distance"
    )
    assert fine.code == 0 and "stall reason distance" in fine.out


def _connections(folder: Path) -> Path:
    path = folder / "Connections.csv"
    path.write_text(
        connections_csv(
            [
                (
                    "Jeanne",
                    "Roux",
                    "https://www.linkedin.com/in/jeanne-roux",
                    "",
                    "Agence Bleue",
                    "CTO",
                    "03 Mar 2024",
                ),
            ]
        ),
        encoding="utf-8",
    )
    return path


def test_a_linkedin_file_given_to_import_contacts_points_to_import_linkedin(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    csv_file = _connections(tmp_path)
    archive = tmp_path / "Basic_LinkedInDataExport_03-01-2026.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(csv_file, "Connections.csv")
    for given in (csv_file, archive, tmp_path):
        result = cli(capsys, db_path, "import", "contacts", str(given))
        assert result.code == 1, result.out
        assert f"'linkrevive import linkedin {given}'" in result.err
        assert "is a LinkedIn export" in result.err
        assert not db_path.exists()  # a failed command leaves no new database behind
    # The pointer is right: that command takes it.
    assert cli(capsys, db_path, "import", "linkedin", str(archive)).code == 0


def test_parsing_and_help_load_no_storage_or_engine() -> None:
    code = (
        "import contextlib, io, json, sys\n"
        "from linkrevive.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help']); main(['--version']); main(['import', 'imap', '--help'])\n"
        "print(json.dumps(sorted(m for m in sys.modules if not m.startswith('_'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = set(json.loads(done.stdout))
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}
    assert not {m for m in loaded if m.startswith(("linkrevive.services", "linkrevive.storage"))}


def test_a_listing_loads_the_storage_only_when_it_runs(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    code = (
        "import json, sys\n"
        "from linkrevive.cli.app import run\n"
        f"assert run(['--db', {str(db)!r}, 'demo', '--as-of', '2026-03-01']) == 0\n"
        "print('\\n' + json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "linkrevive.storage.database" in loaded  # the command did open the database
    assert "PySide6" not in {m.split(".")[0] for m in loaded}

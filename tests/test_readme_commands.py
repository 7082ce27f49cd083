"""The README's command-line tour works as written: its commands run in order, on a fresh
database, against synthetic files put where the tour says yours are.

Mapping (the only differences from what a person types):

- ``HOME`` is a temporary folder, so the default database (no ``--db`` in the tour) is a new
  one in ``$HOME/.local/share/LinkRevive/``, and ``~/Downloads/…`` are files this test writes:
  ``~/Downloads/Basic_LinkedInDataExport_03-15-2026.zip`` a synthetic LinkedIn export (the
  people of the example sheet, Jean-Pierre Dupont among them, without their emails), and
  ``~/Downloads/mail.mbox`` the synthetic ``tests/fixtures/email_side/takeout_small.mbox``;
- ``suivi-prospects.csv`` (in the working folder) is ``resources/exemple-suivi-prospects.csv``;
- ``import imap --host imap.example.org --user alex.martin@…`` reads the throwaway Dovecot
  server instead (``--host 127.0.0.1 --port N --user <its user>``), whose password is in the
  keyring as after a first run (the Secret Service of ``tests/run_all.sh``);
- ``linkrevive`` is ``python -m linkrevive`` of this checkout.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from linkrevive.services import secrets
from tests.helpers import connections_csv
from tests.services import DovecotServer

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
SHEET = REPO / "resources" / "exemple-suivi-prospects.csv"
MBOX = REPO / "tests" / "fixtures" / "email_side" / "takeout_small.mbox"
TOUR = re.compile(r"<!-- tour:start.*?-->\s*```sh\n(.*?)```\s*<!-- tour:end -->", re.DOTALL)


def tour_commands(text: str) -> list[list[str]]:
    """The command lines of the README's tour, split as a shell would (comments dropped)."""
    found = TOUR.search(text)
    assert found, "README.md has no tour block between <!-- tour:start --> and <!-- tour:end -->"
    commands = []
    for line in found.group(1).splitlines():
        words = shlex.split(line, comments=True)
        if words:
            assert words[0] == "linkrevive", line
            commands.append(words)
    return commands


def _linkedin_export(path: Path) -> None:
    rows = [
        ("Jean-Pierre", "Dupont", "https://www.linkedin.com/in/jpdupont", "",
         "Pixel Bleu", "Directeur technique", "14 Mar 2019"),
        ("Léa", "Dubreuil", "https://www.linkedin.com/in/lea-dubreuil", "",
         "Agence Exemple", "CTO", "02 Oct 2020"),
        ("Sophie", "Weber", "https://www.linkedin.com/in/sophieweber",
         "s.weber@lux-digital.example", "Lux Digital", "CEO", "30 May 2021"),
        ("Paul", "Inconnu", "https://www.linkedin.com/in/paul-inconnu", "",
         "Ailleurs", "Designer", "01 Jan 2022"),
    ]  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Connections.csv", connections_csv(rows))


def _substitute(words: list[str], home: Path, server: DovecotServer) -> list[str]:
    out = [str(home / w[2:]) if w.startswith("~/") else w for w in words[1:]]
    if out[:2] == ["import", "imap"]:
        out[out.index("--host") + 1] = server.host
        out[out.index("--user") + 1] = server.user
        out += ["--port", str(server.port)]
    return [sys.executable, "-m", "linkrevive", *out]


def test_the_tour_lists_the_main_commands() -> None:
    words = [" ".join(c[1:3]) for c in tour_commands(README.read_text(encoding="utf-8"))]
    for expected in ("import linkedin", "import contacts", "import imap", "today --limit"):
        assert any(w.startswith(expected) for w in words), expected


@pytest.mark.services
def test_the_readme_tour_runs_as_written(
    tmp_path: Path, dovecot: DovecotServer, secret_service: str
) -> None:
    home = tmp_path / "home"
    work = tmp_path / "work"
    work.mkdir(parents=True)
    _linkedin_export(home / "Downloads" / "Basic_LinkedInDataExport_03-15-2026.zip")
    shutil.copy(MBOX, home / "Downloads" / "mail.mbox")
    shutil.copy(SHEET, work / "suivi-prospects.csv")
    account = secrets.imap_account(dovecot.user, dovecot.host)
    secrets.set_password(account, dovecot.password)
    env = {k: v for k, v in os.environ.items() if k not in ("LINKREVIVE_DB", "LINKREVIVE_DEBUG")}
    env["HOME"] = str(home)
    env.pop("XDG_DATA_HOME", None)
    outputs: dict[str, str] = {}
    try:
        for words in tour_commands(README.read_text(encoding="utf-8")):
            line = shlex.join(words)
            done = subprocess.run(
                _substitute(words, home, dovecot),
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
            assert "Traceback" not in done.stderr, line
            outputs[" ".join(words[1:3])] = done.stdout
    finally:
        secrets.delete_password(account)
    database = home / ".local" / "share" / "LinkRevive" / "linkrevive.sqlite3"
    assert database.exists()  # the tour's first import created the default database
    assert "Confirmed: jp.dupont@pixel-bleu.example" in outputs["pair confirm"]
    assert "news@lists.example" in outputs["people --kind"]
    assert (work / "relances.xlsx").stat().st_size > 0
    assert (work / "relances.csv").exists() and (work / "a-connecter.csv").exists()
    assert "Hugo Martin" in outputs["people --format"]
    after = subprocess.run(
        [sys.executable, "-m", "linkrevive", "people", "--format", "csv"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "Jean-Pierre Dupont" in after.stdout and "Hugo Martin" not in after.stdout  # forgotten

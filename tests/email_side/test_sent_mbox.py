"""An mbox file named as a sent folder (Thunderbird's ``Sent``, Apple Mail's ``Sent
Messages.mbox``), or a folder of ``.eml`` files named so, holds the user's mail, from
whichever address: the prospects written to have their exchanges, and no former address of
the user's becomes a lead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli

ME = "alex.martin@nearshore.example"
OLD = "Alex Martin <alex@oldagency.example>"  # an address of a former job


def _message(n: int, sender: str, to: str, date: str, subject: str) -> str:
    return (
        f"From - {date}\nMessage-ID: <m{n}@mail.example>\nDate: {date}\nFrom: {sender}\n"
        f"To: {to}\nSubject: {subject}\n\nbody\n\n"
    )


def _sent(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        _message(1, OLD, "Paul Roy <paul@atelier-roy.example>", "Tue, 14 Mar 2023 10:00:00 +0100",
                 "Devis")
        + _message(2, f"Alex <{ME}>", "Paul Roy <paul@atelier-roy.example>",
                   "Tue, 12 Mar 2024 10:00:00 +0100", "Relance"),
        encoding="utf-8",
    )  # fmt: skip
    return path


@pytest.mark.parametrize("name", ["Sent", "Sent Messages.mbox/mbox", "Envoyés.mbox"])
def test_a_sent_folder_file_is_the_users_mail(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, name: str
) -> None:
    path = _sent(tmp_path / "export" / name)
    result = cli(capsys, db_path, "import", "contacts", str(path), "--me", ME)
    assert result.code == 0, result.err
    people = cli(capsys, db_path, "people", "--all", "--format", "json").json()
    assert [(p["name"], p["emails"]) for p in people] == [
        ("Paul Roy", ["paul@atelier-roy.example"])
    ]


def test_eml_files_in_a_sent_folder_are_the_users_mail(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sent = tmp_path / "export" / "Sent Items"
    sent.mkdir(parents=True)
    (sent / "devis.eml").write_text(
        _message(1, OLD, "Paul Roy <paul@atelier-roy.example>", "Tue, 14 Mar 2023 10:00:00 +0100",
                 "Devis").split("\n", 1)[1],
        encoding="utf-8",
    )  # fmt: skip
    result = cli(capsys, db_path, "import", "contacts", str(tmp_path / "export"), "--me", ME)
    assert result.code == 0, result.err
    people = cli(capsys, db_path, "people", "--all", "--format", "json").json()
    assert [p["name"] for p in people] == ["Paul Roy"]

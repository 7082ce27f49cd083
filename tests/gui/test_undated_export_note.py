"""The import panel says why an undated LinkedIn export removed nobody, in both languages,
and keeps saying it after a restart (the results are kept in the settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from linkrevive.gui.import_result import FileResult, ImportResults, ResultText
from linkrevive.services import linkedin_import
from linkrevive.services.workspace import Workspace


def _undated_result(db_path: Path, samples: Path) -> FileResult:
    workspace = Workspace.open(str(db_path))
    try:
        linkedin_import.import_linkedin(
            workspace, samples / "linkedin_Connections_2023plus_SYNTHETIC.csv"
        )
        report = linkedin_import.import_linkedin(
            workspace, samples / "linkedin_legacy_outlook_format_pre2017_akitten.csv"
        )
    finally:
        workspace.close()
    assert report.undated and report.counts["kept_missing"] > 0
    kept = ImportResults.from_json(ImportResults((FileResult.of(report),)).to_json())
    assert kept is not None
    return kept.files[0]


def test_the_panel_says_an_undated_export_removed_nobody(
    qapp: Any, db_path: Path, samples: Path
) -> None:
    result = _undated_result(db_path, samples)
    assert ResultText().notes_of(result) == [
        "no date of its own: it may be older than your last export, so nobody missing from it "
        "was marked removed"
    ]


def test_and_in_french(french: Any, db_path: Path, samples: Path) -> None:
    result = _undated_result(db_path, samples)
    assert ResultText().notes_of(result) == [
        "sans date propre : il est peut-être plus ancien que votre dernier export, personne "
        "n’en a donc été marqué comme retiré"
    ]

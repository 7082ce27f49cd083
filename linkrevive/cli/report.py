"""The summary an import prints: counts, issues found in the file, and the signals it brought."""

from __future__ import annotations

import sys

from linkrevive.domain.enums import Stage, StallReason
from linkrevive.domain.models import ImportReport
from linkrevive.domain.phrases import signal_detail

#: Issues about a value outside a closed vocabulary: the report lists the valid codes (the
#: French and English labels are read too; README.md has the table).
_VALID: dict[str, type[Stage] | type[StallReason]] = {
    "unknown_stage": Stage,
    "unknown_stall_reason": StallReason,
}


#: One of the user's own addresses that an earlier import had made a person of (not a
#: problem of the file: what the import did about it).
_OWN_ADDRESS = {
    "own_address": "one of your own addresses, taken for someone else by an earlier import: "
    "that person is removed, and the mail sent from it counts as yours.",
    "own_address_kept": "one of your own addresses, taken off this person, who keeps their "
    "other details; the mail sent from it counts as yours.",
}


#: Counters of what an import took from its file (a row already stored counts as taken).
_TAKEN = ("new", "updated", "unchanged", "history", "removed", "exchanges", "signals")


#: Exit status of an import that was saved but left rows out (``rejected``): not 0, which
#: says every row was taken, and not 1, which says nothing changed.
ROWS_REJECTED = 3


def print_report(report: ImportReport) -> int:
    """Counts and signals of an import on stdout, its row-level problems on stderr (one
    line each, then their count); returns the exit status: 0 when every row was taken,
    :data:`ROWS_REJECTED` when the import was saved without some rows."""
    order = ("new", "updated", "unchanged", "removed", "skipped", "rejected")
    counts = report.counts
    parts = [f"{counts.get(k, 0)} {k}" for k in order if k in counts]
    parts += [f"{v} {k}" for k, v in counts.items() if k not in order]
    print(f"{report.source}: " + ", ".join(parts))
    if report.newer_export is not None and report.export_date is not None:
        print(
            f"  Export of {report.export_date.isoformat()}: older than the export of "
            f"{report.newer_export.isoformat()}: history only."
        )
    missing = counts.get("kept_missing", 0)
    if report.undated:
        different = counts.get("kept_different", 0)
        print(
            f"  Export with no date of its own: {missing} of your current connections are not "
            f"in it and {different} show other details; none was marked removed or changed, "
            "since it may be older than your last export (import it again with "
            "--allow-removals if it is your newest)."
        )
    elif missing:
        print(
            f"  Partial export: {missing} of your current connections are not in it; none was "
            "marked removed (import it again with --allow-removals if you removed them)."
        )
    if any(issue.code == "no_sent_folder" for issue in report.issues):
        print(
            "  No sent folder found on the server: your replies were not read (import the "
            "folder that holds them with --folder)."
        )
    for issue in report.issues:
        if issue.code in _OWN_ADDRESS:
            print(f"  {issue.value}: {_OWN_ADDRESS[issue.code]}")
    shown = 0
    for issue in report.issues:
        if issue.code in ("hidden_member", "no_sent_folder", *_OWN_ADDRESS):
            continue
        shown += 1
        where = f"line {issue.line}" if issue.line else "file"
        value = f": {issue.value}" if issue.value else ""
        valid = _VALID.get(issue.code)
        hint = f" (left unknown; valid: {', '.join(v.value for v in valid)})" if valid else ""
        line = f"  {issue.file}, {where}: {issue.code.replace('_', ' ')}{value}{hint}"
        print(line, file=sys.stderr)
    if report.signals:
        # The report carries the newest signals only (200 at most); the count is of all of
        # them, as the summary line above says.
        found = max(counts.get("signals", 0), len(report.signals))
        print(f"Signals found ({found}):")
        for signal in report.signals[:50]:
            print(
                f"  {signal.occurred_at.date().isoformat()}  {signal.kind.value:<20} "
                f"{signal.name}: {signal_detail(signal.kind, signal.params)}"
            )
        if found > 50:
            print(f"  … and {found - 50} more (see 'linkrevive signals').")
    rejected = counts.get("rejected", 0)
    if shown:
        left_out = rejected or counts.get("skipped", 0)
        taken = "every row was imported"
        if left_out:
            kept = any(counts.get(k, 0) for k in _TAKEN)
            taken = "the other rows were imported" if kept else "nothing new was imported"
        print(
            f"linkrevive: {shown} problem{'s' if shown != 1 else ''} in {report.source} "
            f"({rejected} row{'s' if rejected != 1 else ''} rejected); {taken}.",
            file=sys.stderr,
        )
    return ROWS_REJECTED if rejected else 0

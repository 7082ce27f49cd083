"""The summary an import prints: counts, issues found in the file, and the signals it brought."""

from __future__ import annotations

from linkrevive.domain.enums import Stage, StallReason
from linkrevive.domain.models import ImportReport
from linkrevive.domain.phrases import signal_detail

#: Issues about a value outside a closed vocabulary: the report lists the valid codes (the
#: French and English labels are read too; README.md has the table).
_VALID: dict[str, type[Stage] | type[StallReason]] = {
    "unknown_stage": Stage,
    "unknown_stall_reason": StallReason,
}


def print_report(report: ImportReport) -> None:
    """Counts, issues and signals of an import, for people."""
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
    if missing:
        print(
            f"  Partial export: {missing} of your current connections are not in it; none was "
            "marked removed (import it again with --allow-removals if you removed them)."
        )
    for issue in report.issues:
        if issue.code == "hidden_member":
            continue
        where = f"line {issue.line}" if issue.line else "file"
        value = f": {issue.value}" if issue.value else ""
        valid = _VALID.get(issue.code)
        hint = f" (left unknown; valid: {', '.join(v.value for v in valid)})" if valid else ""
        print(f"  {issue.file}, {where}: {issue.code.replace('_', ' ')}{value}{hint}")
    if report.signals:
        print(f"Signals found ({len(report.signals)}):")
        for signal in report.signals[:50]:
            print(
                f"  {signal.occurred_at.date().isoformat()}  {signal.kind.value:<20} "
                f"{signal.name}: {signal_detail(signal.kind, signal.params)}"
            )
        if len(report.signals) > 50:
            print(f"  … and {len(report.signals) - 50} more (see 'linkrevive signals').")

"""What an import did, file by file, in the interface language: a dialog with a Copy button.

Every counter of the import reports gets a human label, every issue its file, line and
reason. The results are plain data (:class:`ImportResults`), kept as JSON in the settings
(without the rows' values) so that File ▸ Last import results… shows them again after a
restart, in the language of the moment.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.models import ImportReport
from linkrevive.domain.phrases import STAGE_LABELS, STALL_LABELS
from linkrevive.gui import i18n

# Issues listed one line each; hidden LinkedIn members are many and alike: one line.
_GROUPED = frozenset({"hidden_member"})


@dataclass(frozen=True, slots=True)
class FileResult:
    """What the import of one file did, or why it was not imported (``error``)."""

    source: str
    kind: str = ""
    counts: Mapping[str, int] = field(default_factory=dict)
    # ``(file, line, code, value)`` of each issue, as the importers found them.
    issues: tuple[tuple[str, int | None, str, str], ...] = ()
    export_date: date | None = None
    newer_export: date | None = None
    # A LinkedIn export with no date of its own after a dated one (see ImportReport).
    undated: bool = False
    error: str = ""

    @classmethod
    def of(cls, report: ImportReport) -> FileResult:
        return cls(
            source=report.source,
            kind=report.kind,
            counts=dict(report.counts),
            issues=tuple((i.file, i.line, i.code, i.value) for i in report.issues),
            export_date=report.export_date,
            newer_export=report.newer_export,
            undated=report.undated,
        )


@dataclass(frozen=True, slots=True)
class ImportResults:
    """One import task: its files in the order they were imported."""

    files: tuple[FileResult, ...]
    # Cancel was pressed after what is listed was saved (nothing after it was done).
    cancel_came_late: bool = False

    def to_json(self) -> str:
        """The results to keep in the settings, without the values of the rows in question:
        a name or an address must not outlive the database (``forget`` only erases there).
        """
        return json.dumps(
            {
                "cancel_came_late": self.cancel_came_late,
                "files": [
                    {
                        "source": f.source,
                        "kind": f.kind,
                        "counts": dict(f.counts),
                        "issues": [[file, line, code, ""] for file, line, code, _ in f.issues],
                        "export_date": f.export_date.isoformat() if f.export_date else None,
                        "newer_export": f.newer_export.isoformat() if f.newer_export else None,
                        "undated": f.undated,
                        "error": f.error,
                    }
                    for f in self.files
                ],
            }
        )

    @classmethod
    def from_json(cls, text: str) -> ImportResults | None:
        """The results saved by :meth:`to_json`; None when ``text`` is not such a save."""
        try:
            data = json.loads(text)
            files = tuple(
                FileResult(
                    source=str(f["source"]),
                    kind=str(f["kind"]),
                    counts={str(k): int(v) for k, v in f["counts"].items()},
                    issues=tuple(
                        (str(i[0]), None if i[1] is None else int(i[1]), str(i[2]), str(i[3]))
                        for i in f["issues"]
                    ),
                    export_date=_day(f["export_date"]),
                    newer_export=_day(f["newer_export"]),
                    undated=bool(f.get("undated", False)),
                    error=str(f["error"]),
                )
                for f in data["files"]
            )
            return cls(files, cancel_came_late=bool(data["cancel_came_late"]))
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


# -- wording ---------------------------------------------------------------------------------

LINKEDIN, ADDRESS_BOOK, LEAD_SHEET, MAIL = "linkedin", "address_book", "lead_sheet", "mail"


def family(kind: str) -> str:
    """What kind of file a report's ``kind`` is (``linkedin``, ``contacts:vcard``…)."""
    if kind == "linkedin":
        return LINKEDIN
    fmt = kind.partition(":")[2]
    if fmt in ("mbox", "eml", "imap"):
        return MAIL
    return LEAD_SHEET if fmt == "lead_sheet" else ADDRESS_BOOK


def _valid(labels: Mapping[str, Mapping[Any, str]]) -> str:
    return ", ".join(labels[i18n.language()].values())


def _member(source: str, file: str) -> str:
    """How an issue names its file: the member of a zip or folder, else the file's name."""
    if file.startswith(source.rstrip("/") + "/"):
        return file[len(source.rstrip("/")) + 1 :]
    return Path(file).name or file


class ResultText(QObject):
    """The sentences of import results, in the interface language."""

    def _counter_labels(self, kind: str) -> dict[str, Callable[[int], str]]:
        """The label of each counter of a report of ``kind``, in the order they are shown."""
        rows: dict[str, Callable[[int], str]] = {
            "skipped": lambda n: self.tr("%n row(s) skipped", "", n),
            "rejected": lambda n: self.tr("%n row(s) rejected", "", n),
            "signals": lambda n: self.tr("Signals found: %n", "", n),
        }
        if kind == LINKEDIN:
            return {
                "new": lambda n: self.tr("%n new connection(s)", "", n),
                "updated": lambda n: self.tr(
                    "%n connection(s) changed (job, title or details)", "", n
                ),
                "unchanged": lambda n: self.tr("%n connection(s) unchanged", "", n),
                "removed": lambda n: self.tr("%n connection(s) removed from your network", "", n),
                "history": lambda n: self.tr("%n row(s) added to the history only", "", n),
                "kept_missing": lambda n: self.tr(
                    "%n connection(s) missing from this export, kept", "", n
                ),
                "kept_different": lambda n: self.tr(
                    "%n connection(s) shown differently in this export, left as they were", "", n
                ),
                "renamed": lambda n: self.tr(
                    "%n connection(s) found under a new profile address, followed", "", n
                ),
                "profiles_from_activity": lambda n: self.tr(
                    "%n profile(s) known only from messages or invitations", "", n
                ),
                "exchanges": lambda n: self.tr(
                    "%n exchange(s) recorded (messages, endorsements, recommendations)", "", n
                ),
                **rows,
            }
        if kind == MAIL:
            return {
                "fetched": lambda n: self.tr("%n message(s) fetched from the server", "", n),
                "messages": lambda n: self.tr("%n message(s) read", "", n),
                "exchanges": lambda n: self.tr("%n email exchange(s) recorded", "", n),
                "new": lambda n: self.tr("%n contact(s) added", "", n),
                "bulk": lambda n: self.tr(
                    "%n automated message(s) set aside (newsletters, notifications, "
                    "out-of-office replies…)",
                    "",
                    n,
                ),
                "automated": lambda n: self.tr("%n automated sender(s) recognised", "", n),
                "junk": lambda n: self.tr("%n message(s) filed as spam set aside", "", n),
                "skipped": lambda n: self.tr("%n message(s) without a date skipped", "", n),
                "signals": rows["signals"],
            }
        return {
            "new": lambda n: self.tr("%n contact(s) added", "", n),
            "updated": lambda n: self.tr("%n contact(s) completed or updated", "", n),
            "unchanged": lambda n: self.tr("%n contact(s) already known, unchanged", "", n),
            "exchanges": lambda n: self.tr("%n last-contact date(s) recorded", "", n),
            "shared_addresses": lambda n: self.tr(
                "Shared addresses (contact@, info@…) set apart: %n", "", n
            ),
            "warnings": lambda n: self.tr("%n warning(s): the rows were imported", "", n),
            **rows,
        }

    def counter_lines(self, kind: str, counts: Mapping[str, int]) -> list[str]:
        """One line per counter that is not zero; a counter without a label still shows."""
        labels = self._counter_labels(family(kind))
        lines = [label(counts[code]) for code, label in labels.items() if counts.get(code)]
        lines += [
            f"{code.replace('_', ' ')}: {n}"
            for code, n in counts.items()
            if n and code not in labels
        ]
        return lines or [self.tr("Nothing new.")]

    def issue_reason(self, code: str, value: str = "") -> str:
        """Why a row was skipped, rejected or kept with a warning."""
        reasons = {
            "no_name_or_email": self.tr("no name and no email address: row skipped"),
            "given_name_only": self.tr(
                "a given name alone, without email address, last name or company: row skipped "
                "(a total or a note?)"
            ),
            "bad_profile_url": self.tr("not a LinkedIn profile URL: row rejected"),
            "no_name": self.tr("no name: row rejected"),
            "bad_date": self.tr("date not understood"),
            "no_profile_url": self.tr("no profile URL: skipped"),
            "not_a_connection": self.tr("none of your connections: left out"),
            "several_connections_of_that_name": self.tr(
                "several of your connections bear this name: left out"
            ),
            "bad_direction": self.tr("invitation direction not understood: rejected"),
            "bad_message_direction": self.tr("message direction not understood: rejected"),
            "empty_file": self.tr("the file is empty"),
            "empty_vcard": self.tr("empty vCard: skipped"),
            "truncated_vcard": self.tr("vCard cut short: skipped"),
            "bad_email": self.tr("not an email address: left out, the row was imported"),
            "no_date": self.tr("message without a date: skipped"),
            "no_sent_folder": self.tr(
                "no sent folder found on the server: your replies were not read (name the "
                "folder that holds them in Folder and import again)"
            ),
            "own_address": self.tr(
                "one of your own addresses, taken for someone else by an earlier import: "
                "that person is removed, and the mail sent from it counts as yours"
            ),
            "own_address_kept": self.tr(
                "one of your own addresses, taken off this person, who keeps their other "
                "details; the mail sent from it counts as yours"
            ),
        }
        if code == "unknown_stage":
            text = self.tr("unknown stage, left empty (valid: {0})").format(_valid(STAGE_LABELS))
        elif code == "unknown_stall_reason":
            text = self.tr("unknown stall reason, left empty (valid: {0})").format(
                _valid(STALL_LABELS)
            )
        else:
            text = reasons.get(code, code.replace("_", " "))
        return self.tr("{0} — “{1}”").format(text, value) if value else text

    def issue_lines(self, result: FileResult) -> list[str]:
        """Every issue of the file, by file and line."""
        lines: list[str] = []
        grouped: dict[str, int] = {}
        # By file, then line: a row's problems together, in the order of the file.
        ordered = sorted(result.issues, key=lambda i: (_member(result.source, i[0]), i[1] or 0))
        for file, line, code, value in ordered:
            where = _member(result.source, file)
            if code in _GROUPED:
                grouped[where] = grouped.get(where, 0) + 1
                continue
            reason = self.issue_reason(code, value)
            if line:
                lines.append(self.tr("{0}, line {1}: {2}").format(where, line, reason))
            else:
                lines.append(self.tr("{0}: {1}").format(where, reason))
        for where, count in grouped.items():
            text = self.tr(
                "Members who hide their profile, skipped (LinkedIn gives no name): %n", "", count
            )
            lines.append(self.tr("{0}: {1}").format(where, text))
        return lines

    def title_of(self, result: FileResult) -> str:
        """The file's name and what it was read as."""
        # A mailbox on a server is named by its URL (imap://user@host/folder).
        name = result.source if "://" in result.source else Path(result.source).name
        name = name or result.source
        if result.error:
            return self.tr("{0} — not imported").format(name)
        kind = family(result.kind)
        if kind == LINKEDIN and result.export_date is not None and not result.undated:
            what = self.tr("LinkedIn export of {0}").format(i18n.format_date(result.export_date))
        elif kind == LINKEDIN:
            what = self.tr("LinkedIn export")
        elif kind == MAIL:
            what = self.tr("Mailbox")
        elif kind == LEAD_SHEET:
            what = self.tr("Lead sheet")
        else:
            what = self.tr("Address book")
        return f"{name} — {what}"

    def notes_of(self, result: FileResult) -> list[str]:
        """Sentences about the file as a whole: why it failed, an older export."""
        if result.error:
            return [result.error]
        if result.newer_export is not None:
            day = i18n.format_date(result.newer_export)
            return [self.tr("older than the export of {0}: history only").format(day)]
        if result.undated:
            return [
                self.tr(
                    "no date of its own: it may be older than your last export, so it changed "
                    "nothing the database knew and marked nobody removed"
                )
            ]
        if result.counts.get("kept_missing"):
            return [self.tr("partial export: too many of your connections are missing from it")]
        return []

    def headline(self, results: ImportResults) -> str:
        done = sum(not f.error for f in results.files)
        failed = len(results.files) - done
        text = self.tr("%n file(s) imported", "", done)
        if failed:
            text += " · " + self.tr("%n file(s) not imported", "", failed)
        if results.cancel_came_late:
            text += "\n" + self.tr(
                "Cancel came too late for what is listed here: it is saved. "
                "Nothing after it was done."
            )
        return text

    def as_text(self, results: ImportResults) -> str:
        """The whole report as plain text (what Copy puts on the clipboard)."""
        lines = [self.headline(results)]
        for result in results.files:
            lines += ["", self.title_of(result)]
            lines += [f"  {note}" for note in self.notes_of(result)]
            if not result.error:
                lines += [f"  • {line}" for line in self.counter_lines(result.kind, result.counts)]
            issues = self.issue_lines(result)
            if issues:
                lines.append("  " + self.tr("Problems found:"))
                lines += [f"    {line}" for line in issues]
        return "\n".join(lines)

    def as_html(self, results: ImportResults) -> str:
        def items(texts: Sequence[str]) -> str:
            return "<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in texts) + "</ul>"

        head = html.escape(self.headline(results)).replace("\n", "<br>")
        parts = [f"<p><b>{head}</b></p>"]
        for result in results.files:
            parts.append(f"<h3>{html.escape(self.title_of(result))}</h3>")
            parts += [f"<p><i>{html.escape(note)}</i></p>" for note in self.notes_of(result)]
            if not result.error:
                parts.append(items(self.counter_lines(result.kind, result.counts)))
            issues = self.issue_lines(result)
            if issues:
                problems = html.escape(self.tr("Problems found:"))
                parts.append(f"<p>{problems}</p>{items(issues)}")
        return "".join(parts)


class ImportResultDialog(QDialog):
    """The results of the last import, with Copy; non-modal, so the window stays usable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import results"))
        self.resize(720, 520)
        self.results: ImportResults | None = None
        self.intro = QLabel(self.tr("What the import added, changed and skipped, file by file."))
        self.intro.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole report as text"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def show_results(self, results: ImportResults) -> None:
        self.results = results
        self.browser.setHtml(ResultText().as_html(results))
        self.show()
        self.raise_()

    def text(self) -> str:
        return ResultText().as_text(self.results) if self.results is not None else ""

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

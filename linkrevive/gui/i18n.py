"""Language of the interface: the chosen or system language, Qt translators, domain labels."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from linkrevive.domain.enums import Stage, StallReason
from linkrevive.domain.errors import InputError
from linkrevive.domain.phrases import STAGE_LABELS, STALL_LABELS
from linkrevive.domain.redact import redact

LANGUAGES = ("en", "fr")
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_current = "en"


def translations_folder() -> Path:
    """Where the compiled .qm files are (source tree, or the PyInstaller bundle)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "translations"
    return TRANSLATIONS


def chosen_language(settings: QSettings) -> str:
    """``en`` or ``fr``: the saved choice, else the system's language when supported."""
    saved = str(settings.value("ui/language", "") or "")
    if saved in LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load LinkRevive's and Qt's own translations of ``language`` into ``app``."""
    global _current
    _current = language if language in LANGUAGES else "en"
    QLocale.setDefault(
        QLocale(QLocale.Language.French if _current == "fr" else QLocale.Language.English)
    )
    loaded: list[QTranslator] = []
    if _current == "en":
        return loaded
    ours = QTranslator(app)
    if ours.load(f"linkrevive_{_current}", str(translations_folder())):
        app.installTranslator(ours)
        loaded.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{_current}", qt_dir):
        app.installTranslator(qt)
        loaded.append(qt)
    return loaded


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall translators (language switch)."""
    for translator in translators:
        app.removeTranslator(translator)


def language() -> str:
    """The interface language in use."""
    return _current


def stage_label(stage: Stage | None) -> str:
    if stage is None:
        return ""
    return STAGE_LABELS[_current][stage]


def stall_label(reason: StallReason | None) -> str:
    if reason is None:
        return ""
    return STALL_LABELS[_current][reason]


def format_date(value: date | datetime | None) -> str:
    """A date in the interface locale's short format."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_span(first: date, last: date) -> str:
    """When a position was seen: one date when a single export showed it, else first – last."""
    if first == last:
        return format_date(first)
    return f"{format_date(first)} – {format_date(last)}"


def tr(text: str) -> str:
    """Translate a string of the shared ``LinkRevive`` context."""
    return QCoreApplication.translate("LinkRevive", text)


def error_text(error: BaseException) -> str:
    """One translated sentence for an error raised by a service."""
    if isinstance(error, InputError):
        template = ERROR_TEMPLATES().get(error.code)
        return error.message(template)
    # The first line only, secrets masked: a database error goes on with the statement and
    # its rows, and a driver's text may hold the connection URL.
    lines = redact(str(error)).strip().splitlines()
    return tr("Unexpected error: {0}").format(lines[0] if lines else type(error).__name__)


def ERROR_TEMPLATES() -> dict[str, str]:
    """Translated templates of the error codes of linkrevive.domain.errors.MESSAGES."""
    return {
        "not_found": QCoreApplication.translate("errors", "{file}: no such file or folder."),
        "empty_file": QCoreApplication.translate("errors", "{file} is empty."),
        "binary_file": QCoreApplication.translate(
            "errors", "{file} is not a text file (it looks binary)."
        ),
        "not_linkedin": QCoreApplication.translate(
            "errors",
            "{file} is not a LinkedIn export: no Connections.csv, messages.csv or "
            "Invitations.csv with the expected header was found.",
        ),
        "bad_zip": QCoreApplication.translate(
            "errors", "{file} is not a readable zip archive (damaged or truncated): {detail}."
        ),
        "bad_csv": QCoreApplication.translate(
            "errors", "{file}, line {line}: the CSV is malformed ({detail})."
        ),
        "bad_encoding": QCoreApplication.translate(
            "errors", "{file}: the text encoding could not be recognised."
        ),
        "bad_date": QCoreApplication.translate(
            "errors", "{file}, line {line}: '{value}' is not a date LinkRevive understands."
        ),
        "unknown_format": QCoreApplication.translate(
            "errors",
            "{file}: the format was not recognised (expected vCard, an address-book CSV, a lead "
            "sheet CSV/XLSX, an mbox file or a folder of .eml files).",
        ),
        "bad_xlsx": QCoreApplication.translate(
            "errors", "{file} is not a readable XLSX workbook ({detail})."
        ),
        "bad_mbox": QCoreApplication.translate(
            "errors", "{file} is not an mbox file (it does not start with a 'From ' line)."
        ),
        "database_busy": QCoreApplication.translate(
            "errors", "The database is busy in another window or command; try again."
        ),
        "no_keyring": QCoreApplication.translate(
            "errors",
            "No password store (keyring) is available: start a Secret Service such as "
            "gnome-keyring, or configure a keyring backend, then try again.",
        ),
        "imap_failed": QCoreApplication.translate("errors", "IMAP server {detail}."),
        "imap_auth": QCoreApplication.translate(
            "errors", "The IMAP server refused the user name or password for {detail}."
        ),
        "cancelled": QCoreApplication.translate(
            "errors", "The import was cancelled; the database is unchanged."
        ),
        "cannot_write": QCoreApplication.translate(
            "errors", "{file} could not be written ({detail})."
        ),
        "unsafe_target": QCoreApplication.translate(
            "errors", "{file} is refused as an export target: {detail}."
        ),
        "newer_database": QCoreApplication.translate(
            "errors",
            "{file} was written by a newer LinkRevive (database version {detail}); it needs a "
            "newer LinkRevive to open it.",
        ),
        "read_only_database": QCoreApplication.translate(
            "errors",
            "{file} cannot be written ({detail}); LinkRevive needs a database it can write to.",
        ),
        "bad_database_url": QCoreApplication.translate(
            "errors", "'{value}' is not a database LinkRevive can open ({detail})."
        ),
        "zip_bomb": QCoreApplication.translate(
            "errors",
            "{file} is refused: its content would expand far beyond a real export ({detail}).",
        ),
        "too_large": QCoreApplication.translate(
            "errors",
            "{file} is refused: it is larger than {detail} MB, far beyond a real file of its kind.",
        ),
        "line_too_long": QCoreApplication.translate(
            "errors",
            "{file}, line {line}: a line is longer than {detail} million characters; the file is "
            "refused.",
        ),
        "field_too_long": QCoreApplication.translate(
            "errors",
            "{file}, line {line}: a cell is longer than {detail} million characters; the file is "
            "refused.",
        ),
        "too_many_rows": QCoreApplication.translate(
            "errors", "{file} is refused: it has more than {detail} rows."
        ),
        "not_regular_file": QCoreApplication.translate(
            "errors",
            "{file} is not a regular file (a pipe, a device or a socket); give a file or a folder.",
        ),
        "unreadable": QCoreApplication.translate("errors", "{file} could not be read ({detail})."),
    }

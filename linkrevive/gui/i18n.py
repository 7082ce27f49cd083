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
    QTime,
    QTranslator,
)

from linkrevive.domain.enums import Stage, StallReason
from linkrevive.domain.errors import InputError
from linkrevive.domain.phrases import STAGE_LABELS, STALL_LABELS
from linkrevive.domain.redact import redact

LANGUAGES = ("en", "fr")
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_current = "en"
_installed: list[QTranslator] = []


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
    """Load LinkRevive's and Qt's own translations of ``language`` into ``app``.

    English loads a translation too: the plural forms of the ``%n`` messages ("1 lead",
    "23 leads"), which the English sources write as "lead(s)".
    """
    global _current, _installed
    _current = language if language in LANGUAGES else "en"
    # A new language replaces the translators of the previous one.
    remove(app, _installed)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if _current == "fr" else QLocale.Language.English)
    )
    loaded: list[QTranslator] = []
    folder = str(translations_folder())
    # Qt searches the translators installed last first: Qt's own, then our supplement of the
    # Qt strings its translation lacks, then ours.
    candidates = [(f"qtbase_{_current}", _qt_translations_folder())] if _current != "en" else []
    if _current != "en":
        candidates.append((f"linkrevive_qt_{_current}", folder))
    candidates.append((f"linkrevive_{_current}", folder))
    for name, where in candidates:
        translator = QTranslator(app)
        if translator.load(name, where) or translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    _installed = list(loaded)
    return loaded


def _qt_translations_folder() -> str:
    """Qt's translations as shipped with PySide6 (kept in the PyInstaller bundle too)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


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


def _local_day(value: date | datetime) -> date:
    """The calendar day of ``value`` where the user is (a stored UTC time shown locally)."""
    if isinstance(value, datetime):
        return (value.astimezone() if value.tzinfo is not None else value).date()
    return value


def _date_pattern() -> str:
    """Day, month and a four-digit year, never the ambiguous M/D/YY of English Qt.

    English: "3 Mar 2025"; French: the locale's "03/03/2025".
    """
    if _current == "en":
        return "d MMM yyyy"
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(value: date | datetime | None) -> str:
    """A date in the interface language, year in four digits; datetimes on the local day."""
    if value is None:
        return ""
    day = _local_day(value)
    return QLocale().toString(QDate(day.year, day.month, day.day), _date_pattern())


def format_month(year: int, month: int) -> str:
    """A month and its four-digit year in the interface language ("Apr 2024", "avr. 2024")."""
    return QLocale().toString(QDate(year, month, 1), "MMM yyyy")


def format_datetime(value: datetime | None) -> str:
    """A moment in local time: its date as :func:`format_date`, then hours and minutes."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    time = QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
    return f"{format_date(local)} {time}"


def date_edit_format() -> str:
    """The display format of the date fields (QDateEdit), as :func:`format_date` writes."""
    return _date_pattern()


def format_number(value: float, decimals: int) -> str:
    """A number with the interface locale's decimal separator (0.50, 0,50)."""
    return QLocale().toString(float(value), "f", decimals)


def format_span(first: date, last: date) -> str:
    """When a position was seen: one date when a single export showed it, else first – last."""
    if first == last:
        return format_date(first)
    return f"{format_date(first)} – {format_date(last)}"


def position_dates_tip() -> str:
    """What the dates of a position history are (a tooltip): the exports that showed it."""
    return QCoreApplication.translate(
        "LinkRevive",
        "The dates are those of the LinkedIn exports that showed each position: the first and "
        "the last one (a single date: one export showed it).",
    )


def position_line(first: date, last: date, position: str, company: str) -> str:
    """One line of a position history, punctuated as the interface language wants."""
    return QCoreApplication.translate("LinkRevive", "{0}: {1} · {2}").format(
        format_span(first, last), position, company
    )


def error_text(error: BaseException) -> str:
    """One translated sentence for an error raised by a service."""
    if isinstance(error, InputError):
        template = ERROR_TEMPLATES().get(error.code)
        return error.message(template)
    # The first line only, secrets masked: a database error goes on with the statement and
    # its rows, and a driver's text may hold the connection URL.
    lines = redact(str(error)).strip().splitlines()
    template = QCoreApplication.translate("LinkRevive", "Unexpected error: {0}")
    return template.format(lines[0] if lines else type(error).__name__)


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
        "export_in_folder": QCoreApplication.translate(
            "errors",
            "{file} is a folder holding the LinkedIn export as a zip, {detail}: import that zip.",
        ),
        "export_in_zip": QCoreApplication.translate(
            "errors",
            "{file} holds the LinkedIn export as another zip, {detail}: take it out of {file}, "
            "then import it.",
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
        "bad_xls": QCoreApplication.translate(
            "errors", "{file} is not a readable Excel 97-2003 workbook ({detail})."
        ),
        "bad_mbox": QCoreApplication.translate(
            "errors", "{file} is not an mbox file (it does not start with a 'From ' line)."
        ),
        "outlook_data_file": QCoreApplication.translate(
            "errors",
            "{file} is an Outlook file ({detail}), which LinkRevive cannot read: import that "
            "mailbox from its server instead (Import from IMAP), or export it as an mbox file "
            "from a mail program that reads it (Thunderbird reads .pst files).",
        ),
        "mailbox_folder": QCoreApplication.translate(
            "errors",
            "{file} holds several mailboxes ({detail}): import them one by one (select them "
            "together in the window).",
        ),
        "database_busy": QCoreApplication.translate(
            "errors", "The database is busy in another window or command; try again."
        ),
        "write_refused": QCoreApplication.translate(
            "errors", "The database refused the change ({detail}); nothing was saved."
        ),
        "demo_not_empty": QCoreApplication.translate(
            "errors",
            "{file} already holds your people or connections; the demo goes into a database "
            "of its own (--db demo.sqlite3).",
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
        "no_linkedin_header": QCoreApplication.translate(
            "errors",
            "{file} is not a LinkedIn Connections.csv: no line with 'First Name' and "
            "'Connected On' (or the old Outlook layout) was found in the first lines.",
        ),
        "bad_vcard": QCoreApplication.translate(
            "errors", "{file}, line {line}: the vCard is truncated or malformed ({detail})."
        ),
        "bad_option": "{detail}",
        "bad_database": QCoreApplication.translate(
            "errors", "{file}: the database could not be opened ({detail})."
        ),
        "unknown_person": QCoreApplication.translate(
            "errors", "No person or LinkedIn profile matches '{value}'."
        ),
        "unknown_pair": QCoreApplication.translate("errors", "No pairing between {value} exists."),
        "person_changed": QCoreApplication.translate(
            "errors",
            "{value} was changed in another window or by a teammate meanwhile; try again.",
        ),
        "no_password": QCoreApplication.translate(
            "errors",
            "No password is stored in the keyring for {detail}; give it once to store it.",
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

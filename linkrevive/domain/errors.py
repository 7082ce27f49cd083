"""Errors the user can fix, carried as codes with parameters.

Lower layers raise :class:`InputError` with a code; the faces (CLI, GUI) turn it into one
sentence. :data:`MESSAGES` holds the English sentence of every code; the GUI translates it.
"""

from __future__ import annotations

from pathlib import Path

#: English sentence for each error code; ``{file}``/``{line}`` and the params fill it.
MESSAGES: dict[str, str] = {
    "not_found": "{file}: no such file or folder.",
    "empty_file": "{file} is empty.",
    "binary_file": "{file} is not a text file (it looks binary).",
    "not_linkedin": (
        "{file} is not a LinkedIn export: no Connections.csv, messages.csv or "
        "Invitations.csv with the expected header was found."
    ),
    "export_in_folder": (
        "{file} is a folder holding the LinkedIn export as a zip, {detail}: import that zip."
    ),
    "export_in_zip": (
        "{file} holds the LinkedIn export as another zip, {detail}: take it out of {file}, "
        "then import it."
    ),
    "no_linkedin_header": (
        "{file} is not a LinkedIn Connections.csv: no line with 'First Name' and "
        "'Connected On' (or the old Outlook layout) was found in the first lines."
    ),
    "bad_zip": "{file} is not a readable zip archive (damaged or truncated): {detail}.",
    "zip_bomb": (
        "{file} is refused: its content would expand far beyond a real export ({detail})."
    ),
    "too_large": (
        "{file} is refused: it is larger than {detail} MB, far beyond a real file of its kind."
    ),
    "line_too_long": (
        "{file}, line {line}: a line is longer than {detail} million characters; the file is "
        "refused."
    ),
    "field_too_long": (
        "{file}, line {line}: a cell is longer than {detail} million characters; the file is "
        "refused."
    ),
    "too_many_rows": "{file} is refused: it has more than {detail} rows.",
    "not_regular_file": (
        "{file} is not a regular file (a pipe, a device or a socket); give a file or a folder."
    ),
    "unreadable": "{file} could not be read ({detail}).",
    "bad_csv": "{file}, line {line}: the CSV is malformed ({detail}).",
    "bad_encoding": "{file}: the text encoding could not be recognised.",
    "bad_date": "{file}, line {line}: '{value}' is not a date LinkRevive understands.",
    "unknown_format": (
        "{file}: the format was not recognised (expected vCard, an address-book CSV, a lead "
        "sheet CSV/XLSX, an mbox file or a folder of .eml files)."
    ),
    "bad_vcard": "{file}, line {line}: the vCard is truncated or malformed ({detail}).",
    "bad_xlsx": "{file} is not a readable XLSX workbook ({detail}).",
    "bad_xls": "{file} is not a readable Excel 97-2003 workbook ({detail}).",
    "bad_mbox": "{file} is not an mbox file (it does not start with a 'From ' line).",
    "outlook_data_file": (
        "{file} is an Outlook file ({detail}), which LinkRevive cannot read: import that "
        "mailbox from its server instead (Import from IMAP), or export it as an mbox file from "
        "a mail program that reads it (Thunderbird reads .pst files)."
    ),
    "mailbox_folder": (
        "{file} holds several mailboxes ({detail}): import them one by one (select them "
        "together in the window)."
    ),
    "bad_option": "{detail}",
    "bad_database": "{file}: the database could not be opened ({detail}).",
    "database_busy": "The database is busy in another window or command; try again.",
    "no_keyring": (
        "No password store (keyring) is available: start a Secret Service such as "
        "gnome-keyring, or configure a keyring backend, then try again."
    ),
    "imap_failed": "IMAP server {detail}.",
    "imap_auth": "The IMAP server refused the user name or password for {detail}.",
    "unknown_person": "No person or LinkedIn profile matches '{value}'.",
    "unknown_pair": "No pairing between {value} exists.",
    "cancelled": "The import was cancelled; the database is unchanged.",
    "cannot_write": "{file} could not be written ({detail}).",
    "unsafe_target": "{file} is refused as an export target: {detail}.",
    "newer_database": (
        "{file} was written by a newer LinkRevive (database version {detail}); it needs a "
        "newer LinkRevive to open it."
    ),
    "read_only_database": (
        "{file} cannot be written ({detail}); LinkRevive needs a database it can write to."
    ),
    "bad_database_url": "'{value}' is not a database LinkRevive can open ({detail}).",
    "person_changed": (
        "{value} was changed in another window or by a teammate meanwhile; try again."
    ),
    "no_password": "No password is stored in the keyring for {detail}; give it once to store it.",
    "write_refused": "The database refused the change ({detail}); nothing was saved.",
    "demo_not_empty": (
        "{file} already holds your people or connections; the demo goes into a database of "
        "its own (--db demo.sqlite3)."
    ),
}


class InputError(Exception):
    """A problem with what the user gave us: bad file, bad option, missing service."""

    def __init__(
        self,
        code: str,
        file: str | Path | None = None,
        line: int | None = None,
        *,
        value: str = "",
        detail: str = "",
    ) -> None:
        self.code = code
        self.file = str(file) if file is not None else ""
        self.line = line
        self.value = value
        self.detail = detail
        super().__init__(self.message())

    def message(self, template: str | None = None) -> str:
        """The sentence for this error, from ``template`` or the English default."""
        text = template if template is not None else MESSAGES.get(self.code, self.code)
        return text.format(
            file=self.file or "input",
            line=self.line if self.line is not None else "?",
            value=self.value,
            detail=self.detail,
        )


class Cancelled(Exception):
    """Raised inside long work when the cancellation hook says stop."""

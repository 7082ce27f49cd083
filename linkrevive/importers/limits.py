"""Caps on what an import reads, so that no input, however hostile, takes more than a few
hundred megabytes or hangs.

Real inputs are far below every cap: a LinkedIn export is a few megabytes of CSV (30,000
connections at most, well under 200 MB uncompressed in all), a lead sheet a few thousand
rows, a vCard file a few thousand cards. Beyond a cap the import is refused with one
sentence naming the file (``InputError``), never half read.

Files that are not regular (FIFOs, devices, sockets) are refused before they are opened:
opening a FIFO for reading waits for a writer forever.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from linkrevive.domain.errors import InputError
from linkrevive.importers.mojibake import mended

#: A text file or a zip entry that is read whole (CSV, vCard, one sheet's XML). Decoded, it
#: may take four bytes a character (one emoji is enough), so this stays well below 100 MB.
MAX_TEXT_BYTES = 32 * 1024 * 1024
#: A LinkedIn ``messages.csv`` past ``MAX_TEXT_BYTES`` (years of messages, with their whole
#: text) is read as it streams, never whole: it may be this large, and hold this many
#: messages (each kept as a small record without its text until the import is stored: the
#: import of 200,000 messages peaks at about 320 MB).
MAX_STREAM_BYTES = 2 * 1024 * 1024 * 1024
MAX_MESSAGE_RECORDS = 200_000
#: One line of text (a vCard property once unfolded, a CSV line, an mbox line).
MAX_LINE_CHARS = 1024 * 1024
#: One CSV cell (the csv module's field limit) and one CSV record, quoted line ends included.
MAX_FIELD_CHARS = 1024 * 1024
MAX_RECORD_CHARS = 2 * MAX_FIELD_CHARS
#: Rows of one CSV file (LinkedIn caps a network at 30,000 connections), and contacts of
#: one address book or lead sheet (Google Contacts holds 25,000 at most): every row read is
#: kept until the import is stored, so these bound the memory of the whole import.
MAX_RECORDS = 100_000
MAX_CONTACT_RECORDS = 50_000
#: Sum of the uncompressed sizes of a zip's entries that could be read whole (at most
#: ``MAX_TEXT_BYTES`` each: a larger one is refused when read, or streamed), and the number
#: of entries.
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024
MAX_ZIP_ENTRIES = 10_000
#: Uncompressed size over compressed size of an entry larger than ``_RATIO_FLOOR``: text
#: compresses ten to thirty times, a zip bomb thousands of times.
MAX_ZIP_RATIO = 200
_RATIO_FLOOR = 1024 * 1024

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_EOCD = b"PK\x05\x06"


def printable(name: str) -> str:
    """A file or entry name fit for a one-line message: control characters become ``?``."""
    return _CONTROL.sub("?", name)


def check_regular_file(path: Path, label: str) -> os.stat_result:
    """The ``stat`` of ``path``; ``InputError`` when it is missing or not a regular file
    (a FIFO, a device, a socket), which is never opened."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise InputError("not_found", label) from exc
    except OSError as exc:
        raise InputError("unreadable", label, detail=exc.strerror or type(exc).__name__) from exc
    if stat.S_ISDIR(info.st_mode):
        return info
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not_regular_file", label)
    return info


def open_input(path: Path, label: str) -> IO[bytes]:
    """Open a regular file for reading; a clear ``InputError`` when it cannot be."""
    info = check_regular_file(path, label)
    if stat.S_ISDIR(info.st_mode):
        raise InputError("unknown_format", label)
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError("unreadable", label, detail=exc.strerror or type(exc).__name__) from exc


def read_capped(handle: IO[bytes], label: str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """At most ``limit`` bytes of ``handle``; ``InputError`` ``too_large`` beyond."""
    try:
        data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError("unreadable", label, detail=exc.strerror or type(exc).__name__) from exc
    if len(data) > limit:
        raise InputError("too_large", label, detail=_megabytes(limit))
    return data


def read_file_capped(path: Path, label: str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes."""
    with open_input(path, label) as handle:
        return read_capped(handle, label, limit)


def _megabytes(size: int) -> str:
    return str(size // (1024 * 1024))


def _zip_entry_count(handle: IO[bytes]) -> int | None:
    """The entry count of the end-of-central-directory record, None when it is not found."""
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    tail_size = min(size, 22 + 65535)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) < at + 22:
        return None
    (count,) = struct.unpack("<H", tail[at + 10 : at + 12])
    return int(count)


def open_zip(path: Path, label: str) -> zipfile.ZipFile:
    """Open a zip archive after checking that its entries are few, and that their sizes and
    compression ratios are those of real files, not of a zip bomb."""
    try:
        with path.open("rb") as handle:
            count = _zip_entry_count(handle)
        if count is not None and count > MAX_ZIP_ENTRIES:
            raise InputError("zip_bomb", label, detail=f"{count} entries")
        archive = zipfile.ZipFile(path)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise InputError("bad_zip", label, detail=printable(str(exc))) from exc
    try:
        check_zip(archive, label)
    except BaseException:
        archive.close()
        raise
    return archive


def check_zip(archive: zipfile.ZipFile, label: str) -> None:
    """``InputError`` ``zip_bomb`` when the archive's declared sizes pass the caps."""
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise InputError("zip_bomb", label, detail=f"{len(infos)} entries")
    total = 0
    for info in infos:
        if info.file_size <= MAX_TEXT_BYTES:
            total += info.file_size
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > MAX_ZIP_RATIO:
            name = printable(info.filename)
            raise InputError("zip_bomb", label, detail=f"{name} expands {ratio} times")
    if total > MAX_ZIP_TOTAL_BYTES:
        raise InputError("zip_bomb", label, detail=f"{_megabytes(total)} MB uncompressed")


def read_zip_member(
    archive: zipfile.ZipFile, member: str, label: str, limit: int = MAX_TEXT_BYTES
) -> bytes:
    """The bytes of one entry, read no further than ``limit`` (whatever its header says)."""
    try:
        info = archive.getinfo(member)
        if info.file_size > limit:
            raise InputError("too_large", label, detail=_megabytes(limit))
        with archive.open(info) as entry:
            return read_capped(entry, label, limit)
    except InputError:
        raise
    except Exception as exc:  # BadZipFile, OSError, zlib/lzma/bz2 errors, NotImplementedError…
        raise InputError("bad_zip", label, detail=printable(str(exc))) from exc


class _Feed(Iterator[str]):
    """Lines for ``csv.reader``, each at most ``MAX_LINE_CHARS``, and each record at most
    ``MAX_RECORD_CHARS`` (call :meth:`record_done` after each record)."""

    __slots__ = ("_since", "label", "line")

    def __init__(self, label: str) -> None:
        self._since = 0
        self.label = label
        self.line = 0

    def _measure(self, size: int) -> None:
        """Count the next line, of ``size`` characters; ``InputError`` past a cap."""
        self.line += 1
        if size > MAX_LINE_CHARS:
            raise line_too_long(self.label, self.line)
        self._since += size
        if self._since > MAX_RECORD_CHARS:
            raise line_too_long(self.label, self.line, MAX_RECORD_CHARS)

    def record_done(self) -> None:
        """A record was read: the next one starts counting from zero."""
        self._since = 0

    def measured(self, _first: int, _last: int, _record: list[str]) -> None:
        """:meth:`record_done`, as ``textfile.csv_records`` measures each record."""
        self.record_done()


class LineFeed(_Feed):
    """The lines of a text under the caps of :class:`_Feed`.

    Lines are cut from the text itself (``io.StringIO`` would copy it at four bytes a
    character); a line ends at ``\\n``, as when iterating a ``StringIO``.
    """

    __slots__ = ("_pos", "_text")

    def __init__(self, text: str, label: str) -> None:
        super().__init__(label)
        self._text = text
        self._pos = 0

    def __next__(self) -> str:
        text, pos = self._text, self._pos
        if pos >= len(text):
            raise StopIteration
        newline = text.find("\n", pos, pos + MAX_LINE_CHARS)
        end = len(text) if newline < 0 else newline + 1
        self._measure(end - pos)
        self._pos = end
        return text[pos:end]


class StreamFeed(_Feed):
    """The lines of a byte stream under the caps of :class:`_Feed`, read as they come (a
    file too large to hold whole): each line is read no further than its cap and decoded on
    its own, UTF-8 where it is, else Windows-1252 (as a whole file mixing the two is read)."""

    __slots__ = ("_stream",)

    def __init__(self, stream: IO[bytes], label: str) -> None:
        super().__init__(label)
        self._stream = stream

    def __next__(self) -> str:
        raw = self._stream.readline(_LINE_BYTES + 1)
        if not raw:
            raise StopIteration
        if len(raw) > _LINE_BYTES:
            raise line_too_long(self.label, self.line + 1)
        try:
            text = mended(raw.decode("utf-8"))
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        self._measure(len(text))
        return text


#: The bytes of a line of ``MAX_LINE_CHARS`` characters at most.
_LINE_BYTES = 4 * MAX_LINE_CHARS


def line_too_long(label: str, line: int, limit: int = MAX_LINE_CHARS) -> InputError:
    """The ``InputError`` for a line (or record) of ``label`` longer than ``limit``."""
    return InputError("line_too_long", label, line, detail=str(limit // (1024 * 1024)))


__all__ = [
    "MAX_CONTACT_RECORDS",
    "MAX_FIELD_CHARS",
    "MAX_LINE_CHARS",
    "MAX_MESSAGE_RECORDS",
    "MAX_RECORDS",
    "MAX_RECORD_CHARS",
    "MAX_STREAM_BYTES",
    "MAX_TEXT_BYTES",
    "MAX_ZIP_ENTRIES",
    "MAX_ZIP_RATIO",
    "MAX_ZIP_TOTAL_BYTES",
    "LineFeed",
    "StreamFeed",
    "check_regular_file",
    "check_zip",
    "line_too_long",
    "open_input",
    "open_zip",
    "printable",
    "read_capped",
    "read_file_capped",
    "read_zip_member",
]

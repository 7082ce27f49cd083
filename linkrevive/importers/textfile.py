"""Reading messy text files: encodings, BOMs, delimiters and headers found by content."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import charset_normalizer

from linkrevive.domain.errors import InputError
from linkrevive.importers.limits import (
    MAX_FIELD_CHARS,
    MAX_LINE_CHARS,
    MAX_RECORD_CHARS,
    MAX_RECORDS,
    LineFeed,
    StreamFeed,
    read_file_capped,
)
from linkrevive.importers.mojibake import mended

csv.field_size_limit(MAX_FIELD_CHARS)
#: Text decoded line by line (when UTF-8 fails) goes in blocks of about this many bytes, so
#: that a file of millions of short lines never becomes millions of objects at once.
_DECODE_BLOCK = 1 << 20


def read_bytes(path: Path, label: str | None = None) -> bytes:
    """The bytes of ``path``; a clear error when missing, a folder, or empty."""
    name = label or str(path)
    data = read_file_capped(path, name)  # not_found, unknown_format (a folder), too_large…
    if not data.strip():
        raise InputError("empty_file", name)
    return data


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read (NULs outside UTF-16)."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) // 20


def decode_text(data: bytes, label: str) -> str:
    """Decode file bytes: BOMs first, then UTF-8, then the detected or Windows code page.

    Files re-saved by Excel can mix UTF-8 and cp1252 in one file; when strict UTF-8 fails,
    each line is decoded on its own so that the UTF-8 parts stay right. Lines ending in a
    carriage return alone (Excel for Mac's "CSV (Macintosh)", old Mac address books) end in
    a line feed in the text returned, as every other line does. Text decoded twice before
    it was saved ("HÃ©lÃ¨ne") is mended (see :mod:`~linkrevive.importers.mojibake`).
    """
    return mended(_unix_line_ends(_decode(data, label)))


def _unix_line_ends(text: str) -> str:
    """``text`` with each carriage return that ends a line alone made a line feed (a
    Windows line end stays as it is)."""
    if "\r" not in text or text.count("\r") == text.count("\r\n"):
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, label: str) -> str:
    """:func:`decode_text` before its line ends are made alike."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8_lenient(data[3:])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("bad_encoding", label) from exc
    if looks_binary(data):
        raise InputError("binary_file", label)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    foreign: list[bytes] = []
    for block in _blocks(data):
        try:
            block.decode("utf-8")
        except UnicodeDecodeError:
            foreign.extend(line for line in block.split(b"\n") if not _is_utf8(line))
    encoding = single_byte_encoding(b"\n".join(foreign))
    del foreign
    return "".join(_decode_block(block, encoding) for block in _blocks(data))


def _blocks(data: bytes) -> Iterator[bytes]:
    """``data`` in pieces of about ``_DECODE_BLOCK`` bytes, each ending after a line end."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + _DECODE_BLOCK) + 1 or len(data)
        yield data[start:end]
        start = end


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_block(block: bytes, encoding: str) -> str:
    """A block's lines in UTF-8 where they are, else in the single-byte ``encoding``."""
    try:
        return block.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return "\n".join(
        line.decode("utf-8") if _is_utf8(line) else line.decode(encoding, errors="replace")
        for line in block.split(b"\n")
    )


#: Code pages that read Western European text as Windows-1252 does (or nearly).
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_1", "iso8859_15", "windows_1252"})

#: Characters of cp1252 that stand in a word only when the bytes were written in another
#: code page: Polish "ł" and "ą" read as "³" and "¹", Romanian "ş" and "ţ" as "º" and "þ",
#: Turkish "ğ" and "ş" as "ð" and "þ", Czech "ź" as "Ÿ"...
_FOREIGN_IN_WORD = frozenset("¹²³ªºÐÞðþ£¥¤¦¨¸¼½¾Ÿ")
_SUPERSCRIPTS = frozenset("¹²³")


def single_byte_encoding(data: bytes) -> str:
    """The code page of text that is not UTF-8: Windows-1252 unless the bytes prove otherwise.

    A detector alone picks the wrong Western code page for short French text (cp1250 turns
    "Ségolène" into "Ségolčne"), so cp1252 wins unless it cannot decode the bytes or the text
    it gives carries a clear mark of another language (see ``foreign_marks``); then the
    detector's guess is used.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    mac = data.decode("mac_roman")  # every byte means something in Mac Roman
    if text is not None and not foreign_marks(text):
        return "mac_roman" if _reads_better(mac, text) else "cp1252"
    if _reads_better(mac, None):  # Windows cannot read the bytes, or makes foreign words
        return "mac_roman"
    best = charset_normalizer.from_bytes(data[:65536]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding.replace("-", "_").lower() in ("utf_8", "ascii", *_WESTERN):
        return "cp1252"
    return encoding


def _reads_better(mac: str, cp1252: str | None) -> bool:
    """Whether bytes read as Mac Roman (``mac``; Excel for Mac's "CSV (Macintosh)") make
    Western words where Windows-1252 (``cp1252``; None when it cannot read them or reads
    foreign words) does not: the Windows reading has at least one character no word holds,
    and the Mac reading has none and more accented letters in words. Mac Roman writes "é"
    where Windows reads "Ž", "ô" where it reads "™"; a Windows sheet read as Mac Roman shows
    "HÈlËne"."""
    mac_letters, mac_odd = _word_letters(mac)
    if mac_odd:
        return False
    if cp1252 is None:
        return mac_letters > 0
    letters, odd = _word_letters(cp1252)
    return odd > 0 and mac_letters > letters - odd


#: Marks that stand between two letters of a word in Western text: the apostrophes.
_IN_WORD_MARKS = frozenset("’'")
#: Letters Western words never hold: the florin sign (Mac Roman's "É" read as Windows-1252).
_NO_WORD_LETTERS = frozenset("ƒ")


def _word_letters(text: str) -> tuple[int, int]:
    """(accented letters as words hold them, characters no word holds) among the non-ASCII
    characters of ``text``. Odd: a capital inside a small-letter word ("StŽphane", "MŽnard"),
    a symbol between two letters ("C™tŽ", "No‘l"), a florin sign before a letter ("ƒditions");
    a lowercase letter, or a capital that starts a word or stands among capitals, is a letter."""
    letters = odd = 0
    for found in _NON_ASCII.finditer(text):
        char, index = found.group(), found.start()
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char in _NO_WORD_LETTERS:
            odd += after.isalpha()
        elif char.isalpha():
            inside = before.islower() or (before.isalpha() and after.islower())
            if char.isupper() and inside:
                odd += 1
            else:
                letters += 1
        elif char not in _IN_WORD_MARKS and before.isalpha():
            odd += after.isalpha()
    return letters, odd


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def foreign_marks(text: str) -> bool:
    """True when ``text`` (decoded as cp1252) is clearly not Western European text.

    Two marks: symbols glued to letters inside words (``£ódŸ``, ``ªtefan``, ``pe³ny``),
    at least twice; or words made mostly of accented letters (Cyrillic or Greek read as
    Latin-1: ``Ïðèâåò``), where Western languages accent a few letters only.
    """
    marks = 0
    for found in _FOREIGN_CHARS.finditer(text):
        char, index = found.group(), found.start()
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char in _SUPERSCRIPTS:
            glued = before.isalpha() and after.isalpha()  # "m²" is French, "pe³ny" is not
        elif char == "Ÿ":
            glued = before.islower() or after.islower()
        else:
            glued = after.isalpha() or (before.isalpha() and char not in "£¥¤")
        marks += glued
        if marks >= 2:
            return True
    accented = sum(1 for found in _NON_ASCII.finditer(text) if found.group().isalpha())
    letters = len(text) - len(_ASCII_LETTERS.sub("", text)) + accented
    return letters >= 20 and accented > 0.3 * letters


_FOREIGN_CHARS = re.compile(f"[{re.escape(''.join(sorted(_FOREIGN_IN_WORD)))}]")
_ASCII_LETTERS = re.compile("[A-Za-z]+")


def _utf8_lenient(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "".join(_decode_block(block, "cp1252") for block in _blocks(data))


#: Enough characters for the first few dozen lines of any CSV we read.
_HEAD_CHARS = 200_000


def sniff_delimiter(sample_lines: Sequence[str]) -> str:
    """``;``, tab or ``,``: whichever splits the sample's header-like lines most evenly."""
    best, best_score = ",", -1
    for delimiter in (",", ";", "\t"):
        counts = [len(row) for row in csv.reader(sample_lines, delimiter=delimiter) if any(row)]
        if not counts:
            continue
        widest = max(counts)
        score = widest * 10 + counts.count(widest)
        if widest > 1 and score > best_score:
            best, best_score = delimiter, score
    return best


@dataclass(frozen=True, slots=True)
class CsvTable:
    """Rows of a CSV file below its header, with the 1-based line of each row."""

    header: tuple[str, ...]
    delimiter: str
    header_line: int
    text: str

    def records(self, label: str, limit: int = MAX_RECORDS) -> Iterator[tuple[int, list[str]]]:
        """Yield ``(line, cells)`` for each non-blank data row, padded to the header width.

        Lines, cells and the count of rows are capped (``limits``); beyond a cap, or on a
        malformed record, ``InputError`` names the line. When no line of the text can pass
        its cap (checked in bulk, see :func:`_lines_fit`), the csv module reads the lines
        from ``io.StringIO`` blocks at C speed, and only a record spanning several lines is
        measured against the record cap; otherwise each line is cut and measured on its own
        (``LineFeed``), which finds the very line that passes.
        """
        if not _lines_fit(self.text):
            yield from self._records_fed(label, limit)
            return
        reader = csv.reader(_lines(self.text), delimiter=self.delimiter, strict=True)

        def measure(first: int, last: int, record: list[str]) -> None:
            if last > first and _may_pass_record_cap(record):
                self._check_record_cap(label, first, last)

        try:
            yield from csv_records(
                reader, len(self.header), label, limit, after=self.header_line, measure=measure
            )
        except InputError as exc:
            if exc.code in CSV_ERRORS:
                # The line-by-line reading would have stopped at the record cap first, if
                # passed.
                self._check_record_cap(label, exc.line or 0, reader.line_num)
            raise

    def _check_record_cap(self, label: str, first: int, last: int) -> None:
        """``InputError`` at the line where the record on lines ``first``–``last`` passes
        ``MAX_RECORD_CHARS``, as ``LineFeed`` raises it; nothing when it does not."""
        if first > last:
            return
        feed = LineFeed(self.text, label)
        for _line in feed:
            if feed.line < first:
                feed.record_done()  # a line of an earlier record
            elif feed.line >= last:
                break

    def _records_fed(self, label: str, limit: int) -> Iterator[tuple[int, list[str]]]:
        """:meth:`records` with each line cut and measured by ``LineFeed``."""
        feed = LineFeed(self.text, label)
        reader = csv.reader(feed, delimiter=self.delimiter, strict=True)
        return csv_records(
            reader, len(self.header), label, limit, after=self.header_line, measure=feed.measured
        )

    def rows(self, label: str, limit: int = MAX_RECORDS) -> Iterator[tuple[int, dict[str, str]]]:
        """Yield ``(line, {column: value})`` for each data row; columns keyed by header."""
        keys = [h.strip() for h in self.header]
        for line, record in self.records(label, limit):
            if any(c.strip() for c in record):
                yield line, dict(zip(keys, record, strict=False))

    def index(self, column: str | None) -> int | None:
        """Position of a header cell, or None."""
        if column is None:
            return None
        stripped = [h.strip() for h in self.header]
        return stripped.index(column.strip()) if column.strip() in stripped else None


def csv_records(
    reader: Any,
    width: int,
    label: str,
    limit: int,
    *,
    after: int = 0,
    measure: Callable[[int, int, list[str]], None],
) -> Iterator[tuple[int, list[str]]]:
    """``(line, cells)`` of each non-blank record of ``reader`` (a ``csv.reader``) ending
    past line ``after``, padded to ``width`` cells: at most ``limit`` of them. ``measure``
    sees the lines ``first``–``last`` of every record before it is taken, and raises past a
    cap; ``InputError`` names the line of a malformed record (one of :data:`CSV_ERRORS`)."""
    last_line = reader.line_num
    count = 0
    try:
        for record in reader:
            start, last_line = last_line + 1, reader.line_num
            measure(start, last_line, record)
            if last_line <= after or not any(record):
                continue
            count += 1
            if count > limit:
                raise InputError("too_many_rows", label, detail=f"{limit:,}")
            if len(record) < width:
                record += [""] * (width - len(record))
            yield start, record
    except csv.Error as exc:
        raise _csv_error(exc, label, last_line + 1) from exc


def header_of(
    reader: Any,
    feed: LineFeed | StreamFeed,
    label: str,
    is_header: Callable[[list[str]], bool],
    search_records: int,
) -> tuple[str, ...] | None:
    """The cells of the first of the first ``search_records`` records of ``reader`` (a
    ``csv.reader`` over ``feed``) that ``is_header`` accepts, stripped, empty ones at the
    end left out; None when there is none."""
    try:
        for index, record in enumerate(reader):
            feed.record_done()
            if index >= search_records:
                return None
            cells = [c.strip().lstrip("\ufeff") for c in record]
            if is_header(cells):
                while cells and not cells[-1]:
                    cells.pop()
                return tuple(cells)
    except csv.Error as exc:
        raise _csv_error(exc, label, reader.line_num + 1) from exc
    return None


def find_csv_header(
    text: str,
    label: str,
    is_header: Callable[[list[str]], bool],
    *,
    search_records: int = 12,
) -> CsvTable | None:
    """Locate the header row by content within the first records; None when absent."""
    # The head only: splitting a 30,000-line file to keep 30 lines costs more than reading it.
    head_lines = text[:_HEAD_CHARS].splitlines()[: search_records * 2 + 5]
    delimiter = sniff_delimiter(head_lines)
    feed = LineFeed(text, label)
    reader = csv.reader(feed, delimiter=delimiter)
    header = header_of(reader, feed, label, is_header, search_records)
    return None if header is None else CsvTable(header, delimiter, reader.line_num, text)


#: Texts are handed to the csv module in ``io.StringIO`` blocks of about this many characters,
#: cut after a line end: a block costs four bytes a character, never the whole text at once.
_LINE_BLOCK = 1 << 18


def _block_ends(text: str) -> Iterator[int]:
    """The end of each block of ``text``: just after the first line end ``_LINE_BLOCK``
    characters or more from the block's start, or the end of the text."""
    start = 0
    while start < len(text):
        start = text.find("\n", start + _LINE_BLOCK) + 1 or len(text)
        yield start


def _lines_fit(text: str) -> bool:
    """True when no line of ``text`` can be longer than ``MAX_LINE_CHARS``: every block is
    at most that long (a block holds whole lines). A text with a line nearly that long
    answers False and is read line by line, which measures each line exactly."""
    start = 0
    for end in _block_ends(text):
        if end - start > MAX_LINE_CHARS:
            return False
        start = end
    return True


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text``, each ending at ``\\n`` as ``LineFeed`` cuts them, read by
    ``io.StringIO`` one block at a time."""
    start = 0
    for end in _block_ends(text):
        yield from io.StringIO(text[start:end])
        start = end


def _may_pass_record_cap(record: list[str]) -> bool:
    """Whether a record of several lines may have taken more than ``MAX_RECORD_CHARS``: its
    cells, each character written at most twice (a doubled quote), plus two quotes and a
    delimiter per cell and a line end. False proves it did not."""
    cells: int = sum(map(len, record))
    return 2 * cells + 3 * len(record) + 2 > MAX_RECORD_CHARS


#: The codes of the errors :func:`_csv_error` gives.
CSV_ERRORS = ("field_too_long", "bad_csv")


def _csv_error(exc: csv.Error, label: str, line: int) -> InputError:
    """The ``InputError`` for a record the csv module refused."""
    if "field limit" in str(exc):
        return InputError("field_too_long", label, line, detail=str(MAX_FIELD_CHARS >> 20))
    return InputError("bad_csv", label, line, detail=str(exc))

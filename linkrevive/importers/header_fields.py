"""The wanted fields of a message's header block: found by one compiled pattern, unfolded,
decoded once (the mbox reader, the .eml reader and the IMAP answer share them)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from linkrevive.domain.senders import HEADER_FIELDS
from linkrevive.importers.mojibake import mended

#: The fields LinkRevive reads: parties, date, identity, Gmail labels, and those telling
#: automated mail.
_WANTED = frozenset(
    {
        "from",
        "sender",
        "to",
        "cc",
        "bcc",
        "date",
        "message-id",
        "subject",
        "x-gmail-labels",
        *HEADER_FIELDS,
    }
)


def decode_value(raw: bytes) -> str:
    """A header value read as ASCII, else UTF-8 (RFC 6532), else Windows-1252."""
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError:
        pass
    try:
        # RFC 6532 allows raw UTF-8 in headers; older clients wrote Latin-1.
        return mended(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


#: Names as a prefix tree: each letter leads to the rest of the names, "" marks an end.
_Tree = dict[str, "_Tree"]


def _any_of(names: Iterable[str]) -> str:
    """A pattern matching any of ``names``, written as a prefix tree (``c(?:c|ontent-type)``):
    at the start of each line the engine follows one branch per letter instead of trying
    every name in turn."""
    tree: _Tree = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here
    return _branches(tree)


def _branches(node: _Tree) -> str:
    ends = "" in node
    branches = [re.escape(char) + _branches(rest) for char, rest in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if ends else group


# A wanted field: its name, then its value with its continuation lines (RFC 5322 folding:
# a line starting with a space or a tab continues the field), in a block whose line breaks
# are all "\n" (one put before the first line too: the pattern then jumps from line to
# line). Only these lines are looked at; the others (DKIM signatures, ARC seals...) are
# skipped by the pattern. A name is a whole field name: head.strip() of the "name:" line.
def _field_pattern(names: Iterable[str]) -> str:
    return (
        r"\n[\x0b\x0c]*((?i:" + _any_of(sorted(names)) + r"))[ \t\x0b\x0c]*:"
        r"([^\n]*(?:\n[ \t][^\n]*)*)"
    )


# A line that ends the header block: empty or whitespace only.
_EMPTY_LINE_PATTERN = r"\n[ \t\x0b\x0c]*(?:\n|\Z)"
# The same patterns for text (decoded once per block) and for bytes (8-bit headers).
_WANTED_FIELD = re.compile(_field_pattern(_WANTED), re.ASCII)
_EMPTY_LINE = re.compile(_EMPTY_LINE_PATTERN)
_WANTED_FIELD_8BIT = re.compile(_field_pattern(_WANTED).encode("ascii"))
_EMPTY_LINE_8BIT = re.compile(_EMPTY_LINE_PATTERN.encode("ascii"))
#: The topmost ``Received`` field gives a date when ``Date`` is missing or unusable: read
#: only then (a message routed through Gmail has a dozen, each folded over several lines).
_RECEIVED_FIELD = re.compile(_field_pattern(["received"]), re.ASCII)
_RECEIVED_FIELD_8BIT = re.compile(_field_pattern(["received"]).encode("ascii"))
#: The white space ``bytes.strip()`` removes (``str.strip()`` would remove more).
_SPACE = " \t\n\r\x0b\x0c"
#: The key of each spelling of a field name met so far ("From", "FROM"...): a look-up
#: instead of lower-casing the names of every message (a mailbox has a few dozen).
_KEYS: dict[str, str] = {}
_MAX_KEYS = 4096


def header_fields(raw: bytes) -> dict[str, list[str]]:
    """Wanted header fields, unfolded, in order; names lower-cased.

    Lines end at "\n", "\r\n" or "\r"; the block ends at its first blank line. A line
    starting with a space or a tab continues the field before it; a line that is no
    ``name: value`` field (an mbox ``From `` line, garbage) is ignored with its
    continuation lines. Each line of a field is stripped, and the lines joined by a space.
    A value is read as ASCII, else UTF-8 (RFC 6532), else Windows-1252. ``Received`` is not
    among them: :func:`topmost_received` reads it when a message needs it.
    """
    return block_fields(b"\n" + raw)


def block_fields(block: bytes) -> dict[str, list[str]]:
    """:func:`header_fields` of a header block with a line break put before its first line (the
    mbox reader slices it so from the file, the separator line's own line break in front)."""
    return _fields(block, _WANTED_FIELD, _WANTED_FIELD_8BIT)


def topmost_received(block: bytes) -> str | None:
    """The first ``Received`` field of a header block (as :func:`block_fields` takes it),
    unfolded and decoded as :func:`header_fields` reads values; None when there is none."""
    found = _fields(block, _RECEIVED_FIELD, _RECEIVED_FIELD_8BIT).get("received")
    return None if found is None else found[0]


def _fields(
    block: bytes, pattern: re.Pattern[str], pattern_8bit: re.Pattern[bytes]
) -> dict[str, list[str]]:
    """The fields ``pattern`` finds in a header block, as :func:`header_fields` reads them."""
    if b"\r" in block:
        block = block.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    block = block.removesuffix(b"\n")
    try:
        # Decoded once: a UTF-8 block gives every value as decoding each alone would.
        text = block.decode("utf-8")
    except UnicodeDecodeError:
        return _fields_8bit(block, pattern_8bit)
    empty = _EMPTY_LINE.search(text)
    if empty is not None:
        text = text[: empty.start()]
    if not text.isascii():  # raw UTF-8 (RFC 6532), maybe decoded twice before it was sent
        text = mended(text)
    fields: dict[str, list[str]] = {}
    for name, value in pattern.findall(text):
        key = _KEYS.get(name)
        if key is None:
            key = name.lower()
            if len(_KEYS) < _MAX_KEYS:
                _KEYS[name] = key
        values = fields.get(key)
        # Most values fit on their line: stripped here, without a call to _unfold.
        value = value.strip(_SPACE) if "\n" not in value else _unfold(value)
        if values is None:
            fields[key] = [value]
        else:
            values.append(value)
    return fields


def _fields_8bit(block: bytes, pattern: re.Pattern[bytes]) -> dict[str, list[str]]:
    """:func:`_fields` of a block that is not UTF-8: each value decoded alone."""
    empty = _EMPTY_LINE_8BIT.search(block)
    if empty is not None:
        block = block[: empty.start()]
    fields: dict[str, list[str]] = {}
    for name, value in pattern.findall(block):
        key = name.decode("ascii").lower()
        values = fields.get(key)
        if values is None:
            fields[key] = [decode_value(_unfold_8bit(value))]
        else:
            values.append(decode_value(_unfold_8bit(value)))
    return fields


def _unfold(value: str) -> str:
    """A folded field value on one line: each of its lines stripped, joined by a space."""
    return " ".join(part.strip(_SPACE) for part in value.split("\n"))


def _unfold_8bit(value: bytes) -> bytes:
    """:func:`_unfold` of a value not yet decoded."""
    if b"\n" not in value:
        return value.strip()
    return b" ".join(part.strip() for part in value.split(b"\n"))


__all__ = ["block_fields", "decode_value", "header_fields", "topmost_received"]

"""vCard 2.1/3.0/4.0 address books (Apple, Google, Outlook, Android, Thunderbird) to contacts.

Written by hand rather than with ``vobject`` because real exports break it: Android and
Outlook quoted-printable soft line breaks, CR CR LF line ends, bare 2.1 parameters.
"""

from __future__ import annotations

import quopri
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from linkrevive.domain.errors import InputError
from linkrevive.domain.records import ContactRecord, ContactsBatch, ImportIssue
from linkrevive.domain.text import fold_words, normalize_email
from linkrevive.importers.limits import MAX_CONTACT_RECORDS, MAX_LINE_CHARS, line_too_long
from linkrevive.importers.mojibake import mended
from linkrevive.importers.textfile import looks_binary

FORMAT = "vcard"

_BEGIN = "BEGIN:VCARD"
_END = "END:VCARD"
# Binary payloads are unfolded but never decoded: they are large and we do not use them.
_BINARY_PROPS = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_WANTED = frozenset({"FN", "N", "EMAIL", "ORG", "TITLE", "ADR", "NOTE", "CATEGORIES"})
# Google and Android put every contact in these system groups; they carry no information.
_SYSTEM_GROUPS = frozenset({"mycontacts", "starred"})
# \" is not in the RFCs but Apple and Google write it in notes.
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":", '"': '"'}


@dataclass
class _Property:
    name: str
    params: dict[str, list[str]]
    raw: str
    line: int


@dataclass
class _Card:
    line: int
    props: list[_Property] = field(default_factory=list)


def _is_marker(line: str, marker: str) -> bool:
    return line.strip().upper() == marker


def _split_unquoted(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside double quotes (parameter values may be quoted)."""
    if '"' not in text:
        return text.split(sep)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _head_and_value(line: str) -> tuple[str, str] | None:
    if '"' not in line:
        head, sep, value = line.partition(":")
        return (head, value) if sep else None
    quoted = False
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[:index], line[index + 1 :]
    return None


def _parse_head(head: str) -> tuple[str, dict[str, list[str]]]:
    pieces = _split_unquoted(head, ";")
    name = pieces[0].strip()
    if "." in name:
        # ``item1.EMAIL``: the Apple/Google group prefix says nothing we need.
        name = name.rsplit(".", 1)[1]
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        if "=" in piece:
            key, value = piece.split("=", 1)
        else:
            # vCard 2.1 bare parameters: ``EMAIL;PREF;INTERNET``, ``NOTE;QUOTED-PRINTABLE``.
            key, value = (
                ("ENCODING" if piece.upper() in ("QUOTED-PRINTABLE", "BASE64") else "TYPE"),
                piece,
            )
        values = [v.strip().strip('"') for v in value.split(",")]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return name.upper(), params


def _is_qp_head(head: str) -> bool:
    return "QUOTED-PRINTABLE" in head.upper()


def _physical_lines(text: str) -> Iterator[str]:
    """``text.split("\\n")`` one line at a time (no list of every line of a big file)."""
    pos = 0
    find = text.find
    while True:
        end = find("\n", pos)
        if end < 0:
            yield text[pos:]
            return
        yield text[pos:end]
        pos = end + 1


def _logical_lines(text: str, label: str = "") -> Iterator[tuple[int, str]]:
    """Physical lines joined into properties: QP soft breaks first, then RFC folding.

    A property other than a binary payload (which is skipped unread) longer than
    ``MAX_LINE_CHARS`` once unfolded raises ``InputError`` ``line_too_long``.
    """
    # CR CR LF (seen in an iPhone export) is one line end, not two.
    text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    physical = _physical_lines(text)
    number = 0
    pending: str | None = next(physical, None)
    while pending is not None:
        line = pending
        number += 1
        start = number
        pending = next(physical, None)
        if not line.strip():
            continue
        split = _head_and_value(line)
        head = split[0] if split else ""
        skip = head.split(";", 1)[0].rsplit(".", 1)[-1].strip().upper() in _BINARY_PROPS
        pieces = [line]
        size = len(line)
        if split is not None and _is_qp_head(head):
            while pieces[-1].endswith("=") and pending is not None:
                if _is_marker(pending, _END) or _is_marker(pending, _BEGIN):
                    break
                pieces[-1] = pieces[-1][:-1]
                pieces.append(pending)
                size += len(pending)
                if size > MAX_LINE_CHARS:
                    raise line_too_long(label, start)
                number += 1
                pending = next(physical, None)
        while pending is not None and pending[:1] in (" ", "\t"):
            if not skip:
                pieces.append(pending[1:])
                size += len(pending)
                if size > MAX_LINE_CHARS:
                    raise line_too_long(label, start)
            number += 1
            pending = next(physical, None)
        if size > MAX_LINE_CHARS and not skip:
            raise line_too_long(label, start)
        yield start, pieces[0] if len(pieces) == 1 else "".join(pieces)


def _decode_value(raw: str, params: dict[str, list[str]]) -> str:
    """Text of a value: QP decoded, then bytes read with the CHARSET param or UTF-8/cp1252."""
    encoding = [e.upper() for e in params.get("ENCODING", [])]
    # The file was read as latin-1, so each character is one original byte.
    data = raw.encode("latin-1", errors="replace")
    if "QUOTED-PRINTABLE" in encoding:
        data = quopri.decodestring(data)
    for charset in params.get("CHARSET", []):
        try:
            return data.decode(charset, errors="replace").replace("\r\n", "\n")
        except LookupError:
            break
    try:
        text = mended(data.decode("utf-8"))
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n")


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out: list[str] = []
    index = 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            nxt = text[index + 1]
            out.append(_ESCAPES.get(nxt, "\\" + nxt))
            index += 2
        else:
            out.append(ch)
            index += 1
    return "".join(out)


def _split_escaped(text: str, sep: str) -> list[str]:
    """Split on ``sep`` where not escaped by a backslash; components stay escaped."""
    if "\\" not in text:
        return text.split(sep)
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        index += 1
    parts.append("".join(current))
    return parts


def _component(value: str, index: int) -> str:
    parts = _split_escaped(value, ";")
    if index >= len(parts):
        return ""
    # Within a component, unescaped commas separate several values (3.0 ``N`` additional names).
    return " ".join(
        p.strip() for p in (_unescape(v) for v in _split_escaped(parts[index], ",")) if p.strip()
    )


def _collect_cards(
    lines: Iterable[tuple[int, str]], label: str = ""
) -> tuple[list[_Card], list[int]]:
    """Complete cards, and the BEGIN line of every card cut short."""
    cards: list[_Card] = []
    truncated: list[int] = []
    current: _Card | None = None
    for number, line in lines:
        if _is_marker(line, _BEGIN):
            if current is not None:
                truncated.append(current.line)
            if len(cards) + len(truncated) >= MAX_CONTACT_RECORDS:
                raise InputError("too_many_rows", label, detail=f"{MAX_CONTACT_RECORDS:,}")
            current = _Card(number)
            continue
        if _is_marker(line, _END):
            if current is not None:
                cards.append(current)
            current = None
            continue
        if current is None:
            continue
        split = _head_and_value(line)
        if split is None:
            continue
        name, params = _parse_head(split[0])
        if name in _WANTED:
            current.props.append(_Property(name, params, split[1], number))
    if current is not None:
        truncated.append(current.line)
    return cards, truncated


def _to_contact(card: _Card) -> ContactRecord:
    display = first = last = company = position = notes = country = ""
    pref_country = False
    emails: list[str] = []
    tags: list[str] = []
    note_parts: list[str] = []
    for prop in card.props:
        value = _decode_value(prop.raw, prop.params)
        if prop.name == "FN" and not display:
            display = _unescape(value).strip()
        elif prop.name == "N" and not (first or last):
            last, first = _component(value, 0), _component(value, 1)
        elif prop.name == "EMAIL":
            address = normalize_email(_unescape(value))
            if address and address not in emails:
                emails.append(address)
        elif prop.name == "ORG" and not company:
            company = _component(value, 0)
        elif prop.name == "TITLE" and not position:
            position = _unescape(value).strip()
        elif prop.name == "ADR":
            found = _component(value, 6)
            is_pref = any(t.lower() == "pref" for t in prop.params.get("TYPE", [])) or (
                "PREF" in prop.params
            )
            if found and (not country or (is_pref and not pref_country)):
                country, pref_country = found, is_pref
        elif prop.name == "NOTE":
            text = _unescape(value).strip()
            if text:
                note_parts.append(text)
        elif prop.name == "CATEGORIES":
            for raw_tag in _split_escaped(value, ","):
                tag = _unescape(raw_tag).strip()
                key = fold_words(tag).replace(" ", "")
                if tag and key not in _SYSTEM_GROUPS and tag not in tags:
                    tags.append(tag)
    notes = "\n".join(note_parts)
    return ContactRecord(
        emails=tuple(emails),
        first_name=first,
        last_name=last,
        display_name=display,
        company=company,
        position=position,
        country=country,
        notes=notes,
        tags=tuple(tags),
        line=card.line,
    )


def _text_of(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # A UTF-16 file is re-encoded to UTF-8 so that values decode like the others.
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    return data.decode("latin-1")


def parse_vcards(data: bytes, label: str) -> ContactsBatch:
    """Every card of a ``.vcf`` file as a contact (cards without email included).

    A card cut short at the end of the file (BEGIN without END) is reported in ``rejected``
    with code ``truncated_vcard`` and the line of its BEGIN; the complete cards are kept.
    Raises ``InputError`` ``bad_vcard`` when no card is complete, ``empty_file`` or
    ``binary_file`` for files that are not vCard text.
    """
    if not data.strip():
        raise InputError("empty_file", label)
    if looks_binary(data):
        raise InputError("binary_file", label)
    cards, truncated = _collect_cards(_logical_lines(_text_of(data), label), label)
    if not cards:
        if truncated:
            raise InputError("bad_vcard", label, truncated[0], detail="no END:VCARD")
        raise InputError("bad_vcard", label, 1, detail="no BEGIN:VCARD line")
    contacts: list[ContactRecord] = []
    skipped: list[ImportIssue] = []
    for card in cards:
        contact = _to_contact(card)
        if contact.emails or contact.name or contact.company:
            contacts.append(contact)
        else:
            skipped.append(ImportIssue(label, card.line, "empty_vcard"))
    rejected = tuple(ImportIssue(label, line, "truncated_vcard") for line in truncated)
    return ContactsBatch(
        source=label,
        format=FORMAT,
        contacts=tuple(contacts),
        skipped=tuple(skipped),
        rejected=rejected,
    )

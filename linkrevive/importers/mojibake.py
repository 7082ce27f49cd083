"""Text decoded twice, mended: UTF-8 bytes once read as Windows-1252 ("HÃ©lÃ¨ne" for Hélène).

A UTF-8 CSV opened in Excel and saved again as a workbook or as "CSV UTF-8", an export whose
names went through a wrong code page (LinkedIn's messages.csv has shipped so), a mail client
that labels UTF-8 names as Latin-1: each leaves the two characters of a letter's UTF-8 bytes
in the text. ``ftfy`` reads them back; a text with no such pair is returned as it is, at the
cost of a scan for five characters.
"""

from __future__ import annotations

#: The first byte of a two- or three-byte UTF-8 letter or sign as Windows-1252 shows it (Ã,
#: Â, Å, Ä, â), and what a continuation byte (0x80-0xBF) shows, as Windows-1252 or Latin-1
#: (for the five bytes Windows-1252 leaves undefined): "Ã©" for "é", "Å“" for "œ", "â€™" for
#: "’". Western text writes none of these pairs.
_LEADS = "ÂÃÄÅâ"
_CONTINUATIONS = frozenset(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")) | {
    chr(byte) for byte in range(0x80, 0xC0)
}


def decoded_twice(text: str) -> bool:
    """Whether ``text`` shows a UTF-8 letter read as Windows-1252 (found by ``str.find``,
    several times faster than a regular expression on long texts)."""
    for lead in _LEADS:
        at = text.find(lead)
        while at != -1:
            if text[at + 1 : at + 2] in _CONTINUATIONS:
                return True
            at = text.find(lead, at + 1)
    return False


def mended(text: str) -> str:
    """``text`` with every line that holds UTF-8 read as Windows-1252 read again (lines
    ftfy finds nothing wrong with stay as they are)."""
    if text.isascii() or not decoded_twice(text):
        return text
    import ftfy  # Imported here: 50 ms of start-up that text written right never needs.

    return "".join(
        ftfy.fix_encoding(line) if decoded_twice(line) else line
        for line in text.splitlines(keepends=True)
    )

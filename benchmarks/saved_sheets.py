"""Traps of the files world: the lead sheet as the programs people use save it, and LinkedIn
names decoded twice.

The seed picks how the lead sheet was last saved:

- ``seed % 3 == 0``: Excel for Mac's "CSV (Macintosh)": Mac Roman, a carriage return alone
  ending each line (Windows-1252 when a name has a letter Mac Roman lacks, as Excel would
  lose it);
- ``seed % 3 == 1``: Excel for Windows' "CSV (separator: semicolon)": Windows-1252, CRLF;
- ``seed % 3 == 2``: "CSV UTF-8" after a round trip through Excel that opened a UTF-8 file
  as Windows-1252: every accented letter is two characters ("HÃ©lÃ¨ne"), written in UTF-8.

Under every table, as people keep them: an empty line, a "Total" line and a note. Neither is
a prospect. In even seeds, LinkedIn's messages.csv names are decoded twice too, as some
exports have shipped them ("Accented characters using Ã©").
"""

from __future__ import annotations

import csv
import io


def saved_sheet(rows: list[list[str]], seed: int) -> bytes:
    """The bytes of the lead sheet ``rows`` (header first) as the seed's program saved it."""
    width = len(rows[0])
    below = [[""] * width, ["Total"] + [""] * (width - 2) + [f"{len(rows) - 1} prospects"]]
    below.append(["Relancer les perdus en janvier"] + [""] * (width - 1))
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows([*rows, *below])
    text = out.getvalue()
    if seed % 3 == 0:
        try:
            return text.replace("\r\n", "\r").encode("mac_roman")
        except UnicodeEncodeError:
            return text.encode("cp1252")
    if seed % 3 == 1:
        return text.encode("cp1252")
    return b"\xef\xbb\xbf" + decoded_twice(text).encode("utf-8")


def decoded_twice(text: str) -> str:
    """``text`` once its UTF-8 bytes are read as Windows-1252, as Excel reads a CSV (the five
    bytes Windows-1252 leaves undefined show as the control characters of Latin-1)."""
    return "".join(_CP1252[byte] for byte in text.encode("utf-8"))


_CP1252 = [bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256)]


def linkedin_name(name: str, seed: int) -> str:
    """A name of LinkedIn's messages.csv as the seed's export wrote it."""
    return decoded_twice(name) if seed % 2 == 0 else name

"""CsvTable.records reads a text at C speed with its caps checked in bulk, and gives the very
records and errors of the line-by-line reading (LineFeed) it replaces."""

from __future__ import annotations

import pytest

from linkrevive.domain.errors import InputError
from linkrevive.importers.limits import MAX_FIELD_CHARS, MAX_LINE_CHARS, MAX_RECORD_CHARS
from linkrevive.importers.textfile import CsvTable, _lines_fit

HEADER = "First Name,Last Name,Note\n"
#: A cell of several lines just under the field cap: three of them pass the record cap.
BIG = "x" * (MAX_LINE_CHARS // 2 - 10)
BIG_CELL = '"' + BIG + "\n" + BIG + '"'


def _outcome(table: CsvTable, *, fed: bool, limit: int) -> object:
    """The records, or the error's code, line and detail, of one way of reading."""
    read = table._records_fed("t.csv", limit) if fed else table.records("t.csv", limit)
    try:
        return list(read)
    except InputError as exc:
        return ("error", exc.code, exc.line, exc.detail)


CASES = {
    "plain": HEADER + "Ana,Pop,x\nBo,Li,y\n",
    "no final line end": HEADER + "Ana,Pop,x\nBo,Li,y",
    "blank lines and short rows": HEADER + "\n\nAna\n,,\nBo,Li,y,extra\n\n",
    "odd line ends": HEADER + 'Ana,"P\rop",x\r\nBo,"L\u2028i\x0c",y\x85z\n',
    "quoted line ends": HEADER + 'Ana,"one\ntwo\r\nthree",x\nBo,Li,"a ""quoted"" word"\n',
    "unclosed quote": HEADER + 'Ana,Pop,x\nBo,"Li,y\nCy,Do,z\n',
    "quote in an unquoted cell": HEADER + 'Ana,Pop,x\nBo,L"i,y\n',
    "bare line end in a cell": HEADER + "Ana,Pop,x\rBo\n",
    "record of many long lines": HEADER + f"Ana,{BIG_CELL},{BIG_CELL},{BIG_CELL}\nBo,Li,y\n",
    "record just under its cap": HEADER + f"Ana,{BIG_CELL},x\nBo,Li,y\n",
    "long line": HEADER + "Ana," + "y" * (MAX_LINE_CHARS + 5) + ",x\n",
    "line of exactly the cap": HEADER + "Ana," + "y" * (MAX_LINE_CHARS - 7) + ",x\n",
    "field past its cap": HEADER + 'Ana,"' + ("z" * 1000 + "\n") * (MAX_FIELD_CHARS // 1000 + 2),
    "big record then an unclosed quote": HEADER + f'Ana,{BIG_CELL},{BIG_CELL},"' + BIG + "\n",
    "many rows": HEADER + "Ana,Pop,x\n" * 40,
}


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("limit", [1_000, 25])
def test_same_records_and_errors_as_line_by_line(name: str, limit: int) -> None:
    text = CASES[name]
    table = CsvTable(("First Name", "Last Name", "Note"), ",", 1, text)
    assert _outcome(table, fed=False, limit=limit) == _outcome(table, fed=True, limit=limit)


def test_the_record_cap_names_the_line_that_passes_it() -> None:
    text = CASES["record of many long lines"]
    assert _lines_fit(text)  # read at C speed, the record measured once read
    table = CsvTable(("First Name", "Last Name", "Note"), ",", 1, text)
    # Line 2 opens the record, line 3 brings it to 1.5 MB, line 4 past 2 MB.
    outcome = _outcome(table, fed=False, limit=1_000)
    assert outcome == ("error", "line_too_long", 4, str(MAX_RECORD_CHARS >> 20))


def test_a_line_near_its_cap_is_read_line_by_line() -> None:
    assert not _lines_fit(CASES["long line"])
    assert not _lines_fit(CASES["line of exactly the cap"])
    assert _lines_fit(CASES["record just under its cap"])

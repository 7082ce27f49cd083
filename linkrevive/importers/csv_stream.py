"""Reading a CSV file too large to hold whole (a LinkedIn ``messages.csv`` of years of
messages): decoded line by line as it streams, its header found by content, each record read
under the same caps as a file read whole (``limits``), and only the records kept that the
caller keeps."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Callable, Iterator
from typing import IO

from linkrevive.importers.limits import StreamFeed
from linkrevive.importers.textfile import csv_records, header_of, sniff_delimiter


def stream_csv(
    stream: IO[bytes],
    label: str,
    is_header: Callable[[list[str]], bool],
    *,
    limit: int,
    search_records: int = 3,
) -> tuple[tuple[str, ...], Iterator[tuple[int, list[str]]]] | None:
    """The header of a CSV byte stream (the first of its first ``search_records`` records
    ``is_header`` accepts), and an iterator of its data records as ``(line, cells)``, padded
    to the header's width, blank ones left out; None when no header is found.

    Each line is decoded on its own, UTF-8 where it is, else Windows-1252 (a UTF-16 file
    has no header to find this way). ``InputError`` names the file (and line) of a line or
    record past its cap, a malformed record, or more than ``limit`` records.
    """
    feed = StreamFeed(stream, label)
    # The delimiter from the first lines, which the reader then reads again.
    sample = list(itertools.islice(feed, search_records * 2 + 5))
    reader = csv.reader(
        itertools.chain(sample, feed), delimiter=sniff_delimiter(sample), strict=True
    )
    feed.record_done()  # the reader counts the lines from here (``line_num``)
    header = header_of(reader, feed, label, is_header, search_records)
    if header is None:
        return None
    return header, csv_records(reader, len(header), label, limit, measure=feed.measured)

"""The command line's progress bar: drawn on a terminal only, counting each part of the work
under its own label (an IMAP import's inbox, then its sent folder)."""

from __future__ import annotations

import io

from linkrevive.cli.progress import TerminalProgress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_says_each_part_it_counts_and_clears_its_line() -> None:
    terminal = _Terminal()
    with TerminalProgress("Reading INBOX on mail.example", terminal) as bar:
        bar.update(0, 4)
        bar.update(4, 4)
        bar.relabel("Reading the sent folder on mail.example")
        bar.update(0, 10)
        bar.update(5, 10)
    lines = terminal.getvalue().split("\r")
    assert lines[1:3] == [
        "Reading INBOX on mail.example [------------------------------]   0%",
        "Reading INBOX on mail.example [##############################] 100%",
    ]
    # The new label starts on a cleared line, at zero, its first figure drawn at once.
    assert lines[3] == "\033[K"
    assert lines[4].startswith("Reading the sent folder on mail.example [-----")
    assert lines[4].endswith("0%")
    assert lines[-1] == "\033[K"  # nothing of the bar is left once the work is done


def test_nothing_is_drawn_when_the_output_is_not_a_terminal() -> None:
    piped = io.StringIO()
    with TerminalProgress("Reading INBOX", piped) as bar:
        bar.update(1, 2)
        bar.relabel("Reading the sent folder")
        bar.update(2, 2)
    assert piped.getvalue() == ""

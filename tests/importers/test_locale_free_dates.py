"""Mail dates are read the same whatever the user's language.

The window sets the C library's locale from the user's (Qt does, on start): under a French
one, ``calendar.month_abbr`` says "janv.", "févr.", "mars"… A mailbox read after that (the
importers are loaded when first used) must still read "Tue, 14 Mar 2023" and the separators'
"Mar 14". The child process gives ``calendar`` the names a French locale gives it, as the
window would, then reads an mbox.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FRENCH = [
    "", "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
]  # fmt: skip

CHILD = f"""
import calendar, sys
calendar.month_abbr = {FRENCH!r}
from pathlib import Path
from linkrevive.importers.mailbox import iter_mbox
for record in iter_mbox(Path(sys.argv[1]), "box.mbox"):
    print(record.sent_at.isoformat())
"""


def test_an_mbox_read_under_a_french_locale(tmp_path: Path) -> None:
    mbox = tmp_path / "box.mbox"
    mbox.write_text(
        "From x@y Tue Mar 14 09:00:00 2023\nFrom: Claire <claire@studio-ocre.example>\n"
        "To: alex@nearshore.example\nDate: Tue, 14 Mar 2023 10:00:00 +0100\nSubject: Devis\n"
        "\nbody\n\n"
        "From x@y Mon Dec 11 09:00:00 2023\nFrom: Paul <paul@atelier-roy.example>\n"
        "To: alex@nearshore.example\nDate: Mon, 11 Dec 2023 10:00:00 +0100\nSubject: Relance\n"
        "\nbody\n",
        encoding="utf-8",
    )
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(mbox)], capture_output=True, text=True, timeout=60
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.split() == ["2023-03-14T09:00:00+00:00", "2023-12-11T09:00:00+00:00"]

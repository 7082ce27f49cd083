"""The question before the user's own addresses are taken back from the people an earlier
import made of them (from Settings, or "This is me" in Prospects)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from linkrevive.gui.confirm_box import ConfirmBox


class OwnAddressesDialog(ConfirmBox):
    """Asks before taking the user's addresses back from the people an earlier import made
    of them: their mail goes (it is the user's), and so do those people when nothing else
    is theirs."""

    def __init__(self, held: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lines = [
            self.tr("• {0} <{1}>: %n exchange(s)", "", h.exchanges).format(h.name, h.email)
            for h in held
        ]
        self.ask(
            self.tr("Your addresses"),
            self.tr("An earlier import took these addresses of yours for other people:"),
            "\n".join(lines)
            + "\n\n"
            + self.tr(
                "As yours, the mail stored under them goes, and those people are removed "
                "(one who holds your notes, a stage or another address keeps them). Import "
                "your mailbox again: the mail you sent from them then counts as yours."
            ),
            self.tr("They are mine"),
        )

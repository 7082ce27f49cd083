"""Sub-command ``sender person|automated EMAIL…``: the user's word on a mailbox counterpart."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # loaded by the handler only: parsing stays fast
    from linkrevive.services.workspace import Workspace

#: ``SenderKind`` values, listed here so that parsing imports no engine (a test compares).
SENDER_KINDS = ("person", "automated")


def register(commands: Any) -> None:
    """Add ``sender``."""
    sender = commands.add_parser(
        "sender",
        help="say that an address is a person or an automated sender (newsletter, robot)",
    )
    sender.add_argument(
        "kind", choices=SENDER_KINDS, help="person: a human being; automated: a robot or list"
    )
    sender.add_argument("emails", nargs="+", metavar="EMAIL", help="one or more addresses")
    sender.set_defaults(handler=_sender, writes=True)


def _sender(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.domain.senders import SenderKind
    from linkrevive.services import senders

    kind = SenderKind(args.kind)
    decision = senders.set_sender_kind(workspace, kind, emails=args.emails)
    what = "a person" if kind is SenderKind.PERSON else "an automated sender"
    print(f"{', '.join(decision.emails)}: {what}, remembered across imports.")
    if not decision.person_ids:
        print("Nobody has this address yet; the next imports will treat it so.")
    elif kind is SenderKind.PERSON:
        print("Import the mailbox again to bring back the emails exchanged with them.")
    return 0

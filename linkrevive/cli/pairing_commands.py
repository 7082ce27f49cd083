"""Sub-commands of pairing: ``match``, ``pairs`` and ``pair confirm|reject``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from linkrevive.cli.output import FORMAT_HELP, print_rows

if TYPE_CHECKING:  # loaded by the handlers only: parsing stays fast
    from linkrevive.services.workspace import Workspace

#: ``PairStatus`` values, listed here so that parsing imports no engine (a test compares).
PAIR_STATUSES = ("auto", "suggested", "confirmed", "rejected")

PAIR_COLUMNS = (
    "contact_email",
    "contact_name",
    "linkedin_url",
    "linkedin_name",
    "status",
    "score",
    "evidence",
)


def register(commands: Any) -> None:
    """Add the pairing sub-commands to the parser."""
    matcher = commands.add_parser("match", help="pair email contacts with LinkedIn profiles")
    matcher.set_defaults(handler=_match, writes=True)

    pairs = commands.add_parser("pairs", help="list pairings (one row per email address)")
    pairs.add_argument("--status", choices=PAIR_STATUSES, help="only pairs with this status")
    pairs.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help=FORMAT_HELP
    )
    pairs.set_defaults(handler=_pairs)

    pair = commands.add_parser("pair", help="confirm or reject a pair")
    pair.add_argument(
        "decision", choices=("confirm", "reject"), help="confirm: same person; reject: not"
    )
    pair.add_argument("email", help="the contact's email address (as 'pairs' lists it)")
    pair.add_argument("url", help="the LinkedIn profile URL (as 'pairs' lists it)")
    pair.set_defaults(handler=_pair, writes=True)


def _match(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.cli.interrupts import stop_requested
    from linkrevive.cli.progress import TerminalProgress
    from linkrevive.services import pairing

    with TerminalProgress("Pairing") as bar:
        counts = pairing.run_match(workspace, progress=bar.update, cancelled=stop_requested)
    print(
        f"{counts['auto']} auto, {counts['suggested']} suggested, {counts['unmatched']} unmatched"
        f" ({counts['confirmed']} confirmed by you)"
    )
    return 0


def _pairs(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.domain.enums import PairStatus
    from linkrevive.domain.phrases import evidence_text
    from linkrevive.services import queries  # a listing: neither the matcher nor the ORM

    status = PairStatus(args.status) if args.status else None
    rows = []
    seen: set[tuple[str, int]] = set()
    for pair in queries.pairs(workspace, status):
        # One row per own address (shared boxes are not listed); a person whose every
        # address is a shared box shows with an empty one.
        for email in pair.emails or ("",):
            if (email or f"#{pair.person_id}", pair.profile_id) in seen:
                continue
            seen.add((email or f"#{pair.person_id}", pair.profile_id))
            rows.append(
                {
                    "contact_email": email,
                    "contact_name": pair.person_name,
                    # A profile known only by name has no URL (as in ``connections``).
                    "linkedin_url": pair.profile_url
                    if pair.profile_url.startswith("http")
                    else None,
                    "linkedin_name": pair.profile_name,
                    "status": pair.status.value,
                    "score": round(pair.score, 3),
                    "evidence": [evidence_text(e, "en") for e in pair.evidence],
                }
            )
    print_rows(PAIR_COLUMNS, rows, args.format)
    return 0


def _pair(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import pairing

    confirm = args.decision == "confirm"
    pairing.decide_by_keys(workspace, args.email, args.url, confirm)
    print(f"{'Confirmed' if confirm else 'Rejected'}: {args.email} ↔ {args.url}")
    return 0

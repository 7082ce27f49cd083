"""Sub-commands of the email side: ``import contacts``, ``import imap`` and ``people``."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import Any

from linkrevive.cli.interrupts import stop_requested
from linkrevive.cli.output import print_rows
from linkrevive.cli.progress import TerminalProgress
from linkrevive.cli.report import print_report
from linkrevive.domain.errors import InputError
from linkrevive.domain.filters import (
    SHOW_ALL,
    SHOW_AUTOMATED,
    SHOW_PEOPLE,
    SHOW_PERSONS,
    SHOW_SHARED,
    kind_of,
    shows_kind,
)
from linkrevive.importers.contacts_formats import FORMATS
from linkrevive.services import contacts_import, imap_import, queries
from linkrevive.services.workspace import Workspace

PEOPLE_COLUMNS = (
    "name",
    "emails",
    "company",
    "country",
    "stage",
    "stall_reason",
    "last_exchange",
    "linkedin_url",
)


def _iso(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (expected YYYY-MM-DD)") from None


def register_imports(sources: Any) -> None:
    """Add ``import contacts`` and ``import imap``."""
    contacts = sources.add_parser(
        "contacts", help="vCard, address-book CSV, lead sheet CSV/XLSX, .mbox or .eml folder"
    )
    contacts.add_argument("path", type=Path)
    contacts.add_argument("--format", choices=FORMATS, help="skip format detection")
    contacts.add_argument(
        "--me", action="append", default=[], metavar="EMAIL", help="one of your own addresses"
    )
    contacts.set_defaults(handler=_import_contacts, writes=True)

    imap = sources.add_parser("imap", help="message headers of an IMAP folder")
    imap.add_argument("--host", required=True)
    imap.add_argument("--port", type=int)
    imap.add_argument("--user", required=True)
    imap.add_argument("--folder", default="INBOX")
    imap.add_argument("--since", type=_iso)
    imap.add_argument("--security", choices=("auto", "ssl", "starttls", "plain"), default="auto")
    imap.add_argument("--me", action="append", default=[], metavar="EMAIL")
    imap.set_defaults(handler=_import_imap, writes=True)


def register(commands: Any) -> None:
    """Add ``people``."""
    people = commands.add_parser(
        "people", help="list every person of the email side (automated senders: --all)"
    )
    people.add_argument("--format", choices=("table", "csv", "json"), default="table")
    shown = people.add_mutually_exclusive_group()
    shown.add_argument(
        "--all", action="store_true", help="also list automated senders (newsletters, robots)"
    )
    shown.add_argument(
        "--kind",
        choices=(SHOW_PERSONS, SHOW_SHARED, SHOW_AUTOMATED),
        help="only people, only shared boxes (contact@…), or only automated senders",
    )
    people.set_defaults(handler=_people)


def _import_contacts(workspace: Workspace, args: argparse.Namespace) -> int:
    with TerminalProgress(f"Importing {args.path.name}") as bar:
        report = contacts_import.import_contacts(
            workspace,
            args.path,
            fmt=args.format,
            me=args.me,
            progress=bar.update,
            cancelled=stop_requested,
        )
    print_report(report)
    return 0


def _ask_password() -> str:
    if not sys.stdin.isatty():
        raise InputError("no_password", detail="this account (run once from a terminal)")
    return getpass.getpass("IMAP password (stored in your keyring): ")


def _import_imap(workspace: Workspace, args: argparse.Namespace) -> int:
    with TerminalProgress(f"Reading {args.folder} on {args.host}") as bar:
        report = imap_import.import_imap(
            workspace,
            host=args.host,
            port=args.port,
            user=args.user,
            folder=args.folder,
            since=args.since,
            security=args.security,
            me=args.me,
            ask_password=_ask_password,
            progress=bar.update,
            cancelled=stop_requested,
        )
    print_report(report)
    return 0


def _people(workspace: Workspace, args: argparse.Namespace) -> int:
    show = SHOW_ALL if args.all else (args.kind or SHOW_PEOPLE)
    # The listing of SPEC §5; a "kind" column when the user asked about kinds.
    columns = PEOPLE_COLUMNS if show == SHOW_PEOPLE else (*PEOPLE_COLUMNS, "kind")
    rows = [
        {
            "kind": kind_of(p),
            "name": p.name,
            "emails": list(p.emails),
            "company": p.company,
            "country": p.country,
            "stage": p.stage.value if p.stage else None,
            "stall_reason": p.stall_reason.value if p.stall_reason else None,
            "last_exchange": p.last_exchange,
            "linkedin_url": p.linkedin_url,
        }
        for p in queries.people(workspace)
        if shows_kind(p, show)
    ]
    print_rows(columns, rows, args.format)
    return 0

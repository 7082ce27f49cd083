"""Sub-commands of the email side: ``import contacts``, ``import imap`` and ``people``."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linkrevive.cli.output import FORMAT_HELP, print_rows, public_url

if TYPE_CHECKING:  # loaded by the handlers only: parsing stays fast
    from linkrevive.services.workspace import Workspace

#: Formats ``import contacts --format`` accepts (the importers' ``contacts_formats.FORMATS``,
#: listed here so that parsing imports no importer; a test checks they are the same).
CONTACT_FORMATS = (
    "vcard",
    "google_csv",
    "outlook_csv",
    "thunderbird_csv",
    "lead_sheet",
    "mbox",
    "eml",
)
#: ``people --kind`` values (``domain.filters`` SHOW_PERSONS, SHOW_SHARED, SHOW_AUTOMATED).
PEOPLE_KINDS = ("person", "shared", "automated")

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
    contacts.add_argument(
        "path",
        type=Path,
        help="the file or folder (its format is recognised; a LinkedIn export goes to "
        "'import linkedin')",
    )
    contacts.add_argument(
        "--format", choices=CONTACT_FORMATS, help="skip format detection: read the file as this"
    )
    contacts.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="EMAIL",
        help="one of your own addresses (repeat for several): never a lead",
    )
    contacts.set_defaults(handler=_import_contacts, writes=True)

    imap = sources.add_parser(
        "imap",
        help="message headers of an IMAP folder (password from the keyring, or asked)",
        description="Read the headers of an IMAP folder, then of the sent folder (never the "
        "message bodies). The password comes from the system keyring; the first time it is "
        "asked and stored "
        "there. Without a keyring it is asked (or read with --password-stdin) for this run "
        "only and never remembered.",
    )
    imap.add_argument("--host", required=True, help="IMAP server, e.g. imap.example.com")
    imap.add_argument(
        "--port", type=int, help="server port (default: 143 with starttls or plain, else 993)"
    )
    imap.add_argument("--user", required=True, help="login name, often your email address")
    imap.add_argument(
        "--folder", default="INBOX", help="folder to read (default: INBOX), e.g. Archives"
    )
    imap.add_argument(
        "--no-sent",
        dest="sent",
        action="store_false",
        help="do not read the sent folder too (by default it is found and read after the "
        "folder: your replies)",
    )
    imap.add_argument(
        "--since", type=_iso, metavar="DATE", help="only messages from DATE on (YYYY-MM-DD)"
    )
    imap.add_argument(
        "--security",
        choices=("auto", "ssl", "starttls", "plain"),
        default="auto",
        help="connection security (default auto: ssl on 993, else starttls when offered, "
        "plain text on this computer only)",
    )
    imap.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (for scripts); used for this run only, "
        "never stored",
    )
    imap.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="EMAIL",
        help="one of your own addresses (repeat for several): never a lead",
    )
    imap.set_defaults(handler=_import_imap, writes=True)


def register(commands: Any) -> None:
    """Add ``people``."""
    people = commands.add_parser(
        "people", help="list every person of the email side (automated senders: --all)"
    )
    people.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help=FORMAT_HELP
    )
    shown = people.add_mutually_exclusive_group()
    shown.add_argument(
        "--all", action="store_true", help="also list automated senders (newsletters, robots)"
    )
    shown.add_argument(
        "--kind",
        choices=PEOPLE_KINDS,
        help="only people, only shared boxes (contact@…), or only automated senders",
    )
    people.set_defaults(handler=_people)


def _import_contacts(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.cli.interrupts import stop_requested
    from linkrevive.cli.progress import TerminalProgress
    from linkrevive.cli.report import print_report
    from linkrevive.domain.errors import InputError
    from linkrevive.services import contacts_import

    try:
        with TerminalProgress(f"Importing {args.path.name}") as bar:
            report = contacts_import.import_contacts(
                workspace,
                args.path,
                fmt=args.format,
                me=args.me,
                progress=bar.update,
                cancelled=stop_requested,
            )
    except InputError as exc:
        if args.format is None and exc.code != "not_found" and _is_linkedin_export(args.path):
            raise InputError(
                "bad_option",
                detail=f"{args.path} is a LinkedIn export; import it with "
                f"'linkrevive import linkedin {args.path}'.",
            ) from exc
        raise
    return print_report(report)


def _is_linkedin_export(path: Path) -> bool:
    """Whether the LinkedIn reader takes ``path`` (asked only once the contacts readers refused)."""
    from linkrevive.domain.errors import InputError
    from linkrevive.importers.linkedin import read_linkedin_export

    try:
        read_linkedin_export(path)
    except (InputError, OSError, ValueError):
        return False
    return True


def _password_from_stdin() -> str:
    from linkrevive.domain.errors import InputError

    line = sys.stdin.readline()
    password = line.removesuffix("\n").removesuffix("\r")
    if not password:
        raise InputError("bad_option", detail="--password-stdin: standard input gave no password.")
    return password


def _ask_password(account: str, remembered: bool) -> str:
    from linkrevive.domain.errors import InputError

    if not sys.stdin.isatty():
        if remembered:
            raise InputError("no_password", detail=f"{account} (run once from a terminal)")
        raise InputError(
            "bad_option",
            detail=f"No password store (keyring) is available to hold the password of {account}: "
            "run from a terminal to type it, or give it with --password-stdin.",
        )
    if remembered:
        return getpass.getpass("IMAP password (stored in your keyring): ")
    print(
        "No password store (keyring) is available: the password is used for this run only "
        "and will not be remembered.",
        file=sys.stderr,
    )
    return getpass.getpass("IMAP password (this run only, not remembered): ")


def _import_imap(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.cli.interrupts import stop_requested
    from linkrevive.cli.progress import TerminalProgress
    from linkrevive.cli.report import print_report
    from linkrevive.services import imap_import, secrets

    account = f"{args.user}@{args.host}"
    password = _password_from_stdin() if args.password_stdin else None
    remembered = password is None and secrets.available()
    with TerminalProgress(f"Reading {args.folder} on {args.host}") as bar:
        report = imap_import.import_imap(
            workspace,
            host=args.host,
            port=args.port,
            user=args.user,
            folder=args.folder,
            sent=args.sent,
            since=args.since,
            security=args.security,
            me=args.me,
            ask_password=lambda: _ask_password(account, remembered),
            password=password,
            remember=password is None,
            progress=bar.update,
            cancelled=stop_requested,
            on_folder=lambda folder: bar.relabel(
                f"Reading {folder} on {args.host}"
                if folder
                else f"Reading the sent folder on {args.host}"
            ),
        )
    code = print_report(report)
    if args.password_stdin:
        print("The password was used for this run only; it was not stored.")
    elif not remembered:
        print("The password was used for this run only; it was not remembered (no keyring).")
    return code


def _people(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.domain.filters import SHOW_ALL, SHOW_PEOPLE, kind_of, shows_kind
    from linkrevive.services import consultants, queries

    show = SHOW_ALL if args.all else (args.kind or SHOW_PEOPLE)
    # The listing of SPEC §5; a "kind" column when the user asked about kinds.
    columns = PEOPLE_COLUMNS if show == SHOW_PEOPLE else (*PEOPLE_COLUMNS, "kind")
    rows: list[dict[str, Any]] = [
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
    if consultants.is_team(workspace):  # a shared database: who else knows each person
        columns = (*columns, "also_connected")
        urls = {row["linkedin_url"] for row in rows if row["linkedin_url"]}
        user = consultants.current_user(args.as_user)
        known = consultants.also_connected(workspace, urls, user=user)
        for row in rows:
            row["also_connected"] = [
                {"name": tie.name, "since": tie.connected_on}
                for tie in known.get(row["linkedin_url"] or "", [])
            ]
    for row in rows:
        row["linkedin_url"] = public_url(row["linkedin_url"])
    print_rows(columns, rows, args.format)
    return 0

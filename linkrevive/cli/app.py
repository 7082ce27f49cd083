"""The command line (SPEC §5): a thin face over the services."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn

from linkrevive import __version__
from linkrevive.cli.interrupts import stop_on_signals, stop_requested
from linkrevive.cli.output import print_rows
from linkrevive.cli.progress import TerminalProgress
from linkrevive.cli.report import print_report
from linkrevive.domain.enums import SignalKind
from linkrevive.domain.errors import Cancelled, InputError
from linkrevive.domain.phrases import signal_detail
from linkrevive.services import linkedin_import, queries
from linkrevive.services.workspace import Workspace

FORMATS = ("table", "csv", "json")


class UsageError(Exception):
    """A command line that does not parse; exits with status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-sentence errors instead of usage dumps."""

    def error(self, message: str) -> NoReturn:
        if "invalid choice" in message:
            bad = message.split("invalid choice: ", 1)[1].split(" (", 1)[0]
            message = f"unknown command {bad}"
        raise UsageError(f"{self.prog}: {message}; run '{self.prog} --help' for help.")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (expected YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = _Parser(
        prog="linkrevive",
        description="Revive dormant leads from your email and LinkedIn history.",
    )
    parser.add_argument("--version", action="version", version=f"linkrevive {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL (default: $LINKREVIVE_DB or the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    imp = commands.add_parser("import", help="import a LinkedIn export, contacts or a mailbox")
    sources = imp.add_subparsers(dest="source", metavar="SOURCE", required=True)
    li = sources.add_parser("linkedin", help="LinkedIn export: .zip, folder or Connections.csv")
    li.add_argument("path", type=Path)
    li.add_argument(
        "--allow-removals",
        action="store_true",
        help="mark the connections missing from the export removed even when many are "
        "missing (else such an export is taken as partial and nobody is removed)",
    )
    li.set_defaults(handler=_import_linkedin, writes=True)
    from linkrevive.cli.email_commands import register_imports

    register_imports(sources)

    for name, help_text in (
        ("connections", "list every LinkedIn profile"),
        ("signals", "list what changed (signals of renewed activity)"),
    ):
        listing = commands.add_parser(name, help=help_text)
        listing.add_argument("--format", choices=FORMATS, default="table")
        if name == "signals":
            listing.add_argument("--since", type=_iso_date)
            listing.add_argument("--kind", choices=[k.value for k in SignalKind])
            listing.set_defaults(handler=_signals)
        else:
            listing.set_defaults(handler=_connections)

    demo = commands.add_parser("demo", help="fill the database with a realistic demo world")
    demo.add_argument("--as-of", type=_iso_date, help="the demo's today (YYYY-MM-DD)")
    demo.set_defaults(handler=_demo)

    extend_parser(commands)
    return parser


def extend_parser(commands: Any) -> None:
    """Add the sub-commands of the other command modules (one module per area)."""
    from linkrevive.cli import email_commands, pairing_commands, revival_commands, sender_commands

    for module in (email_commands, pairing_commands, revival_commands, sender_commands):
        module.register(commands)


# -- handlers --------------------------------------------------------------------------------


def _import_linkedin(workspace: Workspace, args: argparse.Namespace) -> int:
    with TerminalProgress("Importing LinkedIn export") as bar:
        report = linkedin_import.import_linkedin(
            workspace,
            args.path,
            progress=bar.update,
            cancelled=stop_requested,
            allow_removals=args.allow_removals,
        )
    print_report(report)
    return 0


def _demo(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import demo

    demo.build_demo(workspace, as_of=args.as_of)
    print("Demo world ready: try 'linkrevive today' or open the app with 'linkrevive'.")
    return 0


def _connections(workspace: Workspace, args: argparse.Namespace) -> int:
    columns = (
        "name",
        "linkedin_url",
        "email",
        "company",
        "position",
        "connected_on",
        "status",
        "history",
    )
    rows = []
    for p in queries.connections(workspace):
        earlier = [
            {
                "company": h.company,
                "position": h.position,
                "first_seen": h.first_seen,
                "last_seen": h.last_seen,
            }
            for h in p.history
            if (h.company, h.position) != (p.company, p.position)
        ]
        if args.format != "json":
            earlier = [f"{h['position']} @ {h['company']}" for h in earlier]  # type: ignore[misc]
        rows.append(
            {
                "name": p.name,
                "linkedin_url": p.url if p.url.startswith("http") else None,
                "email": p.email,
                "company": p.company,
                "position": p.position,
                "connected_on": p.connected_on,
                "status": p.status.value,
                "history": earlier,
            }
        )
    print_rows(columns, rows, args.format)
    return 0


def _signals(workspace: Workspace, args: argparse.Namespace) -> int:
    since = (
        datetime(args.since.year, args.since.month, args.since.day, tzinfo=UTC)
        if args.since
        else None
    )
    kind = SignalKind(args.kind) if args.kind else None
    rows = [
        {
            "date": s.occurred_at,
            "kind": s.kind.value,
            "name": s.name,
            "email": s.email,
            "linkedin_url": s.linkedin_url,
            "detail": signal_detail(s.kind, s.params),
        }
        for s in queries.signals(workspace, since=since, kind=kind)
    ]
    print_rows(("date", "kind", "name", "email", "linkedin_url", "detail"), rows, args.format)
    return 0


# -- entry point -----------------------------------------------------------------------------


def _no_display() -> bool:
    """True on a Linux session without X11 or Wayland, where Qt would abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(argv: Sequence[str], open_app: Callable[[str | None], int] | None = None) -> int:
    """Run one command; returns the exit status.

    With no command, ``open_app(db)`` opens the desktop app: the entry point passes it, so
    the command line never imports the GUI face itself.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    if args.command is None:
        if _no_display():
            print(
                "linkrevive: no graphical display is available to open the app; run a command "
                "(see 'linkrevive --help') or set QT_QPA_PLATFORM.",
                file=sys.stderr,
            )
            return 1
        if open_app is None:
            print("linkrevive: a command is needed; see 'linkrevive --help'.", file=sys.stderr)
            return 2
        return open_app(args.db)
    if not hasattr(args, "handler"):
        print(f"linkrevive {args.command}: missing arguments; see --help.", file=sys.stderr)
        return 2
    try:
        workspace = Workspace.open(args.db)
        try:
            writes = bool(getattr(args, "writes", False))
            with stop_on_signals(enabled=writes):
                code = int(args.handler(workspace, args))
                late = stop_requested()
            if late:  # the work was past its last cancel check: it ended and was saved
                print(
                    "linkrevive: interrupted too late to cancel: the command had finished "
                    "and its changes are saved.",
                    file=sys.stderr,
                )
            return code
        finally:
            workspace.close()
    except InputError as exc:
        print(f"linkrevive: {exc.message()}", file=sys.stderr)
        return 1
    except Cancelled:  # raised by a writing command before its commit: all rolled back
        print("linkrevive: cancelled; the database is unchanged.", file=sys.stderr)
        return 130
    except KeyboardInterrupt:  # a reading command (writing ones stop at a safe point)
        print("linkrevive: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("LINKREVIVE_DEBUG"):
            traceback.print_exc()
        print(
            f"linkrevive: unexpected error ({type(exc).__name__}: {exc}); nothing was changed. "
            "Set LINKREVIVE_DEBUG=1 to see the details.",
            file=sys.stderr,
        )
        return 70

"""The command line (SPEC §5): a thin face over the services."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from linkrevive import __version__
from linkrevive.cli.interrupts import stop_on_signals, stop_requested
from linkrevive.cli.output import FORMAT_HELP, print_rows, public_url

if TYPE_CHECKING:  # the services (and SQLAlchemy under them) load only when a command runs
    from linkrevive.services.workspace import Workspace

FORMATS = ("table", "csv", "json")
#: Kinds of signal (``SignalKind`` values), listed here so that parsing imports no engine;
#: a test checks that they are the enum's.
SIGNAL_KINDS = (
    "job_change",
    "title_change",
    "reconnected",
    "linkedin_message",
    "linkedin_invitation",
    "email_inbound",
    "manual",
)
#: Metavars of the sub-command positions: a bad value there is an unknown command.
_COMMAND_METAVARS = frozenset({"COMMAND", "SOURCE", "LIST", "ACTION"})
_INVALID_CHOICE = re.compile(r"argument (.+?): invalid choice: (.+?) \(choose from (.*)\)$")

DESCRIPTION = """\
Revive dormant leads from your email and LinkedIn history.

Every command works on the database and prints its result; no command opens the window.
Run 'linkrevive' with no command (or 'linkrevive-gui') to open the desktop app."""

EPILOG = """\
examples:
  linkrevive --db leads.sqlite3 import linkedin Basic_LinkedInDataExport.zip
  linkrevive --db leads.sqlite3 import contacts suivi-prospects.csv
  linkrevive --db leads.sqlite3 today
Run 'linkrevive COMMAND --help' for the options of one command."""


class UsageError(Exception):
    """A command line that does not parse; exits with status 2."""


def _unquote(text: str) -> str:
    return text.strip().strip("'\"")


class _Parser(argparse.ArgumentParser):
    """argparse with one-sentence errors instead of usage dumps."""

    def error(self, message: str) -> NoReturn:
        found = _INVALID_CHOICE.match(message)
        if found:
            where, bad, valid = found.groups()
            names = ", ".join(_unquote(v) for v in valid.split(", "))
            if where in _COMMAND_METAVARS:
                message = f"unknown command '{_unquote(bad)}' (commands: {names})"
            else:
                message = f"unknown value '{_unquote(bad)}' for {where}; use one of: {names}"
        raise UsageError(f"{self.prog}: {message}; run '{self.prog} --help' for help.")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (expected YYYY-MM-DD)") from None


def add_format(parser: argparse.ArgumentParser) -> None:
    """The ``--format table|csv|json`` option of a listing."""
    parser.add_argument("--format", choices=FORMATS, default="table", help=FORMAT_HELP)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command (imports nothing beyond the standard library)."""
    parser = _Parser(
        prog="linkrevive",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"linkrevive {__version__}",
        help="print the version and exit",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL (default: $LINKREVIVE_DB or linkrevive.sqlite3 in "
        "the user data folder); a missing file is created only by commands that write",
    )
    parser.add_argument(
        "--as-user",
        metavar="NAME",
        help="your name in a database shared by a team: your LinkedIn imports are your own "
        "network, and listings say who else knows a person (default: $LINKREVIVE_USER, "
        "else the name saved in the app's settings, else the database's only user)",
    )
    parser.add_argument(
        "--as-of",
        dest="window_as_of",
        metavar="DATE",
        help="without a command: open the window ranking leads as of DATE (YYYY-MM-DD)",
    )
    commands = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        parser_class=_Parser,
        help="one of the commands below (none: open the desktop app)",
    )

    imp = commands.add_parser("import", help="import a LinkedIn export, contacts or a mailbox")
    imp.set_defaults(writes=True)
    sources = imp.add_subparsers(
        dest="source", metavar="SOURCE", required=True, help="what to import"
    )
    li = sources.add_parser("linkedin", help="LinkedIn export: .zip, folder or Connections.csv")
    li.add_argument(
        "path",
        type=Path,
        help="the export's .zip as downloaded, its unzipped folder, or Connections.csv",
    )
    li.add_argument(
        "--allow-removals",
        action="store_true",
        help="mark the connections missing from the export removed even when many are "
        "missing (else such an export is taken as partial and nobody is removed); for an "
        "export with no date of its own: apply it as your newest, dated today (else it "
        "changes nothing the database knows)",
    )
    li.add_argument(
        "--as-user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="whose LinkedIn network this export is, in a database shared by a team",
    )
    li.set_defaults(handler=_import_linkedin, writes=True)
    from linkrevive.cli.email_commands import register_imports

    register_imports(sources)

    for name, help_text in (
        ("connections", "list every LinkedIn profile"),
        ("signals", "list what changed (signals of renewed activity)"),
    ):
        listing = commands.add_parser(name, help=help_text)
        add_format(listing)
        listing.add_argument(
            "--team",
            action="store_true",
            help="in a database shared by a team: everyone's (default: your own network)",
        )
        if name == "signals":
            listing.add_argument(
                "--since", type=_iso_date, metavar="DATE", help="only signals from DATE on"
            )
            listing.add_argument("--kind", choices=SIGNAL_KINDS, help="only signals of this kind")
            listing.set_defaults(handler=_signals)
        else:
            listing.set_defaults(handler=_connections)

    demo = commands.add_parser("demo", help="fill an empty database with a realistic demo world")
    demo.add_argument("--as-of", type=_iso_date, help="the demo's today (YYYY-MM-DD)")
    demo.set_defaults(handler=_demo, writes=True)

    extend_parser(commands)
    return parser


def extend_parser(commands: Any) -> None:
    """Add the sub-commands of the other command modules (one module per area)."""
    from linkrevive.cli import email_commands, pairing_commands, revival_commands, sender_commands

    for module in (email_commands, pairing_commands, revival_commands, sender_commands):
        module.register(commands)


# -- handlers --------------------------------------------------------------------------------


def _import_linkedin(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.cli.progress import TerminalProgress
    from linkrevive.cli.report import print_report
    from linkrevive.services import consultants, linkedin_import

    with TerminalProgress("Importing LinkedIn export") as bar:
        report = linkedin_import.import_linkedin(
            workspace,
            args.path,
            progress=bar.update,
            cancelled=stop_requested,
            allow_removals=args.allow_removals,
            user=consultants.current_user(args.as_user),
        )
    return print_report(report)


def _demo(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import demo

    demo.fill_empty(workspace, as_of=args.as_of)
    print("Demo world ready: try 'linkrevive today' or open the app with 'linkrevive'.")
    return 0


def _connections(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import queries

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
    for p in queries.connections(workspace, team=args.team):
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
                "linkedin_url": public_url(p.url),
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
    from linkrevive.domain.enums import SignalKind
    from linkrevive.domain.phrases import signal_detail
    from linkrevive.services import queries

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
            "linkedin_url": public_url(s.linkedin_url),
            "detail": signal_detail(s.kind, s.params),
        }
        for s in queries.signals(workspace, since=since, kind=kind, team=args.team)
    ]
    print_rows(("date", "kind", "name", "email", "linkedin_url", "detail"), rows, args.format)
    return 0


# -- entry point -----------------------------------------------------------------------------


def _no_display() -> bool:
    """True on a Linux session without X11 or Wayland, where Qt would abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _sqlite_file(location: str) -> Path | None:
    """The file of a SQLite ``--db`` value (a path or a ``sqlite:///`` URL); None for servers."""
    if location.startswith("sqlite:///"):
        rest = location.removeprefix("sqlite:///").split("?", 1)[0]  # ?mode=ro and the like
        return None if not rest or rest.startswith(":memory:") else Path(rest)
    if "://" in location or location == ":memory:":
        return None
    return Path(location).expanduser()


def _location(db: str | None) -> str:
    if db:
        return db
    explicit = os.environ.get("LINKREVIVE_DB", "").strip()
    if explicit:
        return explicit
    from linkrevive.services.workspace import default_database_location

    return default_database_location()


class _NewDatabase:
    """A SQLite file a writing command is about to create: said on stderr, undone on failure."""

    def __init__(self, path: Path) -> None:
        self.path = path
        missing = []
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            missing.append(folder)
            folder = folder.parent
        self.folders = missing  # innermost first
        self.had_backups = (path.parent / "backups").exists()

    def claim(self) -> bool:
        """Create the empty file (SQLite makes a database of it), exclusively: False when
        another process created it first — then it is theirs, and never removed here."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.close(os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            return False
        return True

    def announce(self) -> None:
        print(f"linkrevive: created a new database at {self.path}", file=sys.stderr)

    def undo(self) -> None:
        """Remove what the failed command created: the file, its journal, backups, folders."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        backups = self.path.parent / "backups"
        if not self.had_backups and backups.is_dir():
            for copy in backups.glob(f"{self.path.stem}-*"):
                copy.unlink(missing_ok=True)
            _rmdir(backups)
        for folder in self.folders:
            _rmdir(folder)


def _rmdir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty (someone else's files) or gone: leave it
        folder.rmdir()


def run(argv: Sequence[str], open_app: Callable[[str | None], int] | None = None) -> int:
    """Run one command; returns the exit status.

    With no command, ``open_app(db)`` opens the desktop app: the entry point passes it, so
    the command line never imports the GUI face itself. A SQLite file that does not exist
    is created only by a command that writes (and said so on stderr); a reading command
    on a missing file says so and changes nothing.
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
        if args.as_user and args.as_user.strip():
            # The window acts as NAME on every thread it runs, as a command does.
            from linkrevive.services.consultants import USER_ENV

            os.environ[USER_ENV] = args.as_user.strip()
        return open_app(args.db)
    if not hasattr(args, "handler"):
        print(f"linkrevive {args.command}: missing arguments; see --help.", file=sys.stderr)
        return 2
    new: _NewDatabase | None = None
    try:
        location = _location(args.db)
        file = _sqlite_file(location)
        if file is not None and not file.exists():
            if not getattr(args, "writes", False):
                print(
                    f"linkrevive: there is no database at {file} (the file does not exist); "
                    "check --db, or create it with an import or 'linkrevive demo'.",
                    file=sys.stderr,
                )
                return 1
            new = _NewDatabase(file.resolve())
            if not new.claim():  # another command created it meanwhile
                new = None
        from linkrevive.domain.errors import Cancelled, InputError
        from linkrevive.services.workspace import Workspace
    except BrokenPipeError:
        return 0
    code = 70
    try:
        workspace = Workspace.open(location)  # runs the migrations before any command
        try:
            writes = bool(getattr(args, "writes", False))
            from linkrevive.services.consultants import acting_as

            # --as-user is the current user of every service the command calls.
            with stop_on_signals(enabled=writes), acting_as(getattr(args, "as_user", None)):
                code = int(args.handler(workspace, args))
                late = stop_requested()
            if late:  # the work was past its last cancel check: it ended and was saved
                print(
                    "linkrevive: interrupted too late to cancel: the command had finished "
                    "and its changes are saved.",
                    file=sys.stderr,
                )
            if new is not None and code in (0, 3):  # 3: saved without some rows, kept
                new.announce()  # once it holds what the command wrote (a failure removes it)
            return code
        finally:
            workspace.close()
    except InputError as exc:
        code = 1
        print(f"linkrevive: {exc.message()}", file=sys.stderr)
        return code
    except Cancelled:  # raised by a writing command before its commit: all rolled back
        code = 130
        print("linkrevive: cancelled; the database is unchanged.", file=sys.stderr)
        return code
    except KeyboardInterrupt:  # a reading command (writing ones stop at a safe point)
        code = 130
        print("linkrevive: interrupted.", file=sys.stderr)
        return code
    except BrokenPipeError:
        code = 0
        return code
    except Exception as exc:
        if os.environ.get("LINKREVIVE_DEBUG"):
            traceback.print_exc()
        from linkrevive.domain.redact import redact

        # The first line only: a database error goes on with the statement and its rows.
        lines = redact(str(exc)).strip().splitlines()
        print(
            f"linkrevive: unexpected error ({type(exc).__name__}: {lines[0] if lines else ''}); "
            "nothing was changed. Set LINKREVIVE_DEBUG=1 to see the details.",
            file=sys.stderr,
        )
        return code
    finally:
        # 3 (report.ROWS_REJECTED): the import was saved without some rows; keep the file.
        if new is not None and code not in (0, 3):
            new.undo()

"""Sub-commands of the revival area: today, exports, lead actions, signals, forget."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from linkrevive.cli.output import FORMAT_HELP, print_rows

if TYPE_CHECKING:  # loaded by the handlers only: parsing stays fast
    from linkrevive.domain.enums import Stage, StallReason
    from linkrevive.services.workspace import Workspace

FORMATS = ("table", "csv", "json")
#: ``revival.EXPORT_FORMATS``, listed here so that parsing imports no service (a test compares).
EXPORT_FORMATS = ("csv", "xlsx")
LANGS = ("en", "fr")
TODAY_COLUMNS = (
    "name",
    "company",
    "email",
    "linkedin_url",
    "last_exchange",
    "stage",
    "stall_reason",
    "score",
    "reasons",
)
#: Added to the SPEC §5 columns: the list's section (``fresh``, ``due`` or ``network``: "new
#: in your network", not a prospect), the why-now line, the suggested opener, and whether the
#: lead is new since the last recorded look at Today (see ``today --mark-seen``).
EXTRA_COLUMNS = ("section", "why_now", "opener", "new")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Words that clear a stage or stall reason ("unknown" is the SPEC's own word for it).
_CLEAR = frozenset({"unknown", "none", "inconnu", "inconnue", "aucun", "aucune", "-"})


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (expected YYYY-MM-DD)") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of leads")
    return value


def register(commands: Any) -> None:
    """Add this area's sub-commands to the parser."""
    today = commands.add_parser("today", help="the ranked list of dormant leads to revive")
    today.add_argument("--as-of", type=_iso_date, metavar="DATE", help="fix today (ISO date)")
    today.add_argument("--limit", type=_positive, metavar="N", help="show the first N leads")
    today.add_argument("--format", choices=FORMATS, default="table", help=FORMAT_HELP)
    today.add_argument(
        "--lang", choices=LANGS, default="en", help="language of the reasons and openers"
    )
    today.add_argument(
        "--new",
        action="store_true",
        help="only the leads new since the last recorded look at Today (a lead or a sign "
        "that appeared since, or a snooze that ended)",
    )
    today.add_argument(
        "--mark-seen",
        action="store_true",
        help="record this look as the day's visit, as the window does when it shows Today "
        "(without it, the command changes nothing, so scripts do not move 'since')",
    )
    today.set_defaults(handler=_today)

    export = commands.add_parser("export", help="export the reactivation or to-connect list")
    kinds = export.add_subparsers(
        dest="export_kind", metavar="LIST", required=True, help="which list to export"
    )
    reactivation = kinds.add_parser(
        "reactivation", help="the ranked list with a suggested opener per lead"
    )
    reactivation.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the file to write ('-': standard output)",
    )
    reactivation.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default=None,
        help="csv or xlsx (default: from the file's extension)",
    )
    reactivation.add_argument(
        "--as-of", type=_iso_date, metavar="DATE", help="fix today (ISO date)"
    )
    reactivation.add_argument(
        "--delimiter", default=",", metavar="CHAR", help="CSV separator (';' for French Excel)"
    )
    reactivation.add_argument(
        "--lang", choices=LANGS, default="en", help="language of the reasons and openers"
    )
    reactivation.set_defaults(handler=_export_reactivation)
    connect = kinds.add_parser("to-connect", help="email contacts not yet connected on LinkedIn")
    connect.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the CSV file to write ('-': standard output)",
    )
    connect.add_argument(
        "--delimiter", default=",", metavar="CHAR", help="CSV separator (';' for French Excel)"
    )
    connect.set_defaults(handler=_export_to_connect)

    lead = commands.add_parser("lead", help="snooze, dismiss, mark revived, or set a stage")
    lead.set_defaults(writes=True)
    actions = lead.add_subparsers(
        dest="lead_action", metavar="ACTION", required=True, help="what to do with the lead"
    )
    snooze = actions.add_parser("snooze", help="hide a lead until a date")
    snooze.add_argument("who", metavar="EMAIL", help="the lead's email address")
    snooze.add_argument(
        "--until", type=_iso_date, required=True, metavar="DATE", help="back on that day"
    )
    snooze.set_defaults(handler=_snooze)
    dismiss = actions.add_parser("dismiss", help="never propose a lead again")
    dismiss.add_argument("who", metavar="EMAIL", help="the lead's email address")
    dismiss.add_argument("--reason", default="", metavar="TEXT", help="why, for your records")
    dismiss.set_defaults(handler=_dismiss)
    revived = actions.add_parser("revived", help="the lead answered: log it, take it off")
    revived.add_argument("who", metavar="EMAIL", help="the lead's email address")
    revived.add_argument("--date", type=_iso_date, metavar="DATE", help="when (default: now)")
    revived.set_defaults(handler=_revived)
    dnc = actions.add_parser("dnc", help="do not contact this person")
    dnc.add_argument("who", metavar="EMAIL", help="the lead's email address")
    dnc.set_defaults(handler=_dnc)
    active = actions.add_parser("reactivate", help="undo snooze, dismiss, revived or dnc")
    active.add_argument("who", metavar="EMAIL", help="the lead's email address")
    active.set_defaults(handler=_reactivate)
    stage = actions.add_parser("set", help="set the stage reached and the stall reason")
    stage.add_argument("who", metavar="EMAIL", help="the lead's email address")
    stage.add_argument("--stage", metavar="S", help="e.g. call_postponed or 'Appel reporté'")
    stage.add_argument("--stall-reason", metavar="R", help="e.g. no_time or 'Manque de temps'")
    stage.set_defaults(handler=_set_stage)

    signal = commands.add_parser("signal", help="record a sign of renewed activity")
    signal.set_defaults(writes=True)
    signal_actions = signal.add_subparsers(
        dest="signal_action", metavar="ACTION", required=True, help="add: record one"
    )
    add = signal_actions.add_parser("add", help="a manual signal, e.g. 'viewed my profile'")
    add.add_argument("who", metavar="EMAIL", help="the person's email address")
    add.add_argument("--note", required=True, metavar="TEXT", help="what you saw")
    add.add_argument("--date", type=_iso_date, metavar="DATE", help="when (default: now)")
    add.set_defaults(handler=_signal_add)

    forget = commands.add_parser(
        "forget", help="erase a person everywhere and never import them again (GDPR)"
    )
    forget.add_argument(
        "who", metavar="EMAIL_OR_URL", help="an email address or a LinkedIn profile URL"
    )
    forget.set_defaults(handler=_forget, writes=True)


# -- handlers --------------------------------------------------------------------------------


def _today(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import consultants, morning

    found = morning.morning_news(
        workspace,
        as_of=args.as_of,
        limit=None if args.new else args.limit,
        lang=args.lang,
        mark_seen=args.mark_seen,
    )
    items = found.new_items if args.new else found.items
    if args.new and args.limit is not None:
        items = items[: args.limit]
    # A shared database: who else knows each lead, and for leads only teammates know,
    # whom to ask for an introduction.
    user = consultants.current_user(args.as_user)
    urls = {i.linkedin_url for i in items if i.linkedin_url}
    paths = consultants.warm_paths(workspace, urls, user=user)
    team = consultants.is_team(workspace)
    others = consultants.also_connected(workspace, urls, user=user) if team else {}
    rows: list[dict[str, Any]] = [
        {
            "name": i.name,
            "company": i.company,
            "email": i.email,
            "linkedin_url": i.linkedin_url,
            "last_exchange": i.last_exchange.date() if i.last_exchange else None,
            "stage": i.stage.value if i.stage is not None else None,
            "stall_reason": i.stall_reason.value if i.stall_reason is not None else None,
            "score": i.score,
            "reasons": i.reasons,
            "section": i.section,
            "why_now": i.why_now,
            "opener": consultants.with_warm_path(i.opener, paths.get(i.linkedin_url or "")).get(
                args.lang, ""
            ),
            "new": found.is_new(i),
        }
        for i in items
    ]
    if args.format == "table":
        # One line per lead: the leading reason is what a person scans for.
        for row, item in zip(rows, items, strict=True):
            row["reasons"] = item.why_now
            row["new"] = "new" if row["new"] else ""
        print_rows((*TODAY_COLUMNS, "section", "new"), rows, args.format)
        if not items and not args.new:
            print(
                f"Nothing to revive on {found.as_of.isoformat()}: no dormant lead shows a new "
                "sign, and none is due for a revisit."
            )
        if found.since is not None or args.new:
            print(_since_line(len(found.new_items), found.since, found.as_of))
        if found.more_due and not args.new:
            print(f"{found.more_due} more due — see Prospects, filter Dormant.")
        return 0
    columns: tuple[str, ...] = (*TODAY_COLUMNS, *EXTRA_COLUMNS)
    if team:
        columns = (*columns, "also_connected")
        for row in rows:
            ties = others.get(row["linkedin_url"] or "", [])
            row["also_connected"] = [{"name": t.name, "since": t.connected_on} for t in ties]
    print_rows(columns, rows, args.format)
    return 0


def _since_line(count: int, since: date | None, as_of: date) -> str:
    """The table's last line: how many leads are new and since which look at Today."""
    if since is None:
        return "No earlier look at Today recorded: nothing is marked new (see --mark-seen)."
    leads = "lead" if count == 1 else "leads"
    days = (as_of - since).days
    when = (
        "yesterday"
        if days == 1
        else f"{_WEEKDAYS[since.weekday()]} {since.isoformat()}"
        if days < 7
        else since.isoformat()
    )
    return f"{count} new {leads} since {when}."


def _report_stream(path: Path) -> TextIO:
    """Where an export's summary goes: stderr when the export itself is on stdout."""
    return sys.stderr if str(path) == "-" else sys.stdout


def _export_reactivation(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import revival

    path: Path = args.output
    fmt = args.format or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")
    count = revival.export_reactivation(
        workspace, path, fmt=fmt, as_of=args.as_of, delimiter=args.delimiter, lang=args.lang
    )
    # With '-o -' the list itself is on standard output: the count goes to stderr.
    print(f"{path}: {count} lead{'s' if count != 1 else ''} exported.", file=_report_stream(path))
    return 0


def _export_to_connect(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import revival

    path: Path = args.output
    count = revival.export_to_connect(workspace, path, delimiter=args.delimiter)
    print(
        f"{path}: {count} contact{'s' if count != 1 else ''} to connect with exported.",
        file=_report_stream(path),
    )
    return 0


def _snooze(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import leads

    leads.snooze(workspace, leads.resolve_person(workspace, args.who), args.until)
    print(f"{args.who}: snoozed until {args.until.isoformat()}.")
    return 0


def _dismiss(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import leads

    leads.dismiss(workspace, leads.resolve_person(workspace, args.who), args.reason)
    print(f"{args.who}: dismissed.")
    return 0


def _midnight(day: date | None) -> datetime | None:
    return datetime(day.year, day.month, day.day, tzinfo=UTC) if day is not None else None


def _revived(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import leads

    person_id = leads.resolve_person(workspace, args.who)
    leads.mark_revived(workspace, person_id, _midnight(args.date))
    print(f"{args.who}: marked revived.")
    return 0


def _dnc(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import leads

    leads.do_not_contact(workspace, leads.resolve_person(workspace, args.who))
    print(f"{args.who}: marked do-not-contact.")
    return 0


def _reactivate(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import leads

    leads.reactivate(workspace, leads.resolve_person(workspace, args.who))
    print(f"{args.who}: active again.")
    return 0


def _stage(text: str) -> Stage | None:
    from linkrevive.domain.enums import Stage
    from linkrevive.domain.errors import InputError
    from linkrevive.domain.vocabulary import parse_stage

    if text.strip().casefold() in _CLEAR:
        return None
    stage = parse_stage(text)
    if stage is None:
        names = ", ".join(s.value for s in Stage)
        raise InputError(
            "bad_option", detail=f"'{text}' is not a stage; use one of {names} (or unknown)."
        )
    return stage


def _stall(text: str) -> StallReason | None:
    from linkrevive.domain.enums import StallReason
    from linkrevive.domain.errors import InputError
    from linkrevive.domain.vocabulary import parse_stall_reason

    if text.strip().casefold() in _CLEAR:
        return None
    reason = parse_stall_reason(text)
    if reason is None:
        names = ", ".join(r.value for r in StallReason)
        raise InputError(
            "bad_option",
            detail=f"'{text}' is not a stall reason; use one of {names} (or unknown).",
        )
    return reason


def _set_stage(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.domain.errors import InputError
    from linkrevive.services import leads

    if args.stage is None and args.stall_reason is None:
        raise InputError("bad_option", detail="lead set needs --stage, --stall-reason or both.")
    stage = _stage(args.stage) if args.stage is not None else leads.KEEP
    stall = _stall(args.stall_reason) if args.stall_reason is not None else leads.KEEP
    person_id = leads.resolve_person(workspace, args.who)
    leads.set_stage(workspace, [person_id], stage=stage, stall_reason=stall)
    parts = []
    if stage is not leads.KEEP:
        parts.append(f"stage {stage.value if stage is not None else 'unknown'}")
    if stall is not leads.KEEP:
        parts.append(f"stall reason {stall.value if stall is not None else 'unknown'}")
    print(f"{args.who}: {', '.join(parts)}.")
    return 0


def _signal_add(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import leads

    person_id = leads.resolve_person(workspace, args.who)
    leads.add_signal(workspace, person_id, note=args.note, when=_midnight(args.date))
    print(f"{args.who}: signal recorded.")
    return 0


def _forget(workspace: Workspace, args: argparse.Namespace) -> int:
    from linkrevive.services import forgetting  # loaded by this command only

    report = forgetting.forget(workspace, args.who)
    done = ", ".join(f"{n} {kind}" for kind, n in report.counts.items() if n)
    print(
        f"{args.who}: forgotten ({done or 'nothing else stored'}); it will not be imported again."
    )
    for url in report.suggested:
        print(f"Also forgotten: {url}, a LinkedIn profile suggested as the same person.")
    copies = report.backups_rewritten
    if copies:
        print(
            f"Rewritten without them: {len(copies)} backup cop{'ies' if len(copies) > 1 else 'y'}."
        )
    for copy in report.backups_removed:
        print(f"Removed: {copy}, a backup copy that held them and could not be rewritten.")
    return 0

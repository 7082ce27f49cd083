"""The GUI's one collaborator over the services: reads and writes, long work as tasks.

Widgets receive a :class:`Backend` in their constructor; tests hand them a fake with the same
methods. Every method is a thin call into ``linkrevive.services``; the service modules are
imported lazily so that the window starts fast and only loads what a view needs. The typed
rows it returns live in :mod:`linkrevive.gui.backend_rows` and are importable from here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linkrevive.domain.enums import Channel, Direction, PairStatus, Stage, StallReason
from linkrevive.domain.models import ImportReport, Person, Profile, Signal
from linkrevive.gui.backend_rows import (
    Detail,
    NewsLine,
    PairRow,
    ToConnectRow,
    TodayRow,
    get_field,
    pair_row,
    to_connect_row,
    to_enum,
    today_row,
)

if TYPE_CHECKING:
    from linkrevive.services.contacts_import import HeldAddress
    from linkrevive.services.leads import Replaced

# The rows the views and their tests import with the Backend.
__all__ = [
    "Backend",
    "CancelledFn",
    "Detail",
    "NewsLine",
    "PairRow",
    "ProgressFn",
    "ToConnectRow",
    "TodayRow",
]

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class Backend:
    """The services of one open workspace, as the GUI uses them."""

    def __init__(self, workspace: Any, *, lang: str = "en") -> None:
        self.workspace = workspace
        # Language of the content the services write (why-now reasons, exports).
        self.lang = lang
        # Of the last :meth:`morning`: the day of the previous look at Today (None: none),
        # and per lead the keys of its new signs (for the detail pane's timeline).
        self.today_since: date | None = None
        self._new_signs: dict[int, frozenset[str]] = {}
        self._news: Any = None  # the last morning's services.morning.MorningNews

    @property
    def location(self) -> str:
        return str(getattr(self.workspace.database, "location", ""))

    # -- reads -------------------------------------------------------------------------------

    def people(self) -> list[Person]:
        from linkrevive.services import queries

        return list(queries.people(self.workspace))

    def connections(self) -> list[Profile]:
        from linkrevive.services import queries

        return queries.connections(self.workspace)

    def signals(self) -> list[Signal]:
        from linkrevive.services import queries

        return queries.signals(self.workspace)

    def detail(self, person_id: int) -> Detail | None:
        from linkrevive.services import queries

        d = queries.person_detail(self.workspace, person_id)
        if d is None:
            return None
        profile = get_field(d, "profile")
        person = get_field(d, "person")
        url = person.linkedin_url or (profile.url if profile else None)
        others, connected = self.circle(url) if url else ((), True)
        return Detail(
            person=person,
            profile=profile,
            exchanges=tuple(get_field(d, "exchanges") or ()),
            signals=tuple(get_field(d, "signals") or ()),
            also_connected=others,
            connected=connected,
        )

    def circle(self, url: str) -> tuple[tuple[Any, ...], bool]:
        """The teammates other than the current user connected to the profile at ``url``,
        and whether the current user is connected to it themselves."""
        from linkrevive.services import consultants

        return consultants.circle(self.workspace, url, user=consultants.current_user())

    def user_name(self) -> str:
        """The current user's name in a shared database ("" for the implicit user)."""
        from linkrevive.services import consultants

        return consultants.current_user() or ""

    def set_user_name(self, name: str) -> None:
        """Save the current user's name on this computer (empty: the implicit user)."""
        from linkrevive.services import consultants

        consultants.save_user(name)

    def today(self, *, as_of: date | None = None, limit: int | None = None) -> list[TodayRow]:
        from linkrevive.services import revival

        items = revival.today(self.workspace, as_of=as_of, limit=limit, lang=self.lang)
        return [today_row(i) for i in items]

    def morning(self, *, as_of: date | None = None) -> tuple[list[TodayRow], int]:
        """The Today rows of ``as_of`` and how many more leads are due (not listed); each row
        says whether it is new since the last look (see :meth:`mark_today_seen`)."""
        from linkrevive.services import morning as news
        from linkrevive.services import outcomes
        from linkrevive.services.workspace import gc_paused

        # The whole read holds the collector: the window's collector (GUI thread) would
        # otherwise walk the loading facts and stall the event loop.
        with gc_paused():
            # Ranked with the learned weights; proposals once the list is seen (below).
            found = outcomes.morning(self.workspace, as_of=as_of, lang=self.lang)
            seen = self._news = news.news_of(self.workspace, found)
        self.today_since = seen.since
        self._new_signs = {i.person_id: seen.new_signs(i.person_id) for i in seen.new_items}
        rows = [replace(today_row(i), new=seen.is_new(i)) for i in found.items]
        return self._with_warm_paths(rows), found.more_due

    def _with_warm_paths(self, rows: list[TodayRow]) -> list[TodayRow]:
        """In a shared database, the openers of leads only teammates know start with whom
        to ask for an introduction."""
        from linkrevive.services import consultants

        urls = {r.linkedin_url for r in rows if r.linkedin_url}
        paths = consultants.warm_paths(self.workspace, urls, user=consultants.current_user())
        if not paths:
            return rows
        return [
            replace(r, opener=dict(consultants.with_warm_path(r.opener, paths[r.linkedin_url])))
            if r.linkedin_url in paths
            else r
            for r in rows
        ]

    def mark_today_seen(self) -> None:
        """Record the list of the last :meth:`morning` as the day's look at Today, and its
        rows as the morning's proposals (the revival funnel's first step)."""
        from linkrevive.services import morning as news

        if self._news is not None:
            news.record_visit(self.workspace, self._news)

    def new_signs(self, person_id: int) -> frozenset[str]:
        """Keys (``domain.morning.sign_key``) of the lead's signs new this morning."""
        return self._new_signs.get(person_id, frozenset())

    def nudge_news(self, *, as_of: date | None = None) -> list[NewsLine]:
        """The new leads worth this morning's notification: none when one was already
        shown that day or nothing is new. Looking is not recorded."""
        from linkrevive.services import morning as news

        found = news.nudge_news(self.workspace, as_of=as_of or date.today(), lang=self.lang)
        if found is None:
            return []
        return [NewsLine(i.person_id, i.name, found.news_code(i)) for i in found.new_items]

    def remember_nudge(self, day: date) -> None:
        """Remember that this morning's notification was shown (one a day)."""
        from linkrevive.services import morning as news

        news.remember_nudge(self.workspace, day)

    def to_connect(self) -> list[ToConnectRow]:
        from linkrevive.services import revival
        from linkrevive.services.workspace import gc_paused

        with gc_paused():
            return [to_connect_row(i) for i in revival.to_connect(self.workspace)]

    def pairs(self, status: PairStatus | None = None) -> list[PairRow]:
        from linkrevive.services import pairing

        return [pair_row(i) for i in pairing.list_pairs(self.workspace, status)]

    def keyring_available(self) -> bool:
        """Whether a password store exists (else an IMAP password serves one run only)."""
        from linkrevive.services import secrets

        return secrets.available()

    def has_imap_password(self, user: str, host: str) -> bool:
        """Whether the keyring already holds the password of this IMAP account."""
        from linkrevive.services import secrets

        return secrets.get_password(secrets.imap_account(user, host)) is not None

    def get_me(self) -> list[str]:
        from linkrevive.services import contacts_import

        return list(contacts_import.get_me(self.workspace))

    def addresses_held(self, addresses: Sequence[str]) -> list[HeldAddress]:
        """Which of these addresses people hold (made of them before they were the user's)."""
        from linkrevive.services import contacts_import

        return contacts_import.held_by_people(self.workspace, list(addresses))

    # -- writes ------------------------------------------------------------------------------

    def decide(self, person_id: int, profile_id: int, confirm: bool) -> None:
        from linkrevive.services import pairing

        pairing.decide(self.workspace, person_id, profile_id, confirm)

    def set_stage(
        self, person_ids: Sequence[int], stage: Stage | None, stall_reason: StallReason | None
    ) -> None:
        from linkrevive.services import leads

        # Combo boxes hand enums back as their string values: coerce them again.
        leads.set_stage(
            self.workspace,
            list(person_ids),
            stage=to_enum(Stage, stage),
            stall_reason=to_enum(StallReason, stall_reason),
        )

    def set_sender_kind(self, person_ids: Sequence[int], automated: bool) -> None:
        """The user's word: these people are persons, or automated senders."""
        from linkrevive.domain.senders import SenderKind
        from linkrevive.services import senders

        kind = SenderKind.AUTOMATED if automated else SenderKind.PERSON
        senders.set_sender_kind(self.workspace, kind, person_ids=list(person_ids))

    def set_notes(self, person_id: int, notes: str) -> None:
        from linkrevive.services import leads

        leads.set_notes(self.workspace, person_id, notes)

    def log_exchange(
        self, person_id: int, when: datetime, direction: Direction, channel: Channel, subject: str
    ) -> None:
        from linkrevive.services import leads

        leads.log_exchange(
            self.workspace,
            person_id,
            when=when,
            direction=Direction(direction),
            channel=Channel(channel),
            subject=subject,
        )

    def add_signal(self, person_id: int, note: str, when: datetime) -> None:
        from linkrevive.services import leads

        leads.add_signal(self.workspace, person_id, note=note, when=when)

    # Each lead action returns what it replaced, for the window's undo stack.

    def snooze(self, person_id: int, until: date) -> Replaced:
        from linkrevive.services import leads

        return leads.snooze(self.workspace, person_id, until)

    def dismiss(self, person_id: int, reason: str = "") -> Replaced:
        from linkrevive.services import leads

        return leads.dismiss(self.workspace, person_id, reason)

    def mark_revived(self, person_id: int) -> Replaced:
        from linkrevive.services import leads

        return leads.mark_revived(self.workspace, person_id)

    def do_not_contact(self, person_id: int) -> Replaced:
        from linkrevive.services import leads

        return leads.do_not_contact(self.workspace, person_id)

    def reactivate(self, person_id: int) -> Replaced:
        from linkrevive.services import leads

        return leads.reactivate(self.workspace, person_id)

    def restore_lead(self, person_id: int, previous: Replaced) -> None:
        """Undo a lead action (refused with ``person_changed`` if the lead changed since)."""
        from linkrevive.services import leads

        leads.restore(self.workspace, person_id, previous)

    def reapply_lead(self, person_id: int, previous: Replaced) -> Replaced:
        """Redo a lead action undone by :meth:`restore_lead`."""
        from linkrevive.services import leads

        return leads.reapply(self.workspace, person_id, previous)

    def set_me(self, addresses: Sequence[str]) -> list[HeldAddress]:
        """Replace the user's own addresses, taking them back from the people an earlier
        import made of them; what was taken back."""
        from linkrevive.services import contacts_import

        return contacts_import.set_me(self.workspace, list(addresses))

    def record_opener_copied(self, person_id: int) -> None:
        """Remember that the user copied the opener of a lead."""
        from linkrevive.services import outcomes

        outcomes.record_opener_copied(self.workspace, person_id)

    def funnel(self, *, as_of: date | None = None) -> Any:
        """The revival funnel (``services.outcomes.FunnelReport``)."""
        from linkrevive.services import outcomes

        return outcomes.funnel_report(self.workspace, as_of=as_of)

    def export_funnel(
        self,
        path: Path,
        *,
        as_of: date | None,
        header: Sequence[str],
        label: Callable[[str, str], str],
    ) -> int:
        """Write the funnel as CSV with ``header`` and ``label``led groups; the rows written."""
        from linkrevive.services import outcomes

        return outcomes.export_funnel(self.workspace, path, as_of=as_of, header=header, label=label)

    def learning_enabled(self) -> bool:
        """Whether Today ranks with the sign weights learned from the user's outcomes."""
        from linkrevive.services import outcomes

        return outcomes.learning_enabled(self.workspace)

    def set_learning(self, enabled: bool) -> None:
        """Rank with the learned weights (True) or the default ones."""
        from linkrevive.services import outcomes

        outcomes.set_learning(self.workspace, enabled)

    def get_settings(self) -> Any:
        from linkrevive.services import revival

        return revival.get_settings(self.workspace)

    def save_settings(self, settings: Any) -> None:
        from linkrevive.services import revival

        revival.save_settings(self.workspace, settings)

    # -- long work (run by the task runner, never on the GUI thread) ------------------------

    def import_path(
        self,
        path: Path,
        *,
        me: Sequence[str] = (),
        progress: ProgressFn,
        cancelled: CancelledFn,
        allow_removals: bool = False,
    ) -> ImportReport:
        """Import a file or folder: a LinkedIn export, or any email-side source.

        ``allow_removals``: the user said the connections missing from a LinkedIn export
        that looks partial were indeed removed.
        """
        from linkrevive.services.import_order import LINKEDIN, source_kind

        if source_kind(path) == LINKEDIN:
            from linkrevive.services import consultants, linkedin_import

            return linkedin_import.import_linkedin(
                self.workspace,
                path,
                progress=progress,
                cancelled=cancelled,
                allow_removals=allow_removals,
                user=consultants.current_user(),
            )
        from linkrevive.services import contacts_import

        report: ImportReport = contacts_import.import_contacts(
            self.workspace, path, me=me, progress=progress, cancelled=cancelled
        )
        return report

    def import_imap(
        self,
        *,
        host: str,
        port: int | None,
        user: str,
        folder: str,
        since: date | None,
        password: str | None,
        progress: ProgressFn,
        cancelled: CancelledFn,
        sent: bool = True,
        on_folder: Callable[[str | None], None] = lambda folder: None,
    ) -> ImportReport:
        from linkrevive.services import imap_import

        report: ImportReport = imap_import.import_imap(
            self.workspace,
            host=host,
            port=port,
            user=user,
            folder=folder,
            sent=sent,
            since=since,
            password=password or None,
            progress=progress,
            cancelled=cancelled,
            on_folder=on_folder,
        )
        return report

    def run_match(self, *, progress: ProgressFn, cancelled: CancelledFn) -> dict[str, int]:
        from linkrevive.services import pairing

        counts: dict[str, int] = pairing.run_match(
            self.workspace, progress=progress, cancelled=cancelled
        )
        return counts

    def import_order(self, paths: Sequence[Path]) -> list[Path]:
        """``paths`` in the order to import them: LinkedIn exports oldest first, then
        address books, the lead sheet, mailboxes."""
        from linkrevive.services import import_order

        return import_order.import_order(paths)

    def build_demo(
        self,
        location: Path | None,
        *,
        progress: ProgressFn,
        cancelled: CancelledFn,
        as_of: date | None = None,
    ) -> Path:
        """Build the demo afresh in its own database at ``location`` (None: the app's demo
        folder), never this workspace's; return where it is."""
        from linkrevive.services import demo

        progress(0, 0)
        location = location or demo.demo_location()
        mine = getattr(self.workspace.database, "path", None)
        if mine is not None and location.resolve() == Path(mine).resolve():
            # A --db pointed at the demo's own file: build beside it, never over it.
            location = location.with_name(f"{location.stem}-demo{location.suffix}")
        return demo.build_demo_database(
            location, as_of=as_of, progress=progress, cancelled=cancelled
        )

    def export_reactivation(
        self, path: Path, *, fmt: str, as_of: date | None, delimiter: str
    ) -> None:
        from linkrevive.services import revival

        revival.export_reactivation(
            self.workspace, path, fmt=fmt, as_of=as_of, delimiter=delimiter, lang=self.lang
        )

    def export_problem(self, path: Path) -> str | None:
        """Why an export may not write to ``path`` (the database, a backup, a device…), as
        one translated sentence; None when it may."""
        from linkrevive.domain.errors import InputError
        from linkrevive.gui.i18n import error_text
        from linkrevive.services import export_target

        try:
            export_target.check_target(self.workspace, path)
        except InputError as exc:
            return error_text(exc)
        return None

    def export_to_connect(self, path: Path) -> None:
        from linkrevive.services import revival

        revival.export_to_connect(self.workspace, path)

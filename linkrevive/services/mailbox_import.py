"""Import mailboxes (mbox files, folders of .eml files, IMAP answers): message headers become
exchanges, automated senders are set apart, a message after a long silence is a signal."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from linkrevive.domain.enums import Channel, Direction, ImportKind, SignalKind
from linkrevive.domain.errors import Cancelled
from linkrevive.domain.models import ImportReport
from linkrevive.domain.records import (
    Batch,
    CancelledFn,
    ImportIssue,
    MailRecord,
    never_cancelled,
)
from linkrevive.domain.senders import (
    HEADER_REASONS,
    AutomationReason,
    SenderKind,
    automated_address,
    automated_by_behaviour,
    says_nothing_of_sender,
)
from linkrevive.domain.text import fold_words
from linkrevive.importers.sent_folders import filed_as_junk, filed_as_sent
from linkrevive.matching import address_fits_company
from linkrevive.revival import RevivalSettings
from linkrevive.services.people_merger import (
    ME_SETTING,
    PeopleMerger,
    full_name,
    pair_and_commit,
    remember_me,
    taken_back,
)
from linkrevive.services.revival import SETTINGS_KEY
from linkrevive.services.workspace import Workspace, file_digest, gc_paused, phase
from linkrevive.storage import activity_repo, people_repo, senders_repo
from linkrevive.storage.database import bounded_cache

_CHUNK = 5000
_HISTORY_BATCH = 200
#: The ``source_key`` of a mail exchange: this prefix, the Message-ID, the counterpart.
_KEY_PREFIX = "mail:"


def import_mail(
    workspace: Workspace,
    records: Iterable[MailRecord],
    *,
    source: str,
    fmt: str,
    me: Sequence[str] = (),
    cancelled: CancelledFn = never_cancelled,
    digest_of: Path | None = None,
    settings: Mapping[str, object] | None = None,
    backup: bool = True,
) -> ImportReport:
    """Store message headers as exchanges, streaming in chunks, in one transaction.

    Automated mail (mailing lists, newsletters, notifications, bounces, invitations) makes
    no exchange; its senders are stored as automated senders, never people or leads,
    unless the user said otherwise (``sender_override``). An incoming email after a long
    silence (the dormancy threshold) creates an ``email_inbound`` signal.

    The run records the SHA-256 of the file ``digest_of`` (none for an IMAP sync), read on
    another thread meanwhile (hashlib works outside the GIL: on a second core it costs no time).
    ``settings`` are stored in the same transaction (an IMAP sync's position: the messages
    and the UID they reach are saved together or not at all). A backup copy of the
    database is taken first unless ``backup`` is False (the later steps of one IMAP sync:
    the copy taken before its first step stands for the whole sync).
    """
    # Every message makes a few dozen short-lived objects without cycles: the collector's
    # passes over them cost a sixth of the import, reference counting frees them anyway.
    with gc_paused(), ThreadPoolExecutor(max_workers=1) as hashing:
        file_hash = None if digest_of is None else hashing.submit(file_digest, digest_of)
        return _import_mail(
            workspace, records, source, fmt, me, cancelled, file_hash, settings or {}, backup
        )


def _import_mail(
    workspace: Workspace,
    records: Iterable[MailRecord],
    source: str,
    fmt: str,
    me: Sequence[str],
    cancelled: CancelledFn,
    digest: Future[str] | None,
    settings: Mapping[str, object],
    backup: bool,
) -> ImportReport:
    copy = workspace.database.backup() if backup else None
    with (
        workspace.database.settle_backup(copy),
        workspace.database.session(write=True) as session,
        bounded_cache(session),
    ):
        known_me = {*me, *activity_repo.get_setting(session, ME_SETTING, [])}
        stream = iter(records)
        if not known_me:
            head = list(islice(stream, 2000))
            known_me = _guess_me(head)
            stream = _chain(head, stream)
        run_id = activity_repo.start_run(
            session, kind=ImportKind.CONTACTS, source=source, file_hash=""
        )
        merger = _MailMerger(
            session, workspace.suppressed(session), threshold_months=_threshold_months(session)
        )
        counts = merger.merge_mail(stream, frozenset(known_me), run_id, cancelled)
        counts["automated"] = merger.classify_senders()
        counts["signals"] = _inbound_signals(session, merger, run_id)
        taken = remember_me(session, sorted(known_me))
        merger.changed -= {t.person_id for t in taken}
        merger.issues.extend(taken_back(source, taken))
        for key, value in settings.items():
            activity_repo.set_setting(session, key, value)
        file_hash = "" if digest is None else digest.result()
        activity_repo.finish_run(session, run_id, counts, file_hash=file_hash)
        signals = activity_repo.signals_of_run(session, run_id)
        pair_and_commit(session, merger.changed, cancelled)
    phase("committed")
    return ImportReport(
        kind=f"contacts:{fmt}",
        source=source,
        counts=counts,
        signals=tuple(signals),
        # The merger's issues say "mailbox": name the file the user gave.
        issues=tuple(replace(i, file=source) if i.file == "mailbox" else i for i in merger.issues),
    )


def _chain(head: list[MailRecord], rest: Iterator[MailRecord]) -> Iterator[MailRecord]:
    yield from head
    yield from rest


def _guess_me(records: Sequence[MailRecord]) -> set[str]:
    """The user's address when not given: the one taking part in most messages."""
    counter: Counter[str] = Counter()
    for record in records:
        seen = {a.address for a in record.recipients}
        if record.sender:
            seen.add(record.sender.address)
        counter.update(seen)
    if not counter:
        return set()
    address, count = counter.most_common(1)[0]
    return {address} if count >= max(2, len(records) // 3) else set()


def _threshold_months(session: Any) -> int:
    """The dormancy threshold of the revival settings (defaults when unset or unreadable)."""
    stored = activity_repo.get_setting(session, SETTINGS_KEY)
    try:
        settings = RevivalSettings.from_dict(stored) if isinstance(stored, dict) else None
    except ValueError:
        settings = None
    return (settings or RevivalSettings()).dormancy_months


@dataclass
class _MailMerger(PeopleMerger):
    """The people merger of a mailbox import, with what it learns of the senders."""

    #: The dormancy threshold: an incoming message after this long a silence is a signal.
    threshold_months: int = 12
    #: Incoming messages that may end a long silence.
    inbound: list[_Inbound] = field(default_factory=list)
    #: Those of each person, to learn which later rows of the file come before them.
    waiting: dict[int, list[_Inbound]] = field(default_factory=dict)
    #: People whose exchanges of this import met before one of their incoming messages
    #: may come before it or not (the file is out of date order there): the silence check
    #: reads their whole history from the store.
    unsure: set[int] = field(default_factory=set)
    #: The store refused a row of this import (stored already, or a Message-ID met twice):
    #: which one is unknown, the silence check reads everyone's whole history.
    refused: bool = False
    #: The date of each person's latest exchange met so far in this import.
    latest: dict[int, datetime] = field(default_factory=dict)
    #: Mailbox counterparts met by this import: what they sent, whom the user wrote to.
    senders: dict[str, _SenderStats] = field(default_factory=dict)
    answered: set[str] = field(default_factory=set)
    #: The user's word on addresses, and the automated senders stored (read when needed).
    overrides: dict[str, SenderKind] | None = None
    automated: set[int] = field(default_factory=set)
    by_headers: set[int] = field(default_factory=set)
    #: No mail exchange was stored before this import (its keys need no checking).
    unstored: bool = False

    def merge_mail(
        self,
        records: Iterator[MailRecord],
        me: frozenset[str],
        run_id: int,
        cancelled: CancelledFn,
    ) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        counts.update(messages=0, exchanges=0, new=0, bulk=0, skipped=0)
        self.overrides = senders_repo.overrides(self.session)
        self.automated = senders_repo.automated_people(self.session)
        # Among them, those only their messages' headers made so (see HEADER_REASONS).
        self.by_headers = senders_repo.automated_by(self.session, HEADER_REASONS)
        # A store without mail yet has none of this import's keys: the database still
        # refuses a message met twice, without asking it first for every chunk.
        self.unstored = not activity_repo.exchange_keys_stored(self.session, _KEY_PREFIX)
        # Each chunk's exchanges are stored on a second thread while the next chunk is read:
        # the database works outside the interpreter lock (one statement for thousands of
        # rows, see ``bulk_insert``), the reader inside it. The session is used by one
        # thread at a time: the reader waits for the store before its next database call.
        with ThreadPoolExecutor(max_workers=1) as writer:
            storing: tuple[Batch, Future[int]] | None = None
            while True:
                chunk = list(islice(records, _CHUNK))
                if storing is not None:
                    self._stored(*storing, counts)
                    storing = None
                if not chunk:
                    break
                if cancelled():
                    raise Cancelled()
                rows = self._mail_chunk(chunk, me, run_id, counts)
                storing = rows, writer.submit(activity_repo.insert_exchanges, self.session, rows)
                del chunk  # its records are not kept while the next chunk is read
        return dict(counts)

    def _stored(self, rows: Batch, inserting: Future[int], counts: dict[str, int]) -> None:
        """Count the exchanges of a chunk once stored."""
        inserted = inserting.result()
        counts["exchanges"] += inserted
        if inserted < len(rows.rows):
            self.refused = True

    def _mail_chunk(
        self, chunk: list[MailRecord], me: frozenset[str], run_id: int, counts: dict[str, int]
    ) -> Batch:
        """Create the new people of a chunk of messages; return its exchanges to store."""
        wanted: list[tuple[MailRecord, Direction, str, str]] = []
        overrides = self.overrides or {}
        counts["messages"] += len(chunk)
        for record in chunk:
            if filed_as_junk(record.labels):
                counts["junk"] += 1  # a spam filter's catch: nobody's message, no sign
                continue
            if record.sent_at is None:
                counts["skipped"] += 1
                self.issues.append(ImportIssue("mailbox", record.line, "no_date", record.subject))
                continue
            sender = record.sender.address if record.sender else ""
            if sender in me or filed_as_sent(record.labels):
                for recipient in record.recipients:
                    address = recipient.address
                    if address in me:
                        continue
                    self.answered.add(address)
                    if overrides.get(address) is SenderKind.AUTOMATED or (
                        address not in overrides and automated_address(address)
                    ):
                        continue  # a reply to a robot is no exchange
                    wanted.append((record, Direction.OUT, address, recipient.name))
                continue
            if not sender:
                continue
            if says_nothing_of_sender(record.automated, sender):
                # An autoresponder's reply, a person's own meeting invitation: no exchange,
                # and no evidence its sender is a robot (whatever the user said of them).
                counts["bulk"] += 1
                continue
            stats = self.senders.get(sender)
            if stats is None:
                name = record.sender.name if record.sender else ""
                stats = self.senders[sender] = _SenderStats(name)
            kind = overrides.get(sender)
            reason = "" if kind is SenderKind.PERSON else record.automated
            if kind is SenderKind.AUTOMATED and not reason:
                reason = AutomationReason.USER.value
            if reason:
                stats.reasons[reason] += 1
                counts["bulk"] += 1
                continue
            stats.plain += 1
            known = self.emails.get(sender)
            if (
                known in self.automated
                and kind is not SenderKind.PERSON
                and not self._is_role(sender)  # a box's human mail makes it the company's again
                and known not in self.by_headers  # judged afresh with it (classify_senders)
            ):
                counts["bulk"] += 1
                continue
            wanted.append((record, Direction.IN, sender, stats.name))
        new_people: dict[str, dict[str, Any]] = {}
        for _, _, address, name in wanted:
            if address not in self.emails and address not in new_people:
                if self._forgotten([address]):
                    continue
                new_people[address] = _mail_person(address, name)
        for address in self._complete_nameless(new_people):
            del new_people[address]
        ids = people_repo.create_people(self.session, list(new_people.values()))
        self.changed |= set(ids)
        for address, new_id in zip(new_people, ids, strict=True):
            self.emails[address] = new_id
        counts["new"] += len(ids)
        rows = Batch(
            ("person_id", "occurred_at", "direction", "subject", "counterpart", "source_key"),
            constants={"profile_id": None, "channel": Channel.EMAIL.value, "import_run_id": run_id},
            checked=self.unstored,
        )
        for record, direction, address, _ in wanted:
            person_id = self.emails.get(address)
            if person_id is None:
                continue
            assert record.sent_at is not None
            key = f"{_KEY_PREFIX}{record.message_id}:{address}"
            rows.rows.append(
                (person_id, record.sent_at, direction.value, record.subject[:500], address, key)
            )
            self.touched.add(person_id)
            for inbound in self.waiting.get(person_id, ()):
                inbound.heard_of(record.sent_at)
            latest = self.latest.get(person_id)
            if direction is Direction.IN and not self._soon_after(person_id, record.sent_at):
                if latest is not None and latest >= record.sent_at:
                    self.unsure.add(person_id)
                inbound = _Inbound(person_id, record.sent_at, record.subject[:200], key, latest)
                self.inbound.append(inbound)
                self.waiting.setdefault(person_id, []).append(inbound)
            if latest is None or record.sent_at > latest:
                self.latest[person_id] = record.sent_at
        return rows

    def _soon_after(self, person_id: int, when: datetime) -> bool:
        """Whether an exchange of this import came less than the dormancy threshold before
        ``when``: the message then ends no long silence, whatever else is stored (an earlier
        exchange only shortens the silence). Only the other messages are kept for
        :func:`_inbound_signals`, so that a mailbox of ten years is not held in memory."""
        latest = self.latest.get(person_id)
        return (
            latest is not None
            and latest < when
            and _months_between(latest, when) < self.threshold_months
        )

    def classify_senders(self) -> int:
        """Settle who the counterparts of this import are (``domain.senders``); store the
        automated senders as such (new ones created, their exchanges dropped) and return
        how many there are among this import's counterparts.

        The user's word first; then the address (``noreply@``…). People the user gave a
        stage, edited or confirmed, company boxes and people the user wrote to are persons;
        an automated sender stays one. A new counterpart whose every message is automated
        is an automated sender, and so is one that writes like a robot (many unanswered
        messages, similar subjects).
        """
        overrides = self.overrides or {}
        addresses = set(self.senders) | {
            a for a in self.answered if self.emails.get(a) in self.automated
        }
        known = {a: self.emails[a] for a in addresses if a in self.emails}
        protected = senders_repo.protected_people(self.session, set(known.values()))
        written = {known[a] for a in self.answered if a in known}
        written |= senders_repo.answered_people(self.session, set(known.values()) - written)
        decided: dict[str, tuple[SenderKind, str]] = {}
        doubtful: dict[str, int] = {}
        for address in addresses:
            pid = known.get(address)
            verdict = self._sender_kind(address, pid, protected, written, overrides)
            if verdict is not None:
                decided[address] = verdict
            elif pid is not None:
                doubtful[address] = pid
        subjects = senders_repo.inbound_subjects(self.session, doubtful.values())
        for address, pid in doubtful.items():
            robot = automated_by_behaviour(subjects.get(pid, ()), answered=False)
            decided[address] = (
                (SenderKind.AUTOMATED, AutomationReason.BEHAVIOUR.value)
                if robot
                else (SenderKind.PERSON, "")
            )
        to_automated: dict[int, str] = {}
        to_person: set[int] = set()
        create: dict[str, str] = {}
        for address in sorted(decided):
            kind, reason = decided[address]
            pid = known.get(address)
            if kind is SenderKind.PERSON:
                if pid is not None and pid in self.automated:
                    to_person.add(pid)
            elif pid is not None:
                if pid not in self.automated or reason:  # else: as an earlier import found
                    to_automated[pid] = reason
            elif not self._forgotten([address]):
                create[address] = reason
        if create:
            rows = [_mail_person(a, self.senders[a].name) for a in create]
            new_ids = people_repo.create_people(self.session, rows)
            for address, new_id in zip(create, new_ids, strict=True):
                self.emails[address] = new_id
                to_automated[new_id] = create[address]
        stored = senders_repo.kinds(self.session, to_automated)
        by_reason: dict[str, list[int]] = defaultdict(list)
        for pid, reason in to_automated.items():
            if stored.get(pid) != (SenderKind.AUTOMATED, reason):
                by_reason[reason].append(pid)
        for reason, pids in sorted(by_reason.items()):
            senders_repo.set_kind(self.session, pids, SenderKind.AUTOMATED, reason)
        senders_repo.set_kind(self.session, sorted(to_person), SenderKind.PERSON)
        self.automated = (self.automated | set(to_automated)) - to_person
        self.inbound = [i for i in self.inbound if i.person_id not in self.automated]
        self.touched -= self.automated
        self.changed |= set(to_automated) | to_person
        return sum(1 for kind, _ in decided.values() if kind is SenderKind.AUTOMATED)

    def _sender_kind(
        self,
        address: str,
        pid: int | None,
        protected: set[int],
        written: set[int],
        overrides: dict[str, SenderKind],
    ) -> tuple[SenderKind, str] | None:
        """The kind of a counterpart, or None when only its behaviour can tell."""
        user = overrides.get(address)
        if user is not None:
            return user, AutomationReason.USER.value
        stats = self.senders.get(address)
        # The most telling reason its messages gave (calendar, bounce…), "" when none did.
        reason = stats.top_reason() if stats is not None else ""
        if automated_address(address):
            return SenderKind.AUTOMATED, reason or AutomationReason.ADDRESS.value
        if pid is not None and pid in protected:
            return SenderKind.PERSON, ""
        if address in self.answered or (pid is not None and pid in written):
            return SenderKind.PERSON, ""
        if self._is_role(address):
            # A company's box (contact@, hello@): its human mail counts for the company's
            # leads; only a box that never wrote anything but automated mail (a newsletter
            # sent from hello@) is an automated sender, and never by behaviour.
            if stats is not None and stats.plain:
                return SenderKind.PERSON, ""
            if (pid is None and reason) or pid in self.automated:
                return SenderKind.AUTOMATED, reason
            return SenderKind.PERSON, ""
        if pid is not None and pid in self.by_headers and stats is not None and stats.plain:
            # Automated by its messages' headers only, it now wrote a human message: judged
            # as a sender with both kinds in one import is (by its behaviour).
            return None
        if pid is not None and pid in self.automated:
            return SenderKind.AUTOMATED, reason  # stays what an earlier import found
        if pid is None:
            # Known from automated mail only (a human message would have created them).
            return (SenderKind.AUTOMATED, reason) if reason else (SenderKind.PERSON, "")
        return None

    def _complete_nameless(self, new_people: dict[str, dict[str, Any]]) -> list[str]:
        """The new addresses that belong to a person known without one (a lead-sheet row):
        the same full name, and the address's domain is that person's company. Each such
        address is given to that person; the others make new people."""
        if self.nameless is None:
            self.nameless = defaultdict(list)
            for pid, values in people_repo.people_names(self.session).items():
                if not values["has_email"]:
                    self.nameless[fold_words(full_name(values))].append((pid, values["company"]))
        given = []
        for address, values in new_people.items():
            key = fold_words(values["display_name"])
            candidates = self.nameless.get(key, []) if key else []
            fitting = [c for c in candidates if address_fits_company(address, c[1])]
            if len(fitting) != 1:
                continue
            person_id = fitting[0][0]
            people_repo.add_emails(self.session, person_id, [address])
            candidates.remove(fitting[0])  # has an address now
            self.emails[address] = person_id
            self.changed.add(person_id)
            given.append(address)
        return given


@dataclass(slots=True, eq=False)  # each one itself: two may hold the same values
class _Inbound:
    """An incoming message that may end a long silence, with the latest exchange of this
    import known to come before it."""

    person_id: int
    when: datetime
    subject: str
    key: str
    #: When the file met an exchange of this person before the message (the latest of
    #: them), a date to keep only if it comes before the message too.
    before: datetime | None

    def __post_init__(self) -> None:
        if self.before is not None and self.before >= self.when:
            self.before = None

    def heard_of(self, when: datetime) -> None:
        """Take in an exchange with the same person met later in the file."""
        if when < self.when and (self.before is None or when > self.before):
            self.before = when


@dataclass(slots=True)
class _SenderStats:
    """What one counterpart sent in this import: its name, its plain (human) messages and
    the reasons of its automated ones."""

    name: str
    plain: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

    def top_reason(self) -> str:
        """The reason most of its automated messages gave, "" when none was automated."""
        return self.reasons.most_common(1)[0][0] if self.reasons else ""


def _mail_person(address: str, name: str) -> dict[str, Any]:
    """A new person as a mail header names them."""
    first, _, last = name.strip().partition(" ")
    return {
        "display_name": name.strip(),
        "first_name": first,
        "last_name": last,
        "emails": [address],
    }


def _inbound_signals(session: Any, merger: _MailMerger, run_id: int) -> int:
    """An ``email_inbound`` signal for each incoming email that ends a long silence."""
    if not merger.inbound:
        return 0
    by_person: dict[int, list[_Inbound]] = defaultdict(list)
    for inbound in merger.inbound:
        by_person[inbound.person_id].append(inbound)
    people = sorted(by_person)
    ends_silence: set[_Inbound] = set()
    # The history of a few hundred people at a time: memory stays flat however large the
    # mailbox; each message finds the exchange before it by bisection. This import's own
    # exchange before each message is known already, but where the file was out of date
    # order (or the store refused a row): only earlier imports' rows are read elsewhere.
    for start in range(0, len(people), _HISTORY_BATCH):
        batch = people[start : start + _HISTORY_BATCH]
        whole = [p for p in batch if merger.refused or p in merger.unsure]
        history = activity_repo.exchange_dates(session, whole)
        sure = [p for p in batch if not (merger.refused or p in merger.unsure)]
        history |= activity_repo.exchange_dates(session, sure, excluding_run=run_id)
        for person_id in batch:
            dates = sorted(history.get(person_id, ()))
            known = person_id not in merger.unsure and not merger.refused
            for inbound in by_person[person_id]:
                before = bisect_left(dates, inbound.when)  # none before: a first contact
                silence_from = dates[before - 1] if before else None
                if (
                    known
                    and inbound.before is not None
                    and (silence_from is None or inbound.before > silence_from)
                ):
                    silence_from = inbound.before
                if (
                    silence_from is not None
                    and _months_between(silence_from, inbound.when) >= merger.threshold_months
                ):
                    ends_silence.add(inbound)
    signals = [
        {
            "kind": SignalKind.EMAIL_INBOUND.value,
            "occurred_at": inbound.when,
            "person_id": inbound.person_id,
            "params": {"subject": inbound.subject},
            "source_key": "sig:" + inbound.key,
            "import_run_id": run_id,
        }
        for inbound in merger.inbound
        if inbound in ends_silence
    ]
    return activity_repo.insert_signals(session, signals)


def _months_between(start: datetime, end: datetime) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)


__all__ = ["import_mail"]

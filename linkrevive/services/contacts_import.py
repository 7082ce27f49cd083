"""Import the email side: address books, the lead sheet, mailboxes (files and IMAP)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from linkrevive.domain.enums import Channel, Direction, ImportKind, SignalKind
from linkrevive.domain.errors import Cancelled, InputError
from linkrevive.domain.models import ImportReport
from linkrevive.domain.records import (
    Batch,
    CancelledFn,
    ContactRecord,
    ImportIssue,
    MailRecord,
    ProgressFn,
    never_cancelled,
    no_progress,
)
from linkrevive.domain.senders import (
    AutomationReason,
    SenderKind,
    automated_address,
    automated_by_behaviour,
)
from linkrevive.domain.text import fold_words, is_role_address, normalize_email, same_person_name
from linkrevive.importers.contacts_formats import detect_contacts_format, read_contacts
from linkrevive.importers.mailbox import iter_eml_folder, iter_mbox
from linkrevive.matching import address_fits_company
from linkrevive.revival import RevivalSettings
from linkrevive.services import pairing
from linkrevive.services.revival import SETTINGS_KEY
from linkrevive.services.workspace import Workspace, file_digest, key_hash, phase
from linkrevive.storage import activity_repo, people_repo, senders_repo

ME_SETTING = "me_addresses"
MAIL_FORMATS = ("mbox", "eml")
_CHUNK = 5000


def import_contacts(
    workspace: Workspace,
    path: Path,
    *,
    fmt: str | None = None,
    me: Sequence[str] = (),
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> ImportReport:
    """Import an email-side file or folder in one transaction (all or nothing).

    ``fmt`` overrides format detection; ``me`` names the user's own addresses (remembered).
    """
    if not path.exists():
        raise InputError("not_found", path)
    kind = fmt or detect_contacts_format(path)
    own = _own_addresses(me, path)
    if kind in MAIL_FORMATS:
        records: Iterable[MailRecord] = (
            iter_mbox(path, str(path), progress)
            if kind == "mbox"
            else iter_eml_folder(path, str(path), progress)
        )
        return import_mail(
            workspace,
            records,
            source=str(path),
            fmt=kind,
            me=own,
            cancelled=cancelled,
            digest=file_digest(path),
        )
    batch = read_contacts(path, kind)
    progress(1, 3)
    if cancelled():
        raise Cancelled()
    copy = workspace.database.backup()
    with workspace.database.settle_backup(copy), workspace.database.session(write=True) as session:
        run_id = activity_repo.start_run(
            session, kind=ImportKind.CONTACTS, source=str(path), file_hash=file_digest(path)
        )
        merger = _PeopleMerger(session, workspace.suppressed(session))
        counts = merger.merge_contacts(batch.contacts, run_id, cancelled)
        counts["skipped"] = counts.get("skipped", 0) + len(batch.skipped)
        counts["rejected"] = len(batch.rejected)
        counts["warnings"] = len(batch.warnings)
        _remember_me(session, own)
        activity_repo.finish_run(session, run_id, counts)
        _pair_and_commit(session, merger.changed, cancelled)
    phase("committed")
    progress(3, 3)
    return ImportReport(
        kind=f"contacts:{batch.format}",
        source=str(path),
        counts=counts,
        issues=batch.skipped + batch.rejected + batch.warnings,
    )


def import_mail(
    workspace: Workspace,
    records: Iterable[MailRecord],
    *,
    source: str,
    fmt: str,
    me: Sequence[str] = (),
    cancelled: CancelledFn = never_cancelled,
    digest: str = "",
) -> ImportReport:
    """Store message headers as exchanges, streaming in chunks, in one transaction.

    Automated mail (mailing lists, newsletters, notifications, bounces, invitations) makes
    no exchange; its senders are stored as automated senders, never people or leads,
    unless the user said otherwise (``sender_override``). An incoming email after a long
    silence (the dormancy threshold) creates an ``email_inbound`` signal.
    """
    copy = workspace.database.backup()
    with workspace.database.settle_backup(copy), workspace.database.session(write=True) as session:
        known_me = {*me, *activity_repo.get_setting(session, ME_SETTING, [])}
        stream = iter(records)
        if not known_me:
            head = list(islice(stream, 2000))
            known_me = _guess_me(head)
            stream = _chain(head, stream)
        run_id = activity_repo.start_run(
            session, kind=ImportKind.CONTACTS, source=source, file_hash=digest
        )
        merger = _PeopleMerger(session, workspace.suppressed(session))
        counts = merger.merge_mail(stream, frozenset(known_me), run_id, cancelled)
        counts["automated"] = merger.classify_senders()
        counts["signals"] = _inbound_signals(session, merger, run_id, _threshold_months(session))
        _remember_me(session, sorted(known_me))
        activity_repo.finish_run(session, run_id, counts)
        signals = activity_repo.signals_of_run(session, run_id)
        _pair_and_commit(session, merger.changed, cancelled)
    phase("committed")
    return ImportReport(
        kind=f"contacts:{fmt}",
        source=source,
        counts=counts,
        signals=tuple(signals),
        # The merger's issues say "mailbox": name the file the user gave.
        issues=tuple(replace(i, file=source) if i.file == "mailbox" else i for i in merger.issues),
    )


def _pair_and_commit(session: Any, changed: set[int], cancelled: CancelledFn) -> None:
    """Pair the people an import changed in its own transaction (saved together or not at
    all), then pass the last point where a cancel still leaves the database unchanged."""
    phase("applied")
    pairing.pair_changes(session, people=changed, profiles=set(), cancelled=cancelled)
    if cancelled():
        raise Cancelled()
    phase("commit")


def _chain(head: list[MailRecord], rest: Iterator[MailRecord]) -> Iterator[MailRecord]:
    yield from head
    yield from rest


def _own_addresses(me: Sequence[str], path: Path) -> list[str]:
    own = []
    for value in me:
        email = normalize_email(value)
        if email is None:
            raise InputError("bad_option", path, detail=f"--me '{value}' is not an email address")
        own.append(email)
    return own


def _remember_me(session: Any, addresses: Sequence[str]) -> None:
    if addresses:
        known = set(activity_repo.get_setting(session, ME_SETTING, []))
        if not set(addresses) <= known:
            activity_repo.set_setting(session, ME_SETTING, sorted(known | set(addresses)))


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


def get_me(workspace: Workspace) -> list[str]:
    """The user's own addresses remembered so far."""
    with workspace.database.session() as session:
        return list(activity_repo.get_setting(session, ME_SETTING, []))


def set_me(workspace: Workspace, addresses: Sequence[str]) -> None:
    """Replace the user's own addresses."""
    clean = sorted({e for e in (normalize_email(a) for a in addresses) if e})
    with workspace.database.session(write=True) as session:
        activity_repo.set_setting(session, ME_SETTING, clean)


@dataclass
class _PeopleMerger:
    """Finds or creates the person of each address and merges what sources tell."""

    session: Any
    suppressed: frozenset[str]
    emails: dict[str, int] = field(default_factory=dict)
    issues: list[ImportIssue] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)
    inbound: list[tuple[int, datetime, str, str]] = field(default_factory=list)
    changed: set[int] = field(default_factory=set)
    #: People without address by folded full name, with their company (read when needed).
    nameless: dict[str, list[tuple[int, str]]] | None = None
    #: Addresses known to be shared boxes: stored flags and those found in this import.
    roles: set[str] = field(default_factory=set)
    #: Addresses found in the cards of two different people by this import.
    shared: set[str] = field(default_factory=set)
    #: Mailbox counterparts met by this import: what they sent, whom the user wrote to.
    senders: dict[str, _SenderStats] = field(default_factory=dict)
    answered: set[str] = field(default_factory=set)
    #: The user's word on addresses, and the automated senders stored (read when needed).
    overrides: dict[str, SenderKind] | None = None
    automated: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.emails = people_repo.load_email_index(self.session)
        self.roles = people_repo.role_addresses(self.session)

    def _forgotten(self, emails: Iterable[str]) -> bool:
        return bool(self.suppressed) and any(key_hash(e) in self.suppressed for e in emails)

    # -- address books and the lead sheet ----------------------------------------------------

    def merge_contacts(
        self, contacts: Sequence[ContactRecord], run_id: int, cancelled: CancelledFn
    ) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        counts.update(new=0, updated=0, unchanged=0, skipped=0)
        by_name = self._people_by_name()
        existing = people_repo.load_people(
            self.session, {self.emails[e] for c in contacts for e in c.emails if e in self.emails}
        )
        # New people are created together at the end; until then they are "pending" slots,
        # numbered below zero so one address met twice in a file gives one person.
        pending: list[dict[str, Any]] = []
        last_contacts: list[tuple[int, date, str]] = []
        for index, contact in enumerate(contacts):
            if index % 1000 == 0 and cancelled():
                raise Cancelled()
            emails = [e for e in contact.emails if e]
            if self._forgotten(emails):
                counts["skipped"] += 1
                continue
            person_id, emails = self._owner(contact, emails, pending, existing)
            key = _name_key(contact)
            if person_id is None:
                person_id = by_name.find(key, with_address=bool(emails), company=contact.company)
            if person_id is None:
                pending.append({**_new_person(contact), "emails": list(dict.fromkeys(emails))})
                person_id = -len(pending)
                for email in emails:
                    self.emails[email] = person_id
                by_name.add(key, person_id, has_email=bool(emails))
                counts["new"] += 1
            elif person_id < 0:
                _merge_pending(pending[-person_id - 1], contact, emails)
                for email in emails:
                    self.emails.setdefault(email, person_id)
                counts["unchanged"] += 1
            else:
                state = existing.get(person_id)
                if state is None:
                    state = people_repo.load_people(self.session, [person_id])[person_id]
                    existing[person_id] = state
                changed = self._merge_into(state, contact, emails)
                counts["updated" if changed else "unchanged"] += 1
                if changed:
                    self.changed.add(person_id)
            if contact.last_contact is not None:
                last_contacts.append((person_id, contact.last_contact, emails[0] if emails else ""))
        ids = people_repo.create_people(self.session, pending)
        self.changed |= set(ids)
        people_repo.flag_role_addresses(self.session, self.shared)
        counts["shared_addresses"] = len(self.shared)
        resolved = {-(i + 1): pid for i, pid in enumerate(ids)}
        for email, owner in list(self.emails.items()):
            if owner < 0:
                self.emails[email] = resolved[owner]
        exchanges = []
        for owner, day, address in last_contacts:
            person_id = resolved.get(owner, owner)
            when = datetime(day.year, day.month, day.day, tzinfo=UTC)
            exchanges.append(
                {
                    "person_id": person_id,
                    "profile_id": None,
                    "occurred_at": when,
                    "direction": Direction.OUT.value,
                    "channel": Channel.NOTE.value,
                    "subject": "",
                    "counterpart": address,
                    "source_key": f"sheet:{person_id}:{when.date().isoformat()}",
                    "import_run_id": run_id,
                }
            )
            self.touched.add(person_id)
        counts["exchanges"] = activity_repo.insert_exchanges(self.session, exchanges)
        return dict(counts)

    def _owner(
        self,
        contact: ContactRecord,
        emails: list[str],
        pending: list[dict[str, Any]],
        existing: dict[int, people_repo.PersonState],
    ) -> tuple[int | None, list[str]]:
        """The person a card is by its known addresses, and the addresses it brings.

        An address already in the card of somebody of another name is a shared box (the
        company's, or a family's): it stays with its first card, flagged, and it makes
        nobody the same person. A role box (contact@, agence@…) never gives a named card
        to a nameless one.
        """
        owner: int | None = None
        for email in emails:
            person_id = self.emails.get(email)
            if person_id is None or person_id == owner:
                continue
            if person_id < 0:
                values = pending[-person_id - 1]
            else:
                state = existing.get(person_id)
                values = state.values if state is not None else {}
            other = _full_name(values).strip()
            role = email in self.roles or is_role_address(email)
            same = same_person_name(contact.name, other)
            if not same and not role and person_id > 0 and not _from_card(values):
                # Met only in mail headers, whose names are loose ("Pixel Bleu"): not a card.
                same = True
            if role and contact.name and not other:
                same = False  # a named card is not the nameless card of the company's box
            if not same:
                if other:
                    self.shared.add(email)
                    self.roles.add(email)
                    if person_id > 0:
                        self.changed.add(person_id)  # to pair again without that box
            elif owner is None:
                owner = person_id
        kept = [e for e in emails if self.emails.get(e, owner) == owner]
        return owner, kept

    def _people_by_name(self) -> _NameIndex:
        index = _NameIndex()
        for pid, values in people_repo.people_names(self.session).items():
            index.add(_name_key_values(values), pid, has_email=values["has_email"])
        return index

    def _merge_into(
        self, state: people_repo.PersonState, contact: ContactRecord, emails: list[str]
    ) -> bool:
        values: dict[str, Any] = {}
        incoming = {
            "first_name": contact.first_name.strip(),
            "last_name": contact.last_name.strip(),
            "display_name": contact.display_name.strip(),
            "company": contact.company.strip(),
            "position": contact.position.strip(),
            "country": contact.country.strip(),
        }
        for name, value in incoming.items():
            if value and not state.values.get(name) and name not in state.user_fields:
                values[name] = value
        # The lead sheet is the user's own record: it updates stage and reason unless the
        # user changed them in the app since.
        for name, choice in (("stage", contact.stage), ("stall_reason", contact.stall_reason)):
            wanted = choice is not None and name not in state.user_fields
            if wanted and choice is not None and state.values.get(name) != choice.value:
                values[name] = choice.value
        notes = contact.notes.strip()
        known = " ".join(state.values["notes"].split())
        if notes and "notes" not in state.user_fields and " ".join(notes.split()) not in known:
            values["notes"] = (state.values["notes"] + "\n" + notes).strip()
        tags = [t for t in state.values["tags"].split(",") if t]
        new_tags = [t for t in contact.tags if t and t not in tags]
        if new_tags:
            values["tags"] = ",".join(tags + new_tags)
        missing = [e for e in emails if e not in self.emails]
        if missing:
            people_repo.add_emails(self.session, state.id, missing)
            for email in missing:
                self.emails[email] = state.id
        if values:
            people_repo.update_person(self.session, state.id, values, expected_version=None)
            state.values.update(values)
        return bool(values or missing)

    # -- mailboxes ---------------------------------------------------------------------------

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
        while True:
            chunk = list(islice(records, _CHUNK))
            if not chunk:
                break
            if cancelled():
                raise Cancelled()
            self._mail_chunk(chunk, me, run_id, counts)
        return dict(counts)

    def _mail_chunk(
        self, chunk: list[MailRecord], me: frozenset[str], run_id: int, counts: dict[str, int]
    ) -> None:
        wanted: list[tuple[MailRecord, Direction, str, str]] = []
        overrides = self.overrides or {}
        for record in chunk:
            counts["messages"] += 1
            if record.sent_at is None:
                counts["skipped"] += 1
                self.issues.append(ImportIssue("mailbox", record.line, "no_date", record.subject))
                continue
            sender = record.sender.address if record.sender else ""
            if sender in me or "sent" in {label.casefold() for label in record.labels}:
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
            if (
                self.emails.get(sender) in self.automated
                and kind is not SenderKind.PERSON
                and not self._is_role(sender)  # a box's human mail makes it the company's again
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
        )
        for record, direction, address, _ in wanted:
            person_id = self.emails.get(address)
            if person_id is None:
                continue
            assert record.sent_at is not None
            key = f"mail:{record.message_id}:{address}"
            rows.rows.append(
                (person_id, record.sent_at, direction.value, record.subject[:500], address, key)
            )
            self.touched.add(person_id)
            if direction is Direction.IN:
                self.inbound.append((person_id, record.sent_at, record.subject[:200], key))
        counts["exchanges"] += activity_repo.insert_exchanges(self.session, rows)

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
        self.inbound = [i for i in self.inbound if i[0] not in self.automated]
        self.touched -= self.automated
        self.changed |= set(to_automated) | to_person
        return sum(1 for kind, _ in decided.values() if kind is SenderKind.AUTOMATED)

    def _is_role(self, address: str) -> bool:
        return address in self.roles or is_role_address(address)

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
                    self.nameless[fold_words(_full_name(values))].append((pid, values["company"]))
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


def _inbound_signals(
    session: Any, merger: _PeopleMerger, run_id: int, threshold_months: int
) -> int:
    """An ``email_inbound`` signal for each incoming email that ends a long silence."""
    if not merger.inbound:
        return 0
    history = activity_repo.exchange_dates(session, sorted({p for p, *_ in merger.inbound}))
    for dates in history.values():
        dates.sort()  # each message then finds the exchange before it by bisection
    signals = []
    for person_id, when, subject, key in merger.inbound:
        dates = history.get(person_id, [])
        before = bisect_left(dates, when)
        if before == 0:
            continue  # a first contact is not a revival
        if _months_between(dates[before - 1], when) >= threshold_months:
            signals.append(
                {
                    "kind": SignalKind.EMAIL_INBOUND.value,
                    "occurred_at": when,
                    "person_id": person_id,
                    "params": {"subject": subject},
                    "source_key": "sig:" + key,
                    "import_run_id": run_id,
                }
            )
    return activity_repo.insert_signals(session, signals)


def _months_between(start: datetime, end: datetime) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)


@dataclass
class _NameIndex:
    """People by name and company (folded), to recognise a contact that has no address yet
    or whose address is new."""

    people: dict[str, list[tuple[int, bool]]] = field(default_factory=dict)

    def add(self, key: str, person_id: int, *, has_email: bool) -> None:
        self.people.setdefault(key, []).append((person_id, has_email))

    def find(self, key: str, *, with_address: bool, company: str) -> int | None:
        """The one person a contact is: for a contact without address, the only person of
        that name at that company; for a contact bringing a new address, the only such
        person who has none yet (a lead sheet row, say), who then has one."""
        found = self.people.get(key, [])
        if not with_address:
            return found[0][0] if len(found) == 1 else None
        if not company.strip():
            return None  # a bare name is too weak to give somebody an address
        without = [i for i, (_pid, has_email) in enumerate(found) if not has_email]
        if len(without) != 1:
            return None
        person_id = found[without[0]][0]
        found[without[0]] = (person_id, True)
        return person_id


def _from_card(values: dict[str, Any]) -> bool:
    """Whether a stored person holds what only a card or the lead sheet gives (a company,
    a title, a stage, notes...), rather than the bare name of a mail header."""
    return any(
        values.get(name)
        for name in ("company", "position", "country", "stage", "stall_reason", "notes", "tags")
    )


def _name_key(contact: ContactRecord) -> str:
    return fold_words(f"{contact.name} {contact.company}")


def _full_name(values: dict[str, Any]) -> str:
    """A stored person's name as a contact would write it: display name, else first last."""
    return values.get("display_name") or (
        f"{values.get('first_name', '')} {values.get('last_name', '')}"
    )


def _name_key_values(values: dict[str, Any]) -> str:
    return fold_words(f"{_full_name(values)} {values.get('company', '')}")


def _merge_pending(values: dict[str, Any], contact: ContactRecord, emails: list[str]) -> None:
    """A second record of a person created by the same file fills what is still empty."""
    for name, value in _new_person(contact).items():
        if name == "emails":
            values["emails"] = list(dict.fromkeys([*values["emails"], *emails]))
        elif value and not values.get(name):
            values[name] = value


def _new_person(contact: ContactRecord) -> dict[str, Any]:
    return {
        "first_name": contact.first_name.strip(),
        "last_name": contact.last_name.strip(),
        "display_name": contact.display_name.strip(),
        "company": contact.company.strip(),
        "position": contact.position.strip(),
        "country": contact.country.strip(),
        "stage": contact.stage.value if contact.stage else None,
        "stall_reason": contact.stall_reason.value if contact.stall_reason else None,
        "notes": contact.notes.strip(),
        "tags": ",".join(contact.tags),
        "emails": list(dict.fromkeys(e for e in contact.emails if e)),
    }


__all__ = ["get_me", "import_contacts", "import_mail", "set_me"]

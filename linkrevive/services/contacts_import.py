"""Import the email side: address books and the lead sheet here, mailboxes (files and IMAP)
through :mod:`linkrevive.services.mailbox_import`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from linkrevive.domain.enums import Channel, Direction, ImportKind
from linkrevive.domain.errors import Cancelled, InputError
from linkrevive.domain.models import ImportReport
from linkrevive.domain.records import (
    CancelledFn,
    ContactRecord,
    MailRecord,
    ProgressFn,
    never_cancelled,
    no_progress,
)
from linkrevive.domain.text import fold_words, is_role_address, normalize_email, same_person_name
from linkrevive.importers.contacts_formats import detect_contacts_format, read_contacts
from linkrevive.importers.mailbox import iter_eml_folder, iter_mbox
from linkrevive.services.mailbox_import import import_mail
from linkrevive.services.people_merger import (
    ME_SETTING,
    PeopleMerger,
    full_name,
    pair_and_commit,
    remember_me,
    taken_back,
)
from linkrevive.services.workspace import Workspace, file_digest, phase
from linkrevive.storage import activity_repo, own_addresses, people_repo
from linkrevive.storage.own_addresses import HeldAddress

MAIL_FORMATS = ("mbox", "eml")


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
            digest_of=path,
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
        merger = _ContactsMerger(session, workspace.suppressed(session))
        counts = merger.merge_contacts(batch.contacts, run_id, cancelled)
        counts["skipped"] = counts.get("skipped", 0) + len(batch.skipped)
        counts["rejected"] = len(batch.rejected)
        counts["warnings"] = len(batch.warnings)
        taken = remember_me(session, own)
        merger.changed -= {t.person_id for t in taken}
        activity_repo.finish_run(session, run_id, counts)
        pair_and_commit(session, merger.changed, cancelled)
    phase("committed")
    progress(3, 3)
    return ImportReport(
        kind=f"contacts:{batch.format}",
        source=str(path),
        counts=counts,
        issues=(*batch.skipped, *batch.rejected, *batch.warnings, *taken_back(str(path), taken)),
    )


def _own_addresses(me: Sequence[str], path: Path) -> list[str]:
    own = []
    for value in me:
        email = normalize_email(value)
        if email is None:
            raise InputError("bad_option", path, detail=f"--me '{value}' is not an email address")
        own.append(email)
    return own


def get_me(workspace: Workspace) -> list[str]:
    """The user's own addresses remembered so far."""
    with workspace.database.session() as session:
        return list(activity_repo.get_setting(session, ME_SETTING, []))


def set_me(workspace: Workspace, addresses: Sequence[str]) -> list[HeldAddress]:
    """Replace the user's own addresses; take them back from the people an earlier import
    made of them (see :func:`held_by_people`). Returns what was taken back."""
    clean = sorted({e for e in (normalize_email(a) for a in addresses) if e})
    with workspace.database.session(write=True) as session:
        activity_repo.set_setting(session, ME_SETTING, clean)
        return own_addresses.release(session, clean)


def held_by_people(workspace: Workspace, addresses: Sequence[str]) -> list[HeldAddress]:
    """Which of ``addresses`` people hold: an import read before they were the user's made
    a person of each, with the user's mail as that person's. Saying they are the user's
    takes them back: that mail goes, and the person too when nothing else is theirs."""
    clean = {e for e in (normalize_email(a) for a in addresses) if e}
    with workspace.database.session() as session:
        return own_addresses.held(session, clean)


@dataclass
class _ContactsMerger(PeopleMerger):
    """The people merger of an address book or lead sheet import."""

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
            other = full_name(values).strip()
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


def _name_key_values(values: dict[str, Any]) -> str:
    return fold_words(f"{full_name(values)} {values.get('company', '')}")


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


__all__ = [
    "ME_SETTING",
    "HeldAddress",
    "get_me",
    "held_by_people",
    "import_contacts",
    "import_mail",
    "set_me",
]

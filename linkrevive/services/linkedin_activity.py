"""The state of one LinkedIn import, and what it makes of messages, invitations and
endorsements (the connections are ``linkedin_connections``'s)."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from linkrevive.domain.enums import Channel, Direction, ProfileStatus, SignalKind
from linkrevive.domain.records import Batch, ImportIssue, LinkedInExport, MessageRow
from linkrevive.domain.text import split_full_name
from linkrevive.matching.normalize import clean_words, company_key
from linkrevive.services.workspace import key_hash
from linkrevive.storage import activity_repo, consultant_repo, linkedin_repo

#: Issue codes of an endorsement or recommendation left out: nobody stored fits its author,
#: or several connections bear the name (a recommendation's company did not tell them apart).
NOT_A_CONNECTION = "not_a_connection"
NAMESAKES = "several_connections_of_that_name"


class ExportApplier:
    """One export being applied to the store: what it holds, what it found, whose it is."""

    def __init__(
        self,
        session: Any,
        export: LinkedInExport,
        export_date: date,
        run_id: int,
        suppressed: frozenset[str],
        newer_export: date | None = None,
        following_export: date | None = None,
        *,
        consultant: int = consultant_repo.IMPLICIT_ID,
        network: int | None = None,
    ) -> None:
        self.session = session
        self.export = export
        self.export_date = export_date
        self.suppressed = suppressed
        #: An export older than the newest one imported adds history only: no removal, no
        #: re-connection, no signal, no change to a current company or title.
        self.older = newer_export is not None
        #: The first export imported after this one: connections this older export alone
        #: holds were gone by then.
        self.gone_by = following_export or newer_export
        #: Past positions whose dates an older export moved.
        self.span_updates: list[dict[str, Any]] = []
        #: Stored profiles in brief, read when the export has connections.
        self.digests: dict[str, linkedin_repo.ProfileDigest] = {}
        #: Profile id of every key, stored or created by this import.
        self.ids: dict[str, int] = {}
        self.counts: dict[str, int] = defaultdict(int)
        #: What the import left out beyond the file's own problems (a touch nobody fits).
        self.issues: list[ImportIssue] = []
        signal_columns = ("kind", "occurred_at", "profile_id", "params", "source_key")
        exchange_columns = ("profile_id", "occurred_at", "direction", "channel", "subject",
                            "counterpart", "source_key")  # fmt: skip
        run = {"import_run_id": run_id, "consultant_id": consultant}
        self.signals = Batch(signal_columns, constants=run)
        self.exchanges = Batch(exchange_columns, constants=run)
        # Those of new messages: their keys were checked against the store already.
        self.message_signals = Batch(signal_columns, constants=run, checked=True)
        self.messages = Batch(exchange_columns, constants=run, checked=True)
        self.changed: set[int] = set()
        #: Whether connections missing from a partial export may be marked removed.
        self.allow_removals = False
        #: The export has no date of its own (and the user did not say it is the newest): it
        #: is seen on no known day, and may be older than what is stored. It adds what the
        #: store does not know, undated; it changes no stored value, marks nobody removed,
        #: and records no signal.
        self.undated = False
        self.export_day = datetime(export_date.year, export_date.month, export_date.day, tzinfo=UTC)
        #: Whose export this is (messages, invitations and signals are theirs), and the
        #: network it changes (None: the database's only one, the profile rows).
        self.consultant = consultant
        self.network = network

    # -- messages, invitations, endorsements -------------------------------------------------

    def _forgotten(self, url: str, email: str | None) -> bool:
        if not self.suppressed:
            return False
        return key_hash(url) in self.suppressed or (
            email is not None and key_hash(email) in self.suppressed
        )

    def _create_profiles(self, wanted: dict[str, tuple[str, ProfileStatus]]) -> None:
        """Create, in one batch, the profiles only messages or invitations know of
        (``url: (full name, status)``); forgotten ones stay unknown."""
        batch = Batch(
            ("url", "first_name", "last_name", "status"),
            constants={"company": "", "position": "",
                       "first_seen": None if self.undated else self.export_date},
        )  # fmt: skip
        for url, (name, status) in wanted.items():
            if url not in self.ids and not self._forgotten(url, None):
                batch.rows.append((url, *split_full_name(name), status.value))
        if not batch.rows:
            return
        ids = linkedin_repo.insert_profiles(self.session, batch, self.network)
        self.ids.update(ids)
        self.changed.update(ids.values())
        self.counts["profiles_from_activity"] += len(ids)

    def _apply_messages(self) -> None:
        owner = self.export.owner_url
        inbound, outbound = Direction.IN.value, Direction.OUT.value
        # (message, direction, counterpart URL, exchange key) for each counterpart.
        found: list[tuple[MessageRow, str, str, str]] = []
        wanted: dict[str, tuple[str, ProfileStatus]] = {}
        ids, blake2b = self.ids, hashlib.blake2b
        counterparts: tuple[str, ...]
        for message in self.export.messages:
            sender = message.sender_url
            if sender is None:
                continue
            if owner is None or sender != owner:
                direction, counterparts = inbound, (sender,)
            else:
                direction, counterparts = outbound, message.recipient_urls
            head = f"li:{message.conversation_id}:{message.sent_at.isoformat()}:{sender}:"
            for url in counterparts:
                if url == owner:
                    continue
                if url not in ids and url not in wanted:  # named only when unknown
                    name = _counterpart_name(message, url, direction)
                    wanted[url] = (name, ProfileStatus.MESSAGE)
                # A compact, stable de-duplication key: a short unique index inserts faster.
                key = "li:" + blake2b((head + url).encode(), digest_size=12).hexdigest()
                found.append((message, direction, url, key))
        # A newer export repeats every earlier message: only new ones go further.
        known = activity_repo.known_exchange_keys(self.session, [f[3] for f in found])
        if known:
            found = [f for f in found if f[3] not in known]
        self._create_profiles({url: wanted[url] for _m, _d, url, _k in found if url in wanted})
        exchanges, signals, ids = self.messages.rows, self.message_signals.rows, self.ids
        linkedin, message_signal = Channel.LINKEDIN.value, SignalKind.LINKEDIN_MESSAGE.value
        subjects: dict[str, str] = {}
        for message, direction, url, key in found:
            pid = ids.get(url)
            if pid is None:  # forgotten
                continue
            exchanges.append((pid, message.sent_at, direction, linkedin, message.subject, url, key))
            if direction == inbound and not self.older:  # an older export: history only
                subject = message.subject
                if subject not in subjects:
                    subjects[subject] = json.dumps({"subject": subject})
                signals.append(
                    (message_signal, message.sent_at, pid, subjects[subject], "sig:" + key)
                )

    def _apply_invitations(self) -> None:
        owner = self.export.owner_url
        found = []
        for invitation in self.export.invitations:
            incoming = invitation.direction is Direction.IN
            url = invitation.inviter_url if incoming else invitation.invitee_url
            name = invitation.from_name if incoming else invitation.to_name
            if url is not None and url != owner:
                found.append((invitation, incoming, url, name))
        self._create_profiles(
            {url: (name, ProfileStatus.INVITATION) for _i, _in, url, name in reversed(found)}
        )
        for invitation, incoming, url, _name in found:
            pid = self.ids.get(url)
            if pid is None or not incoming or self.older or self.undated:  # history only
                continue
            when = invitation.sent_at or self.export_day
            self.signals.rows.append(
                (SignalKind.LINKEDIN_INVITATION.value, when, pid,
                 json.dumps({"message": invitation.message}), f"inv:{url}:{when.isoformat()}")
            )  # fmt: skip

    def _apply_touches(self) -> None:
        """Endorsements and recommendations, each an exchange on the profile of whoever made
        it: found by URL, else by name (titles and degrees aside: "Sample, PhD" is Sample),
        a namesake told apart by the company a recommendation names; one nobody fits is
        left out with a line saying whose it was."""
        if not self.export.touches:
            return
        by_name: dict[tuple[str, ...], list[tuple[int, str, str]]] = defaultdict(list)
        if any(touch.url is None for touch in self.export.touches):
            for pid, url, first, last, company in linkedin_repo.profile_names(self.session):
                by_name[_name_words(first, last)].append((pid, url, company_key(company)))
        for touch in self.export.touches:
            found: tuple[int, str] | None = None
            why = NOT_A_CONNECTION
            if touch.url is not None:
                known = self.ids.get(touch.url)
                found = (known, touch.url) if known is not None else None
            else:
                namesakes = by_name.get(_name_words(touch.first_name, touch.last_name), [])
                found = _one_of(
                    namesakes, company_key(touch.detail) if touch.kind == "recommendation" else ""
                )
                if len(namesakes) > 1:
                    why = NAMESAKES
            if found is None or touch.occurred_at is None:
                self.counts["skipped"] += 1
                name = " ".join(p for p in (touch.first_name, touch.last_name) if p)
                self.issues.append(ImportIssue(touch.file, touch.line, why, name or touch.detail))
                continue
            pid, url = found
            channel = Channel.ENDORSEMENT if touch.kind == "endorsement" else Channel.RECOMMENDATION
            self.exchanges.rows.append(
                (pid, touch.occurred_at, Direction.IN.value, channel.value, touch.detail, url,
                 f"{touch.kind}:{url}:{touch.occurred_at.isoformat()}")
            )  # fmt: skip


def _name_words(first: str, last: str) -> tuple[str, ...]:
    """A name as the matcher compares it: folded words, titles and degrees left out."""
    return (*clean_words(first), *clean_words(last))


def _one_of(profiles: list[tuple[int, str, str]], company: str) -> tuple[int, str] | None:
    """``(id, URL)`` of the one profile of a name, or of the one namesake at ``company``
    (a company key); None when none fits or several do."""
    if len(profiles) > 1 and company:
        profiles = [p for p in profiles if p[2] == company]
    return (profiles[0][0], profiles[0][1]) if len(profiles) == 1 else None


def _counterpart_name(message: MessageRow, url: str, direction: str) -> str:
    """The name the message gives the profile at ``url``: its sender's, or the recipient's
    at the same place in the names as the URL is in the URLs (none when they differ)."""
    if direction == Direction.IN.value:
        return message.sender_name
    names = message.recipient_names.split(",")
    if len(names) != len(message.recipient_urls):
        return ""
    return names[message.recipient_urls.index(url)].strip()


__all__ = ["ExportApplier"]

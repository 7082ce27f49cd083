"""The state of one LinkedIn import, and what it makes of messages, invitations and
endorsements (the connections are ``linkedin_connections``'s)."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from linkrevive.domain.enums import Channel, Direction, ProfileStatus, SignalKind
from linkrevive.domain.message_twins import Message, twins
from linkrevive.domain.records import Batch, ImportIssue, LinkedInExport, MessageRow
from linkrevive.domain.text import split_full_name
from linkrevive.matching.normalize import clean_words, company_key
from linkrevive.services.workspace import key_hash
from linkrevive.storage import activity_repo, consultant_repo, linkedin_repo

#: Issue codes of an endorsement or recommendation left out: nobody stored fits its author,
#: or several connections bear the name (a recommendation's company did not tell them apart).
NOT_A_CONNECTION = "not_a_connection"
NAMESAKES = "several_connections_of_that_name"
#: How the keys of messages of the 2018 layout begin (attached by name); the others begin
#: with ``li:``.
NAMED_KEYS = "lin:"


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
        self._named_left_out: set[tuple[str, str, str]] = set()
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
        #: Profiles whose address this export gives otherwise than the store (a member who
        #: changed it): their messages come again under other keys.
        self.renamed: set[int] = set()
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
        named: list[MessageRow] = []  # the 2018 layout: names, no profile URL
        ids, blake2b = self.ids, hashlib.blake2b
        counterparts: tuple[str, ...]
        for message in self.export.messages:
            sender = message.sender_url
            if sender is None:
                named.append(message)
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
        if self.renamed:
            found = self._not_again(found)
        if found and activity_repo.exchange_keys_stored(self.session, NAMED_KEYS):
            self._supersede_named(found)
        if named:
            found += self._named_messages(named)
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

    def _named_messages(self, named: list[MessageRow]) -> list[tuple[MessageRow, str, str, str]]:
        """``(message, direction, URL, key)`` of the new messages of the 2018 layout, each
        on the connection its counterpart's name fits (a line for each name that none or
        several bear), but those an export with profile URLs gave already (see
        :func:`twins`)."""
        by_name = _ProfileNames(self.session)
        found: list[tuple[MessageRow, str, str, str]] = []
        times: list[Message] = []  # (profile id, direction, time) of each found
        seen: dict[str, int] = defaultdict(int)
        for message in named:
            incoming = message.direction is Direction.IN
            # One sender; the recipients of a message the user sent, one after the other.
            names = [message.sender_name] if incoming else by_name.split(message.recipient_names)
            for name in names:
                fit, why = by_name.one(name)
                if fit is None:
                    self._left_out(message.file, message.line, why, name)
                    continue
                pid, url = fit
                if self._forgotten(url, None):
                    continue
                direction = (Direction.IN if incoming else Direction.OUT).value
                # The profile by its id, which keeps when a later export gives its URL; two
                # messages of one minute to one person are told apart by their order.
                when = message.sent_at.isoformat()
                base = f"{self.consultant}:{pid}:{when}:{direction}:{message.subject}"
                seen[base] += 1
                digest = hashlib.blake2b(f"{base}:{seen[base]}".encode(), digest_size=12)
                found.append((message, direction, url, NAMED_KEYS + digest.hexdigest()))
                times.append((pid, direction, message.sent_at))
        known = activity_repo.known_exchange_keys(self.session, [f[3] for f in found])
        pids = {pid for pid, _direction, _when in times}
        exact = activity_repo.keyed_exchanges(self.session, "li:", pids, self.consultant)
        twinned = twins(times, [(pid, way, when) for _key, pid, way, when in exact])
        return [f for i, f in enumerate(found) if i not in twinned and f[3] not in known]

    def _left_out(self, file: str, line: int, why: str, name: str) -> None:
        """Count a message or invitation that no connection's name fits, with a line for
        the first of each name (a name nobody bears may have written a thousand times)."""
        self.counts["skipped"] += 1
        key = (file, why, name.strip())
        if key not in self._named_left_out:
            self._named_left_out.add(key)
            self.issues.append(ImportIssue(file, line, why, name.strip()))

    def _not_again(
        self, found: list[tuple[MessageRow, str, str, str]]
    ) -> list[tuple[MessageRow, str, str, str]]:
        """Messages with a member whose address changed are keyed by the address an export
        gives, so the same message comes again under another key: one stored with that
        profile, direction and second is kept, this one left out."""
        ids = self.ids
        pids = {ids[url] for _m, _d, url, _k in found if ids.get(url) in self.renamed}
        stored = activity_repo.keyed_exchanges(self.session, "li:", pids, self.consultant)
        seen = {(pid, direction, when) for _key, pid, direction, when in stored}
        return [f for f in found if (ids.get(f[2]), f[1], f[0].sent_at) not in seen]

    def _supersede_named(self, found: list[tuple[MessageRow, str, str, str]]) -> None:
        """Messages of the 2018 layout stored on the profiles of these new messages give
        way to their twins here (see :func:`twins`), which have the exact time."""
        ids = self.ids
        pids = {ids[url] for _m, _d, url, _k in found if url in ids}
        stored = activity_repo.keyed_exchanges(self.session, NAMED_KEYS, pids, self.consultant)
        if not stored:
            return
        gone = twins(
            [(pid, direction, when) for _key, pid, direction, when in stored],
            [(ids[url], direction, m.sent_at) for m, direction, url, _k in found if url in ids],
        )
        activity_repo.delete_exchanges(self.session, [stored[i][0] for i in sorted(gone)])

    def _apply_invitations(self) -> None:
        owner = self.export.owner_url
        found = []
        by_name: _ProfileNames | None = None
        for invitation in self.export.invitations:
            incoming = invitation.direction is Direction.IN
            url = invitation.inviter_url if incoming else invitation.invitee_url
            name = invitation.from_name if incoming else invitation.to_name
            if url is None and incoming and not (self.older or self.undated):
                # Until late 2023 the file names the inviter, without a URL: the connection
                # of that name, when one bears it (only then is an invitation a sign).
                by_name = by_name or _ProfileNames(self.session)
                fit, why = by_name.one(name)
                if fit is None:
                    self._left_out(invitation.file, invitation.line, why, name)
                    continue
                url = fit[1]
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
        touches = self.export.touches
        by_name = _ProfileNames(self.session) if any(t.url is None for t in touches) else None
        for touch in touches:
            found: tuple[int, str] | None = None
            why = NOT_A_CONNECTION
            if touch.url is not None:
                known = self.ids.get(touch.url)
                found = (known, touch.url) if known is not None else None
            elif by_name is not None:
                company = company_key(touch.detail) if touch.kind == "recommendation" else ""
                found, why = by_name.one(touch.first_name, touch.last_name, company)
            if found is None or touch.occurred_at is None:
                why = why or NOT_A_CONNECTION
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


class _ProfileNames:
    """The stored profiles by the words of their name, as the matcher folds them."""

    def __init__(self, session: Any) -> None:
        self.profiles: dict[tuple[str, ...], list[tuple[int, str, str]]] = defaultdict(list)
        for pid, url, first, last, company in linkedin_repo.profile_names(session):
            self.profiles[_name_words(first, last)].append((pid, url, company_key(company)))
        # A name as written, folded once: a file names the same few people again and again.
        self._words: dict[tuple[str, str], tuple[str, ...]] = {}

    def _folded(self, first: str, last: str) -> tuple[str, ...]:
        words = self._words.get((first, last))
        if words is None:
            words = self._words[(first, last)] = _name_words(first, last)
        return words

    def bear(self, first: str, last: str = "") -> bool:
        """Whether a profile bears this name."""
        return self._folded(first, last) in self.profiles

    def split(self, names: str) -> list[str]:
        """The names of a message's recipients, written one after the other with commas
        ("Ann Roy,Bob Lee"), though a name may hold a comma ("Chris Sample, PhD"): at each
        place the longest run of parts that a profile bears, else the part alone."""
        parts = names.split(",")
        found: list[str] = []
        start = 0
        while start < len(parts):
            end = next(
                (end for end in range(len(parts), start + 1, -1)
                 if self.bear(",".join(parts[start:end]))),
                start + 1,
            )  # fmt: skip
            found.append(",".join(parts[start:end]))
            start = end
        return found

    def one(
        self, first: str, last: str = "", company: str = ""
    ) -> tuple[tuple[int, str] | None, str]:
        """``(id, URL)`` of the one profile of this name, or of the one namesake at
        ``company`` (a company key); else None and the issue code saying why."""
        words = self._folded(first, last)
        if not words:  # no name at all fits nobody, even a profile whose name is an emoji
            return None, NOT_A_CONNECTION
        profiles = self.profiles.get(words, [])
        if len(profiles) > 1 and company:
            profiles = [p for p in profiles if p[2] == company] or profiles
        if len(profiles) == 1:
            return (profiles[0][0], profiles[0][1]), ""
        return None, NAMESAKES if profiles else NOT_A_CONNECTION


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

"""What one LinkedIn export's connections do to the stored profiles: new connections,
changed companies and titles (job and title changes, reconnections, as signals), past
positions, removals, and the history an older export adds. The transaction around it, and
the export's dates, are ``linkedin_import``'s; which stored profile each row is,
``linkedin_keys``'; messages and invitations, ``linkedin_activity``'s."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from linkrevive.domain.enums import ProfileStatus, SignalKind
from linkrevive.domain.errors import Cancelled
from linkrevive.domain.models import ProfileState
from linkrevive.domain.records import Batch, CancelledFn, ConnectionRow, ProgressFn
from linkrevive.services.linkedin_keys import ProfileKeys, same_text
from linkrevive.storage import activity_repo, linkedin_repo

#: An export missing more than this share of the current connections, and more than
#: ``PARTIAL_MIN`` of them, is partial (a lone or truncated Connections.csv, say).
PARTIAL_SHARE = 0.2
PARTIAL_MIN = 10


def is_partial(missing: int, current: int) -> bool:
    """Whether an export missing ``missing`` of the ``current`` connections is partial."""
    return missing > PARTIAL_MIN and missing > PARTIAL_SHARE * current


#: Statuses of a profile known from messages or invitations, not yet a connection.
_FIRST_CONTACT = frozenset({ProfileStatus.INVITATION.value, ProfileStatus.MESSAGE.value})


#: What an export of no known day may add to a stored profile that lacks it.
_GAPS = ("email", "connected_on")


def _gaps_filled(state: ProfileState, row: ConnectionRow) -> dict[str, Any]:
    """The email and connection day a row gives a stored profile that has none."""
    return {f: value for f in _GAPS if not getattr(state, f) and (value := getattr(row, f))}


def _differs(state: ProfileState, row: ConnectionRow) -> bool:
    """Whether a row shows a stored profile otherwise: another company or title, or another
    name, email or connection day than stored (an empty cell, or a stored value that is
    empty, makes no difference)."""
    if not (same_text(row.company, state.company) and same_text(row.position, state.position)):
        return True
    return any(
        (value := getattr(row, field)) and (stored := getattr(state, field)) and value != stored
        for field in ("first_name", "last_name", *_GAPS)
    )


class ConnectionsApplier(ProfileKeys):
    """Diffs one export against the stored profiles and writes the difference."""

    def apply(self, progress: ProgressFn, cancelled: CancelledFn) -> dict[str, int]:
        """Write the export's connections, messages, invitations and endorsements; returns
        the counts of what it found."""
        self.counts.update(
            new=0,
            updated=0,
            unchanged=0,
            removed=0,
            skipped=len(self.export.skipped),
            rejected=len(self.export.rejected),
        )
        if self.older:
            self.counts["history"] = 0
        if self.export.has_connections:
            self._apply_connections(cancelled)
        else:
            self.ids = linkedin_repo.profile_ids(self.session)
        progress(2, 4)
        self._apply_messages()
        self._apply_invitations()
        self._apply_touches()
        if cancelled():
            raise Cancelled()
        progress(3, 4)
        self.counts["exchanges"] = sum(
            activity_repo.insert_exchanges(self.session, batch)
            for batch in (self.messages, self.exchanges)
        )
        self.counts["signals"] = sum(
            activity_repo.insert_signals(self.session, batch)
            for batch in (self.message_signals, self.signals)
        )
        progress(4, 4)
        return dict(self.counts)

    # -- connections -------------------------------------------------------------------------

    def _apply_connections(self, cancelled: CancelledFn) -> None:
        day = self.export_date
        older = self.older  # an older export only adds history
        self.digests = digests = linkedin_repo.profile_digests(self.session, self.network)
        self.ids = {url: pid for url, (pid, _status, _values) in digests.items()}
        keyed = self._keys()
        if self.suppressed:
            keyed = [(k, r) for k, r in keyed if not self._forgotten(k, r.email)]
        self._adopt_name_keyed(keyed)
        keyed = self._match_names(keyed)
        keyed = self._follow_renamed(keyed)
        # Columns in ConnectionRow's order, so that a row keyed by its URL goes in as a slice.
        # An older export's connections unknown until now were gone by the next export; so
        # were an undated export's, seen on no known day, when a dated export follows.
        gone_since = older or (self.undated and self.gone_by is not None)
        added_as = ProfileStatus.REMOVED if gone_since else ProfileStatus.CURRENT
        seen_on = None if self.undated else day
        new_rows = Batch(
            ("first_name", "last_name", "url", "email", "company", "position", "connected_on"),
            constants={"status": added_as.value, "first_seen": seen_on, "last_seen": seen_on,
                       "position_since": seen_on}
            | ({"removed_on": self.gone_by} if gone_since else {}),
        )  # fmt: skip
        present = {key for key, _row in keyed}
        closer: list[tuple[str, ConnectionRow]] = []  # rows to compare value by value
        unchanged = 0
        current, values = ProfileStatus.CURRENT.value, linkedin_repo.connection_values
        iso: dict[date | None, str] = {None: ""}
        for index, (key, row) in enumerate(keyed):
            if index % 2000 == 0 and cancelled():
                raise Cancelled()
            digest = digests.get(key)
            if digest is None:
                if key == row.url:
                    new_rows.rows.append(row[:7])
                else:
                    new_rows.rows.append((*row[:2], key, *row[3:7]))
                continue
            when = row.connected_on
            if when not in iso:
                iso[when] = when.isoformat() if when else ""
            _pid, status, stored = digest
            if (
                not older  # most rows of a newer export: the very same values
                and status == current
                and stored
                == values(row.first_name, row.last_name, row.email, row.company, row.position,
                          iso[when])
            ):  # fmt: skip
                unchanged += 1
                continue
            closer.append((key, row))
        self.counts["unchanged"] += unchanged
        updates, past = self._compare(closer)
        # In URL order the unique index on URLs grows at its end: a quarter faster to write.
        new_rows.rows.sort(key=itemgetter(2))
        ids = linkedin_repo.insert_profiles(self.session, new_rows, self.network)
        self.counts["history" if gone_since else "new"] += len(new_rows.rows)
        self.ids.update(ids)
        self.changed |= set(ids.values()) | {u["id"] for u in updates}
        linkedin_repo.update_profiles(self.session, updates, self.network)
        linkedin_repo.insert_positions(self.session, past)
        linkedin_repo.update_positions(self.session, self.span_updates)
        if older:
            # Missing from this export, seen before it and removed after it: gone by now.
            linkedin_repo.mark_gone_earlier(
                self.session, day, keep={self.ids[key] for key in present if key in self.ids}
            )
            return
        gone = [
            pid
            for key, (pid, status, _v) in digests.items()
            if status == current and key not in present
        ]
        if self.undated:
            # On no known day: nobody is seen by it, and those missing from it are kept.
            if gone:
                self.counts["kept_missing"] = len(gone)
            return
        holding = sum(1 for _pid, status, _v in digests.values() if status == current)
        if gone and not self.allow_removals and is_partial(len(gone), holding):
            # A partial export: those missing from it are kept as they are, unseen.
            self.counts["kept_missing"] = len(gone)
            seen = [{"id": self.ids[key], "last_seen": day} for key in present if key in self.ids]
            linkedin_repo.update_profiles(self.session, seen, self.network)
            return
        linkedin_repo.mark_removed(self.session, gone, day, self.network)
        self.counts["removed"] = len(gone)
        if digests:
            # Every connection still current is in this export: one statement marks them
            # (into an empty store, every one was inserted seen on this day).
            linkedin_repo.mark_all_current_seen(self.session, day, self.network)

    def _compare(
        self, rows: list[tuple[str, ConnectionRow]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Compare rows with their stored profile in full: the profile updates and the
        history rows."""
        states = linkedin_repo.load_profile_states(
            self.session, [key for key, _row in rows], self.network
        )
        updates: list[dict[str, Any]] = []
        past: list[dict[str, Any]] = []
        earlier: list[tuple[ProfileState, ConnectionRow]] = []
        day = self.export_date
        for key, row in rows:
            state = states[key]
            if not self.undated and state.last_seen is not None and day < state.last_seen:
                earlier.append((state, row))  # seen before what is stored: history only
                continue
            if state.status == linkedin_repo.TEAMMATES_ONLY:
                # Known to teammates only: a connection of this consultant's own from now.
                updates.append(self._teammates_connection(state, row, past))
                self.counts["history" if self.older else "new"] += 1
                continue
            if self.older:
                found = self._later_sighting(state, row, past)
                self.counts["history" if found else "unchanged"] += 1
                if found:
                    updates.append(found)
                continue
            if state.status in _FIRST_CONTACT:
                # Known from messages or invitations until now: a first connection.
                updates.append(self._first_connection(state, row))
                self.counts["new"] += 1
                continue
            if self.undated:
                # It may be older than what is stored: what it shows differently is no
                # change, and the stored values stay; it only fills what the store lacks.
                filled = _gaps_filled(state, row)
                if filled:
                    updates.append({"id": state.id, **filled})
                different = _differs(state, row)
                self.counts["kept_different" if different else "updated" if filled
                            else "unchanged"] += 1  # fmt: skip
                continue
            change = self._diff(state, row, past)
            self.counts["updated" if change else "unchanged"] += 1
            if change:
                updates.append(change)
        updates += self._add_history(earlier, past)
        return updates, past

    def _first_connection(self, state: ProfileState, row: ConnectionRow) -> dict[str, Any]:
        """The update of a profile known from messages or invitations that is now a
        connection: every value from the export, seen from the export's day."""
        day = None if self.undated else self.export_date  # an undated export: no known day
        first_seen = {} if state.first_seen is not None else {"first_seen": day}
        return first_seen | {
            "id": state.id,
            "first_name": row.first_name,
            "last_name": row.last_name,
            "email": row.email,
            "company": row.company,
            "position": row.position,
            "connected_on": row.connected_on,
            "status": ProfileStatus.CURRENT.value,
            "last_seen": day,
            "position_since": day,
            "removed_on": None,
        }

    def _teammates_connection(
        self, state: ProfileState, row: ConnectionRow, past: list[dict[str, Any]]
    ) -> dict[str, Any]:
        """The update of a profile only teammates were connected to, in this consultant's
        export: their own connection from now on. A newer export changes the shared values
        as it would for one's own connection (a job change is everyone's signal); an older
        one adds the connection as it was then, gone by the next export, and nothing else."""
        day = None if self.undated else self.export_date  # an undated export: no known day
        tie: dict[str, Any] = {"id": state.id, "connected_on": row.connected_on,
                               "first_seen": day, "last_seen": day}  # fmt: skip
        if self.older:
            return tie | {"status": ProfileStatus.REMOVED.value, "removed_on": self.gone_by}
        if self.undated:  # the shared values stay, as for one's own connections
            return tie | {"status": ProfileStatus.CURRENT.value, "removed_on": None}
        change = self._diff(state, row, past) or {}
        return change | tie | {"status": ProfileStatus.CURRENT.value, "removed_on": None}

    def _later_sighting(
        self, state: ProfileState, row: ConnectionRow, past: list[dict[str, Any]]
    ) -> dict[str, Any] | None:
        """An older export that still shows a profile later than the store does (one gone
        from the newest export, or known from messages only): its last known values, no
        signal. Returns the update, or None when nothing changes."""
        day = self.export_date
        change: dict[str, Any] = {}
        if not (same_text(row.company, state.company) and same_text(row.position, state.position)):
            if (state.company or state.position) and state.last_seen is not None:
                past.append(self._span(state))
            change.update(company=row.company, position=row.position, position_since=day)
        for field in ("first_name", "last_name", "email", "connected_on"):
            value = getattr(row, field)
            if value and value != getattr(state, field):
                change[field] = value
        if state.last_seen != day:
            change["last_seen"] = day
        if state.first_seen is None or day < state.first_seen:
            change["first_seen"] = day
        if state.status != ProfileStatus.CURRENT and (
            state.status != ProfileStatus.REMOVED or state.removed_on != self.gone_by
        ):
            change.update(status=ProfileStatus.REMOVED.value, removed_on=self.gone_by)
        if not change:
            return None
        change["id"] = state.id
        return change

    def _span(self, state: ProfileState) -> dict[str, Any]:
        """The stored current company and title as a past position, with its export dates."""
        return {
            "profile_id": state.id,
            "company": state.company,
            "position": state.position,
            "first_seen": state.position_since or state.first_seen or self.export_date,
            "last_seen": state.last_seen or self.export_date,
        }

    def _add_history(
        self, earlier: list[tuple[ProfileState, ConnectionRow]], past: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """What an export shows of profiles the store has seen later: each company and title
        joins the position history at the export's date (widening the span of the same
        position next to it, or as a span of its own); current values never change.
        Returns the profile updates (an earlier first day seen)."""
        if not earlier:
            return []
        day = self.export_date
        spans = linkedin_repo.position_spans(self.session, [s.id for s, _row in earlier])
        updates: list[dict[str, Any]] = []
        for state, row in earlier:
            change: dict[str, Any] = {}
            if state.first_seen is None or day < state.first_seen:
                change["first_seen"] = day
            grew = False
            if row.company or row.position:
                timeline: list[tuple[date, date, str, str, int | None]] = [
                    (first, last, company, position, span_id)
                    for span_id, company, position, first, last in spans.get(state.id, [])
                ]
                if state.company or state.position:
                    since = state.position_since or state.first_seen or state.last_seen
                    assert since is not None and state.last_seen is not None
                    timeline.append((since, state.last_seen, state.company, state.position, None))
                grew = self._place(state, row, timeline, past, change)
            self.counts["history" if grew else "unchanged"] += 1
            if change:
                change["id"] = state.id
                updates.append(change)
        return updates

    def _place(
        self,
        state: ProfileState,
        row: ConnectionRow,
        timeline: list[tuple[date, date, str, str, int | None]],
        past: list[dict[str, Any]],
        change: dict[str, Any],
    ) -> bool:
        """Put the row's company and title, seen on the export's day, into ``timeline``
        (``(first, last, company, title, past position id or None for the current one)``).
        Returns whether the history grew."""
        day = self.export_date

        def same(span: tuple[date, date, str, str, int | None]) -> bool:
            return same_text(row.company, span[2]) and same_text(row.position, span[3])

        inside = [span for span in timeline if span[0] <= day <= span[1]]
        if any(same(span) for span in inside):
            return False
        after = min((s for s in timeline if s[0] > day), key=itemgetter(0), default=None)
        before = max((s for s in timeline if s[1] < day), key=itemgetter(1), default=None)
        if not inside and after is not None and same(after):
            if after[4] is None:  # the current position: held since this earlier export
                change["position_since"] = day
            else:
                self.span_updates.append({"id": after[4], "first_seen": day, "last_seen": after[1]})
        elif not inside and before is not None and same(before) and before[4] is not None:
            self.span_updates.append({"id": before[4], "first_seen": before[0], "last_seen": day})
        else:
            past.append(
                {"profile_id": state.id, "company": row.company, "position": row.position,
                 "first_seen": day, "last_seen": day}
            )  # fmt: skip
        return True

    def _diff(
        self, state: ProfileState, row: ConnectionRow, past: list[dict[str, Any]]
    ) -> dict[str, Any] | None:
        """What changed since the stored state (signals recorded); None when nothing did.

        Changes are dated at this export's date, and their params carry the span between
        the export that last showed the old values and this one; values no dated export
        showed are replaced without a signal.
        """
        change: dict[str, Any] = {}
        when = self.export_day
        span = {"later_export": self.export_date.isoformat()}
        if state.last_seen is not None:
            span["earlier_export"] = state.last_seen.isoformat()
        same_company = same_text(row.company, state.company)
        same_title = same_text(row.position, state.position)
        if self._seen_later_by_teammates(state):
            # A teammate's later export shows the current company and title: this one's
            # are older news, neither a change nor the current values.
            same_company = same_title = True
        # Values seen on no known day (an undated export's: neither seen nor held since a
        # known day, in anyone's export) may be years old: replacing them, or finding such
        # a connection again, is no news, and they leave no dated span behind.
        dated = state.last_seen is not None or state.position_since is not None
        if dated:
            self._signal_change(state, row, same_company, same_title, when, span)
            self._reconnection(state, row)
        if not (same_company and same_title):
            if dated and (state.company or state.position):  # the span that ended: history
                past.append(self._span(state))
            change.update(company=row.company, position=row.position, position_since=when.date())
        for field in ("first_name", "last_name", "connected_on"):
            value = getattr(row, field)
            if value and value != getattr(state, field):
                change[field] = value
        if row.email and row.email != state.email:
            change["email"] = row.email
        if state.status != ProfileStatus.CURRENT:
            change.update(status=ProfileStatus.CURRENT.value, removed_on=None)
        if not change:
            return None
        change["id"] = state.id
        return change

    def _signal_change(
        self,
        state: ProfileState,
        row: ConnectionRow,
        same_company: bool,
        same_title: bool,
        when: datetime,
        span: dict[str, str],
    ) -> None:
        """The job or title change a row shows against the stored state, as a signal."""
        if row.company and not same_company:
            # A new company, or one where there was none.
            self._signal(SignalKind.JOB_CHANGE, state, when, old_company=state.company,
                         new_company=row.company, position=row.position,
                         old_position=state.position, **span)  # fmt: skip
        elif row.position and not (state.company or state.position or row.company):
            # A title where there was nothing at all: a job all the same.
            self._signal(SignalKind.JOB_CHANGE, state, when, old_company="", new_company="",
                         position=row.position, old_position="", **span)  # fmt: skip
        elif same_company and not same_title and row.position and row.company:
            self._signal(SignalKind.TITLE_CHANGE, state, when, company=row.company,
                         old_position=state.position, new_position=row.position,
                         **span)  # fmt: skip

    def _seen_later_by_teammates(self, state: ProfileState) -> bool:
        """Whether the profile's current company and title were first seen (in a teammate's
        export) after this export's day."""
        since = state.position_since
        return self.network is not None and since is not None and self.export_date < since

    def _reconnection(self, state: ProfileState, row: ConnectionRow) -> None:
        """Signal a connection made again: one removed that is back with a newer (or unknown)
        connection date, or a current one whose connection date moved on. Dated on its
        connection day when that falls between the two exports, else on this export's."""
        new, old = row.connected_on, state.connected_on
        later = new is not None and old is not None and new > old
        if state.status == ProfileStatus.REMOVED:
            # Back with the same connection day: it was missing from one export, no more.
            if not (later or new is None or old is None):
                return
            previous = state.removed_on or state.last_seen
        elif later:
            previous = state.last_seen
        else:
            return
        day = self.export_date
        params: dict[str, Any] = {"later_export": day.isoformat(),
                                  "previous": old.isoformat() if old else None}  # fmt: skip
        if previous is not None:
            params["earlier_export"] = previous.isoformat()
        when = self.export_day
        if new is not None and (previous is None or previous < new) and new <= day:
            when = datetime(new.year, new.month, new.day, tzinfo=UTC)
            params["connected_on"] = new.isoformat()
        self._signal(SignalKind.RECONNECTED, state, when, **params)

    def _signal(self, kind: SignalKind, state: ProfileState, when: datetime, **params: Any) -> None:
        self.signals.rows.append(
            (kind.value, when, state.id, json.dumps(params),
             f"{kind.value}:{state.url}:{when.date().isoformat()}")
        )  # fmt: skip


__all__ = ["PARTIAL_MIN", "PARTIAL_SHARE", "ConnectionsApplier", "is_partial"]

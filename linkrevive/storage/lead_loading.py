"""Set-based loading of what the revival engine reads: every lead with its exchanges,
signals and paired profile, for Today and the exports (as one consultant of a shared
database sees them, when asked).

Read on SQLAlchemy Core, through the ``table()`` clauses of ``storage.listings`` and
``storage.team_listings``, on a plain connection (``Database.reading``) or a session:
``today`` loads neither SQLModel nor the ORM.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import sqlalchemy as sa

from linkrevive.domain.enums import (
    PAIRED,
    Channel,
    Direction,
    LeadState,
    ProfileStatus,
    SignalKind,
    Stage,
    StallReason,
)
from linkrevive.storage.listings import (
    EXCHANGE,
    PAIRING,
    PERSON,
    PERSON_EMAIL,
    POSITION,
    PROFILE,
    SIGNAL,
    StoredParams,
    automated_people,
    display_name,
    joined_name,
    raw_text,
    utc,
)
from linkrevive.storage.team_listings import CONNECTION, IMPLICIT_ID, PERSONAL

if TYPE_CHECKING:
    from linkrevive.storage.listings import Reader


#: Lead states that never reach the Today list, whatever the date.
HIDDEN_STATES = (
    LeadState.DISMISSED.value,
    LeadState.DO_NOT_CONTACT.value,
    LeadState.REVIVED.value,
)
_CHUNK = 900  # below SQLite's default limit of bound parameters

E = TypeVar("E", bound=tuple[Any, ...])
S = TypeVar("S")
C = TypeVar("C", bound=tuple[Any, ...])

#: The named tuple of one exchange fact: (occurred_at, direction, channel).
ExchangeType = type[E]
#: Builds one signal fact from (kind, occurred_at, params).
SignalFactory = Callable[[SignalKind, datetime, Mapping[str, Any]], S]
#: The named tuple of one company contact: (name, company, profile URL or None).
ContactType = type[C]

_DIRECTIONS = {d.value: d for d in Direction}
_CHANNELS = {c.value: c for c in Channel}
_KINDS = {k.value: k for k in SignalKind}
_STAGES = {s.value: s for s in Stage}
_STALLS = {r.value: r for r in StallReason}
_STATES = {s.value: s for s in LeadState}
# An exchange's owner, direction and channel travel as one integer (see _owner_kind): the
# driver builds a Python object per cell, which cost more than the rest of the row at
# 200,000 rows.
_CHANNEL_LIST = list(Channel)
_EXCHANGE_KINDS = [(d, c) for d in Direction for c in _CHANNEL_LIST]


@dataclass(slots=True)
class LeadSnapshot(Generic[E, S]):
    """One person as the engine needs them, with their paired profile folded in."""

    person_id: int
    name: str
    first_name: str
    company: str
    position: str
    country: str
    emails: tuple[str, ...]
    stage: Stage | None
    stall_reason: StallReason | None
    lead_state: LeadState
    state_until: date | None
    profile_id: int | None = None
    linkedin_url: str | None = None
    #: (company, position) of the paired profile, oldest first.
    history: tuple[tuple[str, str], ...] = ()
    exchanges: list[E] = field(default_factory=list)
    signals: list[S] = field(default_factory=list)
    #: How the person relates to the user, set by the service (see revival.facts.RELATIONS).
    relation: str = ""
    #: Every email address of the person is a shared box (contact@, info@…).
    role_only: bool = False
    #: An automated sender (newsletter, notification…), once the store knows person kinds.
    automated: bool = False


@dataclass(slots=True)
class LeadWorld(Generic[E, S, C]):
    """Every lead snapshot plus the LinkedIn connections for the company-contact lines."""

    leads: list[LeadSnapshot[E, S]]
    contacts: list[C]


#: What a lead takes of its LinkedIn profile: id, URL, name, company and title.
_PROFILE_FIELDS = (
    PROFILE.c.id,
    PROFILE.c.url,
    PROFILE.c.first_name,
    PROFILE.c.last_name,
    PROFILE.c.company,
    PROFILE.c.position,
)


def _day(value: date | str) -> date:
    """A date from a driver value (SQLite hands back ISO text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _plain_rows(reader: Reader, stmt: sa.Select[Any]) -> list[Any]:
    """Every row of ``stmt`` as the driver's own tuples, for the loads of 30,000+ rows.

    Building SQLAlchemy's row objects costs a sixth of such a query; the statement must
    need no result processing (numbers, text, ``_raw`` dates and date-times) and have only
    literal parameters (numbers, text, dates and date-times), which are rendered into the
    SQL.
    """
    connection = reader if isinstance(reader, sa.Connection) else reader.connection()
    sql = stmt.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(sql))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _role_only(emails: tuple[str, ...], flagged: set[str]) -> bool:
    """True when ``emails`` are all shared boxes, as stored: every writer flags them by the
    rule, and migration 0010 flagged those an older version stored unflagged."""
    return bool(emails) and all(e in flagged for e in emails)


def _pairs(reader: Reader) -> dict[int, int]:
    """Person id → profile id of every automatic or confirmed pairing (lowest profile id)."""
    rows = _plain_rows(
        reader,
        sa.select(PAIRING.c.person_id, sa.func.min(PAIRING.c.profile_id))
        .where(PAIRING.c.status.in_(PAIRED))
        .group_by(PAIRING.c.person_id),
    )
    return {person_id: profile_id for person_id, profile_id in rows}


def _exchange_kind() -> sa.ColumnElement[Any]:
    """Index into ``_EXCHANGE_KINDS`` of an exchange row; NULL for a value of a newer version."""
    width = len(_CHANNEL_LIST)
    direction = sa.case(
        {d.value: i * width for i, d in enumerate(Direction)}, value=EXCHANGE.c.direction
    )
    channel = sa.case({c.value: i for i, c in enumerate(_CHANNEL_LIST)}, value=EXCHANGE.c.channel)
    return direction + channel


def _owner() -> sa.ColumnElement[Any]:
    """Who an exchange row belongs to: the person id, else the negated profile id."""
    return sa.func.coalesce(EXCHANGE.c.person_id, -EXCHANGE.c.profile_id)


def _owner_kind() -> sa.ColumnElement[Any]:
    """``_owner() * len(_EXCHANGE_KINDS) + _exchange_kind()``: ``divmod`` by the number of
    kinds gives both back (floor division keeps negated profile ids right); NULL for a
    direction or channel of a newer version."""
    return _owner() * len(_EXCHANGE_KINDS) + _exchange_kind()


# SQLite compares date-times as text: a value written with an offset sorts by its local
# date, at most a day away from its UTC one. Date filters in SQL take this much slack, and
# Python applies the exact bound where it matters.
_TEXT_SLACK = timedelta(days=1)


#: Signals of a change on the profile itself: seen in anyone's export, news for everyone.
_PROFILE_CHANGES = (SignalKind.JOB_CHANGE.value, SignalKind.TITLE_CHANGE.value)


def _whose(column: sa.ColumnElement[Any], consultant: int) -> sa.ColumnElement[bool]:
    """Rows of ``consultant`` or of nobody in particular (email, lead sheets): in a shared
    database a teammate's LinkedIn messages and invitations are not the viewer's."""
    return sa.or_(column.is_(None), column == consultant)


def _answered(
    reader: Reader, since: datetime, day: date, consultant: int | None = None
) -> set[int]:
    """Owners (as ``_owner``) of an outgoing exchange from ``since`` to the end of ``day``.

    Only exchanges the loader keeps count: a direction or channel of a newer version is
    skipped below, so it must not leave anybody out here either; the dates are read as the
    loader reads them.
    """
    end = datetime.combine(day + timedelta(days=1), time(), UTC)
    owner = _owner()
    stmt = sa.select(owner, raw_text(EXCHANGE.c.occurred_at)).where(
        EXCHANGE.c.direction == Direction.OUT.value,
        EXCHANGE.c.channel.in_([c.value for c in _CHANNEL_LIST]),
        EXCHANGE.c.occurred_at >= since - _TEXT_SLACK,
        EXCHANGE.c.occurred_at < end + _TEXT_SLACK,
        owner.is_not(None),
    )
    if consultant is not None:
        stmt = stmt.where(_whose(EXCHANGE.c.consultant_id, consultant))
    rows = _plain_rows(reader, stmt)
    return {who for who, occurred in rows if since <= utc(occurred) < end}


def load_leads(
    reader: Reader,
    *,
    exchange_type: ExchangeType[E],
    make_signal: SignalFactory[S],
    contact_type: ContactType[C],
    visible_on: date | None = None,
    answered_since: datetime | None = None,
    signals_since: datetime | None = None,
    timeless_signals: Collection[SignalKind] = (),
    stranger_signals: Collection[SignalKind] = (),
    consultant: int | None = None,
) -> LeadWorld[E, S, C]:
    """Every person with stage, state, emails, paired profile, exchanges and signals.

    Set-based queries whatever the size. Exchanges and signals reach a person both
    directly and through their paired profile (pairing ``auto`` or ``confirmed``). With
    ``visible_on``, people the ranking would hide on that day anyway (dismissed, revived,
    do-not-contact, clients, snoozed past that day) are left out, to load less; with
    ``answered_since`` too, so are the people with an outgoing exchange (theirs or their
    paired profile's) from that instant to the end of ``visible_on``: the user is in touch
    with them. With ``signals_since``, signals dated before it are left out, except those
    of the ``timeless_signals`` kinds. ``contacts`` are the current LinkedIn connections
    with a company. A LinkedIn profile paired with nobody that has a signal of the
    ``stranger_signals`` kinds (a stranger's invitation) comes as a lead of its own, with
    no email side: its ``person_id`` is the negated profile id.

    With ``consultant`` (a shared database), the leads are as that consultant sees them:
    their own lead states (a named consultant's rows of ``personal_lead_state``, the
    person row's for the implicit one; a do-not-contact is the team's), and of the
    LinkedIn exchanges and signals only their own, the profile changes (job, title)
    excepted; exchanges and signals no consultant owns (email) are everyone's; the
    ``contacts`` are their own current connections.
    """
    pairs = _pairs(reader)
    answered: set[int] = set()
    if visible_on is not None and answered_since is not None:
        answered = _answered(reader, answered_since, visible_on, consultant)
    lead_state: sa.ColumnElement[Any] = PERSON.c.lead_state
    state_until: sa.ColumnElement[Any] = PERSON.c.state_until
    people: sa.FromClause = PERSON
    if consultant is not None and consultant != IMPLICIT_ID:
        # A named consultant's own state; a do-not-contact on the person row is the team's.
        people = PERSON.outerjoin(
            PERSONAL,
            sa.and_(PERSONAL.c.person_id == PERSON.c.id, PERSONAL.c.consultant_id == consultant),
        )
        team_dnc = PERSON.c.lead_state == LeadState.DO_NOT_CONTACT.value
        lead_state = sa.case(
            (team_dnc, PERSON.c.lead_state),
            else_=sa.func.coalesce(PERSONAL.c.lead_state, LeadState.ACTIVE.value),
        )
        state_until = sa.case((team_dnc, PERSON.c.state_until), else_=PERSONAL.c.state_until)
    stmt = sa.select(
        PERSON.c.id,
        PERSON.c.first_name,
        PERSON.c.last_name,
        PERSON.c.display_name,
        PERSON.c.company,
        PERSON.c.position,
        PERSON.c.country,
        PERSON.c.stage,
        PERSON.c.stall_reason,
        lead_state,
        raw_text(state_until),
    ).select_from(people)
    if visible_on is not None:
        stmt = stmt.where(
            lead_state.not_in(HIDDEN_STATES),
            sa.or_(PERSON.c.stage.is_(None), PERSON.c.stage != Stage.CLIENT.value),
            sa.or_(
                lead_state != LeadState.SNOOZED.value,
                sa.and_(state_until.is_not(None), state_until <= visible_on),
            ),
        )
    automated = automated_people(reader)
    raw_people = _plain_rows(reader, stmt)
    emails: dict[int, list[str]] = {}
    flagged: set[str] = set()  # addresses stored as shared boxes
    for person_id, email, is_role in _plain_rows(
        reader,
        sa.select(PERSON_EMAIL.c.person_id, PERSON_EMAIL.c.email, PERSON_EMAIL.c.is_role).order_by(
            PERSON_EMAIL.c.id
        ),
    ):
        known = emails.get(person_id)
        if known is None:
            emails[person_id] = [email]
        else:
            known.append(email)
        if is_role:
            flagged.add(email)

    leads: dict[int, LeadSnapshot[E, S]] = {}
    by_profile: dict[int, LeadSnapshot[E, S]] = {}
    nameless: set[int] = set()  # shown under an email address until LinkedIn names them
    stages, stalls, states, active = _STAGES, _STALLS, _STATES, LeadState.ACTIVE
    for (
        pid,
        first,
        last,
        display,
        company,
        position,
        country,
        stage,
        stall,
        state,
        until,
    ) in raw_people:
        mails = emails.get(pid, ())
        profile_id = pairs.get(pid)
        lead: LeadSnapshot[E, S] = LeadSnapshot(
            pid,
            display_name(first, last, display, mails),
            first,
            company,
            position,
            country,
            tuple(mails),
            stages.get(stage) if stage else None,
            stalls.get(stall) if stall else None,
            states.get(state, active),
            _day(until) if until is not None else None,
            profile_id,
        )
        if pid in automated:
            lead.automated = True
        leads[pid] = lead
        if not (first or last or display):
            nameless.add(pid)
        if profile_id is not None:
            by_profile[profile_id] = lead
    if answered:
        # Left out only once every pairing is known: a profile's exchanges go to the one
        # person ``by_profile`` names, so only that person is in touch through them.
        for pid in [
            pid
            for pid, lead in leads.items()
            if pid in answered
            or (
                lead.profile_id is not None
                and -lead.profile_id in answered
                and by_profile.get(lead.profile_id) is lead
            )
        ]:
            lead = leads.pop(pid)
            if lead.profile_id is not None and by_profile.get(lead.profile_id) is lead:
                del by_profile[lead.profile_id]
    # Whether every address is a shared box, for the people kept only.
    for lead in leads.values():
        lead.role_only = _role_only(lead.emails, flagged)

    contacts: list[C] = []
    current: dict[int, tuple[str, str]] = {}
    current_status = ProfileStatus.CURRENT.value
    # In a shared database the way back in is one of the viewer's own connections.
    mine = None if consultant is None else _current_ties(reader, consultant)
    for profile_id, url, p_first, p_last, p_company, p_position, status in _plain_rows(
        reader,
        sa.select(*_PROFILE_FIELDS, PROFILE.c.status),
    ):
        paired = by_profile.get(profile_id)
        if paired is not None:
            current[profile_id] = (p_company, p_position)
            paired.linkedin_url = url if url.startswith("http") else None
            if paired.person_id in nameless and (p_first or p_last):
                paired.name = joined_name(p_first, p_last)
            # The email side often lacks the first name or company LinkedIn knows.
            if not paired.first_name:
                paired.first_name = p_first
            if not paired.company:
                paired.company = p_company
            if not paired.position:
                paired.position = p_position
        if p_company and status == current_status and (mine is None or profile_id in mine):
            link = url if url.startswith("http") else None
            # A named tuple built by tuple.__new__, as the exchanges below (30,000 a load).
            contacts.append(
                tuple.__new__(contact_type, (joined_name(p_first, p_last), p_company, link))
            )

    history: dict[int, list[tuple[str, str]]] = {}
    for profile_id, company, position in reader.execute(
        sa.select(POSITION.c.profile_id, POSITION.c.company, POSITION.c.position).order_by(
            POSITION.c.profile_id, POSITION.c.first_seen, POSITION.c.id
        )
    ):
        if profile_id in by_profile:
            history.setdefault(profile_id, []).append((company, position))
    # The position table holds past spans; the current one is on the profile itself.
    for profile_id, now in current.items():
        by_profile[profile_id].history = (*history.get(profile_id, ()), now)

    # One lookup per row: exchanges on a profile are keyed by the negated profile id.
    owners: dict[int, list[E]] = {pid: lead.exchanges for pid, lead in leads.items()}
    owners.update({-profile_id: lead.exchanges for profile_id, lead in by_profile.items()})
    kinds_of, width, parse = _EXCHANGE_KINDS, len(_EXCHANGE_KINDS), datetime.fromisoformat
    # The facts are named tuples, built by tuple.__new__ from their fields: their Python
    # constructor was a third of this loop.
    new = tuple.__new__
    exchanges = sa.select(_owner_kind(), raw_text(EXCHANGE.c.occurred_at))
    if consultant is not None:
        exchanges = exchanges.where(_whose(EXCHANGE.c.consultant_id, consultant))
    rows = _plain_rows(reader, exchanges)
    # The hot path of the whole load, inlined: 200,000 rows at full size.
    for code, occurred in rows:
        if code is None:  # a direction or channel of a newer version
            continue
        who, kind = divmod(code, width)
        target = owners.get(who)
        if target is None:
            continue
        if type(occurred) is str:
            try:
                when = parse(occurred + "+00:00")  # SQLite's naive UTC text
            except ValueError:  # text that already carries an offset
                when = utc(occurred)
        else:  # a driver's datetime
            when = utc(occurred)
        direction, channel = kinds_of[kind]
        target.append(new(exchange_type, (when, direction, channel)))
    del rows

    kinds = _KINDS
    signals = sa.select(
        SIGNAL.c.person_id,
        SIGNAL.c.profile_id,
        SIGNAL.c.kind,
        raw_text(SIGNAL.c.occurred_at),
        SIGNAL.c.params,
    )
    if consultant is not None:
        signals = signals.where(
            sa.or_(
                _whose(SIGNAL.c.consultant_id, consultant),
                SIGNAL.c.kind.in_(_PROFILE_CHANGES),
            )
        )
    if signals_since is not None:
        signals = signals.where(
            sa.or_(
                SIGNAL.c.occurred_at >= signals_since - _TEXT_SLACK,  # a superset
                SIGNAL.c.kind.in_([k.value for k in timeless_signals]),
            )
        )
    paired_anyhow = set(pairs.values())  # hidden or in-touch people's profiles too
    strangers: dict[int, list[S]] = {}
    for person_id, profile_id, kind, occurred, params in _plain_rows(reader, signals):
        lead_of = leads.get(person_id) if person_id is not None else by_profile.get(profile_id)
        signal_kind = kinds.get(kind)
        if signal_kind is None:  # a kind of a newer version
            continue
        if lead_of is None:
            if (
                person_id is None
                and signal_kind in stranger_signals
                and profile_id not in paired_anyhow
            ):
                strangers.setdefault(profile_id, []).append(
                    make_signal(signal_kind, utc(occurred), StoredParams(params))
                )
            continue
        lead_of.signals.append(make_signal(signal_kind, utc(occurred), StoredParams(params)))
    found = list(leads.values())
    if strangers:
        found.extend(_strangers(reader, strangers))
    return LeadWorld(found, contacts)


def _current_ties(reader: Reader, consultant: int) -> set[int]:
    """The profiles the consultant is connected to now."""
    rows = _plain_rows(
        reader,
        sa.select(CONNECTION.c.profile_id).where(
            CONNECTION.c.consultant_id == consultant,
            CONNECTION.c.status == ProfileStatus.CURRENT.value,
        ),
    )
    return {profile_id for (profile_id,) in rows}


def _strangers(reader: Reader, signals: dict[int, list[S]]) -> list[LeadSnapshot[E, S]]:
    """Profiles paired with nobody, with their signals, as leads with no email side."""
    ids = sorted(signals)
    found: list[LeadSnapshot[E, S]] = []
    for start in range(0, len(ids), _CHUNK):
        for profile_id, url, first, last, company, position in reader.execute(
            sa.select(*_PROFILE_FIELDS).where(PROFILE.c.id.in_(ids[start : start + _CHUNK]))
        ):
            lead: LeadSnapshot[E, S] = LeadSnapshot(
                -profile_id,
                joined_name(first, last) or url,
                first,
                company,
                position,
                "",
                (),
                None,
                None,
                LeadState.ACTIVE,
                None,
                profile_id,
                url if url.startswith("http") else None,
            )
            lead.signals = signals[profile_id]
            if company or position:
                lead.history = ((company, position),)
            found.append(lead)
    return found

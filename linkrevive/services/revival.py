"""The morning list: load the facts, rank dormant leads, and export what comes out."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from linkrevive.domain.enums import Channel, Direction, SignalKind, Stage, StallReason
from linkrevive.domain.errors import InputError
from linkrevive.domain.phrases import SECTION_LABELS, STAGE_LABELS, STALL_LABELS
from linkrevive.exporters import (
    ReactivationRow,
    ToConnectRow,
    linkedin_search_url,
    usable_delimiter,
    write_reactivation_csv,
    write_to_connect_csv,
)
from linkrevive.exporters.cells import Output
from linkrevive.matching import normalize
from linkrevive.matching.normalize import is_free_mail
from linkrevive.revival import (
    AUTOMATED,
    COLLEAGUE,
    CONTACT,
    PROSPECT,
    ROLE,
    TIMELESS_SIGNALS,
    Candidate,
    CompanyContact,
    ExchangeFact,
    Lead,
    RevivalSettings,
    SignalFact,
    company_key,
    duration_text,
    fresh_since,
    in_touch_since,
    rank,
    rank_shortlist,
    reasons_text,
    signal_sentence,
)
from linkrevive.revival.candidates import DUE as DUE
from linkrevive.revival.candidates import FRESH as FRESH
from linkrevive.revival.candidates import NETWORK as NETWORK
from linkrevive.revival.candidates import SECTIONS as SECTIONS
from linkrevive.revival.learning import SignRecord
from linkrevive.services import consultants, learned_ranking
from linkrevive.services.export_target import ExportTarget, check_target
from linkrevive.services.workspace import Workspace, gc_paused
from linkrevive.storage import lead_loading, preferences, team_listings

#: Signals that bring a LinkedIn profile paired with nobody into the "new in your network"
#: block (its ``person_id`` is then the negated profile id: there is no person to act on).
STRANGER_SIGNALS = frozenset({SignalKind.LINKEDIN_INVITATION})
#: Key of the ranking settings in the settings table.
SETTINGS_KEY = "revival"
EXPORT_FORMATS = ("csv", "xlsx")


@dataclass(frozen=True, slots=True)
class TodayItem:
    """One lead of the morning list, with its score explained in ``lang``.

    ``reasons`` are sentences, strongest first; ``why_now`` is the leading one; ``opener``
    maps ``fr`` and ``en`` to a suggested first message; ``signals`` are the fresh signals,
    newest first.
    """

    person_id: int
    name: str
    company: str
    emails: tuple[str, ...]
    linkedin_url: str | None
    last_exchange: datetime | None
    stage: Stage | None
    stall_reason: StallReason | None
    score: int
    reasons: list[str]
    why_now: str
    opener: Mapping[str, str]
    signals: tuple[SignalFact, ...] = ()
    position: str = ""
    country: str = ""
    dormant_since: date | None = None
    dormant_days: int = 0
    waiting_reply: bool = False
    has_fresh_signal: bool = False
    reason_codes: tuple[str, ...] = field(default_factory=tuple)
    #: ``fresh`` (a lead with a fresh sign), ``due`` (revisit window come due) or
    #: ``network`` (not a prospect: "new in your network").
    section: str = FRESH

    @property
    def email(self) -> str | None:
        """The first address of the person, if any."""
        return self.emails[0] if self.emails else None


@dataclass(frozen=True, slots=True)
class Morning:
    """The morning list and what it leaves out: ``more_due`` more leads are due."""

    items: list[TodayItem]
    more_due: int = 0
    as_of: date | None = None


@dataclass(frozen=True, slots=True)
class ToConnectItem:
    """An email contact not yet doubled on LinkedIn, with a people-search link."""

    person_id: int
    name: str
    email: str
    company: str
    last_exchange: datetime | None
    search_url: str


# -- settings -------------------------------------------------------------------------------


def get_settings(workspace: Workspace) -> RevivalSettings:
    """The ranking settings stored in the database (defaults when none or unreadable).

    A stored value that no longer reads (hand-edited, or written by a future version with
    other types) falls back to the defaults rather than blocking the morning list.
    """
    with workspace.database.reading() as connection:
        stored = preferences.get_setting(connection, SETTINGS_KEY)
    if not isinstance(stored, Mapping):
        return RevivalSettings()
    try:
        return RevivalSettings.from_dict(stored)
    except ValueError:
        return RevivalSettings()


def save_settings(workspace: Workspace, settings: RevivalSettings) -> None:
    """Store the ranking settings (a domain preference, so in the database)."""
    from linkrevive.storage import activity_repo  # the ORM: a write, which Today never does

    with workspace.database.session(write=True) as session:
        activity_repo.set_setting(session, SETTINGS_KEY, settings.to_dict())


# -- today ----------------------------------------------------------------------------------


@contextmanager
def _no_gc() -> Iterator[None]:
    # Loading creates ~500,000 small objects at full size; the collector's generational
    # passes over them would cost more than the loading itself, and none of them can form
    # a cycle worth collecting before we are done. Held through the workspace's hold, so
    # that the window's own collector (on the GUI thread) skips its passes meanwhile too:
    # a full pass over the loading objects stalled the event loop for most of a second.
    with gc_paused():
        yield


@dataclass(frozen=True, slots=True)
class Facts:
    """What the engine ranks: the leads and the other connections."""

    leads: list[Lead]
    contacts: list[CompanyContact]


def load_facts(
    workspace: Workspace, *, as_of: date | None = None, settings: RevivalSettings | None = None
) -> Facts:
    """Every lead of the store as engine facts.

    With ``as_of``, what the ranking cannot use that day under ``settings`` (the stored
    settings by default) is left out: hidden people, clients, people the user wrote to
    within the dormancy threshold (see :func:`in_touch_since`), and signals too old to be
    fresh, job and title changes excepted (see :func:`fresh_since`). The leads are the store's
    snapshots, read-only to the engine (see :class:`Lead`).
    """
    answered_since = signals_since = None
    if as_of is not None:
        rules = settings if settings is not None else get_settings(workspace)
        answered_since = datetime.combine(in_touch_since(as_of, rules), time(), UTC)
        signals_since = datetime.combine(fresh_since(as_of, rules), time(), UTC)
    with workspace.database.reading() as connection:
        # In a shared database: the current user's own lead states and LinkedIn exchanges.
        viewer = team_listings.viewer(connection, consultants.current_user())
        world = lead_loading.load_leads(
            connection,
            exchange_type=ExchangeFact,
            make_signal=SignalFact,
            contact_type=CompanyContact,
            visible_on=as_of,
            answered_since=answered_since,
            signals_since=signals_since,
            timeless_signals=TIMELESS_SIGNALS,
            stranger_signals=STRANGER_SIGNALS,
            consultant=viewer,
        )
        domains, companies = _own_domains_and_companies(connection)
    _set_relations(world.leads, domains, companies)
    _share_box_news(world.leads)
    # The snapshots are the facts: the engine only reads them (see revival.Lead).
    return Facts(list(world.leads), world.contacts)


def _share_box_news(leads: list[lead_loading.LeadSnapshot[ExchangeFact, SignalFact]]) -> None:
    """A company's shared box (contact@agence.fr) writing about a project is a sign for
    that company's prospects: those with an address at its domain, and those known only by
    a personal address whose company the domain spells ("Maison Mistral" for
    contact@maison-mistral.ca). Each unanswered incoming message of the box becomes an
    ``email_inbound`` signal of theirs, naming the box."""
    boxes: dict[str, list[SignalFact]] = {}
    inbound, outgoing = Direction.IN, Direction.OUT
    for lead in leads:
        if lead.relation != ROLE or not lead.emails:
            continue
        domain = lead.emails[0].rpartition("@")[2]
        if is_free_mail(domain):
            continue
        last_out = max(
            (e.occurred_at for e in lead.exchanges if e.direction is outgoing), default=None
        )
        boxes.setdefault(domain, []).extend(
            SignalFact(SignalKind.EMAIL_INBOUND, e.occurred_at, {"shared_box": lead.emails[0]})
            for e in lead.exchanges
            if e.direction is inbound and (last_out is None or e.occurred_at > last_out)
        )
    if not any(boxes.values()):
        return
    # The company a domain spells: each of its names but the last ("maison-mistral" in
    # maison-mistral.ca, as company_key reads "Maison Mistral SAS").
    spelled = {
        key: news
        for domain, news in boxes.items()
        for label in domain.split(".")[:-1]
        if (key := company_key(label))
    }
    for lead in leads:
        if lead.relation != PROSPECT:
            continue
        domains = [email.rpartition("@")[2] for email in lead.emails]
        if all(is_free_mail(domain) for domain in domains):
            news = spelled.get(company_key(lead.company)) if lead.company else None
        else:
            news = next((boxes[d] for d in domains if boxes.get(d)), None)
        if news:
            lead.signals.extend(news)


def _own_domains_and_companies(reader: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The user's own (non free-mail) email domains and company keys, from the settings."""
    addresses = preferences.get_setting(reader, preferences.ME_ADDRESSES, []) or []
    domains = {
        str(a).rsplit("@", 1)[1].lower() for a in addresses if isinstance(a, str) and "@" in a
    }
    stored = preferences.get_setting(reader, preferences.ME_COMPANIES, []) or []
    names = [stored] if isinstance(stored, str) else stored if isinstance(stored, list) else []
    companies = {company_key(str(n)) for n in names} - {""}
    return frozenset(d for d in domains if not is_free_mail(d)), frozenset(companies)


def _set_relations(
    leads: list[lead_loading.LeadSnapshot[ExchangeFact, SignalFact]],
    own_domains: frozenset[str],
    own_companies: frozenset[str],
) -> None:
    """Say who is a prospect (SPEC §3): a stage, or a business exchange with an address at
    another company; never a colleague, an automated sender or a shared box on its own."""
    free: dict[str, bool] = {}
    linkedin = Channel.LINKEDIN
    for lead in leads:
        if lead.automated:
            lead.relation = AUTOMATED
            continue
        if lead.role_only:
            lead.relation = ROLE
            continue
        business = colleague = False
        for email in lead.emails:
            domain = email.rpartition("@")[2]
            if domain in own_domains:
                colleague = True
                break
            is_free = free.get(domain)
            if is_free is None:
                is_free = free[domain] = is_free_mail(domain)
            business = business or not is_free
        if colleague or (own_companies and company_key(lead.company) in own_companies):
            lead.relation = COLLEAGUE
        elif lead.stage is not None or (
            business and any(e.channel is not linkedin for e in lead.exchanges)
        ):
            lead.relation = PROSPECT
        else:
            lead.relation = CONTACT


def _today(as_of: date | None) -> date:
    return as_of if as_of is not None else datetime.now(UTC).date()


def rank_candidates(
    workspace: Workspace, *, as_of: date | None = None, settings: RevivalSettings | None = None
) -> tuple[list[Candidate], dict[int, Lead]]:
    """The engine's candidates for ``as_of`` (today by default) and the facts behind them,
    ranked with ``settings`` (the stored settings by default)."""
    day = _today(as_of)
    settings = settings if settings is not None else get_settings(workspace)
    with _no_gc():
        facts = load_facts(workspace, as_of=day, settings=settings)
        found = rank(facts.leads, day, settings, company_contacts=facts.contacts)
        listed = {c.person_id for c in found}
        kept = {lead.person_id: lead for lead in facts.leads if lead.person_id in listed}
        del facts
    return found, kept


def morning(
    workspace: Workspace,
    *,
    as_of: date | None = None,
    limit: int | None = None,
    lang: str = "en",
    settings: RevivalSettings | None = None,
) -> Morning:
    """The list worth reading on ``as_of`` (today by default), and how many more are due.

    Leads with a fresh sign first, by score; then the few leads whose revisit window came
    due most recently (``due_block`` of the settings); then the "new in your network"
    block. Reasons and the why-now line are in ``lang`` (``en`` or ``fr``); ``limit``
    keeps the first N rows. Ranked with ``settings``, by default the stored ones with
    the sign weights learned from the user's outcomes when learning is on
    (:func:`~linkrevive.services.learned_ranking.ranking_settings`: every Today-like
    list — the window, ``today``, the export, the notification — ranks alike), each
    row's why-now then telling the user's record with its sign when that matters.
    """
    day = _today(as_of)
    records: Mapping[str, SignRecord] = {}
    if settings is None:
        settings, records = learned_ranking.ranking_settings(
            workspace, get_settings(workspace), as_of=day
        )
    with _no_gc():
        facts = load_facts(workspace, as_of=day, settings=settings)
        # Only the leads the list keeps are explained (rank_shortlist, not rank + shortlist).
        found, more_due = rank_shortlist(
            facts.leads, day, settings, company_contacts=facts.contacts, limit=limit
        )
        listed = {c.person_id for c in found}
        leads = {lead.person_id: lead for lead in facts.leads if lead.person_id in listed}
        items = [_item(c, leads[c.person_id], lang) for c in found]
        if records:
            items = [_with_record(i, records, lang) for i in items]
        # Dropped while the collector is still off: reference counting frees the facts at
        # once, so the collector never walks them once it is back on.
        del found, facts, leads
    return Morning(items, more_due, day)


def today(
    workspace: Workspace,
    *,
    as_of: date | None = None,
    limit: int | None = None,
    lang: str = "en",
) -> list[TodayItem]:
    """The rows of :func:`morning`: the revival list of ``as_of``, best first."""
    return morning(workspace, as_of=as_of, limit=limit, lang=lang).items


def with_note(item: TodayItem, code: str, sentence: str) -> TodayItem:
    """``item`` with ``sentence`` (reason ``code``) said right after its leading reason."""
    reasons = [*item.reasons[:1], sentence, *item.reasons[1:]]
    codes = (*item.reason_codes[:1], code, *item.reason_codes[1:])
    why = f"{item.why_now} — {sentence}" if item.why_now else sentence
    return replace(item, reasons=reasons, why_now=why, reason_codes=codes)


def _with_record(item: TodayItem, records: Mapping[str, SignRecord], lang: str) -> TodayItem:
    """``item`` telling the user's record with its sign, when that matters."""
    if item.person_id <= 0:
        return item  # "new in your network": no lead, no proposal, no record
    kinds = [s.kind.value for s in item.signals]
    sentence = learned_ranking.record_note(kinds, item.waiting_reply, records, lang)
    return item if sentence is None else with_note(item, learned_ranking.LEARNED, sentence)


def at_company_first(emails: tuple[str, ...], company: str) -> tuple[str, ...]:
    """A person's addresses, the one at the company shown first: she moved, and her old
    employer's address bounces (both became hers when her records were made one)."""
    key = normalize.company_key(company)
    if len(emails) < 2 or not key:
        return emails
    there = tuple(e for e in emails if normalize.domain_key(e.rpartition("@")[2]) == key)
    return (*there, *(e for e in emails if e not in there))


def _item(candidate: Candidate, lead: Lead, lang: str) -> TodayItem:
    reasons = reasons_text(candidate, lang)
    return TodayItem(
        person_id=candidate.person_id,
        name=candidate.name,
        company=candidate.company,
        emails=at_company_first(lead.emails, candidate.company),
        linkedin_url=lead.linkedin_url,
        last_exchange=candidate.last_exchange,
        stage=lead.stage,
        stall_reason=lead.stall_reason,
        score=candidate.score,
        reasons=reasons,
        why_now=reasons[0] if reasons else "",  # why_now(): the leading reason's line
        opener=dict(candidate.opener),
        signals=candidate.signals,
        position=lead.position,
        country=lead.country,
        dormant_since=candidate.dormant_since,
        dormant_days=candidate.dormant_days,
        waiting_reply=candidate.waiting_reply,
        has_fresh_signal=candidate.has_fresh_signal,
        reason_codes=tuple([r.code for r in candidate.reasons]),
        section=candidate.section,
    )


# -- to connect -----------------------------------------------------------------------------


def to_connect(workspace: Workspace) -> list[ToConnectItem]:
    """People with a real exchange and no LinkedIn pairing yet, most recent exchange first.

    Shared boxes (contact@, info@…) are left out: there is nobody to connect with.
    """
    from linkrevive.storage import revival_repo  # the ORM: not loaded by Today

    with workspace.database.session() as session:
        # In a shared database: not connected *by the current user*, whoever else is.
        viewer = team_listings.viewer(session, consultants.current_user())
        found = revival_repo.load_unpaired_contacts(session, viewer)
    return [
        ToConnectItem(
            person_id=c.person_id,
            name=c.name,
            email=c.email,
            company=c.company,
            last_exchange=c.last_exchange,
            search_url=linkedin_search_url(c.name, c.company),
        )
        for c in found
    ]


# -- exports --------------------------------------------------------------------------------


def _lang(lang: str) -> str:
    return "fr" if lang == "fr" else "en"


def signals_text(item: TodayItem, lang: str = "en") -> str:
    """The fresh signals of ``item``, one per line: ISO date, then what happened (the
    sentence of the list's reasons)."""
    return "\n".join(
        f"{s.occurred_at.date().isoformat()} — {signal_sentence(s.kind, s.params, lang)}"
        for s in item.signals
    )


def reactivation_rows(
    items: list[TodayItem], *, as_of: date | None = None, lang: str = "en"
) -> list[ReactivationRow]:
    """The reactivation list's rows for ``items``, labels and texts in ``lang``."""
    lang = _lang(lang)
    day = _today(as_of)
    rows = []
    for number, item in enumerate(items, start=1):
        dormant_for = ""
        if item.dormant_since is not None:
            end = item.dormant_since + timedelta(days=item.dormant_days)
            dormant_for = duration_text(item.dormant_since, min(end, day), lang)
        rows.append(
            ReactivationRow(
                rank=number,
                score=item.score,
                name=item.name,
                company=item.company,
                position=item.position,
                country=item.country,
                emails=item.emails,
                linkedin_url=item.linkedin_url,
                last_exchange=item.last_exchange.date() if item.last_exchange else None,
                dormant_for=dormant_for,
                dormant_days=item.dormant_days if item.dormant_since is not None else None,
                stage=STAGE_LABELS[lang][item.stage] if item.stage is not None else "",
                stall_reason=(
                    STALL_LABELS[lang][item.stall_reason] if item.stall_reason is not None else ""
                ),
                signals=signals_text(item, lang),
                why_now=item.why_now,
                opener=item.opener.get(lang, ""),
                section=SECTION_LABELS[lang].get(item.section, item.section),
            )
        )
    return rows


def _output(target: ExportTarget) -> Output:
    """Where the writer puts the bytes: the checked file, or standard output."""
    return target.path if target.path is not None else sys.stdout.buffer


def _check_delimiter(delimiter: str) -> None:
    if not usable_delimiter(delimiter):
        shown = delimiter.encode("unicode_escape").decode("ascii")
        raise InputError(
            "bad_option",
            detail=f"The CSV delimiter must be one character other than a quote, a letter, "
            f"a digit, a space or a line end, not '{shown}'.",
        )


def export_reactivation(
    workspace: Workspace,
    path: Path,
    *,
    fmt: str = "csv",
    as_of: date | None = None,
    delimiter: str = ",",
    lang: str = "en",
) -> int:
    """Write the ranked list with a suggested opener per lead; returns the number of rows.

    ``fmt`` is ``csv`` (UTF-8 with BOM, snake-case header, ``delimiter``) or ``xlsx``
    (header labels in ``lang``). The file appears only once complete; ``path`` is checked
    first (:func:`~linkrevive.services.export_target.check_target`: never the database, a
    backup, a device; ``-`` is standard output).
    """
    if fmt not in EXPORT_FORMATS:
        raise InputError(
            "bad_option", detail=f"The export format must be csv or xlsx, not '{fmt}'."
        )
    if fmt == "csv":
        _check_delimiter(delimiter)
    target = check_target(workspace, path)
    day = _today(as_of)
    rows = reactivation_rows(today(workspace, as_of=day, lang=lang), as_of=day, lang=lang)
    try:
        if fmt == "xlsx":
            from linkrevive.exporters.xlsx_writer import write_reactivation_xlsx

            write_reactivation_xlsx(rows, _output(target), lang=_lang(lang))
        else:
            write_reactivation_csv(rows, _output(target), delimiter=delimiter)
    except OSError as exc:
        raise InputError("cannot_write", path, detail=exc.strerror or str(exc)) from exc
    return len(rows)


def export_to_connect(workspace: Workspace, path: Path, *, delimiter: str = ",") -> int:
    """Write the contacts to connect on LinkedIn (CSV, UTF-8 with BOM); returns the rows."""
    _check_delimiter(delimiter)
    target = check_target(workspace, path)
    items = to_connect(workspace)
    rows = [
        ToConnectRow(
            name=i.name,
            email=i.email,
            company=i.company,
            last_exchange=i.last_exchange.date() if i.last_exchange else None,
        )
        for i in items
    ]
    try:
        write_to_connect_csv(rows, _output(target), delimiter=delimiter)
    except OSError as exc:
        raise InputError("cannot_write", path, detail=exc.strerror or str(exc)) from exc
    return len(rows)

"""Table model of the Prospects view: every person, with precomputed search keys."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from linkrevive.domain.enums import LeadState
from linkrevive.domain.filters import (
    SHOW_AUTOMATED,
    SHOW_SHARED,
    PersonFilter,
    is_dormant,
    kind_of,
    mask,
    person_key,
    person_matches,
)
from linkrevive.domain.models import Person
from linkrevive.domain.senders import AutomationReason
from linkrevive.gui.i18n import format_date, stage_label, stall_label
from linkrevive.gui.table_model_base import Column, OrderedRows, RowTableModel


@dataclass(frozen=True, slots=True)
class SearchIndex:
    """The people in the table's order with what filtering reads of each row (folded search
    key, dormancy, automated sender) and the countries for the filter.

    Pure Python, built on the worker by :meth:`PeopleTableModel.indexer`: at 20,000 people
    the sort keys, the folded keys and the countries cost the GUI thread a pause of well over
    100 ms when worked out on arrival.
    """

    rows: OrderedRows[Person]
    keys: list[str]
    dormant: list[bool]
    automated: list[bool]
    countries: list[str]

    @classmethod
    def build(
        cls,
        people: Sequence[Person],
        as_of: date,
        dormancy_months: int,
        order: Callable[[Sequence[Person]], OrderedRows[Person]] | None = None,
    ) -> SearchIndex:
        """The index of ``people``, put in order by ``order`` (None: as given)."""
        rows = order(people) if order is not None else OrderedRows(list(people), None)
        shown = rows.rows
        return cls(
            rows,
            [person_key(p) for p in shown],
            [is_dormant(p.stage, p.last_exchange, as_of, dormancy_months) for p in shown],
            [kind_of(p) == SHOW_AUTOMATED for p in shown],
            _countries(shown),
        )

    def mask(self, flt: PersonFilter) -> list[bool] | None:
        """Which of the rows pass ``flt`` (None: all)."""
        return _mask(self.rows.rows, self.keys, self.dormant, self.automated, flt)


def _mask(
    rows: Sequence[Person],
    keys: list[str],
    dormant: Sequence[bool],
    automated: Sequence[bool],
    flt: PersonFilter,
) -> list[bool] | None:
    """Which rows pass ``flt`` (None: all), by the domain predicate."""
    if flt.is_empty and not any(automated):
        return None
    if flt == PersonFilter(terms=flt.terms):
        # The default view: a text search among everyone but the automated senders.
        return [
            ok and not robot for ok, robot in zip(mask(keys, flt.terms), automated, strict=True)
        ]
    return [person_matches(p, k, d, flt) for p, k, d in zip(rows, keys, dormant, strict=True)]


def _countries(people: Iterable[Person]) -> list[str]:
    return sorted({p.country.strip() for p in people if p.country.strip()}, key=str.casefold)


def kind_label(person: Person) -> str:
    """ "Automated sender", "Shared box", or nothing for a person."""
    kind = kind_of(person)
    if kind == SHOW_AUTOMATED:
        return QCoreApplication.translate("PeopleTableModel", "Automated sender")
    if kind == SHOW_SHARED:
        return QCoreApplication.translate("PeopleTableModel", "Shared box")
    return ""


def lead_state_label(state: LeadState) -> str:
    """The name of a lead state, as the Prospects filter lists it."""
    labels = {
        LeadState.ACTIVE: QCoreApplication.translate("PeopleTableModel", "Active"),
        LeadState.SNOOZED: QCoreApplication.translate("PeopleTableModel", "Snoozed"),
        LeadState.DISMISSED: QCoreApplication.translate("PeopleTableModel", "Dismissed"),
        LeadState.REVIVED: QCoreApplication.translate("PeopleTableModel", "Revived"),
        LeadState.DO_NOT_CONTACT: QCoreApplication.translate("PeopleTableModel", "Do not contact"),
    }
    return labels[state]


def lead_state_cell(person: Person) -> str:
    """The lead state of a row, short (nothing for an active lead); its date is in the
    tooltip (:func:`lead_state_text`), so that the column stays narrow."""
    if person.lead_state is LeadState.ACTIVE:
        return ""
    return lead_state_label(person.lead_state)


def lead_state_text(person: Person) -> str:
    """The lead state of a row with its date: nothing for an active lead."""
    state, until = person.lead_state, person.state_until
    if state is LeadState.ACTIVE:
        return ""
    if state is LeadState.SNOOZED and until is not None:
        return QCoreApplication.translate("PeopleTableModel", "Snoozed until {0}").format(
            format_date(until)
        )
    if state is LeadState.REVIVED and until is not None:
        return QCoreApplication.translate("PeopleTableModel", "Revived on {0}").format(
            format_date(until)
        )
    return lead_state_label(state)


def _lead_state_key(person: Person) -> str:
    # Active leads first, then by state and date.
    order = list(LeadState).index(person.lead_state)
    return f"{order}:{person.state_until.isoformat() if person.state_until else ''}"


def kind_reason_text(person: Person) -> str:
    """Why a person is an automated sender, in one phrase (empty for the others)."""
    if kind_of(person) != SHOW_AUTOMATED:
        return ""
    texts = {
        AutomationReason.ADDRESS: QCoreApplication.translate(
            "PeopleTableModel", "A robot's address (no-reply, notifications…)"
        ),
        AutomationReason.BOUNCE: QCoreApplication.translate(
            "PeopleTableModel", "Delivery failure reports"
        ),
        AutomationReason.CALENDAR: QCoreApplication.translate(
            "PeopleTableModel", "Calendar invitations"
        ),
        AutomationReason.LIST: QCoreApplication.translate(
            "PeopleTableModel", "A mailing list or a newsletter (List-Id)"
        ),
        AutomationReason.BULK: QCoreApplication.translate(
            "PeopleTableModel", "Bulk mail: newsletters, campaigns"
        ),
        AutomationReason.AUTO: QCoreApplication.translate(
            "PeopleTableModel", "Automatic messages (Auto-Submitted)"
        ),
        AutomationReason.AUTO_REPLY: QCoreApplication.translate(
            "PeopleTableModel", "Out-of-office replies"
        ),
        AutomationReason.BEHAVIOUR: QCoreApplication.translate(
            "PeopleTableModel", "Many similar messages, never answered"
        ),
        AutomationReason.USER: QCoreApplication.translate("PeopleTableModel", "You said so"),
    }
    try:
        return texts[AutomationReason(person.kind_reason)]
    except ValueError:
        return ""


class PeopleTableModel(RowTableModel[Person]):
    """Name, company, emails, country, stage, stall reason, last exchange, LinkedIn, kind,
    lead state."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        as_of: date | None = None,
        dormancy_months: int = 12,
    ) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Name"), lambda p: p.name
                ),
                Column(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Company"),
                    lambda p: p.company,
                ),
                Column(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Emails"),
                    lambda p: ", ".join(p.emails),
                ),
                Column(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Country"),
                    lambda p: p.country,
                ),
                Column(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Stage"),
                    lambda p: stage_label(p.stage),
                ),
                Column(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Stall reason"),
                    lambda p: stall_label(p.stall_reason),
                ),
                Column(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Last exchange"),
                    lambda p: format_date(p.last_exchange),
                    lambda p: p.last_exchange.isoformat() if p.last_exchange else "",
                ),
                Column(
                    lambda: QCoreApplication.translate("PeopleTableModel", "LinkedIn"),
                    lambda p: "✓" if p.linkedin_url else "",
                ),
                Column(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Kind"),
                    kind_label,
                    tooltip=kind_reason_text,
                ),
                Column(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Lead state"),
                    lead_state_cell,
                    _lead_state_key,
                    tooltip=lead_state_text,
                ),
            ],
            parent,
        )
        self.as_of = as_of or date.today()
        self.dormancy_months = dormancy_months
        self._keys: list[str] = []
        self._dormant: list[bool] = []
        self._automated: list[bool] = []
        self._countries: list[str] = []
        self._index: SearchIndex | None = None

    def indexer(self) -> Callable[[Sequence[Person]], SearchIndex]:
        """A function that builds the :class:`SearchIndex` of people for this model (its
        sort order, its day), for the worker: it touches no Qt object."""
        order, as_of, months = self.orderer(), self.as_of, self.dormancy_months

        def index(people: Sequence[Person]) -> SearchIndex:
            return SearchIndex.build(people, as_of, months, order)

        return index

    def index_for(self, people: Sequence[Person], index: SearchIndex | None) -> SearchIndex:
        """``index`` when it was built for ``people`` in this model's order, else one
        built here."""
        if index is None or index.rows.sort != self._sort or len(index.keys) != len(people):
            return self.indexer()(people)
        return index

    def set_people(self, people: Sequence[Person], index: SearchIndex | None = None) -> None:
        """``set_rows`` with the index built by :meth:`indexer` on the worker (without one,
        or for another sort or day, it is built here)."""
        index = self.index_for(people, index)
        self._index = index
        try:
            self.set_rows(index.rows)
        finally:
            self._index = None

    def _rows_changed(self) -> None:
        # Folded once here (or on the worker) so that each keystroke only does substring
        # tests.
        index = self._index
        if index is None or index.rows.rows is not self._rows:
            index = SearchIndex.build(self._rows, self.as_of, self.dormancy_months)
        self._keys, self._dormant = index.keys, index.dormant
        self._automated, self._countries = index.automated, index.countries

    def _rows_permuted(self, permutation: list[int]) -> None:
        # A sort: the same people, so their keys follow them instead of being folded again.
        self._keys = [self._keys[i] for i in permutation]
        self._dormant = [self._dormant[i] for i in permutation]
        self._automated = [self._automated[i] for i in permutation]

    def is_dormant_row(self, row: int) -> bool:
        return self._dormant[row]

    def automated_count(self) -> int:
        """How many rows are automated senders (hidden unless asked for)."""
        return sum(self._automated)

    def filter_mask(self, flt: PersonFilter) -> list[bool] | None:
        """Which rows pass ``flt`` (None: all), by the domain predicate."""
        return _mask(self._rows, self._keys, self._dormant, self._automated, flt)

    def countries(self) -> list[str]:
        """The countries of the people, sorted, for the filter."""
        return list(self._countries)

    def row_of(self, person_id: int) -> int:
        for i, p in enumerate(self._rows):
            if p.id == person_id:
                return i
        return -1

    def extra_data(self, row: Person, column: int, role: int) -> Any:
        return None

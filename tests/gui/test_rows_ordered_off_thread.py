"""Rows sorted and indexed on the worker: the GUI thread takes them as they are, and shows
what sorting and folding them on arrival would have shown."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from linkrevive.domain.filters import SHOW_AUTOMATED, PersonFilter, kind_of, query_terms
from linkrevive.gui.backend import Backend
from linkrevive.gui.mask_proxy import MaskFilterProxy
from linkrevive.gui.people_table_model import PeopleTableModel, SearchIndex
from linkrevive.gui.prospects_view import ProspectsView
from linkrevive.gui.table_model_base import OrderedRows
from linkrevive.gui.to_connect_table_model import ToConnectTableModel
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui


def _on_a_thread(work: Any, *args: Any) -> Any:
    """``work(*args)`` run on a plain thread, as the task runner's worker runs it."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(work(*args)))
    thread.start()
    thread.join()
    return result[0]


def _names(model: Any) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_to_connect_rows_sorted_on_a_thread_show_as_sorted_here(
    qtmodeltester: Any, demo_backend: Backend
) -> None:
    rows = demo_backend.to_connect()
    assert len(rows) > 2
    here = ToConnectTableModel()
    here.sort(0, Qt.SortOrder.DescendingOrder)
    here.set_rows(rows)
    model = ToConnectTableModel()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    ordered = _on_a_thread(model.orderer(), rows)
    assert isinstance(ordered, OrderedRows)
    assert ordered.sort == (0, Qt.SortOrder.DescendingOrder)
    model.set_rows(ordered)
    assert model.rows() is ordered.rows  # taken as they are, not sorted again
    assert _names(model) == _names(here)
    qtmodeltester.check(model)


def test_a_sort_chosen_while_the_rows_were_on_their_way_is_applied(
    demo_backend: Backend,
) -> None:
    rows = demo_backend.to_connect()
    model = ToConnectTableModel()
    ordered = model.orderer()(rows)  # no sort yet
    model.sort(0, Qt.SortOrder.AscendingOrder)  # the user clicks a header meanwhile
    model.set_rows(ordered)
    names = _names(model)
    assert names == sorted(names, key=str.casefold)


def test_people_index_built_on_a_thread_filters_as_one_built_here(
    qtmodeltester: Any, demo_backend: Backend
) -> None:
    people = demo_backend.people()
    model = PeopleTableModel(as_of=AS_OF)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    index = _on_a_thread(model.indexer(), people)
    assert isinstance(index, SearchIndex)
    model.set_people(people, index)
    assert model.rows() is index.rows.rows
    qtmodeltester.check(model)
    here = PeopleTableModel(as_of=AS_OF)
    here.sort(1, Qt.SortOrder.AscendingOrder)
    here.set_people(people)
    assert [p.id for p in model.rows()] == [p.id for p in here.rows()]
    assert model.countries() == here.countries()
    name = people[0].name.split()[0]
    for flt in (PersonFilter(), PersonFilter(terms=query_terms(name)), PersonFilter(dormant=True)):
        assert model.filter_mask(flt) == here.filter_mask(flt)


def test_people_keys_follow_their_rows_through_a_sort(demo_backend: Backend) -> None:
    people = demo_backend.people()
    model = PeopleTableModel(as_of=AS_OF)
    model.set_people(people, model.indexer()(people))
    target = next(p for p in reversed(people) if kind_of(p) != SHOW_AUTOMATED)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    found = model.filter_mask(PersonFilter(terms=query_terms(target.name)))
    assert found is not None
    matched = [p for p, ok in zip(model.rows(), found, strict=True) if ok]
    assert target in matched
    assert all(target.name.casefold() in p.name.casefold() for p in matched)


def test_prospects_fetch_hands_the_people_in_the_table_order(
    qtbot: Any, demo_backend: Backend, tmp_path: Any
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view = ProspectsView(demo_backend, settings, as_of=AS_OF)
    qtbot.addWidget(view)
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    people, index = _on_a_thread(view.fetcher())
    assert index.rows.sort == (0, Qt.SortOrder.DescendingOrder)
    names = [p.name.casefold() for p in index.rows.rows]
    assert names == sorted(names, reverse=True)
    view.set_people(people, index)
    assert view.model.rows() is index.rows.rows
    assert view.proxy.rowCount() > 0


def test_arriving_people_go_through_the_filter_once(
    qtbot: Any, demo_backend: Backend, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    accepts = MaskFilterProxy.filterAcceptsRow

    def counted(proxy: MaskFilterProxy, row: int, parent: Any) -> bool:
        calls.append(row)
        return accepts(proxy, row, parent)

    # Patched before the proxy exists: Qt calls the Python override it finds then.
    monkeypatch.setattr(MaskFilterProxy, "filterAcceptsRow", counted)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view = ProspectsView(demo_backend, settings, as_of=AS_OF)
    qtbot.addWidget(view)
    people = demo_backend.people()
    view.set_people(people)
    view.search.setText(people[0].name.split()[0])
    view.apply_filter()
    shown = view.proxy.rowCount()
    assert 0 < shown < len(people)
    calls.clear()
    people, index = view.fetcher()()
    view.set_people(people, index)
    assert view.proxy.rowCount() == shown  # the search still holds
    assert sorted(calls) == list(range(len(people)))  # each row once

"""Every table model passes Qt's model tester, on demo data and when empty."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from linkrevive.domain.enums import PairStatus
from linkrevive.gui.backend import Backend, PairRow
from linkrevive.gui.connections_table_model import ConnectionsTableModel
from linkrevive.gui.mask_proxy import MaskFilterProxy
from linkrevive.gui.pairs_table_model import PairsTableModel
from linkrevive.gui.people_table_model import PeopleTableModel
from linkrevive.gui.table_model_base import ROW_ROLE, SORT_ROLE
from linkrevive.gui.to_connect_table_model import ToConnectTableModel
from linkrevive.gui.today_table_model import TodayTableModel
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui

PAIR = PairRow(
    person_id=1, profile_id=2, person_name="Jean Dupont", person_emails=("jd@x.fr",),
    person_company="X", profile_name="Jean Dupont", profile_company="X SAS",
    profile_position="CTO", profile_url="https://www.linkedin.com/in/jdupont",
    status=PairStatus.SUGGESTED, score=0.8, evidence=({"code": "same_name"},),
)  # fmt: skip


def _rows(backend: Backend, kind: str) -> list[Any]:
    return {
        "today": lambda: backend.today(as_of=AS_OF),
        "to_connect": backend.to_connect,
        "people": backend.people,
        "connections": backend.connections,
        "pairs": lambda: [PAIR],
    }[kind]()


@pytest.mark.parametrize(
    ("kind", "factory"),
    [
        ("today", TodayTableModel),
        ("to_connect", ToConnectTableModel),
        ("people", PeopleTableModel),
        ("connections", ConnectionsTableModel),
        ("pairs", PairsTableModel),
    ],
)
def test_model_passes_qtmodeltester(
    qtmodeltester: Any, demo_backend: Backend, kind: str, factory: Any
) -> None:
    model = factory()
    qtmodeltester.check(model)
    rows = _rows(demo_backend, kind)
    assert rows, f"the demo has no {kind}"
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows)
    assert model.headerData(0, Qt.Orientation.Horizontal) != ""
    assert model.index(0, 0).data(ROW_ROLE) is rows[0]
    proxy = MaskFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_mask([i % 2 == 0 for i in range(len(rows))])
    assert proxy.rowCount() == (len(rows) + 1) // 2
    qtmodeltester.check(proxy)


def test_today_sorts_by_score_numerically(demo_backend: Backend) -> None:
    model = TodayTableModel()
    model.set_rows(demo_backend.today(as_of=AS_OF))
    proxy = MaskFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    scores = [proxy.index(r, 0).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    assert all(isinstance(s, int) for s in scores)


def test_todays_last_exchange_column_says_what_it_dates(qtmodeltester: Any, french: None) -> None:
    # A lead who wrote last week shows a last exchange years ago: the header's tooltip says
    # why, in the user's language; other headers' tooltips are the headers themselves.
    model = TodayTableModel()
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Dernier échange"
    assert model.headerData(3, Qt.Orientation.Horizontal, tip) == (
        "Le dernier échange de la conversation, avant le silence\n"
        "(un message de leur part qui l'a rompu est dans Pourquoi maintenant)"
    )
    assert model.headerData(2, Qt.Orientation.Horizontal, tip) == "Société"
    assert model.headerData(3, Qt.Orientation.Vertical, tip) is None
    qtmodeltester.check(model)


def test_pairs_model_removes_a_decided_pair(qtmodeltester: Any) -> None:
    model = PairsTableModel()
    model.set_rows([PAIR])
    model.remove_pair(1, 2)
    assert model.rowCount() == 0
    qtmodeltester.check(model)

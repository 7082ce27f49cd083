"""Garbage is collected on the GUI thread only, never by a worker (Qt objects die there)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from linkrevive.gui.collector import GuiThreadCollector
from linkrevive.services.workspace import gc_paused

pytestmark = pytest.mark.gui


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The thread of every collection Python starts."""
    seen: list[int] = []

    def note(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(threading.get_ident())

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def _cycles(count: int) -> None:
    for _ in range(count):
        a: list[Any] = []
        a.append(a)  # freed only by the cyclic collector


def test_a_worker_never_collects_while_the_gui_thread_does(
    gui_thread_collector: GuiThreadCollector, collections: list[int]
) -> None:
    assert not gc.isenabled()
    worker = threading.Thread(target=_cycles, args=(50_000,))
    worker.start()
    worker.join()
    assert worker.ident not in collections
    assert gui_thread_collector.collect() > 0  # the worker's cycles, freed here
    assert collections and set(collections) == {threading.get_ident()}


def test_nothing_is_collected_while_an_import_holds_the_collector(
    gui_thread_collector: GuiThreadCollector, collections: list[int]
) -> None:
    with gc_paused():
        _cycles(5_000)
        assert gui_thread_collector.collect() == 0
    assert not gc.isenabled()  # the app's collector keeps it off after the import
    assert gui_thread_collector.collect() == 0  # promoted, not walked (see below)
    assert gc.collect(2) >= 5_000  # the full pass still frees the import's cycles


class _Row:
    """A row a read builds and a model keeps (a container the collector tracks)."""

    def __init__(self, n: int) -> None:
        self.values = [n]


def test_after_a_bulk_read_its_survivors_skip_the_young_passes(
    gui_thread_collector: GuiThreadCollector, collections: list[int]
) -> None:
    gc.collect()
    collections.clear()
    with gc_paused():
        kept = [_Row(n) for n in range(50_000)]
    assert gc.get_count()[0] > 50_000
    assert gui_thread_collector.collect() == 0
    assert collections == []  # no pass walked the 50,000 rows on the GUI thread
    assert gc.get_count()[0] < 100
    assert any(o is kept for o in gc.get_objects(generation=2))  # oldest, not frozen
    assert gc.get_freeze_count() == 0
    # Later young passes walk only what is new; the full pass still sees the rows.
    _cycles(2_000)
    assert gui_thread_collector.collect() >= 2_000
    assert all(o is not kept for o in gc.get_objects(generation=0))
    del kept


def test_stop_gives_the_collector_back(qapp: Any) -> None:
    gc.enable()
    collector = GuiThreadCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()
    collector = GuiThreadCollector()
    collector.stop()
    assert not gc.isenabled()  # left as it was found
    gc.enable()

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
    assert gui_thread_collector.collect() > 0


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

"""The runtime set-up: the garbage collector runs on the GUI thread, from a timer, and its
older generations wait for a quiet moment."""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.runtime import GuiGarbageCollector


class Node:
    """Part of a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.other: Node | None = None


def cycle() -> weakref.ref[Node]:
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def busy() -> list[bool]:
    return [False]


@pytest.fixture
def collector(qtbot: QtBot, busy: list[bool]) -> Iterator[GuiGarbageCollector]:
    gc.collect()
    made = GuiGarbageCollector(lambda: 0.0 if busy[0] else float("inf"))
    yield made
    made.stop()


def allocate(count: int, kept: list[object]) -> None:
    """``count`` new tracked objects, kept alive in ``kept`` (objects that die at once are
    taken off the collector's count again)."""
    kept.append([[] for _ in range(count)])


def test_automatic_collection_is_off_until_stopped(qtbot: QtBot) -> None:
    made = GuiGarbageCollector(lambda: float("inf"))
    assert not gc.isenabled()
    made.stop()
    assert gc.isenabled()


def test_a_worker_thread_never_collects(collector: GuiGarbageCollector) -> None:
    threads: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        worker = threading.Thread(target=lambda: [cycle() for _ in range(20_000)], name="w")
        worker.start()
        worker.join()
    finally:
        gc.callbacks.remove(note)
    assert "w" not in threads


def test_the_timer_frees_cyclic_garbage(qtbot: QtBot, collector: GuiGarbageCollector) -> None:
    garbage = [cycle() for _ in range(2_000)]  # past the young generation's threshold
    assert all(ref() is not None for ref in garbage)
    qtbot.waitUntil(lambda: all(ref() is None for ref in garbage), timeout=2_000)
    assert collector.collections[0] >= 1


def test_older_generations_wait_while_busy_then_run_when_quiet(
    collector: GuiGarbageCollector, busy: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    young, middle, _ = gc.get_threshold()
    kept: list[object] = []
    busy[0] = True
    for _ in range(middle * 3):
        allocate(young + 10, kept)
        collector.collect_due()
    assert collector.collections[0] == middle * 3
    assert collector.collections[1] == collector.collections[2] == 0
    busy[0] = False
    monkeypatch.setattr(collector, "quiet_s", 0.0)
    allocate(young + 10, kept)
    collector.collect_due()
    assert collector.collections[1] + collector.collections[2] == 1


def test_older_generations_run_after_the_longest_wait(
    collector: GuiGarbageCollector, busy: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    young, middle, _ = gc.get_threshold()
    kept: list[object] = []
    busy[0] = True
    monkeypatch.setattr(collector, "max_defer_s", 0.0)
    for _ in range(middle + 1):
        allocate(young + 10, kept)
        collector.collect_due()
    assert collector.collections[1] + collector.collections[2] == 1


def test_nothing_is_collected_below_the_threshold(collector: GuiGarbageCollector) -> None:
    gc.collect(0)
    collector.collect_due()
    assert collector.collections == [0, 0, 0]


def test_tune_runtime_sets_the_switch_interval(qtbot: QtBot) -> None:
    from hfi_desktop.runtime import GIL_SWITCH_INTERVAL_S, tune_runtime

    before = sys.getswitchinterval()
    made = tune_runtime(lambda: float("inf"))
    try:
        assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_INTERVAL_S)
        assert gc.get_freeze_count() > 0 and not gc.isenabled()
    finally:
        made.stop()
        gc.unfreeze()
        sys.setswitchinterval(before)

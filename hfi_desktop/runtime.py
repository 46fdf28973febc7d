"""How the interpreter is set up once the main window is built, so that the GUI thread's
pauses stay short while worker threads run Python flat out (fast streams being parsed, a big
result pretty-printed).

Three settings, each measured with bench/ui_responsiveness.py:

- a short GIL switch interval (see GIL_SWITCH_INTERVAL_S);
- ``gc.freeze()`` of what start-up made (~60,000 objects: modules, the catalog, the window):
  they live as long as the app, yet each full collection walked them all;
- the cyclic garbage collector run on the GUI thread from a timer (GuiGarbageCollector)
  instead of automatically in whichever thread happens to allocate.
"""

from __future__ import annotations

import gc
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from collections.abc import Callable

#: How long a thread running Python keeps the GIL when another thread wants it (Python's
#: default is 5 ms). The GUI thread needs the GIL for every slot, timer and asyncio callback;
#: with the default, worker threads that run Python flat out delay each of those by 5 ms or
#: more, several times a frame. bench/ui_responsiveness.py, four fast streams, p99 / worst
#: GUI pause: 5 ms: 180 / 260 ms; 0.5 ms: 27 / 42 ms; 0.1 ms: 14 / 23 ms (0.05 ms: no better).
GIL_SWITCH_INTERVAL_S = 0.0001


class GuiGarbageCollector(QObject):
    """Python's cyclic garbage collector, run by a timer on the GUI thread.

    Automatic collection runs in whichever thread allocates past the threshold, holding the
    GIL: every thread stops for it. Four fast streams parsed in workers set off a collection
    every few hundred events, and the full ones (which walk every object the app holds: the
    events of earlier runs too) paused the GUI 15-34 ms. A collection in a worker can also
    free a cycle holding a QObject there, on the wrong thread (pyqtgraph's GarbageCollector
    moved collection to the GUI thread for that reason).

    Here automatic collection is off. Every ``interval_ms`` the young generation is collected
    if enough objects were made since (Python's own threshold; a tick sees a few thousand
    objects at most: a millisecond or two). The older generations, when Python's thresholds say they
    are due, wait for a quiet moment: no call run for ``quiet_s`` (``idle_s()``), or
    ``max_defer_s`` at most. While streams arrive, the events they bring pile up in the middle
    generation: collecting it then paused the GUI 8-16 ms. ``stop()`` turns automatic
    collection back on.
    """

    #: A tick collects what was made since the last one: every 50 ms, while four fast streams
    #: arrive, 1.5-2 ms of pause; every 100 ms, 3-4 ms (bench/ui_responsiveness.py, four
    #: streams, side by side: worst GUI pause 8-9 vs 16-18 ms).
    interval_ms = 50
    quiet_s = 0.5
    max_defer_s = 30.0

    def __init__(self, idle_s: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle_s = idle_s
        self._thresholds = gc.get_threshold()
        self._older_due_since: float | None = None
        self.collections = [0, 0, 0]  #: collections run here, per generation
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(self.interval_ms)

    def collect_due(self) -> None:
        """Collect what Python's thresholds say is due (older generations: when quiet)."""
        count0, count1, count2 = gc.get_count()
        young, middle, old = self._thresholds
        if count0 < young:
            return
        generation = 0
        if count1 >= middle:
            now = time.monotonic()
            if self._older_due_since is None:
                self._older_due_since = now
            quiet = self._idle_s() >= self.quiet_s
            if quiet or now - self._older_due_since >= self.max_defer_s:
                generation = 2 if count2 >= old else 1
                self._older_due_since = None
        gc.collect(generation)
        self.collections[generation] += 1

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def tune_runtime(idle_s: Callable[[], float],
                 parent: QObject | None = None) -> GuiGarbageCollector:
    """Call once the main window is built (on the GUI thread); keep the collector returned
    (``parent`` owns it). ``idle_s()``: seconds since the last call ended, 0 while calls run (older
    generations wait for a quiet moment)."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    gc.freeze()
    return GuiGarbageCollector(idle_s, parent)

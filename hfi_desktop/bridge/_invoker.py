"""Calling a function on the GUI thread from any thread, through a queued Qt signal."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from collections.abc import Callable


class GuiInvoker(QObject):
    """Runs posted callables in the thread this object lives in (create it on the GUI thread).

    Posting from that thread calls at once; from another thread, the call is queued to it.
    After :meth:`close`, posted callables are dropped.
    """

    _posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._closed = False
        self._posted.connect(self._run)

    def post(self, fn: Callable[[], object]) -> None:
        if not self._closed:
            self._posted.emit(fn)

    def close(self) -> None:
        self._closed = True

    @Slot(object)
    def _run(self, fn: Callable[[], object]) -> None:
        if self._closed:
            return
        try:
            fn()
        except Exception:
            # As for any slot: the application's excepthook reports it (see excepthook.py).
            sys.excepthook(*sys.exc_info())

"""Keys and clicks that reach the application the way a user's do: through the window
system, into the window (``QTest`` on a QWindow), not straight to one widget.

``QTest.keyClick(widget, …)`` and ``QTest.mouseClick(widget, …)`` hand the event to that
widget, past whatever the platform would do first: an open popup that takes every key and
click, the window's shortcuts, the focus widget. These go to the widget's window and let Qt
route them: a key to the focus widget (after the shortcuts had their say), a click to what is
under the pointer (or to a popup that grabs the mouse).

A click through the window processes Qt's events before it returns, which must not happen
inside an asyncio task's step (qasync would step another task in it): from a coroutine, use
``await act(click, widget)``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import ParamSpec

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

P = ParamSpec("P")


def window_of(widget: QWidget) -> QWindow:
    handle = widget.window().windowHandle()
    assert handle is not None, f"{widget!r} is not shown in a window"
    return handle


def press_key(widget: QWidget, key: Qt.Key,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """``key`` pressed while ``widget``'s window is the active one (it goes to that
    window's focus widget, or to an open popup)."""
    QTest.keyClick(window_of(widget), key, modifier)


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click on ``widget`` (at ``pos``, its centre by default), delivered to its
    window at that point."""
    point = widget.rect().center() if pos is None else pos
    QTest.mouseClick(window_of(widget), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, widget.mapTo(widget.window(), point))


def type_text(widget: QWidget, text: str) -> None:
    """``text`` typed on the keyboard, one key at a time, while ``widget``'s window is the
    active one (ASCII only)."""
    window = window_of(widget)
    for char in text:
        QTest.keyClick(window, ord(char))


async def act(action: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> None:
    """``action(*args)`` from a plain callback of the loop (not inside the awaiting task's
    step), awaited: its exception, if any, is raised here."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    def run() -> None:
        try:
            action(*args, **kwargs)
        except BaseException as error:  # handed to the awaiting coroutine
            done.set_exception(error)
        else:
            done.set_result(None)

    loop.call_soon(run)
    await done

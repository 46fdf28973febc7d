"""Regression test for the PySide6 6.12.0 / Python 3.11 refcount crash.

With that pair, a few hundred signal emits end in "Fatal Python error:
bool_dealloc/none_dealloc" (the interpreter aborts, so pytest, and CI, fail).
pyproject.toml pins PySide6 <6.12 on Python <3.12; see WORKAROUND(pyside-6.12-py311).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

N = 10_000


class _Emitter(QObject):
    value = Signal(int)
    flag = Signal(bool)
    nothing = Signal(object)


def test_many_signal_emits_reach_the_slot(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[int] = []
    flags: list[bool] = []
    nones: list[object] = []
    emitter.value.connect(received.append)
    emitter.flag.connect(flags.append)
    emitter.nothing.connect(nones.append)

    for i in range(N):
        emitter.value.emit(i)
        emitter.flag.emit(i % 2 == 0)
        emitter.nothing.emit(None)

    assert len(received) == N
    assert received[-1] == N - 1
    assert flags.count(True) == N // 2
    assert len(nones) == N
    assert all(x is None for x in nones)


def test_many_label_set_text(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(N):
        label.setText(f"text {i}")
    assert label.text() == f"text {N - 1}"

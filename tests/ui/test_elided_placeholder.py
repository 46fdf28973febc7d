"""The model field's placeholder (the task's default model) is elided in the middle to fit,
never cut at its end; the full name is in the field's tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.model_field import ModelField

DEFAULT = "sentence-transformers/distilbert-base-nli-mean-tokens"


def shown_field(qtbot: QtBot, width: int) -> ModelField:
    field = ModelField(DEFAULT)
    qtbot.addWidget(field)
    field.resize(width, field.sizeHint().height())
    field.show()
    qtbot.waitExposed(field)
    return field


def fits(line: QLineEdit) -> bool:
    return line.fontMetrics().horizontalAdvance(line.placeholderText()) < line.width() - 30


def test_a_narrow_field_elides_the_default_in_the_middle(qtbot: QtBot) -> None:
    field = shown_field(qtbot, 360)
    line = field.lineEdit()
    shown = line.placeholderText()
    head, ellipsis, tail = shown.partition("\N{HORIZONTAL ELLIPSIS}")
    assert ellipsis, shown
    assert DEFAULT.startswith(head) and DEFAULT.endswith(tail)
    assert tail.endswith("mean-tokens")  # the end of the name, which tells models apart
    assert fits(line)
    assert DEFAULT in field.combo.toolTip()


def test_a_wide_field_shows_the_whole_default_and_follows_resizes(qtbot: QtBot) -> None:
    field = shown_field(qtbot, 900)
    line = field.lineEdit()
    assert line.placeholderText() == DEFAULT
    field.resize(300, field.height())
    qtbot.waitUntil(lambda: "\N{HORIZONTAL ELLIPSIS}" in line.placeholderText())
    assert fits(line)
    field.resize(900, field.height())
    qtbot.waitUntil(lambda: line.placeholderText() == DEFAULT)

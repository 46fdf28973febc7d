from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.inputs import ChipsInput


@pytest.fixture
def chips(qtbot: QtBot) -> ChipsInput:
    widget = ChipsInput()
    qtbot.addWidget(widget)
    widget.resize(400, 80)
    widget.show()
    return widget


def test_enter_adds_a_chip(qtbot: QtBot, chips: ChipsInput) -> None:
    qtbot.keyClicks(chips.editor, "refund")
    assert chips.value() == ["refund"]  # typed but not added yet still counts
    assert chips.chips() == []
    with qtbot.waitSignal(chips.changed):
        qtbot.keyClick(chips.editor, Qt.Key.Key_Return)
    assert chips.chips() == ["refund"]
    assert chips.editor.text() == ""


def test_comma_adds_chips(qtbot: QtBot, chips: ChipsInput) -> None:
    qtbot.keyClicks(chips.editor, "legal, faq,")
    assert chips.chips() == ["legal", "faq"]
    assert chips.editor.text() == ""
    qtbot.keyClicks(chips.editor, "a,b")  # a pasted list splits too
    assert chips.chips() == ["legal", "faq", "a"]
    assert chips.value() == ["legal", "faq", "a", "b"]


def test_remove_buttons_and_backspace(qtbot: QtBot, chips: ChipsInput) -> None:
    chips.set_value(["one", "two", "three"])
    widgets = chips.chip_widgets()
    assert widgets[1].remove_button.accessibleName() == "Remove \u201ctwo\u201d"
    with qtbot.waitSignal(chips.changed):
        widgets[1].remove_button.click()
    assert chips.value() == ["one", "three"]
    qtbot.keyClick(chips.editor, Qt.Key.Key_Backspace)  # empty field: removes the last chip
    assert chips.value() == ["one"]
    qtbot.keyClicks(chips.editor, "xy")
    qtbot.keyClick(chips.editor, Qt.Key.Key_Backspace)  # not empty: edits the text
    assert chips.value() == ["one", "x"]


def test_duplicates_and_blanks_are_not_added(qtbot: QtBot, chips: ChipsInput) -> None:
    chips.set_value(["cat"])
    assert not chips.add("cat")
    assert chips.message() == "\u201ccat\u201d is already in the list."
    assert not chips.add("   ")
    assert chips.value() == ["cat"]
    assert chips.add(" dog ")
    assert chips.value() == ["cat", "dog"] and chips.message() == ""


def test_sentences_keep_their_commas(qtbot: QtBot) -> None:
    widget = ChipsInput(split_on_comma=False)
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.editor, "Hello, world")
    qtbot.keyClick(widget.editor, Qt.Key.Key_Return)
    assert widget.value() == ["Hello, world"]


def test_set_value_and_clear(chips: ChipsInput) -> None:
    chips.set_value(("a", "b"))
    assert chips.value() == ["a", "b"]
    chips.set_value("x\ny")
    assert chips.value() == ["x", "y"]
    chips.clear()
    assert chips.value() == []
    with pytest.raises(TypeError):
        chips.set_value(3)

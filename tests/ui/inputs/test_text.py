from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.inputs import ChoiceInput, LongTextInput, TextInput


def test_text_input(qtbot: QtBot) -> None:
    widget = TextInput(placeholder="Question")
    qtbot.addWidget(widget)
    assert widget.editor.placeholderText() == "Question"
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClicks(widget.editor, "Where?")
    assert widget.value() == "Where?"
    widget.set_value(12)
    assert widget.value() == "12"
    widget.clear()
    assert widget.value() == ""
    widget.show_error("This field is required.")
    assert widget.message() == "This field is required."
    widget.setAccessibleName("Question")
    assert widget.editor.accessibleName() == "Question"


def test_long_text_input(qtbot: QtBot) -> None:
    widget = LongTextInput(placeholder="Paste a paragraph")
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.changed):
        widget.set_value("line 1\nline 2")
    assert widget.value() == "line 1\nline 2"
    assert widget.editor.tabChangesFocus()
    widget.clear()
    assert widget.value() == ""


def test_choice_input(qtbot: QtBot) -> None:
    widget = ChoiceInput(["summarization", "translation"])
    qtbot.addWidget(widget)
    assert widget.value() == "summarization"
    with qtbot.waitSignal(widget.changed):
        widget.set_value("translation")
    assert widget.value() == "translation"
    with pytest.raises(ValueError):
        widget.set_value("nope")
    widget.clear()
    assert widget.value() == "summarization"


def test_error_shown_fires_once_per_new_error(qtbot: QtBot) -> None:
    widget = TextInput()
    qtbot.addWidget(widget)
    seen: list[str] = []
    widget.error_shown.connect(seen.append)
    widget.show_error("a")
    widget.show_error("a")
    widget.show_info("note")
    widget.show_error("a")
    widget.show_error("b")
    assert seen == ["a", "a", "b"]
    widget.clear_message()
    assert widget.message() == "" and widget.message_label.isHidden()

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.inputs import JsonInput, Level

BROKEN = '{\n  "inputs": "hi",\n  "parameters": {"top_k": 3,}\n}'


@pytest.fixture
def field(qtbot: QtBot) -> JsonInput:
    widget = JsonInput(debounce_ms=50)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_syntax_error_position_is_shown_inline(field: JsonInput) -> None:
    field.set_value(BROKEN)
    with pytest.raises(json.JSONDecodeError) as info:
        json.loads(BROKEN)
    error = info.value
    assert (error.lineno, error.colno) == (3, 29)
    assert field.problem() == f"Line 3, column 29: {error.msg}"
    assert field.message() == field.problem()
    assert field.message_level() is Level.ERROR
    assert field.error_position() == error.pos
    selections = field.editor.extraSelections()
    assert len(selections) == 1
    assert selections[0].cursor.selectionStart() == error.pos


def test_validates_while_typing_after_a_pause(qtbot: QtBot, field: JsonInput) -> None:
    qtbot.keyClicks(field.editor, '{"a": ')
    assert field.message() == ""  # not yet: debounced
    qtbot.waitUntil(lambda: field.message() != "", timeout=2000)
    assert field.message().startswith("Line 1, column 7: Expecting value")
    qtbot.keyClicks(field.editor, "1}")
    qtbot.waitUntil(lambda: field.message_level() is Level.OK, timeout=2000)
    assert field.message() == "Valid JSON"
    assert field.editor.extraSelections() == []
    assert field.value() == '{"a": 1}'


def test_problem_does_not_wait_for_the_debounce(qtbot: QtBot, field: JsonInput) -> None:
    qtbot.keyClicks(field.editor, "[1, 2")
    assert field.problem() is not None and field.problem().startswith("Line 1, column 6")  # type: ignore[union-attr]


def test_set_value_with_objects_and_clear(field: JsonInput) -> None:
    field.set_value({"inputs": "héllo", "n": [1, 2]})
    assert json.loads(field.value()) == {"inputs": "héllo", "n": [1, 2]}
    assert "héllo" in field.value()  # not \\u-escaped
    assert field.problem() is None
    field.clear()
    assert field.value() == "" and field.message() == "" and field.problem() is None

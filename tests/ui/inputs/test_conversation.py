from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.inputs import ConversationInput


@pytest.fixture
def conversation(qtbot: QtBot) -> ConversationInput:
    widget = ConversationInput()
    qtbot.addWidget(widget)
    widget.resize(500, 360)
    widget.show()
    return widget


def test_value_starts_empty(conversation: ConversationInput) -> None:
    assert conversation.value() == {"text": "", "past_user_inputs": [], "generated_responses": []}
    assert conversation.messages() == []
    assert not conversation.clear_history_button.isEnabled()


def test_the_page_appends_each_exchange(qtbot: QtBot, conversation: ConversationInput) -> None:
    qtbot.keyClicks(conversation.editor, "Which movie tonight?")
    assert conversation.value()["text"] == "Which movie tonight?"
    with qtbot.waitSignal(conversation.changed):
        conversation.append_exchange("Which movie tonight?", "The Big Lebowski.")
    qtbot.keyClicks(conversation.editor, "Is it a comedy?")
    assert conversation.value() == {
        "text": "Is it a comedy?",
        "past_user_inputs": ["Which movie tonight?"],
        "generated_responses": ["The Big Lebowski."],
    }
    assert conversation.messages() == [
        ("user", "Which movie tonight?"),
        ("model", "The Big Lebowski."),
    ]
    assert conversation.clear_history_button.isEnabled()


def test_set_value_clear_history_and_clear(conversation: ConversationInput) -> None:
    conversation.set_value(
        {"text": "and?", "past_user_inputs": ["a", "b"], "generated_responses": ["1", "2"]}
    )
    assert conversation.messages() == [("user", "a"), ("model", "1"), ("user", "b"), ("model", "2")]
    conversation.clear_history_button.click()
    assert conversation.value() == {
        "text": "and?",
        "past_user_inputs": [],
        "generated_responses": [],
    }
    assert conversation.messages() == []
    conversation.set_value("just text")
    conversation.clear()
    assert conversation.value()["text"] == ""
    with pytest.raises(TypeError):
        conversation.set_value({"past_user_inputs": "not a list"})

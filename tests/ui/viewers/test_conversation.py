"""Conversation: bubbles on their sides; the thread continues from call to call."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present import ResultContext, prepare
from hfi_desktop.ui.viewers import ConversationViewer
from tests.ui.viewers.conftest import ShowSample


def reply(users: list[str], models: list[str]) -> dict[str, object]:
    return {
        "generated_text": models[-1],
        "conversation": {"past_user_inputs": users, "generated_responses": models},
    }


def test_bubbles_user_right_model_left(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("conversational")
    assert isinstance(viewer, ConversationViewer)
    bubbles = viewer.bubbles()
    assert [b.turn.role for b in bubbles] == ["user", "model", "user", "model"]
    assert bubbles[3].label.text() == "It's the best movie ever."
    middle = viewer.width() // 2
    user, model = bubbles[0], bubbles[1]
    assert user.mapTo(viewer, user.rect().center()).x() > middle
    assert model.mapTo(viewer, model.rect().center()).x() < middle
    assert user.width() <= viewer.width() * 0.75
    # the sample's server warning goes to the panel's Details tab, not under the thread
    assert not any("pad_token_id" in label.text() for label in viewer.findChildren(QLabel))


def test_next_turn_is_appended(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("conversational")
    assert isinstance(viewer, ConversationViewer)
    first = viewer.bubbles()
    users = ["Which movie is the best ?", "Can you explain why ?", "And the second best?"]
    models = ["It is Die Hard for sure.", "It's the best movie ever.", "Die Hard 2."]
    viewer.show_result(prepare(OutputKind.CONVERSATION, reply(users, models)))
    assert viewer.bubbles()[:4] == first  # the same widgets: appended, not rebuilt
    assert [t.text for t in viewer.turns()][4:] == ["And the second best?", "Die Hard 2."]


def test_another_conversation_replaces_the_thread(qtbot: QtBot) -> None:
    viewer = ConversationViewer()
    qtbot.addWidget(viewer)
    viewer.show_result(prepare(OutputKind.CONVERSATION, reply(["Hi"], ["Hello"])))
    viewer.show_result(prepare(OutputKind.CONVERSATION, reply(["Yo"], ["Hey"])))
    assert [t.text for t in viewer.turns()] == ["Yo", "Hey"]


def test_long_messages_wrap_inside_the_bubble(qtbot: QtBot) -> None:
    viewer = ConversationViewer()
    qtbot.addWidget(viewer)
    viewer.resize(500, 400)
    viewer.show()
    long = "word " * 200
    context = ResultContext(text=long)
    viewer.show_result(prepare(OutputKind.CONVERSATION, {"generated_text": "ok"}, context))
    qtbot.waitUntil(lambda: viewer.bubbles()[0].height() > 100)
    assert viewer.bubbles()[0].width() <= 500 * 0.75

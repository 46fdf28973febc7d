"""A chat compared across models, driven as a user does against the local router: Compare…
opens a window with a column per model (each with its provider picker); Send to all asks
every model the same conversation, the replies stream side by side with their figures;
Stop all keeps what came; a column is added; the comparison is saved as Markdown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.tasks_chat import CHAT
from hfi_desktop.runs import RunState
from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.chat.compare import SAVE_DIALOG_NAME, ChatCompareWindow
from tests.support.fake_router import Emulated, FakeRouter
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.providers.conftest import click_choice
from tests.ui.providers.test_picker import choose_model, settled

from .conftest import PROVIDER
from .drive import send

SECOND = "acme/chat-b"
THIRD = "acme/chat-c"


@pytest.fixture(autouse=True)
def _models(fake_router: FakeRouter) -> None:
    """Two more chat models: the second served by together (priced), the third by novita;
    the chat's own stays the Hub's most liked (the served default)."""
    fake_router.add_hub_model(CHAT.default_model, pipeline_tag="text-generation", likes=900)
    fake_router.map_model(SECOND, "together", "acme/chat-b-instruct", "conversational")
    fake_router.map_model(THIRD, "novita", "acme/chat-c", "conversational")
    fake_router.add_catalog_model(SECOND, [
        {"provider": "together", "pricing": {"input": 1.0, "output": 2.0}}])


@pytest.fixture
def compare(qtbot: QtBot, chat: ChatPage, run_async: RunAsync
            ) -> Iterator[ChatCompareWindow]:
    """A chat with one turn, a follow-up typed, Compare… clicked; the second column on
    SECOND with together, a third column added on THIRD."""
    send(qtbot, chat, run_async, "hello")
    qtbot.keyClicks(chat.composer.edit, "compare me")
    qtbot.mouseClick(chat.compare_button, Qt.MouseButton.LeftButton)
    window = chat.comparison
    assert window is not None and window.isVisible()
    assert len(window.columns) == 2
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    _first, second, third = window.columns

    async def choose() -> None:
        for column, model in ((second, SECOND), (third, THIRD)):
            choose_model(column.model_field, model)
        await settled(second.provider_picker, SECOND, second.model_field)
        await settled(third.provider_picker, THIRD, third.model_field)
        await click_choice(second.provider_picker, "together")

    run_async(choose(), timeout=20)
    yield window
    window.stop()
    window.close()


def _pace(router: FakeRouter, delay_s: float) -> None:
    """The next replies (two on the auto router, one on together's route) stream a chunk
    every ``delay_s``."""
    router.program("/v1/chat/completions", Emulated(delay_s=delay_s), times=2)
    router.program("/together/v1/chat/completions", Emulated(delay_s=delay_s), times=1)


def _send_all(qtbot: QtBot, window: ChatCompareWindow, run_async: RunAsync) -> None:
    async def go() -> None:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        assert window.is_running()
        await wait_until(lambda: not window.is_running() and all(
            c.markdown.caught_up() for c in window.columns), timeout=20)

    run_async(go(), timeout=30)


def test_every_model_answers_side_by_side_with_its_figures(
        qtbot: QtBot, chat: ChatPage, compare: ChatCompareWindow, fake_router: FakeRouter,
        run_async: RunAsync) -> None:
    first, second, third = compare.columns
    assert first.model() == CHAT.default_model
    fake_router.clear_requests()
    _pace(fake_router, 0.04)  # a few chunks over some time: a rate to show
    _send_all(qtbot, compare, run_async)
    for column in compare.columns:
        reply = column.reply()
        assert reply is not None and reply.state is RunState.DONE
        assert column.markdown.text() == "Echo: compare me"
        figures = column.figures.text()
        assert "to first token" in figures and "tokens/s" in figures, figures
        assert "tokens (" in figures  # the usage: out (in)
    # The same conversation went to each model, each on its own route.
    auto = {r.json()["model"]: r.json() for r in fake_router.requests_to(
        "/v1/chat/completions")}  # Auto: the model alone, the router chooses
    [together] = fake_router.requests_to("/together/v1/chat/completions")
    assert set(auto) == {CHAT.default_model, THIRD}
    assert together.json()["model"] == "acme/chat-b-instruct"  # together's providerId
    messages = auto[THIRD]["messages"]
    assert [m["content"] for m in messages] == ["hello", "Echo: hello", "compare me"]
    assert together.json()["messages"] == messages == auto[CHAT.default_model]["messages"]
    assert "via " + PROVIDER in first.figures.text()
    assert "via novita" in third.figures.text()  # the one the router named
    run_async(wait_until(lambda: "$" in second.figures.text(), timeout=10))  # the cost
    assert "via together" in second.figures.text()
    assert compare.status.text() == "All answered"
    assert chat.composer.text() == "compare me"  # the chat page is left as it was
    assert len(chat.chat.path()) == 2


def test_stop_all_keeps_what_came(qtbot: QtBot, compare: ChatCompareWindow,
                                  fake_router: FakeRouter, run_async: RunAsync) -> None:
    _pace(fake_router, 0.2)

    async def stop_midway() -> None:
        qtbot.mouseClick(compare.send_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: all(c.markdown.text() for c in compare.columns), timeout=10)
        assert compare.stop_button.isEnabled() and not compare.send_button.isEnabled()
        qtbot.mouseClick(compare.stop_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not compare.is_running(), timeout=10)

    run_async(stop_midway(), timeout=20)
    for column in compare.columns:
        reply = column.reply()
        assert reply is not None and reply.state is RunState.CANCELLED
        assert reply.text.startswith("Echo:") and reply.text != "Echo: compare me"
        assert "Stopped" in column.figures.text()
    assert compare.send_button.isEnabled() and not compare.stop_button.isEnabled()


def test_columns_are_added_up_to_six_and_removed_down_to_two(
        qtbot: QtBot, compare: ChatCompareWindow) -> None:
    while compare.add_button.isEnabled():
        qtbot.mouseClick(compare.add_button, Qt.MouseButton.LeftButton)
    assert len(compare.columns) == 6
    while compare.columns[-1].remove_button.isEnabled():
        qtbot.mouseClick(compare.columns[-1].remove_button, Qt.MouseButton.LeftButton)
    assert len(compare.columns) == 2


def test_saved_as_markdown(qtbot: QtBot, compare: ChatCompareWindow, run_async: RunAsync,
                           tmp_path: Path) -> None:
    _send_all(qtbot, compare, run_async)
    saved = tmp_path / "three models.md"

    async def save() -> None:
        qtbot.mouseClick(compare.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: _dialog() is not None)
        dialog = _dialog()
        assert dialog is not None
        dialog.setDirectory(str(tmp_path))
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText(saved.name)
        dialog.accept()
        await wait_until(lambda: compare.status.text().startswith("Saved"), timeout=10)

    run_async(save(), timeout=20)
    text = saved.read_text(encoding="utf-8")
    question, answers = text.split("## The answers")
    assert "compare me" in question and "hello" in question
    for model in (CHAT.default_model, SECOND, THIRD):
        assert f"### {model}" in answers
    assert answers.count("Echo: compare me") == 3
    assert answers.count("to first token") == 3 and "via together" in answers


def _dialog() -> QFileDialog | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == SAVE_DIALOG_NAME and widget.isVisible():
            assert isinstance(widget, QFileDialog)
            return widget
    return None


def test_nothing_typed_after_a_reply_is_said_at_the_message_box(
        qtbot: QtBot, chat: ChatPage, run_async: RunAsync) -> None:
    send(qtbot, chat, run_async, "hello")
    qtbot.mouseClick(chat.compare_button, Qt.MouseButton.LeftButton)
    assert chat.comparison is None
    assert "write the message to compare" in chat.error_box.message.text()

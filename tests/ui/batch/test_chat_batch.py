"""A batch of chat prompts, from the Chat page's "Batch…", against the local router (its
chat echoes the last user message, with a usage): each line is the user's message of a new
one-turn chat after the page's system prompt and with its parameters; each model answers
whole; the table shows the reply's first words, the tokens of the usage and the cost from
the router's listed prices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.tasks_chat import CHAT
from hfi_desktop.ui.batch import BATCH_BUTTON_NAME
from hfi_desktop.ui.batch.session import State
from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.main_window import MainWindow
from tests.support.fake_router import FakeRouter
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import fake_router as fake_router
from tests.support.fixtures import no_internet as no_internet
from tests.support.fixtures import router_client as router_client
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.chat.conftest import PROVIDER, chat_requests
from tests.ui.chat.conftest import _offline as _offline
from tests.ui.chat.conftest import chat as chat
from tests.ui.chat.conftest import client as client

from .helpers import click, set_models, type_lines, wait_state

SHOTS = Path("/work/shots")  # where a developer's run leaves the window's picture
SECOND = "acme/chat-b"
PROMPTS = ["first prompt", "second prompt here", "the third prompt of all"]
SYSTEM = "Answer briefly."


@pytest.fixture(autouse=True)
def _models(fake_router: FakeRouter) -> None:
    """The chat's model on groq and a second model on together, both priced."""
    fake_router.map_model(SECOND, "together", "acme/chat-b-instruct", "conversational")
    fake_router.add_catalog_model(CHAT.default_model, [
        {"provider": PROVIDER, "pricing": {"input": 1.0, "output": 2.0}}])
    fake_router.add_catalog_model(SECOND, [
        {"provider": "together", "pricing": {"input": 3.0, "output": 4.0}}])


def test_a_chat_batch_fills_the_table_with_replies_tokens_and_cost(
        qtbot: QtBot, window: MainWindow, chat: ChatPage, fake_router: FakeRouter,
        run_async: RunAsync, tmp_path: Path) -> None:
    window.batches.folder = tmp_path / "batches"
    chat.settings.system_edit.setPlainText(SYSTEM)
    max_tokens = chat.settings.parameters.fields["max_tokens"]
    max_tokens.setFocus()
    qtbot.keyClick(max_tokens, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(max_tokens, "64")
    button = chat.findChild(QPushButton, BATCH_BUTTON_NAME)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = window.batches.windows[-1]
    assert view.isVisible() and view.spec.id == CHAT.id
    assert SYSTEM in view.form_label.text() and "max_tokens=64" in view.form_label.text()
    type_lines(view, PROMPTS)
    set_models(view, [CHAT.default_model, SECOND])

    async def run() -> None:
        click(view.run_button)
        await wait_state(view, State.FINISHED, timeout=30)
        await wait_until(lambda: not view.is_reading() and len(view.model.outcomes()) == 6,
                         timeout=30)

    run_async(run(), timeout=60)
    model = view.model
    assert model.rowCount() == 3
    assert [o.status for o in model.outcomes()] == ["done"] * 6
    for row, prompt in enumerate(PROMPTS):
        assert model.index(row, 0).data() == prompt
        for target in (0, 1):
            reply = model.index(row, model.column_of(target, "result")).data()
            assert reply == f"Echo: {prompt}"
            tokens = model.index(row, model.column_of(target, "tokens")).data()
            assert tokens is not None and int(tokens) > 0
            cost = model.index(row, model.column_of(target, "cost")).data()
            assert cost is not None and "$" in cost
    bodies = chat_requests(fake_router)
    assert len(bodies) == 6
    for body in bodies:
        assert body["messages"][0] == {"role": "system", "content": SYSTEM}
        assert body["messages"][1]["role"] == "user"
        assert body["max_tokens"] == 64 and not body.get("stream")
    assert {b["messages"][1]["content"] for b in bodies} == set(PROMPTS)
    # Both models echo the same words: the rows agree (text compared as the compare window).
    assert view.summary.matrix.item(0, 1).text() == "100%"
    if SHOTS.is_dir():
        view.grab().save(str(SHOTS / "i16-chat-batch.png"))

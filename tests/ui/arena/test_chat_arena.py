"""The arena from the Chat page, against the local router (its chat echoes the last user
message): the system prompt and the composer's message go to two hidden models, each reply
answered whole shows as text, the vote names them and is kept under the chat's task."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hfi_desktop.arena import Target, Verdict
from hfi_desktop.catalog.tasks_chat import CHAT
from hfi_desktop.storage.arena_votes import ArenaVotes
from hfi_desktop.storage.paths import DATA_DIR_ENV
from hfi_desktop.ui.arena import ARENA_BUTTON_NAME
from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.viewers import TextViewer
from tests.support.fake_router import FakeRouter
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import fake_router as fake_router
from tests.support.fixtures import no_internet as no_internet
from tests.support.fixtures import router_client as router_client
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.chat.conftest import _offline as _offline
from tests.ui.chat.conftest import chat as chat
from tests.ui.chat.conftest import chat_requests
from tests.ui.chat.conftest import client as client

from .helpers import answered

SHOTS = Path("/work/shots")  # where a developer's run leaves the window's picture
SECOND = "acme/chat-b"
SYSTEM = "Answer briefly."


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


def test_tools_arena_on_the_chat_page_opens_the_chat_s_arena(
        window: MainWindow, chat: ChatPage) -> None:
    window.arena.arena_action.trigger()  # Tools ▸ Arena… (Ctrl+Shift+A)
    (view,) = window.arena.views
    assert view.spec.id == CHAT.id and view.page is chat


def test_a_chat_round_is_blind_then_voted_and_kept(
        qtbot: QtBot, window: MainWindow, chat: ChatPage, fake_router: FakeRouter,
        run_async: RunAsync, data_folder: Path) -> None:
    fake_router.map_model(SECOND, "together", "acme/chat-b-instruct", "conversational")
    chat.settings.system_edit.setPlainText(SYSTEM)
    qtbot.keyClicks(chat.composer.edit, "which is better?")
    button = chat.findChild(QPushButton, ARENA_BUTTON_NAME)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (view,) = window.arena.views
    assert view.spec.id == CHAT.id
    assert SYSTEM in view.form_summary.label.text()

    async def scenario() -> None:
        await wait_until(view.isVisible)
        view.pool_edit.setFocus()
        view.pool_edit.selectAll()
        qtbot.keyClick(view.pool_edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(view.pool_edit, CHAT.default_model)
        qtbot.keyClick(view.pool_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(view.pool_edit, SECOND)
        qtbot.mouseClick(view.round_button, Qt.MouseButton.LeftButton)
        await answered(view)
        if SHOTS.is_dir():
            view.grab().save(str(SHOTS / "i16-chat-arena-blind.png"))
        for side in (view.side_a, view.side_b):
            assert side.title.text() in ("A", "B")
            viewer = side.panel.viewer
            assert isinstance(viewer, TextViewer)
            assert viewer.text() == "Echo: which is better?"
            assert "acme" not in side.status.label.text()
        bodies = chat_requests(fake_router)
        assert len(bodies) == 2
        for body in bodies:
            assert body["messages"] == [{"role": "system", "content": SYSTEM},
                                        {"role": "user", "content": "which is better?"}]
            assert not body.get("stream")
        assert view.pair is not None
        assert {view.pair.a, view.pair.b} == {Target(CHAT.default_model), Target(SECOND)}
        qtbot.mouseClick(view.vote_buttons[Verdict.B], Qt.MouseButton.LeftButton)
        await wait_until(lambda: view.last_vote is not None)
        assert view.side_b.title.text().startswith(f"B: {view.pair.b.label()} · ")
        if SHOTS.is_dir():
            view.grab().save(str(SHOTS / "i16-chat-arena-voted.png"))
            chat.window().grab().save(str(SHOTS / "i16-chat-page.png"))

    run_async(scenario(), timeout=60)
    store = ArenaVotes.open(data_folder)
    try:
        (vote,) = store.votes(CHAT.id)
    finally:
        store.close()
    assert vote.verdict is Verdict.B
    assert vote.inputs.get("message") == "which is better?"

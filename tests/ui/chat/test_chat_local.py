"""The chat page with "Local engine" chosen: the engine starts on demand and streams the
reply (``/v1/chat/completions``, the model named as is), with the engine's token alone; the
router hears nothing of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.local import LocalSourcesService
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from tests.support.fake_router import FakeRouter
from tests.support.fixtures import ROUTER_TOKEN
from tests.support.local_engine import engine_log as engine_log
from tests.support.local_engine import local as local
from tests.support.local_engine import requests_seen
from tests.support.qt_async import RunAsync
from tests.ui.conftest import MakeWindow
from tests.ui.providers.conftest import click_choice, titles

from .conftest import chat_requests
from .drive import send


@pytest.fixture
def window(make_window: MakeWindow, services: Services,
           local: LocalSourcesService) -> MainWindow:
    """Overrides tests/ui/conftest.py's: the window knows the sources on this computer."""
    services.local = local
    return make_window()


def test_local_engine_answers_the_chat(qtbot: QtBot, chat: ChatPage, local: LocalSourcesService,
                                       engine_log: Path, fake_router: FakeRouter,
                                       run_async: RunAsync) -> None:
    picker = chat.provider_picker
    assert "On this computer" in titles(picker)
    run_async(click_choice(picker, "local"))
    assert picker.provider() == "local"
    send(qtbot, chat, run_async, "hello?")
    last = chat.chat.last()
    assert last is not None and last.text == "Hello from the engine", last.error
    seen = [r for r in requests_seen(engine_log) if r["path"] == "/v1/chat/completions"]
    assert len(seen) == 1
    assert seen[0]["authorization"] == f"Bearer {local.engine.token}"
    assert all(ROUTER_TOKEN not in r["authorization"] for r in requests_seen(engine_log))
    assert chat_requests(fake_router) == []

"""Settings ▸ Local servers: Find lists what answers on this computer, Add makes a profile,
OK saves it; bad profiles are said inline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hfi_desktop.local.profiles import ServerProfile
from hfi_desktop.local.sources import SourceKind
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.settings import LiveSettings, SettingsDialog
from hfi_desktop.ui.settings.local_servers import FOUND_ADD, FOUND_MODELS, FOUND_SERVER, NAME, URL
from tests.support.fake_openai_server import TGI_INFO, FakeOpenAIServer
from tests.support.fixtures import refused_url as refused_url
from tests.support.qt_async import RunAsync, wait_until

from .conftest import hooks


@pytest.fixture
def ollama() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(models=("llama3.2:1b", "qwen2.5:0.5b"), ollama=True) as server:
        yield server


@pytest.fixture
def garbage() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(behaviour="garbage") as server:
        yield server


def open_tab(window: MainWindow, urls: list[str]) -> SettingsDialog:
    dialog = hooks(window).open_dialog()
    dialog.tabs.setCurrentWidget(dialog.local_servers)
    dialog.local_servers.probe_urls = urls
    dialog.local_servers.probe_timeout_s = 5.0  # a loaded machine: no server here hangs
    return dialog


def found_text(dialog: SettingsDialog, row: int, column: int) -> str:
    item = dialog.local_servers.found.item(row, column)
    return item.text() if item is not None else ""


def test_find_lists_the_servers_and_add_saves_a_profile(
        qtbot: QtBot, app_window: MainWindow, live: LiveSettings, ollama: FakeOpenAIServer,
        garbage: FakeOpenAIServer, refused_url: str, run_async: RunAsync) -> None:
    dialog = open_tab(app_window, [ollama.url, garbage.url, refused_url])
    tab = dialog.local_servers

    async def find() -> None:
        qtbot.mouseClick(tab.find_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: tab.found.rowCount() == 2, timeout=10)

    run_async(find())
    assert found_text(dialog, 0, FOUND_SERVER) == f"Ollama (127.0.0.1:{ollama.port})"
    assert found_text(dialog, 0, FOUND_MODELS) == "llama3.2:1b, qwen2.5:0.5b"
    assert found_text(dialog, 1, FOUND_SERVER) == f"127.0.0.1:{garbage.port}"
    assert "malformed JSON" in found_text(dialog, 1, FOUND_MODELS)
    assert tab.found.cellWidget(1, FOUND_ADD) is None  # nothing to add
    assert tab.find_message.message().endswith("Found 1 server: Add, then OK or Apply.")

    add = tab.found.cellWidget(0, FOUND_ADD)
    assert isinstance(add, QPushButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert tab.profiles() == [ServerProfile("ollama", SourceKind.OPENAI, ollama.url)]
    added = tab.found.cellWidget(0, FOUND_ADD)
    assert isinstance(added, QPushButton) and not added.isEnabled()
    assert added.text() == "Added"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert live.settings.local_servers() == [
        ServerProfile("ollama", SourceKind.OPENAI, ollama.url)]


def test_a_url_typed_is_looked_at_too(
        qtbot: QtBot, app_window: MainWindow, refused_url: str, run_async: RunAsync) -> None:
    with FakeOpenAIServer(info=TGI_INFO) as tgi:
        dialog = open_tab(app_window, [refused_url])
        tab = dialog.local_servers

        async def find() -> None:
            qtbot.keyClicks(tab.extra_url, tgi.url)
            qtbot.keyClick(tab.extra_url, Qt.Key.Key_Return)
            await wait_until(lambda: tab.found.rowCount() == 1, timeout=10)

        run_async(find())
    assert found_text(dialog, 0, FOUND_SERVER) == f"TGI (127.0.0.1:{tgi.port})"
    assert found_text(dialog, 0, FOUND_MODELS) == TGI_INFO["model_id"]
    dialog.reject()


def test_nothing_found_is_said(qtbot: QtBot, app_window: MainWindow, refused_url: str,
                               run_async: RunAsync) -> None:
    dialog = open_tab(app_window, [refused_url])
    tab = dialog.local_servers

    async def find() -> None:
        qtbot.mouseClick(tab.find_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: tab.find_message.message().startswith("No server"),
                         timeout=10)

    run_async(find())
    assert refused_url.split("://")[1] in tab.find_message.message()
    assert tab.found.rowCount() == 0
    dialog.reject()


def test_a_bad_profile_is_said_inline_and_not_saved(
        qtbot: QtBot, app_window: MainWindow, live: LiveSettings) -> None:
    dialog = open_tab(app_window, [])
    tab = dialog.local_servers
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    url = tab.table.item(0, URL)
    assert url is not None and url.text() == "http://127.0.0.1:"
    url.setText("http://127.0.0.1:11434")  # as typed in the cell
    assert tab.profiles() == [ServerProfile("server", SourceKind.OPENAI,
                                            "http://127.0.0.1:11434")]
    name = tab.table.item(0, NAME)
    assert name is not None
    name.setText("My Server")  # as typed in the cell
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "lower-case letters" in tab.message.message()
    assert live.settings.local_servers() == []
    dialog.reject()


def test_in_chinese_why_a_server_is_not_one_we_know_is_said_in_chinese(
        in_chinese: list[QTranslator], qtbot: QtBot, app_window: MainWindow,
        run_async: RunAsync) -> None:
    with FakeOpenAIServer(info={"version": "1.0"}) as odd:  # /info without a model
        dialog = open_tab(app_window, [odd.url])
        tab = dialog.local_servers

        async def find() -> None:
            qtbot.mouseClick(tab.find_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: tab.found.rowCount() == 1, timeout=10)

        run_async(find())
    models = tab.found.item(0, FOUND_MODELS)
    assert models is not None
    assert models.text().startswith("\u26a0 有应答") and "HTTP 404" in models.text()
    assert "answers" not in models.text()
    assert models.toolTip() == f"127.0.0.1:{odd.port}: " + models.text().removeprefix("\u26a0 ")
    finding = tab.findings[0]
    assert str(finding.message) == (f"127.0.0.1:{odd.port}: answers, but not as an "
                                    "OpenAI-compatible or HF-style server (GET /v1/models: "
                                    "HTTP 404)")  # as logs and tests read it
    dialog.reject()

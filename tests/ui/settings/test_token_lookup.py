"""At start-up the token comes from a worker (the keyring is slow): the window does not wait
for it, and no run goes out before it is known."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from concurrent.futures import Future

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.bridge import Bridge
from hfi_desktop.catalog import CATALOG
from hfi_desktop.credentials.secrets import FoundToken, TokenSource
from hfi_desktop.storage.settings import NamedEndpoint, Settings
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.settings import LiveSettings, install_settings
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync

from ..pages import run_page
from .conftest import TOKEN

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"


@pytest.fixture
def lookup() -> Future[FoundToken]:
    return Future()


@pytest.fixture
def late_live(settings: Settings, fake_api: FakeInferenceAPI, lookup: Future[FoundToken],
              qasync_loop: object) -> Iterator[LiveSettings]:
    settings.set_endpoints([NamedEndpoint("local", fake_api.url, trusted=True)])  # no question
    live = LiveSettings(settings, token=lookup)
    yield live
    live.close()


@pytest.fixture
def window(qtbot: QtBot, late_live: LiveSettings, bridge: Bridge) -> Iterator[MainWindow]:
    made = MainWindow(CATALOG, late_live.services(bridge))
    qtbot.addWidget(made)
    hooks = install_settings(made, late_live, bridge)
    made.show()
    yield made
    for page in made.pages.values():
        page.cancel()
    hooks.close()


def start_text_run(window: MainWindow) -> asyncio.Future[str]:
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("I like you. I love you.")
    return asyncio.ensure_future(run_page(page))


def test_a_run_waits_for_the_token_then_sends_it(
        window: MainWindow, late_live: LiveSettings, lookup: Future[FoundToken],
        fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    assert late_live.token.source is TokenSource.NONE
    assert not late_live.client().has_token
    changed: list[str] = []
    late_live.token_changed.connect(lambda: changed.append("token"))

    async def scenario() -> str:
        run = start_text_run(window)
        await asyncio.sleep(0.3)
        assert not run.done()
        assert fake_api.requests == []  # nothing goes out without the token
        lookup.set_result(FoundToken(TOKEN, TokenSource.APP_KEYRING))  # from the worker
        return await run

    assert run_async(scenario()) == "done"
    assert fake_api.requests_to(SST2_PATH)[0].header("authorization") == f"Bearer {TOKEN}"
    assert late_live.token.source is TokenSource.APP_KEYRING
    assert changed == ["token"]


def test_a_token_saved_meanwhile_outranks_the_lookup(
        window: MainWindow, late_live: LiveSettings, lookup: Future[FoundToken],
        fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    late_live.set_token(FoundToken("hf_saved_just_now_0123456789", TokenSource.APP_FILE))
    lookup.set_result(FoundToken(TOKEN, TokenSource.ENV))  # older news
    assert run_async(start_text_run(window)) == "done"
    assert late_live.token.source is TokenSource.APP_FILE
    sent = fake_api.requests_to(SST2_PATH)[0].header("authorization")
    assert sent == "Bearer hf_saved_just_now_0123456789"


def test_a_failed_lookup_is_logged_and_runs_go_without_a_token(
        window: MainWindow, late_live: LiveSettings, lookup: Future[FoundToken],
        fake_api: FakeInferenceAPI, run_async: RunAsync,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)

    async def scenario() -> str:
        run = start_text_run(window)
        await asyncio.sleep(0.1)
        lookup.set_exception(OSError("D-Bus went away"))
        return await run

    assert run_async(scenario()) == "done"
    assert fake_api.requests_to(SST2_PATH)[0].header("authorization") is None
    assert "the token could not be read at start-up: OSError" in caplog.text
    assert late_live.token.source is TokenSource.NONE

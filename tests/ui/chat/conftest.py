"""Chat page tests: the window of tests/ui/conftest.py over the local router (its chat
emulation echoes the last user message), with a history in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from hfi_desktop.catalog.tasks_chat import CHAT
from hfi_desktop.inference import HfInference
from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.main_window import MainWindow
from tests.support.fake_router import FakeRouter
from tests.support.fixtures import MakeClient
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import fake_router as fake_router
from tests.support.fixtures import no_internet as no_internet
from tests.support.fixtures import router_client as router_client
from tests.support.qt_async import RunAsync, wait_until
from tests.support.sse import sse_event
from tests.ui.history.conftest import history as history  # with the history, as the app
from tests.ui.history.conftest import services as services
from tests.ui.history.conftest import settings as settings

#: The provider the local router serves the chat's default model from.
PROVIDER = "groq"


@pytest.fixture(autouse=True)
def _offline(no_internet: list[str]) -> None:
    """Only loopback is reachable."""


@pytest.fixture
def client(router_client: MakeClient, fake_router: FakeRouter) -> HfInference:
    """Overrides tests/ui/conftest.py's: a client of the local router, which serves the
    chat's default model."""
    fake_router.map_model(CHAT.default_model, PROVIDER, "gpt-oss-120b", "conversational")
    return router_client(timeout=(2.0, 10.0))


@pytest.fixture
def chat(window: MainWindow, run_async: RunAsync) -> Iterator[ChatPage]:
    """The chat page, chosen in the sidebar as a user would (on the loop, as in the
    application: the provider picker looks the model's providers up)."""
    async def choose() -> None:
        window.sidebar.select_task(CHAT.id)

    run_async(choose())
    page = window.stack.currentWidget()
    assert isinstance(page, ChatPage)
    yield page
    page.cancel()


def chat_requests(router: FakeRouter) -> list[Any]:
    """The bodies of the chat requests the router received, in order."""
    return [r.json() for r in router.requests if r.path.endswith("/chat/completions")]


async def settle(page: ChatPage, timeout: float = 10.0) -> None:
    """Until no reply streams and every reply on show is rendered."""
    await wait_until(lambda: not page.is_running() and all(
        view.markdown is None or view.markdown.caught_up()
        for view in page.thread_view.views()), timeout=timeout)


def reply_stream(text: str, *, usage: dict[str, int] | None = None) -> list[bytes]:
    """The SSE frames of a reply saying ``text`` a few characters per chunk."""
    pieces = [text[i:i + 7] for i in range(0, len(text), 7)]
    events: list[Any] = [
        {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {"content": piece},
                      "finish_reason": "stop" if i == len(pieces) - 1 else None}]}
        for i, piece in enumerate(pieces)]
    if usage is not None:
        events.append({"id": "c1", "object": "chat.completion.chunk", "created": 1,
                       "model": "m", "choices": [], "usage": usage})
    events.append("[DONE]")
    return [sse_event(event) for event in events]

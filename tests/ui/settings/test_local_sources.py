"""Saved local servers reach the provider picker's list of sources, with their models."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hfi_desktop.bridge import Bridge
from hfi_desktop.local.profiles import ServerProfile
from hfi_desktop.local.sources import LocalSource, SourceKind
from hfi_desktop.storage.settings import Settings
from hfi_desktop.ui.settings.local_sources import LocalServerPublisher
from tests.local.test_profiles import Sink
from tests.support.fake_openai_server import FakeOpenAIServer
from tests.support.fixtures import refused_url as refused_url
from tests.support.qt_async import RunAsync, wait_until


@pytest.fixture
def ollama() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(models=("llama3.2:1b",), ollama=True) as server:
        yield server


def test_profiles_are_put_with_their_models_and_follow_the_settings(
        settings: Settings, bridge: Bridge, ollama: FakeOpenAIServer, refused_url: str,
        run_async: RunAsync) -> None:
    settings.set_local_servers([ServerProfile("ollama", SourceKind.OPENAI, ollama.url)])
    sink = Sink()

    async def start() -> LocalServerPublisher:
        made = LocalServerPublisher(settings, bridge, sink, probe_timeout_s=2.0)
        assert [s.id for s in sink.sources()] == ["local:ollama"]  # at once, models unknown
        await wait_until(lambda: not made.busy(), timeout=10)
        return made

    publisher = run_async(start())
    assert sink.by_id["local:ollama"] == LocalSource(
        "local:ollama", f"ollama (127.0.0.1:{ollama.port})", SourceKind.OPENAI, ollama.url,
        models=("llama3.2:1b",))

    async def change() -> None:
        settings.set_local_servers([ServerProfile("down", SourceKind.HF, refused_url)])
        await wait_until(lambda: not publisher.busy(), timeout=10)

    run_async(change())
    assert list(sink.by_id) == ["local:down"]
    assert not sink.by_id["local:down"].healthy
    publisher.close()

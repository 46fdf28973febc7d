"""Bridge tests: real HTTP to the fake Inference API, coroutines on a qasync loop."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from hfi_desktop.bridge import Bridge
from hfi_desktop.inference import HfInference
from tests.support.fake_api import FakeInferenceAPI
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api
from tests.support.qt_async import AsyncRunner
from tests.support.qt_async import async_runner as async_runner
from tests.support.qt_async import qasync_loop as qasync_loop
from tests.support.qt_async import run_async as run_async


@pytest.fixture
def bridge(qasync_loop: AsyncRunner) -> Iterator[Bridge]:
    """A Bridge made on the GUI thread once the test's loop is set; shut down at teardown."""
    made = Bridge()
    yield made
    made.shutdown()
    assert made.active_calls == 0, "a worker outlived the bridge's shutdown"


@pytest.fixture
def make_client(fake_api: FakeInferenceAPI) -> Iterator[Callable[[], HfInference]]:
    """Clients of the fake server (each with its own connection pool), closed at teardown."""
    clients: list[HfInference] = []

    def make() -> HfInference:
        client = HfInference(base_url=fake_api.url, hub_url=fake_api.url, timeout=(5.0, 30.0))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def hf(make_client: Callable[[], HfInference]) -> HfInference:
    return make_client()

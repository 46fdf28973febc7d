"""Client tests: every call goes over real HTTP to the fake server, never to the internet."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from tests.support.fake_api import FakeInferenceAPI
from tests.support.fixtures import ROUTER_TOKEN as ROUTER_TOKEN
from tests.support.fixtures import MakeClient as MakeClient
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api
from tests.support.fixtures import fake_router as fake_router
from tests.support.fixtures import no_internet as no_internet
from tests.support.fixtures import refused_url as refused_url
from tests.support.fixtures import router_client as router_client

if TYPE_CHECKING:
    from hfi_desktop.inference import HfInference


@pytest.fixture(autouse=True)
def _offline(no_internet: list[str]) -> None:
    """Every client test runs with only loopback reachable."""


@pytest.fixture
def make_client(fake_api: FakeInferenceAPI) -> Iterator[MakeClient]:
    """Build clients aimed at the fake server (keyword arguments override); all are closed
    at teardown."""
    from hfi_desktop.inference import HfInference

    clients: list[HfInference] = []

    def make(access_token: str = "", default_options: Any = None, **kwargs: Any) -> HfInference:
        kwargs.setdefault("base_url", fake_api.url)
        kwargs.setdefault("hub_url", fake_api.url)
        client = HfInference(access_token, default_options, **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def hf(make_client: MakeClient) -> HfInference:
    return make_client()

"""Hub client tests: real HTTP to the fake server (which plays the Hub), never the internet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hfi_desktop.hub import HubClient
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api
from tests.support.fixtures import no_internet as no_internet
from tests.support.fixtures import refused_url as refused_url


@pytest.fixture(autouse=True)
def _offline(no_internet: list[str], clean_hf_env: pytest.MonkeyPatch) -> None:
    """Only loopback is reachable, and never through a proxy."""


@pytest.fixture
def hub() -> Iterator[HubClient]:
    client = HubClient(timeout=(2.0, 5.0))
    yield client
    client.close()

"""Local-server tests: fake servers on 127.0.0.1, never the internet."""

from __future__ import annotations

import pytest

from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import no_internet as no_internet
from tests.support.fixtures import refused_url as refused_url


@pytest.fixture(autouse=True)
def _offline(no_internet: list[str], clean_hf_env: pytest.MonkeyPatch) -> None:
    """Only loopback is reachable, and never through a proxy."""

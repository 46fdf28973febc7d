"""Catalog tests: pure Python, plus real HTTP calls to the fake server for the examples."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hfi_desktop.catalog import FileValue
from hfi_desktop.inference import HfInference
from tests.support.fake_api import FakeInferenceAPI
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api


@pytest.fixture
def hf(fake_api: FakeInferenceAPI) -> Iterator[HfInference]:
    """A client aimed at the fake Inference API and Hub."""
    with HfInference(base_url=fake_api.url, hub_url=fake_api.url) as client:
        yield client


def png(name: str = "tiny.png", data: bytes = b"\x89PNG\r\n\x1a\n....") -> FileValue:
    """A FileValue as the media loader hands it over (the catalog does not decode it)."""
    return FileValue(name, data, "image/png")

"""Snippet tests: requests captured from a client aimed at the fake server; snippets parsed
by Python, Node and bash, and the curl ones run against the fake server."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from hfi_desktop.catalog import CallRequest, build_request, example_values, task
from hfi_desktop.codegen import CodeRequest, describe_call
from hfi_desktop.inference import HfInference, Options
from tests.support.fake_api import FakeInferenceAPI
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api
from tests.support.fixtures import no_internet as no_internet

SECRET = "hf_SECRETtokenValue0123456789"

Describe = Callable[..., CodeRequest]


@pytest.fixture(autouse=True)
def _offline(no_internet: list[str], clean_hf_env: pytest.MonkeyPatch) -> None:
    """Only loopback is reachable."""


@pytest.fixture
def client(fake_api: FakeInferenceAPI) -> Iterator[HfInference]:
    with HfInference(SECRET, base_url=fake_api.url, hub_url=fake_api.url,
                     timeout=(2.0, 10.0)) as made:
        yield made


def example_request(task_id: str, *, model: str | None = None, index: int = 0,
                    parameters: dict[str, object] | None = None,
                    options: Options | None = None) -> CallRequest:
    """The request of a task's example (files read from resources/examples)."""
    spec = task(task_id)
    example = spec.examples[index]
    params = dict(example.parameters) if parameters is None else parameters
    return build_request(spec, example_values(spec, example), params,
                         model=(example.model or spec.default_model) if model is None else model,
                         options=options)


@pytest.fixture
def describe(client: HfInference) -> Describe:
    """describe(task_id, **example_request kwargs) → the CodeRequest on the test client."""
    def make(task_id: str, **kwargs: object) -> CodeRequest:
        request = example_request(task_id, **kwargs)  # type: ignore[arg-type]
        return describe_call(client, request, streaming=task(task_id).streaming)
    return make

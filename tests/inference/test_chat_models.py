"""The router's chat catalogue (``/v1/models``): parsed, priced, fetched once; and the
provider the auto router chose, read from its answer."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hfi_desktop.inference import (
    AuthenticationError,
    CallControl,
    ChatModel,
    ChatProvider,
    InferenceOutputError,
)
from hfi_desktop.inference._chat_models import parse_chat_models
from tests.inference.conftest import MakeClient
from tests.support.fake_api import Exchange, respond_json
from tests.support.fake_router import FakeRouter

MODEL = "deepseek-ai/DeepSeek-V4-Pro"


def test_the_catalogue_gives_each_providers_prices_and_figures(
        router_client: MakeClient, fake_router: FakeRouter) -> None:
    fake_router.add_catalog_model(MODEL, [
        {"provider": "together", "context_length": 512000,
         "pricing": {"input": 2.1, "output": 4.4}, "supports_tools": True,
         "supports_structured_output": True, "first_token_latency_ms": 611,
         "throughput": 40.13},
        {"provider": "novita", "status": "error"}], input_modalities=("text", "image"))
    (model,) = router_client().chat_models()
    assert model.id == MODEL and model.takes_images
    together = model.provider("together")
    assert together == ChatProvider("together", "live", 512000, 2.1, 4.4, True, True, 611.0,
                                    40.13)
    assert model.provider("novita") == ChatProvider("novita", "error")
    assert model.provider("groq") is None
    assert together is not None
    assert together.cost(1_000_000, 500_000) == pytest.approx(2.1 + 2.2)


def test_the_catalogue_is_fetched_once(router_client: MakeClient,
                                       fake_router: FakeRouter) -> None:
    fake_router.add_catalog_model(MODEL, [{"provider": "together"}])
    client = router_client()
    assert client.chat_models() == client.chat_models()
    fetched = [r for r in fake_router.requests if r.path == "/v1/models"]
    assert len(fetched) == 1
    assert fetched[0].header("authorization") is not None


class HeldCatalogue:
    """The first ``/v1/models`` answer, sent once the test releases it."""

    def __init__(self) -> None:
        self.arrived = threading.Event()
        self.release = threading.Event()

    def serve(self, ex: Exchange) -> None:
        self.arrived.set()
        self.release.wait(10)
        ex.send_json(200, {"object": "list", "data": [
            {"id": MODEL, "providers": [{"provider": "together"}]}]})


def test_calls_during_a_fetch_take_its_answer(router_client: MakeClient,
                                             fake_router: FakeRouter) -> None:
    held = HeldCatalogue()
    fake_router.program("/v1/models", held, times=1)
    client = router_client()
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(client.chat_models)
        assert held.arrived.wait(10)
        second = pool.submit(client.chat_models)
        time.sleep(0.2)  # the second call's time to send a request of its own (it must not)
        held.release.set()
        assert first.result(10) == second.result(10)
    assert len([r for r in fake_router.requests if r.path == "/v1/models"]) == 1


def test_entries_of_another_shape_are_skipped() -> None:
    models = parse_chat_models({"object": "list", "data": [
        {"id": "a/b", "providers": [
            {"provider": "groq", "pricing": {"input": "cheap", "output": -1},
             "context_length": 1.5, "supports_tools": "yes"},
            {"status": "live"}, "groq"],
         "architecture": {"input_modalities": "text"}},
        {"id": 7}, "model", {"providers": []}]})
    assert models == (ChatModel("a/b", (ChatProvider("groq", "live"),)),)
    assert ChatProvider("groq", "live").cost(10, 10) is None


def test_an_answer_without_data_is_an_output_error(router_client: MakeClient,
                                                   fake_router: FakeRouter) -> None:
    fake_router.program("/v1/models", respond_json({"models": []}))
    with pytest.raises(InferenceOutputError, match="'data'"):
        router_client().chat_models()


def test_the_provider_the_auto_router_chose_is_in_the_response(
        router_client: MakeClient, fake_router: FakeRouter) -> None:
    fake_router.map_model("google/gemma-3-27b-it", "scaleway", "gemma-3-27b-it",
                          "conversational")
    control = CallControl()
    with router_client().chat_completion_stream(
            model="google/gemma-3-27b-it:cheapest", control=control,
            messages=[{"role": "user", "content": "hello"}]) as stream:
        list(stream)
    assert control.response is not None
    assert control.response.provider == "scaleway"


def test_a_refused_catalogue_raises_the_http_error(fake_router: FakeRouter,
                                                   router_client: MakeClient) -> None:
    with pytest.raises(AuthenticationError):
        router_client(token="not-an-hf-token").chat_models()


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "data", "providers", "provider", "status", "pricing", "input",
                         "output", "context_length", "architecture"]), inner, max_size=4),
    max_leaves=25))
def test_any_answer_parses_or_is_an_output_error(raw: Any) -> None:
    try:
        models = parse_chat_models(raw)
    except InferenceOutputError:
        return
    for model in models:
        assert isinstance(model.id, str)
        for provider in model.providers:
            assert isinstance(provider.provider, str) and provider.provider
            assert provider.input_price is None or provider.input_price >= 0

"""The router's chat catalogue (``GET {router}/v1/models``): read through the client, cached,
and parsed without trusting the answer's shape."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hfi_desktop.inference import (
    AuthenticationError,
    InferenceOutputError,
    ProviderOffer,
    RouterModel,
)
from hfi_desktop.inference._catalogue import parse_catalogue
from tests.support.fake_router import FakeRouter

from .conftest import MakeClient

MODEL = "deepseek-ai/DeepSeek-V4-Pro"


def test_the_catalogue_gives_each_providers_offer(fake_router: FakeRouter,
                                                  router_client: MakeClient) -> None:
    fake_router.add_catalog_model(MODEL, [
        {"provider": "together", "context_length": 512000, "pricing": {"input": 2.1,
                                                                       "output": 4.4},
         "first_token_latency_ms": 611, "throughput": 40.13, "supports_tools": True},
        {"provider": "novita", "status": "error"},
    ], input_modalities=("text", "image"))
    models = router_client().router_models()
    assert models[MODEL] == RouterModel(MODEL, (
        ProviderOffer("together", "live", 512000, 2.1, 4.4, 611.0, 40.13, True, None),
        ProviderOffer("novita", "error"),
    ), ("text", "image"))
    assert models[MODEL].offer("novita") == ProviderOffer("novita", "error")
    assert models[MODEL].offer("groq") is None
    request = fake_router.requests_to("/v1/models")[0]
    assert request.header("authorization") == "Bearer hf_routerTestToken1234"


def test_the_catalogue_is_fetched_once(fake_router: FakeRouter, router_client: MakeClient
                                       ) -> None:
    fake_router.add_catalog_model(MODEL, [{"provider": "together"}])
    client = router_client()
    first = client.router_models()
    assert client.router_models() is first
    assert len(fake_router.requests_to("/v1/models")) == 1


def test_a_refused_catalogue_raises_the_http_error(fake_router: FakeRouter,
                                                   router_client: MakeClient) -> None:
    with pytest.raises(AuthenticationError):
        router_client(token="not-an-hf-token").router_models()


def test_an_answer_without_data_is_an_output_error() -> None:
    with pytest.raises(InferenceOutputError, match="'data'"):
        parse_catalogue({"object": "list"})


def test_fields_of_the_wrong_type_are_left_out() -> None:
    models = parse_catalogue({"data": [
        {"id": MODEL, "providers": [
            {"provider": "together", "status": 3, "context_length": "big",
             "pricing": {"input": True, "output": -1}, "throughput": float("nan")},
            {"status": "live"}, "junk"]},
        {"providers": []}, "junk"]})
    assert models == {MODEL: RouterModel(MODEL, (ProviderOffer("together", "live"),))}


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "data", "providers", "provider", "status", "pricing", "input",
                         "output", "context_length", "architecture"]), inner, max_size=4),
    max_leaves=25))
def test_any_answer_parses_or_is_an_output_error(raw: Any) -> None:
    try:
        models = parse_catalogue(raw)
    except InferenceOutputError:
        return
    for model_id, model in models.items():
        assert isinstance(model_id, str) and model.id == model_id
        for offer in model.offers:
            assert isinstance(offer.provider, str) and offer.provider
            assert offer.input_price is None or offer.input_price >= 0

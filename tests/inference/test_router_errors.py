"""The errors a user meets on today's router, each a specific exception that says what to do,
with the request id kept (the local router answers as the real one does, PROVIDERS.md §5)."""

from __future__ import annotations

import pytest

from hfi_desktop.inference import (
    AuthenticationError,
    CallControl,
    EndpointRetiredError,
    HfInference,
    InferenceHTTPError,
    InvalidRequestError,
    NoProviderEnabledError,
    PaymentRequiredError,
    PermissionDeniedError,
    StreamError,
)
from tests.inference.conftest import MakeClient
from tests.support.fake_api import Stream
from tests.support.fake_router import (
    FakeRouter,
    credits_exceeded,
    detail_error,
    gone_legacy,
    insufficient_permissions,
    message_error,
    not_supported_by_enabled_providers,
    openai_error,
)
from tests.support.sse import sse_event

MODEL = "meta-llama/Llama-3.3-70B-Instruct"
FLUX = "black-forest-labs/FLUX.1-dev"
HELLO = [{"role": "user", "content": "hello"}]
CHAT = "/together/v1/chat/completions"


@pytest.fixture
def together(fake_router: FakeRouter) -> FakeRouter:
    fake_router.map_model(MODEL, "together", "together-llama", "conversational")
    return fake_router


def test_the_retired_host_says_to_use_the_router(fake_router: FakeRouter) -> None:
    fake_router.program(f"/legacy/models/{FLUX}", gone_legacy())
    with HfInference("hf_x", base_url=f"{fake_router.url}/legacy", hub_url=fake_router.url) as hf,\
            pytest.raises(EndpointRetiredError) as caught:
        hf.text_to_image(inputs="a cat", model=FLUX)
    assert "router.huggingface.co/hf-inference" in str(caught.value)
    assert caught.value.request_id


@pytest.mark.parametrize("as_object", [False, True])
def test_no_enabled_provider_says_where_to_enable_one(
    router_client: MakeClient, fake_router: FakeRouter, as_object: bool
) -> None:
    if as_object:
        fake_router.program("/v1/chat/completions",
                            not_supported_by_enabled_providers(MODEL, as_object=True))
    with pytest.raises(NoProviderEnabledError, match="settings/inference-providers"):
        router_client().chat_completion(messages=HELLO, model=MODEL)  # nothing mapped


def test_no_token_is_a_401_saying_where_to_set_one(
    router_client: MakeClient, together: FakeRouter
) -> None:
    with pytest.raises(AuthenticationError) as caught:
        router_client(token="").chat_completion(messages=HELLO, model=MODEL, provider="together")
    assert caught.value.status == 401 and "Settings ▸ Account" in str(caught.value)


def test_a_token_without_the_providers_permission(
    router_client: MakeClient, together: FakeRouter
) -> None:
    together.program(CHAT, insufficient_permissions())
    with pytest.raises(PermissionDeniedError, match="Make calls to Inference Providers"):
        router_client().chat_completion(messages=HELLO, model=MODEL, provider="together")


def test_out_of_credits(router_client: MakeClient, together: FakeRouter) -> None:
    together.program(CHAT, credits_exceeded())
    with pytest.raises(PaymentRequiredError, match="settings/billing"):
        router_client().chat_completion(messages=HELLO, model=MODEL, provider="together")


@pytest.mark.parametrize(
    "reply",
    [
        openai_error(422, "max_tokens: must be <= 4096", param="max_tokens"),
        detail_error(422, "max_tokens: must be <= 4096"),
        message_error(400, "max_tokens: must be <= 4096"),
    ],
)
def test_a_validation_error_names_the_field_whatever_its_shape(
    router_client: MakeClient, together: FakeRouter, reply: object
) -> None:
    together.program(CHAT, reply)  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match="max_tokens: must be <= 4096") as caught:
        router_client().chat_completion(messages=HELLO, model=MODEL, provider="together",
                                        max_tokens=100_000)
    assert caught.value.request_id


def test_an_error_event_mid_stream_raises_its_message(
    router_client: MakeClient, together: FakeRouter
) -> None:
    chunk = {"id": "c", "choices": [{"index": 0, "delta": {"content": "Hi"}}]}
    together.program(CHAT, Stream([sse_event(chunk),
                                   sse_event({"error": {"message": "overloaded, retry"}})]))
    stream = router_client().chat_completion_stream(messages=HELLO, model=MODEL,
                                                    provider="together")
    assert next(stream)["choices"][0]["delta"]["content"] == "Hi"
    with pytest.raises(StreamError, match="overloaded, retry"):
        next(stream)


def test_the_request_id_of_a_success_is_kept(
    router_client: MakeClient, together: FakeRouter
) -> None:
    control = CallControl()
    router_client().chat_completion(messages=HELLO, model=MODEL, provider="together",
                                    control=control)
    assert control.response is not None and control.response.request_id
    sent_ids = {r.path for r in together.requests}
    assert CHAT in sent_ids


def test_every_router_error_is_an_http_error_with_its_status(
    router_client: MakeClient, together: FakeRouter
) -> None:
    together.program(CHAT, openai_error(429, "slow down", type="rate_limit"))
    with pytest.raises(InferenceHTTPError) as caught:
        router_client().chat_completion(messages=HELLO, model=MODEL, provider="together")
    assert caught.value.status == 429

"""Chat completion through the router: the auto router and its policies, each provider's
route and payload, streams and tool calls, own endpoints."""

from __future__ import annotations

from typing import Any

import pytest

from hfi_desktop.inference import (
    ChatStreamAssembler,
    HfInference,
    HfInferenceEndpoint,
    InferenceInputError,
    ModelNotServedError,
    image_part,
)
from hfi_desktop.inference._providers import CHAT_ROUTES
from tests.inference.conftest import MakeClient
from tests.support.fake_api import FakeInferenceAPI
from tests.support.fake_router import FakeRouter

MODEL = "meta-llama/Llama-3.3-70B-Instruct"
HELLO = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hello there"}]

RouterClient = MakeClient


@pytest.fixture
def client(router_client: MakeClient) -> MakeClient:
    return router_client


def chat_requests(router: FakeRouter) -> list[Any]:
    return [r for r in router.requests if r.path.endswith("/chat/completions")]


def test_auto_goes_to_the_router_with_the_hub_id(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(MODEL, "groq", "llama-3.3-70b-versatile", "conversational")
    answer = client().chat_completion(messages=HELLO, model=MODEL, max_tokens=16)
    assert answer["choices"][0]["message"]["content"] == "Echo: hello there"
    sent = chat_requests(fake_router)[0]
    assert sent.path == "/v1/chat/completions"
    body = sent.json()
    assert list(body)[:2] == ["model", "messages"] and body["model"] == MODEL
    assert body["max_tokens"] == 16 and body["stream"] is False
    assert [r.path for r in fake_router.requests if r.path.startswith("/api/")] == []


@pytest.mark.parametrize(
    ("model", "provider", "sent"),
    [
        (MODEL, "cheapest", f"{MODEL}:cheapest"),
        (MODEL, "fastest", f"{MODEL}:fastest"),
        (MODEL, "preferred", f"{MODEL}:preferred"),
        (f"{MODEL}:groq", None, f"{MODEL}:groq"),
        (f"{MODEL}:fastest", "auto", f"{MODEL}:fastest"),
    ],
)
def test_router_policies_are_passed_through(
    client: RouterClient, fake_router: FakeRouter, model: str, provider: str | None, sent: str
) -> None:
    fake_router.map_model(MODEL, "groq", "llama-3.3-70b-versatile", "conversational")
    client().chat_completion(messages=HELLO, model=model, provider=provider)
    assert chat_requests(fake_router)[0].json()["model"] == sent


@pytest.mark.parametrize("provider", sorted(CHAT_ROUTES))
def test_each_chat_provider_gets_its_route_and_its_model_id(
    client: RouterClient, fake_router: FakeRouter, provider: str
) -> None:
    fake_router.map_model(MODEL, provider, f"{provider}-llama-70b", "conversational")
    answer = client().chat_completion(messages=HELLO, model=MODEL, provider=provider)
    assert answer["choices"][0]["message"]["content"] == "Echo: hello there"
    sent = chat_requests(fake_router)[0]
    assert sent.path == f"/{provider}{CHAT_ROUTES[provider]}"
    assert sent.json()["model"] == f"{provider}-llama-70b"


def test_a_provider_the_table_does_not_know_is_tried_on_the_usual_route(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(MODEL, "newcomer", "nc/llama", "conversational")
    client().chat_completion(messages=HELLO, model=MODEL, provider="newcomer")
    assert chat_requests(fake_router)[0].path == "/newcomer/v1/chat/completions"


def test_hf_inference_chat_goes_below_the_model(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(MODEL, "hf-inference", MODEL, "conversational")
    client().chat_completion(messages=HELLO, model=MODEL, provider="hf-inference")
    sent = chat_requests(fake_router)[0]
    assert sent.path == f"/hf-inference/models/{MODEL}/v1/chat/completions"
    assert sent.json()["model"] == MODEL


@pytest.mark.parametrize(
    ("provider", "expected"),
    [
        ("together", {"type": "json_schema", "schema": {"type": "object"}}),
        ("fireworks-ai", {"type": "json_object", "schema": {"type": "object"}}),
        ("cohere", {"type": "json_object", "schema": {"type": "object"}}),
        ("groq", {"type": "json_schema", "json_schema": {"name": "x",
                                                          "schema": {"type": "object"}}}),
    ],
)
def test_a_json_schema_is_sent_in_the_providers_own_form(
    client: RouterClient, fake_router: FakeRouter, provider: str, expected: dict[str, Any]
) -> None:
    fake_router.map_model(MODEL, provider, f"{provider}-llama", "conversational")
    response_format = {"type": "json_schema",
                       "json_schema": {"name": "x", "schema": {"type": "object"}}}
    client().chat_completion(messages=HELLO, model=MODEL, provider=provider,
                             response_format=response_format)
    assert chat_requests(fake_router)[0].json()["response_format"] == expected


def test_a_stream_is_assembled_with_its_usage(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(MODEL, "together", "together-llama", "conversational")
    stream = client().chat_completion_stream(
        messages=HELLO, model=MODEL, provider="together",
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assembled = ChatStreamAssembler().add_all(chunks)
    assert assembled.content == "Echo: hello there"
    assert assembled.finish_reason == "stop" and not assembled.truncated
    assert assembled.usage is not None and assembled.usage["total_tokens"] > 0
    assert chunks[-1]["choices"] == []
    assert chat_requests(fake_router)[0].json()["stream"] is True


def test_tool_calls_arrive_in_pieces_and_are_joined(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(MODEL, "groq", "llama-3.3-70b-versatile", "conversational")
    tools = [{"type": "function", "function": {
        "name": "get_weather", "description": "Weather of a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]
    stream = client().chat_completion_stream(messages=HELLO, model=MODEL, provider="groq",
                                             tools=tools, tool_choice="auto")
    assembled = ChatStreamAssembler().add_all(stream)
    assert assembled.finish_reason == "tool_calls"
    [call] = assembled.tool_calls
    assert call["function"]["name"] == "get_weather"
    assert call["function"]["arguments"] == '{"echo": "hello there"}'
    answer = client().chat_completion(messages=HELLO, model=MODEL, provider="groq", tools=tools)
    assert answer["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] == (
        call["function"]["arguments"])


def test_an_image_travels_as_a_data_url(client: RouterClient, fake_router: FakeRouter) -> None:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (2, 2)).save(buffer, "PNG")
    messages = [{"role": "user", "content": [{"type": "text", "text": "what is it"},
                                             image_part(buffer.getvalue())]}]
    fake_router.map_model(MODEL, "groq", "llama-3.3-70b-versatile", "conversational")
    answer = client().chat_completion(messages=messages, model=MODEL)
    assert answer["choices"][0]["message"]["content"] == "Echo: what is it [1 image]"
    part = chat_requests(fake_router)[0].json()["messages"][0]["content"][1]
    assert part["image_url"]["url"].startswith("data:image/png;base64,")


def test_a_model_no_provider_serves_for_chat_is_said_before_the_call(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(MODEL, "groq", "llama-3.3-70b-versatile", "conversational")
    with pytest.raises(ModelNotServedError, match="providers that serve it for conversational: "
                                                  "groq"):
        client().chat_completion(messages=HELLO, model=MODEL, provider="together")
    assert chat_requests(fake_router) == []


def test_a_suffix_and_a_named_provider_do_not_mix(client: RouterClient) -> None:
    with pytest.raises(InferenceInputError, match="suffix"):
        client().chat_completion(messages=HELLO, model=f"{MODEL}:groq", provider="together")


def test_a_chat_model_is_required(client: RouterClient) -> None:
    with pytest.raises(InferenceInputError, match="model: required"):
        client().chat_completion(messages=HELLO)


def test_an_own_endpoint_takes_chat_at_its_v1_route(fake_api: FakeInferenceAPI) -> None:
    from tests.support.fake_api import respond_json

    fake_api.program("/v1/chat/completions", respond_json(
        {"id": "x", "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}}]}))
    with HfInferenceEndpoint(fake_api.url) as hf:
        hf.chat_completion(messages=HELLO, model="local-model")
    with HfInference(base_url=fake_api.url, hub_url=fake_api.url) as hf:
        hf.chat_completion(messages=HELLO, model="org/local")
    sent = fake_api.requests_to("/v1/chat/completions")
    assert [r.json()["model"] for r in sent] == ["local-model", "org/local"]


def test_bill_to_is_sent_with_chat(client: RouterClient, fake_router: FakeRouter) -> None:
    fake_router.map_model(MODEL, "groq", "llama-3.3-70b-versatile", "conversational")
    client(bill_to="acme").chat_completion(messages=HELLO, model=MODEL)
    assert chat_requests(fake_router)[0].header("x-hf-bill-to") == "acme"


def test_a_body_value_that_is_not_json_is_named(client: RouterClient) -> None:
    with pytest.raises(InferenceInputError, match=r"^max_tokens: cannot be sent as JSON"):
        client().chat_completion(messages=HELLO, model=MODEL, max_tokens=object())


def test_none_is_left_out_at_any_depth(client: RouterClient, fake_router: FakeRouter) -> None:
    fake_router.map_model(MODEL, "groq", "llama-3.3-70b-versatile", "conversational")
    response_format = {"type": "json_schema",
                       "json_schema": {"name": "x", "schema": {}, "strict": None}}
    client().chat_completion(messages=HELLO, model=MODEL, response_format=response_format,
                             seed=None)
    body = chat_requests(fake_router)[0].json()
    assert body["response_format"]["json_schema"] == {"name": "x", "schema": {}}
    assert "seed" not in body


@pytest.mark.parametrize(
    "names", [["get_weather"], ["get_", "weather"], ["get_weather", "get_weather"]]
)
def test_a_tool_name_whole_in_pieces_or_repeated(names: list[str]) -> None:
    chunks = [{"choices": [{"index": 0, "delta": {"tool_calls": [
        {"index": 0, "function": {"name": name, "arguments": "{}" if not i else ""}}]}}]}
        for i, name in enumerate(names)]
    [call] = ChatStreamAssembler().add_all(chunks).tool_calls
    assert call["function"]["name"] == "get_weather"


def test_an_event_with_empty_data_is_skipped(fake_api: FakeInferenceAPI) -> None:
    from tests.support.fake_api import Stream
    from tests.support.sse import sse_event

    chunk = {"id": "c", "choices": [{"index": 0, "delta": {"content": "ok"}}]}
    fake_api.program("/v1/chat/completions", Stream(
        [b"data:\n\n", sse_event(chunk), b"data: \n\n", b"data: [DONE]\n\n"]))
    with HfInference(base_url=fake_api.url, hub_url=fake_api.url) as hf:
        chunks = list(hf.chat_completion_stream(messages=HELLO, model="org/local"))
    assert chunks == [chunk]

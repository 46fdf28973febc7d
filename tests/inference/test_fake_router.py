"""The fake router, Hub and asset host themselves, checked with bare ``requests`` against
PROVIDERS.md (so client tests can trust them): each route answers the reference's shape,
each payload check fires, the polls run their course."""

from __future__ import annotations

import base64
import io
import json
import wave
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from PIL import Image

from tests.support.asset_host import AssetHost, small_png, tiny_wav
from tests.support.fake_api import respond_json
from tests.support.fake_router import (
    Emulated,
    FakeRouter,
    credits_exceeded,
    detail_error,
    gone_legacy,
    hub_errors,
    insufficient_permissions,
    message_error,
    not_supported_by_enabled_providers,
    openai_error,
)
from tests.support.tapes import tape

TOKEN = "hf_router_self_test"
CHAT_MODEL = "google/gemma-3-27b-it"
USER = {"role": "user", "content": "What is this?"}


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {TOKEN}"
        yield session


def data_url(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


PNG_URL = data_url("image/png", small_png())


def chat_body(model: str, **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [USER], **extra}


def violated(router: FakeRouter, response: requests.Response, *fragments: str) -> None:
    """The request broke a check: answered 422, recorded, with these words; then forgotten
    (so the fixture's teardown check passes)."""
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error.startswith("fake router: ")
    assert len(router.violations) == 1, router.violations
    for fragment in fragments:
        assert fragment in error
        assert fragment in router.violations[0]
    router.violations.clear()


def sse_data(response: requests.Response) -> list[Any]:
    assert response.headers["content-type"] == "text/event-stream"
    items = [line.removeprefix("data:").strip() for line in response.text.splitlines()
             if line.startswith("data:")]
    return [item if item == "[DONE]" else json.loads(item) for item in items]


def fetch(url: str) -> requests.Response:
    """An asset fetch as a client must do it: no credentials."""
    assert url.startswith("https://127.0.0.1:")
    answer = requests.get(url, timeout=5)
    assert answer.status_code == 200
    return answer


def is_png(data: bytes) -> bool:
    return Image.open(io.BytesIO(data)).format == "PNG"


# ------------------------------------------------------------------------------- the Hub
def test_mapping_is_a_dict_keyed_by_provider_in_hub_order(fake_router: FakeRouter) -> None:
    fake_router.map_model(CHAT_MODEL, "scaleway", "gemma-3-27b-it", "conversational")
    fake_router.map_model(CHAT_MODEL, "nebius", "google/gemma", "conversational", "staging")
    fake_router.map_model(CHAT_MODEL, "fal-ai", "fal-ai/lora", "text-to-image",
                          adapter="lora", adapter_weights_path="w.safetensors")
    info = requests.get(f"{fake_router.url}/api/models/{CHAT_MODEL}",
                        params={"expand[]": "inferenceProviderMapping"}).json()
    assert info["id"] == CHAT_MODEL
    mapping = info["inferenceProviderMapping"]
    assert list(mapping) == ["scaleway", "nebius", "fal-ai"]
    assert mapping["scaleway"] == {"status": "live", "providerId": "gemma-3-27b-it",
                                   "task": "conversational", "isModelAuthor": False}
    assert mapping["nebius"]["status"] == "staging"
    assert mapping["fal-ai"]["adapter"] == "lora"
    assert mapping["fal-ai"]["adapterWeightsPath"] == "w.safetensors"


def test_known_models_without_mapping_and_unknown_ones(fake_router: FakeRouter) -> None:
    fake_router.add_hub_model("someone/plain", pipeline_tag="text-classification")
    url = f"{fake_router.url}/api/models/"
    params = {"expand[]": "inferenceProviderMapping"}
    plain = requests.get(url + "someone/plain", params=params)
    assert plain.json()["inferenceProviderMapping"] == {}
    recorded = requests.get(url + "facebook/bart-base", params=params)  # a Hub recording
    assert recorded.json()["inferenceProviderMapping"] == {}
    unknown = requests.get(url + "nobody/nothing", params=params)
    assert unknown.status_code == 404
    assert unknown.json() == {"error": "Repository not found"}


def test_expand_inference_is_warm_only_with_a_live_entry(fake_router: FakeRouter) -> None:
    fake_router.map_model("a/live", "together", "a-live", "text-generation")
    fake_router.map_model("a/broken", "together", "a-broken", "text-generation", "error")
    url = f"{fake_router.url}/api/models/"
    assert requests.get(url + "a/live", params={"expand[]": "inference"}).json()[
        "inference"] == "warm"
    assert "inference" not in requests.get(url + "a/broken",
                                           params={"expand[]": "inference"}).json()


def test_pipeline_tag_lookups_keep_working(fake_router: FakeRouter) -> None:
    fake_router.set_pipeline_tag("x/set", "summarization")
    fake_router.map_model("x/chat", "groq", "x-chat", "conversational")
    url = f"{fake_router.url}/api/models/"
    tag = {"expand[]": "pipeline_tag"}
    assert requests.get(url + "x/set", params=tag).json()["pipeline_tag"] == "summarization"
    recorded = requests.get(url + "facebook/bart-base", params=tag).json()
    assert recorded["pipeline_tag"] == "feature-extraction"
    assert requests.get(url + "x/chat", params=tag).json()["pipeline_tag"] == "text-generation"
    both = requests.get(url + "x/chat", params=[("expand[]", "pipeline_tag"),
                                                ("expand[]", "inferenceProviderMapping")]).json()
    assert both["pipeline_tag"] == "text-generation"
    assert both["inferenceProviderMapping"]["groq"]["providerId"] == "x-chat"
    plain = requests.get(url + "x/chat").json()  # no expand: the model info
    assert plain["id"] == "x/chat"


def test_search_by_inference_provider(fake_router: FakeRouter) -> None:
    fake_router.map_model("bfl/flux", "fal-ai", "fal-ai/flux/dev", "text-to-image")
    fake_router.map_model("bfl/flux", "replicate", "bfl/flux-dev", "text-to-image")
    fake_router.map_model("q/chat", "together", "q-chat", "conversational")
    fake_router.map_model("q/chat", "fal-ai", "fal-ai/q", "conversational", "staging")
    fake_router.add_hub_model("q/chat", pipeline_tag="text-generation")
    fake_router.add_hub_model("no/provider", pipeline_tag="text-to-image")

    def ids(**params: str) -> list[str]:
        found = requests.get(f"{fake_router.url}/api/models", params=params).json()
        return sorted(m["id"] for m in found)

    assert ids(inference_provider="fal-ai") == ["bfl/flux"]  # staging entries are not listed
    assert ids(inference_provider="together,replicate") == ["bfl/flux", "q/chat"]
    assert ids(inference_provider="all") == ["bfl/flux", "q/chat"]
    assert ids(inference_provider="all", pipeline_tag="text-to-image") == ["bfl/flux"]
    assert ids(inference_provider="all", pipeline_tag="conversational") == ["q/chat"]
    assert ids(inference_provider="all", pipeline_tag="text-generation") == ["q/chat"]
    assert ids(pipeline_tag="text-to-image") == ["bfl/flux", "no/provider"]
    assert ids(inference="warm") == ["bfl/flux", "q/chat"]
    listed = requests.get(f"{fake_router.url}/api/models",
                          params={"inference_provider": "replicate",
                                  "expand[]": "inferenceProviderMapping"}).json()
    assert listed[0]["inferenceProviderMapping"] == [
        {"provider": "fal-ai", "status": "live", "providerId": "fal-ai/flux/dev",
         "task": "text-to-image", "isModelAuthor": False},
        {"provider": "replicate", "status": "live", "providerId": "bfl/flux-dev",
         "task": "text-to-image", "isModelAuthor": False}]


def test_the_chat_catalogue(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.add_catalog_model("deepseek-ai/DeepSeek-V4-Pro", [
        {"provider": "together", "context_length": 512000,
         "pricing": {"input": 2.1, "output": 4.4}, "supports_tools": True}],
        input_modalities=("text", "image"))
    listing = http.get(f"{fake_router.url}/v1/models").json()
    assert listing["object"] == "list"
    (entry,) = listing["data"]
    assert entry["id"] == "deepseek-ai/DeepSeek-V4-Pro"
    assert entry["object"] == "model" and entry["owned_by"] == "deepseek-ai"
    assert isinstance(entry["created"], int)
    assert entry["architecture"] == {"input_modalities": ["text", "image"],
                                     "output_modalities": ["text"]}
    assert entry["providers"] == [{"provider": "together", "status": "live",
                                   "is_model_author": False, "context_length": 512000,
                                   "pricing": {"input": 2.1, "output": 4.4},
                                   "supports_tools": True}]
    assert http.get(f"{fake_router.url}/v1/models/deepseek-ai/DeepSeek-V4-Pro").json() == entry
    assert http.get(f"{fake_router.url}/v1/models/no/such").status_code == 404


# ---------------------------------------------------------------------- router basics
def test_router_routes_need_an_hf_token(fake_router: FakeRouter) -> None:
    fake_router.map_model(CHAT_MODEL, "groq", "gemma", "conversational")
    url = f"{fake_router.url}/v1/chat/completions"
    for headers in ({}, {"Authorization": "Bearer sk-not-hf"}, {"Authorization": "hf_x"}):
        answer = requests.post(url, json=chat_body(CHAT_MODEL), headers=headers)
        assert answer.status_code == 401
        assert answer.json() == {"error": "Invalid credentials in Authorization header"}
        assert answer.headers["x-request-id"]
    assert requests.get(f"{fake_router.url}/api/models/{CHAT_MODEL}",
                        params={"expand[]": "inference"}).status_code == 200  # the Hub: no
    assert fake_router.violations == []


def test_every_router_answer_has_its_own_request_id(fake_router: FakeRouter,
                                                    http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "groq", "gemma", "conversational")
    url = f"{fake_router.url}/groq/openai/v1/chat/completions"
    ids = [http.post(url, json=chat_body("gemma")).headers["x-request-id"] for _ in range(3)]
    ids.append(http.post(f"{fake_router.url}/v1/chat/completions",
                         json=chat_body("nobody/nothing")).headers["x-request-id"])
    ids.append(http.get(f"{fake_router.url}/together/v1/nothing").headers["x-request-id"])
    assert len(set(ids)) == 5
    assert "x-inference-provider" not in http.post(url, json=chat_body("gemma")).headers


def test_programming_a_path_wins_over_the_emulation(fake_router: FakeRouter,
                                                    http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "together", "gemma-t", "conversational")
    path = "/together/v1/chat/completions"
    fake_router.program(path, credits_exceeded(), times=1)
    first = http.post(fake_router.url + path, json=chat_body("gemma-t"))
    assert first.status_code == 402
    assert "credits" in first.json()["error"]
    assert http.post(fake_router.url + path, json=chat_body("gemma-t")).status_code == 200


def test_unknown_routes_are_404_not_violations(fake_router: FakeRouter,
                                               http: requests.Session) -> None:
    for path in ("/together/v2/chat", "/hf-inference/pipeline/text-classification/x/y"):
        assert http.post(fake_router.url + path, json={}).status_code == 404
    assert fake_router.violations == []


def test_openai_is_direct_only(fake_router: FakeRouter, http: requests.Session) -> None:
    answer = http.post(f"{fake_router.url}/openai/v1/chat/completions", json=chat_body("gpt"))
    violated(fake_router, answer, "direct-only")


# ---------------------------------------------------------------------------- chat
def test_auto_router_answers_the_reference_shape(fake_router: FakeRouter,
                                                 http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "scaleway", "gemma-3-27b-it", "conversational")
    messages = [{"role": "system", "content": "Answer briefly."},
                {"role": "user", "content": [
                    {"type": "text", "text": "What is this?"},
                    {"type": "image_url", "image_url": {"url": PNG_URL}},
                    {"type": "image_url", "image_url": {"url": "https://x.test/a.png"}}]}]
    answer = http.post(f"{fake_router.url}/v1/chat/completions",
                       json={"model": f"{CHAT_MODEL}:fastest", "messages": messages,
                             "max_tokens": 256, "stream": False})
    assert answer.status_code == 200, answer.text
    assert answer.headers["x-inference-provider"] == "scaleway"
    body = answer.json()
    assert body["object"] == "chat.completion"
    assert isinstance(body["id"], str) and isinstance(body["created"], int)
    assert body["model"] == CHAT_MODEL
    (choice,) = body["choices"]
    assert choice["finish_reason"] == "stop"
    assert choice["message"] == {"role": "assistant", "tool_calls": None,
                                 "content": "Echo: What is this? [2 images]"}
    assert body["usage"] == {"prompt_tokens": 5, "completion_tokens": 6, "total_tokens": 11}


def test_auto_router_picks_a_provider(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "fal-ai", "fal-ai/x", "text-to-image")
    fake_router.map_model(CHAT_MODEL, "novita", "g-n", "conversational", "staging")
    fake_router.map_model(CHAT_MODEL, "cerebras", "g-c", "conversational", "error")
    fake_router.map_model(CHAT_MODEL, "groq", "g-g", "conversational")
    fake_router.map_model(CHAT_MODEL, "together", "g-t", "conversational")
    url = f"{fake_router.url}/v1/chat/completions"

    def chosen(model: str) -> str:
        answer = http.post(url, json=chat_body(model))
        assert answer.status_code == 200, answer.text
        return answer.headers["x-inference-provider"]

    for suffix in ("", ":fastest", ":cheapest", ":preferred"):
        assert chosen(CHAT_MODEL + suffix) == "groq"
    assert chosen(f"{CHAT_MODEL}:together") == "together"
    assert chosen(f"{CHAT_MODEL}:novita") == "novita"  # pinned staging: served
    for model in (f"{CHAT_MODEL}:cerebras", f"{CHAT_MODEL}:fal-ai", f"{CHAT_MODEL}:sambanova",
                  "some/unmapped"):
        refused = http.post(url, json=chat_body(model))
        assert refused.status_code == 400
        hf_id = model.partition(":")[0]
        assert refused.json() == {"error": f"The requested model '{hf_id}' is not supported "
                                           "by any provider you have enabled."}
        assert "x-inference-provider" not in refused.headers
    assert fake_router.violations == []


PROVIDER_CHAT_ROUTES = [
    ("baseten", "/v1/chat/completions"), ("cerebras", "/v1/chat/completions"),
    ("featherless-ai", "/v1/chat/completions"), ("nscale", "/v1/chat/completions"),
    ("ovhcloud", "/v1/chat/completions"), ("publicai", "/v1/chat/completions"),
    ("scaleway", "/v1/chat/completions"), ("together", "/v1/chat/completions"),
    ("fireworks-ai", "/inference/v1/chat/completions"),
    ("cohere", "/compatibility/v1/chat/completions"), ("groq", "/openai/v1/chat/completions"),
    ("novita", "/v3/openai/chat/completions"), ("deepinfra", "/v1/openai/chat/completions"),
    ("zai-org", "/api/paas/v4/chat/completions"), ("newcomer", "/v1/chat/completions"),
]
ZAI = {"x-source-channel": "hugging_face", "accept-language": "en-US,en"}


@pytest.mark.parametrize(("provider", "route"), PROVIDER_CHAT_ROUTES)
def test_provider_chat_routes(fake_router: FakeRouter, http: requests.Session,
                              provider: str, route: str) -> None:
    fake_router.map_model(CHAT_MODEL, provider, f"{provider}/gemma", "conversational")
    answer = http.post(f"{fake_router.url}/{provider}{route}",
                       json=chat_body(f"{provider}/gemma"), headers=ZAI)
    assert answer.status_code == 200, answer.text
    assert answer.json()["model"] == f"{provider}/gemma"
    assert answer.json()["choices"][0]["message"]["content"] == "Echo: What is this?"
    wrong = http.post(f"{fake_router.url}/{provider}{route}", json=chat_body(CHAT_MODEL),
                      headers=ZAI)
    violated(fake_router, wrong, f"not the providerId of a {provider} mapping")


def test_hf_inference_chat_takes_the_hf_id(fake_router: FakeRouter,
                                           http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "hf-inference", CHAT_MODEL, "conversational")
    url = f"{fake_router.url}/hf-inference/models/{CHAT_MODEL}/v1/chat/completions"
    answer = http.post(url, json=chat_body(CHAT_MODEL))
    assert answer.status_code == 200, answer.text
    assert answer.json()["model"] == CHAT_MODEL
    violated(fake_router, http.post(url, json=chat_body("gemma")), "must be the HF id")


def test_zai_org_needs_its_headers(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "zai-org", "glm", "conversational")
    answer = http.post(f"{fake_router.url}/zai-org/api/paas/v4/chat/completions",
                       json=chat_body("glm"), headers={"x-source-channel": "hugging_face"})
    violated(fake_router, answer, "accept-language: en-US,en")


def test_chat_stream_is_a_chunk_per_word(fake_router: FakeRouter,
                                         http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "groq", "g", "conversational")
    url = f"{fake_router.url}/v1/chat/completions"
    events = sse_data(http.post(url, json=chat_body(CHAT_MODEL, stream=True), stream=True))
    assert events[-1] == "[DONE]"
    chunks = events[:-1]
    assert [c["choices"][0]["delta"].get("content") for c in chunks] == \
        ["Echo:", " What", " is", " this?"]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert all("role" not in c["choices"][0]["delta"] for c in chunks[1:])
    assert [c["choices"][0]["finish_reason"] for c in chunks] == [None, None, None, "stop"]
    assert all(c["object"] == "chat.completion.chunk" and c["usage"] is None for c in chunks)

    with_usage = sse_data(http.post(url, json=chat_body(
        CHAT_MODEL, stream=True, stream_options={"include_usage": True})))
    assert with_usage[-2]["choices"] == []
    assert with_usage[-2]["usage"] == {"prompt_tokens": 3, "completion_tokens": 4,
                                       "total_tokens": 7}


TOOLS = [{"type": "function", "function": {"name": "lookup", "description": "Find",
                                           "parameters": {"type": "object"}}},
         {"type": "function", "function": {"name": "other"}}]


def test_tools_are_called(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "groq", "g", "conversational")
    url = f"{fake_router.url}/v1/chat/completions"
    body = http.post(url, json=chat_body(CHAT_MODEL, tools=TOOLS)).json()
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    (call,) = choice["message"]["tool_calls"]
    assert call["type"] == "function" and isinstance(call["id"], str)
    assert call["function"]["name"] == "lookup"
    assert json.loads(call["function"]["arguments"]) == {"echo": "What is this?"}

    named = http.post(url, json=chat_body(CHAT_MODEL, tools=TOOLS, tool_choice={
        "type": "function", "function": {"name": "other"}})).json()
    assert named["choices"][0]["message"]["tool_calls"][0]["function"]["name"] == "other"
    plain = http.post(url, json=chat_body(CHAT_MODEL, tools=TOOLS, tool_choice="none")).json()
    assert plain["choices"][0]["message"]["content"] == "Echo: What is this?"


def test_streamed_tool_call_arguments_come_in_pieces(fake_router: FakeRouter,
                                                     http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "groq", "g", "conversational")
    events = sse_data(http.post(f"{fake_router.url}/v1/chat/completions",
                                json=chat_body(CHAT_MODEL, tools=TOOLS, stream=True)))
    assert events[-1] == "[DONE]"
    deltas = [e["choices"][0]["delta"]["tool_calls"][0] for e in events[:-1]]
    assert len(deltas) >= 3
    assert deltas[0]["index"] == 0 and deltas[0]["id"]
    assert deltas[0]["function"]["name"] == "lookup"
    assert all("id" not in d and "name" not in d["function"] for d in deltas[1:])
    joined = "".join(d["function"]["arguments"] for d in deltas)
    assert json.loads(joined) == {"echo": "What is this?"}
    assert events[-2]["choices"][0]["finish_reason"] == "tool_calls"


def test_emulated_streams_can_be_shaped(fake_router: FakeRouter,
                                        http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "groq", "g", "conversational")
    url = f"{fake_router.url}/v1/chat/completions"
    fake_router.program("/v1/chat/completions",
                        Emulated(delay_s=0.002, framing="close", space=False), times=1)
    closed = http.post(url, json=chat_body(CHAT_MODEL, stream=True))
    assert closed.headers.get("transfer-encoding") is None
    assert closed.text.startswith("data:{")
    assert sse_data(closed)[-1] == "[DONE]"

    fake_router.program("/v1/chat/completions", Emulated(cut_after=2), times=1)
    with http.post(url, json=chat_body(CHAT_MODEL, stream=True), stream=True) as cut:
        lines: list[bytes] = []
        with pytest.raises(requests.exceptions.ChunkedEncodingError):
            lines.extend(line for line in cut.iter_lines() if line)
    assert len(lines) == 2
    assert b"[DONE]" not in b"".join(lines)
    assert fake_router.violations == []


def test_chat_payload_checks(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "cerebras", "g", "conversational")
    url = f"{fake_router.url}/cerebras/v1/chat/completions"
    violated(fake_router, http.post(url, json={"messages": [USER], "model": "g"}),
             '"model" must be the first key')
    violated(fake_router, http.post(url, json={"model": "g", "messages": []}),
             '"messages" must be a non-empty list')
    violated(fake_router, http.post(url, json=chat_body("g", store=True)), "store")
    violated(fake_router, http.post(url, json=chat_body("g", temperature=None)),
             '"temperature" is null')
    bad_parts = [
        ({"type": "image_url", "image_url": {"url": "http://insecure/a.png"}}, "https"),
        ({"type": "image_url", "image_url": {"url": "data:image/png;base64,@@@"}},
         "not a valid base64"),
        ({"type": "image_url", "image_url": {"url": data_url("text/plain", b"x")}},
         "expected image/"),
        ({"type": "image", "url": PNG_URL}, "a part is"),
    ]
    for part, words in bad_parts:
        message = {"role": "user", "content": [{"type": "text", "text": "hi"}, part]}
        violated(fake_router, http.post(url, json={"model": "g", "messages": [message]}),
                 "messages[0]: content[1]", words)
    violated(fake_router, http.post(url, json={"model": "g", "messages": [
        {"role": "robot", "content": "hi"}]}), "role must be one of")
    turns = [USER, {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "42"}]
    assert http.post(url, json={"model": "g", "messages": turns}).status_code == 200
    violated(fake_router, http.post(url, json=chat_body("g", tools=[{"name": "f"}])),
             "tools[0]")


SCHEMA = {"type": "object", "properties": {"a": {"type": "string"}}}
OPENAI_FORM = {"type": "json_schema", "json_schema": {"name": "x", "schema": SCHEMA}}
REWRITTEN = {
    "together": {"type": "json_schema", "schema": SCHEMA},
    "fireworks-ai": {"type": "json_object", "schema": SCHEMA},
    "cohere": {"type": "json_object", "schema": SCHEMA},
    "hf-inference": {"type": "json_object", "value": SCHEMA},
}
ROUTE_OF = {"together": "/v1/chat/completions", "fireworks-ai": "/inference/v1/chat/completions",
            "cohere": "/compatibility/v1/chat/completions", "groq": "/openai/v1/chat/completions"}


@pytest.mark.parametrize("provider", ["together", "fireworks-ai", "cohere", "groq"])
def test_response_format_arrives_in_the_providers_form(fake_router: FakeRouter,
                                                       http: requests.Session,
                                                       provider: str) -> None:
    fake_router.map_model(CHAT_MODEL, provider, "g", "conversational")
    url = f"{fake_router.url}/{provider}{ROUTE_OF[provider]}"
    right = REWRITTEN.get(provider, OPENAI_FORM)
    for form in (right, {"type": "json_object"}, {"type": "text"}):
        answer = http.post(url, json=chat_body("g", response_format=form))
        assert answer.status_code == 200, (form, answer.text)
    wrong = OPENAI_FORM if provider in REWRITTEN else REWRITTEN["together"]
    violated(fake_router, http.post(url, json=chat_body("g", response_format=wrong)),
             "response_format", "§3.3")


def test_response_format_on_hf_inference_and_the_auto_router(fake_router: FakeRouter,
                                                              http: requests.Session) -> None:
    fake_router.map_model(CHAT_MODEL, "hf-inference", CHAT_MODEL, "conversational")
    hf_url = f"{fake_router.url}/hf-inference/models/{CHAT_MODEL}/v1/chat/completions"
    auto_url = f"{fake_router.url}/v1/chat/completions"
    ok = http.post(hf_url, json=chat_body(CHAT_MODEL, response_format=REWRITTEN["hf-inference"]))
    assert ok.status_code == 200
    assert http.post(auto_url, json=chat_body(CHAT_MODEL, response_format=OPENAI_FORM)
                     ).status_code == 200
    violated(fake_router, http.post(hf_url, json=chat_body(
        CHAT_MODEL, response_format=OPENAI_FORM)), "hf-inference takes")
    violated(fake_router, http.post(auto_url, json=chat_body(
        CHAT_MODEL, response_format=REWRITTEN["hf-inference"])), "the auto router takes")


# ---------------------------------------------------------------------- text-to-image
FLUX = "black-forest-labs/FLUX.1-dev"


def test_hf_inference_text_to_image(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model(FLUX, "hf-inference", FLUX, "text-to-image")
    url = f"{fake_router.url}/hf-inference/models/{FLUX}"
    answer = http.post(url, json={"inputs": "a cat", "parameters": {"width": 64}})
    assert answer.headers["content-type"] == "image/png" and is_png(answer.content)
    violated(fake_router, http.post(url, json={"inputs": "a cat", "width": 64}),
             "unexpected keys ['width']")


def test_fal_sync_text_to_image(fake_router: FakeRouter, asset_host: AssetHost,
                                http: requests.Session) -> None:
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image")
    url = f"{fake_router.url}/fal-ai/fal-ai/flux/dev"
    first = http.post(url, json={"prompt": "a cat", "image_size": {"width": 64, "height": 48}})
    second = http.post(url, json={"prompt": "a cat"})
    urls = [a.json()["images"][0]["url"] for a in (first, second)]
    assert len(set(urls)) == 2  # one asset per answer
    assert is_png(fetch(urls[0]).content)
    assert asset_host.fetches() == [f"/assets/{urls[0].rpartition('/')[2]}"]
    violated(fake_router, http.post(url, json={"prompt": "a cat", "width": 64, "height": 48}),
             '"image_size"', '"width"')
    violated(fake_router, http.post(f"{fake_router.url}/fal-ai/fal-ai/other",
                                    json={"prompt": "x"}), "the fal app path")


def test_fal_lora_payload(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model("me/my-lora", "fal-ai", "fal-ai/lora", "text-to-image",
                          adapter="lora", adapter_weights_path="lora.safetensors")
    url = f"{fake_router.url}/fal-ai/fal-ai/lora"
    loras = [{"path": "https://huggingface.co/me/my-lora/resolve/main/lora.safetensors",
              "scale": 1}]
    answer = http.post(url, json={"prompt": "x", "loras": loras,
                                  "model_name": "stabilityai/stable-diffusion-xl-base-1.0"})
    assert answer.status_code == 200, answer.text
    violated(fake_router, http.post(url, json={"prompt": "x", "loras": loras}), "model_name")


def test_replicate_text_to_image(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model(FLUX, "replicate", "bfl/flux-dev", "text-to-image")
    fake_router.map_model("sd/xl", "replicate", "stability/sdxl:39ed52f2", "text-to-image")
    wait = {"Prefer": "wait"}
    by_model = http.post(f"{fake_router.url}/replicate/v1/models/bfl/flux-dev/predictions",
                         json={"input": {"prompt": "a cat"}}, headers=wait).json()
    assert by_model["status"] == "succeeded"
    assert is_png(fetch(by_model["output"]).content)
    fake_router.replicate_output_as_list = True
    versioned = http.post(f"{fake_router.url}/replicate/v1/predictions", headers=wait,
                          json={"input": {"prompt": "a cat"}, "version": "39ed52f2"}).json()
    assert isinstance(versioned["output"], list) and len(versioned["output"]) == 1
    violated(fake_router, http.post(
        f"{fake_router.url}/replicate/v1/models/bfl/flux-dev/predictions",
        json={"input": {"prompt": "a cat"}}), "Prefer: wait")
    violated(fake_router, http.post(
        f"{fake_router.url}/replicate/v1/models/stability/sdxl/predictions",
        json={"input": {"prompt": "a cat"}}, headers=wait), "not the providerId")
    violated(fake_router, http.post(f"{fake_router.url}/replicate/v1/predictions", headers=wait,
                                    json={"input": {"prompt": "x"}, "version": "nope"}),
             '"version"')


def test_replicate_lora(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model("me/lora", "replicate", "lucataco/flux-lora", "text-to-image",
                          adapter="lora", adapter_weights_path="x.safetensors")
    url = f"{fake_router.url}/replicate/v1/models/lucataco/flux-lora/predictions"
    ok = http.post(url, headers={"Prefer": "wait"}, json={"input": {
        "prompt": "x", "lora_weights": "https://huggingface.co/me/lora"}})
    assert ok.status_code == 200, ok.text
    violated(fake_router, http.post(url, headers={"Prefer": "wait"},
                                    json={"input": {"prompt": "x"}}), "lora_weights")


def test_replicate_prediction_polled_to_success(fake_router: FakeRouter,
                                                http: requests.Session) -> None:
    fake_router.map_model(FLUX, "replicate", "bfl/flux-dev", "text-to-image")
    fake_router.replicate_pending_polls = 2
    started = http.post(f"{fake_router.url}/replicate/v1/models/bfl/flux-dev/predictions",
                        json={"input": {"prompt": "a cat"}}, headers={"Prefer": "wait"}).json()
    assert started["status"] == "starting" and started["output"] is None
    get = started["urls"]["get"]
    assert get == f"https://api.replicate.com/v1/predictions/{started['id']}"
    poll_url = f"{fake_router.url}/replicate{get.removeprefix('https://api.replicate.com')}"
    answers = [http.get(poll_url).json() for _ in range(3)]
    assert [a["status"] for a in answers] == ["processing", "processing", "succeeded"]
    assert answers[0]["output"] is None
    assert is_png(fetch(answers[-1]["output"]).content)
    assert fake_router.polls["replicate"] == 3


def test_together_and_nscale_text_to_image(fake_router: FakeRouter,
                                           http: requests.Session) -> None:
    fake_router.map_model(FLUX, "together", "bfl/FLUX.1-dev", "text-to-image")
    fake_router.map_model(FLUX, "nscale", "bfl/flux-ns", "text-to-image")
    together = f"{fake_router.url}/together/v1/images/generations"
    body = {"prompt": "a cat", "model": "bfl/FLUX.1-dev", "response_format": "base64",
            "steps": 4, "width": 64, "height": 64}
    image = http.post(together, json=body).json()["data"][0]["b64_json"]
    assert is_png(base64.b64decode(image))
    violated(fake_router, http.post(together, json={**body, "num_inference_steps": 4}),
             '"steps"')
    violated(fake_router, http.post(together, json={**body, "response_format": "url"}),
             '"base64"')
    nscale = f"{fake_router.url}/nscale/v1/images/generations"
    body = {"prompt": "a cat", "model": "bfl/flux-ns", "response_format": "b64_json",
            "size": "64x48"}
    assert is_png(base64.b64decode(http.post(nscale, json=body).json()["data"][0]["b64_json"]))
    violated(fake_router, http.post(nscale, json={**body, "width": 64}), '"size": "WxH"')
    violated(fake_router, http.post(nscale, json={**body, "size": "64*48"}), '"size"')


def test_zai_org_images_are_polled(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model("zai-org/CogView-4", "zai-org", "cogview-4", "text-to-image")
    fake_router.zai_pending_polls = 2
    task = http.post(f"{fake_router.url}/zai-org/api/paas/v4/async/images/generations",
                     json={"model": "cogview-4", "prompt": "a cat", "size": "64x64"},
                     headers=ZAI).json()
    assert task["task_status"] == "PROCESSING"
    url = f"{fake_router.url}/zai-org/api/paas/v4/async-result/{task['id']}"
    answers = [http.get(url).json() for _ in range(3)]
    assert [a["task_status"] for a in answers] == ["PROCESSING", "PROCESSING", "SUCCESS"]
    assert is_png(fetch(answers[-1]["image_result"][0]["url"]).content)
    assert fake_router.polls["zai-org"] == 3
    violated(fake_router, http.get(f"{fake_router.url}/zai-org/api/paas/v4/async-result/x"),
             "no zai-org job")


# --------------------------------------------------------------------- image-to-image
def test_fal_queue_runs_its_course(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model("k/kontext", "fal-ai", "fal-ai/flux-kontext/dev", "image-to-image")
    submit = http.post(f"{fake_router.url}/fal-ai/fal-ai/flux-kontext/dev",
                       params={"_subdomain": "queue"},
                       json={"image_url": PNG_URL, "image_urls": [PNG_URL], "prompt": "x"})
    ticket = submit.json()
    assert ticket["status"] == "IN_QUEUE"
    rid = ticket["request_id"]
    assert ticket["response_url"] == f"https://queue.fal.run/fal-ai/flux-kontext/dev/requests/{rid}"
    assert ticket["status_url"] == ticket["response_url"] + "/status"
    path = ticket["response_url"].removeprefix("https://queue.fal.run")
    queue = {"_subdomain": "queue"}
    violated(fake_router, http.get(f"{fake_router.url}/fal-ai{path}", params=queue),
             "before its status said COMPLETED")
    statuses = [http.get(f"{fake_router.url}/fal-ai{path}/status", params=queue).json()["status"]
                for _ in range(3)]
    assert statuses == ["IN_QUEUE", "IN_PROGRESS", "COMPLETED"]
    assert fake_router.polls["fal-ai"] == 3
    result = http.get(f"{fake_router.url}/fal-ai{path}", params=queue).json()
    assert is_png(fetch(result["images"][0]["url"]).content)
    violated(fake_router, http.get(f"{fake_router.url}/fal-ai{path}/status"), "_subdomain=queue")


def test_fal_queue_paths_come_from_response_url(fake_router: FakeRouter,
                                                http: requests.Session) -> None:
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image")
    fake_router.fal_response_paths["fal-ai/flux/dev"] = "fal-ai/flux"
    fake_router.fal_queue_polls = 0
    queue = {"_subdomain": "queue"}
    ticket = http.post(f"{fake_router.url}/fal-ai/fal-ai/flux/dev", params=queue,
                       json={"prompt": "x"}).json()
    rid = ticket["request_id"]
    assert ticket["response_url"] == f"https://queue.fal.run/fal-ai/flux/requests/{rid}"
    violated(fake_router, http.get(
        f"{fake_router.url}/fal-ai/fal-ai/flux/dev/requests/{rid}/status", params=queue),
        "keep the path of response_url")
    status = http.get(f"{fake_router.url}/fal-ai/fal-ai/flux/requests/{rid}/status",
                      params=queue).json()
    assert status["status"] == "COMPLETED"


def test_fal_image_to_image_checks(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model("k/kontext", "fal-ai", "fal-ai/kontext", "image-to-image")
    url = f"{fake_router.url}/fal-ai/fal-ai/kontext"
    violated(fake_router, http.post(url, json={"image_url": PNG_URL}), '"image_urls"')
    violated(fake_router, http.post(url, json={"image_url": "/tmp/a.png",
                                               "image_urls": [PNG_URL]}), '"image_url"')
    violated(fake_router, http.post(url, json={"image_url": PNG_URL, "image_urls": [PNG_URL],
                                               "target_size": {}}), '"target_size"')


def test_replicate_and_together_image_to_image(fake_router: FakeRouter,
                                               http: requests.Session) -> None:
    fake_router.map_model("k/kontext", "replicate", "bfl/kontext", "image-to-image")
    fake_router.map_model("k/kontext", "together", "bfl/FLUX.1-kontext", "image-to-image")
    url = f"{fake_router.url}/replicate/v1/models/bfl/kontext/predictions"
    wait = {"Prefer": "wait"}
    done = http.post(url, headers=wait, json={"input": {"image": PNG_URL, "images": [PNG_URL],
                                                        "prompt": "x"}}).json()
    assert is_png(fetch(done["output"]).content)
    violated(fake_router, http.post(url, headers=wait, json={"input": {"prompt": "x"}}),
             "input needs the image")
    together = f"{fake_router.url}/together/v1/images/generations"
    body = {"model": "bfl/FLUX.1-kontext", "prompt": "", "reference_images": [PNG_URL],
            "response_format": "base64"}
    assert "b64_json" in http.post(together, json=body).json()["data"][0]
    kontext = {"model": "bfl/FLUX.1-kontext", "prompt": "x", "image_url": PNG_URL,
               "response_format": "base64"}
    assert http.post(together, json=kontext).status_code == 200
    violated(fake_router, http.post(together, json={**body, "reference_images": []}),
             "reference_images")


# ------------------------------------------------------------ automatic-speech-recognition
WAV = tiny_wav()
WHISPER = "openai/whisper-large-v3"


def test_fal_speech_recognition_reads_the_data_url_label(fake_router: FakeRouter,
                                                         http: requests.Session) -> None:
    fake_router.map_model(WHISPER, "fal-ai", "fal-ai/whisper", "automatic-speech-recognition")
    url = f"{fake_router.url}/fal-ai/fal-ai/whisper"
    for label in ("audio/mpeg", "audio/x-wav", "video/webm"):
        answer = http.post(url, json={"audio_url": data_url(label, WAV)})
        assert answer.json() == {"text": f"Heard {len(WAV)} bytes."}
    assert http.post(url, json={"audio_url": "https://x.test/a.mp3"}).json() == {
        "text": "Heard https://x.test/a.mp3."}
    for label in ("audio/wav", "audio/webm", "audio/ogg"):
        refused = http.post(url, json={"audio_url": data_url(label, WAV)})
        assert refused.status_code == 422
        assert refused.json() == {"detail": "Unsupported data URL"}
    assert fake_router.violations == []
    violated(fake_router, http.post(url, json={"audio_url": "file:///a.wav"}), '"audio_url"')


def test_replicate_speech_recognition(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model(WHISPER, "replicate", "openai/whisper:8099696", "automatic-speech-"
                          "recognition")
    url = f"{fake_router.url}/replicate/v1/predictions"
    body = {"input": {"audio": data_url("audio/wav", WAV)}, "version": "8099696"}
    wait = {"Prefer": "wait"}
    expected = f"Heard {len(WAV)} bytes."
    assert http.post(url, json=body, headers=wait).json()["output"] == {"transcription": expected}
    fake_router.replicate_asr_output = "text"
    assert http.post(url, json=body, headers=wait).json()["output"] == expected
    fake_router.replicate_asr_output = "txt_file"
    txt = http.post(url, json=body, headers=wait).json()["output"]["txt_file"]
    assert fetch(txt).text == expected
    violated(fake_router, http.post(url, headers=wait, json={
        "input": {"audio": data_url("image/png", b"x")}, "version": "8099696"}), "input.audio")


@pytest.mark.parametrize(("provider", "route"), [
    ("together", "/v1/audio/transcriptions"), ("deepinfra", "/v1/openai/audio/transcriptions")])
def test_multipart_transcriptions(fake_router: FakeRouter, http: requests.Session,
                                  provider: str, route: str) -> None:
    fake_router.map_model(WHISPER, provider, "openai/whisper-p", "automatic-speech-recognition")
    url = f"{fake_router.url}/{provider}{route}"
    answer = http.post(url, files={"file": ("audio.wav", WAV, "audio/wav")},
                       data={"model": "openai/whisper-p"})
    assert answer.json() == {"text": f"Heard {len(WAV)} bytes."}
    violated(fake_router, http.post(url, files={"file": ("audio.wav", WAV, "audio/wav")},
                                    data={"model": "whisper"}), "not the providerId")
    violated(fake_router, http.post(url, json={"model": "openai/whisper-p"}), "multipart")


def test_hf_inference_speech_recognition(fake_router: FakeRouter,
                                         http: requests.Session) -> None:
    fake_router.map_model(WHISPER, "hf-inference", WHISPER, "automatic-speech-recognition")
    url = f"{fake_router.url}/hf-inference/models/{WHISPER}"
    raw = http.post(url, data=WAV, headers={"Content-Type": "audio/wav"})
    assert raw.json() == {"text": f"Heard {len(WAV)} bytes."}
    wrapped = http.post(url, json={"inputs": base64.b64encode(WAV).decode()})
    assert wrapped.json() == raw.json()
    violated(fake_router, http.post(url, data=WAV, headers={"Content-Type": "image/png"}),
             "MIME type")
    recorded = http.post(f"{fake_router.url}/hf-inference/models/"
                         "facebook/wav2vec2-large-960h-lv60-self", data=b"fLaC",
                         headers={"Content-Type": "audio/flac"})
    assert recorded.json()["text"].startswith("GOING ALONG SLUSHY COUNTRY ROADS")


# ------------------------------------------------------------------------ text-to-speech
def test_text_to_speech_routes(fake_router: FakeRouter, http: requests.Session) -> None:
    model = "hexgrad/Kokoro-82M"
    fake_router.map_model(model, "fal-ai", "fal-ai/kokoro", "text-to-speech")
    fake_router.map_model(model, "replicate", "jaaari/kokoro", "text-to-speech")
    fake_router.map_model(model, "together", "hexgrad/kokoro-t", "text-to-speech")
    fal = http.post(f"{fake_router.url}/fal-ai/fal-ai/kokoro", json={"text": "hi"}).json()
    assert fal["audio"]["content_type"] == "audio/wav"
    with wave.open(io.BytesIO(fetch(fal["audio"]["url"]).content)) as sound:
        assert sound.getnframes() > 0
    replicate = http.post(f"{fake_router.url}/replicate/v1/models/jaaari/kokoro/predictions",
                          headers={"Prefer": "wait"}, json={"input": {"text": "hi"}}).json()
    assert fetch(replicate["output"]).content == WAV
    url = f"{fake_router.url}/together/v1/audio/speech"
    speech = http.post(url, json={"input": "hi", "model": "hexgrad/kokoro-t", "voice": "af"})
    assert speech.headers["content-type"] == "audio/wav" and speech.content == WAV
    violated(fake_router, http.post(url, json={"input": "hi", "model": "hexgrad/kokoro-t"}),
             '"voice"')


# -------------------------------------------------------------------- feature-extraction
E5 = "intfloat/multilingual-e5-large"


def test_embeddings_routes(fake_router: FakeRouter, http: requests.Session) -> None:
    routes = {"together": "/v1/embeddings", "scaleway": "/v1/embeddings",
              "nscale": "/v1/embeddings", "deepinfra": "/v1/openai/embeddings"}
    vectors = []
    for provider, route in routes.items():
        fake_router.map_model(E5, provider, f"{provider}-e5", "feature-extraction")
        body = http.post(f"{fake_router.url}/{provider}{route}",
                         json={"input": ["a", "b"], "model": f"{provider}-e5"}).json()
        assert len(body["data"]) == 2
        vectors.append(body["data"][0]["embedding"])
    assert all(v == vectors[0] for v in vectors)  # deterministic
    assert all(isinstance(x, float) for x in vectors[0])
    violated(fake_router, http.post(f"{fake_router.url}/together/v1/embeddings",
                                    json={"input": "a", "model": "scaleway-e5"}),
             "not the providerId")


def test_hf_inference_feature_extraction(fake_router: FakeRouter,
                                         http: requests.Session) -> None:
    fake_router.map_model(E5, "hf-inference", E5, "feature-extraction")
    url = f"{fake_router.url}/hf-inference/models/{E5}/pipeline/feature-extraction"
    one = http.post(url, json={"inputs": "a", "normalize": True}).json()
    assert isinstance(one, list) and all(isinstance(x, float) for x in one)
    assert http.post(url, json={"inputs": ["a", "b"]}).json()[0] == one
    violated(fake_router, http.post(url, json={"inputs": "a", "parameters": {"normalize": True}}),
             "root level")
    recorded = http.post(f"{fake_router.url}/hf-inference/models/facebook/bart-base",
                         json={"inputs": "That is a happy person", "options": {}})
    assert recorded.json() == tape("e2beb1bd").response_json()


# ------------------------------------------------------------------------ text-generation
@pytest.mark.parametrize(("provider", "route"), [
    ("together", "/v1/completions"), ("featherless-ai", "/v1/completions"),
    ("novita", "/v3/openai/completions"), ("deepinfra", "/v1/openai/completions")])
def test_completions_routes(fake_router: FakeRouter, http: requests.Session,
                            provider: str, route: str) -> None:
    fake_router.map_model("q/qwen", provider, f"{provider}-qwen", "text-generation")
    url = f"{fake_router.url}/{provider}{route}"
    body = http.post(url, json={"prompt": "Once", "model": f"{provider}-qwen",
                                "max_tokens": 5}).json()
    assert body["choices"][0]["text"] == "Echo: Once"
    violated(fake_router, http.post(url, json={"prompt": "Once", "model": f"{provider}-qwen",
                                               "max_new_tokens": 5}), '"max_tokens"')


def test_hf_inference_text_generation(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model("q/qwen", "hf-inference", "q/qwen", "text-generation")
    url = f"{fake_router.url}/hf-inference/models/q/qwen"
    assert http.post(url, json={"inputs": "Once", "parameters": {}}).json() == [
        {"generated_text": "Echo: Once"}]
    events = sse_data(http.post(url, json={"inputs": "Once", "stream": True}))
    assert "".join(e["token"]["text"] for e in events) == "Echo: Once"
    assert events[-1]["generated_text"] == "Echo: Once"
    completions = http.post(f"{url}/v1/completions",
                            json={"model": "q/qwen", "prompt": "Once", "max_tokens": 3})
    assert completions.json()["choices"][0]["text"] == "Echo: Once"
    violated(fake_router, http.post(f"{url}/v1/chat/completions", json=chat_body("q/qwen")),
             "mapped on hf-inference for text-generation, not conversational")
    recorded = http.post(f"{fake_router.url}/hf-inference/models/gpt2",
                         json={"inputs": "The answer to the universe is", "options": {}})
    assert recorded.json() == tape("de7a4c1e").response_json()
    missing = http.post(f"{fake_router.url}/hf-inference/models/nobody/nothing",
                        json={"inputs": "x"})
    assert missing.status_code == 404


# ------------------------------------------------------------------------------ errors
def test_error_builders_give_the_documented_bodies() -> None:
    cases = [
        (gone_legacy(), 410, {"error": "https://api-inference.huggingface.co is no longer "
                                       "supported. Please use https://router.huggingface.co "
                                       "instead."}),
        (not_supported_by_enabled_providers("a/b"), 400, {
            "error": "The requested model 'a/b' is not supported by any provider you have "
                     "enabled."}),
        (not_supported_by_enabled_providers("a/b", as_object=True), 400, {"error": {
            "message": "The requested model 'a/b' is not supported by any provider you have "
                       "enabled.", "code": "model_not_supported"}}),
        (insufficient_permissions("ann"), 403, {
            "error": "This authentication method does not have sufficient permissions to "
                     "call Inference Providers on behalf of user ann"}),
        (openai_error(429, "slow down"), 429, {"error": {
            "message": "slow down", "type": "invalid_request_error", "param": None,
            "code": None}}),
        (detail_error(422, "bad"), 422, {"detail": "bad"}),
        (message_error(500, "oops"), 500, {"message": "oops"}),
        (hub_errors(401, ["a", "b"]), 401, {"errors": [{"message": "a"}, {"message": "b"}]}),
    ]
    for reply, status, body in cases:
        assert reply.status == status
        assert json.loads(reply.body) == body
        assert reply.headers["x-request-id"]
    assert credits_exceeded().status == 402
    assert json.loads(credits_exceeded().body)["error"].startswith(
        "You have exceeded your monthly included credits for Inference Providers")


def test_a_programmed_error_keeps_its_request_id(fake_router: FakeRouter,
                                                 http: requests.Session) -> None:
    reply = not_supported_by_enabled_providers("a/b", as_object=True)
    fake_router.program("/v1/chat/completions", reply)
    answer = http.post(f"{fake_router.url}/v1/chat/completions", json=chat_body("a/b"))
    assert answer.headers["x-request-id"] == reply.headers["x-request-id"]
    fake_router.program("/groq/openai/v1/chat/completions", respond_json({}, 500))
    assert http.post(f"{fake_router.url}/groq/openai/v1/chat/completions",
                     json={}).headers["x-request-id"]


# -------------------------------------------------------------------------- asset host
def test_asset_fetches_with_credentials_are_violations(asset_host: AssetHost) -> None:
    first = asset_host.put("a.txt", b"hello", "text/plain")
    second = asset_host.publish(b"x", "text/plain", ".txt")
    third = asset_host.publish(b"x", "text/plain", ".txt")
    assert first == f"{asset_host.url}/assets/a.txt" and len({first, second, third}) == 3
    assert requests.get(first).text == "hello"
    assert asset_host.violations == []
    leaked = requests.get(first, headers={"Authorization": f"Bearer {TOKEN}"})
    assert leaked.text == "hello"  # still answered, so the test can look
    requests.get(second, cookies={"token": "x"})
    assert len(asset_host.violations) == 2
    assert "authorization" in asset_host.violations[0]
    assert "cookie" in asset_host.violations[1]
    assert asset_host.requests[1].header("authorization") == f"Bearer {TOKEN}"
    assert requests.get(f"{asset_host.url}/assets/none").status_code == 404
    asset_host.violations.clear()


def test_asset_host_over_plain_http() -> None:
    with AssetHost(tls=False) as plain:
        url = plain.put("x.png", small_png(), "image/png")
        assert url.startswith("http://127.0.0.1:")
        assert is_png(requests.get(url).content)
        with pytest.raises(RuntimeError):
            _ = plain.cert_path


def test_untrusted_asset_certificate_is_refused(asset_host: AssetHost,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REQUESTS_CA_BUNDLE")
    url = asset_host.put("x.png", small_png(), "image/png")
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(url, timeout=5)


def test_a_router_without_an_asset_host_brings_its_own(clean_hf_env: pytest.MonkeyPatch
                                                        ) -> None:
    with FakeRouter() as router:
        clean_hf_env.setenv("REQUESTS_CA_BUNDLE", router.assets.cert_path)
        router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image")
        answer = requests.post(f"{router.url}/fal-ai/fal-ai/flux/dev", json={"prompt": "x"},
                               headers={"Authorization": f"Bearer {TOKEN}"})
        assert is_png(fetch(answer.json()["images"][0]["url"]).content)
    assert router.assets.stopping


def test_asset_host_takes_programmed_delays_over_tls(asset_host: AssetHost) -> None:
    """A slow CDN: ``Delayed`` holds the answer (TLS sockets cannot be peeked)."""
    from tests.support.fake_api import Delayed, Hang, Respond

    url = asset_host.put("slow.png", small_png(), "image/png")
    asset_host.program("/assets/slow.png", Delayed(0.01, Respond(200, b"late", "text/plain")),
                       times=1)
    assert requests.get(url, timeout=5).content == b"late"
    asset_host.program("/assets/slow.png", Hang(max_s=0.05), times=1)
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(url, timeout=5)
    assert is_png(requests.get(url, timeout=5).content)


def test_hf_inference_files_and_speech(fake_router: FakeRouter, http: requests.Session) -> None:
    fake_router.map_model("t/canny", "hf-inference", "t/canny", "image-to-image")
    fake_router.map_model("t/tts", "hf-inference", "t/tts", "text-to-speech")
    fake_router.map_model("t/tts", "deepinfra", "t-tts", "text-to-speech")
    fake_router.map_model("t/ner", "hf-inference", "t/ner", "token-classification")
    url = f"{fake_router.url}/hf-inference/models/"
    raw = http.post(url + "t/canny", data=small_png(), headers={"Content-Type": "image/png"})
    assert is_png(raw.content)
    wrapped = http.post(url + "t/canny", json={"inputs": base64.b64encode(small_png()).decode(),
                                               "parameters": {"prompt": "x"}})
    assert is_png(wrapped.content)
    violated(fake_router, http.post(url + "t/canny", json={"inputs": "%%%"}), "base64")
    assert http.post(url + "t/tts", json={"inputs": "hi"}).content == WAV
    speech = http.post(f"{fake_router.url}/deepinfra/v1/openai/audio/speech",
                       json={"input": "hi", "model": "t-tts"})  # deepinfra: voice optional
    assert speech.content == WAV
    not_emulated = http.post(url + "t/ner", json={"inputs": "hi"})
    assert not_emulated.status_code == 501 and "not emulated" in not_emulated.json()["error"]
    violated(fake_router, http.post(url + "t/tts", data=b"hi", headers={
        "Content-Type": "text/plain"}), "application/json")

"""The chat's call: the model with its suffix, parameters at the top of the body, the
response format and the tools checked, the usage asked for."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from hfi_desktop.catalog import (
    FormError,
    build_chat_request,
    normalize_chat_model,
    response_format,
    task,
)
from hfi_desktop.inference import HfInference

CHAT = task("chat-completion")
HELLO = [{"role": "user", "content": "hello"}]


def build(values: dict[str, Any] | None = None, parameters: dict[str, Any] | None = None,
          model: str | None = "a/b") -> dict[str, Any]:
    return build_chat_request(CHAT, HELLO, values or {}, parameters or {}, model=model).kwargs


def test_the_call_flattens_the_parameters_and_asks_for_the_usage() -> None:
    kwargs = build(parameters={"max_tokens": 64, "temperature": 0.5, "stop": ["\n\n"],
                               "seed": 7, "top_p": None})
    assert kwargs == {"model": "a/b", "messages": HELLO, "max_tokens": 64,
                      "temperature": 0.5, "seed": 7, "stop": ["\n\n"],
                      "stream_options": {"include_usage": True}}
    signature = inspect.signature(getattr(HfInference, CHAT.method))
    signature.bind(None, **kwargs, control=None)


def test_the_default_model_and_suffixes() -> None:
    assert build(model="")["model"] == CHAT.default_model
    assert normalize_chat_model("openai/gpt-oss-120b:cheapest") == "openai/gpt-oss-120b:cheapest"
    assert normalize_chat_model(" Qwen/Qwen3-32B:groq ") == "Qwen/Qwen3-32B:groq"
    assert normalize_chat_model("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    with pytest.raises(FormError, match="after ':'") as caught:
        normalize_chat_model("a/b:Not A Provider")
    assert caught.value.field == "model"
    with pytest.raises(FormError, match="not a model id"):
        normalize_chat_model("a/b/c:groq")


@pytest.mark.parametrize(("parameters", "field", "words"), [
    ({"temperature": 3}, "parameters.temperature", "between 0 and 2"),
    ({"stop": ["a", "b", "c", "d", "e"]}, "parameters.stop", "at most 4"),
    ({"logit_bias": {}}, "parameters.logit_bias", "not a parameter"),
])
def test_bad_parameters_are_named(parameters: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(FormError, match=words) as caught:
        build(parameters=parameters)
    assert caught.value.field == field


def test_response_formats() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    assert response_format("text") is None
    assert response_format("json_object") == {"type": "json_object"}
    assert response_format("json_schema", schema) == {
        "type": "json_schema", "json_schema": {"name": "response", "schema": schema}}
    named = {"name": "answer", "schema": schema, "strict": True}
    assert response_format("json_schema", named) == {"type": "json_schema",
                                                     "json_schema": named}
    with pytest.raises(FormError, match="JSON schema"):
        response_format("json_schema", [])
    sent = build({"response_format": response_format("json_schema", schema)})
    assert sent["response_format"]["json_schema"]["schema"] == schema


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"response_format": '{"type": "yaml"}'}, "response_format", "type is one of"),
    ({"response_format": '{"type": "json_schema", "json_schema": {}}'}, "response_format",
     '"name"'),
    ({"response_format": "{oops"}, "response_format", "line 1, column 2"),
    ({"tools": "{}"}, "tools", "JSON list"),
    ({"tools": '[{"type": "function", "function": {}}]'}, "tools", "tool 1"),
])
def test_bad_json_values_are_named(values: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(FormError, match=words) as caught:
        build(values)
    assert caught.value.field == field


def test_tools_are_sent_as_given() -> None:
    tools = [{"type": "function", "function": {"name": "get_weather",
                                               "parameters": {"type": "object"}}}]
    assert build({"tools": tools})["tools"] == tools

"""Chat completion (OpenAI's shape, as every provider and the router speak it): the request
body, the checks of what comes back, and :class:`ChatStreamAssembler`, which folds a stream's
chunks back into one completion (content, tool calls, usage)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NoReturn

from . import _inputs as inp
from ._errors import InferenceInputError, InferenceOutputError
from ._providers import sniff_type
from ._providers._wire import data_url

Json = Any
#: The data of the stream's last event (not JSON).
DONE = "[DONE]"
_ROLES = frozenset({"system", "developer", "user", "assistant", "tool"})
_CHAT_IMAGES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


def image_part(data: inp.BinaryInput, *, detail: str | None = None) -> dict[str, Any]:
    """A message content part with a local image (bytes, a path, a Blob) as a ``data:`` URL."""
    raw = inp.read_binary(data, "image")
    mime = sniff_type(raw, "")
    if mime not in _CHAT_IMAGES:
        raise InferenceInputError("image", "not a PNG, JPEG, GIF or WebP image")
    image_url: dict[str, Any] = {"url": data_url(raw, mime)}
    if detail is not None:
        image_url["detail"] = detail
    return {"type": "image_url", "image_url": image_url}


def check_messages(messages: object) -> list[dict[str, Any]]:
    """The messages as they will be sent; an error naming the first bad one."""
    if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
        raise InferenceInputError(
            "messages", f"expected a list of messages, got {type(messages).__name__}"
        )
    if not messages:
        raise InferenceInputError("messages", "the list is empty")
    checked = []
    for index, message in enumerate(messages):
        where = f"messages[{index}]"
        message = dict(inp.require_mapping(message, where))
        role = message.get("role")
        if role not in _ROLES:
            raise InferenceInputError(
                f"{where}.role", f"expected one of {', '.join(sorted(_ROLES))}, got {role!r}"
            )
        content = message.get("content")
        if isinstance(content, list):
            for part_index, part in enumerate(content):
                _check_part(part, f"{where}.content[{part_index}]")
        elif content is not None and not isinstance(content, str):
            raise InferenceInputError(
                f"{where}.content",
                f"expected text or a list of parts, got {type(content).__name__}",
            )
        elif content is None and not (role == "assistant" and message.get("tool_calls")):
            raise InferenceInputError(f"{where}.content", "required")
        checked.append(message)
    return checked


def _check_part(part: object, where: str) -> None:
    value = inp.require_mapping(part, where)
    kind = value.get("type")
    if kind == "text":
        inp.require_text(value.get("text"), f"{where}.text")
    elif kind == "image_url":
        url = inp.require_mapping(value.get("image_url"), f"{where}.image_url").get("url")
        url = inp.require_text(url, f"{where}.image_url.url")
        if not url.startswith(("https://", "http://", "data:image/")):
            raise InferenceInputError(
                f"{where}.image_url.url", "expected an https or data:image/... URL"
            )
    elif not isinstance(kind, str):
        raise InferenceInputError(f"{where}.type", "required (text, image_url, …)")


def request_body(
    model: str, messages: list[dict[str, Any]], body: Mapping[str, Any], *, stream: bool
) -> dict[str, Any]:
    """``model`` first (the router routes before reading megabytes of base64 images), then the
    messages and every other key as given; keys set to None are left out, at any depth (as
    huggingface_hub does: ``"strict": None`` in a schema means "not set", not null)."""
    if "messages" in body or "model" in body:
        raise InferenceInputError(
            next(k for k in ("model", "messages") if k in body), "give it as its own argument"
        )
    payload: dict[str, Any] = {"model": model, "messages": messages}
    payload.update((key, _without_none(value)) for key, value in body.items() if value is not None)
    payload["stream"] = stream
    return payload


def _without_none(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_without_none(item) for item in value]
    return value


CHAT_COMPLETION = "{choices: [{message: {role, content}}]}"


def check_completion(value: Json) -> dict[str, Json]:
    """A chat completion, every key kept; ``choices`` must be a list of objects."""
    if not isinstance(value, dict) or not isinstance(value.get("choices"), list):
        _bad(CHAT_COMPLETION, value)
    for choice in value["choices"]:
        if not isinstance(choice, dict) or not isinstance(choice.get("message"), dict):
            _bad(CHAT_COMPLETION, value)
    return value


def check_chunk(value: Json) -> dict[str, Json]:
    """A stream chunk (the hot path: one per token, exact-type checks only)."""
    if type(value) is dict and type(value.get("choices", ())) in (list, tuple):
        return value
    _bad("{choices: [{delta: {...}}]}", value)


def _bad(expected: str, value: Json) -> NoReturn:
    text = repr(value)
    raise InferenceOutputError(
        f"the server's answer has an unexpected shape: expected {expected}, got "
        f"{type(value).__name__} {text[:80]}{'…' if len(text) > 80 else ''}"
    )


class ChatStreamAssembler:
    """Folds chat stream chunks into one completion: the text so far, tool calls whose
    ``arguments`` arrive in pieces (joined per ``index``), the finish reason and the usage.

    ``truncated``: the stream ended without a finish reason (cut, or ended early).
    """

    def __init__(self) -> None:
        self.role = "assistant"
        self.finish_reason: str | None = None
        self.usage: dict[str, Json] | None = None
        self.model: str | None = None
        self.id: str | None = None
        self._parts: list[str] = []
        self._reasoning: list[str] = []
        self._tools: dict[int, dict[str, Any]] = {}

    def add(self, chunk: Mapping[str, Json]) -> None:
        if isinstance(chunk.get("usage"), dict):
            self.usage = dict(chunk["usage"])
        for key in ("id", "model"):
            if isinstance(chunk.get(key), str) and getattr(self, key) is None:
                setattr(self, key, chunk[key])
        choices = chunk.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            return
        choice = choices[0]
        delta = choice.get("delta")
        if isinstance(delta, dict):
            if isinstance(delta.get("role"), str):
                self.role = delta["role"]
            if isinstance(delta.get("content"), str):
                self._parts.append(delta["content"])
            reasoning = delta.get("reasoning_content", delta.get("reasoning"))
            if isinstance(reasoning, str):
                self._reasoning.append(reasoning)
            if isinstance(delta.get("tool_calls"), list):
                for call in delta["tool_calls"]:
                    if isinstance(call, dict):
                        self._add_tool_delta(call)
        if isinstance(choice.get("finish_reason"), str):
            self.finish_reason = choice["finish_reason"]

    def add_all(self, chunks: Iterable[Mapping[str, Json]]) -> ChatStreamAssembler:
        for chunk in chunks:
            self.add(chunk)
        return self

    def _add_tool_delta(self, delta: Mapping[str, Json]) -> None:
        index = delta.get("index")
        index = index if isinstance(index, int) else len(self._tools)
        call = self._tools.setdefault(
            index, {"id": None, "type": "function", "function": {"name": "", "arguments": ""}}
        )
        if isinstance(delta.get("id"), str):
            call["id"] = delta["id"]
        if isinstance(delta.get("type"), str):
            call["type"] = delta["type"]
        function = delta.get("function")
        if isinstance(function, dict):
            name = function.get("name")
            if isinstance(name, str):
                # Names come whole in one delta (OpenAI), in pieces, or whole in every delta.
                known = call["function"]["name"]
                call["function"]["name"] = name if name.startswith(known) else known + name
            if isinstance(function.get("arguments"), str):
                call["function"]["arguments"] += function["arguments"]

    @property
    def content(self) -> str:
        """The text so far (joined when read: ``add`` stays linear in a long stream)."""
        return _joined(self._parts)

    @property
    def reasoning(self) -> str:
        return _joined(self._reasoning)

    @property
    def tool_calls(self) -> list[dict[str, Any]]:
        """The tool calls so far, in index order (``arguments`` as the JSON text sent)."""
        return [self._tools[index] for index in sorted(self._tools)]

    @property
    def truncated(self) -> bool:
        return self.finish_reason is None

    def message(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": self.role, "content": self.content}
        if self._tools:
            message["tool_calls"] = self.tool_calls
        if self.reasoning:
            message["reasoning_content"] = self.reasoning
        return message

    def completion(self) -> dict[str, Any]:
        """The stream as one non-streamed completion would have been."""
        result: dict[str, Any] = {
            "id": self.id,
            "object": "chat.completion",
            "model": self.model,
            "choices": [
                {"index": 0, "message": self.message(), "finish_reason": self.finish_reason}
            ],
        }
        if self.usage is not None:
            result["usage"] = self.usage
        return result


def _joined(parts: list[str]) -> str:
    """The parts as one string, which then replaces them (the next read joins only what came
    since)."""
    if len(parts) > 1:
        parts[:] = ["".join(parts)]
    return parts[0] if parts else ""

"""Chat completion for the fake router: the request checks of PROVIDERS.md §3.1/§3.3 and
a deterministic answer in the shapes of §3.1 (one JSON) and §3.2 (SSE chunks).

The fake model echoes: it answers ``"Echo: <last user text>"`` (``" [1 image]"`` added per
image part), or, when the request offers tools (and ``tool_choice`` is not ``"none"``),
calls the first one (or the one ``tool_choice`` names) with ``{"echo": <last user text>}``.
Usage is counted in words.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .router_checks import echo, media_url_problem, null_keys, word_count, word_pieces

#: When the reply was "made" (fixed, so answers compare equal across runs).
CREATED = 1755800000
ROLES = frozenset({"system", "developer", "user", "assistant", "tool"})

#: §3.3: the ``response_format`` a provider gets for a json_schema ``S``, as
#: (type, key holding S); providers not listed (and the auto router) take OpenAI's form.
SCHEMA_FORMS: Mapping[str, tuple[str, str]] = {
    "together": ("json_schema", "schema"),
    "fireworks-ai": ("json_object", "schema"),
    "cohere": ("json_object", "schema"),
    "hf-inference": ("json_object", "value"),
}


# --------------------------------------------------------------------------- checks
def chat_problems(body: Mapping[str, Any], provider: str | None) -> list[str]:
    """Everything wrong with a chat request to ``provider`` (None: the auto router), but
    the value of ``model``, which depends on the route."""
    problems = []
    if next(iter(body), None) != "model":
        problems.append('"model" must be the first key of the body (§3.1)')
    problems += messages_problems(body.get("messages"))
    if "response_format" in body:
        problem = response_format_problem(provider, body["response_format"])
        if problem:
            problems.append(problem)
    problems += tools_problems(body)
    problems += _option_problems(body)
    problems += null_keys(body)
    if provider == "cerebras" and "store" in body:
        problems.append('cerebras takes no "store" (JS drops it, §3.3)')
    return problems


def messages_problems(messages: Any) -> list[str]:
    if not isinstance(messages, list) or not messages:
        return ['"messages" must be a non-empty list']
    problems = []
    for i, message in enumerate(messages):
        problems += [f"messages[{i}]: {p}" for p in _message_problems(message)]
    return problems


def _message_problems(message: Any) -> list[str]:
    if not isinstance(message, dict):
        return ["must be an object with role and content"]
    role, content = message.get("role"), message.get("content")
    if role not in ROLES:
        return [f"role must be one of {sorted(ROLES)}, got {role!r}"]
    problems = []
    if role == "assistant" and "tool_calls" in message:
        problems += _tool_calls_problems(message["tool_calls"])
        if content is None:
            return problems  # a turn that only called tools
    if role == "tool" and not isinstance(message.get("tool_call_id"), str):
        problems.append('a tool turn needs its "tool_call_id"')
    if isinstance(content, str):
        return problems
    if not isinstance(content, list) or not content:
        return [*problems, f"content must be a string or a non-empty list of parts, "
                           f"got {content!r:.60}"]
    for j, part in enumerate(content):
        problem = _part_problem(part)
        if problem:
            problems.append(f"content[{j}]: {problem}")
    return problems


def _part_problem(part: Any) -> str | None:
    kind = part.get("type") if isinstance(part, dict) else None
    if kind == "text":
        return None if isinstance(part.get("text"), str) else '"text" must be a string'
    if kind == "image_url":
        image = part.get("image_url")
        if not isinstance(image, dict):
            return '"image_url" must be an object {"url": ...}'
        return media_url_problem(image.get("url"), "image_url.url", ["image/"])
    return f"a part is {{type: text | image_url, ...}}, got {part!r:.60}"


def _tool_calls_problems(calls: Any) -> list[str]:
    if not isinstance(calls, list):
        return ['"tool_calls" must be a list']
    problems = []
    for call in calls:
        function = call.get("function") if isinstance(call, dict) else None
        if not (isinstance(call, dict) and isinstance(call.get("id"), str)
                and isinstance(function, dict) and isinstance(function.get("name"), str)
                and isinstance(function.get("arguments"), str)):
            problems.append(f"a tool call is {{id, type, function: {{name, arguments: str}}}}, "
                            f"got {call!r:.80}")
    return problems


def response_format_problem(provider: str | None, value: Any) -> str | None:
    """§3.3: each provider gets the schema in its own form; the others OpenAI's."""
    if not isinstance(value, dict) or not isinstance(value.get("type"), str):
        return f"response_format must be an object with a type, got {value!r:.80}"
    kind, keys = value["type"], set(value) - {"type"}
    if kind in ("text", "json_object") and not keys:
        return None
    rewritten = SCHEMA_FORMS.get(provider or "")
    who = provider or "the auto router"
    if rewritten is None:
        if kind == "json_schema" and keys == {"json_schema"} and _schema_ok(value["json_schema"]):
            return None
        return (f"{who} takes response_format in OpenAI's form {{type: json_schema, "
                f"json_schema: {{name, schema, strict?}}}} (§3.3), got {value!r:.120}")
    form_type, form_key = rewritten
    if kind == form_type and keys == {form_key} and isinstance(value[form_key], dict):
        return None
    return (f"{who} takes a json_schema response_format rewritten as "
            f'{{"type": "{form_type}", "{form_key}": S}} (§3.3), got {value!r:.120}')


def _schema_ok(spec: Any) -> bool:
    return (isinstance(spec, dict) and isinstance(spec.get("name"), str)
            and isinstance(spec.get("schema"), dict)
            and isinstance(spec.get("strict", False), bool))


def tools_problems(body: Mapping[str, Any]) -> list[str]:
    tools = body.get("tools")
    problems = []
    if tools is not None:
        if not isinstance(tools, list) or not tools:
            return ['"tools" must be a non-empty list']
        for i, tool in enumerate(tools):
            if not (isinstance(tool, dict) and tool.get("type") == "function"
                    and isinstance(tool.get("function"), dict)
                    and isinstance(tool["function"].get("name"), str)):
                problems.append(f'tools[{i}] must be {{"type": "function", "function": '
                                f'{{name, description?, parameters?}}}}')
    choice = body.get("tool_choice")
    if choice is not None and choice not in ("auto", "none", "required") and not (
            isinstance(choice, dict) and isinstance(choice.get("function"), dict)
            and isinstance(choice["function"].get("name"), str)):
        problems.append(f'tool_choice must be auto, none, required or {{"function": {{name}}}}, '
                        f"got {choice!r:.60}")
    return problems


def _option_problems(body: Mapping[str, Any]) -> list[str]:
    """The documented ranges of §3.1's optional parameters."""
    problems = []
    if "stream" in body and not isinstance(body["stream"], bool):
        problems.append('"stream" must be true or false')
    options = body.get("stream_options")
    if options is not None and not (isinstance(options, dict)
                                    and isinstance(options.get("include_usage", False), bool)):
        problems.append('"stream_options" must be {"include_usage": bool}')
    stop = body.get("stop")
    if stop is not None and not (isinstance(stop, str) or (
            isinstance(stop, list) and len(stop) <= 4 and all(isinstance(s, str) for s in stop))):
        problems.append('"stop" must be a string or at most 4 strings')
    for key, low, high in (("temperature", 0, 2), ("top_p", 0, 1), ("top_logprobs", 0, 5)):
        value = body.get(key)
        if value is not None and not (_number(value) and low <= value <= high):
            problems.append(f'"{key}" must be a number in [{low}, {high}], got {value!r}')
    tokens = body.get("max_tokens")
    if tokens is not None and not (isinstance(tokens, int) and not isinstance(tokens, bool)
                                   and tokens > 0):
        problems.append(f'"max_tokens" must be a positive integer, got {tokens!r}')
    return problems


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --------------------------------------------------------------------------- answers
@dataclass(frozen=True)
class ChatAnswer:
    """What the echoing model says to one request."""

    user_text: str
    images: int
    prompt_tokens: int
    tool: str | None  # the function it calls, if it calls one

    @classmethod
    def of(cls, body: Mapping[str, Any]) -> ChatAnswer:
        messages = body["messages"]
        user_text, images = "", 0
        for message in reversed(messages):
            if message.get("role") == "user":
                user_text, images = _text_and_images(message.get("content"))
                break
        prompt = sum(word_count(_text_and_images(m.get("content"))[0]) for m in messages)
        return cls(user_text, images, prompt, _called_tool(body))

    @property
    def text(self) -> str:
        if not self.images:
            return echo(self.user_text)
        return f"{echo(self.user_text)} [{self.images} image{'s' if self.images > 1 else ''}]"

    @property
    def arguments(self) -> str:
        return json.dumps({"echo": self.user_text})

    def usage(self) -> dict[str, int]:
        completion = word_count(self.arguments if self.tool else self.text)
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": completion,
                "total_tokens": self.prompt_tokens + completion}

    def call_id(self, chat_id: str) -> str:
        return f"call_{chat_id.rpartition('-')[2]}"


def _text_and_images(content: Any) -> tuple[str, int]:
    if isinstance(content, str):
        return content, 0
    if not isinstance(content, list):
        return "", 0
    texts = [p["text"] for p in content if p.get("type") == "text"]
    return " ".join(texts), sum(1 for p in content if p.get("type") == "image_url")


def _called_tool(body: Mapping[str, Any]) -> str | None:
    tools, choice = body.get("tools"), body.get("tool_choice")
    if not tools or choice == "none":
        return None
    if isinstance(choice, dict):
        return str(choice["function"]["name"])
    return str(tools[0]["function"]["name"])


def chat_completion(answer: ChatAnswer, chat_id: str, model: str) -> dict[str, Any]:
    """The non-stream answer (§3.1)."""
    if answer.tool:
        message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [
            {"id": answer.call_id(chat_id), "type": "function",
             "function": {"name": answer.tool, "arguments": answer.arguments}}]}
    else:
        message = {"role": "assistant", "content": answer.text, "tool_calls": None}
    return {"id": chat_id, "object": "chat.completion", "created": CREATED, "model": model,
            "system_fingerprint": None,
            "choices": [{"index": 0, "finish_reason": "tool_calls" if answer.tool else "stop",
                         "message": message}],
            "usage": answer.usage()}


def chat_stream_events(answer: ChatAnswer, chat_id: str, model: str, *, include_usage: bool
                       ) -> list[Any]:
    """The ``data:`` payloads of the stream (§3.2): a chunk per word (or, for a tool call,
    the arguments in three pieces), the usage chunk if asked for, then ``[DONE]``."""
    deltas = _tool_deltas(answer, chat_id) if answer.tool else _text_deltas(answer.text)
    finish = "tool_calls" if answer.tool else "stop"
    events: list[Any] = [
        _chunk(chat_id, model, [{"index": 0, "delta": delta,
                                 "finish_reason": finish if i == len(deltas) - 1 else None}])
        for i, delta in enumerate(deltas)]
    if include_usage:
        events.append({**_chunk(chat_id, model, []), "usage": answer.usage()})
    events.append("[DONE]")
    return events


def _chunk(chat_id: str, model: str, choices: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": chat_id, "object": "chat.completion.chunk", "created": CREATED,
            "model": model, "choices": choices, "usage": None}


def _text_deltas(text: str) -> list[dict[str, Any]]:
    pieces = word_pieces(text)
    return [{"role": "assistant", "content": pieces[0]}, *({"content": p} for p in pieces[1:])]


def _tool_deltas(answer: ChatAnswer, chat_id: str) -> list[dict[str, Any]]:
    """The first delta names the call (index, id, function.name); the arguments are cut in
    three, so a client must join them per index."""
    args = answer.arguments
    cuts = [0, len(args) // 3, 2 * len(args) // 3, len(args)]
    pieces = [args[a:b] for a, b in itertools.pairwise(cuts)]
    first = {"index": 0, "id": answer.call_id(chat_id), "type": "function",
             "function": {"name": answer.tool, "arguments": pieces[0]}}
    return [{"role": "assistant", "content": None, "tool_calls": [first]},
            *({"tool_calls": [{"index": 0, "function": {"arguments": p}}]} for p in pieces[1:])]

"""From the chat page's settings to a chat completion call: the model (with an auto router
policy or a provider as suffix), the parameters, the response format and the tools, checked
first; then the kwargs of ``chat_completion_stream``.

Unlike a task form, a chat sends its parameters at the top level of the body (PROVIDERS.md
§3.1), and always asks for the usage chunk at the end of the stream.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any

from .calls import CallRequest, normalize_model
from .model import PageKind
from .tasks_chat import SYSTEM
from .validation import FormError, check_input, check_parameter

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from hfi_desktop.inference import Options

    from .model import TaskSpec

#: ``owner/name:suffix``: an auto router policy (fastest, cheapest, preferred) or a provider.
_SUFFIX = re.compile(r"[a-z0-9][a-z0-9.-]{0,63}")
MAX_STOP_SEQUENCES = 4
RESPONSE_TYPES = ("text", "json_object", "json_schema")
#: The name a bare JSON schema is sent under (OpenAI's json_schema requires one).
SCHEMA_NAME = "response"
#: The chat's JSON settings (inputs of its spec), as the call names them.
SETTINGS = ("response_format", "tools")


def normalize_chat_model(model: str | None) -> str | None:
    """None for "the default"; a URL as is; else a Hub id, with an optional ``:policy`` or
    ``:provider`` suffix (FormError naming what is wrong)."""
    text = (model or "").strip()
    if not text or text.startswith(("http://", "https://")):
        return normalize_model(text)
    hf_id, colon, suffix = text.partition(":")
    checked = normalize_model(hf_id)
    if not colon:
        return checked
    if not _SUFFIX.fullmatch(suffix):
        raise FormError("model", f"Model: after ':' comes a policy (fastest, cheapest, "
                                 f"preferred) or a provider's name, not {suffix!r}")
    return f"{checked}:{suffix}"


def response_format(mode: str, schema: object = None) -> dict[str, Any] | None:
    """The ``response_format`` of a mode of the page: "text" (None: nothing sent),
    "json_object", or "json_schema" with ``schema`` (parsed JSON): a bare JSON schema, or
    ``{"name", "schema", "strict"?}`` as OpenAI's json_schema holds it."""
    if mode == "text":
        return None
    if mode == "json_object":
        return {"type": "json_object"}
    if mode != "json_schema":
        raise FormError("response_format", f"Response format: no mode {mode!r}")
    if not isinstance(schema, dict) or not schema:
        raise FormError("response_format", "Response format: write the JSON schema the reply "
                                           "must follow (a JSON object)")
    if isinstance(schema.get("schema"), dict) and isinstance(schema.get("name"), str):
        spec = dict(schema)
    else:
        spec = {"name": SCHEMA_NAME, "schema": schema}
    return {"type": "json_schema", "json_schema": spec}


def build_chat_request(
    spec: TaskSpec,
    messages: Sequence[Mapping[str, Any]],
    values: Mapping[str, object],
    parameters: Mapping[str, object],
    *,
    model: str | None,
) -> CallRequest:
    """The streamed call of ``messages`` (as sent: images already as data URLs) with the
    page's ``values`` (response_format, tools) and ``parameters``; FormError names the
    first bad field. Unset values are left out."""
    model_id = normalize_chat_model(model) or spec.default_model
    kwargs: dict[str, Any] = {"model": model_id, "messages": [dict(m) for m in messages]}
    by_name = {p.name: p for p in spec.parameters}
    for name in parameters:
        if name not in by_name:
            raise FormError(f"parameters.{name}", f"{name}: not a parameter of {spec.title}")
    for param in spec.parameters:
        value = check_parameter(param, parameters.get(param.name))
        if value is not None:
            kwargs[param.name] = value
    stop = kwargs.get("stop")
    if isinstance(stop, list) and len(stop) > MAX_STOP_SEQUENCES:
        raise FormError("parameters.stop", f"stop: at most {MAX_STOP_SEQUENCES} sequences, "
                                           f"got {len(stop)}")
    for key in SETTINGS:
        checked = check_setting(spec, key, values.get(key))
        if checked is not None:
            kwargs[key] = checked
    kwargs["stream_options"] = {"include_usage": True}
    return CallRequest(spec.id, spec.method, kwargs)


def build_turn_request(spec: TaskSpec, values: Mapping[str, object],
                       parameters: Mapping[str, object], *, model: str | None,
                       options: Options | None, provider: str | None = None) -> CallRequest:
    """One turn of a new chat as a plain call (a batch's row, an arena round): the system
    prompt (``values[SYSTEM]``, if any) then ``values["message"]`` as the user's message,
    with the chat's settings and parameters, answered whole (``chat_completion``, not
    streamed: its usage comes with it). FormError names the first bad field."""
    message_field = next(f for f in spec.inputs if f.key == "message")
    message = check_input(message_field, values.get("message"))
    system = values.get(SYSTEM)
    messages: list[dict[str, Any]] = []
    if isinstance(system, str) and system.strip():
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": message})
    streamed = build_chat_request(spec, messages, values, parameters, model=model)
    kwargs = {k: v for k, v in streamed.kwargs.items() if k != "stream_options"}
    if options is not None:
        kwargs["options"] = options
    if provider is not None and not str(kwargs["model"]).startswith(("http://", "https://")):
        kwargs["provider"] = provider
    return CallRequest(spec.id, turn_spec(spec).method, kwargs)


def turn_spec(spec: TaskSpec) -> TaskSpec:
    """The spec a run of one turn goes by (an arena round): the chat's answered whole, not
    streamed (:func:`build_turn_request`); any other task's as it is."""
    if spec.page is not PageKind.CHAT:
        return spec
    return dataclasses.replace(spec, method="chat_completion", streaming=False)


def check_setting(spec: TaskSpec, key: str, value: object) -> Any:
    """One of the chat's JSON settings (``response_format``, ``tools``; JSON text or a
    value) checked as the call will be: the value to send, None when unset; FormError
    naming the setting."""
    field = next(f for f in spec.inputs if f.key == key)
    checked = check_input(field, value)
    if checked is None:
        return None
    return _checked_format(checked) if key == "response_format" else _checked_tools(checked)


def _checked_format(value: object) -> dict[str, Any]:
    def fail(problem: str) -> FormError:
        return FormError("response_format", f"Response format: {problem}")

    if not isinstance(value, dict) or value.get("type") not in RESPONSE_TYPES:
        raise fail(f"an object whose type is one of {', '.join(RESPONSE_TYPES)}")
    if value["type"] == "json_schema":
        schema = value.get("json_schema")
        if not (isinstance(schema, dict) and isinstance(schema.get("name"), str)
                and isinstance(schema.get("schema"), dict)):
            raise fail('json_schema must be {"name": ..., "schema": {...}}')
    return value


def _checked_tools(value: object) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise FormError("tools", "Tools: a JSON list of tools, like "
                                 '[{"type": "function", "function": {"name": ...}}]')
    for number, tool in enumerate(value, 1):
        function = tool.get("function") if isinstance(tool, dict) else None
        if not (isinstance(tool, dict) and tool.get("type") == "function"
                and isinstance(function, dict) and isinstance(function.get("name"), str)
                and function["name"]):
            raise FormError("tools", f'Tools: tool {number} must be {{"type": "function", '
                                     f'"function": {{"name": ..., "parameters": {{...}}}}}}')
    return value

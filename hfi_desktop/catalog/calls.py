"""From a filled-in form to a client call: validate everything first, then build the kwargs."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from hfi_desktop.inference import CallControl, HfInference, InferenceInputError, Options
from hfi_desktop.translatable import QT_TRANSLATE_NOOP

from .model import FileValue, PageKind, TaskSpec
from .validation import FormError, check_input, check_parameter, form_error

if TYPE_CHECKING:
    from collections.abc import Mapping

_CUSTOM_METHODS = frozenset({"request", "streaming_request"})
# A Hub repo id: "name" or "owner/name"; letters, digits, "-", "_", "." (not at either end);
# no "--" or ".."; at most 96 characters a part.
_HUB_PART = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?")


@dataclass(frozen=True)
class CallRequest:
    """One call, ready for :func:`invoke`. ``files``: the FileValue behind each file input
    (by InputField key), whose bytes are in ``kwargs``."""

    task_id: str
    method: str
    kwargs: dict[str, object]
    files: Mapping[str, FileValue] = field(default_factory=dict)

    def same_call(self, other: CallRequest) -> bool:
        """Whether ``other`` sends the same call: the same model, inputs, parameters and
        options. Files count by their bytes (already in ``kwargs``), not by their names or
        paths: the same image loaded from another folder is the same input."""
        return (self.task_id, self.method, self.kwargs) == (other.task_id, other.method,
                                                              other.kwargs)

    def describe(self) -> dict[str, object]:
        """A JSON-safe summary (files as {name, mime, size}), for history and the raw view."""
        summary: dict[str, object] = {"task": self.task_id, "method": self.method}
        for name, value in self.kwargs.items():
            summary[name] = self._summarize(value, name)
        return summary

    def _summarize(self, value: object, path: str) -> object:
        if path in self.files:
            file = self.files[path]
            return {"name": file.name, "mime": file.mime, "size": len(file.data)}
        if isinstance(value, Options):
            return {k: v for k, v in dataclasses.asdict(value).items() if v is not None}
        if isinstance(value, dict):
            return {k: self._summarize(v, f"{path}.{k}") for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self._summarize(item, path) for item in value]
        if isinstance(value, bytes):
            return {"size": len(value)}
        return value


#: The model field's label in form errors.
MODEL = QT_TRANSLATE_NOOP("Catalog", "Model")


def normalize_model(model: str | None) -> str | None:
    """None for "use the Hub's default"; an http(s) URL as is; else a Hub id, checked."""
    if model is None:
        return None
    if not isinstance(model, str):
        raise form_error("model", MODEL,
                         QT_TRANSLATE_NOOP("FormError", "expected text, got {kind}"),
                         kind=type(model).__name__)
    text = model.strip()
    if not text:
        return None
    if text.startswith(("http://", "https://")):
        if not urlsplit(text).hostname or any(c.isspace() for c in text):
            raise form_error("model", MODEL,
                             QT_TRANSLATE_NOOP("FormError", "{text!r} is not a valid URL"),
                             text=text)
        return text
    parts = text.split("/")
    if (
        len(parts) > 2
        or not all(_HUB_PART.fullmatch(part) for part in parts)
        or "--" in text
        or ".." in text
    ):
        raise form_error("model", MODEL, QT_TRANSLATE_NOOP(
            "FormError", "{text!r} is not a model id (like 'owner/name') or an http(s) URL"),
            text=text)
    return text


def build_request(
    spec: TaskSpec,
    values: Mapping[str, object],
    parameters: Mapping[str, object],
    *,
    model: str | None,
    options: Options | None,
    provider: str | None = None,
) -> CallRequest:
    """Check the form's values and build the call; FormError names the first bad field.

    Unset values (None, "", empty optional lists) are left out, so they don't go on the wire.
    ``provider`` (None: the 2023 call to hf-inference) goes as ``kwargs["provider"]``; not
    with a URL for the model, whose server is called whatever the provider. The chat's
    form is one turn of a new chat (:func:`~.chat.build_turn_request`).
    """
    if spec.page is PageKind.CHAT:
        from .chat import build_turn_request  # chat.py builds on this module

        return build_turn_request(spec, values, parameters, model=model, options=options,
                                  provider=provider)
    model_id = normalize_model(model)
    known_inputs = {f.key for f in spec.inputs}
    for key in values:
        if key not in known_inputs:
            raise FormError(key, f"{key}: not an input of {spec.title}")
    kwargs: dict[str, Any] = {}
    files: dict[str, FileValue] = {}
    for input_field in spec.inputs:
        value = check_input(input_field, values.get(input_field.key))
        if isinstance(value, FileValue):
            files[input_field.key] = value
            value = value.data
        if value is not None:
            _place(kwargs, input_field.key, value)
    checked = _check_parameters(spec, parameters)
    if checked:
        kwargs.setdefault("parameters", {}).update(checked)
    if spec.method in _CUSTOM_METHODS:
        _check_custom(kwargs, model_id)
    if model_id is not None:
        kwargs["model"] = model_id
    if options is not None:
        kwargs["options"] = options
    if provider is not None and not (model_id or "").startswith(("http://", "https://")):
        kwargs["provider"] = provider
    return CallRequest(spec.id, spec.method, kwargs, files)


def form_error_of(spec: TaskSpec, error: InferenceInputError) -> FormError:
    """The client's refusal of an argument (it sent nothing) as the form's error, at the
    field the argument comes from: the model, an input, a parameter, else the argument."""
    argument, problem = error.argument, error.problem
    if argument == "model":
        hint = "; name one (like 'owner/name')" if problem.startswith("required") else ""
        return FormError("model", f"Model: {problem}{hint}")
    fields = {f.key: f for f in spec.inputs}
    field_ = fields.get(argument) or next(
        (f for f in spec.inputs if argument in (f.key.rsplit(".", 1)[-1], f.key.split(".")[0])),
        None)
    if field_ is not None:
        return FormError(field_.key, f"{field_.label}: {problem}")
    if any(p.name == argument for p in spec.parameters):
        return FormError(f"parameters.{argument}", f"{argument}: {problem}")
    return FormError(argument, f"{argument}: {problem}")


def invoke(client: HfInference, request: CallRequest, control: CallControl | None = None) -> Any:
    """Make the call (blocking: run it in a worker). Returns the result, or an EventStream
    for a streaming task (the request is sent on its first ``next()``)."""
    return getattr(client, request.method)(**request.kwargs, control=control)


def _place(kwargs: dict[str, Any], key: str, value: object) -> None:
    """Put ``value`` at a dotted key: "inputs.question" → kwargs["inputs"]["question"]."""
    *parents, last = key.split(".")
    target = kwargs
    for name in parents:
        target = target.setdefault(name, {})
    target[last] = value


def _check_parameters(spec: TaskSpec, values: Mapping[str, object]) -> dict[str, object]:
    by_name = {p.name: p for p in spec.parameters}
    for name in values:
        if name not in by_name:
            raise FormError(f"parameters.{name}", f"{name}: not a parameter of {spec.title}")
    checked = {}
    for param in spec.parameters:
        value = check_parameter(param, values.get(param.name))
        if value is not None:
            checked[param.name] = value
    return checked


def _check_custom(kwargs: Mapping[str, object], model: str | None) -> None:
    """A custom call sends JSON inputs or a file, not both, to a model or a task's default."""
    has_inputs, has_data = "inputs" in kwargs, "data" in kwargs
    if has_inputs and has_data:
        raise form_error("data", QT_TRANSLATE_NOOP("Catalog", "File"), QT_TRANSLATE_NOOP(
            "FormError", "give either JSON inputs or a file, not both"))
    if not has_inputs and not has_data:
        raise form_error("inputs", QT_TRANSLATE_NOOP("Catalog", "Inputs"),
                         QT_TRANSLATE_NOOP("FormError", "give JSON inputs or a file"))
    if has_data and "parameters" in kwargs:
        raise form_error("parameters", QT_TRANSLATE_NOOP("Catalog", "Parameters"),
                         QT_TRANSLATE_NOOP("FormError",
                                           "only sent with JSON inputs, not with a file"))
    if model is None and "task_hint" not in kwargs:
        raise form_error("model", MODEL, QT_TRANSLATE_NOOP(
            "FormError", "give a model id or URL, or choose a task hint"))

"""The call as Python: ``huggingface_hub``'s ``InferenceClient`` (``requests`` for the calls
it has no method for: conversational and custom requests, chat with a server of one's own).
Through the router: ``InferenceClient(provider=...)``, chat as
``client.chat.completions.create``. The token is read from the ``HF_TOKEN`` environment
variable, never written out."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import literals
from .chat import HUB_CHAT_ARGS, chat_arguments, python_chat_lines
from .request import CodeRequest, FileRef

TOKEN = 'os.environ["HF_TOKEN"]'
#: (provider, task) the app calls that huggingface_hub's InferenceClient has no route for
#: (PROVIDERS.md §4.3: together's transcriptions are in the JavaScript client only).
HUB_MISSING_ROUTES = frozenset({("together", "automatic-speech-recognition")})


@dataclass
class _Call:
    name: str
    args: list[tuple[str | None, object]]
    unsupported: dict[str, object] = field(default_factory=dict)
    output: str = "print"  # print | stream | image | audio


def _params(kw: Mapping[str, Any]) -> dict[str, Any]:
    value = kw.get("parameters")
    return dict(value) if isinstance(value, Mapping) else {}


def _inputs(kw: Mapping[str, Any]) -> dict[str, Any]:
    value = kw.get("inputs")
    return dict(value) if isinstance(value, Mapping) else {}


def _split(params: Mapping[str, Any], names: Mapping[str, str]
           ) -> tuple[list[tuple[str | None, object]], dict[str, object]]:
    """Parameters InferenceClient takes (renamed per ``names``) and the ones it does not."""
    taken: list[tuple[str | None, object]] = [
        (names[k], v) for k, v in params.items() if k in names]
    return taken, {k: v for k, v in params.items() if k not in names}


def _same(*names: str) -> dict[str, str]:
    return {name: name for name in names}


_GENERATION = {**_same("do_sample", "max_new_tokens", "repetition_penalty", "return_full_text",
                       "temperature", "top_k", "top_p", "truncate"), "stop_sequences": "stop"}


def _positional(name: str, key: str = "inputs", output: str = "print",
                params: Mapping[str, str] | None = None) -> Callable[[Mapping[str, Any]], _Call]:
    def build(kw: Mapping[str, Any]) -> _Call:
        taken, unsupported = _split(_params(kw), params or {})
        return _Call(name, [(None, kw.get(key)), *taken], unsupported, output)
    return build


def _generation(stream: bool) -> Callable[[Mapping[str, Any]], _Call]:
    def build(kw: Mapping[str, Any]) -> _Call:
        taken, unsupported = _split(_params(kw), _GENERATION)
        extra: list[tuple[str | None, object]] = [("stream", True)] if stream else []
        return _Call("text_generation", [(None, kw.get("inputs")), *taken, *extra], unsupported,
                     "stream" if stream else "print")
    return build


def _summarization(kw: Mapping[str, Any]) -> _Call:
    params = _params(kw)
    args: list[tuple[str | None, object]] = [(None, kw.get("inputs"))]
    if params:
        args.append(("generate_parameters", params))
    return _Call("summarization", args)


def _zero_shot(kw: Mapping[str, Any]) -> _Call:
    params = _params(kw)
    labels = params.pop("candidate_labels", None)
    taken, unsupported = _split(params, _same("multi_label"))
    return _Call("zero_shot_classification",
                 [(None, kw.get("inputs")), ("candidate_labels", labels), *taken], unsupported)


def _zero_shot_image(kw: Mapping[str, Any]) -> _Call:
    params = _params(kw)
    labels = params.pop("candidate_labels", None)
    return _Call("zero_shot_image_classification",
                 [(None, _inputs(kw).get("image")), ("candidate_labels", labels)], params)


def _keywords(name: str, mapping: Mapping[str, str]) -> Callable[[Mapping[str, Any]], _Call]:
    """Inputs from an ``inputs`` object, as keyword arguments renamed per ``mapping``."""
    def build(kw: Mapping[str, Any]) -> _Call:
        inputs = _inputs(kw)
        return _Call(name, [(arg, inputs.get(key)) for key, arg in mapping.items()])
    return build


def _image_to_image(kw: Mapping[str, Any]) -> _Call:
    # InferenceClient.image_to_image passes unknown keyword arguments on as parameters.
    params = _params(kw)
    return _Call("image_to_image", [(None, kw.get("inputs")), *params.items()], output="image")


_CALLS: Mapping[str, Callable[[Mapping[str, Any]], _Call]] = {
    "audio_classification": _positional("audio_classification", "data"),
    "audio_to_audio": _positional("audio_to_audio", "data"),
    "automatic_speech_recognition": _positional("automatic_speech_recognition", "data"),
    "document_question_answering": _keywords(
        "document_question_answering", {"image": "image", "question": "question"}),
    "feature_extraction": _positional("feature_extraction"),
    "fill_mask": _positional("fill_mask"),
    "image_classification": _positional("image_classification", "data"),
    "image_segmentation": _positional("image_segmentation", "data"),
    "image_to_image": _image_to_image,
    "image_to_text": _positional("image_to_text", "data"),
    "object_detection": _positional("object_detection", "data"),
    "question_answering": _keywords(
        "question_answering", {"question": "question", "context": "context"}),
    "sentence_similarity": _keywords(
        "sentence_similarity", {"source_sentence": "sentence", "sentences": "other_sentences"}),
    "summarization": _summarization,
    "table_question_answering": _keywords(
        "table_question_answering", {"table": "table", "query": "query"}),
    "tabular_classification": _keywords("tabular_classification", {"data": "table"}),
    "tabular_regression": _keywords("tabular_regression", {"data": "table"}),
    "text_classification": _positional("text_classification"),
    "text_generation": _generation(stream=False),
    "text_generation_stream": _generation(stream=True),
    "text_to_image": _positional("text_to_image", output="image", params=_same(
        "negative_prompt", "height", "width", "num_inference_steps", "guidance_scale")),
    "text_to_speech": _positional("text_to_speech", output="audio"),
    "token_classification": _positional(
        "token_classification", params=_same("aggregation_strategy")),
    "translation": _positional("translation"),
    "visual_question_answering": _keywords(
        "visual_question_answering", {"image": "image", "question": "question"}),
    "zero_shot_classification": _zero_shot,
    "zero_shot_image_classification": _zero_shot_image,
}


def python_snippet(req: CodeRequest) -> str:
    """A runnable Python script making ``req``'s call."""
    if req.is_chat and req.provider_call is not None:
        return _chat_snippet(req)
    build = _CALLS.get(req.method)
    if build is None:
        return _requests_snippet(req)
    call = build(req.kwargs)
    lines = _imports(req)
    lines += _placeholder_notes(req)
    lines += _client(req)
    args = [(name, value) for name, value in call.args if value is not None]
    model = req.provider_call.model if req.provider_call is not None else (
        req.model if req.uses_library_default else None)
    if model is not None:
        args.append(("model", model))
    if call.unsupported:
        listed = ", ".join(f"{k}={literals.python(v)}" for k, v in call.unsupported.items())
        lines += [f"# The app also sends these parameters, which InferenceClient.{call.name} "
                  "does not take:", f"# {listed}"]
    invocation = _invocation(f"client.{call.name}", args)
    if call.output == "stream":
        lines += [f"for token in {invocation}:", '    print(token, end="", flush=True)',
                  "print()"]
    elif call.output == "image":
        lines += [f"image = {invocation}", 'image.save("output.png")',
                  'print("Saved output.png")']
    elif call.output == "audio":
        lines += [f"audio = {invocation}", 'with open("output.flac", "wb") as file:',
                  "    file.write(audio)", 'print("Saved output.flac")']
    else:
        lines += [f"result = {invocation}", "print(result)"]
    return "\n".join(lines) + "\n"


def _chat_snippet(req: CodeRequest) -> str:
    """Chat through the router: ``client.chat.completions.create`` (OpenAI's shape)."""
    assert req.provider_call is not None
    args = chat_arguments(req, req.provider_call.model, HUB_CHAT_ARGS)
    lines = [*_imports(req), *_client(req)]
    lines += python_chat_lines("client.chat.completions.create", args, req.streaming)
    return "\n".join(lines) + "\n"


def _imports(req: CodeRequest) -> list[str]:
    return [*(["import os", ""] if req.send_token else []),
            "from huggingface_hub import InferenceClient", ""]


def _placeholder_notes(req: CodeRequest) -> list[str]:
    return [line for ref in req.placeholders() for line in (
        f"# Save the {ref.mime.split('/')[0]} input as {ref.path} first:",
        "# it was pasted or recorded in the app, not opened from a file.")]


def _client(req: CodeRequest) -> list[str]:
    args: list[tuple[str | None, object]] = []
    raw: dict[str, str] = {}
    routed = req.provider_call
    if routed is not None:
        args.append(("provider", routed.library_provider))
    elif req.uses_library_default:
        args.append(("provider", "hf-inference"))
    else:
        args.append(("base_url", req.url))
    if req.send_token:
        raw["api_key"] = TOKEN
    if req.bill_to:
        args.append(("bill_to", req.bill_to))
    # The seed's options are hf-inference's headers (the library has no option for them).
    headers = req.option_headers() if routed is None or routed.provider == "hf-inference" else {}
    if headers:
        args.append(("headers", headers))
    lines = [f"# {note}" for note in routed.library_notes()] if routed is not None else []
    if routed is not None and (routed.provider, req.task_id) in HUB_MISSING_ROUTES:
        lines.append(f"# huggingface_hub has no {routed.provider} route for this task: the "
                     "JavaScript and curl snippets make this call.")
    if not req.send_token:
        lines.append(f"# {req.no_token_note()}")
    rendered = [(name, literals.python(value, 4)) for name, value in args]
    rendered[1:1] = list(raw.items())
    lines += [literals.python_call("client = InferenceClient", rendered), ""]
    return lines


def _invocation(function: str, args: list[tuple[str | None, object]]) -> str:
    return literals.python_call(function, [(name, literals.python(value, 4))
                                           for name, value in args])


def _requests_snippet(req: CodeRequest) -> str:
    """Conversational and custom calls: the app's exact request with ``requests``."""
    wire = req.wire
    imports = [*(["import json"] if req.streaming else []),
               *(["import os"] if req.send_token else [])]
    lines = [*imports, ""] if imports else []
    lines += ["import requests", ""]
    if not req.send_token:
        lines.append(f"# {req.no_token_note()}")
    lines += _placeholder_notes(req)
    headers: dict[str, str] = {}
    if wire is not None:
        headers.update({k: v for k, v in wire.headers.items() if k != "Content-Type"})
    header_items = [f"{literals.string(k)}: {literals.string(v)}" for k, v in headers.items()]
    if req.send_token:
        header_items.insert(0, '"Authorization": f"Bearer {os.environ[\'HF_TOKEN\']}"')
    args: list[tuple[str | None, str]] = [(None, literals.string(req.url))]
    if header_items:
        args.append(("headers", "{" + ", ".join(header_items) + "}"))
    data = req.kwargs.get("data")
    if isinstance(data, FileRef):
        args.append(("data", f"open({literals.string(data.path)}, 'rb').read()"))
    else:
        body = json.loads(wire.body) if wire is not None and wire.is_json else _json_body(req)
        args.append(("json", literals.python(body, 4)))
    if req.streaming:
        args.append(("stream", "True"))
    args.append(("timeout", "120"))
    call = literals.python_call("requests.post", args)
    if req.streaming:
        lines += [f"with {call} as response:", "    response.raise_for_status()",
                  "    for line in response.iter_lines():",
                  '        if line.startswith(b"data:"):',
                  "            print(json.loads(line[5:]))"]
    else:
        lines += [f"response = {call}", "response.raise_for_status()",
                  'if response.headers.get("Content-Type", "").startswith("application/json"):',
                  "    print(response.json())", "else:",
                  '    with open("output.bin", "wb") as file:',
                  "        file.write(response.content)"]
    return "\n".join(lines) + "\n"


def _json_body(req: CodeRequest) -> dict[str, object]:
    body = {k: v for k, v in req.kwargs.items() if k in ("inputs", "parameters")}
    if req.streaming:
        body["stream"] = True
    return body

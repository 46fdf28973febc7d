"""The call as JavaScript (an ES module for Node 18+): ``@huggingface/inference``'s
``InferenceClient``, whose arguments mirror the request body (``inputs``, ``parameters``;
through the router, ``provider`` and ``model`` too; chat: ``chatCompletion``); plain
``fetch`` for conversational and custom calls, chat with a server of one's own. The token
comes from ``process.env.HF_TOKEN``, never written out."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from . import literals
from .request import CodeRequest, FileRef

TOKEN = "process.env.HF_TOKEN"

_METHODS = {
    "audio_classification": "audioClassification",
    "audio_to_audio": "audioToAudio",
    "automatic_speech_recognition": "automaticSpeechRecognition",
    "document_question_answering": "documentQuestionAnswering",
    "feature_extraction": "featureExtraction",
    "fill_mask": "fillMask",
    "image_classification": "imageClassification",
    "image_segmentation": "imageSegmentation",
    "image_to_image": "imageToImage",
    "image_to_text": "imageToText",
    "object_detection": "objectDetection",
    "question_answering": "questionAnswering",
    "sentence_similarity": "sentenceSimilarity",
    "summarization": "summarization",
    "table_question_answering": "tableQuestionAnswering",
    "tabular_classification": "tabularClassification",
    "tabular_regression": "tabularRegression",
    "text_classification": "textClassification",
    "text_generation": "textGeneration",
    "text_generation_stream": "textGenerationStream",
    "text_to_image": "textToImage",
    "text_to_speech": "textToSpeech",
    "token_classification": "tokenClassification",
    "translation": "translation",
    "visual_question_answering": "visualQuestionAnswering",
    "zero_shot_classification": "zeroShotClassification",
    "zero_shot_image_classification": "zeroShotImageClassification",
}
_CHAT_METHODS = {"chat_completion": "chatCompletion",
                 "chat_completion_stream": "chatCompletionStream"}
_LOOPED = {"text_generation_stream", "chat_completion_stream"}
_BLOB_OUTPUTS = {"text_to_image": "output.png", "image_to_image": "output.png",
                 "text_to_speech": "output.flac"}


def _blob(ref: FileRef) -> str:
    return (f"new Blob([fs.readFileSync({literals.string(ref.path)})], "
            f"{{ type: {literals.string(ref.mime)} }})")


def _blob_names(req: CodeRequest) -> dict[FileRef, str]:
    """A constant per input file ("image", "audio", "image2"…), declared before the call."""
    names: dict[FileRef, str] = {}
    for ref in req.files.values():
        base = ref.mime.split("/")[0] if ref.mime.split("/")[0] in ("image", "audio") else "file"
        name, n = base, 2
        while name in names.values():
            name, n = f"{base}{n}", n + 1
        names[ref] = name
    return names


def javascript_snippet(req: CodeRequest) -> str:
    """A runnable ES module (``node snippet.mjs``) making ``req``'s call."""
    routed = req.provider_call
    name = _METHODS.get(req.method) or (_CHAT_METHODS.get(req.method) if routed else None)
    if name is None:
        return _fetch_snippet(req)
    needs_fs = bool(req.files) or req.method in _BLOB_OUTPUTS
    lines = []
    if needs_fs:
        lines.append('import fs from "node:fs";')
    lines += ['import { InferenceClient } from "@huggingface/inference";', ""]
    lines += _placeholder_notes(req)
    lines += _client(req)
    args: dict[str, object] = {}
    if routed is not None:
        args["provider"] = routed.library_provider
        if routed.model is not None:
            args["model"] = routed.model
    elif req.uses_library_default and req.model is not None:
        args["model"] = req.model
        args["provider"] = "hf-inference"
    if req.is_chat:  # OpenAI's body as it is: messages, max_tokens, ...
        args.update((k, v) for k, v in req.kwargs.items() if k != "stream")
    else:
        args["inputs"] = req.kwargs.get("data", req.kwargs.get("inputs"))
        parameters = req.kwargs.get("parameters")
        if isinstance(parameters, Mapping) and parameters:
            args["parameters"] = parameters
    blobs = _blob_names(req)
    lines += [f"const {var} = {_blob(ref)};" for ref, var in blobs.items()]
    if blobs:
        lines.append("")
    head = "const output = await " if req.method not in _LOOPED else "for await (const output of "
    argument = literals.javascript(args, file=lambda ref: blobs[ref],
                                   lead=len(f"{head}client.{name}(") + 3)
    call = f"client.{name}({argument})"
    if req.method == "chat_completion_stream":
        lines += [f"for await (const chunk of {call}) {{",
                  '  process.stdout.write(chunk.choices[0]?.delta?.content ?? "");', "}",
                  'process.stdout.write("\\n");']
    elif req.method == "chat_completion":
        lines += [f"const output = await {call};",
                  "console.log(output.choices[0].message.content);"]
    elif req.method == "text_generation_stream":
        lines += [f"for await (const output of {call}) {{",
                  "  if (output.token && !output.token.special) "
                  "process.stdout.write(output.token.text);", "}", 'process.stdout.write("\\n");']
    elif req.method in _BLOB_OUTPUTS:
        path = literals.string(_BLOB_OUTPUTS[req.method])
        lines += [f"const output = await {call};",
                  f"fs.writeFileSync({path}, Buffer.from(await output.arrayBuffer()));",
                  f"console.log(\"Saved\", {path});"]
    else:
        lines += [f"const output = await {call};",
                  "console.log(JSON.stringify(output, null, 2));"]
    return "\n".join(lines) + "\n"


def _placeholder_notes(req: CodeRequest) -> list[str]:
    return [line for ref in req.placeholders() for line in (
        f"// Save the {ref.mime.split('/')[0]} input as {ref.path} first:",
        "// it was pasted or recorded in the app, not opened from a file.")]


def _client(req: CodeRequest) -> list[str]:
    options: list[str] = []
    routed = req.provider_call
    if routed is None and not req.uses_library_default:
        options.append(f"endpointUrl: {literals.string(req.url)}")
    if req.bill_to:
        options.append(f"billTo: {literals.string(req.bill_to)}")
    # The seed's options are hf-inference's headers (the library has no option for them).
    headers = req.option_headers() if routed is None or routed.provider == "hf-inference" else {}
    if headers:
        # The library has no option for these headers: a fetch that adds them.
        entries = ", ".join(f"{literals.string(k)}: {literals.string(v)}"
                            for k, v in headers.items())
        options.append("fetch: (url, init) =>\n    fetch(url, { ...init, headers: "
                       f"{{ ...init?.headers, {entries} }} }})")
    token = TOKEN if req.send_token else '""'
    lines = [f"// {note}" for note in routed.library_notes()] if routed is not None else []
    if not req.send_token:
        lines.append(f"// {req.no_token_note()}")
    if options:
        body = "".join(f"  {option},\n" for option in options)
        lines.append(f"const client = new InferenceClient({token}, {{\n{body}}});")
    else:
        lines.append(f"const client = new InferenceClient({token});")
    return [*lines, ""]


def _fetch_snippet(req: CodeRequest) -> str:
    """Conversational and custom calls: the app's exact request with ``fetch``."""
    wire = req.wire
    data = req.kwargs.get("data")
    lines = ['import fs from "node:fs";', ""] if isinstance(data, FileRef) else []
    lines += _placeholder_notes(req)
    if not req.send_token:
        lines.append(f"// {req.no_token_note()}")
    headers: list[str] = []
    if req.send_token:
        headers.append(f"Authorization: `Bearer ${{{TOKEN}}}`")
    wire_headers = dict(wire.headers) if wire is not None else {}
    if not isinstance(data, FileRef):
        wire_headers.setdefault("Content-Type", "application/json")
    headers += [f"{literals.string(k)}: {literals.string(v)}" for k, v in wire_headers.items()]
    if isinstance(data, FileRef):
        body = f"fs.readFileSync({literals.string(data.path)})"
    else:
        value: Any = (json.loads(wire.body) if wire is not None and wire.is_json
                      else {k: v for k, v in req.kwargs.items() if k in ("inputs", "parameters")})
        body = f"JSON.stringify({literals.javascript(value, 2)})"
    lines += [f"const response = await fetch({literals.string(req.url)}, {{",
              '  method: "POST",',
              "  headers: {", *[f"    {h}," for h in headers], "  },",
              f"  body: {body},", "});",
              "if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);"]
    if req.streaming:
        lines += ["const decoder = new TextDecoder();", "let buffer = \"\";",
                  "for await (const chunk of response.body) {",
                  "  buffer += decoder.decode(chunk, { stream: true });",
                  "  const lines = buffer.split(\"\\n\");", "  buffer = lines.pop();",
                  "  for (const line of lines) {",
                  "    if (line.startsWith(\"data:\")) console.log(JSON.parse(line.slice(5)));",
                  "  }", "}"]
    else:
        lines += ['if (response.headers.get("content-type")?.startsWith("application/json")) {',
                  "  console.log(JSON.stringify(await response.json(), null, 2));",
                  "} else {",
                  "  console.log(response.headers.get(\"content-type\"), "
                  "(await response.arrayBuffer()).byteLength, \"bytes\");",
                  "}"]
    return "\n".join(lines) + "\n"

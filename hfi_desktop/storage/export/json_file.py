"""The JSON export: the result with its task, model, parameters, inputs and timing.

Binary payloads never go in: a generated image, an audio clip or a mask is
``"<image/png, 1234 bytes>"``, or, when it was saved alongside (Save all),
``{"binary": "<image/png, 1234 bytes>", "file": "<its file name>"}``. Input files are
described by name, type and size. No credential is ever part of a run.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present.result_type import sniff_mime

from .media import binary_bytes
from .source import Binary, ExportError, ExportSource, jsonable

FORMAT_VERSION = 1
APPLICATION = "hfi-desktop"
#: JSON keys of the files an export writes beside the JSON (Artifact.key).
RESULT_KEY = "result"


def clip_key(index: int) -> str:
    return f"clip:{index}"


def mask_key(index: int) -> str:
    return f"mask:{index}"


def iso_time(timestamp: float) -> str:
    moment = datetime.datetime.fromtimestamp(timestamp, tz=datetime.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def json_document(source: ExportSource, files: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The JSON export of ``source``; ``files`` maps an artifact key (``"result"``,
    ``"clip:0"``, ``"mask:2"``) to the name of the file saved beside it."""
    files = files or {}
    document: dict[str, Any] = {
        "application": APPLICATION,
        "format_version": FORMAT_VERSION,
        "run": source.run_id,
        "task": source.task_id,
        "task_title": source.task_title,
        "model": source.model,
        "state": source.state,
        "partial": source.partial,
        "parameters": source.parameters,
        "options": source.options,
        "inputs": source.inputs,
        "timing": {
            "started_at": iso_time(source.started_at),
            "elapsed_s": None if source.elapsed_s is None else round(source.elapsed_s, 4),
            "http_status": source.http_status,
            "response_bytes": source.response_bytes,
            "content_type": source.content_type,
            "url": source.url,
            "request_id": source.request_id,
        },
        "result": _result(source, files),
    }
    if source.streaming or source.text:
        document["text"] = source.text
    if source.error is not None:
        document["error"] = source.error
    return document


def json_bytes(source: ExportSource, files: Mapping[str, str] | None = None) -> bytes:
    text = json.dumps(json_document(source, files), ensure_ascii=False, indent=2,
                      allow_nan=False)
    return (text + "\n").encode("utf-8")


def _result(source: ExportSource, files: Mapping[str, str]) -> Any:
    result = source.result
    if isinstance(result, Binary):
        return _binary(result, files.get(RESULT_KEY))
    if source.kind in (OutputKind.AUDIO_SOURCES, OutputKind.SEGMENTATION) and isinstance(
            result, list):
        field, key = ("blob", clip_key) if source.kind is OutputKind.AUDIO_SOURCES else (
            "mask", mask_key)
        items = []
        for index, item in enumerate(result):
            if isinstance(item, Mapping) and field in item:
                item = {**item, field: _payload(item[field], files.get(key(index)))}
            items.append(item)
        return jsonable(items)
    return jsonable(result)


def _payload(value: Any, file: str | None) -> Any:
    if isinstance(value, Binary):
        return _binary(value, file)
    mime = "binary"
    if isinstance(value, str):
        try:
            data = binary_bytes(value, "payload")
        except ExportError:  # a malformed payload is still described
            data = None
        if data is not None:
            return _binary(Binary(sniff_mime(data) or mime, len(data), None), file)
    return _binary(Binary(mime, 0, None), file) if value is not None else None


def _binary(binary: Binary, file: str | None) -> Any:
    if file is None:
        return binary.placeholder
    return {"binary": binary.placeholder, "file": file}

"""Turning a run's values into what the history stores: JSON-safe values (files as
:class:`FileRef` JSON, data that would read as one escaped: :func:`records.escaped`), a
one-line snippet for the panel and the text that search looks in.

Pure functions, called on the history worker thread.
"""

from __future__ import annotations

import json
import math
import mimetypes
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.inference import Blob
from hfi_desktop.sizes import counted, human_size
from hfi_desktop.storage.records import FILE_KEY as REF_KEY
from hfi_desktop.storage.records import MAP_KEY, FileRef, escaped, unescaped

#: Stores a file's bytes and returns its reference (the content store's ``put``, or a
#: function that only hashes when input files are not kept).
PutFile = Callable[[bytes, str, str], FileRef]

SNIPPET_CHARS = 160
INPUT_CHARS = 60  # of the snippet, when an outcome follows (so the outcome shows)
SEARCH_CHARS = 20_000
#: Strings longer than this without a space are data (base64 masks, audio), not text.
_DATA_STRING_CHARS = 512
_SKIPPED_KEYS = frozenset({"mask", "blob", "content-type", REF_KEY, "sha256", "mime"})


# -------------------------------------------------------------------------- JSON-safe values
def storable(value: Any, put: PutFile) -> Any:
    """``value`` as JSON-safe data; files (FileValue, Blob, bytes) go through ``put`` and
    become ``FileRef.to_json()``; any other mapping is data, escaped where it would read as a
    reference (a server's ``{"$file": …}``)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, FileValue):
        return put(value.data, value.name, value.mime).to_json()
    if isinstance(value, Blob):
        return put(value.data, _result_name(value.type), value.type).to_json()
    if isinstance(value, bytes | bytearray | memoryview):
        return put(bytes(value), "data.bin", "application/octet-stream").to_json()
    if isinstance(value, Mapping):
        return escaped({str(key): storable(item, put) for key, item in value.items()})
    if isinstance(value, list | tuple | set | frozenset):
        return [storable(item, put) for item in value]
    return str(value)


_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp",
               "audio/wav": ".wav", "audio/x-wav": ".wav", "audio/wave": ".wav",
               "audio/flac": ".flac", "audio/mpeg": ".mp3", "audio/ogg": ".ogg"}


def _result_name(mime: str) -> str:
    plain = mime.split(";")[0].strip().lower()
    extension = _EXTENSIONS.get(plain) or mimetypes.guess_extension(plain) or ".bin"
    return f"result{extension}"


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
#: Lists longer than this are written item by item (see to_json_text).
_ITEMWISE_ITEMS = 256


def to_json_text(value: Any) -> str:
    """Compact JSON. A long list is written an item at a time: the C encoder holds the GIL
    for all of one call, and a stream's 5,000 events in one call stopped the GUI thread
    for ~10 ms."""
    if isinstance(value, list) and len(value) > _ITEMWISE_ITEMS:
        return "[" + ",".join(map(_COMPACT.encode, value)) + "]"
    return _COMPACT.encode(value)


#: How a file reference's key reads in to_json_text's output (a key: quoted, then a colon).
FILE_KEY = f'"{REF_KEY}":'


def from_schema_1(text: str) -> Any:
    """A JSON column as schema 1 stored it (data never escaped), in today's encoding: a
    mapping is a file reference only if it is a whole one; any other is data, escaped where
    needed. (A well-formed reference a server sent cannot be told apart: it reads as
    before.) Only a text with such keys at all is walked."""
    value = json.loads(text)
    if FILE_KEY in text or _MAP_KEY_JSON in text:
        return _escape_schema_1(value)
    return value


_MAP_KEY_JSON = f'"{MAP_KEY}":'


def _escape_schema_1(value: Any) -> Any:
    if isinstance(value, list):
        return [_escape_schema_1(item) for item in value]
    if not isinstance(value, dict):
        return value
    if FileRef.is_ref(value) and _whole_ref(value):
        return value
    return escaped({key: _escape_schema_1(item) for key, item in value.items()})


def _whole_ref(value: dict[str, Any]) -> bool:
    try:
        ref = FileRef.from_json(value)
    except (KeyError, TypeError, ValueError):
        return False
    return len(ref.sha256) == 64 and all(c in "0123456789abcdef" for c in ref.sha256)


# ---------------------------------------------------------------------------------- snippets
def one_line(text: str, limit: int = SNIPPET_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def input_snippet(form: Mapping[str, Any]) -> str:
    """The first input that says something: a text, a file name, a list, a table."""
    for value in form.values():
        text = _value_snippet(value)
        if text:
            return one_line(text)
    return ""


def _value_snippet(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, Mapping):
        if FileRef.is_ref(value):
            return str(value.get("name", "file"))
        value = unescaped(value)
        if isinstance(value.get("text"), str):  # a conversation
            return str(value["text"]).strip()
        if value and all(isinstance(v, list) for v in value.values()):  # a table
            rows = max(len(v) for v in value.values())
            size = f"{counted(rows, 'row')}, {counted(len(value), 'column')}"
            return f"table of {size} ({', '.join(map(str, list(value)[:3]))})"
        return ""
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value if v.strip())
    return ""


_TEXT_KEYS = ("generated_text", "summary_text", "translation_text", "text", "answer")


def result_snippet(result: Any) -> str:
    """A few words about a result: its text, its top label, its file, its numbers."""
    if result is None:
        return ""
    if isinstance(result, str):
        return one_line(result)
    if isinstance(result, Mapping):
        if FileRef.is_ref(result):
            return f"{result.get('mime', 'file')} · {human_size(int(result.get('size', 0)))}"
        result = unescaped(result)
        for key in _TEXT_KEYS:
            if isinstance(result.get(key), str):
                return one_line(result[key])
        if isinstance(result.get("labels"), list) and isinstance(result.get("scores"), list):
            return _top_label(result["labels"], result["scores"])
    if isinstance(result, list) and result:
        first = result[0]
        if isinstance(first, Mapping):
            labelled = [r for r in result if isinstance(r, Mapping)
                        and isinstance(r.get("label", r.get("token_str")), str)]
            if labelled:
                return _top_label([r.get("label", r.get("token_str")) for r in labelled],
                                  [r.get("score") for r in labelled])
            return result_snippet(first)
        if all(isinstance(x, int | float) for x in result):
            return one_line(", ".join(_number(x) for x in result[:8])
                            + (", …" if len(result) > 8 else ""))
        if isinstance(first, list):
            return _vectors(result)
    return one_line(to_json_text(result))


def _top_label(labels: list[Any], scores: list[Any]) -> str:
    pairs = [(s if isinstance(s, int | float) else -1.0, str(label))
             for label, s in zip(labels, scores, strict=False)]
    if not pairs:
        return ""
    score, label = max(pairs)
    return f"{label} ({score:.2f})" if score >= 0 else label


def _number(x: float) -> str:
    return f"{x:.3g}" if isinstance(x, float) else str(x)


def _vectors(value: list[Any]) -> str:
    """Nested lists of numbers (embeddings) as ``1 vector of 384 numbers``, ``7 vectors of
    768 numbers`` (the innermost lists are the vectors, whatever nests them)."""
    dims = []
    while isinstance(value, list) and value:
        dims.append(len(value))
        value = value[0]
    vectors = math.prod(dims[:-1])
    return f"{counted(vectors, 'vector')} of {counted(dims[-1], 'number')}"


def snippet(form: Mapping[str, Any], result: Any, error: Mapping[str, str] | None,
            text: str = "") -> str:
    """"input → outcome" for the panel's last column."""
    given = input_snippet(form)
    if error is not None and not text:
        outcome = str(error.get("title", ""))
    else:
        outcome = one_line(text) if text else result_snippet(result)
    if not outcome:
        return given
    if not given:
        return one_line(outcome)
    return one_line(f"{one_line(given, INPUT_CHARS)} → {outcome}")


# ------------------------------------------------------------------------------------ search
def search_text(*parts: Any) -> str:
    """Lower-cased text of the given values (strings inside dicts and lists too; data such
    as base64 masks and numbers left out), at most SEARCH_CHARS characters."""
    pieces: list[str] = []
    budget = SEARCH_CHARS
    for part in parts:
        for text in _strings(part):
            if budget <= 0:
                break
            pieces.append(text[:budget])
            budget -= len(text) + 1
    return "\n".join(pieces).lower()[:SEARCH_CHARS]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if value.strip() and not (len(value) > _DATA_STRING_CHARS and " " not in value):
            yield value
    elif isinstance(value, Mapping):
        if FileRef.is_ref(value):
            yield str(value.get("name", ""))
            return
        for key, item in unescaped(value).items():
            if key not in _SKIPPED_KEYS:
                yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)

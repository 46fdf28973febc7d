"""What an export reads: a :class:`~hfi_desktop.runs.Run` (in memory) or a
:class:`~hfi_desktop.storage.records.RunRecord` (history) turned into one shape.

Binary payloads (generated images, audio, input files) become :class:`Binary` — bytes plus
MIME type — or stay unavailable (``data is None``) when history did not keep them. Nothing
here holds a credential: a Run never has the access token, and nothing is read from the
client.
"""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from hfi_desktop.catalog import task
from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present.context import ResultContext
from hfi_desktop.present.result_type import sniff_mime
from hfi_desktop.redaction import redact, redact_data
from hfi_desktop.runs import Run, RunState
from hfi_desktop.storage.chat_records import is_chat, thread_of
from hfi_desktop.storage.records import FileRef, RunRecord, map_files

#: Reads a history file's bytes (``None`` when it was not kept).
FileLoader = Callable[[FileRef], bytes | None]
Exportable = Run | RunRecord


class ExportError(Exception):
    """An export that cannot be done; the message is for the user."""


@dataclass(frozen=True)
class Binary:
    """A binary payload; ``data`` is None when history did not keep its bytes."""

    mime: str
    size: int
    data: bytes | None
    name: str = ""

    @property
    def placeholder(self) -> str:
        return f"<{self.mime or 'binary'}, {self.size} bytes>"

    @staticmethod
    def of(data: bytes, mime: str = "", name: str = "") -> Binary:
        mime = (mime or "").split(";")[0].strip().lower()
        if not mime or mime == "application/octet-stream":
            mime = sniff_mime(data) or mime or "application/octet-stream"
        return Binary(mime, len(data), data, name)


@dataclass(frozen=True)
class InputFile:
    """A file input of the run (``key``: the form field it was given in)."""

    key: str
    binary: Binary

    @property
    def name(self) -> str:
        return self.binary.name


@dataclass(frozen=True)
class ExportSource:
    """Everything an export needs about one run, already normalized."""

    run_id: str
    task_id: str
    task_title: str
    kind: OutputKind
    streaming: bool
    model: str
    state: str
    started_at: float
    elapsed_s: float | None
    http_status: int | None
    response_bytes: int | None
    content_type: str | None
    url: str | None
    parameters: dict[str, Any]
    options: dict[str, Any]
    inputs: dict[str, Any]  # JSON-safe: files as {"file", "mime", "size"}
    files: tuple[InputFile, ...]
    result: Any  # the client's value; binary results as Binary
    text: str  # streams: the text received
    error: dict[str, str] | None
    context: ResultContext = field(default_factory=ResultContext)
    request_id: str | None = None  # the server's id of the request (for a bug report)

    @property
    def has_result(self) -> bool:
        return self.result is not None or bool(self.text)

    @property
    def partial(self) -> bool:
        return self.state != RunState.DONE.value and bool(self.text)

    def input_image(self) -> Binary | None:
        """The first input image whose bytes are at hand."""
        for item in self.files:
            if item.binary.data is not None and item.binary.mime.startswith("image/"):
                return item.binary
        return None


def source_of(item: Exportable | ExportSource, files: FileLoader | None = None) -> ExportSource:
    """Normalize a Run or a RunRecord (``files`` reads history's stored bytes); no copy of
    an access token in any of its text (inputs, result, error)."""
    if isinstance(item, ExportSource):
        return item
    if isinstance(item, Run):
        return _redacted(_from_run(item))
    if isinstance(item, RunRecord):
        return _redacted(_from_record(item, files))
    raise TypeError(f"cannot export a {type(item).__name__}")


def _redacted(source: ExportSource) -> ExportSource:
    return dataclasses.replace(
        source, model=redact(source.model), url=redact(source.url or "") or source.url,
        parameters=redact_data(source.parameters), options=redact_data(source.options),
        inputs=redact_data(source.inputs), result=redact_data(source.result),
        text=redact(source.text), error=redact_data(source.error))


def _from_run(run: Run) -> ExportSource:
    response = run.response
    files = tuple(
        InputFile(key, Binary.of(value.data, value.mime, value.name))
        for key, value in run.form.items()
        if _is_file_value(value)
    )
    result = _binary_result(run.result)
    error = None
    if run.error is not None:
        error = {"title": type(run.error).__name__, "message": str(run.error)}
    return ExportSource(
        run_id=run.id,
        task_id=run.spec.id,
        task_title=run.spec.title,
        kind=run.spec.output,
        streaming=run.spec.streaming,
        model=run.model,
        state=run.state.value,
        started_at=run.started_at,
        elapsed_s=run.elapsed_s,
        http_status=response.status if response is not None else None,
        response_bytes=response.bytes if response is not None else None,
        content_type=response.content_type if response is not None else None,
        url=_public_url(response.url) if response is not None else None,
        parameters=jsonable(run.parameters),
        options=jsonable(run.options),
        inputs=jsonable(run.form),
        files=files,
        result=result,
        text=run.text,
        error=error,
        context=ResultContext.from_call(run.request.kwargs),
        request_id=response.request_id if response is not None else None,
    )


def _from_record(record: RunRecord, files: FileLoader | None) -> ExportSource:
    try:
        spec = task(record.task_id)
        kind, title, streaming = spec.output, spec.title, spec.streaming
    except KeyError:
        kind, title, streaming = OutputKind.RAW, record.task_id, bool(record.text)

    def load(value: dict[str, Any]) -> Binary:
        ref = FileRef.from_json(value)
        data = files(ref) if files is not None and ref.stored else None
        return Binary(ref.mime, ref.size if data is None else len(data), data, ref.name)

    inputs = {key: map_files(value, load) for key, value in record.form.items()}
    input_files = tuple(InputFile(k, v) for k, v in inputs.items() if isinstance(v, Binary))
    result = (thread_of(record, files) if kind is OutputKind.CHAT and is_chat(record)
              else map_files(record.result, load))
    return ExportSource(
        run_id=record.id,
        task_id=record.task_id,
        task_title=title,
        kind=kind,
        streaming=streaming,
        model=record.model,
        state=RunState(record.state).value,
        started_at=record.started_at,
        elapsed_s=record.elapsed_s,
        http_status=record.http_status,
        response_bytes=record.response_bytes,
        content_type=None,
        url=None,
        parameters=jsonable(map_files(record.parameters, load)),
        options=jsonable(map_files(record.options, load)),
        inputs=jsonable(inputs),
        files=input_files,
        result=result,
        text=record.text,
        error=dict(record.error) if record.error else None,
        context=ResultContext.from_call(_nest(inputs)),
    )


def _nest(form: Mapping[str, Any]) -> dict[str, Any]:
    """Form keys (``inputs.question``) as call kwargs (``{"inputs": {"question": …}}``);
    files as their bytes, tuples as lists — what ResultContext.from_call reads."""
    out: dict[str, Any] = {}
    for key, value in form.items():
        if isinstance(value, Binary):
            value = value.data
        elif isinstance(value, tuple):
            value = list(value)
        if value is None:
            continue
        parts = key.split(".")
        node = out
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node[parts[-1]] = value
    return out


def _is_file_value(value: object) -> bool:
    return isinstance(getattr(value, "data", None), bytes) and isinstance(
        getattr(value, "mime", None), str) and isinstance(getattr(value, "name", None), str)


def _binary_result(value: Any) -> Any:
    """Blobs (``data`` + ``type``) and bytes as Binary; everything else as it is."""
    if isinstance(value, bytes | bytearray | memoryview):
        return Binary.of(bytes(value))
    data = getattr(value, "data", None)
    mime = getattr(value, "type", None)
    if isinstance(data, bytes) and isinstance(mime, str):
        return Binary.of(data, mime)
    return value


def _public_url(url: str | None) -> str | None:
    """The URL without credentials or query (nothing secret is ever saved)."""
    if not url:
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def jsonable(value: Any) -> Any:
    """A JSON-safe copy: files and binaries as short descriptions (never their bytes)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, Binary):
        described: dict[str, Any] = {"file": value.name} if value.name else {}
        return {**described, "mime": value.mime, "size": value.size}
    if _is_file_value(value):
        return {"file": value.name, "mime": value.mime, "size": len(value.data)}
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{sniff_mime(bytes(value)) or 'binary'}, {len(value)} bytes>"
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    return str(value)
